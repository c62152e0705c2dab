import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import type { Lang } from '../types';
import type { PostmortemDocument } from './document';
import { endOf, originOf, startOf, walk } from './markdown';
import type { Section } from './sections';
import { trimEndChars, trimStartChars } from '../text';

/** An offset range with the text in it. */
export interface WhySpan {
  start: number;
  end: number;
  text: string;
}

/** One answer in a 5-whys tree. */
export interface WhyNode {
  /** Where it was written: a list item, or a paragraph of a "Why? …" paragraph chain. */
  kind: 'list' | 'paragraph';
  /** The answer as plain source text (why-question and root-cause marker removed). */
  text: string;
  /** Offsets of the whole list item / paragraph. */
  start: number;
  end: number;
  /** Offsets of the first paragraph (where markers and the answer live). */
  lineStart: number;
  lineEnd: number;
  /** Offsets of the answer text itself. */
  textStart: number;
  textEnd: number;
  /** The question written before the answer ("Why did X happen?"), when there is one. */
  question?: WhySpan;
  /** The bare "Why?" / "왜?" marker, when there is one. */
  whyMarker?: WhySpan;
  rootCause: boolean;
  /** The root-cause marker, for unmarking. */
  rootCauseMarker?: WhySpan;
  /** Links and references given as evidence ("[dashboard](…)", "evidence: …", "근거: …"). */
  evidence: WhySpan[];
  /** Answers to "why?" of this node: several children are several contributing factors. */
  children: WhyNode[];
  parent: WhyNode | undefined;
  /** Nesting depth in the tree (roots are 0). */
  depth: number;
}

/** A 5-whys analysis: the roots are the problem statements (ideally as the customer saw it). */
export interface FiveWhys {
  section: Section;
  start: number;
  end: number;
  roots: WhyNode[];
}

// Root-cause markers: "(root cause)", "[근본 원인]", "**Root cause**:", "Root cause:" at the start.
const RC_WORDS = String.raw`(?:root[ -]?causes?|근본 ?원인|RC)`;
const RC_MARKER = new RegExp(String.raw`[(\[][ \t]{0,3}${RC_WORDS}[ \t]{0,3}[)\]]|(?:\*\*|__)[ \t]{0,3}${RC_WORDS}[ \t]{0,3}[:：]?[ \t]{0,3}(?:\*\*|__)(?:[ \t]{0,3}[:：])?|^[ \t]{0,3}${RC_WORDS}[ \t]{0,3}[:：]`, 'iu');
// A bare why marker at the start: "Why?", "**Why?**", "Why:", "왜?", "Why 2:", "W3."
const WHY_MARKER = /^\s*(?:\*\*|__)?(?:why|왜)\s*\d{0,2}\s*[?？:：.]?\s*(?:\*\*|__)?\s*[:：]?\s*/iu;
// A written question at the start: "Why did the cache miss? Because …", "왜 캐시가 비었나? …"
const QUESTION = /^[ \t]{0,3}(?:\*\*|__)?((?:why|왜) [^?？\n]{1,300}[?？])(?:\*\*|__)?[ \t]{0,3}(?:(?:because|답)[ \t]{0,2}[:：,]?[ \t]{0,2}|a[ \t]?[:：][ \t]{0,2})?/iu;
const BARE_URL = /\bhttps?:\/\/[^\s<>()\[\]]{1,2000}/giu;
const EVIDENCE_LABEL = /(?:\b(?:evidence|ref|source|see)|근거|출처|증거|참고)[ \t]{0,3}[:：][ \t]{0,3}([^\n]{1,300})/iu;

/** Whether a text starts with a why marker or question ("Why?", "왜 …?"). */
export function startsWithWhy(text: string): boolean {
  return WHY_MARKER.test(text) && /^\s*(?:\*\*|__)?(?:why|왜)(?![\p{L}])/iu.test(text);
}

function span(text: string, start: number, end: number): WhySpan {
  return { start, end, text: text.slice(start, end) };
}

