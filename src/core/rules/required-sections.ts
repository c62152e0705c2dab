import type { Rule } from '../types';

/** `required-sections`: A section the postmortem template requires is missing. */
export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    description: "A section the postmortem template requires is missing.",
    tags: ["structure"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A postmortem is useful when readers find the same things in the same place: what happened, who was affected, when, why, and what will change. By default the rule requires a summary, impact, timeline, root causes (or a 5-whys analysis) and action items; the front matter `template` picks the set of a built-in template, and `sections.required` in `.postmortemrc.yaml` changes it. The fix appends the missing heading in the document's language.",
    examples: [
    { bad: "# Postmortem\n## Summary\n…", good: "# Postmortem\n## Summary\n…\n## Impact\n…\n## Timeline\n…" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
