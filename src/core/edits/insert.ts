import type { List, ListItem, Nodes, Table } from 'mdast';
import type { PostmortemDocument } from '../model/document';
import { endOf, startOf, walk } from '../model/markdown';
import type { Section } from '../model/sections';
import type { TextEdit } from '../types';

/** An edit that adds something, and where the cursor goes afterwards. */
export interface Insertion {
  edits: TextEdit[];
  /** Offset of the cursor in the text *after* the edits (where the person types next). */
  cursor: number;
}

/** Builds an insertion of `newText` at `at` with the cursor `cursorInText` units into it. */
export function insertionAt(at: number, newText: string, cursorInText = newText.length): Insertion {
  return { edits: [{ start: at, end: at, newText }], cursor: at + cursorInText };
}

/** Offset where the line holding `offset` starts (after a BOM on line 1). */
export function lineStartAt(doc: PostmortemDocument, offset: number): number {
  const line = doc.lines.position(offset).line;
  return line === 1 && doc.hasBom ? 1 : doc.lines.offset(line);
}

/** The text between the start of a node's line and the node: its indentation (and quote markers). */
export function indentOf(doc: PostmortemDocument, node: Nodes): string {
  const s = startOf(node);
  const prefix = doc.text.slice(lineStartAt(doc, s), s);
  // Only blanks and quote markers can be repeated on a new line; anything else becomes spaces.
  return /^[ \t>]*$/.test(prefix) ? prefix : prefix.replace(/[^ \t>]/g, ' ');
}

/** Tables and lists anywhere inside a section's range, in document order (outermost first). */
export function blocksIn(doc: PostmortemDocument, section: Section): (Table | List)[] {
  const out: (Table | List)[] = [];
  for (const node of doc.nodesIn(section)) {
    if (node.type === 'table' || node.type === 'list') out.push(node);
  }
  return out;
}

/** The list that directly holds the list item starting at `offset`, and the item. */
export function listItemAt(doc: PostmortemDocument, offset: number): { list: List; item: ListItem } | undefined {
  let found: { list: List; item: ListItem } | undefined;
  walk(doc.root, (node, parent) => {
    if (found) return false;
    if (endOf(node) < offset || (node.type !== 'root' && startOf(node) > offset)) return false;
    if (node.type === 'listItem' && parent?.type === 'list' && startOf(node) === offset) found = { list: parent, item: node };
    return;
  });
  return found;
}

/** The last list item of a list, following nested lists of a trailing group item ("단기:" + sub-list). */
export function lastLeafItem(list: List): { list: List; item: ListItem } | undefined {
  const item = list.children[list.children.length - 1];
  if (!item) return undefined;
  const nested = item.children[item.children.length - 1];
  const onlyLabel = item.children.length === 2 && item.children[0].type === 'paragraph' && nested?.type === 'list';
  if (onlyLabel && nested.type === 'list') return lastLeafItem(nested) ?? { list, item };
  return { list, item };
}

/** The marker a new item after `item` gets: the same bullet, or the next number with the same delimiter. */
export function nextMarker(doc: PostmortemDocument, list: List, item: ListItem): string {
  const s = startOf(item);
  const m = /^(?:([-*+])|(\d{1,9})([.)]))/.exec(doc.text.slice(s, s + 12));
  if (!m) return list.ordered ? '1.' : '-';
  if (m[1]) return m[1];
  return `${Number(m[2]) + 1}${m[3]}`;
}

/** The text of a new list item's line start after `item` in `list`: indentation, marker and checkbox. */
export function newListItemLead(doc: PostmortemDocument, list: List, item: ListItem): string {
  const checkbox = item.checked === true || item.checked === false ? '[ ] ' : '';
  return `${indentOf(doc, item)}${nextMarker(doc, list, item)} ${checkbox}`;
}

/** The line breaks that separate a new item from the one before: a blank line in a loose list. */
export function itemSeparator(doc: PostmortemDocument, list: List): string {
  const eol = doc.lines.eol;
  return list.spread ? eol + eol : eol;
}

/** Where new content of a section goes: after its last non-blank content, or after the heading. */
export function sectionContentEnd(doc: PostmortemDocument, section: Section): number {
  let end = section.contentStart;
  for (const node of doc.nodesIn(section)) end = Math.max(end, endOf(node));
  return end;
}

/** The heading depth a new top-level section should get: that of the document's recognised sections. */
export function sectionDepth(doc: PostmortemDocument): number {
  const known = doc.sections.filter((s) => s.kind !== undefined);
  if (known.length === 0) return doc.sections.length > 1 ? doc.sections[1].depth : 2;
  return Math.min(...known.map((s) => s.depth));
}

/**
 * An insertion that appends a new section at the end of the document: blank lines as needed, the
 * heading, a blank line and `body`; the cursor at the end of the body.
 */
