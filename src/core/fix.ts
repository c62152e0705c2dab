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
 * Applies fixes to a text. Pure. Fixes are taken in the order given; one that overlaps an
 * already accepted fix, falls outside the text or splits a surrogate pair is skipped whole,
 * never half-applied. An empty group counts as neither applied nor skipped.
 * Insertions at the same offset are kept in the given order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const accepted: (TextEdit & { order: number })[] = [];
  let applied = 0;
  let skipped = 0;
  let order = 0;
  for (const fix of fixes) {
    const group: readonly TextEdit[] = Array.isArray(fix) ? fix : [fix as TextEdit];
    if (group.length === 0) continue;
    const bad = group.some((e) => e.start < 0 || e.end > text.length || e.start > e.end || splitsPair(text, e.start) || splitsPair(text, e.end));
    const clash = group.some((e, i) => accepted.some((a) => overlaps(a, e)) || group.some((o, j) => j < i && overlaps(o, e)));
    if (bad || clash) {
      skipped++;
      continue;
    }
    for (const e of group) accepted.push({ ...e, order: order++ });
    applied++;
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const parts: string[] = [];
  let pos = 0;
  for (const e of accepted) {
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
