import type { Rule } from '../types';

/** `action-item-owner`: An action item with no owner, or a placeholder owner (TBD, ?, 미정). */
export const actionItemOwner: Rule = {
  meta: {
    id: 'action-item-owner',
    description: "An action item with no owner, or a placeholder owner (TBD, ?, 미정).",
    tags: ["action-items"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "An action item without an owner is rarely done. Name a person or a team in the owner column, as `@handle`, `owner: name` or `(담당: 이름)`. Placeholders such as TBD, TBA, ?, -, n/a, none, unassigned, 미정 and 없음 do not count. In VS Code, the *Assign owner…* quick fix offers the authors and owners already named in the document.",
    examples: [
    { bad: "| Add a canary stage | TBD |", good: "| Add a canary stage | @alice |" },
    { bad: "- [ ] 설정 검증 추가 (담당: 미정)", good: "- [ ] 설정 검증 추가 (담당: 김민수)" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
