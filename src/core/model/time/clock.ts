/** Times of day as written in entries, and what an entry's opening says (placeholder, offset, part of the day). */
import type { CalendarDate, ZoneMatch, TimeStyle, TimeOfDay } from './types';
import { zoneAt } from './zones';
import { contextAbbreviationAt, contextZoneAfterTime } from './contextZones';
import { dateAt, findDate, validDate } from './dates';

/** Numbers that may start a time: not glued to a word, a path, a version or another number. */
const NUMBER = /(?<![A-SU-Za-z0-9:.,\\-])(?<!(?<!\d{4}-\d\d-\d\d)\/)\d{1,2}(?!\d)/g;
const COLON_AT = /:([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,6})?)?(?!\d|:\d)/y;
/** Minutes known to the ten (`06:2x`, `11:3x:00Z`): an approximate time. */
const FUZZY_COLON_AT = /:([0-5])[xX](?::(?:[0-5]\d|[xX]{2}))?(?![\dA-Ya-z])/y;
/** A four-digit 24-hour time (`0915`), read only after a date or before a zone. */
// (A colon right after it ends the time, as after any entry's time: "2024-04-01 0251: block halted"; "0251:30" is not one.)
const MILITARY_AT = /([01]\d|2[0-3])([0-5]\d)(?![\d.,/]|:\d)/y;
/** A time written with a dot (`15.26`), read only right after a date (`2023-09-18 15.26`). */
const DOTTED_AT = /([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,:%])/y;
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
      // A 24-hour time with a redundant or stray AM/PM ("13:55 PM", "23:00 AM"): the hour as written is the
      // time (there is no 13 AM), and the marker belongs to the time, so a zone after it ("13:55 PM PST") is
      // the entry's own.
      if (mer && (n >= 13 || n === 0) && MERIDIEM_AT.lastIndex === end + mer[0].length) end = MERIDIEM_AT.lastIndex;
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
    } else if (cand.style.clock !== 'iso') {
      // "UTC 14:05", "[KST 14:05]", "KST 오후 3시": the zone written right before the time.
      const before = zoneBefore(text, cand.start);
      if (before) {
        cand.zone = before;
        cand.style.zone = true;
        cand.style.zoneBefore = true;
        cand.style.zoneLabel = before.zone.label;
        cand.confident = true;
      }
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
  // The wider list of abbreviations ("16:42 GST:"), only before a separator ("14:05 SAST scan" is no zone).
  return zoneAt(text, at, { weak: true }) ?? emphasisZone(text, at) ?? contextZoneAfterTime(text, at);
}

/**
 * A zone word written right before a time: `UTC 14:05`, `[KST 14:05]`, `**UTC** 14:05`, `KST 오후 3시`,
 * `UTC+9 14:05`. Upper case and a zone with an offset or an IANA zone only (not "at 14:05", "ETA 14:05"),
 * after the start of the text, a space, a bracket or markup, with at most closing markup and one space
 * between it and the time.
 */
const ZONE_BEFORE = /(?:^|[\s[(*_`])([A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)[*_`\]]{0,3}[ \t]?[*_`]{0,2}$/;

function zoneBefore(text: string, timeStart: number): ZoneMatch | undefined {
  // Cheap test first (it is asked for every time without a zone after it): closing markup or one space, then
  // an upper-case letter or the digit of an offset.
  let i = timeStart - 1;
  while (i >= 0 && timeStart - i <= 6 && /[ \t*_`\]]/.test(text[i])) i--;
  if (i < 0 || i === timeStart - 1 || !/[A-Z0-9]/.test(text[i])) return undefined;
  const from = Math.max(0, timeStart - 20);
  const m = ZONE_BEFORE.exec(text.slice(from, timeStart));
  if (!m) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]);
  // The wider list of abbreviations too: right before a time is a zone's place ("PKT 21:15").
  const z = zoneAt(text, at, { offsets: true }) ?? contextAbbreviationAt(text, at);
  if (!z || z.end !== at + m[1].length || (z.zone.offset === undefined && !z.zone.iana)) return undefined;
  return z;
}

/** A zone inside the emphasis that wraps the time: `_14:05 UTC_` (the closing `_` glues to the word). */
const EMPHASIS_ZONE_AT = /([A-Z]{3,4})_/y;

