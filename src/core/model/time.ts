/**
 * Dates, times of day and time zones as people write them in incident timelines, English and
 * Korean: `14:51`, `2:51 PM`, `오후 2시 51분`, `2015-10-21T14:51:00Z`, `Oct 21`, `10월 21일 (수)`,
 * `UTC`, `KST`, `+09:00`, `Asia/Seoul`. Only `Intl` is used for zone rules (the core also runs in a
 * browser). Every scanner works on short texts (an entry, a cell, a heading), uses sticky or
 * bounded patterns, and never throws.
 */

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
  /** A zone written right after the time (`14:51 UTC`, `14:51Z`, `14:51 (KST)`). */
  zone?: ZoneMatch;
  /**
   * The time is approximate or a bound, not a reading of the clock: `~14:00`, `about 14:00`,
   * `14:2x`, `10:05경` / `쯤` / `무렵` / `전후`, `10:05 이후`, `after 10:05`. Ordering tolerates it.
   */
  approximate?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Zones

interface KnownZone {
  offset?: number;
  iana?: string;
  family?: string;
  /** Two-letter or ambiguous words: only taken right after a time or in a heading/note. */
  weak?: boolean;
}

const H = 60;
/**
 * Abbreviations people write in postmortems. Ambiguous ones are resolved to the reading most
 * incident reports mean: CST is US Central (not China), IST is India.
 */
const ABBREVIATIONS: Record<string, KnownZone> = {
  UTC: { offset: 0, family: 'UTC' },
  GMT: { offset: 0, family: 'UTC' },
  Z: { offset: 0, family: 'UTC' },
  KST: { offset: 9 * H, family: 'Asia/Seoul' },
  JST: { offset: 9 * H, family: 'Asia/Tokyo' },
  HKT: { offset: 8 * H, family: 'Asia/Hong_Kong' },
  SGT: { offset: 8 * H, family: 'Asia/Singapore' },
  IST: { offset: 5 * H + 30, family: 'Asia/Kolkata' },
  MSK: { offset: 3 * H, family: 'Europe/Moscow' },
  CET: { offset: 1 * H, family: 'Europe/Paris' },
  CEST: { offset: 2 * H, family: 'Europe/Paris' },
  EET: { offset: 2 * H, family: 'Europe/Athens' },
  EEST: { offset: 3 * H, family: 'Europe/Athens' },
  BST: { offset: 1 * H, family: 'Europe/London' },
  AEST: { offset: 10 * H, family: 'Australia/Sydney' },
  AEDT: { offset: 11 * H, family: 'Australia/Sydney' },
  AWST: { offset: 8 * H, family: 'Australia/Perth' },
  NZST: { offset: 12 * H, family: 'Pacific/Auckland' },
  NZDT: { offset: 13 * H, family: 'Pacific/Auckland' },
  PST: { offset: -8 * H, family: 'America/Los_Angeles' },
  PDT: { offset: -7 * H, family: 'America/Los_Angeles' },
  PT: { iana: 'America/Los_Angeles', family: 'America/Los_Angeles', weak: true },
  MST: { offset: -7 * H, family: 'America/Denver' },
  MDT: { offset: -6 * H, family: 'America/Denver' },
  MT: { iana: 'America/Denver', family: 'America/Denver', weak: true },
  CST: { offset: -6 * H, family: 'America/Chicago' },
  CDT: { offset: -5 * H, family: 'America/Chicago' },
  CT: { iana: 'America/Chicago', family: 'America/Chicago', weak: true },
  EST: { offset: -5 * H, family: 'America/New_York' },
  EDT: { offset: -4 * H, family: 'America/New_York' },
  ET: { iana: 'America/New_York', family: 'America/New_York', weak: true },
  AKST: { offset: -9 * H, family: 'America/Anchorage' },
  AKDT: { offset: -8 * H, family: 'America/Anchorage' },
  HST: { offset: -10 * H, family: 'Pacific/Honolulu' },
};

/** Korean names of zones (`한국 시간`, `한국 표준시`, `협정 세계시`). */
const KOREAN_ZONES: { re: RegExp; abbr: string }[] = [
  { re: /한국\s?(?:표준\s?시|시간|시각)/y, abbr: 'KST' },
  { re: /서울\s?(?:표준\s?시|시간|시각)/y, abbr: 'KST' },
  { re: /일본\s?(?:표준\s?시|시간|시각)/y, abbr: 'JST' },
  { re: /협정\s?세계\s?시|세계\s?표준\s?시/y, abbr: 'UTC' },
];

/**
 * A zone word: UTC/GMT (also lowercase, with an optional `+9` / `-03:30`) or one of the
 * abbreviations above, longest first so that CEST is not read as CET. Written out (not built from
 * the table) so that the pattern can be checked for backtracking; a test keeps the two in step.
 */
const ZONE_WORD =
  /(?:(UTC|GMT|utc|gmt)(?:\s?([+-])(\d{1,2})(?::?([0-5]\d))?)?|(AKST|AKDT|AEST|AEDT|AWST|NZST|NZDT|CEST|EEST|KST|JST|HKT|SGT|IST|MSK|CET|EET|BST|PST|PDT|MST|MDT|CST|CDT|EST|EDT|HST|PT|MT|CT|ET))(?![A-Za-z0-9_])/y;
/**
 * US zones written out: `Eastern`, `Pacific Time`, `Central Standard Time`. Without "Time" the
 * word is only a zone right after a time or in a heading ("7:09 AM Eastern").
 */
