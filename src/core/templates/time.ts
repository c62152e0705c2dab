/**
 * Wall-clock dates and times of an instant in a time zone, with nothing but `Intl` (the core also
 * runs in a browser, so no time-zone library and no Node APIs).
 */
import { formatOffset, zoneOffsetAt } from '../model/time';

/** A time zone the templates understand: UTC, a fixed offset, or an IANA zone. */
export type Zone =
  | { kind: 'utc'; name: 'UTC' }
  | { kind: 'fixed'; name: string; minutes: number }
  | { kind: 'iana'; name: string };

/** The wall-clock reading of an instant in a zone. */
export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offset from UTC in minutes (east positive) at that instant. */
  offsetMinutes: number;
}

const UTC: Zone = { kind: 'utc', name: 'UTC' };
// Short names people actually type for the zones this product's users live in. Abbreviations are
// ambiguous in general, so only unambiguous ones are listed.
const ABBREVIATIONS: Record<string, string> = { kst: 'Asia/Seoul', jst: 'Asia/Tokyo' };
const OFFSET = /^(?:utc|gmt)?\s{0,2}([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter only to ask `Intl` whether it knows a zone and how it spells it (offsets come from model/time). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone });
    formatters.set(timeZone, f);
  }
  return f;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads a zone as the user gave it: empty, `UTC`, `Z` or `GMT` → UTC; `+09:00`, `UTC+9`,
 * `GMT-03:30` → a fixed offset; `KST` → Asia/Seoul; anything `Intl` knows → that IANA zone
 * (canonical spelling). Returns undefined for a zone nobody knows.
 */
export function parseZone(timezone: string | undefined): Zone | undefined {
  const tz = (timezone ?? '').trim();
  if (tz === '' || /^(?:utc|gmt|z|etc\/utc|etc\/gmt|utc0|gmt0|zulu|universal)$/i.test(tz)) return UTC;
  const m = OFFSET.exec(tz);
  if (m) {
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    if (Math.abs(minutes) > 14 * 60 || Number(m[3] ?? 0) >= 60) return undefined;
    if (minutes === 0) return UTC;
    return { kind: 'fixed', name: `UTC${formatOffset(minutes)}`, minutes };
  }
  const name = ABBREVIATIONS[tz.toLowerCase()] ?? tz;
  if (name.length > 64) return undefined;
  try {
    const resolved = formatterFor(name).resolvedOptions().timeZone;
    if (/^(?:utc|etc\/utc|etc\/gmt)$/i.test(resolved)) return UTC;
    // ICU's canonical names lag behind renames (Asia/Kolkata → Asia/Calcutta): keep the user's
    // spelling when it is a valid alias, ICU's when it only differs in case.
    return { kind: 'iana', name: resolved.toLowerCase() === name.toLowerCase() ? resolved : name };
  } catch {
    return undefined;
  }
}

/** The canonical name of a zone (`UTC`, `UTC+09:00`, `Asia/Seoul`), or undefined when unknown. */
export function normalizeTimeZone(timezone: string | undefined): string | undefined {
  return parseZone(timezone)?.name;
}

/** The wall-clock reading of `date` in `zone`. An invalid date reads as the current time. */
export function zonedTime(date: Date, zone: Zone): ZonedTime {
  const ms = Number.isFinite(date.getTime()) ? date.getTime() : Date.now();
  // Whole seconds: the offset computation below compares against a seconds-resolution reading.
  const t = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = zone.kind === 'utc' ? 0 : zone.kind === 'fixed' ? zone.minutes : (zoneOffsetAt({ label: zone.name, iana: zone.name }, t) ?? 0);
  const local = new Date(t + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offsetMinutes,
  };
}

/** `YYYY-MM-DD` of a zoned time. */
export function isoDate(z: ZonedTime): string {
  return `${String(z.year).padStart(4, '0')}-${pad2(z.month)}-${pad2(z.day)}`;
}

/** `HH:MM` of a zoned time. */
export function isoTime(z: ZonedTime): string {
  return `${pad2(z.hour)}:${pad2(z.minute)}`;
}

/** `YYYY-MM-DDTHH:MM:SS+HH:MM` of a zoned time (always a numeric offset, never `Z`). */
export function isoDateTime(z: ZonedTime): string {
  return `${isoDate(z)}T${isoTime(z)}:${pad2(z.second)}${formatOffset(z.offsetMinutes)}`;
}
