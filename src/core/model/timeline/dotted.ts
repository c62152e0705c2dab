/**
 * Timelines that write their times with a dot (`10.14 Email to library staff …`, `- 09.12 Alerts fired`,
 * `| 13.06 | … |`), as British and European teams do. A bare `10.00` is also a number (a version, an amount, `13.06 %`),
 * so a dotted time is read as a time only inside a timeline section that writes its entries that way: at least three
 * lines open with one, more than open with a colon time (`14:51`), at least one of them has minutes past 12 (so the
 * lines are not day.month dates such as `01.07`, `02.07`, `03.07`), and no line opens with a day.month date (`25.07`,
 * `12.07.2024`, `12.07.`). Elsewhere nothing changes: `findTimeOfDay` still reads a dot time only after a date or
 * before a zone.
 */

/** A line's opening: indentation, a list marker, a table's pipe, a heading's hashes, markup, a checkbox. */
const OPENING = String.raw`^[ \t]{0,3}(?:[-*+][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})?(?:\|[ \t]{0,4})?(?:#{1,6}[ \t]{1,4})?(?:\[[ xX]\][ \t]{1,2})?[*_\x60]{0,2}`;
/** A line opening with a dotted time (hours, minutes), not glued to more digits, letters or a percent sign. */
const DOTTED_LINE = new RegExp(OPENING + String.raw`([01]?\d|2[0-3])\.([0-5]\d)(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?![\dA-Za-z,%]|[.:]\d|[ \t]%)`, 'gm');
/** A line opening with a colon time (`14:51`). */
const COLON_LINE = new RegExp(OPENING + String.raw`\d{1,2}:[0-5]\d(?!\d)`, 'gm');
/** A line opening with a day.month date: a day past 23 or a month part and a second dot (`25.07`, `12.07.`, `12.07.2024`). */
const DAY_MONTH_LINE = new RegExp(OPENING + String.raw`(?:(?:2[4-9]|3[01])\.(?:0?[1-9]|1[0-2])(?!\d)|\d{1,2}\.\d{1,2}\.)`, 'gm');

/**
 * Whether the timeline text (a section's content, or its blocks joined) writes its times with a dot. Linear: three
 * global scans of the text.
 */
export function dottedClock(text: string): boolean {
  if (text.length > 200_000) return false;
  let dotted = 0;
  let pastTwelve = false;
  DOTTED_LINE.lastIndex = 0;
  for (let m = DOTTED_LINE.exec(text); m; m = DOTTED_LINE.exec(text)) {
    dotted++;
    if (Number(m[2]) > 12) pastTwelve = true;
  }
  if (dotted < 3 || !pastTwelve) return false;
  DAY_MONTH_LINE.lastIndex = 0;
  if (DAY_MONTH_LINE.test(text)) return false;
  let colon = 0;
  COLON_LINE.lastIndex = 0;
  for (let m = COLON_LINE.exec(text); m && colon < dotted; m = COLON_LINE.exec(text)) colon++;
  return dotted > colon;
}
