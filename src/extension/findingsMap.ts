/**
 * Pure helpers (no `vscode`) behind the live diagnostics: carrying the last published findings
 * across edits made since (so code actions answer while a new lint runs), choosing which findings
 * to publish when there are more than VS Code shows, and the adaptive debounce.
 */
import type { Finding, Severity, Suggestion, TextEdit } from '../core/types';

/** One text change, in the coordinates of the text just before it (as VS Code reports changes). */
export interface Change {
  offset: number;
  /** Length of the replaced text. */
  length: number;
  /** Length of the inserted text. */
  inserted: number;
}

/** A range through a sequence of changes; undefined when a change touched its inside (it is stale). */
export function mapRange(start: number, end: number, changes: readonly Change[]): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  for (const c of changes) {
    const cEnd = c.offset + c.length;
    if (cEnd <= s) {
      // Entirely before (text typed right at the start goes before the range).
      const d = c.inserted - c.length;
      s += d;
      e += d;
    } else if (c.offset >= e) {
      // Entirely after: nothing moves.
    } else {
      return undefined;
    }
  }
  return { start: s, end: e };
}

/** A finding of an older text, moved to the current one; `origin` is the finding as linted. */
export interface MovedFinding extends Finding {
  origin: Finding;
}

function mapEdits(edits: readonly TextEdit[], changes: readonly Change[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const r = mapRange(e.start, e.end, changes);
    if (!r) return undefined;
    out.push({ start: r.start, end: r.end, newText: e.newText });
  }
  return out;
}

/**
 * The findings of an older version moved through the changes made since: those whose range or
 * fix an edit touched are dropped (a new lint is coming for them), the others keep working.
 * `positionOf` converts a current offset to a 1-based line and column.
 */
export function moveFindings(findings: readonly Finding[], changes: readonly Change[], positionOf: (offset: number) => { line: number; column: number }): MovedFinding[] {
  const out: MovedFinding[] = [];
  for (const f of findings) {
    const r = changes.length ? mapRange(f.start, f.end, changes) : { start: f.start, end: f.end };
    if (!r) continue;
    const suggestions: Suggestion[] = [];
    for (const s of f.suggestions) {
      const edits = changes.length ? mapEdits(s.edits, changes) : s.edits;
      if (edits) suggestions.push({ ...s, edits });
    }
    const a = positionOf(r.start);
    const b = positionOf(r.end);
    out.push({ ...f, start: r.start, end: r.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, suggestions, origin: f });
  }
  return out;
}

/**
 * Whether any finding, moved through the changes as {@link moveFindings} moves it (a finding an edit
 * touched is gone), overlaps the current range `start`…`end` (inclusive ends, as the quick fixes
 * pick them): the same answer as `moveFindings(…).some(…)` without converting every finding's
 * offsets to positions. VS Code asks for quick fixes after every edit and cursor move, and on a
 * big document the cursor is mostly where no finding is.
 */
export function someMovedIn(findings: readonly Finding[], changes: readonly Change[], start: number, end: number): boolean {
  for (const f of findings) {
    const r = changes.length ? mapRange(f.start, f.end, changes) : f;
    if (r && r.start <= end && r.end >= start) return true;
  }
  return false;
}

/** How many diagnostics VS Code shows per file (the extension host drops the rest). */
export const MAX_DIAGNOSTICS = 1000;

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * The findings to publish when there are more than `max`: the most severe first, then those
 * nearest the visible line ranges (0-based, inclusive), in document order. All of them otherwise.
 */
export function pickShown<T extends Pick<Finding, 'severity' | 'line' | 'start'>>(findings: readonly T[], visible: readonly { start: number; end: number }[], max = MAX_DIAGNOSTICS): T[] {
  if (findings.length <= max) return [...findings];
  const distance = (f: T) => {
    if (visible.length === 0) return 0;
    let best = Number.POSITIVE_INFINITY;
    const line = f.line - 1;
    for (const v of visible) best = Math.min(best, line < v.start ? v.start - line : line > v.end ? line - v.end : 0);
    return best;
  };
  const scored = findings.map((f, i) => ({ f, i, rank: RANK[f.severity], d: distance(f) }));
  scored.sort((a, b) => b.rank - a.rank || a.d - b.d || a.i - b.i);
  return scored
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.f);
}

