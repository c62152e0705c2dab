/** {@link LineIndex.eol}, once per index (kept aside: an index's own fields stay its line starts). */
const eols = new WeakMap<LineIndex, '\n' | '\r\n'>();

/** Converts between UTF-16 offsets and 1-based line/column positions. */
export class LineIndex {
  /** Offset at which each line starts (line 1 is index 0). */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 1-based line and column (in UTF-16 code units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column = 1): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    return Math.min(this.starts[l - 1] + column - 1, this.text.length);
  }

  /** Offset of the end of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[line] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The line break this text uses most ("\n" when it has none). */
  get eol(): '\n' | '\r\n' {
    // Asked per edit written (a suppression comment per finding's line): counted once.
    let eol = eols.get(this);
    if (eol === undefined) {
      let crlf = 0;
      let lf = 0;
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) {
        if (i > 0 && this.text.charCodeAt(i - 1) === 13) crlf++;
        else lf++;
      }
      eols.set(this, (eol = crlf > lf ? '\r\n' : '\n'));
    }
    return eol;
  }
}
