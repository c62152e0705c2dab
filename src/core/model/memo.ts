/**
 * For tests: while `bypass` is set, every {@link TextMemo} finds nothing and keeps nothing
 * (`get` finds nothing, `set` keeps nothing), so a lint computes everything afresh, as the
 * reference a lint session's results are compared with.
 */
export const memoControl = { bypass: false };

/**
 * A memo of a pure function of text, kept between lints (a lint session's re-lint then computes
 * only what the edit changed). Bounded by the characters of its keys: past the budget it starts
 * over, so neither many versions of a document nor one huge block can make it grow without end.
 */
export class TextMemo<V> {
  private map = new Map<string, V>();
  private chars = 0;

  /** `budget`: characters of keys kept at most (a 450 KB document's blocks are about 250,000). */
  constructor(private readonly budget = 2_000_000) {}

  get(key: string): V | undefined {
    if (memoControl.bypass) return undefined;
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (memoControl.bypass || key.length > this.budget) return;
    if (this.chars + key.length > this.budget) {
      this.map.clear();
      this.chars = 0;
    }
    if (!this.map.has(key)) this.chars += key.length;
    this.map.set(key, value);
  }
}
