import type { Rule } from '../types';

/** `suppression-comment`: A suppression comment without a reason, or naming an unknown rule. */
export const suppressionComment: Rule = {
  meta: {
    id: 'suppression-comment',
    description: "A suppression comment without a reason, or naming an unknown rule.",
    tags: ["meta"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "`<!-- postmortem-lint-disable-next-line rule-id -- reason -->` (and `…-disable rule-id -- reason` / `…-enable`) silence a rule where it is wrong. The reason after ` -- ` is required so that reviewers know why; a suppression naming a rule that does not exist silences nothing.",
    examples: [
    { bad: "<!-- postmortem-lint-disable-next-line blameful-language -->", good: "<!-- postmortem-lint-disable-next-line blameful-language -- quoting the customer's words -->" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
