import type { Nodes, Parents } from 'mdast';
import type { PostmortemDocument } from '../model/document';
import { endOf, startOf, walk } from '../model/markdown';
import type { TextEdit } from '../types';

/** What to silence: a rule on one (1-based) line, and why. */
export interface DisableLineOptions {
  line: number;
  ruleId: string;
  /** Why the finding is wrong here; required by the `suppression-comment` rule. */
  reason: string;
}

/** The edit that silences a rule on a line, and which directive it writes. */
export interface DisableLineEdit {
  edit: TextEdit;
  /**
   * `disable-next-line`: a comment line above, at the indentation that keeps lists and block
   * quotes intact. `disable-line`: a comment at the end of the line itself, used where a line
   * above would break the structure (a table row, the middle of a paragraph).
   */
  directive: 'disable-next-line' | 'disable-line';
}

/** Makes a reason safe inside an HTML comment (and, for tables, inside a cell). */
export function sanitizeReason(reason: string, options: { inTable?: boolean } = {}): string {
  let r = reason.replace(/\s+/g, ' ');
  // Loops rather than /-{2,}>/: no pattern over user text that could backtrack.
  while (r.includes('-->')) r = r.split('-->').join('->');
  while (r.includes('<!--')) r = r.split('<!--').join('<!-');
  r = r.trim();
  if (options.inTable) r = r.replace(/\|/g, '/');
  return r;
}

/** The comment text for a directive. */
export function suppressionComment(directive: DisableLineEdit['directive'], ruleId: string, reason: string): string {
  const why = reason ? ` -- ${reason}` : '';
  return `<!-- postmortem-lint-${directive} ${ruleId}${why} -->`;
}

interface LineFacts {
  /** The shallowest block (not a list) that starts on the line. */
  opener?: Nodes;
  /** The list item that starts on the line, when the opener is one, and its previous sibling. */
  previousItem?: Nodes;
  inCode: boolean;
  inTable: boolean;
  tableRow?: Nodes;
  /** A paragraph that contains the line (it may have started on an earlier line). */
  paragraph?: Nodes;
}

function factsOf(doc: PostmortemDocument, lineStart: number, lineEnd: number): LineFacts {
  const facts: LineFacts = { inCode: false, inTable: false };
  const visit = (node: Nodes, parent: Parents | undefined): boolean | void => {
    const s = startOf(node);
    const e = endOf(node);
    if (node.type === 'root') return;
    // Nodes that end before the line or start after it cannot say anything about it.
    if (e < lineStart || s > lineEnd) return false;
    if (node.type === 'code') {
      facts.inCode = true;
      return false;
    }
    if (node.type === 'table') facts.inTable = true;
    if (node.type === 'tableRow') {
      facts.tableRow = node;
      return false;
    }
    if (node.type === 'paragraph') facts.paragraph = node;
    if (!facts.opener && node.type !== 'list' && s >= lineStart && s <= lineEnd && isBlock(node)) {
      facts.opener = node;
      if (node.type === 'listItem' && parent && parent.type === 'list') {
        const i = parent.children.indexOf(node);
        facts.previousItem = i > 0 ? parent.children[i - 1] : undefined;
      }
    }
    return;
  };
  // Only the top-level blocks that reach the line (a walk from the root would visit every one of
  // them, for every line asked about): they are in order and do not overlap, so the first one
  // ending at or after the line start is found by bisection.
  const top = doc.root.children;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(top[mid]) < lineStart) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < top.length && startOf(top[i]) <= lineEnd; i++) walk(top[i], visit, doc.root);
  return facts;
}

/** The offset after the last non-blank character in [from, to) (a loop: a regex could backtrack). */
function trimEnd(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

function isBlock(node: Nodes): boolean {
  return ['paragraph', 'heading', 'listItem', 'blockquote', 'html', 'table', 'thematicBreak', 'definition'].includes(node.type);
}

/** Column (UTF-16 units from the line start) where a list item's content starts. */
function contentColumn(doc: PostmortemDocument, item: Nodes, lineStartOf: (o: number) => number): number {
  const first = 'children' in item ? (item.children[0] as Nodes | undefined) : undefined;
  const s = startOf(item);
  const ls = lineStartOf(s);
  if (first && lineStartOf(startOf(first)) === ls) return startOf(first) - ls;
  // An empty item ("- "): the marker plus one space.
  const marker = /^(?:[-*+]|\d{1,9}[.)])/.exec(doc.text.slice(s, s + 11));
  return s - ls + (marker ? marker[0].length : 1) + 1;
}

