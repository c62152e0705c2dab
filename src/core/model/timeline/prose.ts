/** Timelines told as prose: the lists among their paragraphs are details of the story, not entries. */
import type { PostmortemDocument } from '../document';
import { endOf, startOf } from '../markdown';
import type { Section } from '../sections';
import { findTimeOfDay } from '../time';
import type { RawEntry } from './types';

/** How much of a paragraph is searched for its time (the time of a story's paragraph comes early). */
const HEAD = 300;

/**
 * A timeline told in paragraphs whose times sit inside the sentence ("At 11:03 UTC, the drives were
 * added.", "So at 17:30 UTC we started …", "이후 약 14시 10분에 롤백을 시작했다."), so that none of them
 * is read as an entry, with lists between them: the lists are what a paragraph reached, listed, or
 * the steps it took ("At 15:44 UTC we concluded that" + a numbered list), not entries that lack times.
 * When nothing read in the section has a time, a date or a placeholder, and a list lies between two
 * paragraphs that each carry a time of day, that list's items are dropped. Lists before the first or
 * after the last timed paragraph stay entries (a story, then the events as a list).
 */
export function withoutStoryLists(doc: PostmortemDocument, section: Section, raws: readonly RawEntry[], shifts?: readonly number[]): { raws: readonly RawEntry[]; shifts?: readonly number[] } {
  const same = { raws, shifts };
  if (!raws.length) return same;
  for (const r of raws) if (r.kind !== 'list' || r.time || r.placeholder || r.date || r.ownDate || r.coarse) return same;
  // Offsets of the paragraphs of the section that carry a time of day (mid-text: none opens with one, or it would be an entry).
  const timed: number[] = [];
  for (const node of doc.nodesIn(section)) {
    if (node.type !== 'paragraph') continue;
    const s = startOf(node);
    if (findTimeOfDay(doc.text.slice(s, Math.min(endOf(node), s + HEAD)))) timed.push(s);
  }
  if (timed.length < 2) return same;
  const first = timed[0];
  const last = timed[timed.length - 1];
  const keep = raws.map((r, i) => {
    const at = r.start + (shifts?.[i] ?? 0);
    return !(at > first && at < last);
  });
  if (keep.every(Boolean)) return same;
  return { raws: raws.filter((_, i) => keep[i]), shifts: shifts?.filter((_, i) => keep[i]) };
}
