/**
 * "Create Action Item from Cause": a draft action item that quotes a 5-whys answer, in the style of
 * the document's action items (the "Add Action Item" insertion does the styling), with tab stops
 * for what, owner and type.
 */
import type { Table, TableRow } from 'mdast';
import { applyFixes } from '../fix';
import { textLang } from '../fiveWhysEdits';
import { answerText, type AnswerParts } from '../fiveWhysReview';
import { trimEndChars } from '../text';
import { classifyColumn, cellContent } from '../model/actionItems';
import { parseDocument, type PostmortemDocument } from '../model/document';
import { endOf, plainText, startOf, walk } from '../model/markdown';
import type { Lang, TextEdit } from '../types';
import { addActionItemInsertion } from './actionItem';
import { lintDocument } from '../lint';
import { vagueActionItem } from '../rules/vague-action-item';

/** The edit, and what to select afterwards (offsets in the edited text): the owner field. */
export interface CauseActionItem {
  edits: TextEdit[];
  /** The draft description (the "what" to replace), selected first. */
  selection: { start: number; end: number };
  /** The description written. */
  description: string;
  /** The type picked from the cause. */
  type: CauseActionType;
  /**
   * The same insertion as a VS Code snippet: `text` replaces [start, end) of the original text,
   * with tab stops for what (1, selected), owner (2) and type (3, a choice).
   */
  snippet: { start: number; end: number; text: string };
}

/** The kinds of action item a cause suggests. */
export type CauseActionType = 'prevent' | 'detect' | 'mitigate';

/** Causes about noticing: a missing alert, no monitoring, a dashboard nobody watched. */
const DETECT_CAUSE = /\b(?:alert(?:s|ing|ed)?|alarm(?:s|ed)?|monitor(?:s|ing|ed)?|observability|dashboards?|paged|paging|on-?call was not|noticed?|detect(?:s|ed|ion)?|metrics?|health ?checks?)\b|알림|알람|경보|모니터링|감시|탐지|감지|대시보드|지표|메트릭|헬스 ?체크|인지하지|알아차리지|몰랐/iu;
/** Causes about getting back: a slow or failed rollback, a long restore, no failover. */
const MITIGATE_CAUSE = /\b(?:roll(?:ed|ing)? ?back|rollbacks?|revert(?:s|ed|ing)?|restor(?:e|es|ed|ing)|recover(?:y|ed|ing)?|failover|fail over|mitigat(?:e|ed|ion))\b|롤백|되돌리|복구|복원|페일오버|장애 조치|완화/iu;

/** The type of action item a cause calls for: a detection gap → detect, a slow recovery → mitigate, else prevent. */
export function causeActionType(cause: string): CauseActionType {
  if (DETECT_CAUSE.test(cause)) return 'detect';
  if (MITIGATE_CAUSE.test(cause)) return 'mitigate';
  return 'prevent';
}

/** The draft "what" of an action item of each type: to be replaced, marked TODO so it cannot pass for done. */
const DRAFT_WHAT: Record<CauseActionType, Record<Lang, string>> = {
  prevent: { en: 'TODO: the change that prevents this', ko: 'TODO: 재발을 막을 변경' },
  detect: { en: 'TODO: the alert or check that catches this', ko: 'TODO: 이를 알아챌 알림이나 점검' },
  mitigate: { en: 'TODO: the change that makes recovery faster', ko: 'TODO: 복구를 앞당길 변경' },
};

/** The cause as an action item quotes it (so the 5 Whys view links the two). */
function causeQuote(cause: string, lang: Lang): string {
  const quoted = `“${cause.replace(/\s+/gu, ' ').trim()}”`;
  return lang === 'ko' ? `원인: ${quoted}` : `cause: ${quoted}`;
}

/** The description of an action item created from a cause: a draft "what" to replace, then the cause quoted. */
export function causeDescription(cause: string, lang: Lang, type: CauseActionType = causeActionType(cause)): string {
  return `${DRAFT_WHAT[type][lang]} (${causeQuote(cause, lang)})`;
}

