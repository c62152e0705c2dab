import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Root, Nodes, Parents } from 'mdast';

/**
 * The parts of GFM a postmortem uses: tables (timelines, action items), task lists (action
 * items) and strikethrough (done items). Not remark-gfm as a whole: its autolink-literal pass
 * costs about as much as the rest of parsing, and bare URLs are masked from prose anyway
 * (prose.ts). Footnotes and the tag filter do not matter for linting.
 */
function remarkPostmortemGfm(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/** The parser, built once. */
const processor = unified().use(remarkParse).use(remarkPostmortemGfm);

/**
 * Limits that keep parsing linear whatever the input. The Markdown parser spends time (and its
 * tree gains depth) per open container on every line, and resolves emphasis in time quadratic
 * in the number of `*`, `_` and `~` runs of one paragraph; both are bounded here, before parsing.
 * No real postmortem comes near them: a list nested 10 levels is already unreadable.
 */
export const PARSE_LIMITS = {
  /** Container markers (`>`, list bullets and numbers) that open on one line. */
  maxLineContainers: 32,
  /** Columns of indentation inside a line's container prefix (nesting by indentation). */
  maxIndent: 128,
  /** Emphasis and strikethrough marks (`*`, `_`, `~`) in one paragraph, heading or table row. */
  maxInlineMarks: 256,
} as const;

/** A part of the text the parser did not see as written, and why. */
export interface GuardedRegion {
  start: number;
  end: number;
  /**
   * `depth`: nested deeper than {@link PARSE_LIMITS} allow; the block was blanked (opaque: not
   * checked). `emphasis`: too many emphasis marks; they were read as plain characters.
   */
  reason: 'depth' | 'emphasis';
  /** How deep, or how many marks. */
  count: number;
}

/** Stand-ins for neutralised emphasis marks: same length, look alike, no Markdown meaning. */
const NEUTRAL: Record<string, string> = { '*': '\u2217', _: '\uff3f', '~': '\u223c' };

interface Line {
  start: number;
  /** End of the content (before the line break). */
  end: number;
  /** Offset where the content starts after the container prefix (quotes, bullets, indentation). */
  contentStart: number;
  containers: number;
  indent: number;
  listItem: boolean;
  blank: boolean;
  /** Inside a top-level fenced code block (fence lines included). */
  code: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A table's delimiter row, loosely: only pipes, dashes, colons and spaces. */
const TABLE_DELIMITER = /^[\s|:-]+$/;

function scanLine(text: string, start: number, end: number): Omit<Line, 'code'> {
  let i = start;
  let containers = 0;
  let indent = 0;
  let listItem = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      indent++;
      i++;
    } else if (c === 0x09) {
      indent += 4;
      i++;
    } else if (c === 0x3e /* > */) {
      containers++;
      i++;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && (i + 1 >= end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      containers++;
      listItem = true;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const d = text.charCodeAt(j);
      if ((d === 0x2e || d === 0x29) && (j + 1 >= end || text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) {
        containers++;
        listItem = true;
        i = j + 1;
      } else break;
    } else break;
    if (i >= end) break;
  }
  return { start, end, contentStart: Math.min(i, end), containers, indent, listItem, blank: i >= end && containers === 0 };
}

/** Splits the text into lines with their container prefixes, marking top-level fenced code. */
function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let fence: string | undefined;
  let pos = 0;
  while (pos <= text.length) {
    let end = pos;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const line = scanLine(text, pos, end);
    const m = FENCE.exec(text.slice(pos, Math.min(end, pos + 200)));
    let code = fence !== undefined;
    if (m) {
      if (fence === undefined) {
        fence = m[1];
        code = true;
      } else if (m[1][0] === fence[0] && m[1].length >= fence.length && text.slice(pos + m[0].length, end).trim() === '') fence = undefined;
    }
    lines.push({ ...line, code });
    if (end >= text.length) break;
    pos = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

function isInlineMark(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x7e;
}

/**
 * Bounds the known super-linear constructs before parsing: a block nested past the limits is
 * blanked (line breaks kept, so offsets hold) and an inline unit with too many emphasis marks
 * gets look-alike characters instead. Returns the text to parse and what was changed; the text
 * is returned as is (the same string) when nothing was.
 */
export function guardMarkdown(text: string): { text: string; regions: GuardedRegion[] } {
  return guardLines(text, scanLines(text));
}

function guardLines(text: string, lines: Line[]): { text: string; regions: GuardedRegion[] } {
  const regions: GuardedRegion[] = [];
  let chars: string[] | undefined;
  const edit = () => (chars ??= text.split(''));
  // Runs of non-blank lines outside fenced code: blocks and the paragraphs within them.
  let i = 0;
  while (i < lines.length) {
    if (lines[i].blank || lines[i].code) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines[j].blank && !lines[j].code) j++;
    // Lines i..j-1 form one run.
    let deepest = 0;
    let widest = 0;
    let tooDeep = false;
    for (let k = i; k < j; k++) {
      deepest = Math.max(deepest, lines[k].containers);
      widest = Math.max(widest, lines[k].indent);
      if (lines[k].containers > PARSE_LIMITS.maxLineContainers || lines[k].indent > PARSE_LIMITS.maxIndent) tooDeep = true;
    }
    if (tooDeep) {
      const c = edit();
      const start = lines[i].start;
      const end = lines[j - 1].end;
      for (let p = start; p < end; p++) if (c[p] !== '\n' && c[p] !== '\r') c[p] = ' ';
      regions.push({ start, end, reason: 'depth', count: Math.max(deepest, Math.ceil(widest / 2)) });
      i = j;
      continue;
    }
    // Inline units: a table row is one; otherwise a paragraph goes on until a list item or a heading starts.
    let isTable = false;
    for (let k = i + 1; k < j && !isTable; k++) {
      const content = text.slice(lines[k].contentStart, lines[k].end);
      isTable = content.includes('-') && TABLE_DELIMITER.test(content);
    }
    let u = i;
    while (u < j) {
      let v = u + 1;
      while (v < j && !lines[v].listItem && text.charCodeAt(lines[v].contentStart) !== 0x23 /* # */ && !(isTable && text.slice(lines[v].contentStart, lines[v].end).includes('|'))) v++;
      let marks = 0;
      for (let k = u; k < v; k++) for (let p = lines[k].contentStart; p < lines[k].end; p++) if (isInlineMark(text.charCodeAt(p))) marks++;
      if (marks > PARSE_LIMITS.maxInlineMarks) {
        const c = edit();
        for (let k = u; k < v; k++) for (let p = lines[k].contentStart; p < lines[k].end; p++) if (isInlineMark(text.charCodeAt(p))) c[p] = NEUTRAL[c[p]];
        regions.push({ start: lines[u].start, end: lines[v - 1].end, reason: 'emphasis', count: marks });
      }
      u = v;
    }
    i = j;
  }
  return { text: chars ? chars.join('') : text, regions };
}

/** What {@link parseMarkdown} left out or read differently, kept on the tree. */
export function guardedRegions(root: Root): readonly GuardedRegion[] {
  return ((root.data as { guarded?: GuardedRegion[] } | undefined)?.guarded ?? []);
}

/**
 * Documents above this size are parsed in chunks. micromark re-copies the whole event list at
 * every setext heading and container exit (EditMap.consume), so one parse of a large document
 * is quadratic (1 MB: seconds; 4 MB: half a minute); chunks of bounded size make it linear.
 */
const CHUNK_CHARS = 48 * 1024;

/** Link reference definitions on one line (`[label]: url`), which every chunk must see. */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:/;

/** HTML blocks that run until an end marker rather than a blank line. */
const HTML_OPEN = /^ {0,3}<(?:!--|script|pre|style|textarea|\?|!\[CDATA\[)/i;
const HTML_CLOSE = /-->|<\/(?:script|pre|style|textarea)>|\?>|\]\]>/i;

/**
 * Offsets where a new top-level block starts with nothing open before it: a line at column 0,
 * no container marker, after a blank line, outside fenced code and HTML blocks that run to an
 * end marker. Parsing from there on its own gives the same tree as parsing the whole text.
 */
function chunkStarts(text: string, lines: Line[]): number[] {
  const starts: number[] = [0];
  let html = false;
  let last = 0;
  for (let k = 1; k < lines.length; k++) {
    const l = lines[k];
    const head = text.slice(l.start, Math.min(l.end, l.start + 200));
    if (html) {
      if (HTML_CLOSE.test(text.slice(l.start, l.end))) html = false;
      continue;
    }
    if (l.code || l.blank) continue;
    const opensHtml = l.containers === 0 && HTML_OPEN.test(head);
    if (
      l.start - last >= CHUNK_CHARS &&
      lines[k - 1].blank &&
      !lines[k - 1].code &&
      l.containers === 0 &&
      l.indent === 0 &&
      !opensHtml
    ) {
      starts.push(l.start);
      last = l.start;
    }
    if (opensHtml && !HTML_CLOSE.test(text.slice(l.start + 4, l.end))) html = true;
  }
  return starts;
}

/** Moves a parsed chunk's positions to where the chunk sits in the whole text. */
function shiftPositions(root: Root, offset: number, lineDelta: number): void {
  walk(root, (n) => {
    const p = n.position;
    if (p) {
      n.position = {
        start: { line: p.start.line + lineDelta, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
        end: { line: p.end.line + lineDelta, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
      };
    }
  });
}

/** Parses Markdown into mdast with offsets into `text`, after {@link guardMarkdown}. */
export function parseMarkdown(text: string): Root {
  const lines = scanLines(text);
  const guarded = guardLines(text, lines);
  const source = guarded.text;
  let root: Root;
  const starts = source.length > 2 * CHUNK_CHARS ? chunkStarts(source, lines) : [0];
  // Definitions are document-wide: every chunk gets a copy after its own text (and the copies'
  // nodes are dropped), unless there are so many that copying them would cost more than it saves.
  const definitions = starts.length > 1 ? lines.filter((l) => !l.code && l.containers === 0 && DEFINITION.test(source.slice(l.start, Math.min(l.end, l.start + 1100)))).map((l) => source.slice(l.start, l.end)) : [];
  const definitionText = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  if (starts.length === 1 || definitionText.length > 8192) root = processor.parse(source) as Root;
  else {
    root = { type: 'root', children: [] };
    let line = 0;
    for (let c = 0; c < starts.length; c++) {
      const from = starts[c];
      const to = c + 1 < starts.length ? starts[c + 1] : source.length;
      const chunk = source.slice(from, to);
      let part = processor.parse(definitionText ? chunk + definitionText : chunk) as Root;
      if (definitionText) {
        // An unclosed fence or HTML block at the very end would swallow the copies: parse that chunk alone.
        if (part.children.some((n) => (n.position?.start.offset ?? 0) < chunk.length && (n.position?.end.offset ?? 0) > chunk.length)) part = processor.parse(chunk) as Root;
        else part.children = part.children.filter((n) => (n.position?.start.offset ?? 0) < chunk.length);
      }
      shiftPositions(part, from, line);
      for (const n of part.children) root.children.push(n);
      for (let i = from; i < to; i++) {
        const ch = source.charCodeAt(i);
        if (ch === 0x0a || (ch === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) line++;
      }
    }
    const end = { line: line + 1, column: source.length - Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r')), offset: source.length };
    root.position = { start: { line: 1, column: 1, offset: 0 }, end };
  }
  if (guarded.regions.length > 0) root.data = { ...(root.data ?? {}), guarded: guarded.regions } as Root['data'];
  return root;
}

/** Start offset of a node (0 when the node has no position). */
export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a node. */
export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * Depth-first walk in document order; return `false` from the visitor to skip a node's
 * children. Iterative (an explicit stack), so no input depth can overflow the call stack.
 */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => boolean | void, parent?: Parents): void {
  const stack: { node: Nodes; parent: Parents | undefined }[] = [{ node, parent }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (visit(top.node, top.parent) === false) continue;
    if ('children' in top.node) {
      const children = top.node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: top.node as Parents });
    }
  }
}

/** The plain text of a node: text, inline code and link text, without markup. */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
  });
  return parts.join('');
}