const LONG_ZONE_AT = /(Eastern|Pacific|Central|Mountain|eastern|pacific|central|mountain)(?:\s(Standard|Daylight|standard|daylight))?(\s[Tt]ime)?(?![A-Za-z])/y;
const REGION_ZONES: Record<string, string> = { Eastern: 'E', Pacific: 'P', Central: 'C', Mountain: 'M' };
/** `+09:00`, `-0500`, `+09` right after a time; with a colon anywhere in a note. */
const OFFSET_AT = /([+-])([01]\d|2[0-3])(?::?([0-5]\d))?(?![\d:])/y;
const OFFSET_COLON_AT = /([+-])([01]\d|2[0-3]):([0-5]\d)(?![\d:])/y;
/** An IANA-looking name (`Asia/Seoul`, `America/Argentina/Buenos_Aires`); `Intl` decides if it is one. */
const IANA_AT = /[A-Z][a-z]+\/[A-Z][A-Za-z_+-]*(?:\/[A-Z][A-Za-z_+-]*)?/y;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** An `Intl` formatter for an IANA zone, or null when the runtime does not know the zone. */
function formatterFor(iana: string): Intl.DateTimeFormat | null {
  let f = formatters.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: iana,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    if (formatters.size > 500) formatters.clear();
    formatters.set(iana, f);
  }
  return f;
}

/** Whether the runtime knows an IANA zone name. */
export function isKnownIanaZone(name: string): boolean {
  return name.length <= 64 && formatterFor(name) !== null;
}

function fixedZone(label: string, offset: number): ZoneInfo {
  return offset === 0 ? { label, offset: 0, family: 'UTC' } : { label, offset };
}

function abbreviationZone(label: string, abbr: string): ZoneInfo {
  const k = ABBREVIATIONS[abbr];
  const z: ZoneInfo = { label };
  if (k.offset !== undefined) z.offset = k.offset;
  if (k.iana) z.iana = k.iana;
  if (k.family) z.family = k.family;
  return z;
}

function signedMinutes(sign: string, hours: string, minutes: string | undefined): number | undefined {
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > 14 || m > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

/** Every zone abbreviation the scanner knows (for tests and docs). */
export const ZONE_ABBREVIATIONS: readonly string[] = Object.keys(ABBREVIATIONS);

/**
 * The zone that starts exactly at `pos`, if any. `offsets` also accepts `+0900` / `+09`
 * (only safe right after a time); `weak` accepts two-letter words such as `PT` / `ET`.
 */
export function zoneAt(text: string, pos: number, opts: { offsets?: boolean; weak?: boolean } = {}): ZoneMatch | undefined {
  const c = text.charCodeAt(pos);
  if (Number.isNaN(c)) return undefined;
  if (c === 43 || c === 45) {
    const re = opts.offsets ? OFFSET_AT : OFFSET_COLON_AT;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    const offset = signedMinutes(m[1], m[2], m[3]);
    if (offset === undefined) return undefined;
    return { zone: fixedZone(m[0], offset), start: pos, end: pos + m[0].length };
  }
  if (c >= 0xac00 && c <= 0xd7a3) {
    for (const k of KOREAN_ZONES) {
      k.re.lastIndex = pos;
      const m = k.re.exec(text);
      if (m) return { zone: abbreviationZone(m[0], k.abbr), start: pos, end: pos + m[0].length };
    }
    return undefined;
  }
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return undefined;
  if (pos > 0 && /[A-Za-z0-9_/]/.test(text[pos - 1])) return undefined;
  IANA_AT.lastIndex = pos;
  const iana = IANA_AT.exec(text);
  if (iana && isKnownIanaZone(iana[0])) {
    return { zone: { label: iana[0], iana: iana[0], family: iana[0] }, start: pos, end: pos + iana[0].length };
  }
  LONG_ZONE_AT.lastIndex = pos;
  const long = LONG_ZONE_AT.exec(text);
  if (long && (long[3] || opts.weak)) {
    const region = long[1][0].toUpperCase() + long[1].slice(1).toLowerCase();
    const abbr = REGION_ZONES[region];
    const std = long[2]?.toLowerCase();
    const key = std === 'standard' ? `${abbr[0]}ST` : std === 'daylight' ? `${abbr[0]}DT` : `${abbr[0]}T`;
    return { zone: abbreviationZone(long[0], key), start: pos, end: pos + long[0].length };
  }
  ZONE_WORD.lastIndex = pos;
  const m = ZONE_WORD.exec(text);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (m[1]) {
    if (m[2]) {
      const offset = signedMinutes(m[2], m[3], m[4]);
      if (offset === undefined) return undefined;
      return { zone: fixedZone(m[0], offset), start: pos, end };
    }
    return { zone: abbreviationZone(m[0], m[1].toUpperCase()), start: pos, end };
  }
  const abbr = m[5];
  if (ABBREVIATIONS[abbr].weak && !opts.weak) return undefined;
  return { zone: abbreviationZone(abbr, abbr), start: pos, end };
}

/** The first zone mentioned anywhere in a text (a heading, a note such as "All times UTC"). */
export function findZone(text: string, opts: { weak?: boolean } = {}): ZoneMatch | undefined {
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    // Cheap filter: zones start with a sign, a Latin letter or a Hangul syllable.
    if (c === 43 || c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xac00 && c <= 0xd7a3)) {
      const z = zoneAt(text, i, { weak: opts.weak });
      if (z) return z;
    }
  }
  return undefined;
}

/**
 * Reads a whole string as a zone (front matter `timezone: Asia/Seoul`, `UTC`, `+09:00`, `KST`,
 * `UTC+9`); undefined when it is not one.
 */
