import type { Rule } from '../types';
import { rootCauseMarkerText, whyChains } from '../model/fiveWhys';

/** `five-whys-root-cause`: A 5-whys chain with no root cause marked. */
export const fiveWhysRootCause: Rule = {
  meta: {
    id: 'five-whys-root-cause',
    description: "A 5-whys chain with no root cause marked.",
    tags: ["five-whys"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A 5-whys analysis ends where the cause is systemic and actionable, not at a count: five is a symbol. Mark the answer(s) you will act on with `(root cause)`, `**Root cause**` or `(근본 원인)`, so action items can link to them. Several children of one answer are several contributing factors; each branch needs its own root cause. The fix marks the deepest answer of the chain.",
    examples: [
    { bad: "1. Users saw errors\n   1. Why? The cache was cold", good: "1. Users saw errors\n   1. Why? The cache was cold (root cause)" },
    ],
  },
  check(ctx) {
    for (const tree of ctx.doc.fiveWhys) {
      for (const chain of whyChains(tree.roots)) {
        if (chain.some((n) => n.rootCause)) continue;
        const leaf = chain[chain.length - 1];
        // A lone problem statement has no answers yet: say so instead of asking for a marker.
        if (chain.length === 1) {
          ctx.report({
            start: leaf.lineStart,
            end: leaf.lineEnd,
            message: ctx.t({
              en: 'This 5-whys analysis has no answers yet: ask "why?" until you reach a systemic, actionable cause and mark it (root cause)',
              ko: '이 5 Whys 분석에는 아직 답이 없습니다: 시스템적이고 조치 가능한 원인에 닿을 때까지 "왜?"를 묻고 (근본 원인)으로 표시하세요',
            }),
          });
          continue;
        }
        const lang = /[\uac00-\ud7a3]/u.test(leaf.text) ? 'ko' : /[A-Za-z]/.test(leaf.text) ? 'en' : ctx.doc.language;
        const marker = rootCauseMarkerText(lang);
        const label = leaf.text.length > 40 ? `${leaf.text.slice(0, 39)}…` : leaf.text;
        ctx.report({
          start: leaf.lineStart,
          end: leaf.lineEnd,
          message: ctx.t({
            en: `This 5-whys chain (${chain.length} levels) has no root cause marked: mark the systemic cause you will act on with "(root cause)"`,
            ko: `이 5 Whys 사슬(${chain.length}단계)에 근본 원인 표시가 없습니다: 조치할 시스템적 원인에 "(근본 원인)"을 표시하세요`,
          }),
          suggestions: [
            {
              title: ctx.t({ en: `Mark "${label}" as the root cause`, ko: `"${label}"을(를) 근본 원인으로 표시` }),
              edits: [{ start: leaf.textEnd, end: leaf.textEnd, newText: ` ${marker}` }],
            },
          ],
        });
      }
    }
  },
};
