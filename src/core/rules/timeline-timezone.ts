import type { Rule } from '../types';

/** `timeline-timezone`: A timeline whose times have no time zone stated anywhere, or that mixes zones. */
export const timelineTimezone: Rule = {
  meta: {
    id: 'timeline-timezone',
    description: "A timeline whose times have no time zone stated anywhere, or that mixes zones.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "Times without a zone are ambiguous for distributed teams and for durations across daylight-saving changes. State the zone once (front matter `timezone: UTC`, a note such as *All times UTC* / *모든 시각은 KST*, or a heading *Timeline (UTC)*) or on each entry, and use one zone throughout.",
    examples: [
    { bad: "## Timeline\n- 14:51 Alert fired", good: "## Timeline (all times UTC)\n- 14:51 Alert fired" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
