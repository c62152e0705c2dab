/**
 * "Create Action Item from Cause": an action item that quotes a 5-whys answer, in the style of
 * the document's action items (the "Add Action Item" insertion does the styling), with the
 * cursor in its owner field.
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

/** The edit, and what to select afterwards (offsets in the edited text): the owner field. */
export interface CauseActionItem {
  edits: TextEdit[];
  /** Where the owner goes: an empty cell (start = end) or a placeholder to type over. */
  selection: { start: number; end: number };
  /** The description written. */
  description: string;
}

/** The description of an action item created from a cause: the cause quoted, so the view links the two. */
export function causeDescription(cause: string, lang: Lang): string {
  const quoted = `“${cause.replace(/\s+/gu, ' ').trim()}”`;
  return lang === 'ko' ? `근본 원인 해결: ${quoted}` : `Fix root cause: ${quoted}`;
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
 * The action item for a cause: appended after the last action item (a table row or list item in
 * the same style; the section is created when missing), its description quoting the cause
 * ("Fix root cause: “…”" / "근본 원인 해결: “…”"), its type `prevent` / `예방` when the table has
 * an empty type column, and the selection on its owner: the owner cell of a table, else an
 * "(owner: TBD)" / "(담당: 미정)" placeholder to type over (the owner rule flags it until then).
 * One edit, so applying it is one undo step. Never throws.
 */
export function actionItemFromCause(doc: PostmortemDocument, node: AnswerParts, options: { lang?: Lang } = {}): CauseActionItem {
  const lang = options.lang ?? textLang(node.text, doc.language);
  const insertion = addActionItemInsertion(doc, { lang: doc.language });
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
  let description = causeDescription(trimEndChars(answerText(node), '.。'), lang);
  // A pipe would split the table cell.
  if (inTable) description = description.replace(/(?<!\\)\|/gu, '\\|');
  let text = added.slice(0, at) + description + added.slice(at);
  const descEnd = at + description.length;

  let selection: { start: number; end: number } | undefined;
  const found = inTable ? rowAt(parseDocument(text, doc.options), at) : undefined;
  if (found) {
    const columns = found.table.children[0].children.map((c) => classifyColumn(plainText(c)));
    const typeIdx = columns.indexOf('type');
    const ownerIdx = columns.indexOf('owner');
    const cells = found.row.children.map((c) => cellContent(text, c));
    const typeSpan = cells[typeIdx];
    let shift = 0;
    if (typeSpan && !typeSpan.text) {
      // The cause is why it happened; the item that removes it is a prevention measure.
      const value = doc.language === 'ko' ? '예방' : 'prevent';
      const pos = emptyCellCursor(text, typeSpan);
      text = text.slice(0, pos) + value + text.slice(pos);
      shift = value.length;
    }
    const cell = cells[ownerIdx];
    if (cell) {
      // Cells after the type cell moved by what went into it.
      const moved = ownerIdx > typeIdx ? shift : 0;
      const c = { start: cell.start + moved, end: cell.end + moved };
      const pos = cell.text ? c.start : emptyCellCursor(text, c);
      selection = { start: pos, end: cell.text ? c.end : pos };
    }
  }
  if (!selection) {
    const placeholder = lang === 'ko' ? '미정' : 'TBD';
    const field = lang === 'ko' ? ` (담당: ${placeholder})` : ` (owner: ${placeholder})`;
    text = text.slice(0, descEnd) + field + text.slice(descEnd);
    const start = descEnd + field.length - 1 - placeholder.length;
    selection = { start, end: start + placeholder.length };
  }
  return { edits: [diffEdit(doc.text, text)], selection, description };
}
