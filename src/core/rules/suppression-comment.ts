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
  check(ctx) {
    for (const c of ctx.doc.suppressions.comments) {
      if (c.directive !== 'enable' && !c.reason) {
        ctx.report({
          start: c.start,
          end: c.end,
          message: ctx.t({
            en: 'Suppression without a reason: add " -- why this is fine here" before "-->"',
            ko: '이유 없는 억제 주석입니다: "-->" 앞에 " -- 이유"를 적어 주세요',
          }),
        });
      }
      for (const id of c.ruleIds) {
        if (!ctx.knownRuleIds.includes(id)) {
          ctx.report({
            start: c.start,
            end: c.end,
            message: ctx.t({ en: `Unknown rule "${id}" in suppression comment: it silences nothing`, ko: `억제 주석의 규칙 "${id}"은(는) 없는 규칙이라 아무것도 억제하지 않습니다` }),
          });
        }
      }
    }
  },
};