/** Type values as a document writes them. */
const TYPE_WORDS: Record<CauseActionType, Record<Lang, string>> = {
  prevent: { en: 'prevent', ko: '예방' },
  detect: { en: 'detect', ko: '탐지' },
  mitigate: { en: 'mitigate', ko: '완화' },
};

// Private-use characters mark the tab stops while the text is built; they never occur in a document's edit.
const S1 = '\ue001';
const E1 = '\ue002';
const S2 = '\ue003';
const E2 = '\ue004';
const T3 = '\ue005';
const MARKS = /[\ue001-\ue005]/u;

/** Escapes literal snippet text. */
function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/gu, (c) => `\\${c}`);
}
/** The one edit that turns `before` into `after`: the changed middle (everything else is shared). */
function diffEdit(before: string, after: string): TextEdit {
  let s = 0;
  const max = Math.min(before.length, after.length);
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  return { start: s, end: before.length - e, newText: after.slice(s, after.length - e) };
}

/** The table and row that hold `offset`, when it lies in a table. */
function rowAt(doc: PostmortemDocument, offset: number): { table: Table; row: TableRow } | undefined {
  let found: { table: Table; row: TableRow } | undefined;
  walk(doc.root, (node) => {
    if (found) return false;
    if (node.type !== 'root' && (startOf(node) > offset || endOf(node) < offset)) return false;
    if (node.type === 'table') {
      const row = node.children.find((r) => startOf(r) <= offset && offset <= endOf(r));
      if (row) found = { table: node, row };
      return false;
    }
    return;
  });
  return found;
}

/** Where to type into an empty cell: one blank in from its left pipe, when it has room. */
function emptyCellCursor(text: string, cell: { start: number; end: number }): number {
  return text[cell.start] === ' ' && cell.end > cell.start + 1 ? cell.start + 1 : cell.start;
}

/**
 * The action item for a cause, appended after the last action item (a table row or list item in
 * the same style; the section is created when missing). Its description is a draft: a "TODO: …"
 * what to replace (selected), then the cause quoted, so the 5 Whys view links the two. The type
 * comes from the cause (`causeActionType`): in a type column of a table, or as `[type]` after a
 * list item. The owner is `@name` / `@이름`, a template placeholder to type over. `snippet` is the
 * same insertion with tab stops for what, owner and type. Nothing written is flagged by
 * `vague-action-item`: a cause whose quote would be is left out. One edit; never throws.
 */
export function actionItemFromCause(doc: PostmortemDocument, node: AnswerParts, options: { lang?: Lang } = {}): CauseActionItem {
  const lang = options.lang ?? textLang(node.text, doc.language);
  const cause = trimEndChars(answerText(node), '.。');
  const type = causeActionType(cause);
  const withQuote = build(doc, lang, type, causeDescription(cause, lang, type));
  if (!flagsVague(withQuote, doc)) return withQuote;
  return build(doc, lang, type, DRAFT_WHAT[type][lang]);
}

/** Whether vague-action-item flags anything in the inserted text. */
function flagsVague(item: CauseActionItem, doc: PostmortemDocument): boolean {
  const after = parseDocument(applyFixes(doc.text, [item.edits]).text, doc.options);
  const edit = item.edits[0];
  const from = edit?.start ?? 0;
  const to = from + (edit?.newText.length ?? 0);
  return lintDocument(after, { rules: [vagueActionItem] }).some((f) => f.start < to && f.end > from);
}

