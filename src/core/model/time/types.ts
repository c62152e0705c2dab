/** Types of the time model: dates, zones, times of day and how they are written. */

/** A calendar date; the year is missing when the text did not say it (`Oct 21`, `10월 21일`). */
export interface CalendarDate {
  year?: number;
  month: number;
  day: number;
}

/** A time zone as written: a fixed offset, an IANA zone, or both (an abbreviation of a DST pair). */
export interface ZoneInfo {
  /** The zone as written (`UTC`, `KST`, `+09:00`, `Asia/Seoul`, `PT`). */
  label: string;
  /** Fixed offset east of UTC in minutes (`KST` → 540, `PDT` → -420); absent for IANA zones. */
  offset?: number;
  /** IANA zone whose rules give the offset at a date (`Asia/Seoul`, `PT` → `America/Los_Angeles`). */
  iana?: string;
  /**
   * The IANA zone an abbreviation belongs to (`PST` and `PDT` → `America/Los_Angeles`), so that a
   * timeline crossing a daylight-saving change does not count as mixing zones.
   */
  family?: string;
}

/** A zone found in a text, with its offsets in that text. */
export interface ZoneMatch {
  zone: ZoneInfo;
  start: number;
  end: number;
}

/** How a time of day is written; used to write new entries the way existing ones are written. */
export interface TimeStyle {
  /**
   * `24h` 14:51 · `12h` 2:51 PM · `ko12` 오후 2시 51분 · `ko24` 14시 51분 · `iso` 2015-10-21T14:51:00Z ·
   * `military` 1451 (after a date or before a zone).
   */
  clock: '24h' | '12h' | 'ko12' | 'ko24' | 'iso' | 'military';
  /** Seconds shown (`14:51:07`). */
  seconds?: boolean;
  /** Hours below 10 written with two digits (`09:05`); default true for `24h`. */
  padHour?: boolean;
  /** The AM/PM marker as written for `12h` (`PM`, `pm`, `p.m.`); its case and dots are kept. */
  meridiem?: string;
  /** A space between the time and the AM/PM marker. */
  meridiemSpace?: boolean;
  /** A date before the time (`2015-10-21 14:51`). */
  date?: boolean;
  /** A zone after the time (`14:51 UTC`); `zoneLabel` is the spelling to use, when fixed. */
  zone?: boolean;
  zoneLabel?: string;
  /** The zone is written before the time instead (`UTC 14:51`, `KST 오후 2시 51분`). */
  zoneBefore?: boolean;
  /** Wrapping markup (`**`, `*`, `_`, `` ` ``) around the time. */
  wrap?: string;
}

/** A time of day found in a text. Offsets are into the scanned text. */
export interface TimeOfDay {
  hours: number;
  minutes: number;
  seconds?: number;
  /** Offsets of the time expression (for ISO date-times, the whole date-time). */
  start: number;
  end: number;
  style: TimeStyle;
  /** True when the time opens the text (after markup, a checkbox or a date). */
  leading: boolean;
  /** A date written with the time (`2015-10-21 14:51`, `10월 21일 14:51`, ISO). */
  date?: CalendarDate;
  /** A zone written right after the time (`14:51 UTC`, `14:51Z`, `14:51 (KST)`), or right before it when `style.zoneBefore` (`UTC 14:51`). */
  zone?: ZoneMatch;
  /**
   * The time is approximate or a bound, not a reading of the clock: `~14:00`, `about 14:00`,
   * `14:2x`, `10:05경` / `쯤` / `무렵` / `전후`, `10:05 이후`, `after 10:05`. Ordering tolerates it.
   */
  approximate?: boolean;
}
