/**
 * Untimed items told between the timed entry that opens a span and the timed entry that closes the same span ("Start
 * of the maintenance window" … "End of the maintenance window", "정기 점검 시작" … "정기 점검 종료"): what held during
 * the span (a mode, a state, a decision to wait it out), not events whose time was left out.
 */
import type { TimelineEntry, TimelineGroup } from './types';

const EN_START = /\b(?:start|beginning)\s{1,3}of\s{1,3}([^.;:()\n]{2,80})/i;
const EN_END = /\bend\s{1,3}of\s{1,3}([^.;:()\n]{2,80})/i;
const SKIP = new Set(['the', 'our', 'a', 'an', 'utc', 'kst', 'gmt']);

function tokens(s: string): string {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !SKIP.has(w))
    .join(' ');
}

/** The Korean subject before a closing "시작"/"종료" word: the words after the last separator, times and zones left out. */
function koSubject(text: string, word: string): string | undefined {
  const t = text.trimEnd().replace(/[.。]$/, '');
  if (!t.endsWith(word)) return undefined;
  let head = t.slice(0, t.length - word.length);
  const cut = Math.max(head.lastIndexOf(' - '), head.lastIndexOf(' – '), head.lastIndexOf(' — '), head.lastIndexOf('|'), head.lastIndexOf(': '));
  if (cut >= 0) head = head.slice(cut + 1);
  const s = head
    .split(/\s+/)
    .filter((w) => w && !/\d/.test(w) && !SKIP.has(w.toLowerCase()) && !/^[-–—:|]+$/.test(w))
    .join(' ');
  return s || undefined;
}

function subject(e: TimelineEntry, which: 'start' | 'end'): string | undefined {
  const m = (which === 'start' ? EN_START : EN_END).exec(e.text);
  if (m) return tokens(m[1]) || undefined;
  return koSubject(e.text, which === 'start' ? '시작' : '종료');
}

/** The untimed entries of a group that sit between a timed "start of X" and the next timed entry, an "end of X". */
export function entriesInsideSpan(group: TimelineGroup): Set<TimelineEntry> {
  const inside = new Set<TimelineEntry>();
  let open: string | undefined;
  let between: TimelineEntry[] = [];
  for (const e of group.entries) {
    if (e.minutes === undefined) {
      if (open && !e.ownDate && !e.placeholder) between.push(e);
      else open = undefined;
      continue;
    }
    if (open && between.length && subject(e, 'end') === open) for (const b of between) inside.add(b);
    open = subject(e, 'start');
    between = [];
  }
  return inside;
}
