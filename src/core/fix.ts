import type { Finding, Suggestion, TextEdit } from './types';

/** The result of applying fixes: the new text and which fixes were applied or skipped. */
export interface FixResult {
  text: string;
  /** Number of fixes (edit groups) applied. */
  applied: number;
  /** Fixes left out because they overlapped an earlier one or were out of range. */
  skipped: number;
}

/** A fix: one edit, or a group of edits that must be applied together or not at all. */
export type Fix = TextEdit | readonly TextEdit[];

/** Whether an offset falls between the two halves of a surrogate pair (an edit there would break a character). */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Touching ranges do not overlap; an insertion overlaps only a range strictly around it.
  return a.start < b.end && b.start < a.end;
}

/**
 * Edits that do not overlap, kept sorted by position, with an overlap test in O(log n): applying
 * N fixes stays O(N log N + text length) instead of comparing every fix with every other one.
 * Among pairwise non-overlapping edits sorted by start, the ends are sorted too, so the only
 * candidates for an overlap with a new edit are found by one binary search on the ends.
 */
export class EditSet {
  private readonly sorted: TextEdit[] = [];

  /** The edits, by position (insertions at one offset in the order they were added). */
  get edits(): readonly TextEdit[] {
    return this.sorted;
  }

  /** Whether `e` overlaps an edit of the set. */
  overlaps(e: TextEdit): boolean {
    const s = this.sorted;
    // First edit whose end is past e.start: the only one that can start before e ends and still overlap.
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid].end <= e.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < s.length && s[i].start < e.end; i++) if (overlaps(s[i], e)) return true;
    return false;
  }

  /** Adds an edit that does not overlap the set (check with {@link overlaps} first). */
  add(e: TextEdit): void {
    const s = this.sorted;
    // After every edit that starts before it, or at the same place and ends no later (so
    // insertions at one offset keep their order, and an insertion precedes a range starting there).
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid].start < e.start || (s[mid].start === e.start && s[mid].end <= e.end)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === s.length) s.push(e);
    else s.splice(lo, 0, e);
  }
}

/** Whether a group of edits is valid on `text` and overlaps neither itself nor `taken`. */
export function groupFits(text: string, group: readonly TextEdit[], taken: EditSet): boolean {
  for (const e of group) {
    if (!(e.start >= 0 && e.end <= text.length && e.start <= e.end) || splitsPair(text, e.start) || splitsPair(text, e.end)) return false;
    if (taken.overlaps(e)) return false;
  }
  if (group.length > 1) {
    const own = new EditSet();
    for (const e of group) {
      if (own.overlaps(e)) return false;
      own.add(e);
    }
  }
  return true;
}

/**
 * Applies fixes to a text. Pure. Fixes are taken in the order given; one that overlaps an
 * already accepted fix, falls outside the text or splits a surrogate pair is skipped whole,
 * never half-applied. An empty group counts as neither applied nor skipped.
 * Insertions at the same offset are kept in the given order. Linear in the text's length
 * (plus N log N in the number of edits).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const accepted = new EditSet();
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    const group: readonly TextEdit[] = Array.isArray(fix) ? fix : [fix as TextEdit];
    if (group.length === 0) continue;
    if (!groupFits(text, group, accepted)) {
      skipped++;
      continue;
    }
    for (const e of group) accepted.add(e);
    applied++;
  }
  const parts: string[] = [];
  let pos = 0;
  for (const e of accepted.edits) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied, skipped };
}

/** The preferred (first) suggestion of each finding that has one. */
export function preferredSuggestions(findings: readonly Finding[]): Suggestion[] {
  return findings.flatMap((f) => (f.suggestions.length ? [f.suggestions[0]] : []));
}

/** Applies the preferred suggestion of each finding. */
export function applyPreferredFixes(text: string, findings: readonly Finding[]): FixResult {
  return applyFixes(text, preferredSuggestions(findings).map((s) => s.edits));
}
