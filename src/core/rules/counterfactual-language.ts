import type { Rule } from '../types';
import { checkProse } from '../phraseRules';

/** `counterfactual-language`: Hindsight about people: should have, could have, if only, 했어야 했다, 알았더라면. */
export const counterfactualLanguage: Rule = {
  meta: {
    id: 'counterfactual-language',
    description: "Hindsight about people: should have, could have, if only, 했어야 했다, 알았더라면.",
    tags: ["language", "blameless"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "Counterfactuals describe a world that did not happen and judge people with knowledge they did not have at the time. Describe what happened, what people knew, and what would make the right action the easy one. Forward-looking requirements (*the deploy tool should require a review*) are fine.",
    examples: [
    { bad: "The on-call should have checked the dashboard.", good: "The dashboard was not linked from the alert, so it was not checked." },
    { bad: "배포 전에 더 주의했어야 했다.", good: "배포 전 확인 절차가 자동화되어 있지 않았다." },
    ],
  },
  check(ctx) {
    checkProse(ctx, 'counterfactual');
  },
};
