/**
 * Edits of a 5-whys analysis, computed as plain text edits (one command = one set of edits =
 * one undo step in the editor). They keep the document's list style: marker, numbering,
 * indentation, line ending, "Why?" prefixes and language.
 */
import type { PostmortemDocument } from './model/document';
import { rootCauseMarkerText, type WhyNode } from './model/fiveWhys';
import type { Lang, TextEdit } from './types';
import { trimEndChars } from './text';

/** An edit set plus where the cursor should go afterwards (an offset in the edited text). */
export interface WhyEdit {
  edits: TextEdit[];
  /** Offset in the text after the edits where the new/changed answer starts, when there is one. */
  cursor?: number;
}

const HANGUL = /[\uac00-\ud7a3]/u;

/** The language of a piece of text, falling back to the document's. */
export function textLang(text: string, fallback: Lang): Lang {
  return HANGUL.test(text) ? 'ko' : /[A-Za-z]/.test(text) ? 'en' : fallback;
}

/** The first question of a 5-whys analysis: from the affected customer's view (seed practice). */
export function customerQuestion(lang: Lang): string {
  return lang === 'ko' ? '고객은 어떤 영향을 받았나요?' : 'What did affected users experience?';
}

/** The question a node's children answer. */
export function whyQuestion(node: Pick<WhyNode, 'text'>, lang: Lang): string {
  const what = trimEndChars(node.text, '.。!?？').trim();
  const short = what.length > 80 ? `${what.slice(0, 79)}…` : what;
  return lang === 'ko' ? `왜 "${short}"? (검증 가능한 사실로 답하세요)` : `Why did "${short}" happen?`;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Indentation (spaces/tabs before the marker) and the marker of a list node. */
function listShape(doc: PostmortemDocument, node: WhyNode): { indent: string; marker: string; contentIndent: string } {
  const ls = lineStartOf(doc.text, node.start);
  const indent = doc.text.slice(ls, node.start);
  const markerRaw = doc.text.slice(node.start, node.lineStart);
  const trimmed = markerRaw.trim();
  const marker = /\[[ xX]\]$/u.test(trimmed) ? trimmed.slice(0, -3).trimEnd() : trimmed;
  // Continuation lines must line up with the text after the marker.
  const contentIndent = ' '.repeat(indent.replace(/\t/g, '    ').length + (node.lineStart - node.start));
  return { indent, marker, contentIndent };
}

function nextMarker(marker: string): string {
  const m = /^(\d{1,9})([.)])$/.exec(marker);
  return m ? `${Number(m[1]) + 1}${m[2]}` : marker;
}

function firstMarker(marker: string): string {
  const m = /^(\d{1,9})([.)])$/.exec(marker);
  return m ? `1${m[2]}` : marker;
}

/** Whether the tree uses "Why?" prefixes (then new answers get one too). */
function usesWhyPrefix(node: WhyNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.whyMarker || n.question) return true;
    stack.push(...n.children);
  }
  return false;
}

/** The text of a new answer line (without list marker) and where the answer starts in it. */
function answerLine(node: WhyNode, answer: string, lang: Lang, evidence?: string): { line: string; answerAt: number } {
  const prefix = usesWhyPrefix(node) || node.kind === 'paragraph' ? (lang === 'ko' ? '왜? ' : 'Why? ') : '';
  return { line: `${prefix}${answer.trim()}${evidence ? ` ${evidenceText(evidence, lang)}` : ''}`, answerAt: prefix.length };
}

/** Evidence written after an answer: a link when it is a URL, else a labelled reference. */
export function evidenceText(evidence: string, lang: Lang): string {
  const e = evidence.trim();
  if (/^https?:\/\/\S+$/u.test(e)) return lang === 'ko' ? `([근거](${e}))` : `([evidence](${e}))`;
  return lang === 'ko' ? `(근거: ${e})` : `(evidence: ${e})`;
}

/** Whether a list node continues a flat chain (same list as its parent). */
function isChainLink(doc: PostmortemDocument, node: WhyNode): boolean {
  if (!node.parent || node.kind !== 'list' || node.parent.kind !== 'list') return false;
  return listShape(doc, node).indent === listShape(doc, node.parent).indent;
}

/** Inserts `line` on a new line after the line holding `afterEnd`; the cursor goes to `cursorInLine`. */
function insertLineAfter(doc: PostmortemDocument, afterEnd: number, line: string, cursorInLine: number, blankLine = false): WhyEdit {
  const eol = doc.lines.eol;
  const at = lineEndOf(doc.text, afterEnd);
  const newText = `${eol}${blankLine ? eol : ''}${line}`;
  return { edits: [{ start: at, end: at, newText }], cursor: at + newText.length - line.length + cursorInLine };
}

/** Inserts a list item `marker answer` at `indent` after the block ending at `afterEnd`. */
function insertItem(doc: PostmortemDocument, afterEnd: number, indent: string, marker: string, a: { line: string; answerAt: number }): WhyEdit {
  const head = `${indent}${marker} `;
  return insertLineAfter(doc, afterEnd, head + a.line, head.length + a.answerAt);
}