export function parseZone(value: unknown): ZoneInfo | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 14) {
    return fixedZone(String(value), Math.round(value * 60));
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s || s.length > 64) return undefined;
  if (/^(?:z|zulu|utc|gmt|etc\/utc|etc\/gmt|universal)$/i.test(s)) return { label: s, offset: 0, family: 'UTC' };
  const abbr = ABBREVIATIONS[s.toUpperCase()];
  if (abbr) return abbreviationZone(s, s.toUpperCase());
  const z = zoneAt(s, 0, { offsets: true, weak: true });
  if (z && z.end === s.length) return z.zone;
  if (/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(s) && isKnownIanaZone(s)) return { label: s, iana: s, family: s };
  const ko = findZone(s);
  if (ko && ko.start === 0 && ko.end === s.length) return ko.zone;
  return undefined;
}

/** Offset east of UTC in minutes of an IANA zone at an instant (undefined when unknown). */
function ianaOffsetAt(iana: string, utcMs: number): number | undefined {
  const f = formatterFor(iana);
  if (!f || !Number.isFinite(utcMs)) return undefined;
  const t = Math.floor(utcMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  try {
    for (const p of f.formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  } catch {
    return undefined;
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  const minutes = Math.round((asUtc - t) / 60000);
  return Number.isFinite(minutes) ? minutes : undefined;
}

/** The offset of a zone (minutes east of UTC) at an instant; undefined when it cannot be known. */
export function zoneOffsetAt(zone: ZoneInfo, utcMs: number): number | undefined {
  if (zone.offset !== undefined) return zone.offset;
  return zone.iana ? ianaOffsetAt(zone.iana, utcMs) : undefined;
}

/**
 * The offset of a zone for a wall-clock time (epoch ms of the wall time read as if it were UTC).
 * Two passes settle the offset around daylight-saving changes.
 */
export function zoneOffsetForWallTime(zone: ZoneInfo, wallMs: number): number | undefined {
  if (zone.offset !== undefined) return zone.offset;
  const first = zoneOffsetAt(zone, wallMs);
  if (first === undefined) return undefined;
  return zoneOffsetAt(zone, wallMs - first * 60000) ?? first;
}

/**
 * Whether two zones are the same for a timeline: the same IANA family (PST and PDT are one zone
 * across a daylight-saving change), or the same offset at the given instant (KST = +09:00 =
 * Asia/Seoul, UTC = Z = GMT).
 */
export function sameZone(a: ZoneInfo, b: ZoneInfo, atMs = Date.UTC(2024, 0, 15)): boolean {
  if (a.family && a.family === b.family) return true;
  const oa = zoneOffsetAt(a, atMs);
  const ob = zoneOffsetAt(b, atMs);
  return oa !== undefined && oa === ob;
}

/** Formats an offset in minutes as `+09:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ISO_DATE_AT = /(\d{4})(?:-|\/|\.\s?)(\d{1,2})(?:-|\/|\.\s?)(\d{1,2})(?!\d)(?:\.(?!\d))?/y;
const KO_DATE_AT = /(?:(\d{4})\s?년\s?)?(\d{1,2})\s?월\s?(\d{1,2})\s?일/y;
const SLASH_DATE_AT = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/y;
const EN_MONTH_FIRST_AT = /(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?([a-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s(\d{4})(?!\d|:\d))?/iy;
const EN_DAY_FIRST_AT = /(\d{1,2})(?:st|nd|rd|th)?\s([a-z]{3,9})\.?(?:,?\s(\d{4})(?!\d))?(?![a-z])/iy;
const WEEKDAY_AFTER = /\s?[(（](?:[월화수목금토일](?:요일)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)[)）]/iy;

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

function validDate(year: number | undefined, month: number, day: number): CalendarDate | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1)) return undefined;
  const y = year ?? 2000; // a leap year, so that a yearless Feb 29 is accepted
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (day > days) return undefined;
  if (year !== undefined && (year < 1900 || year > 2200)) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

/**
 * A date that starts exactly at `pos`: `2015-10-21`, `2015/10/21`, `2015. 10. 21.`,
 * `2015년 10월 21일`, `10월 21일`, `Oct 21`, `October 21st, 2015`, `Wed, Oct 21`, `21 Oct 2015`,
 * `10/21` (month first, unless the first number cannot be a month), each optionally followed by
 * a weekday in parentheses (`(수)`, `(Wed)`).
 */
export function dateAt(text: string, pos: number): { date: CalendarDate; start: number; end: number } | undefined {
  const c = text.charCodeAt(pos);
  if (Number.isNaN(c)) return undefined;
  if (pos > 0 && /[A-Za-z0-9_]/.test(text[pos - 1])) return undefined;
  let date: CalendarDate | undefined;
  let end = pos;
  const isDigit = c >= 48 && c <= 57;
  if (isDigit) {
    for (const re of [ISO_DATE_AT, KO_DATE_AT]) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      date = re === ISO_DATE_AT ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : validDate(m[1] ? Number(m[1]) : undefined, Number(m[2]), Number(m[3]));
      if (date) {
        end = pos + m[0].length;
        break;
      }
    }
    if (!date) {
      EN_DAY_FIRST_AT.lastIndex = pos;
      const m = EN_DAY_FIRST_AT.exec(text);
      const month = m ? monthOf(m[2]) : undefined;
      if (m && month) {
        date = validDate(m[3] ? Number(m[3]) : undefined, month, Number(m[1]));
        if (date) end = pos + m[0].length;
      }
    }
    if (!date) {
      SLASH_DATE_AT.lastIndex = pos;
      const m = SLASH_DATE_AT.exec(text);
      if (m) {
        let a = Number(m[1]);
        let b = Number(m[2]);
        if (a > 12 && b <= 12) [a, b] = [b, a];
        const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
        // "1/2" and "3/4" are fractions far more often than dates.
        if (y !== undefined || m[1].length === 2 || m[2].length === 2) date = validDate(y, a, b);
        if (date) end = pos + m[0].length;
      }
    }
  } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    EN_MONTH_FIRST_AT.lastIndex = pos;
    const m = EN_MONTH_FIRST_AT.exec(text);
    const month = m ? monthOf(m[1]) : undefined;
    if (m && month) {
      date = validDate(m[3] ? Number(m[3]) : undefined, month, Number(m[2]));
      if (date) end = pos + m[0].length;
    }
  }
  if (!date) return undefined;
  WEEKDAY_AFTER.lastIndex = end;
  const w = WEEKDAY_AFTER.exec(text);
  if (w) end += w[0].length;
  return { date, start: pos, end };
}

/** The first date anywhere in a short text (a heading, a date line). */
export function findDate(text: string): { date: CalendarDate; start: number; end: number } | undefined {
  const limit = Math.min(text.length, 2000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1])) continue;
      const d = dateAt(text, i);
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * Reads a whole value as a date, optionally with a time and zone (front matter `date:
 * 2015-10-21`, `start: 2015-10-21T14:51:00+09:00`, or a YAML/JS Date).
 */
