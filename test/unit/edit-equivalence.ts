// Shared by the tests that compare a lint session with a lint that keeps nothing after random edits
// (latency-s8, latency-s9, latency-s10).
import { lint, type LintOptions, type LintResult } from '../../src/core/lint';
import { memoControl } from '../../src/core/model/memo';

/** A lint that keeps nothing between lints and reads nothing kept. */
export function freshLint(text: string, options: LintOptions = {}): LintResult {
  memoControl.bypass = true;
  try {
    return lint(text, options);
  } finally {
    memoControl.bypass = false;
  }
}

export interface EditShape {
  /** When given, 80 % of edits land after this offset (one random draw decides), the rest anywhere. */
  focus?: number;
  /** Cumulative shares: insert a snippet below the first, delete 1–8 characters below the second, drop a line below the third, else repeat a line. */
  shares?: readonly [number, number, number];
}

/** One random edit: a snippet inserted, a few characters deleted, a line dropped or repeated. */
export function randomEdit(text: string, rnd: () => number, snippets: readonly string[], shape: EditShape = {}): string {
  const [insert, remove, drop] = shape.shares ?? [0.6, 0.85, 0.93];
  const from = shape.focus === undefined ? 0 : rnd() < 0.8 ? Math.min(shape.focus, text.length) : 0;
  const at = from + Math.floor(rnd() * (text.length - from + 1));
  const r = rnd();
  if (r < insert) return text.slice(0, at) + snippets[Math.floor(rnd() * snippets.length)] + text.slice(at);
  if (r < remove) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 8));
  const lines = text.split('\n');
  const i = Math.floor(rnd() * lines.length);
  if (r < drop) lines.splice(i, 1);
  else lines.splice(i, 0, lines[i]);
  return lines.join('\n');
}
