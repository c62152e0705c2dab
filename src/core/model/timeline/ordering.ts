/** Putting entries on one clock: dates, midnight, the 12-hour clock and zone offsets. */
import type { Section } from '../sections';
import {
  addDays,
  dayNumber,
  formatDate,
  zoneOffsetForWallTime,
} from '../time';
import type { RawEntry, TimelineEntry, TimelineGroup, ZoneNote } from './types';

const HALF_DAY = 12 * 60 * 60000;

/** Comparable milliseconds of two entries: zone-adjusted when both offsets are known. */
function orderKeys(a: { wall: number; offset?: number }, b: { wall: number; offset?: number }): [number, number] {
  if (a.offset !== undefined && b.offset !== undefined) return [a.wall - a.offset * 60000, b.wall - b.offset * 60000];
  return [a.wall, b.wall];
}

/**
 * Whether a timeline counts days: no entry has a time of day, and most entries write their own
 * date or sit under date sub-headings of at least two days.
 */
function dayGranular(raws: readonly RawEntry[]): boolean {
  if (!raws.length || raws.some((r) => r.time || r.placeholder)) return false;
  const own = raws.filter((r) => r.ownDate).length;
  if (own * 2 >= raws.length) return true;
  const days = new Set<number>();
  for (const r of raws) if (r.dateSource === 'heading' && r.date) days.add(dayNumber(r.date));
  return days.size >= 2;
}

/** Milliseconds of a day `days` after the day numbered `baseDay`. */
function dayMsOf(baseDay: number, days: number): number {
  return baseDay * 86400000 + days * 86400000;
}

/** The zone's offset at a wall time, when it can be known: only an IANA zone needs a real date; without one its offset is unknown. */
function offsetAt(zone: ZoneNote | undefined, base: RawEntry['date'], wall: number): number | undefined {
  if (zone === undefined || (zone.zone.offset === undefined && base?.year === undefined)) return undefined;
  return zoneOffsetForWallTime(zone.zone, wall);
}

/**
 * What one raw entry gave, kept between the parses of a lint session by the raw entry (itself kept
 * with its block's read: `blockReads` in forms.ts): the entry, the shift it was placed with, and
 * the state the loop of {@link resolveGroup} read it in and left after it. The same raw entry read
 * in the same state gives the same entry, moved (in place, as a session moves the tree's nodes):
 * so a re-lint resolves again only the entries of the blocks an edit touched, and those after a
 * change of what the loop carries on (a date, a midnight, the afternoon).
 */
interface Resolved {
  e: TimelineEntry;
  shift: number;
  /** The raw entry's end when resolved (a heading entry's raw grows while its section is read). */
  end: number;
  /** Untimed entries read no state (all below is for timed ones). */
  timed: boolean;
  zoneKey: string;
  twelveHour: boolean;
  /** The previous timed entry's wall time and offset, when it is of the same date context. */
  prevWall: number | undefined;
  prevOffset: number | undefined;
  roll: number | undefined;
  pm: boolean;
  newYear: { shift: number; month: number } | undefined;
  /** The state after it. */
  wall: number;
  offset: number | undefined;
  rollAfter: number | undefined;
  pmAfter: boolean;
  newYearAfter: { shift: number; month: number } | undefined;
}

const resolvedEntries = new WeakMap<RawEntry, Resolved>();

/** Moves a kept entry by `by` characters. */
function moveEntry(e: TimelineEntry, by: number): void {
  if (by === 0) return;
  e.start += by;
  e.end += by;
  e.headStart += by;
  e.headEnd += by;
  if (e.timeStart !== undefined) e.timeStart += by;
  if (e.timeEnd !== undefined) e.timeEnd += by;
  if (e.zoneStart !== undefined) e.zoneStart += by;
  if (e.zoneEnd !== undefined) e.zoneEnd += by;
}

/** A zone note as a key (notes of equal zones are rebuilt per parse). */
function noteKey(note: ZoneNote | undefined): string {
  return note ? `${note.source}\u0000${JSON.stringify(note.zone)}` : '';
}

