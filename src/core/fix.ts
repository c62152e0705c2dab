import type { Finding, Suggestion, TextEdit } from './types';

/** The result of applying fixes: the new text and which fixes were applied or skipped. */
export interface FixResult {
  text: string;
  /** Number of fixes (edit groups) applied. */
  applied: number;
  /** Fixes left out because they overlapped an earlier one or were out of range. */
  skipped: number;
}

/** A {@link FixResult} with the edits applied, by position (to map offsets of the old text into the new one). */
export interface DetailedFixResult extends FixResult {
  edits: readonly TextEdit[];
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
  return groupFitsWhere((e) => validOn(text, e), group, taken);
}

/** Whether an edit lies inside `text` and keeps surrogate pairs whole. */
function validOn(text: string, e: TextEdit): boolean {
  return e.start >= 0 && e.end <= text.length && e.start <= e.end && !splitsPair(text, e.start) && !splitsPair(text, e.end);
}

function groupFitsWhere(valid: (e: TextEdit) => boolean, group: readonly TextEdit[], taken: EditSet): boolean {
  for (const e of group) {
    if (!valid(e) || taken.overlaps(e)) return false;
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

/** Which groups of edits a set of fixes keeps, and the kept edits by position. */
export interface FixSelection {
  /** The edits of the kept groups, sorted by position (insertions at one offset in the order given). */
  edits: TextEdit[];
  applied: number;
  skipped: number;
}

/**
 * Picks the groups of edits that can be applied together: taken in the order given, a group that
 * overlaps an already taken one or has an invalid edit is left out whole, never half-applied. An
 * empty group counts as neither. O(E log E) in the number of edits: one sort and two sweeps find
 * the few groups that clash with another or are invalid, and only those go through the
 * first-wins check in order; the rest are kept as they are.
 */
export function selectFixes(fixes: readonly Fix[], valid: (e: TextEdit) => boolean): FixSelection {
  const groups = fixes.map((fix): readonly TextEdit[] => (Array.isArray(fix) ? fix : [fix as TextEdit])).filter((g) => g.length > 0);
  // Every edit, tagged with its group and its place in the order given, sorted by position.
  const all: { e: TextEdit; group: number; order: number }[] = [];
  groups.forEach((g, group) => g.forEach((e) => all.push({ e, group, order: all.length })));
  all.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.order - b.order);
  // Groups with an invalid edit or an edit that overlaps any other edit: only these need the
  // first-wins check in the order given; all the others are applied as they are.
  const contested = new Set<number>();
  let maxEnd = -1;
  let runMax = -1;
  for (let i = 0; i < all.length; i++) {
    const { e, group } = all[i];
    if (!valid(e)) contested.add(group);
    if (i > 0 && all[i - 1].e.start < e.start) maxEnd = Math.max(maxEnd, runMax);
    // Overlaps an earlier edit: one starting before it and ending after its start, or a
    // non-empty one starting at the same offset when this one is non-empty too.
    const prev = all[i - 1]?.e;
    if (maxEnd > e.start || (prev && prev.start === e.start && prev.end > prev.start && e.end > e.start)) contested.add(group);
    runMax = Math.max(runMax, e.end);
  }
  // And backwards: overlaps a later edit, one starting after it but before its end, or one at the same offset when non-empty.
  let nextStart = Infinity;
  for (let i = all.length - 1; i >= 0; i--) {
    const { e, group } = all[i];
    const next = all[i + 1]?.e;
    if (next && next.start > e.start) nextStart = next.start;
    if (nextStart < e.end || (next && next.start === e.start && e.end > e.start)) contested.add(group);
  }
  const rejected = new Set<number>();
  if (contested.size > 0) {
    const taken = new EditSet();
    groups.forEach((g, group) => {
      if (!contested.has(group)) return;
      if (groupFitsWhere(valid, g, taken)) for (const e of g) taken.add(e);
      else rejected.add(group);
    });
  }
  const edits = rejected.size === 0 ? all.map((x) => x.e) : all.filter((x) => !rejected.has(x.group)).map((x) => x.e);
  return { edits, applied: groups.length - rejected.size, skipped: rejected.size };
}

/**
 * Applies fixes to a text. Pure. Fixes are taken in the order given; one that overlaps an
 * already accepted fix, falls outside the text or splits a surrogate pair is skipped whole,
 * never half-applied. An empty group counts as neither applied nor skipped.
 * Insertions at the same offset are kept in the given order. Linear in the text's length
 * (plus N log N in the number of edits).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const { edits: _edits, ...result } = applyFixesDetailed(text, fixes);
  return result;
}

/** {@link applyFixes}, also returning the edits it applied. */
export function applyFixesDetailed(text: string, fixes: readonly Fix[]): DetailedFixResult {
  const { edits, applied, skipped } = selectFixes(fixes, (e) => validOn(text, e));
  return { text: splice(text, edits), applied, skipped, edits };
}

function splice(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** The preferred (first) suggestion of each finding that has one, unless it is for a person to pick (`manual`). */
export function preferredSuggestions(findings: readonly Finding[]): Suggestion[] {
  return findings.flatMap((f) => (f.suggestions.length && !f.suggestions[0].manual ? [f.suggestions[0]] : []));
}

/** Applies the preferred suggestion of each finding. */
export function applyPreferredFixes(text: string, findings: readonly Finding[]): FixResult {
  return applyFixes(text, preferredSuggestions(findings).map((s) => s.edits));
}
