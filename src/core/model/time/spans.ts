/** An entry that opens with a span of dates (`2023-03-02 to 2023-03-09`, `Mar 2 – Mar 9`, `3월 2일부터 3월 9일까지`). */
import type { CalendarDate } from './types';
import { dateAt, dayNumber, validDate } from './dates';

/** Markup, a checkbox or a pasted bullet before the span, and an optional "from" / "between". */
const LEAD_AT = /(?:\[[ xX]\]|\\[*_`[]|[-–—+](?=[ \t])|[\s*_`~<>|#(\[•·‣▪])*(?:(from|between)\s{1,2}[*_`]{0,2})?/iy;
/** Between the two dates: a dash, a tilde, "to", "through", "until", "and" (after "between"), "부터", "에서". */
const JOIN_AT = /[*_`]{0,3}(?:\s{0,2}(?:[-–—~〜]|to|through|thru|until|till|(and))\s{0,2}|(?:부터|에서)\s{0,2}(?:[-–—~〜]\s{0,2})?)[*_`]{0,3}/iy;
/** The end as a month and day in figures after a full first date (`2023-03-02 ~ 03-09`). */
const MONTH_DAY_AT = /(\d{1,2})[-/.](\d{1,2})(?![\d:./-])/y;
/** The end as a day of the first date's month (`Nov 3–7`, `11월 3일~7일`). */
const DAY_AT = /(\d{1,2})(?:st|nd|rd|th)?(일)?/y;
/** What may follow a bare day without 일: the end, markup or punctuation, or a separator ("Nov 3–7: …"), not a count ("Mar 9 - 12 workers"). */
const AFTER_BARE_DAY = /(?:$|[*_`:)\],;|]|\s{0,2}[-–—:|](?:\s|$))/y;

/**
 * Whether an entry opens with a span of dates: a date, a word or sign that joins, and a later date or a later day of
 * the same month (`**2020-08-27** to **2020-09-03**`, `From June 4 through June 11`, `Nov 3–7:`, `2023-03-02 ~
 * 2023-03-09`, `3월 2일부터 3월 9일까지`, `11월 3일~7일`). A period of days, told on purpose without a time of day.
 */
export function dateSpan(input: string): boolean {
  const text = input.length > 200 ? input.slice(0, 200) : input;
  LEAD_AT.lastIndex = 0;
  const lead = LEAD_AT.exec(text);
  const between = !!lead?.[1];
  const first = dateAt(text, LEAD_AT.lastIndex);
  if (!first) return false;
  JOIN_AT.lastIndex = first.end;
  const join = JOIN_AT.exec(text);
  if (!join || join[0].trim() === '' || (join[1] && !between)) return false;
  const at = JOIN_AT.lastIndex;
  let end: CalendarDate | undefined = dateAt(text, at)?.date;
  if (!end) {
    MONTH_DAY_AT.lastIndex = at;
    const md = first.date.year !== undefined ? MONTH_DAY_AT.exec(text) : null;
    if (md) end = validDate(undefined, Number(md[1]), Number(md[2]));
  }
  if (!end) {
    DAY_AT.lastIndex = at;
    const d = DAY_AT.exec(text);
    if (!d) return false;
    if (!d[2]) {
      AFTER_BARE_DAY.lastIndex = DAY_AT.lastIndex;
      if (!AFTER_BARE_DAY.test(text)) return false;
    }
    end = validDate(undefined, first.date.month, Number(d[1]));
  }
  return !!end && later(first.date, end);
}

/** Whether `b` is a later day than `a` (a yearless `b` takes `a`'s year, or the next one across New Year). */
function later(a: CalendarDate, b: CalendarDate): boolean {
  const year = a.year ?? 2000;
  let bYear = b.year ?? year;
  if (b.year === undefined && a.month >= 11 && b.month <= 2) bYear = year + 1;
  return dayNumber({ ...b, year: bYear }) > dayNumber({ ...a, year });
}