/** Reads one answer line: question or why marker, root-cause marker, evidence, answer text. */
function readLine(doc: PostmortemDocument, p: Paragraph | undefined, fallbackStart: number, fallbackEnd: number) {
  const text = doc.text;
  const lineStart = p ? startOf(p) : fallbackStart;
  const lineEnd = p ? endOf(p) : fallbackEnd;
  let s = lineStart;
  let e = lineEnd;
  let question: WhySpan | undefined;
  let whyMarker: WhySpan | undefined;
  const src = text.slice(s, e);
  const q = QUESTION.exec(src);
  if (q && startsWithWhy(src)) {
    const qs = s + q.index + q[0].indexOf(q[1]);
    question = span(text, qs, qs + q[1].length);
    s += q[0].length;
  } else if (startsWithWhy(src)) {
    const m = WHY_MARKER.exec(src)!;
    whyMarker = span(text, lineStart + m.index, lineStart + m.index + m[0].trimEnd().length);
    s += m[0].length;
  }
  let rootCauseMarker: WhySpan | undefined;
  const rest = text.slice(s, e);
  const rc = RC_MARKER.exec(rest);
  if (rc) {
    const ms = s + rc.index + (rc[0].length - rc[0].trimStart().length);
    rootCauseMarker = span(text, ms, s + rc.index + rc[0].length);
  }
  const evidence: WhySpan[] = [];
  if (p) {
    walk(p, (n) => {
      if (n.type === 'link' || n.type === 'linkReference') {
        evidence.push(span(text, startOf(n), endOf(n)));
        return false;
      }
    });
  }
  // A bare URL is evidence too (GFM autolinks are not parsed, see markdown.ts).
  if (p) {
    const line = text.slice(lineStart, lineEnd);
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(line); m; m = BARE_URL.exec(line)) {
      const us = lineStart + m.index;
      if (!evidence.some((ev) => us >= ev.start && us < ev.end)) evidence.push(span(text, us, us + m[0].length));
    }
    evidence.sort((a, b) => a.start - b.start);
  }
  const label = EVIDENCE_LABEL.exec(rest);
  if (label) {
    const ls = s + label.index;
    if (!evidence.some((ev) => ev.start >= ls)) evidence.push(span(text, ls, ls + label[0].length));
  }
  // The answer: what remains once the markers are cut (marker at the very start or end only).
  if (rootCauseMarker) {
    if (rootCauseMarker.start <= s + (rest.length - rest.trimStart().length)) s = rootCauseMarker.end;
    else if (text.slice(rootCauseMarker.end, e).trim() === '' || /^[.。]?\s*$/u.test(text.slice(rootCauseMarker.end, e))) e = rootCauseMarker.start;
  }
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { lineStart, lineEnd, textStart: s, textEnd: e, text: text.slice(s, e), question, whyMarker, rootCauseMarker, rootCause: !!rootCauseMarker, evidence };
}

function nodeFromItem(doc: PostmortemDocument, item: ListItem, parent: WhyNode | undefined): WhyNode {
  const p = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  const line = readLine(doc, p, startOf(item), endOf(item));
  return { kind: 'list', start: startOf(item), end: endOf(item), ...line, children: [], parent, depth: parent ? parent.depth + 1 : 0 };
}

function attach(node: WhyNode, parent: WhyNode | undefined, roots: WhyNode[]): void {
  node.parent = parent;
  node.depth = parent ? parent.depth + 1 : 0;
  if (parent) parent.children.push(node);
  else roots.push(node);
}

/**
 * A top-level list is a chain (each item answers the one above) when every item after the first
 * starts with "Why", or when no item nests: that is how flat 5 whys are written. In nested
 * lists, siblings are separate contributing factors.
 */
function isChain(list: List, topLevel: boolean, doc: PostmortemDocument): boolean {
  if (!topLevel || list.children.length < 2) return false;
  const texts = list.children.map((li) => doc.text.slice(startOf(li), endOf(li)).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/u, ''));
  if (texts.slice(1).every(startsWithWhy)) return true;
  return list.children.every((li) => !li.children.some((c) => c.type === 'list'));
}

function fromList(doc: PostmortemDocument, list: List, parent: WhyNode | undefined, roots: WhyNode[], topLevel: boolean): void {
  const chain = isChain(list, topLevel, doc);
  let prev = parent;
  for (const item of list.children) {
    const node = nodeFromItem(doc, item, undefined);
    // An empty item with nothing nested ("1." being typed, or cut off by a table) is no answer yet: not a node, so it is
    // neither a branch to mark nor the answer a chain ends on (marking it would make "(root cause)" the whole answer).
    if (!item.children.some((c) => c.type === 'paragraph' || c.type === 'list')) continue;
    attach(node, chain ? prev : parent, roots);
    for (const child of item.children) if (child.type === 'list') fromList(doc, child, node, roots, false);
    if (chain) prev = node;
  }
}

