/**
 * The matches of a global regular expression over a whole document, kept between the lints of
 * a session (issue 9): after an edit only the lines it touched are searched again.
 *
 * Exact when the expression reads nothing across a line feed: no match contains "\n", none is
 * empty, and whether a match starts at a place depends only on the text from there to the end of
 * its line (no lookbehind, `\b`, `^` or `$` at a line's edge). The matches of the whole text are
 * then the matches of each "\n"-separated line on its own, and a line the edit did not touch has
 * the same matches as before, moved by the edit's length change.
 */
import { commonEnds } from './lines';
import { memoControl } from './memo';

/** One match: where it starts and its groups (`groups[0]` the whole match; an unmatched group is undefined). */
export interface LineMatch {
  index: number;
  groups: readonly (string | undefined)[];
}

/** How many texts a scan keeps (one per recently linted document version; the worker keeps 8 sessions). */
const KEPT = 8;

export class LineScan {
  /** The last texts scanned and their matches, most recent first. */
  private kept: { text: string; matches: LineMatch[] }[] = [];

  /**
   * `re`: the expression (global); `quick`, if given, a test every text with a match passes (a
   * cheaper search that skips the full one on most texts).
   */
  constructor(
    private readonly re: RegExp,
    private readonly quick?: RegExp,
  ) {
    if (!re.global) throw new Error('LineScan needs a global expression');
  }

  /** Every match of the expression in `text`, in order (do not change them: they are kept). */
  matches(text: string): readonly LineMatch[] {
    if (memoControl.bypass) return this.scan(text, 0, text.length);
    let best: { text: string; matches: LineMatch[] } | undefined;
    let bestEnds = { prefix: -1, suffix: 0 };
    for (const k of this.kept) {
      if (k.text === text) return this.keep(k).matches;
      // A version of another length by far is another document (or a paste): not worth comparing.
      if (Math.abs(k.text.length - text.length) > text.length / 2 + 64) continue;
      const ends = commonEnds(k.text, text);
      if (ends.prefix + ends.suffix > bestEnds.prefix + bestEnds.suffix) {
        best = k;
        bestEnds = ends;
      }
    }
    // Less than half the text in common: scanned afresh.
    if (!best || (bestEnds.prefix + bestEnds.suffix) * 2 < text.length) return this.keep({ text, matches: this.scan(text, 0, text.length) }).matches;
    const { prefix, suffix } = bestEnds;
    // The lines the edit touched: from the start of the line holding its first changed character
    // to the line feed after its last (or the end of the text).
    const from = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
    const nl = text.indexOf('\n', text.length - suffix);
    const to = nl < 0 ? text.length : nl;
    const delta = text.length - best.text.length;
    const out: LineMatch[] = [];
    const old = best.matches;
    let i = 0;
    for (; i < old.length && old[i].index < from; i++) out.push(old[i]);
    for (const m of this.scan(text, from, to)) out.push(m);
    // The old version's matches after the same line feed (at `to - delta` there).
    if (nl >= 0) for (i = 0; i < old.length; i++) if (old[i].index > to - delta) out.push({ index: old[i].index + delta, groups: old[i].groups });
    return this.keep({ text, matches: out }).matches;
  }

  private keep(entry: { text: string; matches: LineMatch[] }): { text: string; matches: LineMatch[] } {
    const at = this.kept.indexOf(entry);
    if (at >= 0) this.kept.splice(at, 1);
    this.kept.unshift(entry);
    if (this.kept.length > KEPT) this.kept.length = KEPT;
    return entry;
  }

  /** The matches starting in `text[from, to)`, where `from` starts a line and `to` ends one. */
  private scan(text: string, from: number, to: number): LineMatch[] {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    const out: LineMatch[] = [];
    if (this.quick && !this.quick.test(part)) return out;
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      out.push({ index: m.index + from, groups: [...m] });
      // Never empty by contract; guard anyway against an endless loop.
      if (m[0] === '') re.lastIndex++;
    }
    return out;
  }
}
