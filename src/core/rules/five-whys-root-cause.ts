import type { Rule } from '../types';
import { rootCauseMarkerText, whyChains } from '../model/fiveWhys';
import { rootCauseStatedApart } from '../rootCauseStated';

/** `five-whys-root-cause`: A 5-whys chain with no root cause marked. */
export const fiveWhysRootCause: Rule = {
  meta: {
    id: 'five-whys-root-cause',
    description: "A 5-whys chain with no root cause marked.",
    tags: ["five-whys"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A 5-whys analysis ends where the cause is systemic and actionable, not at a count: five is a symbol. Mark the answer(s) you will act on with `(root cause)`, `**Root cause**` or `(근본 원인)`, so action items can link to them. Several children of one answer are several contributing factors; each branch needs its own root cause. Only a real 5-whys chain is checked: its heading or a lead-in says so (5 Whys, Why?, 왜 5번) or its answers ask \"why?\"; a plain causal bullet list is not one. A chain is reported once, on its problem statement; the fix marks the last answer of every unmarked branch. A document that names its root cause in its own place is not asked to mark the chain too: a section whose heading names a cause, with written content outside the chain (`## Root cause`, `## 근본 원인`, `## Technical cause`; not `## Investigation`), or a labelled statement (`Root cause: …`, `**근본 원인:** …`, an overview row `| Root cause | … |`).",
    examples: [
    { bad: "1. Users saw errors\n   1. Why? The cache was cold", good: "1. Users saw errors\n   1. Why? The cache was cold (root cause)" },
    ],
  },
  check(ctx) {
    // Asked only when a chain has an unmarked branch: whether the document names its root cause in its own place.
    let stated: boolean | undefined;
    for (const tree of ctx.doc.fiveWhys) {
      // One finding per chain (per problem statement), on its first line; the fix marks the last
      // answer of every branch that has no root cause yet.
      for (const root of tree.roots) {
        const open = whyChains([root]).filter((chain) => !chain.some((n) => n.rootCause));
        if (!open.length) continue;
        // A lone problem statement has no answers yet: say so instead of asking for a marker.
        if (root.children.length === 0) {
          ctx.report({
            start: root.lineStart,
            end: root.lineEnd,
            message: ctx.t({
              en: 'This 5-whys analysis has no answers yet: ask "why?" until you reach a systemic, actionable cause and mark it (root cause)',
              ko: '이 5 Whys 분석에는 아직 답이 없습니다: 시스템적이고 조치 가능한 원인에 닿을 때까지 "왜?"를 묻고 (근본 원인)으로 표시하세요',
            }),
          });
          continue;
        }
        // A root-cause section or a labelled statement apart from the chain names the cause the team acts on.
        stated ??= rootCauseStatedApart(ctx.doc, ctx.doc.fiveWhys);
        if (stated) continue;
        const leaves = open.map((chain) => chain[chain.length - 1]);
        const levels = Math.max(...open.map((chain) => chain.length));
        const edits = leaves.map((leaf) => {
          const lang = /[\uac00-\ud7a3]/u.test(leaf.text) ? 'ko' : /[A-Za-z]/.test(leaf.text) ? 'en' : ctx.doc.language;
          return { start: leaf.textEnd, end: leaf.textEnd, newText: ` ${rootCauseMarkerText(lang)}` };
        });
        const leaf = leaves[0];
        const label = leaf.text.length > 40 ? `${leaf.text.slice(0, 39)}…` : leaf.text;
        const branches = leaves.length;
        ctx.report({
          start: root.lineStart,
          end: root.lineEnd,
          message: branches === 1
            ? ctx.t({
              en: `This 5-whys chain (${levels} levels) has no root cause marked: mark the systemic cause you will act on with "(root cause)"`,
              ko: `이 5 Whys 사슬(${levels}단계)에 근본 원인 표시가 없습니다: 조치할 시스템적 원인에 "(근본 원인)"을 표시하세요`,
            })
            : ctx.t({
              en: `This 5-whys chain has ${branches} branches with no root cause marked: mark the systemic cause of each branch with "(root cause)"`,
              ko: `이 5 Whys 사슬의 가지 ${branches}개에 근본 원인 표시가 없습니다: 가지마다 조치할 시스템적 원인에 "(근본 원인)"을 표시하세요`,
            }),
          suggestions: [
            {
              title: branches === 1
                ? ctx.t({ en: `Mark "${label}" as the root cause`, ko: `"${label}"을(를) 근본 원인으로 표시` })
                : ctx.t({ en: `Mark the last answer of each branch as a root cause (${branches})`, ko: `가지마다 마지막 답을 근본 원인으로 표시 (${branches}개)` }),
              edits,
            },
          ],
          data: { leaves: leaves.map((l) => l.start) },
        });
      }
    }
  },
};