function build(doc: PostmortemDocument, lang: Lang, type: CauseActionType, description: string): CauseActionItem {
  const docLang = doc.language;
  const insertion = addActionItemInsertion(doc, { lang: docLang });
  const added = applyFixes(doc.text, [insertion.edits]).text;
  const at = insertion.cursor;
  // "Add Action Item" appends a row at the very end of a table; anything else is a list item.
  const from = insertion.edits[0]?.start ?? -1;
  let inTable = false;
  walk(doc.root, (n) => {
    if (inTable || (n.type !== 'root' && endOf(n) < from)) return false;
    if (n.type === 'table' && endOf(n) === from) inTable = true;
    return;
  });
  // A pipe would split the table cell.
  const desc = inTable ? description.replace(/(?<!\\)\|/gu, '\\|') : description;
  const whatLen = DRAFT_WHAT[type][lang].length;
  const typeWord = TYPE_WORDS[type][docLang];
  const ownerWord = docLang === 'ko' ? '@이름' : '@name';
  let text = added.slice(0, at) + S1 + desc.slice(0, whatLen) + E1 + desc.slice(whatLen) + added.slice(at);
  const descEnd = at + desc.length + 2;

  let placed = false;
  let typed = false;
  const found = inTable ? rowAt(parseDocument(text, doc.options), at) : undefined;
  if (found) {
    const columns = found.table.children[0].children.map((c) => classifyColumn(plainText(c)));
    const typeIdx = columns.indexOf('type');
    const ownerIdx = columns.indexOf('owner');
    const cells = found.row.children.map((c) => cellContent(text, c));
    // Fill from the right, so the offsets of the cells to the left stay valid.
    const fills: { at: number; value: string }[] = [];
    const typeSpan = cells[typeIdx];
    if (typeSpan && !typeSpan.text) fills.push({ at: emptyCellCursor(text, typeSpan), value: T3 + typeWord + T3 });
    typed = typeIdx >= 0;
    const ownerSpan = cells[ownerIdx];
    if (ownerSpan && !ownerSpan.text) fills.push({ at: emptyCellCursor(text, ownerSpan), value: S2 + ownerWord + E2 });
    fills.sort((a, b) => b.at - a.at);
    for (const f of fills) text = text.slice(0, f.at) + f.value + text.slice(f.at);
    placed = ownerIdx >= 0;
  }
  if (!placed) {
    const tag = typed ? '' : ` [${T3}${typeWord}${T3}]`;
    const field = (docLang === 'ko' ? ` (담당: ${S2}${ownerWord}${E2})` : ` (owner: ${S2}${ownerWord}${E2})`) + tag;
    text = text.slice(0, descEnd) + field + text.slice(descEnd);
  }
  const diff = diffEdit(doc.text, text);
  const middle = diff.newText;
  const plain = middle.replace(/[\ue001-\ue005]/gu, '');
  const s1 = diff.start + middle.indexOf(S1);
  const e1 = s1 + (middle.indexOf(E1) - middle.indexOf(S1) - 1);
  const choices = (Object.keys(TYPE_WORDS) as CauseActionType[]).map((k) => TYPE_WORDS[k][docLang]);
  const ordered = [typeWord, ...choices.filter((c) => c !== typeWord), ...(docLang === 'ko' ? ['절차'] : ['process'])];
  // The marks come in pairs (S1…E1, S2…E2, T3…T3); read with indexOf, not a backtracking regex.
  let snippetText = '';
  for (let i = 0; i < middle.length; ) {
    const open = middle.slice(i).search(MARKS);
    if (open < 0) {
      snippetText += snippetEscape(middle.slice(i));
      break;
    }
    const o = i + open;
    snippetText += snippetEscape(middle.slice(i, o));
    const mark = middle[o];
    const closer = mark === S1 ? E1 : mark === S2 ? E2 : T3;
    const c = middle.indexOf(closer, o + 1);
    const inner = middle.slice(o + 1, c < 0 ? middle.length : c);
    if (mark === S1) snippetText += `\${1:${snippetEscape(inner)}}`;
    else if (mark === S2) snippetText += `\${2:${snippetEscape(inner)}}`;
    else snippetText += `\${3|${ordered.join(',')}|}`;
    i = c < 0 ? middle.length : c + 1;
  }
  return {
    edits: [{ start: diff.start, end: diff.end, newText: plain }],
    selection: { start: s1, end: e1 },
    description: desc.replace(/\\\|/gu, '|'),
    type,
    snippet: { start: diff.start, end: diff.end, text: snippetText },
  };
}
