/** Types of the timeline model. */
import type { Section } from '../sections';
import type {
  CalendarDate,
  TimeOfDay,
  TimeStyle,
  ZoneInfo,
} from '../time';

/** Where an entry's date came from. */
export type DateSource = 'entry' | 'heading' | 'frontMatter';

/** Where an entry's or a timeline's zone came from. */
export type ZoneSource = 'entry' | 'table' | 'heading' | 'section' | 'document' | 'frontMatter' | 'mentioned' | 'inferred';

/**
 * One entry of the timeline section: a list item, a table row, a paragraph line opening with a
 * time, or a heading that opens with a time (`### 16:20`, the content under it belonging to it).
 */
export interface TimelineEntry {
  kind: 'list' | 'table' | 'paragraph' | 'heading';
  /** Offsets of the whole list item / table row / paragraph lines (nested details included). */
  start: number;
  end: number;
  /** Offsets of the entry's first line (without nested details), where findings about it go. */
  headStart: number;
  headEnd: number;
  /** Plain text of the entry's first block (nested details excluded). */
  text: string;
  /** Offsets of the time-of-day expression, when there is one. */
  timeStart?: number;
  timeEnd?: number;
  /** Date (YYYY-MM-DD) from the entry, a dated heading above it, or the front matter. */
  date?: string;
  /** The date as read, also when the year is unknown (`Oct 21` without a year anywhere). */
  calendarDate?: CalendarDate;
  dateSource?: DateSource;
  /** Minutes since midnight of the time of day. */
  minutes?: number;
  seconds?: number;
  /** Days added by the midnight heuristic (0 or more). */
  dayRollover?: number;
  /** Offset from UTC in minutes, when a zone applies (entry, note or front matter). */
  utcOffset?: number;
  /** The zone as written (`UTC`, `KST`, `+09:00`, ...), when the entry, a note or the front matter says it. */
  zone?: string;
  zoneInfo?: ZoneInfo;
  zoneSource?: ZoneSource;
  /** Offsets of a zone written in the entry itself (`14:51 UTC`). */
  zoneStart?: number;
  zoneEnd?: number;
  /** The instant in epoch milliseconds, when date, time and zone are all known. */
  instant?: number;
  /**
   * The wall-clock date and time as epoch ms read as if UTC (day 0 is 1970-01-01 when no date is
   * known, plus midnight rollovers): comparable between entries when zones are unknown.
   */
  wallTime?: number;
  /** How the time is written, for writing new entries alike. */
  style?: TimeStyle;
  /** The time is approximate or a bound (`~14:00`, `14:2x`, `10:05경`, `10:05 이후`): ordering tolerates it. */
  approximate?: boolean;
  /** The entry writes its own date (`2024-01-02: reported`, a date column), with or without a time. */
  ownDate?: boolean;
  /** The time is a placeholder still to be filled in (`### 1X:XX`, `HH:MM`). */
  placeholder?: boolean;
  /** The first entry after a sub-heading that is not a date: a new track may start there. */
  afterBreak?: boolean;
  /**
   * The entry deliberately gives something coarser than a clock time: a date with a part of the day
   * (`9월 26일 밤`, `Oct 21 morning`), an offset (`T+5m`, `배포 직후 + 5분`), words in a time column.
   */
  coarse?: boolean;
  /** The date context the entry was read in: a dated heading, a date line or an entry's own date starts a new one. */
  context?: number;
  /** The timeline section the entry belongs to. */
  section: Section;
}

/** The entries of one timeline section (with its sub-sections) and the zone it states. */
export interface TimelineGroup {
  section: Section;
  entries: TimelineEntry[];
  /**
   * The timeline counts days, not hours: no entry has a time of day while most entries write a
   * date (a security disclosure over weeks). Entries need no time of day there.
   */
  dayGranular: boolean;
  /** The zone the section states (heading, note, document note, front matter) or, failing that, infers. */
  zone?: ZoneInfo;
  zoneSource?: ZoneSource;
}

/** The timeline of a document. */
export interface Timeline {
  entries: TimelineEntry[];
  groups: TimelineGroup[];
  /** The zone the document's timeline uses (first group's), when stated or inferable. */
  zone?: ZoneInfo;
  zoneSource?: ZoneSource;
}

export interface ZoneNote {
  zone: ZoneInfo;
  source: ZoneSource;
}

export interface Context {
  date?: CalendarDate;
  dateSource?: DateSource;
  /** Changes whenever the date context changes (the midnight heuristic works within one). */
  id: number;
  /** Year of the nearest full date, for yearless ones. */
  year?: number;
  /** Zone of a sub-heading above. */
  headingZone?: ZoneInfo;
  /** Days after the first of a "Day 2" / "2일차" sub-heading (no calendar date given). */
  dayIndex?: number;
  /** The block just read labels a day and nothing else ("### 2021-04-15", a date line): a list right after it tells that day's events. */
  dayOpen?: boolean;
}

export interface RawEntry {
  kind: TimelineEntry['kind'];
  dayIndex?: number;
  /** The top-level block the entry was read from. */
  block?: number;
  coarse?: boolean;
  ownDate?: boolean;
  /** An item of a list right under a day label ("### 2021-04-15" / "- Config changed"): that day's events, not an aside. */
  underDay?: boolean;
  placeholder?: boolean;
  afterBreak?: boolean;
  start: number;
  end: number;
  headStart: number;
  headEnd: number;
  text: string;
  time?: TimeOfDay;
  /** Offset of the text `time` was found in. */
  base: number;
  date?: CalendarDate;
  dateSource?: DateSource;
  ctxId: number;
  localZone?: ZoneNote;
}

