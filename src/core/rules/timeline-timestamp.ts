import type { Rule } from '../types';

/** `timeline-timestamp`: A timeline entry with no time of day. */
export const timelineTimestamp: Rule = {
  meta: {
    id: 'timeline-timestamp',
    description: "A timeline entry with no time of day.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "Every timeline entry needs a time of day, so that readers can see how long detection, mitigation and recovery took. Accepted forms include `14:51`, `14:51:07`, `2:51 PM`, `오후 2시 51분` and ISO date-times, bold, italic or in code.",
    examples: [
    { bad: "- Rolled back the release", good: "- 15:02 Rolled back the release" },
    { bad: "- 롤백 완료", good: "- 15:02 롤백 완료" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
