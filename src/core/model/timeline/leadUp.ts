/**
 * Lead-up entries placed by a label rather than a clock time, ahead of the timed entries (session 17, issue 7):
 *   "* **Before the incident**: The attacker presumably found …", "* **Early morning July 12th, 2018**: …",
 *   "- 사고 전날 저녁: 배포 브랜치가 병합되었다" — then "* **2018-07-12 9:49 UTC**: …".
 * The label answers "when" deliberately at a coarser grain (a part of the day, "before the incident", the eve), as a
 * part of the day after a date already does ("Oct 21 morning"). Only entries before the group's first timed entry, and only
 * labels (the words before a colon, at most 60 characters, no clock time in them) that place the entry before the
 * incident or by a part of the day; an untimed entry after the first timed one still needs its time.
 */
import { findTimeOfDay } from '../time';
import type { TimelineEntry, TimelineGroup } from './types';

const LABEL = /^[ \t]{0,3}([^:：\n]{2,60}?)[ \t]{0,2}[:：][ \t]/u;
const LEAD_UP_EN = /\b(?:before|prior|earlier|previously|preceding|beforehand|lead(?:ing)?[ \t-]?up|(?:the[ \t])?(?:day|night|evening|week)[ \t]before|morning|afternoon|evening|night|overnight|dawn)\b/iu;
const LEAD_UP_KO = /전날|전일|이전|사전|직전|발생[ \t]?전|사고[ \t]?전|장애[ \t]?전|배포[ \t]?전|새벽|아침|오전|오후|저녁|밤|심야/u;

/** Whether an entry opens with a lead-up label ("Before the incident:", "Early morning July 12th:", "사고 전날 저녁:"). */
export function leadUpLabel(text: string): boolean {
  const m = LABEL.exec(text);
  if (!m) return false;
  const label = m[1];
  if (findTimeOfDay(label) !== undefined || /\d{1,2}[:.]\d{2}/u.test(label)) return false;
  return LEAD_UP_EN.test(label) || LEAD_UP_KO.test(label);
}

/** The untimed entries before a group's first timed entry that open with a lead-up label. */
export function leadUpEntries(group: TimelineGroup): Set<TimelineEntry> {
  const out = new Set<TimelineEntry>();
  const firstTimed = group.entries.findIndex((e) => e.minutes !== undefined);
  if (firstTimed <= 0) return out;
  for (let i = 0; i < firstTimed; i++) {
    const e = group.entries[i];
    if (!e.placeholder && leadUpLabel(e.text)) out.add(e);
  }
  return out;
}