/** The last offset of a node's subtree. */
function subtreeEnd(node: WhyNode): number {
  let end = node.end;
  for (let n: WhyNode | undefined = node; n; n = n.children[n.children.length - 1]) end = Math.max(end, n.end);
  return end;
}

/**
 * "Ask why" on a node: adds its answer as a child. In a flat chain the answer continues the
 * chain when the node is its last link; otherwise it nests under the node.
 */
export function addWhy(doc: PostmortemDocument, node: WhyNode, answer: string, evidence?: string): WhyEdit | undefined {
  if (!answer.trim()) return undefined;
  const lang = textLang(answer, textLang(node.text, doc.language));
  const a = answerLine(node, answer, lang, evidence);
  if (node.kind === 'paragraph') {
    // A paragraph chain cannot branch: only its last link takes an answer.
    if (node.children.length) return undefined;
    return insertLineAfter(doc, node.end, a.line, a.answerAt, true);
  }
  const shape = listShape(doc, node);
  const nested = node.children.filter((c) => !isChainLink(doc, c));
  const chained = isChainLink(doc, node) || node.children.some((c) => isChainLink(doc, c));
  if (chained && node.children.length === 0) return insertItem(doc, node.end, shape.indent, nextMarker(shape.marker), a);
  if (nested.length) {
    const last = nested[nested.length - 1];
    const s = listShape(doc, last);
    return insertItem(doc, subtreeEnd(last), s.indent, nextMarker(s.marker), a);
  }
  return insertItem(doc, node.lineEnd, shape.contentIndent, firstMarker(shape.marker), a);
}

/** "Add contributing factor": another answer to the same question as `node` (a sibling). */
export function addFactor(doc: PostmortemDocument, node: WhyNode, answer: string, evidence?: string): WhyEdit | undefined {
  const parent = node.parent;
  if (!parent || !answer.trim()) return undefined;
  if (node.kind === 'list' && !isChainLink(doc, node)) {
    const lang = textLang(answer, textLang(node.text, doc.language));
    const siblings = parent.children.filter((c) => !isChainLink(doc, c));
    const last = siblings[siblings.length - 1] ?? node;
    const s = listShape(doc, last);
    return insertItem(doc, subtreeEnd(last), s.indent, nextMarker(s.marker), answerLine(node, answer, lang, evidence));
  }
  // In a flat chain, a second answer to the parent's question nests under the parent.
  if (parent.kind !== 'list') return undefined;
  const nested = parent.children.filter((c) => !isChainLink(doc, c));
  if (nested.length) return addFactor(doc, nested[0], answer, evidence);
  const lang = textLang(answer, textLang(node.text, doc.language));
  const shape = listShape(doc, parent);
  return insertItem(doc, parent.lineEnd, shape.contentIndent, firstMarker(shape.marker), answerLine(node, answer, lang, evidence));
}

/** Marks a node as a root cause (appends the marker in the answer's language). */
export function markRootCause(doc: PostmortemDocument, node: WhyNode): WhyEdit | undefined {
  if (node.rootCause) return undefined;
  const marker = rootCauseMarkerText(textLang(node.text, doc.language));
  return { edits: [{ start: node.textEnd, end: node.textEnd, newText: ` ${marker}` }] };
}

/** Removes a node's root-cause marker (and the space before it). */
export function unmarkRootCause(doc: PostmortemDocument, node: WhyNode): WhyEdit | undefined {
  const m = node.rootCauseMarker;
  if (!m) return undefined;
  let start = m.start;
  let end = m.end;
  const text = doc.text;
  if (start > node.lineStart && text[start - 1] === ' ') start--;
  else if (text[end] === ' ') end++;
  return { edits: [{ start, end, newText: '' }] };
}

/** Appends evidence (a link or a reference) to a node's answer. */
export function attachEvidence(doc: PostmortemDocument, node: WhyNode, evidence: string): WhyEdit | undefined {
  if (!evidence.trim()) return undefined;
  const lang = textLang(node.text, doc.language);
  const at = node.lineEnd;
  return { edits: [{ start: at, end: at, newText: ` ${evidenceText(evidence, lang)}` }] };
}

/** Deletes a node with its subtree (whole lines; in a flat chain, the links after it too). */
export function deleteNode(doc: PostmortemDocument, node: WhyNode): WhyEdit {
  const text = doc.text;
  let start = lineStartOf(text, node.start);
  let end = lineEndOf(text, subtreeEnd(node));
  // Take the line break after the block (or before it at the end of the text).
  if (end < text.length) end += text.startsWith('\r\n', end) ? 2 : 1;
  else if (start > 0) start -= text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1;
  if (node.kind === 'paragraph') {
    // Paragraphs are separated by a blank line: remove one with it (after, else before).
    const after = /^(?:\r\n|\n|\r)/.exec(text.slice(end, end + 2));
    const before = /(?:\r\n|\n|\r)(?:\r\n|\n|\r)$/.exec(text.slice(Math.max(0, start - 4), start));
    if (after) end += after[0].length;
    else if (before) start -= /(?:\r\n|\n|\r)$/.exec(text.slice(0, start))![0].length;
  }
  return { edits: [{ start, end, newText: '' }, ...renumberAfter(doc, node)] };
}