/**
 * The edit that writes a suppression comment for `ruleId` on `line` (1-based). Undefined where no
 * comment can work: front matter, code blocks, blank lines, a table's delimiter row, or a line
 * outside the document. Never throws.
 *
 * Placement: a line that opens a block (heading, paragraph, list item, quote) gets a
 * `disable-next-line` comment line above it. A list item's comment is indented to the content of
 * the item before it, so the list stays one list (at column 0 it would end the list), and the first
 * item's comment goes at its marker column (content indentation there could make an indented code
 * block). A table row gets `disable-line` inside its last cell, because any line between rows
 * ends the table. A paragraph's continuation line gets `disable-line` at its end, because a comment
 * line there would split the paragraph in two.
 */
export function disableLineEdit(doc: PostmortemDocument, options: DisableLineOptions): DisableLineEdit | undefined {
  const { line, ruleId } = options;
  if (!Number.isInteger(line) || line < 1 || line > doc.lines.lineCount || !/^[a-z0-9][a-z0-9-]*$/.test(ruleId)) return undefined;
  let lineStart = doc.lines.offset(line);
  if (line === 1 && doc.hasBom) lineStart = 1;
  const lineEnd = doc.lines.lineEnd(line);
  const text = doc.text.slice(lineStart, lineEnd);
  if (!text.trim()) return undefined;
  if (doc.frontMatter && lineStart < doc.frontMatter.end) return undefined;
  const facts = factsOf(doc, lineStart, lineEnd);
  if (facts.inCode) return undefined;
  const lineStartOf = (offset: number) => {
    const l = doc.lines.position(offset).line;
    return l === 1 && doc.hasBom ? 1 : doc.lines.offset(l);
  };

  if (facts.tableRow) {
    const comment = suppressionComment('disable-line', ruleId, sanitizeReason(options.reason, { inTable: true }));
    let at = trimEnd(doc.text, lineStart, lineEnd);
    if (doc.text[at - 1] === '|' && doc.text[at - 2] !== '\\') at = trimEnd(doc.text, lineStart, at - 1);
    return { directive: 'disable-line', edit: { start: at, end: at, newText: ` ${comment}` } };
  }
  // The delimiter row of a table: nothing may be written on it.
  if (facts.inTable) return undefined;

  const reason = sanitizeReason(options.reason);
  const opener = facts.opener;
  if (opener) {
    const s = startOf(opener);
    let indent: string;
    if (opener.type === 'listItem') {
      const markerCol = s - lineStartOf(s);
      const prefix = doc.text.slice(lineStart, lineStart + markerCol);
      const col = facts.previousItem ? contentColumn(doc, facts.previousItem, lineStartOf) : markerCol;
      indent = col >= markerCol ? prefix + ' '.repeat(col - markerCol) : prefix.slice(0, col);
    } else {
      indent = doc.text.slice(lineStart, s);
    }
    // Keep quote markers and indentation, never other text that precedes the block on its line.
    if (!/^[ \t>]*$/.test(indent)) indent = indent.replace(/[^ \t>]/g, ' ');
    const comment = suppressionComment('disable-next-line', ruleId, reason);
    return { directive: 'disable-next-line', edit: { start: lineStart, end: lineStart, newText: `${indent}${comment}${doc.lines.eol}` } };
  }

  // Only a paragraph's continuation line can take a comment at its end (a setext underline or an
  // HTML block line cannot).
  if (!facts.paragraph) return undefined;
  // Keep a hard line break (two trailing spaces or a backslash) after the comment.
  let at = trimEnd(doc.text, lineStart, lineEnd);
  if (at === lineEnd && doc.text[at - 1] === '\\') at--;
  return { directive: 'disable-line', edit: { start: at, end: at, newText: ` ${suppressionComment('disable-line', ruleId, reason)}` } };
}