/**
 * The entries of a timeline section from its raw entries, each moved by `shifts` (one offset for
 * all, or one per raw entry: entries kept from an earlier parse are moved here, not copied before).
 * An entry resolved before from the same raw entry in the same state is reused, moved (see
 * {@link Resolved}): a lint session's previous document's entries are not valid after this.
 */
export function resolveGroup(section: Section, raws: readonly RawEntry[], declared: ZoneNote | undefined, mentioned?: ZoneNote, shifts: number | readonly number[] = 0): TimelineGroup {
  let inferred: ZoneNote | undefined;
  if (!declared) {
    for (const r of raws) {
      const z = r.time?.zone?.zone ?? r.localZone?.zone;
      if (r.time && z) {
        inferred = { zone: z, source: 'inferred' };
        break;
      }
    }
    inferred ??= mentioned;
  }
  const groupZone = declared ?? inferred;
  const entries: TimelineEntry[] = [];
  const rollover = new Map<number, number>();
  // No time past 12:59 on a 24-hour clock: the timeline may count hours on a 12-hour one.
  const twelveHour = !raws.some((r) => r.time && r.time.hours >= 13 && r.time.style.clock !== '12h' && r.time.style.clock !== 'ko12');
  const afternoon = new Set<number>();
  let prev: { wall: number; offset?: number; ctxId: number } | undefined;
  // Dates without a year: the year they are read in (from 2000), and the month of the last one, in the timeline's order.
  let newYear: { shift: number; month: number } | undefined;
  const zoneKey = noteKey(groupZone);
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    const shift = typeof shifts === 'number' ? shifts : shifts[i];
    // The state this entry is read in (what the loop below reads of it).
    const prevWall = prev && prev.ctxId === r.ctxId ? prev.wall : undefined;
    const prevOffset = prev && prev.ctxId === r.ctxId ? prev.offset : undefined;
    const roll = rollover.get(r.ctxId);
    const pm = afternoon.has(r.ctxId);
    const known = resolvedEntries.get(r);
    if (
      known &&
      known.end === r.end &&
      (!known.timed ||
        (known.zoneKey === zoneKey && known.twelveHour === twelveHour && known.prevWall === prevWall && known.prevOffset === prevOffset && known.roll === roll && known.pm === pm && known.newYear?.shift === newYear?.shift && known.newYear?.month === newYear?.month))
    ) {
      const e = known.e;
      moveEntry(e, shift - known.shift);
      known.shift = shift;
      e.section = section;
      entries.push(e);
      if (!known.timed) continue;
      if (known.rollAfter !== roll) rollover.set(r.ctxId, known.rollAfter!);
      if (known.pmAfter !== pm) {
        if (known.pmAfter) afternoon.add(r.ctxId);
        else afternoon.delete(r.ctxId);
      }
      newYear = known.newYearAfter;
      prev = { wall: known.wall, offset: known.offset, ctxId: r.ctxId };
      continue;
    }
    const newYearBefore = newYear;
    const e: TimelineEntry = { kind: r.kind, start: r.start + shift, end: r.end + shift, headStart: r.headStart + shift, headEnd: r.headEnd + shift, text: r.text, section };
    entries.push(e);
    e.context = r.ctxId;
    if (r.ownDate) e.ownDate = true;
    if (r.placeholder) e.placeholder = true;
    if (r.afterBreak) e.afterBreak = true;
    if (r.coarse) e.coarse = true;
    const t = r.time;
    if (!t) {
      resolvedEntries.set(r, { e, shift, end: r.end, timed: false, zoneKey, twelveHour, prevWall, prevOffset, roll, pm, newYear, wall: 0, offset: undefined, rollAfter: roll, pmAfter: pm, newYearAfter: newYear });
      continue;
    }
    if (t.approximate) e.approximate = true;
    e.timeStart = r.base + shift + t.start;
    e.timeEnd = r.base + shift + t.end;
    e.minutes = t.hours * 60 + t.minutes;
    if (t.seconds !== undefined) e.seconds = t.seconds;
    e.style = t.style;
    const zone: ZoneNote | undefined = t.zone ? { zone: t.zone.zone, source: 'entry' } : r.localZone ?? groupZone;
    if (t.zone) {
      e.zoneStart = r.base + shift + t.zone.start;
      e.zoneEnd = r.base + shift + t.zone.end;
    }
    if (zone) {
      e.zoneInfo = zone.zone;
      e.zone = zone.zone.label;
      e.zoneSource = zone.source;
    }
    const base = r.date;
    if (base) e.dateSource = r.dateSource;
    // A 12-hour clock written without AM/PM ("11:57 …", "1:17 …"): past noon, "1:17" is 13:17.
    const noLeadingZero = t.hours >= 10 || t.style.padHour === false;
    if (twelveHour && t.style.clock === '24h' && noLeadingZero && t.hours >= 1 && t.hours <= 11 && !t.date) {
      const prevTod = prev && prev.ctxId === r.ctxId ? Math.floor((prev.wall % 86400000) / 60000) : undefined;
      // Only a short step past noon starts the afternoon (11:57 → 1:17), not any step back (10:05 → 10:04).
      const pm = e.minutes + 12 * 60;
      if (afternoon.has(r.ctxId) || (prevTod !== undefined && prevTod >= 10 * 60 && prevTod < 13 * 60 && pm >= prevTod && pm - prevTod <= 180)) {
        afternoon.add(r.ctxId);
        e.minutes += 12 * 60;
      }
    } else if (t.style.clock === '12h' || t.style.clock === 'ko12') {
      if (t.hours >= 12) afternoon.add(r.ctxId);
      else afternoon.delete(r.ctxId);
    }
    // A date without a year that steps from November or December to January or February is in the next year.
    let year = 2000;
    if (base && base.year === undefined) {
      const shift = (newYear?.shift ?? 0) + (newYear && newYear.month >= 11 && base.month <= 2 ? 1 : 0);
      newYear = { shift, month: base.month };
      year += shift;
    }
    // (No closures here: this loop runs once per timeline entry on every lint.)
    const baseDay = base ? dayNumber(base, year) : 0;
    const timeMs = e.minutes * 60000 + (e.seconds ?? 0) * 1000;
    let days = r.dateSource === 'entry' ? 0 : (rollover.get(r.ctxId) ?? 0) + (r.dayIndex ?? 0);
    let wall = dayMsOf(baseDay, days) + timeMs;
    let offset = offsetAt(zone, base, wall);
    if (prev && prev.ctxId === r.ctxId && r.dateSource !== 'entry') {
      const [p, c] = orderKeys(prev, { wall, offset });
      if (c < p - HALF_DAY) {
        days += 1;
        rollover.set(r.ctxId, days);
        wall = dayMsOf(baseDay, days) + timeMs;
        offset = offsetAt(zone, base, wall);
      }
    }
    if (days) e.dayRollover = days;
    e.wallTime = wall;
    if (offset !== undefined) e.utcOffset = offset;
    if (base) {
      const d = days ? addDays(base, days) : base;
      e.calendarDate = d;
      if (d.year !== undefined) {
        e.date = formatDate({ ...d, year: d.year });
        if (offset !== undefined) e.instant = wall - offset * 60000;
      }
    }
    prev = { wall, offset, ctxId: r.ctxId };
    resolvedEntries.set(r, { e, shift, end: r.end, timed: true, zoneKey, twelveHour, prevWall, prevOffset, roll, pm, newYear: newYearBefore, wall, offset, rollAfter: rollover.get(r.ctxId), pmAfter: afternoon.has(r.ctxId), newYearAfter: newYear });
  }
  const group: TimelineGroup = { section, entries, dayGranular: dayGranular(raws) };
  if (groupZone) {
    group.zone = groupZone.zone;
    group.zoneSource = groupZone.source;
  }
  return group;
}
