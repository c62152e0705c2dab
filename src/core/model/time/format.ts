/** Writing a time the way a document writes its times. */
import type { ZoneInfo, TimeStyle } from './types';
import { ABBREVIATIONS, parseZone, zoneOffsetAt, formatOffset, pad2 } from './zones';

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
  if (style.zone && zone && style.zoneBefore) out = `${zoneLabelFor(zone, style.zoneLabel, w.offset)} ${out}`;
  if (style.date) out = `${isoDate} ${out}`;
  if (style.zone && zone && !style.zoneBefore) out += ` ${zoneLabelFor(zone, style.zoneLabel, w.offset)}`;
  return out;
}

function wrap(s: string, w: string | undefined): string {
  return w ? `${w}${s}${w}` : s;
}