function fromParagraphs(doc: PostmortemDocument, paragraphs: Paragraph[], roots: WhyNode[]): void {
  let prev: WhyNode | undefined;
  for (const p of paragraphs) {
    const src = doc.text.slice(startOf(p), endOf(p));
    const isWhy = startsWithWhy(src);
    const line = readLine(doc, p, startOf(p), endOf(p));
    const node: WhyNode = { kind: 'paragraph', start: startOf(p), end: endOf(p), ...line, children: [], parent: undefined, depth: 0 };
    if (isWhy && prev) {
      attach(node, prev, roots);
      prev = node;
    } else if (!isWhy) {
      // A problem statement only counts when a "Why?" paragraph follows it (checked below).
      prev = node;
      roots.push(node);
    }
  }
  // Drop statement paragraphs that no why followed (plain prose, labels like "5 Why Analysis:").
  for (let i = roots.length - 1; i >= 0; i--) if (roots[i].kind === 'paragraph' && roots[i].children.length === 0) roots.splice(i, 1);
}

// A heading or lead-in that says a 5-whys analysis follows: "5 Whys", "Five whys", "Why?", "왜 5번", "5 Why 분석".
const WHYS_SAID = /\b(?:5|five)[ \t-]{0,2}whys?\b|\bwhys\b|왜[ \t]{0,2}(?:5|다섯)[ \t]{0,2}번|(?:5|다섯)[ \t]{0,2}(?:번의?[ \t]{0,2})?왜|^[^\p{L}\p{N}]{0,4}(?:why|왜)[^\p{L}\p{N}]{0,4}$/iu;

/** Whether a heading (or one of its parents inside the section) says the lists under it are 5 whys. */
function headingSaysWhys(doc: PostmortemDocument, section: Section, at: number): boolean {
  if (WHYS_SAID.test(section.title)) return true;
  for (const s of doc.sections) if (s.start > section.start && s.start < at && at < s.end && WHYS_SAID.test(s.title)) return true;
  return false;
}

/** Whether a tree reads as a 5-whys chain by itself: some answer is asked with "Why?" / "왜?". */
function saysWhy(node: WhyNode): boolean {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.question || n.whyMarker) return true;
    stack.push(...n.children);
  }
  return false;
}

/**
 * Extracts the 5-whys trees of the document's five-whys sections. A list is a 5-whys chain only
 * when its heading or a lead-in says so ("5 Whys", "Why?", "왜 5번") or its items ask "why?":
 * a plain causal bullet list under "Root cause analysis" is not one. Never throws.
 */
