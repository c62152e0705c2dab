import type { Rule } from '../types';

/** `vague-action-item`: Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심. */
export const vagueActionItem: Rule = {
  meta: {
    id: 'vague-action-item',
    description: "Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심.",
    tags: ["action-items", "language"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "An action item should be a concrete change someone can finish and someone else can verify: a check, an alert, a config change, a process step. *Investigate*, *look into*, *be more careful* and *더 주의하기* describe intentions, not changes. Say what will change and how you will know it is done.",
    examples: [
    { bad: "- [ ] Be more careful when deploying @bob", good: "- [ ] Require a canary stage in the deploy pipeline @bob" },
    { bad: "- [ ] 배포 시 더 주의하기 (담당: 김민수)", good: "- [ ] 배포 파이프라인에 카나리 단계 추가 (담당: 김민수)" },
    ],
  },
  check() {
    // TODO: implemented in a follow-up commit.
  },
};
