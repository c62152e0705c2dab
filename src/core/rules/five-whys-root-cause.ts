import type { Rule } from '../types';

/** `five-whys-root-cause`: A 5-whys chain with no root cause marked. */
export const fiveWhysRootCause: Rule = {
  meta: {
    id: 'five-whys-root-cause',
    description: "A 5-whys chain with no root cause marked.",
    tags: ["five-whys"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A 5-whys analysis ends where the cause is systemic and actionable, not at a count: five is a symbol. Mark the answer(s) you will act on with `(root cause)`, `**Root cause**` or `(근본 원인)`, so action items can link to them. Several children of one answer are several contributing factors; each branch needs its own root cause. The fix marks the deepest answer of the chain.",
    examples: [
    { bad: "1. Users saw errors\n   1. Why? The cache was cold", good: "1. Users saw errors\n   1. Why? The cache was cold (root cause)" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
