/**
 * Action items, owners (issue 7, session 13): tables and lists of DATA inside a follow-up section, which are not work items.
 *
 * Kind (one line): a block whose every entry is a single datum — one token (a host, a bucket, a query or resource name, a
 * code span, a bold category label, an empty cell) — and no words of a task. A task needs words (a verb and what it acts
 * on); a row or bullet that is one identifier names a thing the prose around it talks about ("the following operations
 * were left open:", "Namely:", "삭제한 버킷은 다음과 같습니다:").
 *
 * - A table is data when every body cell holds at most one token (or nothing), it has at least two body rows, and no header
 *   cell names a work column (action, task, owner, status, due …; 조치, 작업, 담당, 상태, 기한 …).
 * - A list is data when every item is one datum (no checkbox, no sub-list, one paragraph without blanks, or only code spans)
 *   and the paragraph right before it leads into it with a colon without planning work (no "will", "should", "need to",
 *   "plan", "next", "action", "todo" …; Korean: a descriptive or past ending, "… 다음과 같습니다:", "… 삭제했습니다:", no
 *   예정/계획/필요/해야/하겠). A bare label ("Action items:") or a plan ("We will rename:") still leads into items.
 *
 * Pure tests on mdast nodes, used by `actionItems.ts` (fromBlocks) before a block of an action-items area is read.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Table } from 'mdast';
import { plainText } from './markdown';
import { trimEndChars, trimStartChars } from '../text';

// A header cell that names a column of work: what to do, who, when, how far along.
const WORK_COLUMN = /\b(?:actions?|action[ \t]items?|tasks?|items?|todos?|to[ \t]do|follow[ \t-]?ups?|owners?|assignees?|dri|who|status|state|due|deadline|eta|target|priority|ticket|issue|description|what|next|steps?|remediation|fix|plan)\b|조치|작업|과제|항목|담당|책임|상태|진행|기한|마감|일정|우선|내용|할[ \t]?일|계획|대책|개선|후속|티켓|이슈/iu;

// A datum: one token after emphasis marks and a closing comma or semicolon. At most 80 characters, with a letter or digit.
const ONE_TOKEN = /^[^\s]{1,80}$/u;

function datumText(text: string): string {
  return trimEndChars(trimStartChars(text.replace(/\s+/g, ' ').trim(), '*_'), '*_').replace(/[,;.]$/u, '').trim();
}

/** Whether a cell's or item's text is at most one token. */
function oneToken(text: string): boolean {
  const t = datumText(text);
  return !t || (ONE_TOKEN.test(t) && /[\p{L}\p{N}]/u.test(t));
}

/** Whether a paragraph is made only of code spans (and commas or blanks between them): `COPYRIGHT_QUERY`, `a`, `b`. */
function onlyCode(p: Paragraph): boolean {
  let code = 0;
  for (const c of p.children as PhrasingContent[]) {
    if (c.type === 'inlineCode') code++;
    else if (c.type === 'text' && /^[\s,;/]*$/u.test(c.value)) continue;
    else return false;
  }
  return code > 0;
}

/** Whether a list item is one datum: one paragraph, no checkbox, no sub-list, one token or only code spans. */
function datumItem(li: ListItem): boolean {
  if (li.checked === true || li.checked === false || li.children.length !== 1) return false;
  const p = li.children[0];
  if (p.type !== 'paragraph') return false;
  const t = datumText(plainText(p));
  return !!t && (onlyCode(p) || (ONE_TOKEN.test(t) && /[\p{L}\p{N}]/u.test(t)));
}

// What plans or asks for work in a lead-in (English): a future, an obligation, a plan or a work noun.
const PLANS_EN = /\b(?:will|won't|shall|should|must|need|needs|needed[ \t]to|have[ \t]to|has[ \t]to|going[ \t]to|plan|plans|planned|planning|intend|intends|want[ \t]to|wants[ \t]to|let's|lets|next|todo|to[ \t]do|actions?|action[ \t]items?|tasks?|follow[ \t-]?ups?|steps|remaining|propose|proposed|recommend|recommended|suggest|suggested|consider|ensure|please)\b|'ll\b/iu;
// Short leads that only point at the list: "Namely:", "Specifically:", "For example:", "Including:", "e.g.:".
const POINTER_LEAD_EN = /^(?:namely|specifically|for[ \t]example|for[ \t]instance|e\.g\.?|i\.e\.?|including|such[ \t]as|these[ \t]were|these[ \t]are|they[ \t]are|they[ \t]were)[ \t]{0,2}[:：]$/iu;
// A Korean lead that describes or reports (not a plan): "… 다음과 같습니다:", "… 삭제했습니다:", "… 목록입니다:".
const DESCRIBES_KO = /(?:같습니다|같다|같음|입니다|이다|였습니다|었습니다|았습니다|했습니다|했다|됐습니다|되었습니다|됐다|되었다|였다|었다|았다|있습니다|있다|있었습니다|있었다)[ \t.]{0,2}[:：]$/u;
const PLANS_KO = /예정|계획|필요|해야|하겠|할[ \t]?것|하기로|추진|진행할|조치|과제|대책|후속|권장|바랍니다|주세요/u;

/** Whether a paragraph leads into the list under it as a set of things, without planning work. */
export function leadsIntoData(lead: Nodes | undefined): boolean {
  if (!lead || lead.type !== 'paragraph') return false;
  const t = plainText(lead).replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (!t || t.length > 600 || !/[:：]$/u.test(t)) return false;
  // The sentence that leads in (with the one before it when it is only a pointer, "… . Namely:"): earlier sentences of the
  // paragraph may report the work done ("Immediate corrective action was taken …") and do not decide what the list is.
  const sentences = t.split(/(?<=[.!?。])\s+/u).filter((x) => x.trim());
  const last = (sentences.pop() ?? t).trim();
  const pointer = POINTER_LEAD_EN.test(last);
  const leadIn = pointer ? `${sentences.pop() ?? ''} ${last}`.trim() : last;
  if (/[\uac00-\ud7a3]/u.test(last)) return DESCRIBES_KO.test(last) && !PLANS_KO.test(last);
  if (PLANS_EN.test(leadIn)) return false;
  // A sentence (four words or more) or a pointer; a bare label ("Buckets:", "Action items:") is not enough.
  return pointer || leadIn.split(' ').length >= 4;
}

/** Whether a list of an action-items area is a list of data: every item one datum, under a lead that does not plan work. */
export function listOfData(lead: Nodes | undefined, list: List): boolean {
  return list.children.length >= 2 && list.children.every(datumItem) && leadsIntoData(lead);
}

/** Whether a table of an action-items area is a table of data: one token per cell, no work column, two rows or more. */
export function tableOfData(table: Table): boolean {
  const [head, ...body] = table.children;
  if (!head || body.length < 2) return false;
  if (head.children.some((c) => WORK_COLUMN.test(plainText(c)))) return false;
  let filled = 0;
  for (const row of body) {
    for (const cell of row.children) {
      const t = plainText(cell);
      if (!oneToken(t)) return false;
      if (datumText(t)) filled++;
    }
  }
  return filled >= body.length;
}
