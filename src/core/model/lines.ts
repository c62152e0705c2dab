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

  /**
   * The index of `text`, an edited version of `prev.text`: the line starts before the edit are
   * `prev`'s, those after it `prev`'s moved, and only the edited stretch is scanned. Equal to
   * `new LineIndex(text)`.
   */
  static after(prev: LineIndex, text: string): LineIndex {
    const old = prev.text;
    const { prefix, suffix } = commonEnds(old, text);
    // A line start k depends on the characters at k - 1 and k alone (a line break before it; not the "\n" of a "\r\n").
    const starts: number[] = [];
    const ps = prev.starts;
    let i = 0;
    while (i < ps.length && ps[i] <= prefix - 1) starts.push(ps[i++]);
    if (starts.length === 0) starts.push(0);
    const to = text.length - suffix;
    for (let k = Math.max(1, prefix); k <= to; k++) {
      const c = text.charCodeAt(k - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(k) !== 10)) starts.push(k);
    }
    const delta = text.length - old.length;
    for (let j = i; j < ps.length; j++) if (ps[j] >= old.length - suffix + 1) starts.push(ps[j] + delta);
    const index = Object.create(LineIndex.prototype) as LineIndex;
    (index as { text: string }).text = text;
    (index as { starts: number[] }).starts = starts;
    return index;
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

/**
 * How many characters two texts share at their start (`prefix`) and, after that, at their end
 * (`suffix`; `prefix + suffix` is at most the shorter length): what an edit left as it was.
 * Compared a block at a time (native string comparison), then character by character.
 */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  const BLOCK = 2048;
  let prefix = 0;
  while (prefix + BLOCK <= n && a.slice(prefix, prefix + BLOCK) === b.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < n && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = n - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && a.slice(a.length - suffix - BLOCK, a.length - suffix) === b.slice(b.length - suffix - BLOCK, b.length - suffix)) suffix += BLOCK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
