/**
 * Review questions the document answers (session 18, lang-en). A post-mortem's own questions, "# Why Didn't We
 * Know Sooner?", "1. Why didn't we detect the issue?", "**Why wasn't it detected earlier?**", each followed by the
 * paragraph that answers it, are the review asking about its conditions, not hindsight or blame: the language rules
 * do not report them. Only such a question standing on its own (a heading, a list item or a bold line that is the
 * whole question) with an answer under it (the next prose block is a paragraph that is not another question), and
 * only when the question is about the team, nobody in particular or a thing ("we", "anyone", "it", "the alert"):
 * "## Why didn't the on-call engineer check the logs?" or a rhetorical "Why didn't anyone check the logs?" inside a
 * paragraph of running prose is still read as before.
 */
import type { ProseBlock } from './model/prose';
import { phraseKind, type People } from './people';

const EN_QUESTION = /^(?:why|how)(?: on earth| exactly)? (?:did|didn['’]t|do|don['’]t|does|doesn['’]t|could|couldn['’]t|would|wouldn['’]t|should|shouldn['’]t|was|wasn['’]t|were|weren['’]t|had|hadn['’]t|has|hasn['’]t|have|haven['’]t|is|isn['’]t|are|aren['’]t)(?: not)? ([\p{L}'’-]{1,30})(?: ([\p{L}'’-]{1,30}))?(?: ([\p{L}'’-]{1,30}))?[^?\n]{0,200}\?$/iu;
// Words that make the question about the team, nobody in particular, or a thing.
const EN_ABOUT_US = /^(?:we|i|us|it|this|that|these|those|there|anyone|anybody|nobody|no|none|everyone|everybody)$/iu;
const EN_DETERMINER = /^(?:the|our|a|an|this|that|these|those|its|their)$/iu;
// A Korean question: "왜 …?" (optionally "1." before it); about a person when it names a role or an honorific.
const KO_QUESTION = /^왜 [^?\n]{1,200}\?$/u;
const KO_PERSON = /담당자|엔지니어|개발자|운영자|관리자|작업자|당직자|팀장|대리|과장|부장|[가-힣]님|[가-힣]씨(?:가|는|의)?\s/u;

/** Whether a question (the block's whole text) asks about the team, nobody in particular or a thing. */
export function reviewQuestionAboutConditions(question: string, people?: People): boolean {
  const q = question.trim();
  if (KO_QUESTION.test(q)) return !KO_PERSON.test(q);
  const m = EN_QUESTION.exec(q);
  if (!m) return false;
  const w1 = m[1];
  if (EN_ABOUT_US.test(w1)) return true;
  if (!EN_DETERMINER.test(w1) || !m[2]) return false;
  // "the alert", "our monitoring", "the disk usage alert": a thing ("the on-call engineer", "our reviewer": a person).
  const np = m[3] && !/^(?:not|never|been|be|get|got)$/iu.test(m[3]) ? `${m[2]} ${m[3]}` : m[2];
  return phraseKind(np, people) === 'thing' && phraseKind(m[2], people) === 'thing';
}

/** A block's whole text is one question. */
function questionOnly(text: string): boolean {
  const t = text.trim();
  return t.length <= 240 && /\?$/u.test(t) && !/[.!?。](?=\s)/u.test(t.slice(0, -1)) && (EN_QUESTION.test(t) || KO_QUESTION.test(t));
}

/** The question stands on its own: a heading, a list item, or a bold line. */
function standsAlone(text: string, block: ProseBlock): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  const prefix = text.slice(lineStart, block.start);
  if (/^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?$/u.test(prefix)) return true;
  let lineEnd = text.indexOf('\n', block.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  return /^(?:\*\*|__)[^\n]{1,240}\?(?:\*\*|__)$/u.test(line) && line.length - 4 <= block.text.trim().length + 2;
}

/**
 * Whether block `i` is a review question the document answers about the team or a thing (see the module comment):
 * the language rules report nothing in it. `blocks` are the document's prose blocks in order.
 */
export function answeredReviewQuestion(text: string, blocks: readonly ProseBlock[], i: number, people?: People): boolean {
  const b = blocks[i];
  if (!b || !questionOnly(b.text) || !standsAlone(text, b)) return false;
  // The answer comes right after the question: the next prose block, a paragraph that is not another question (a
  // heading in between would be that next block).
  const next = blocks[i + 1];
  if (!next || next.kind !== 'paragraph' || next.start < b.end || questionOnly(next.text)) return false;
  return reviewQuestionAboutConditions(b.text, people);
}
