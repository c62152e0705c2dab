import { selectFixes } from '../fix';
import type { Finding, TextEdit } from '../types';

/** Which findings a fix-all applies. */
export interface FixAllOptions {
  /** Only this rule's findings ("fix all of this rule"); every rule when absent. */
  ruleId?: string;
}

/** The edits of a fix-all and how many fixes they hold. */
export interface FixAllEdits {
  /** Non-overlapping edits, sorted by offset: one `WorkspaceEdit` can hold them all. */
  edits: TextEdit[];
  /** Fixes (preferred suggestions) taken. */
  applied: number;
  /** Fixes left out because they overlapped one already taken (a second run picks them up). */
  skipped: number;
}

/**
 * The preferred suggestion of every matching finding (not a `manual` one), as edits that can be applied at once.
 * A `WorkspaceEdit` rejects overlapping edits, so a suggestion that overlaps one already taken
 * is left out whole (never half-applied), as `applyFixes` does for the CLI, with the same
 * selection: O(N log N) in the number of edits, never a comparison of every fix with every other.
 */
export function fixAllEdits(findings: readonly Finding[], options: FixAllOptions = {}): FixAllEdits {
  const groups: (readonly TextEdit[])[] = [];
  for (const f of findings) {
    if (options.ruleId !== undefined && f.ruleId !== options.ruleId) continue;
    // A manual fix (a guess the author confirms) is never applied in bulk.
    const group = f.suggestions[0]?.manual ? undefined : f.suggestions[0]?.edits;
    if (group && group.length > 0) groups.push(group);
  }
  const { edits: selected, applied, skipped } = selectFixes(groups, (e) => e.start >= 0 && e.start <= e.end);
  // Insertions at one offset become one edit, in the order given (as `applyFixes` applies them):
  // several "add section" fixes at the same place must all land, in order.
  const edits: TextEdit[] = [];
  for (const e of selected) {
    const last = edits[edits.length - 1];
    if (e.start === e.end && last && last.start === e.start && last.end === e.end) last.newText += e.newText;
    else edits.push({ ...e });
  }
  return { edits, applied, skipped };
}

/** How many findings of a rule a fix-all would touch (used to offer "fix all" only when it helps). */
export function fixableCount(findings: readonly Finding[], ruleId: string): number {
  return findings.filter((f) => f.ruleId === ruleId && f.suggestions.length > 0 && !f.suggestions[0].manual && f.suggestions[0].edits.length > 0).length;
}
