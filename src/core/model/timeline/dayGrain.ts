/**
 * Entries told at the grain of their day around an incident told by the hour: the lead-up (a vendor's notice, a ticket,
 * an announcement weeks before) and the aftermath (a site visit, a replacement, a review days later), each dated without
 * a time of day, in a timeline whose incident days have timed entries.
 */
import { dayNumber, findDate, type CalendarDate } from '../time';
import type { TimelineEntry, TimelineGroup } from './types';

/** The day of an entry that writes its own date without a time: the date its text opens with (a list item, a row). */
function ownDay(e: TimelineEntry, fallbackYear: number | undefined): number | undefined {
  const d = findDate(e.text.slice(0, 60));
  if (!d || d.start > 2) return undefined;
  return dayNumber(d.date, d.date.year ?? fallbackYear);
}

/**
 * The untimed entries of a group dated (by their own date) on a day more than one day away from every day that has a
 * timed entry. Days with timed entries count only where those entries are dated by themselves or by a heading or date
 * line (not by the front matter alone). An entry on a timed day, or on the day right before or after one (an incident
 * that ran on past midnight, a first reaction the next morning), is not in the set.
 */
export function entriesAwayFromTimedDays(group: TimelineGroup): Set<TimelineEntry> {
  const away = new Set<TimelineEntry>();
  const days: number[] = [];
  let year: number | undefined;
  for (const e of group.entries) {
    if (e.minutes === undefined || !e.calendarDate || e.dateSource === 'frontMatter') continue;
    const d: CalendarDate = e.calendarDate;
    year ??= d.year;
    const n = dayNumber(d, d.year ?? year);
    days.push(n, n + (e.dayRollover ?? 0));
  }
  if (!days.length) return away;
  for (const e of group.entries) {
    if (e.minutes !== undefined || e.coarse || e.placeholder || !e.ownDate) continue;
    const n = ownDay(e, year);
    if (n !== undefined && days.every((t) => Math.abs(n - t) > 1)) away.add(e);
  }
  return away;
}