export function appendSection(doc: PostmortemDocument, heading: string, body: string): Insertion {
  const eol = doc.lines.eol;
  const text = doc.text;
  let end = text.length;
  let lead: string;
  const content = text.slice(doc.hasBom ? 1 : 0).trim();
  if (content === '') {
    lead = '';
    end = doc.hasBom ? 1 : 0;
  } else if (/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(text.slice(-6))) lead = '';
  else if (/(?:\r\n|\n|\r)$/.test(text)) lead = eol;
  else lead = eol + eol;
  const newText = `${lead}${'#'.repeat(sectionDepth(doc))} ${heading}${eol}${eol}${body}`;
  return { edits: [{ start: end, end: text.length, newText }], cursor: end + newText.length };
}

/**
 * The line that closes a top-level block left open to the end of the text (a code fence, an HTML
 * comment or raw block), undefined when the block is closed (or is not such a block), null when
 * closing it would change what it says.
 */
function closerOf(doc: PostmortemDocument, node: Nodes): string | null | undefined {
  const src = doc.text.slice(startOf(node), endOf(node));
  if (node.type === 'code') {
    const open = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(src);
    if (!open) return undefined;
    const fence = open[1];
    const lines = src.split(/\r\n|\n|\r/);
    const last = lines[lines.length - 1].trim();
    const closed = lines.length >= 2 && last.length >= fence.length && [...last].every((c) => c === fence[0]);
    return closed ? undefined : fence;
  }
  if (node.type === 'html') {
    const v = node.value;
    if (/^[ \t]{0,3}<!--/.test(v)) {
      if (v.includes('-->')) return undefined;
      // Closed, a comment that holds a suppression directive would start to silence findings.
      return v.includes('postmortem-lint-') ? null : '-->';
    }
    const raw = /^[ \t]{0,3}<(script|pre|style|textarea)\b/i.exec(v);
    if (raw) {
      const end = `</${raw[1].toLowerCase()}>`;
      return v.toLowerCase().includes(end) ? undefined : end;
    }
    if (/^[ \t]{0,3}<\?/.test(v)) return v.includes('?>') ? undefined : '?>';
    if (/^[ \t]{0,3}<!\[CDATA\[/.test(v)) return v.includes(']]>') ? undefined : ']]>';
    if (/^[ \t]{0,3}<![A-Za-z]/.test(v)) return v.includes('>') ? undefined : '>';
  }
  return undefined;
}

/** A place to insert new blocks, and the line that must come first to close a block left open. */
export interface SafeInsertion {
  at: number;
  /**
   * A closing line (`~~~`, `-->`) to put on its own line before the new blocks, or "". An
   * unclosed fence or comment swallows everything after it: a heading appended after it would be
   * hidden, and one put before it would take the block away from the section that holds it.
   */
  close: string;
}

/**
 * A place to insert new blocks (headings) at or before `at` that is outside any block: never
 * inside a code block, an HTML block or comment, a table, or the front matter. A closed block
 * that contains `at` moves the insertion to the start of its line; a top-level fence or comment
 * left open to the end of the text is closed first (at the end of the text, where it ends now),
 * so the new blocks come after it without changing what it holds. Undefined when there is no
 * such place (a comment left open that would become a suppression directive once closed).
 */
export function safeInsertion(doc: PostmortemDocument, at: number): SafeInsertion | undefined {
  const bodyStart = doc.frontMatter?.end ?? (doc.hasBom ? 1 : 0);
  if (at < bodyStart) return { at: bodyStart, close: '' };
  const nodes = doc.root.children;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as Nodes;
    const s = startOf(node);
    const e = endOf(node);
    if (s >= at) continue;
    const close = i === nodes.length - 1 ? closerOf(doc, node) : undefined;
    if (close === null) return undefined;
    if (close !== undefined) return { at: doc.text.length, close };
    if (at < e) return { at: Math.max(bodyStart, lineStartAt(doc, s)), close: '' };
    break;
  }
  const moved = beforeLineDirectives(doc, at, bodyStart);
  return moved === undefined ? undefined : { at: moved, close: '' };
}

/**
 * `at`, moved before any "disable-next-line" comments just above it: what is inserted there must not
 * come between such a comment and the line it governs (the comment would then govern the inserted text).
 * Undefined when those comments are all a section holds under its heading: moved before them, the new
 * blocks would leave that section empty (it would then count as missing), and after them the comment
 * would govern them instead of its line (fuzz doc 91949).
 */
function beforeLineDirectives(doc: PostmortemDocument, at: number, bodyStart: number): number | undefined {
  const nodes = doc.root.children;
  let i = nodes.length - 1;
  while (i >= 0 && startOf(nodes[i] as Nodes) >= at) i--;
  const from = at;
  for (; i >= 0; i--) {
    const node = nodes[i] as Nodes;
    if (node.type !== 'html' || !/disable-next-line/u.test(node.value) || !/^[ \t\r\n]*$/u.test(doc.text.slice(endOf(node), at))) break;
    at = Math.max(bodyStart, lineStartAt(doc, startOf(node)));
  }
  if (at !== from && i >= 0 && (nodes[i] as Nodes).type === 'heading') return undefined;
  return at;
}
