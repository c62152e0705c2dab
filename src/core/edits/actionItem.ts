import type { List, Table } from 'mdast';
import { classifyColumn } from '../model/actionItems';
import type { PostmortemDocument } from '../model/document';
import { endOf, plainText, startOf } from '../model/markdown';
import type { Section } from '../model/sections';
import type { Lang } from '../types';
import { appendSection, blocksIn, indentOf, itemSeparator, lastLeafItem, listItemAt, newListItemLead, sectionContentEnd, type Insertion } from './insert';

/** Options for adding an action item. */
export interface AddActionItemOptions {
  /** Language of a heading the edit has to create (the document's language by default). */
  lang?: Lang;
}

/** Heading of a new action-items section. */
export const ACTION_ITEMS_HEADING: Record<Lang, string> = { en: 'Action Items', ko: '재발 방지 대책' };

/** The section new action items go to: the last one that already has items, else the first. */
function targetSection(doc: PostmortemDocument): Section | undefined {
  const items = doc.actionItems;
  if (items.length) return items[items.length - 1].section;
  return doc.sectionsOf('action-items')[0];
}

/**
 * An action item insertion, also as a VS Code snippet: `snippet` is the inserted text with tab
 * stops for description (1), owner (2), type (3, a choice) and due (4), so Tab walks the row and
 * the owner is not left empty by accident. The placeholders (`@name`, `YYYY-MM-DD`) are template
 * placeholders: left as they are, `template-placeholder` reports them.
 */
export interface ActionItemInsertion extends Insertion {
  snippet: string;
}

const TYPE_CHOICE = '${3|prevent,mitigate,detect,process|}';

/** Escapes literal snippet text. */
function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

/** Owner and type after a list item's description, in the document's language. */
function listFields(lang: Lang): string {
  return lang === 'ko' ? `$1 (담당: \${2:@이름}) [${TYPE_CHOICE}]` : `$1 (owner: \${2:@name}) [${TYPE_CHOICE}]`;
}

/** An insertion that ends where the description goes (a list item), with its snippet. */
function withListSnippet(ins: Insertion, lang: Lang): ActionItemInsertion {
  const e = ins.edits[0];
  return { ...ins, snippet: e ? snippetEscape(e.newText) + listFields(lang) : listFields(lang) };
}

/** A new table row after the table's last row, with the cursor in the description column. */
function tableRow(doc: PostmortemDocument, table: Table): ActionItemInsertion {
  const header = table.children[0];
  const last = table.children[table.children.length - 1];
  const columns = header.children.map((c) => classifyColumn(plainText(c)));
  let descCol = columns.indexOf('description');
  if (descCol < 0) descCol = Math.max(0, columns.indexOf('other'));
  const lastLine = doc.text.slice(startOf(last), endOf(last));
  const indent = indentOf(doc, last);
  // Match the table's outer pipes: "| a | b |" or "a | b".
  const leading = lastLine.trimStart().startsWith('|');
  const trailing = lastLine.trimEnd().endsWith('|');
  const owner = doc.language === 'ko' ? '@이름' : '@name';
  let row = indent + (leading ? '|' : '');
  let snippet = snippetEscape(row);
  let cursorInRow = 0;
  columns.forEach((col, i) => {
    if (i > 0 || leading) {
      row += ' ';
      snippet += ' ';
    }
    if (i === descCol) {
      cursorInRow = row.length;
      snippet += '$1';
    } else if (col === 'owner') snippet += `\${2:${owner}}`;
    else if (col === 'type') snippet += TYPE_CHOICE;
    else if (col === 'due') snippet += '${4:YYYY-MM-DD}';
    const sep = i < columns.length - 1 || trailing ? ' |' : '';
    row += sep;
    snippet += sep;
  });
  // After the table, not after its last row: a header-only table ends with the delimiter row.
  const at = endOf(table);
  const eol = doc.lines.eol;
  return { edits: [{ start: at, end: at, newText: eol + row }], cursor: at + eol.length + cursorInRow, snippet: snippetEscape(eol) + snippet + '$0' };
}

/** A new list item after the list's last (leaf) item, in the same style. */
function listItem(doc: PostmortemDocument, list: List): Insertion | undefined {
  const leaf = lastLeafItem(list);
  if (!leaf) return undefined;
  return itemAfter(doc, leaf.list, leaf.item);
}

function itemAfter(doc: PostmortemDocument, list: List, item: List['children'][number]): Insertion {
  const at = endOf(item);
  const newText = itemSeparator(doc, list) + newListItemLead(doc, list, item);
  return { edits: [{ start: at, end: at, newText }], cursor: at + newText.length };
}

/**
 * The edit that adds an empty action item, matching the document's style: a table row (cursor in
 * the description cell) or a list / checklist item (cursor after the marker) after the last
 * action item. A section without items gets a checklist item; a document without an action-items
 * section gets one at the end, headed in the document's language. Never throws.
 */
export function addActionItemInsertion(doc: PostmortemDocument, options: AddActionItemOptions = {}): ActionItemInsertion {
  const lang = options.lang ?? doc.language;
  const section = targetSection(doc);
  if (!section) return withListSnippet(appendSection(doc, ACTION_ITEMS_HEADING[lang], '- [ ] '), doc.language);

  const items = doc.actionItems.filter((i) => i.section === section);
  const last = items[items.length - 1];
  if (last?.kind === 'list') {
    const found = listItemAt(doc, last.start);
    if (found) return withListSnippet(itemAfter(doc, found.list, found.item), doc.language);
  }
  const blocks = blocksIn(doc, section);
  const block = last ? blocks.find((b) => startOf(b) <= last.start && last.end <= endOf(b)) : blocks[blocks.length - 1];
  if (block?.type === 'table' && block.children.length > 0) return tableRow(doc, block);
  if (block?.type === 'list') {
    const ins = listItem(doc, block);
    if (ins) return withListSnippet(ins, doc.language);
  }
  const at = sectionContentEnd(doc, section);
  const eol = doc.lines.eol;
  const newText = `${eol}${eol}- [ ] `;
  return withListSnippet({ edits: [{ start: at, end: at, newText }], cursor: at + newText.length }, doc.language);
}