function emphasisZone(text: string, at: number): ZoneMatch | undefined {
  EMPHASIS_ZONE_AT.lastIndex = at;
  const m = EMPHASIS_ZONE_AT.exec(text);
  if (!m || (at > 0 && /[A-Za-z0-9]/.test(text[at - 1]))) return undefined;
  const z = zoneAt(`${m[1]} `, 0);
  if (!z || z.end !== m[1].length || (z.zone.offset === undefined && !z.zone.iana)) return undefined;
  return { zone: z.zone, start: at, end: at + m[1].length };
}

/** Markup, a checkbox, an escaped marker or a pasted bullet ("• ", "- ") before an entry's time. */
const SKIP_LEADING = /(?:\[[ xX]\]|\\[*_`[]|[-–—+](?=[ \t])|[\s*_`~±≈<>|#(\[•·‣▪])*/y;
const AFTER_DATE = /[\s,*_`]{0,4}(?:T|at\s|@\s?|[-–—]\s|\/)?[\s*_`(\[]{0,4}/y;

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
    if (c.start === lead.pos || (c.style.clock === 'iso' && c.start === lead.markupEnd) || (c.style.zoneBefore && c.zone?.start === lead.pos)) {
      leading = c;
      return true;
    }
    if (!mid && unmistakable(text, c)) mid = c;
    return mid !== undefined && c.start > lead.pos;
  });
  if (leading) return finish(text, leading, true, leading.date ?? lead.date ?? dateAfter(text, leading));
  const military = militaryAt(text, lead);
  if (military) return finish(text, military, true, lead.date);
  const dotted = dottedAt(text, lead);
  if (dotted) return finish(text, dotted, true, lead.date);
  if (mid) return finish(text, mid, false, mid.date ?? dateBefore(text, mid.start));
  return undefined;
}

const DATE_AFTER_GAP = /[ \t,]{0,3}(?:on\s)?/y;

/** A date right after an entry's opening time ("2:06 PM January 14, 2026: …", "14:51 (2015-10-21)"). */
function dateAfter(text: string, c: Candidate): CalendarDate | undefined {
  DATE_AFTER_GAP.lastIndex = c.zone && !c.style.zoneBefore ? c.zone.end : c.end;
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
  // The year of a second date ("2024-05-13 - 2024-05-20": a span of days), not 20:24 at offset -05.
  if (lead.date && dateAt(text, lead.pos)?.date.year !== undefined) return undefined;
  const end = lead.pos + m[0].length;
  const zone = zoneAfter(text, end, true);
  if (!lead.date && !zone) return undefined;
  // Without a date before it, only a named zone makes four digits a time: "2022-05-?? HH:mm" is a
  // year and a month (with its day still unknown), not 20:22 at offset -05.
  if (!lead.date && zone && /^[+\-−]/u.test(text.slice(zone.start, zone.end).trim())) return undefined;
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

/** What may follow a time column's four-digit time in its cell: markup, brackets, spaces. */
const CELL_REST = /^[\s*_`)\]]*$/;

/**
 * A time column's cell that is only a four-digit 24-hour time (`0730`, `**1415**`, `0730 UTC`): under a
 * header that says the column holds times, four digits are a time without a date or a zone before or
 * after them. Undefined for anything else in the cell ("0730-0745", "0730 rollback", "+0900").
 */
export function columnMilitaryTime(text: string): TimeOfDay | undefined {
  if (text.length > 40) return undefined;
  const lead = leadingPosition(text);
  if (lead.date) return undefined;
  MILITARY_AT.lastIndex = lead.pos;
  const m = MILITARY_AT.exec(text);
  if (!m) return undefined;
  const end = lead.pos + m[0].length;
  const zone = zoneAfter(text, end);
  // A named zone only: "0730-0745" is a range, not 07:30 at an offset.
  if (zone && /^[+\-−]/u.test(text.slice(zone.start, zone.end).trim())) return undefined;
  if (!CELL_REST.test(text.slice(zone ? zone.end : end))) return undefined;
  const c: Candidate = { hours: Number(m[1]), minutes: Number(m[2]), start: lead.pos, end, style: { clock: 'military' }, leading: true, confident: true };
  if (zone) {
    c.zone = zone;
    c.style.zone = true;
    c.style.zoneLabel = zone.zone.label;
  }
  return finish(text, c, true, undefined);
}

/**
 * A time written with a dot (`10.14`, `9.05`, `10.30am`, `13.06 BST`), as British and European teams write a timeline's
 * times. Only where the timeline is known to write its times so (see `dottedClock` in timeline/dotted.ts): on its own,
 * `10.00` may be a version, an amount or a percentage. Not before a digit, a letter, a comma or `%` (`13.06 %` too), nor
 * before `.` or `:` and a digit (`12.07.2024`, `10.00.1`).
 */
const DOT_CLOCK_AT = /([01]?\d|2[0-3])\.([0-5]\d)(?:[ \t]?([AaPp])\.?[Mm]\.?)?(?![\dA-Za-z,%]|[.:]\d|[ \t]%)/y;
/** Words before a mid-text dotted time that say it is a time ("at 10.40", "until 12.11"). */
const DOT_CUE = /(?:^|[\s(])(?:at|around|about|approx\.?|approximately|by|until|till|since|from|after|before|between)[ \t]{1,2}(?=\d)/gi;

/**
 * The dotted time of an entry's text: one that opens it (after markup, a checkbox or a date), or, with `cued`, the first
 * one after a cue word ("Rollback finished at 10.02"). For timelines that write their times with a dot only.
 */
export function dottedClockTime(text: string, cued = false): TimeOfDay | undefined {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const lead = leadingPosition(head);
  const at = (pos: number, leading: boolean): TimeOfDay | undefined => {
    DOT_CLOCK_AT.lastIndex = pos;
    const m = DOT_CLOCK_AT.exec(head);
    if (!m) return undefined;
    let hours = Number(m[1]);
    const style: TimeStyle = { clock: '24h', padHour: m[1].length === 2 };
    if (m[3]) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (/[Pp]/.test(m[3]) ? 12 : 0);
      const marker = m[0].slice(m[1].length + 3);
      style.clock = '12h';
      style.meridiem = marker.trim();
      style.meridiemSpace = /^[ \t]/.test(marker);
    }
    const end = pos + m[0].length;
    const c: Candidate = { hours, minutes: Number(m[2]), start: pos, end, style, leading, confident: true };
    const zone = zoneAfter(head, end, true);
    if (zone) {
      c.zone = zone;
      c.style.zone = true;
      c.style.zoneLabel = zone.zone.label;
    }
    return finish(head, c, leading, leading ? lead.date : undefined);
  };
  const first = at(lead.pos, true);
  if (first || !cued) return first;
  DOT_CUE.lastIndex = 0;
  for (let m = DOT_CUE.exec(head); m; m = DOT_CUE.exec(head)) {
    const t = at(DOT_CUE.lastIndex, false);
    if (t) return t;
  }
  return undefined;
}

/** `15.26` opening an entry right after a date (`2023-09-18 15.26 …`); without a date it may be a number. */
function dottedAt(text: string, lead: { pos: number; date?: CalendarDate; dateEnd?: number }): Candidate | undefined {
  if (!lead.date || lead.dateEnd === undefined || !/^[ \t]{1,2}$/u.test(text.slice(lead.dateEnd, lead.pos))) return undefined;
  DOTTED_AT.lastIndex = lead.pos;
  const m = DOTTED_AT.exec(text);
  if (!m) return undefined;
  const end = lead.pos + m[0].length;
  const c: Candidate = {
    hours: Number(m[1]),
    minutes: Number(m[2]),
    start: lead.pos,
    end,
    style: { clock: '24h', padHour: m[1].length === 2 },
    leading: true,
    confident: true,
  };
  const zone = zoneAfter(text, end, true);
  if (zone) {
    c.zone = zone;
    c.style.zone = true;
    c.style.zoneLabel = zone.zone.label;
  }
  return c;
}

/**
 * Whether a text opens with a placeholder for a time (`1X:XX`, `HH:MM`, `??:??`, `xx:xx`, `--:--`): an
 * entry whose time is still to be filled in.
 */
export function placeholderTime(text: string): boolean {
  PLACEHOLDER_AT.lastIndex = leadingPosition(text.length > 200 ? text.slice(0, 200) : text).pos;
  const m = PLACEHOLDER_AT.exec(text);
  return m !== null && /[^\d:]/.test(m[0]);
}
// Dashes stand for the digits too (`--:--`): a time cell or entry opening kept for the time.
const PLACEHOLDER_AT = /(?:[\dXx?-]{1,2}|HH|hh):(?:[\dXx?-]{2}|MM|mm)(?![\dA-Za-z])/y;

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
  const zoneAfterTime = c.zone && !c.style.zoneBefore ? c.zone : undefined;
  APPROX_AFTER.lastIndex = zoneAfterTime ? zoneAfterTime.end : c.end;
  if (c.approximate || APPROX_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) || APPROX_AFTER.test(text)) t.approximate = true;
  if (date) {
    t.date = date;
    t.style.date = true;
  }
  if (c.zone) t.zone = c.zone;
  // Markup hugging the time ("**14:51**", "`14:51`") is part of how the document writes times.
  for (const w of WRAPS) {
    if (text.startsWith(w, c.start - w.length) && (text.startsWith(w, c.end) || (zoneAfterTime !== undefined && text.startsWith(w, zoneAfterTime.end)))) {
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

/**
 * `10 minutes later`, `Five minutes later:`, `About 2 hours later`, `10분 후`, `약 2시간 뒤`: an offset from the entry
 * before, opening an entry.
 */
const LATER_AT =
  /(?:(?:about|around|roughly|approximately|approx\.|some|~)\s?)?(?:\d{1,3}\s?|(?:an?|a\sfew|a\scouple\sof|several|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty)\s)(?:min(?:ute)?s?|h(?:ou)?rs?|sec(?:ond)?s?)\s(?:later|after(?:wards)?)(?![A-Za-z])|(?:약\s?)?\d{1,3}\s?(?:분|시간|초)\s?(?:후|뒤|만에|경과\s?후)/iy;

/** Whether an entry opens with a time relative to an event (`T+5m`, `배포 직후 + 5분`, `10 minutes later`) instead of a clock time. */
export function relativeTime(text: string): boolean {
  SKIP_LEADING.lastIndex = 0;
  SKIP_LEADING.exec(text);
  RELATIVE_AT.lastIndex = SKIP_LEADING.lastIndex;
  if (RELATIVE_AT.test(text)) return true;
  LATER_AT.lastIndex = SKIP_LEADING.lastIndex;
  return LATER_AT.test(text);
}

/** Whether an entry opens with a placeholder for its date (`2023-MM-DD`, `YYYY-MM-DD`). */
export function placeholderDate(text: string): boolean {
  SKIP_LEADING.lastIndex = 0;
  SKIP_LEADING.exec(text);
  DATE_PLACEHOLDER_AT.lastIndex = SKIP_LEADING.lastIndex;
  const m = DATE_PLACEHOLDER_AT.exec(text);
  return m !== null && /[A-Za-z]/.test(m[0]);
}

/** `noon`, `midnight`, `정오`, `자정`, `09h12`: a time of day written in words or with an "h". */
/** `14.05 UTC`, `14.30 KST`: a time with a dot is a time when a zone follows it (a bare `09.12` may be a date). */
const DOT_ZONE_TIME_AT = /(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:UTC|GMT|Z|[A-Z]{1,3}T)(?![A-Za-z])/y;
const WORD_TIME_AT = /(?:noon|midday|midnight|정오|자정)(?![A-Za-z])|(?:[01]?\d|2[0-3])h[0-5]\d(?![\dA-Za-z])/iy;

/**
 * Whether an entry opens (after markup or a date) with a time of day written in words or with an
 * "h" (`Noon: …`, `자정 백업 재개`, `09h12 …`): a time, though not one the timeline can order.
 */
export function wordTime(text: string): boolean {
  const lead = leadingPosition(text.length > 200 ? text.slice(0, 200) : text);
  WORD_TIME_AT.lastIndex = lead.pos;
  if (WORD_TIME_AT.test(text)) return true;
  DOT_ZONE_TIME_AT.lastIndex = lead.pos;
  return DOT_ZONE_TIME_AT.test(text);
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

/** Where the date an entry's text opens with ends (offset into `text`), when it opens with one. */
export function leadingDateEnd(text: string): number | undefined {
  return leadingPosition(text.length > 200 ? text.slice(0, 200) : text).dateEnd;
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