export function extractFiveWhys(doc: PostmortemDocument): FiveWhys[] {
  const result: FiveWhys[] = [];
  const seen = new Set<number>();
  for (const section of doc.sectionsOf('five-whys')) {
    const roots: WhyNode[] = [];
    let paragraphs: Paragraph[] = [];
    let lastParagraph: Paragraph | undefined;
    const flush = () => {
      if (paragraphs.length) fromParagraphs(doc, paragraphs, roots);
      paragraphs = [];
    };
    // Review questions answered in prose ("1. Why are the shards down?" then a paragraph, "**Why …?**", "### Why …?"):
    // a run of question blocks, each with the blocks under it up to the next question. Read as a chain when two or more
    // are answered; otherwise the run's blocks are read as before (a lone question is still "no answers yet").
    const headingsAsk = WHYS_SAID.test(section.title);
    let run: { question: Nodes; answers: Nodes[] }[] = [];
    const closeRun = () => {
      if (!run.length) return;
      const pairs = run;
      run = [];
      if (pairs.filter((p) => p.answers.length).length >= 2) {
        flush();
        lastParagraph = undefined;
        let prev: WhyNode | undefined;
        for (const p of pairs) {
          if (!p.answers.length) continue;
          const node = nodeFromAnswered(doc, p.question, p.answers);
          attach(node, prev, roots);
          prev = node;
        }
        return;
      }
      for (const p of pairs) for (const n of [p.question, ...p.answers]) read(n);
    };
    const read = (node: Nodes) => {
      const s = startOf(node);
      if (node.type === 'list') {
        flush();
        const found = listRoots(doc, node);
        const lead = lastParagraph && WHYS_SAID.test(trimEndChars(doc.text.slice(startOf(lastParagraph), endOf(lastParagraph)), '*_:： \t\r\n'));
        const said = lead || headingSaysWhys(doc, section, s);
        for (const r of found) if (said || saysWhy(r)) roots.push(r);
        lastParagraph = undefined;
      } else if (node.type === 'paragraph') {
        paragraphs.push(node);
        lastParagraph = node;
      } else if (node.type === 'heading') {
        flush();
        lastParagraph = undefined;
      }
    };
    for (const node of doc.nodesIn(section) as Nodes[]) {
      const s = startOf(node);
      if (seen.has(s)) continue;
      seen.add(s);
      if (isQuestionBlock(doc, node, headingsAsk)) {
        run.push({ question: node, answers: [] });
      } else if (run.length && ANSWER_BLOCKS.has(node.type)) {
        run[run.length - 1].answers.push(node);
      } else if (run.length && node.type !== 'heading' && node.type !== 'thematicBreak') {
        // Comments and other blocks neither answer nor end the run.
        continue;
      } else {
        closeRun();
        read(node);
      }
    }
    closeRun();
    flush();
    roots.sort((a, b) => a.start - b.start);
    if (roots.length) result.push({ section, start: section.start, end: section.end, roots });
  }
  return result;
}

/** Blocks that can answer a review question written above them. */
const ANSWER_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table', 'code']);
// A why-question and nothing else: "Why are the shards down?", "1. Why …?" inside bold, "왜 디스크가 찼는가?".
const QUESTION_ONLY = /^(?:\d{1,2}[.)][ \t]{1,3})?(?:why|왜)[ \t][^\n]{0,300}[?？]$/iu;
// Sentence ends inside the text: a question followed by its answer ("Why …? Because it was cold.") is not a bare question.
const ANSWERED_INLINE = /[.!。][ \t]|[?？][ \t]{1,3}(?:because|since|as|the|it|we|our|답|왜냐하면)\b/iu;