export function parseDateValue(value: unknown): { date: CalendarDate; time?: TimeOfDay } | undefined {
  if (value instanceof Date) {
    if (!Number.isFinite(value.getTime())) return undefined;
    return { date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() } };
  }
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const t = findTimeOfDay(value);
  if (t?.date) return { date: t.date, time: t };
  const d = findDate(value);
  if (!d) return undefined;
  return t ? { date: d.date, time: t } : { date: d.date };
}

/** `YYYY-MM-DD` of a date with a year. */
export function formatDate(d: CalendarDate & { year: number }): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Days since 1970-01-01 of a date (a yearless date counts in `fallbackYear`). */
export function dayNumber(d: CalendarDate, fallbackYear = 2000): number {
  return Math.round(Date.UTC(d.year ?? fallbackYear, d.month - 1, d.day) / 86400000);
}

/** The date `days` after a date (keeps a missing year missing). */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year ?? 2000, d.month - 1, d.day + days));
  const out: CalendarDate = { month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  if (d.year !== undefined) out.year = t.getUTCFullYear();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Times of day

/** Numbers that may start a time: not glued to a word, a path, a version or another number. */
const NUMBER = /(?<![A-SU-Za-z0-9:.,/\\-])\d{1,2}(?!\d)/g;
const COLON_AT = /:([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,6})?)?(?!\d|:\d)/y;
/** Minutes known to the ten (`06:2x`, `11:3x:00Z`): an approximate time. */
const FUZZY_COLON_AT = /:([0-5])[xX](?::(?:[0-5]\d|[xX]{2}))?(?![\dA-Ya-z])/y;
/** A four-digit 24-hour time (`0915`), read only after a date or before a zone. */
const MILITARY_AT = /([01]\d|2[0-3])([0-5]\d)(?![\d:.,/])/y;
/** Words before a time that make it approximate or a bound. */
const APPROX_BEFORE = /(?:\b(?:about|around|approx\.?|approximately|roughly|circa|after|since|shortly\s(?:after|before)|sometime|some\stime)|[~〜∼±≈]|약|대략|대략\s?적으로)\s{0,2}[*_`]{0,2}$/i;
/** Words after a time that make it approximate or a bound (`10:05경`, `10:05 이후`, `10:05ish`). */
const APPROX_AFTER = /[*_`]{0,2}\s?(?:경|쯤|무렵|전후|께|즈음|이후|이전|ish\b|\(approx|\(approximately|\(est)/iy;
const MERIDIEM_AT = /(\s?)([AaPp])(\.?)(\s?)([Mm])(\.?)(?![A-Za-z])/y;
/** The end of a range before its AM/PM marker (`-1:59` of `1:42-1:59 PM`); the marker is read apart. */
const RANGE_MERIDIEM_AT = /\s?[-–—~]\s?(\d{1,2})(?::[0-5]\d)?(?=\s?[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))/y;
const KO_HOUR_AT = /시(?:(?![가-힣])|(?=에|경|쯤|께|부터|까지|반|정각))(?:\s?(?:(\d{1,2})\s?분(?!기)|(반)))?(?:\s?(\d{1,2})\s?초)?/y;
const KO_PERIOD_BEFORE = /(오전|오후|새벽|아침|낮|저녁|밤)\s?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Words before a mid-text time that say "this is a time" ("at 9:05", "~ 9:05"). */
const CUE_BEFORE = /(?:\b(?:at|around|about|approx\.?|approximately|by|until|till|since|from|to|after|before|between|and)|[@~〜∼]|부터|까지)\s{0,2}$/i;
/** Words right after a Korean mid-text time ("9:05에", "9:05경", "9:05부터"). */
const KO_CUE_AFTER = /\s?(?:에|경|쯤|께|부터|까지)/y;

/** Hours in 24h from a Korean period word and a 12-hour reading. */
function koreanHours(period: string, h: number): number | undefined {
  if (h > 12) return period === '오후' || period === '저녁' || period === '밤' || period === '낮' ? (h <= 23 ? h : undefined) : undefined;
  switch (period) {
    case '오전':
    case '새벽':
    case '아침':
      return h === 12 ? 0 : h;
    case '오후':
    case '저녁':
      return h === 12 ? 12 : h + 12;
    case '밤':
      return h === 12 ? 0 : h < 5 ? h : h + 12;
    case '낮':
      return h <= 6 ? h + 12 : h;
    default:
      return h;
  }
}

interface Candidate extends TimeOfDay {
  /** Two-digit hour, an explicit form (12h, Korean, ISO) or a cue: safe to take mid-text. */
  confident: boolean;
}

/** Whether `pos` is inside a URL (the run of non-space characters before it holds `://`). */
function inUrl(text: string, pos: number): boolean {
  let i = pos;
  const stop = Math.max(0, pos - 2000);
  while (i > stop && !/[\s<>()[\]]/.test(text[i - 1])) i--;
  return text.slice(i, pos).includes('://');
}

/** Calls `visit` with each candidate time in order, until it returns true. */
function scanCandidates(text: string, limit: number, visit: (c: Candidate) => boolean): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m && m.index < limit; m = NUMBER.exec(text)) {
    const start = m.index;
    if (inUrl(text, start)) continue;
    const n = Number(m[0]);
    let end = start + m[0].length;
    let hours: number | undefined;
    let minutes = 0;
    let seconds: number | undefined;
    let style: TimeStyle | undefined;
    let from = start;
    let confident = m[0].length === 2;
    COLON_AT.lastIndex = end;
    let colon: RegExpExecArray | null = COLON_AT.exec(text);
    let fuzzy = false;
    if (colon) {
      minutes = Number(colon[1]);
      if (colon[2] !== undefined) seconds = Number(colon[2]);
      end = COLON_AT.lastIndex;
    } else {
      FUZZY_COLON_AT.lastIndex = end;
      colon = FUZZY_COLON_AT.exec(text);
      if (colon) {
        minutes = Number(colon[1]) * 10;
        end = FUZZY_COLON_AT.lastIndex;
        fuzzy = true;
      }
    }
    MERIDIEM_AT.lastIndex = end;
    let mer = MERIDIEM_AT.exec(text);
    if (!mer && colon && n >= 1 && n <= 12) {
      // "1:42-1:59 PM", "11:00-1:00 PM": the marker after the range end tells the start's half-day.
      RANGE_MERIDIEM_AT.lastIndex = end;
      const r = RANGE_MERIDIEM_AT.exec(text);
      const endHour = r ? Number(r[1]) : 0;
      if (r && endHour >= 1 && endHour <= 12) {
        MERIDIEM_AT.lastIndex = end + r[0].length;
        mer = MERIDIEM_AT.exec(text);
        if (mer && n % 12 > endHour % 12) {
          const flip = /[pP]/.test(mer[2]) ? (mer[2] === 'p' ? 'a' : 'A') : mer[2] === 'a' ? 'p' : 'P';
          mer[2] = flip;
        }
      }
    }
    const koBefore = KO_PERIOD_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    if (mer && n >= 1 && n <= 12) {
      const pm = mer[2] === 'p' || mer[2] === 'P';
      hours = (n % 12) + (pm ? 12 : 0);
      style = { clock: '12h', meridiem: `${mer[2]}${mer[3]}${mer[4]}${mer[5]}${mer[6]}`.replace(/\s/g, ''), meridiemSpace: mer[1] !== '' };
      if (MERIDIEM_AT.lastIndex === end + mer[0].length) end = MERIDIEM_AT.lastIndex;
      confident = true;
    } else if (!colon) {
      KO_HOUR_AT.lastIndex = end;
      const ko = KO_HOUR_AT.exec(text);
      if (!ko) continue;
      const min = ko[1] !== undefined ? Number(ko[1]) : ko[2] ? 30 : 0;
      if (min > 59) continue;
      minutes = min;
      if (ko[3] !== undefined) {
        if (Number(ko[3]) > 59) continue;
        seconds = Number(ko[3]);
      }
      end = KO_HOUR_AT.lastIndex;
      if (koBefore) {
        hours = koreanHours(koBefore[1], n);
        from = start - koBefore[0].length;
        style = { clock: 'ko12' };
      } else {
        hours = n <= 24 ? n % 24 : undefined;
        style = { clock: 'ko24' };
      }
      confident = true;
    } else if (koBefore) {
      // "오후 2:51"; also the redundant "오후 14:51", which koreanHours accepts.
      hours = koreanHours(koBefore[1], n);
      from = start - koBefore[0].length;
      style = { clock: 'ko12' };
      confident = true;
    } else {
      hours = n <= 23 ? n : n === 24 && minutes === 0 && !seconds ? 0 : undefined;
      style = { clock: '24h', padHour: m[0].length === 2 };
    }
    if (hours === undefined || style === undefined) continue;
    if (seconds !== undefined) style.seconds = true;
    const cand: Candidate = { hours, minutes, start: from, end, style, leading: false, confident };
    if (seconds !== undefined) cand.seconds = seconds;
    if (fuzzy) cand.approximate = true;
    // ISO date-time: the date before the "T" belongs to the expression.
    if (style.clock === '24h' && start >= 11 && text[start - 1] === 'T' && !/\d/.test(text[start - 12] ?? '')) {
      const iso = ISO_DAY.exec(text.slice(start - 11, start - 1));
      const d = iso ? validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
      if (d) {
        cand.date = d;
        cand.start = start - 11;
        cand.style = { ...style, clock: 'iso', date: true };
        cand.confident = true;
      }
    }
    const zone = zoneAfter(text, end, cand.style.clock === 'iso' || seconds !== undefined);
    if (zone) {
      cand.zone = zone;
      cand.style.zone = true;
      cand.style.zoneLabel = zone.zone.label;
      cand.confident = true;
    }
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
    if (visit(cand)) return;
  }
}

const MARKUP_AFTER = /[*_`~]{0,3}/y;
const SPACE_PAREN = /[ \t]{0,2}[(\[]?[ \t]?/y;

const RANGE_END_AT = /-\d{1,2}:\d\d/y;

/**
 * A zone right after a time: `Z`, `+09:00`, ` UTC`, ` (KST)`, `** UTC`. `-14:50` right after a
 * plain `14:40` is the end of a range, not an offset; after an ISO time or one with seconds it is one.
 */
function zoneAfter(text: string, pos: number, isoLike = false): ZoneMatch | undefined {
  if (text[pos] === 'Z' && !/[A-Za-z0-9]/.test(text[pos + 1] ?? '')) {
    return { zone: { label: 'Z', offset: 0, family: 'UTC' }, start: pos, end: pos + 1 };
  }
  RANGE_END_AT.lastIndex = pos;
  if (!isoLike && RANGE_END_AT.test(text)) return undefined;
  const direct = zoneAt(text, pos, { offsets: true });
  if (direct) return direct;
  MARKUP_AFTER.lastIndex = pos;
  MARKUP_AFTER.exec(text);
  SPACE_PAREN.lastIndex = MARKUP_AFTER.lastIndex;
  const sp = SPACE_PAREN.exec(text);
  const at = SPACE_PAREN.lastIndex;
  if (!sp || at === pos) return undefined;
  const c = text[at];
  if (c === '+' || c === '-') {
    // "14:51 -0500" is a zone; "14:51 - rollback" is not (the offset pattern needs digits).
    return zoneAt(text, at, { offsets: true });
  }
  return zoneAt(text, at, { weak: true });
}

/** Markup, a checkbox, an escaped marker or a pasted bullet ("• ", "- ") before an entry's time. */
const SKIP_LEADING = /(?:\[[ xX]\]|\\[*_`[]|[-–—+](?=[ \t])|[\s*_`~±≈<>|#(\[•·‣▪])*/y;
const AFTER_DATE = /[\s,*_`]{0,4}(?:T|at\s|@\s?|[-–—]\s)?[\s*_`(\[]{0,4}/y;

/** A month and day before a time (`05-03 15:00`, `4/2 10:05`): a date only in that place. */
const MONTH_DAY_AT = /(0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01])(?=[ T]\d{1,2}:\d\d)/y;

function monthDayAt(text: string, pos: number): { date: CalendarDate; start: number; end: number } | undefined {
  if (pos > 0 && /[\dA-Za-z]/.test(text[pos - 1])) return undefined;
  MONTH_DAY_AT.lastIndex = pos;
  const m = MONTH_DAY_AT.exec(text);
  const date = m ? validDate(undefined, Number(m[1]), Number(m[2])) : undefined;
  return m && date ? { date, start: pos, end: pos + m[0].length } : undefined;
}

/** Where the content of an entry starts: after markup, a checkbox and a date (returned). */
function leadingPosition(text: string): { pos: number; markupEnd: number; date?: CalendarDate; dateEnd?: number } {
  SKIP_LEADING.lastIndex = 0;
  SKIP_LEADING.exec(text);
  const markupEnd = SKIP_LEADING.lastIndex;
  const d = dateAt(text, markupEnd) ?? monthDayAt(text, markupEnd);
  if (!d) return { pos: markupEnd, markupEnd };
  AFTER_DATE.lastIndex = d.end;
  AFTER_DATE.exec(text);
  return { pos: AFTER_DATE.lastIndex, markupEnd, date: d.date, dateEnd: d.end };
}

/** A date written right before a mid-text time ("on 2015-10-21 at 14:51"). */
function dateBefore(text: string, timeStart: number): CalendarDate | undefined {
  const from = Math.max(0, timeStart - 40);
  const window = text.slice(from, timeStart);
  const d = findDate(window);
  if (!d) return undefined;
  const gap = window.slice(d.end);
  return /^[\s,*_`]{0,4}(?:T|at\s|@\s?)?[\s*_`(\[]{0,4}$/.test(gap) ? d.date : undefined;
}

/**
 * The time of day of an entry's text. A time that opens the text wins (after markup, a checkbox
 * or a date: `**14:51**`, `- [x] 14:51`, `2015-10-21 14:51 KST`, `10월 21일 오후 2시`); otherwise
 * the first time in the text that is unmistakably one (two-digit hour, AM/PM, `시`, a zone, or a
 * cue such as "at 9:05"), so "Rolled back at 14:51" counts while "version 1:2" or "ratio 3:1"
 * does not. Returns undefined when there is none.
 */
export function findTimeOfDay(text: string): TimeOfDay | undefined {
  const limit = Math.min(text.length, 10000);
  const lead = leadingPosition(text);
  let leading: Candidate | undefined;
  let mid: Candidate | undefined;
  // Candidates come in text order, so once one starts past the leading position none can lead.
  scanCandidates(text, limit, (c) => {
    // An ISO date-time starts at the date, which the leading scan has already stepped over.
    if (c.start === lead.pos || (c.style.clock === 'iso' && c.start === lead.markupEnd)) {
      leading = c;
      return true;
    }
    if (!mid && unmistakable(text, c)) mid = c;
    return mid !== undefined && c.start > lead.pos;
  });
  if (leading) return finish(text, leading, true, leading.date ?? lead.date ?? dateAfter(text, leading));
  const military = militaryAt(text, lead);
  if (military) return finish(text, military, true, lead.date);
  if (mid) return finish(text, mid, false, mid.date ?? dateBefore(text, mid.start));
  return undefined;
}

const DATE_AFTER_GAP = /[ \t,]{0,3}(?:on\s)?/y;

/** A date right after an entry's opening time ("2:06 PM January 14, 2026: …", "14:51 (2015-10-21)"). */
function dateAfter(text: string, c: Candidate): CalendarDate | undefined {
  DATE_AFTER_GAP.lastIndex = c.zone ? c.zone.end : c.end;
  DATE_AFTER_GAP.exec(text);
  let at = DATE_AFTER_GAP.lastIndex;
  if (text[at] === '(') at++;
  return dateAt(text, at)?.date;
}

/** `0915` opening an entry after a date (`2023-05-02 0915`) or before a zone (`0915Z`, `0915 UTC`). */
function militaryAt(text: string, lead: { pos: number; date?: CalendarDate }): Candidate | undefined {
  MILITARY_AT.lastIndex = lead.pos;
  const m = MILITARY_AT.exec(text);
  if (!m) return undefined;
  const end = lead.pos + m[0].length;
  const zone = zoneAfter(text, end, true);
  if (!lead.date && !zone) return undefined;
  const c: Candidate = {
    hours: Number(m[1]),
    minutes: Number(m[2]),
    start: lead.pos,
    end,
    style: { clock: 'military' },
    leading: true,
    confident: true,
  };
  if (zone) {
    c.zone = zone;
    c.style.zone = true;
    c.style.zoneLabel = zone.zone.label;
  }
  return c;
}

/**
 * Whether a text opens with a placeholder for a time (`1X:XX`, `HH:MM`, `??:??`, `xx:xx`): an
 * entry whose time is still to be filled in.
 */
export function placeholderTime(text: string): boolean {
  PLACEHOLDER_AT.lastIndex = leadingPosition(text.length > 200 ? text.slice(0, 200) : text).pos;
  const m = PLACEHOLDER_AT.exec(text);
  return m !== null && /[^\d:]/.test(m[0]);
}
const PLACEHOLDER_AT = /(?:[\dXx?]{1,2}|HH|hh):(?:[\dXx?]{2}|MM|mm)(?![\dA-Za-z])/y;

/** Whether a time in the middle of a text is surely a time (not "version 1:30" or "1:10 ratio"). */
function unmistakable(text: string, c: Candidate): boolean {
  if (c.confident) return true;
  if (CUE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return true;
  KO_CUE_AFTER.lastIndex = c.end;
  return KO_CUE_AFTER.test(text);
}

const WRAPS = ['**', '__', '`', '*', '_'];

function finish(text: string, c: Candidate, leading: boolean, date: CalendarDate | undefined): TimeOfDay {
  const t: TimeOfDay = { hours: c.hours, minutes: c.minutes, start: c.start, end: c.end, style: { ...c.style }, leading };
  if (c.seconds !== undefined) t.seconds = c.seconds;
  APPROX_AFTER.lastIndex = c.zone ? c.zone.end : c.end;
  if (c.approximate || APPROX_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) || APPROX_AFTER.test(text)) t.approximate = true;
  if (date) {
    t.date = date;
    t.style.date = true;
  }
  if (c.zone) t.zone = c.zone;
  // Markup hugging the time ("**14:51**", "`14:51`") is part of how the document writes times.
  for (const w of WRAPS) {
    if (text.startsWith(w, c.start - w.length) && (text.startsWith(w, c.end) || (c.zone !== undefined && text.startsWith(w, c.zone.end)))) {
      t.style.wrap = w;
      break;
    }
  }
  return t;
}

/** Parses the time of day of a text (see `findTimeOfDay`); the name the extension uses. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  return findTimeOfDay(text);
}

const DATE_PLACEHOLDER_AT = /(?:\d{4}|YYYY|yyyy)-(?:\d{2}|MM|mm)-(?:\d{2}|DD|dd)(?![\dA-Za-z])/y;
/** A part of the day instead of a clock time, after a date: `9월 26일 밤`, `Oct 21 morning`, `현재`. */
const PART_OF_DAY_AT =
  /(?:오전|오후|새벽|아침|낮|저녁|밤|정오|자정|현재|오늘|morning|afternoon|evening|night|noon|midnight|overnight|late|early|now|EOD|end\sof\sday)(?![A-Za-z])/iy;

/** `T+5m`, `T-1d`, `T0`, `D+1`, `배포 직후 + 5분`, `+10 min`: an offset from an event, not a clock time. */
const RELATIVE_AT =
  /(?:[TDH]\s?[+-]\s?(?:\d|[A-Za-z]\b)|T0(?!\d|:\d)|[^\n:：|]{0,20}?\+\s?\d{1,4}\s?(?:분|시간|초|일|m|mins?|minutes?|h|hrs?|hours?|s|secs?|d|days?)(?![A-Za-z]))/y;

/** Whether an entry opens with a time relative to an event (`T+5m`, `배포 직후 + 5분`) instead of a clock time. */
export function relativeTime(text: string): boolean {
  SKIP_LEADING.lastIndex = 0;
  SKIP_LEADING.exec(text);
  RELATIVE_AT.lastIndex = SKIP_LEADING.lastIndex;
  return RELATIVE_AT.test(text);
}

/** Whether an entry opens with a placeholder for its date (`2023-MM-DD`, `YYYY-MM-DD`). */
export function placeholderDate(text: string): boolean {
  SKIP_LEADING.lastIndex = 0;
  SKIP_LEADING.exec(text);
  DATE_PLACEHOLDER_AT.lastIndex = SKIP_LEADING.lastIndex;
  const m = DATE_PLACEHOLDER_AT.exec(text);
  return m !== null && /[A-Za-z]/.test(m[0]);
}

/**
 * Whether an entry gives a date and a part of the day instead of a clock time (`9월 26일 밤`,
 * `9월 29일(월) 현재`, `Oct 21, late evening`): coarse, but deliberate.
 */
export function dateWithPartOfDay(text: string): boolean {
  const lead = leadingPosition(text.length > 200 ? text.slice(0, 200) : text);
  if (!lead.date) return false;
  PART_OF_DAY_AT.lastIndex = lead.pos;
  return PART_OF_DAY_AT.test(text);
}

/** The date an entry's text opens with (`2024-01-02: reported`, `**Oct 21** 14:51`), if any. */
export function leadingDate(text: string): CalendarDate | undefined {
  return leadingPosition(text.length > 200 ? text.slice(0, 200) : text).date;
}

/**
 * Whether a text is only a date (a date line or group item such as `**2015-10-21**`,
 * `10월 21일 (수)`, `Oct 21:`), returning it.
 */
export function dateOnly(text: string): CalendarDate | undefined {
  if (text.length > 80) return undefined;
  const lead = leadingPosition(text);
  if (!lead.date || lead.dateEnd === undefined) return undefined;
  return /^[\s*_`~:：,.)\]>|-]*$/.test(text.slice(lead.dateEnd)) ? lead.date : undefined;
}

// ---------------------------------------------------------------------------------------------
// Formatting

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The wall-clock reading of an instant in a zone; undefined zone = the runtime's local zone. */
function wallClock(date: Date, zone: ZoneInfo | undefined): { y: number; mo: number; d: number; h: number; mi: number; s: number; offset: number } {
  const ms = Number.isFinite(date.getTime()) ? date.getTime() : Date.now();
  const offset = zone ? zoneOffsetAt(zone, ms) ?? 0 : -new Date(ms).getTimezoneOffset();
  const w = new Date(ms + offset * 60000);
  return { y: w.getUTCFullYear(), mo: w.getUTCMonth() + 1, d: w.getUTCDate(), h: w.getUTCHours(), mi: w.getUTCMinutes(), s: w.getUTCSeconds(), offset };
}

/** The label to write after a time: the spelling given, switched within a DST pair (PST ↔ PDT). */
function zoneLabelFor(zone: ZoneInfo, preferred: string | undefined, offset: number): string {
  const label = preferred ?? zone.label;
  const upper = label.toUpperCase();
  const known = ABBREVIATIONS[upper];
  if (known?.family && known.offset !== undefined && known.offset !== offset) {
    const twin = Object.keys(ABBREVIATIONS).find((k) => ABBREVIATIONS[k].family === known.family && ABBREVIATIONS[k].offset === offset);
    if (twin) return label === upper ? twin : twin.toLowerCase();
  }
  if (zone.iana && !zone.offset && !known && label === zone.iana) return formatOffset(offset);
  return label;
}

/**
 * Formats an instant as a timeline time in the document's style: `14:51`, `14:51 UTC`,
 * `2:51 PM`, `오후 2시 51분`, `14시 51분`, `2015-10-21 14:51`, `2015-10-21T14:51:00Z`,
 * `**14:51**` … `zone` is the zone to read the clock in (a `ZoneInfo` or a string such as
 * `UTC`, `KST`, `+09:00`, `Asia/Seoul`); without one, the runtime's local zone (the user's clock).
 */
export function formatTimelineTime(date: Date, opts: { zone?: ZoneInfo | string; style?: TimeStyle } = {}): string {
  const zone = typeof opts.zone === 'string' ? parseZone(opts.zone) : opts.zone;
  const style: TimeStyle = opts.style ?? { clock: '24h' };
  const w = wallClock(date, zone);
  const isoDate = `${String(w.y).padStart(4, '0')}-${pad2(w.mo)}-${pad2(w.d)}`;
  let time: string;
  switch (style.clock) {
    case 'iso': {
      const z = zone ? (w.offset === 0 && (style.zoneLabel ?? 'Z') === 'Z' ? 'Z' : formatOffset(w.offset)) : formatOffset(w.offset);
      return wrap(`${isoDate}T${pad2(w.h)}:${pad2(w.mi)}${style.seconds ? `:${pad2(w.s)}` : ''}${z}`, style.wrap);
    }
    case '12h': {
      const h12 = w.h % 12 === 0 ? 12 : w.h % 12;
      const marker = style.meridiem ?? 'PM';
      const pm = w.h >= 12;
      const letter = marker[0] === marker[0].toLowerCase() ? (pm ? 'p' : 'a') : pm ? 'P' : 'A';
      const mer = letter + marker.slice(1);
      time = `${style.padHour ? pad2(h12) : h12}:${pad2(w.mi)}${style.seconds ? `:${pad2(w.s)}` : ''}${style.meridiemSpace === false ? '' : ' '}${mer}`;
      break;
    }
    case 'ko12': {
      const period = w.h < 12 ? '오전' : '오후';
      const h12 = w.h % 12 === 0 ? 12 : w.h % 12;
      time = `${period} ${h12}시${w.mi || style.seconds ? ` ${w.mi}분` : ''}${style.seconds ? ` ${w.s}초` : ''}`;
      break;
    }
    case 'military':
      time = `${pad2(w.h)}${pad2(w.mi)}`;
      break;
    case 'ko24':
      time = `${w.h}시${w.mi || style.seconds ? ` ${w.mi}분` : ''}${style.seconds ? ` ${w.s}초` : ''}`;
      break;
    default:
      time = `${style.padHour === false ? w.h : pad2(w.h)}:${pad2(w.mi)}${style.seconds ? `:${pad2(w.s)}` : ''}`;
  }
  let out = wrap(time, style.wrap);
  if (style.date) out = `${isoDate} ${out}`;
  if (style.zone && zone) out += ` ${zoneLabelFor(zone, style.zoneLabel, w.offset)}`;
  return out;
}

function wrap(s: string, w: string | undefined): string {
  return w ? `${w}${s}${w}` : s;
}
