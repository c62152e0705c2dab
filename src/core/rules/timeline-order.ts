import type { Rule } from '../types';

/** `timeline-order`: Timeline entries out of chronological order. */
export const timelineOrder: Rule = {
  meta: {
    id: 'timeline-order',
    description: "Timeline entries out of chronological order.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "A timeline is read top to bottom; an entry earlier than the one above it is usually a typo in the time or the date. Entries without a time are ignored; a timeline that crosses midnight needs a date (in the entry or in a dated heading above it).",
    examples: [
    { bad: "- 15:10 Rollback done\n- 15:02 Rollback started", good: "- 15:02 Rollback started\n- 15:10 Rollback done" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