/** The text of a question block without its markup: list marker, heading hashes, bold or italic wrappers. */
function questionText(doc: PostmortemDocument, node: Nodes): string | undefined {
  let block: Nodes = node;
  if (node.type === 'list') {
    if (node.children.length !== 1) return undefined;
    const item = node.children[0];
    if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
    block = item.children[0];
  } else if (node.type !== 'paragraph' && node.type !== 'heading') {
    return undefined;
  }
  const src = doc.text.slice(startOf(block), endOf(block));
  if (src.length > 400 || src.includes('\n')) return undefined;
  let t = node.type === 'heading' ? trimEndChars(src.replace(/^#{1,6}[ \t]+/u, ''), ' \t#') : src;
  t = trimEndChars(trimStartChars(t.trim(), '*_'), '*_').trim();
  // "**1. Why …?**", "**Why …?**" after a number outside the emphasis: "1. **Why …?**" is a list item, handled above.
  t = t.replace(/^(\d{1,2}[.)][ \t]{1,3})(?:\*\*|__)/u, '$1');
  return t;
}

/**
 * Whether a block is a review question alone: a one-item list, a paragraph or (under a heading that says 5 whys) a
 * sub-heading whose whole text is one why-question, with its answer in the blocks below.
 */
function isQuestionBlock(doc: PostmortemDocument, node: Nodes, headingsAsk: boolean): boolean {
  if (node.type === 'heading' && !headingsAsk) return false;
  const t = questionText(doc, node);
  return !!t && QUESTION_ONLY.test(t) && !ANSWERED_INLINE.test(t);
}

/** A why-step written as a question block with its answer in the blocks under it. */
function nodeFromAnswered(doc: PostmortemDocument, question: Nodes, answers: Nodes[]): WhyNode {
  const text = doc.text;
  const qStart = startOf(question);
  const qEnd = endOf(question);
  const qSrc = text.slice(qStart, qEnd);
  const m = /(?:why|왜)[ \t][^\n]{0,300}[?？]/iu.exec(qSrc);
  const questionSpan = m ? span(text, qStart + m.index, qStart + m.index + m[0].length) : span(text, qStart, qEnd);
  let s = startOf(answers[0]);
  let e = endOf(answers[answers.length - 1]);
  let rootCauseMarker: WhySpan | undefined;
  const evidence: WhySpan[] = [];
  for (const a of answers) {
    const as = startOf(a);
    const src = text.slice(as, endOf(a));
    const rc = rootCauseMarker ? null : RC_MARKER.exec(src);
    if (rc) {
      const ms = as + rc.index + (rc[0].length - rc[0].trimStart().length);
      rootCauseMarker = span(text, ms, as + rc.index + rc[0].length);
    }
    walk(a, (n) => {
      if (n.type === 'link' || n.type === 'linkReference') {
        evidence.push(span(text, startOf(n), endOf(n)));
        return false;
      }
    });
    BARE_URL.lastIndex = 0;
    for (let u = BARE_URL.exec(src); u; u = BARE_URL.exec(src)) {
      const us = as + u.index;
      if (!evidence.some((ev) => us >= ev.start && us < ev.end)) evidence.push(span(text, us, us + u[0].length));
    }
  }
  evidence.sort((a, b) => a.start - b.start);
  // A marker at the very end of the answer is cut from the answer text ("… filled up. (root cause)").
  if (rootCauseMarker && /^[.。]?\s*$/u.test(text.slice(rootCauseMarker.end, e))) e = rootCauseMarker.start;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return {
    kind: 'paragraph',
    start: qStart,
    end: endOf(answers[answers.length - 1]),
    lineStart: qStart,
    lineEnd: qEnd,
    textStart: s,
    textEnd: e,
    text: text.slice(s, e),
    question: questionSpan,
    rootCause: !!rootCauseMarker,
    rootCauseMarker,
    evidence,
    children: [],
    parent: undefined,
    depth: 0,
  };
}

/**
 * The trees of a top-level list, kept between the parses of a lint session by the chunk node the
 * list is a copy of ({@link originOf}: the same tree and text, `delta` apart): what {@link fromList}
 * reads depends on the list alone. Kept trees are moved to the list's new place in place (as the
 * session moves the Markdown nodes): the previous document's trees are not valid after a re-lint.
 */
const listReads = new WeakMap<Nodes, { at: number; found: WhyNode[] }>();

function listRoots(doc: PostmortemDocument, list: List): WhyNode[] {
  const o = originOf(list);
  const at = startOf(list);
  const known = o && listReads.get(o.origin);
  if (known) {
    const by = at - known.at;
    if (by !== 0) {
      // Every node of the trees, with an explicit stack (no recursion driven by the input's depth).
      const stack = [...known.found];
      while (stack.length) {
        const n = stack.pop()!;
        moveNode(n, by);
        for (const c of n.children) stack.push(c);
      }
      known.at = at;
    }
    return known.found.slice();
  }
  const found: WhyNode[] = [];
  fromList(doc, list, undefined, found, true);
  if (o) listReads.set(o.origin, { at, found: found.slice() });
  return found;
}

function moveNode(n: WhyNode, by: number): void {
  n.start += by;
  n.end += by;
  n.lineStart += by;
  n.lineEnd += by;
  n.textStart += by;
  n.textEnd += by;
  for (const s of [n.question, n.whyMarker, n.rootCauseMarker, ...n.evidence]) {
    if (!s) continue;
    s.start += by;
    s.end += by;
  }
}

/** Every root-to-leaf path of a tree (a "chain"), for rules that reason per branch. */
export function whyChains(roots: readonly WhyNode[]): WhyNode[][] {
  const chains: WhyNode[][] = [];
  const visit = (n: WhyNode, path: WhyNode[]) => {
    const p = [...path, n];
    if (n.children.length === 0) chains.push(p);
    else for (const c of n.children) visit(c, p);
  };
  for (const r of roots) visit(r, []);
  return chains;
}

/** The marker to append to an answer in the given language. */
export function rootCauseMarkerText(lang: Lang): string {
  return lang === 'ko' ? '(근본 원인)' : '(root cause)';
}
