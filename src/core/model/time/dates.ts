/** Calendar dates as written: `2015-10-21`, `Oct 21`, `10월 21일 (수)`, `10/21`. */
import type { CalendarDate } from './types';
import { pad2 } from './zones';

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

export function validDate(year: number | undefined, month: number, day: number): CalendarDate | undefined {
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
