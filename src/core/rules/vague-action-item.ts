import type { ActionItem } from '../model/actionItems';
import { descriptionBlock, ignoredByList, peopleFor, reportFinding, vagueWordingIn } from '../phraseRules';
import type { ProseBlock } from '../model/prose';
import type { LanguageFinding } from '../language/findings';
import type { Rewrite } from '../language/types';
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

/** A description that reports work done ("Added …", "Fixed …", "Didn't …"), as a status list or changelog does. */
function reportsDoneWork(description: string): boolean {
  const m = /^\s*(?:\*\*|__)?(\p{Lu}\p{Ll}{2,}(?:ed|n't)|Built|Made|Wrote|Set up|Began|Ran|Took|Found|Sent|Shipped|Moved|Identified)\b/u.exec(description);
  return !!m && !/(?:eed|bed)$/u.test(m[1]);
}

/**
 * Sections whose list items mostly report work done ("Added …", "Fixed …"): a status list or a
 * changelog, not a list of actions. Its items are not judged as action items, including the few
 * that say what is under way ("Developing …", "team will review …"): they are news, not commitments.
 */
function statusSections(text: string, items: readonly ActionItem[]): Set<unknown> {
  const counts = new Map<unknown, { n: number; done: number }>();
  for (const item of items) {
    if (item.kind !== 'list') continue;
    const c = counts.get(item.section) ?? { n: 0, done: 0 };
    c.n++;
    if (reportsDoneWork(text.slice(item.description.start, item.description.end))) c.done++;
    counts.set(item.section, c);
  }
  const out = new Set<unknown>();
  for (const [section, c] of counts) if (c.n >= 4 && c.done * 2 >= c.n) out.add(section);
  return out;
}

// Items that ask for an inquiry (investigate, explore, consider, 검토, 재점검 …): what ends one is
// a decision, so the rewrite names it and where it is kept. Items that ask for care or a degree
// ("be more careful", "improve alerting", 더 주의, 강화) get none: their end state is a measure or a
// mechanism only the author knows, and any wording we wrote would invent it or leave a blank.
const INQUIRY_EN = /^(?:investigat|look|dig|explor|research|figure|find out|understand|analy[sz]|study|consider|think|evaluat|assess|discuss|revisit|brainstorm|reconsider|review|examin|check|take|have|get a handle|sort out|rethink|poke|spend|ponder|see (?:if|whether)|(?:should|could|need to|needs to|must|will|want to|wants to|plan to|plans to|is going to|are going to|to|let['’]s) )/iu;
const INQUIRY_KO = /(?:검토|검증|점검|조사|분석|논의|협의|고민|고려|파악|모색|연구|타진|살펴보|알아보|들여다보|되짚|짚어\s?보|생각해\s?보|찾아보|알아볼|확인)/u;
const DECISION: Record<'en' | 'ko', { text: string; title: { en: string; ko: string } }> = {
  en: { text: ', and record the decision in this postmortem', title: { en: 'Name the decision that ends it', ko: '끝나는 기준을 결정으로 적기' } },
  ko: { text: ' 후 결정 사항을 이 문서에 기록', title: { en: 'Name the decision that ends it', ko: '끝나는 기준을 결정으로 적기' } },
};

/**
 * The rewrite of an inquiry item: the decision it must produce, recorded where the reader looks,
 * appended at the end of a one-sentence description (before a final period or an owner/ticket
 * left in parentheses). None for other items, or when the description has more than one sentence.
 */
function decisionRewrite(block: string, f: LanguageFinding): Rewrite | undefined {
  const actual = block.slice(f.start, f.end);
  const ko = /[\uac00-\ud7a3]/u.test(actual);
  if (ko ? !((f.id === 'ko.vague.review' || f.id === 'ko.vague.geomto') && INQUIRY_KO.test(actual)) : !INQUIRY_EN.test(actual)) return undefined;
  let end = block.length;
  while (end > 0 && /\s/u.test(block[end - 1])) end--;
  // An owner or ticket the item model took out ("(owner: ￼)") stays last.
  if (block[end - 1] === ')' || block[end - 1] === '）') {
    const open = Math.max(block.lastIndexOf('(', end - 1), block.lastIndexOf('（', end - 1));
    if (open > 0 && block.slice(open, end).includes('\uFFFC')) {
      end = open;
      while (end > 0 && /\s/u.test(block[end - 1])) end--;
    }
  }
  if (block[end - 1] === '.' || block[end - 1] === '。') end--;
  const body = block.slice(0, end);
  if (/[.!?;。]/u.test(body) || body.includes('\uFFFC') || /\bdecision\b|결정/u.test(body) || end <= f.start) return undefined;
  // A description cut short by what the item model took out ("점검 (담당: …" left open, "Owner:"):
  // the end of the words is not the end of the action, and text put there lands inside the owner.
  if (/[:：(（\[]\s*$/u.test(body) || unbalanced(body)) return undefined;
  const d = DECISION[ko ? 'ko' : 'en'];
  return { start: end, end, text: d.text, title: d.title, manual: true };
}

/** Whether brackets open in `text` are left unclosed. */
function unbalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（' || c === '[') depth++;
    else if ((c === ')' || c === '）' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** `vague-action-item`: Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심. */
export const vagueActionItem: Rule = {
  meta: {
    id: 'vague-action-item',
    description: "Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심.",
    tags: ["action-items", "language"],
    defaultSeverity: 'warning',
    fixable: 'manual',
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
    const status = statusSections(ctx.doc.text, items);
    const judged = (item: ActionItem) => !item.done && !status.has(item.section) && !hasDetails(ctx.doc.text, item);
    const open = items.map((item, index) => ({ index, block: judged(item) ? descriptionBlock(ctx.doc, item) : undefined })).filter((x): x is { index: number; block: ProseBlock } => !!x.block);
    // All descriptions in one search: each regex runs once per document, not once per item.
    const texts = open.map((x) => x.block.text);
    const options = { people, config: ctx.config, ignore: ignoredByList(ctx.config, ctx.options, 'vague') };
    const found = vagueWordingIn(texts, options);
    // A rewrite is offered only if the item it writes is no longer vague (a mixed-language item may not read it).
    const resolves = (text: string, r: Rewrite): boolean => vagueWordingIn([text.slice(0, r.start) + r.text + text.slice(r.end)], options)[0].length === 0;
    open.forEach(({ index, block }, i) => {
      for (const f of found[i]) {
        const candidate = decisionRewrite(block.text, f);
        const r = candidate && resolves(block.text, candidate) ? candidate : undefined;
        reportFinding(ctx, block, r ? { ...f, rewrites: [r] } : f, { actionItem: index });
      }
    });
  },
};
