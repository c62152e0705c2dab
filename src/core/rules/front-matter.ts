import type { Rule } from '../types';

/** `front-matter`: Invalid front matter: YAML syntax errors, a malformed date, an unknown severity. */
export const frontMatter: Rule = {
  meta: {
    id: 'front-matter',
    description: "Invalid front matter: YAML syntax errors, a malformed date, an unknown severity.",
    tags: ["structure"],
    defaultSeverity: 'error',
    fixable: false,
    rationale: "Front matter is read by tools (dashboards, the timeline, the CLI in CI). A YAML syntax error hides every field; a date that is not `YYYY-MM-DD` (optionally with a time) cannot be placed on a calendar; a severity outside the known list (SEV-1…SEV-5, SEV0…, P0…P4, critical/high/medium/low, 1~5등급, 심각/높음/보통/낮음, or `severities` in `.postmortemrc.yaml`) cannot be filtered.",
    examples: [
    { bad: "---\ndate: 21/10/2015\nseverity: huge\n---", good: "---\ndate: 2015-10-21\nseverity: SEV-2\n---" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