/**
 * Ordered siblings after a deleted node move up one number: "2." cannot start a nested list
 * right after a paragraph, so a gap would fold the list into the text above.
 */
function renumberAfter(doc: PostmortemDocument, node: WhyNode): TextEdit[] {
  if (node.kind !== 'list') return [];
  const indent = listShape(doc, node).indent;
  const pool = node.parent ? node.parent.children : (doc.fiveWhys.find((t) => t.roots.includes(node))?.roots ?? []);
  const edits: TextEdit[] = [];
  for (const sib of pool) {
    if (sib.start <= node.start || sib.kind !== 'list' || listShape(doc, sib).indent !== indent) continue;
    if (subtreeEnd(node) >= sib.start) continue;
    const m = /^(\d{1,9})(?=[.)])/.exec(doc.text.slice(sib.start, sib.lineStart));
    if (m) edits.push({ start: sib.start, end: sib.start + m[1].length, newText: String(Math.max(1, Number(m[1]) - 1)) });
  }
  return edits;
}

/**
 * "Start 5 Whys": creates the 5-whys section when missing (heading in the document's language,
 * after the root-cause section or before the action items, else at the end) with the first
 * answer, which should describe what affected customers experienced. When the section exists,
 * adds the answer as a new problem statement.
 */
export function startFiveWhys(doc: PostmortemDocument, answer: string): WhyEdit {
  const eol = doc.lines.eol;
  const lang = textLang(answer, doc.language);
  const item = `1. ${answer.trim()}`;
  const section = doc.sectionsOf('five-whys')[0];
  if (section) {
    const tree = doc.fiveWhys.find((t) => t.section === section);
    const lastRoot = tree?.roots[tree.roots.length - 1];
    if (lastRoot && lastRoot.kind === 'list') {
      const s = listShape(doc, lastRoot);
      const full = `${s.indent}${nextMarker(s.marker)} ${answer.trim()}`;
      return insertLineAfter(doc, subtreeEnd(lastRoot), full, full.length - answer.trim().length);
    }
    // Section without a list: the item goes right after the heading (and any guidance under it).
    const at = lineEndOf(doc.text, section.contentStart);
    const newText = `${eol}${eol}${item}`;
    return { edits: [{ start: at, end: at, newText }], cursor: at + newText.length - answer.trim().length };
  }
  const depth = doc.sections.find((s) => s.kind)?.depth ?? 2;
  const heading = `${'#'.repeat(depth)} ${lang === 'ko' ? '근본 원인 분석(5 Whys)' : '5 Whys'}`;
  const after = doc.sectionsOf('root-causes')[0];
  const before = doc.sectionsOf('action-items')[0];
  let at: number;
  if (after) at = after.end;
  else if (before) at = before.start;
  else at = doc.text.length;
  const prefix = at === 0 ? '' : /(?:\r?\n|\r)(?:\r?\n|\r)$/.test(doc.text.slice(Math.max(0, at - 4), at)) ? '' : /(?:\n|\r)$/.test(doc.text.slice(0, at)) ? eol : eol + eol;
  const suffix = at < doc.text.length ? eol + eol : eol;
  const newText = `${prefix}${heading}${eol}${eol}${item}${suffix}`;
  return { edits: [{ start: at, end: at, newText }], cursor: at + prefix.length + heading.length + eol.length * 2 + item.length - answer.trim().length };
}

/**
 * Prints a 5-whys tree as a nested list (the canonical form): `- ` or `1. ` markers, children
 * indented under their parent's text, root-cause markers and evidence kept.
 */
export function printWhyTree(roots: readonly WhyNode[], options: { ordered?: boolean; lang?: Lang; eol?: string; whyPrefix?: boolean } = {}): string {
  const eol = options.eol ?? '\n';
  const lines: string[] = [];
  const visit = (n: WhyNode, indent: string, index: number) => {
    const marker = options.ordered ? `${index + 1}.` : '-';
    const lang = options.lang ?? textLang(n.text, 'en');
    const prefix = n.parent && options.whyPrefix !== false ? (n.question ? `${n.question.text} ` : lang === 'ko' ? '왜? ' : 'Why? ') : '';
    const rc = n.rootCause ? ` ${rootCauseMarkerText(lang)}` : '';
    const ev = n.evidence.filter((e) => !n.text.includes(e.text)).map((e) => ` ${e.text}`).join('');
    lines.push(`${indent}${marker} ${prefix}${n.text}${rc}${ev}`);
    n.children.forEach((c, i) => visit(c, indent + ' '.repeat(marker.length + 1), i));
  };
  roots.forEach((r, i) => visit(r, '', i));
  return lines.join(eol) + eol;
}
