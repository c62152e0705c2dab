import type { ActionItem } from '../model/actionItems';
import { descriptionBlock, ignoredByList, peopleFor, reportFinding } from '../phraseRules';
import type { ProseBlock } from '../model/prose';
import { findLanguage } from '../language/findings';
import { hasMeasure } from '../phrases';
import { splitSentences } from '../language/sentences';

/** An item's first sentence: a number in a second sentence (an explanation) is no measure of the action. */
function firstSentenceOf(text: string): string {
  return splitSentences(text)[0]?.text ?? text;
}
import type { Rule } from '../types';

/** Letters and digits of real detail that follow an item's description inside the item. */
const DETAIL_CHARS = 24;

/** True when the item holds more than its description: sub-items or paragraphs that say how. */
function hasDetails(text: string, item: ActionItem): boolean {
  if (item.kind === 'table' || item.end <= item.description.end) return false;
  let n = 0;
  for (let i = item.description.end; i < item.end && n < DETAIL_CHARS; i++) if (/[\p{L}\p{N}]/u.test(text[i])) n++;
  return n >= DETAIL_CHARS;
}

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
  check(ctx) {
    let items: ActionItem[];
    try {
      items = ctx.doc.actionItems;
    } catch {
      // The action-item model is another rule's concern; without it there is nothing to judge here.
      return;
    }
    if (!items.length) return;
    const people = peopleFor(ctx.doc);
    // A finished item is history: rewording it helps nobody decide what is left to do.
    // An item with details under it (a heading or bold title with paragraphs, a list item with
    // sub-items) is named by its title and specified by its details: the title alone is no verdict.
    const judged = (item: ActionItem) => !item.done && !hasDetails(ctx.doc.text, item);
    const open = items.map((item, index) => ({ index, block: judged(item) ? descriptionBlock(ctx.doc, item) : undefined })).filter((x): x is { index: number; block: ProseBlock } => !!x.block);
    // All descriptions in one search: each regex runs once per document, not once per item.
    const texts = open.map((x) => x.block.text);
    const found = findLanguage(texts, 'vague', { people, config: ctx.config, ignore: ignoredByList(ctx.config, ctx.options, 'vague'), measured: texts.map((t) => hasMeasure(firstSentenceOf(t))) });
    open.forEach(({ index, block }, i) => {
      for (const f of found[i]) reportFinding(ctx, block, f, { actionItem: index });
    });
  },
};
