/** Time zones as written: abbreviations, offsets, IANA names, Korean names; their offsets at an instant. */
import type { ZoneInfo, ZoneMatch } from './types';
import { parseContextZone } from './contextZones';
import { koreanNamedZoneAt, namedZoneAt } from './namedZones';

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
export const ABBREVIATIONS: Record<string, KnownZone> = {
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
  { re: /미국\s?태평양\s?(?:표준\s?)?(?:시간|시각)/y, abbr: 'PT' },
  { re: /미국\s?동부\s?(?:표준\s?)?(?:시간|시각)/y, abbr: 'ET' },
  { re: /중부\s?유럽\s?(?:표준\s?)?(?:시간|시각)/y, abbr: 'CET' },
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
const LONG_ZONE_AT = /(Eastern|Pacific|Central|Mountain|eastern|pacific|central|mountain)(?!\s[Ee]urop)(?:\s(Standard|Daylight|standard|daylight))?(\s[Tt]ime)?(?![A-Za-z])/y;
/** Zones written out that are not US regions: `Central European Time`, `British Summer Time`, `Coordinated Universal Time`. */
const WORLD_ZONE_AT = /(Central European Summer|Central European Standard|Central European|Eastern European Summer|Eastern European|British Summer|Greenwich Mean|Coordinated Universal|Korean? Standard|Japan Standard|India Standard) [Tt]ime(?![A-Za-z])/y;
const WORLD_ZONES: Record<string, string> = {
  'Central European Summer': 'CEST',
  'Central European Standard': 'CET',
  'Central European': 'CET',
  'Eastern European Summer': 'EEST',
  'Eastern European': 'EET',
  'British Summer': 'BST',
  'Greenwich Mean': 'GMT',
  'Coordinated Universal': 'UTC',
  'Korea Standard': 'KST',
  'Korean Standard': 'KST',
  'Japan Standard': 'JST',
  'India Standard': 'IST',
};
const REGION_ZONES: Record<string, string> = { Eastern: 'E', Pacific: 'P', Central: 'C', Mountain: 'M' };
/** `+09:00`, `-0500`, `+09` right after a time; with a colon anywhere in a note. */
const OFFSET_AT = /([+-])([01]\d|2[0-3])(?::?([0-5]\d))?(?![\d:])/y;
const OFFSET_COLON_AT = /([+-])([01]\d|2[0-3]):([0-5]\d)(?![\d:])/y;
/** An IANA-looking name (`Asia/Seoul`, `America/Argentina/Buenos_Aires`, the legacy `US/Pacific`); `Intl` decides if it is one. */
const IANA_AT = /[A-Z](?:[a-z]+|[A-Z]{1,3})\/[A-Z][A-Za-z_+-]*(?:\/[A-Z][A-Za-z_+-]*)?/y;

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
 * (only safe right after a time); `weak` accepts two-letter words such as `PT` / `ET`; `region` accepts a US
 * region without "Time" (`Pacific`, `Eastern`: in a note about times).
 */
export function zoneAt(text: string, pos: number, opts: { offsets?: boolean; weak?: boolean; region?: boolean } = {}): ZoneMatch | undefined {
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
    // The CLDR Korean names ("걸프만 표준시", "인도차이나 시간").
    return koreanNamedZoneAt(text, pos);
  }
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return undefined;
  if (pos > 0 && /[A-Za-z0-9_/]/.test(text[pos - 1])) return undefined;
  IANA_AT.lastIndex = pos;
  const iana = IANA_AT.exec(text);
  if (iana && isKnownIanaZone(iana[0])) {
    return { zone: { label: iana[0], iana: iana[0], family: iana[0] }, start: pos, end: pos + iana[0].length };
  }
  WORLD_ZONE_AT.lastIndex = pos;
  const world = WORLD_ZONE_AT.exec(text);
  if (world) return { zone: abbreviationZone(world[0], WORLD_ZONES[world[1]]), start: pos, end: pos + world[0].length };
  LONG_ZONE_AT.lastIndex = pos;
  const long = LONG_ZONE_AT.exec(text);
  if (long && (long[3] || opts.weak || opts.region)) {
    const region = long[1][0].toUpperCase() + long[1].slice(1).toLowerCase();
    const abbr = REGION_ZONES[region];
    const std = long[2]?.toLowerCase();
    const key = std === 'standard' ? `${abbr[0]}ST` : std === 'daylight' ? `${abbr[0]}DT` : `${abbr[0]}T`;
    return { zone: abbreviationZone(long[0], key), start: pos, end: pos + long[0].length };
  }
  ZONE_WORD.lastIndex = pos;
  const m = ZONE_WORD.exec(text);
  // The CLDR English names and "<IANA city> time" ("Gulf Standard Time", "Berlin time").
  if (!m) return namedZoneAt(text, pos);
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
export function findZone(text: string, opts: { weak?: boolean; region?: boolean } = {}): ZoneMatch | undefined {
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    // Cheap filter: zones start with a sign, a Latin letter or a Hangul syllable.
    if (c === 43 || c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xac00 && c <= 0xd7a3)) {
      const z = zoneAt(text, i, { weak: opts.weak, region: opts.region });
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
  // A front matter value is a zone's place: the wider list of abbreviations is read there too ("timezone: GST").
  const wider = parseContextZone(s);
  if (wider) return wider;
  const z = zoneAt(s, 0, { offsets: true, weak: true });
  if (z && z.end === s.length) return z.zone;
  if (/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(s) && isKnownIanaZone(s)) return { label: s, iana: s, family: s };
  const ko = findZone(s);
  if (ko && ko.start === 0 && ko.end === s.length) return ko.zone;
  return undefined;
}

/**
 * {@link ianaOffsetAt}'s answers by zone and second, kept between lints: `formatToParts` costs
 * microseconds, a timeline asks once or twice per entry, and a lint session's re-lint asks again
 * for every entry of a timeline the edit did not touch. Bounded: past {@link MAX_OFFSETS} answers
 * it starts over.
 */
const offsetsByZone = new Map<string, Map<number, number | undefined>>();
let offsetCount = 0;
const MAX_OFFSETS = 50_000;

/** Offset east of UTC in minutes of an IANA zone at an instant (undefined when unknown). */
function ianaOffsetAt(iana: string, utcMs: number): number | undefined {
  if (!Number.isFinite(utcMs)) return undefined;
  const t = Math.floor(utcMs / 1000) * 1000;
  let known = offsetsByZone.get(iana);
  if (known?.has(t)) return known.get(t);
  const offset = computeIanaOffset(iana, t);
  if (offsetCount >= MAX_OFFSETS) {
    offsetsByZone.clear();
    offsetCount = 0;
    known = undefined;
  }
  if (!known) offsetsByZone.set(iana, (known = new Map()));
  known.set(t, offset);
  offsetCount++;
  return offset;
}

/** {@link ianaOffsetAt} for an instant on a whole second, computed. */
function computeIanaOffset(iana: string, t: number): number | undefined {
  const f = formatterFor(iana);
  if (!f) return undefined;
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


/** Two digits (`9` → `09`). */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