/** Shortest wait between keys of a burst: coalesces the keys of a fast typist. */
export const MIN_DEBOUNCE_MS = 25;

/**
 * The wait before linting an edit made after a pause: none beyond the current turn of the event
 * loop (a timer of 0 ms), so the change events VS Code delivers for one action in the same turn
 * still make one lint. A lint of an older version is never published (its version is checked),
 * so linting at once costs at most a re-lint the next key makes outdated.
 */
export const AFTER_PAUSE_DEBOUNCE_MS = 0;

/**
 * The wait after the last keystroke before linting: half of how long a re-lint of this document
 * takes (a cheap lint runs almost at once; a costly one waits for a pause), between
 * {@link MIN_DEBOUNCE_MS} and the configured `postmortem.lint.debounceMs`.
 */
export function adaptiveDebounce(lintMs: number | undefined, maxMs: number): number {
  if (maxMs <= MIN_DEBOUNCE_MS) return Math.max(0, maxMs);
  if (lintMs === undefined || !Number.isFinite(lintMs)) return Math.min(maxMs, 100);
  return Math.round(Math.min(maxMs, Math.max(MIN_DEBOUNCE_MS, lintMs / 2)));
}

/**
 * The wait after an edit: {@link AFTER_PAUSE_DEBOUNCE_MS} when it is the first edit after a pause
 * at least as long as the adaptive wait, because then no burst of keys is under way for a longer
 * wait to gather: a single correction is linted at once instead of half a lint later. Inside a
 * burst (the previous edit came sooner), the adaptive wait. `sinceLastEditMs` is undefined for
 * the first edit of a document.
 */
export function debounceAfterEdit(lintMs: number | undefined, maxMs: number, sinceLastEditMs: number | undefined): number {
  const wait = adaptiveDebounce(lintMs, maxMs);
  if (sinceLastEditMs === undefined || sinceLastEditMs >= wait) return Math.min(wait, AFTER_PAUSE_DEBOUNCE_MS);
  return wait;
}

/**
 * A range through a sequence of changes when none of them touched it, not even at an edge (text
 * typed right before or after it counts): then VS Code's squiggle for it has only moved with the
 * text, as this range did. Undefined otherwise.
 */
export function mapUntouched(start: number, end: number, changes: readonly Change[]): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  for (const c of changes) {
    const cEnd = c.offset + c.length;
    if (cEnd < s) {
      const d = c.inserted - c.length;
      s += d;
      e += d;
    } else if (c.offset > e) {
      // Entirely after: nothing moves.
    } else {
      return undefined;
    }
  }
  return { start: s, end: e };
}

/** A published diagnostic as compared between runs: its range (0-based line and character, as VS Code has it) and what it says. */
export interface PublishedMark {
  /** Offsets in the text it was published for. */
  start: number;
  end: number;
  /** `startLine:startCharacter:endLine:endCharacter`, then severity, rule and message. */
  key: string;
  /** `startLine:startCharacter:endLine:endCharacter` alone. */
  at: string;
}

/**
 * Whether publishing `next` would show exactly what `previous` (published for an older text) shows
 * now, so VS Code need not be told again: the same diagnostics in the same order, and no edit made
 * since (`changes`) touched any of the old ranges, each of which (moved with the text, as the
 * editor moves its squiggle) is still where it was (`at` gives a current offset's position in
 * the same form as {@link PublishedMark.at}).
 */
export function samePublished(previous: readonly PublishedMark[], next: readonly PublishedMark[], changes: readonly Change[], at: (offset: number) => string): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) if (previous[i].key !== next[i].key) return false;
  if (changes.length === 0) return true;
  for (const p of previous) {
    const r = mapUntouched(p.start, p.end, changes);
    if (!r || `${at(r.start)}:${at(r.end)}` !== p.at) return false;
  }
  return true;
}
