import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Root, RootContent, Nodes, Parents } from 'mdast';
import { commonEnds } from './lines';

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
  return scanLinesState(text).lines;
}

/** {@link scanLines}, and whether a fence is still open at the end of the text. */
function scanLinesState(text: string): { lines: Line[]; open: boolean } {
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
  return { lines, open: fence !== undefined };
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

/**
 * Where a text may be cut into chunks: a new chunk starts at an ATX heading once the current one
 * has `heading` characters, and at any other allowed line once it has `size`.
 */
export interface Chunking {
  heading: number;
  size: number;
}

/**
 * A chunk parsed on its own; offsets and lines relative to the chunk. Chunks are cut where a new
 * top-level block starts with nothing open before it (column 0, no container marker, after a blank
 * line); `safe` says the parse confirmed it: no fence open for the line scanner, and no node of the
 * chunk runs into its trailing blank lines (an unclosed fence or HTML block runs to the end of the
 * text, and would have gone on into the next chunk). The text after a safe chunk parses the same
 * with or without it, so the chunks' trees together are the tree of the whole text.
 */
interface ParsedChunk {
  children: RootContent[];
  /** Root position of the chunk's own parse (used as is when the chunk is the whole text). */
  position: Root['position'];
  regions: GuardedRegion[];
  /** Line breaks in the chunk. */
  breaks: number;
  safe: boolean;
  /** Link reference definitions in the chunk: identifier → label (line breaks as spaces). */
  defs: Map<string, string>;
  /**
   * Where the chunk's own nodes (`children`) are now: they are parsed at the chunk's start
   * (offset 0, line 1) and then moved IN PLACE to where the chunk is in each text assembled from
   * it (see {@link assemble}), so an edit copies no node of the chunks after it. `parse` is the
   * {@link MarkdownCache} parse that placed them last (a chunk met twice in one text is copied the
   * second time).
   */
  at?: { from: number; line: number; regions: GuardedRegion[]; parse: number };
  /** Every position point of the chunk's nodes (collected when they first move: one flat loop moves them). */
  points?: Point[];
}

type Point = NonNullable<Nodes['position']>['start'];

/**
 * Parsed chunks by text, kept from one parse to the next: a text that is parsed again after an
 * edit reuses every chunk the edit did not touch (see `src/core/incremental.ts`).
 */
export class MarkdownCache {
  private current = new Map<string, ParsedChunk>();
  private next = new Map<string, ParsedChunk>();
  /** Labels of the definitions the last parse found: the first guess for the next one. */
  labels: string[] = [];
  /** Parses so far (see `ParsedChunk.at`). */
  parses = 0;
  /** The last text parsed (as given, with its mask) and where its chunks start (the next text's cuts are those, but near the edit). */
  private last?: { text: string; starts: number[]; maskEnd: number };

  constructor(readonly chunking: Chunking) {}

  /**
   * Parses like {@link parseMarkdown}, reusing the chunks of earlier parses. The nodes of a chunk
   * an edit did not touch are moved in place, not copied: a tree this returned is valid until the
   * next call (its nodes may then be moved to their place in the new text).
   */
  parse(text: string): Root {
    return this.parseMasked(text, 0);
  }

  /**
   * {@link parse} of `text` with its first `maskEnd` characters blanked (each but a line break
   * becomes a space: the front matter), without building that text: a new string of the whole
   * document per keystroke costs a copy of it (and its garbage) when it is first read.
   */
  parseMasked(text: string, maskEnd: number): Root {
    // Only a mask of whole lines is read in place (a front matter ends with its line break); another (a BOM alone) is applied.
    if (maskEnd > 0 && maskEnd < text.length && text.charCodeAt(maskEnd - 1) !== 0x0a) {
      text = maskHead(text, maskEnd);
      maskEnd = 0;
    }
    this.parses++;
    const last = this.last;
    // The same mask: the blanked texts differ at most where the texts do (commonEnds of the texts is safe).
    const starts = last && last.maskEnd === maskEnd ? chunkStartsAfter(last.text, last.starts, text, this.chunking, maskEnd) : chunkStarts(text, this.chunking, undefined, undefined, maskEnd);
    this.last = { text, starts, maskEnd };
    const root = parseChunks(text, starts, this, maskEnd);
    this.current = this.next;
    this.next = new Map();
    return root;
  }

  /** The parsed chunk of a text (parsed now unless known); undefined when the definitions prefix did not parse as such. */
  chunk(text: string, labels: readonly string[], prefix: string, labelsKey: string): ParsedChunk | undefined {
    // A chunk without `]` has no reference, so other chunks' definitions do not matter to it.
    const refs = prefix !== '' && text.includes(']');
    const key = refs ? `${labelsKey}\u0000${text}` : text;
    let found = this.next.get(key) ?? this.current.get(key);
    if (!found) {
      found = parseChunk(text, refs ? labels.length : 0, refs ? prefix : '');
      if (!found) return undefined;
    }
    this.next.set(key, found);
    return found;
  }
}

const ATX = /^#{1,6}(?:[ \t]|$)/;

/**
 * Offsets where chunks start. A line may start one when it is at column 0 with no container
 * marker and follows a blank line; whether it was a safe place is checked after parsing.
 * `starts` (for {@link chunkStartsAfter}): cuts already known, the scan goes on from the last one;
 * `done` is asked at each new cut whether the rest is known (then it has added it, and the scan stops).
 */
export function chunkStarts(text: string, chunking: Chunking, starts = [0], done?: (at: number, starts: number[]) => boolean, maskEnd = 0): number[] {
  let last = starts[starts.length - 1];
  let prevBlank = false;
  let pos = last;
  const n = text.length;
  while (pos < n) {
    let end = pos;
    let blank = true;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      if (blank && c !== 0x20 && c !== 0x09) blank = false;
    }
    // A line of the mask (it ends before `maskEnd`, which starts a line) is blanked.
    if (pos < maskEnd) blank = true;
    if (prevBlank && !blank && pos > 0) {
      const c = text.charCodeAt(pos);
      const size = pos - last;
      // Not at a U+FEFF: a chunk's parse would drop it as a byte order mark, which the whole text's keeps.
      if (c !== 0x20 && c !== 0x09 && c !== 0xfeff && (size >= chunking.size || (size >= chunking.heading && c === 0x23 && ATX.test(text.slice(pos, Math.min(end, pos + 8)))))) {
        if (scanLine(text, pos, end).containers === 0) {
          starts.push(pos);
          last = pos;
          if (done?.(pos, starts)) return starts;
        }
      }
    }
    prevBlank = blank;
    if (end >= n) break;
    pos = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return starts;
}

/**
 * {@link chunkStarts} of `text`, knowing those of an earlier version `prev`: the cuts before the
 * edit are kept, the text is scanned from the last of them, and once a cut falls in the unchanged
 * end where `prev` had one, the rest are `prev`'s, moved. A cut depends only on the text from the
 * cut before it (the size since then, the line before it and its own line), so this is exact.
 */
export function chunkStartsAfter(prev: string, prevStarts: readonly number[], text: string, chunking: Chunking, maskEnd = 0): number[] {
  const { prefix, suffix } = commonEnds(prev, text);
  if (prefix === prev.length && prefix === text.length) return prevStarts.slice();
  // The last kept cut: its own line and line break lie before the edit (a cut is decided by its line).
  let k = 0;
  for (let lo = 0, hi = prevStarts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (prevStarts[mid] < prefix) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  while (k > 0) {
    let end = prevStarts[k];
    while (end < prefix && prev.charCodeAt(end) !== 0x0a && prev.charCodeAt(end) !== 0x0d) end++;
    if (end + 2 <= prefix) break;
    k--;
  }
  const delta = text.length - prev.length;
  const tail = text.length - suffix;
  let j = k;
  return chunkStarts(
    text,
    chunking,
    prevStarts.slice(0, k + 1),
    (at, starts) => {
      if (at < tail) return false;
      while (j < prevStarts.length && prevStarts[j] < at - delta) j++;
      if (prevStarts[j] !== at - delta) return false;
      for (let i = j + 1; i < prevStarts.length; i++) starts.push(prevStarts[i] + delta);
      return true;
    },
    maskEnd,
  );
}

/** Parses one chunk, after `count` definitions in `prefix` (their nodes are dropped); undefined if the prefix misparsed. */
function parseChunk(text: string, count: number, prefix: string): ParsedChunk | undefined {
  const { lines, open } = scanLinesState(text);
  const guarded = guardLines(text, lines);
  const parsed = processor.parse(prefix + guarded.text) as Root;
  let children = parsed.children;
  if (prefix) {
    // The prefix is `count` one-line definitions and a blank line: exactly that many definition nodes before the chunk's own.
    if (children.length < count) return undefined;
    for (let i = 0; i < count; i++) if (children[i].type !== 'definition' || endOf(children[i]) >= prefix.length) return undefined;
    if (children.length > count && startOf(children[count]) < prefix.length) return undefined;
    children = placeNodes(children.slice(count), -prefix.length, -(count + 1));
  }
  let contentEnd = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].blank) {
      contentEnd = lines[i].end;
      break;
    }
  }
  const last = children[children.length - 1];
  const defs = new Map<string, string>();
  if (text.includes(']:')) {
    for (const child of children) {
      walk(child, (node) => {
        if (node.type === 'definition') {
          if (!defs.has(node.identifier)) defs.set(node.identifier, (node.label ?? node.identifier).replace(/[\r\n]+/g, ' '));
          return false;
        }
        return node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table' && node.type !== 'code' && node.type !== 'html';
      });
    }
  }
  return {
    children,
    position: prefix ? undefined : parsed.position,
    regions: guarded.regions,
    breaks: lines.length - 1,
    safe: !open && (!last || endOf(last) <= contentEnd),
    defs,
  };
}

/** Copies nodes with their positions moved by `offset` characters and `lineDelta` lines (an explicit stack: no recursion). */
function placeNodes(nodes: RootContent[], offset: number, lineDelta: number): RootContent[] {
  if (offset === 0 && lineDelta === 0) return nodes;
  const out: RootContent[] = new Array(nodes.length);
  const stack: { src: Nodes[]; dst: Nodes[] }[] = [{ src: nodes, dst: out }];
  while (stack.length > 0) {
    const { src, dst } = stack.pop()!;
    for (let i = 0; i < src.length; i++) {
      const node = src[i];
      const copy = { ...node } as Nodes;
      const p = node.position;
      if (p) {
        copy.position = {
          start: { line: p.start.line + lineDelta, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
          end: { line: p.end.line + lineDelta, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
        };
      }
      if ('children' in node) {
        const kids: Nodes[] = new Array(node.children.length);
        (copy as Parents).children = kids as Parents['children'];
        stack.push({ src: node.children as Nodes[], dst: kids });
      }
      dst[i] = copy;
    }
  }
  return out;
}

/**
 * Moves a chunk's own nodes IN PLACE by `offset` characters and `lineDelta` lines. Every node has
 * its own position points (mdast-util-from-markdown makes them per node), so each moves once; they
 * are collected once per chunk (an explicit stack: no recursion), then moved in one flat loop.
 */
function shiftPoints(chunk: ParsedChunk, offset: number, lineDelta: number): void {
  if (offset === 0 && lineDelta === 0) return;
  let points = chunk.points;
  if (!points) {
    const all: Point[] = [];
    const stack: Nodes[][] = [chunk.children];
    while (stack.length > 0) {
      const src = stack.pop()!;
      for (let i = 0; i < src.length; i++) {
        const node = src[i];
        const p = node.position;
        if (p) all.push(p.start, p.end);
        if ('children' in node) stack.push(node.children as Nodes[]);
      }
    }
    chunk.points = points = all;
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    p.line += lineDelta;
    if (p.offset !== undefined) p.offset += offset;
  }
}

/** Definitions copied into every chunk cost more than chunking saves past this length: parse whole. */
const MAX_PREFIX = 8192;

/** The whole text in one parse (after the guard). */
export function parseWhole(text: string): Root {
  const guarded = guardLines(text, scanLines(text));
  const root = processor.parse(guarded.text) as Root;
  if (guarded.regions.length > 0) root.data = { ...(root.data ?? {}), guarded: guarded.regions } as Root['data'];
  return root;
}

/**
 * Parses a text cut at `starts` (merging a chunk with the next ones while it is not safe).
 * Link reference definitions are document-wide: each chunk with a `]` is parsed after one-line
 * copies of every definition of the text (guessed from the last parse, then checked).
 */
function parseChunks(text: string, starts: number[], cache: MarkdownCache, maskEnd = 0): Root {
  let labels = cache.labels;
  for (let attempt = 0; attempt < 3; attempt++) {
    const prefix = labels.length ? `${labels.map((l) => `[${l}]: #`).join('\n')}\n\n` : '';
    if (prefix.length > MAX_PREFIX) break;
    const placed = placeChunks(text, starts, cache, labels, prefix, maskEnd);
    if (!placed) break;
    const found = new Map<string, string>();
    for (const c of placed) for (const [id, label] of c.chunk.defs) if (!found.has(id)) found.set(id, label);
    const ids = [...found.keys()].sort();
    const now = ids.map((id) => found.get(id)!);
    if (now.length === labels.length && now.every((l, i) => l === labels[i])) {
      cache.labels = labels;
      return assemble(text, placed, cache.parses);
    }
    labels = now;
  }
  cache.labels = [];
  return parseWhole(maskEnd > 0 ? maskHead(text, maskEnd) : text);
}

/** `text` with its first `end` characters blanked: each but a line break becomes a space. */
export function maskHead(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

function placeChunks(text: string, starts: number[], cache: MarkdownCache, labels: readonly string[], prefix: string, maskEnd: number): { chunk: ParsedChunk; from: number }[] | undefined {
  const labelsKey = labels.join('\n');
  const out: { chunk: ParsedChunk; from: number }[] = [];
  let k = 0;
  while (k < starts.length) {
    // An unsafe chunk is merged with the next one, two, four… (a fence typed near the top reparses the rest once, not once per chunk).
    for (let span = 1; ; span *= 2) {
      const j = Math.min(starts.length, k + span);
      const from = starts[k];
      // No cut falls inside the mask (its lines are blank): only a first chunk holds it.
      const to = j < starts.length ? starts[j] : text.length;
      const chunk = cache.chunk(from < maskEnd ? maskHead(text.slice(from, to), maskEnd - from) : text.slice(from, to), labels, prefix, labelsKey);
      if (!chunk) return undefined;
      if (chunk.safe || j === starts.length) {
        out.push({ chunk, from });
        k = j;
        break;
      }
    }
  }
  return out;
}

function assemble(text: string, placed: { chunk: ParsedChunk; from: number }[], parse: number): Root {
  let root: Root;
  const regions: GuardedRegion[] = [];
  const children: RootContent[] = [];
  let line = 0;
  for (const { chunk, from } of placed) {
    const at = chunk.at;
    if (at && at.parse === parse) {
      // The same chunk text twice in one text (its nodes are already placed once): a copy.
      const copies = placeNodes(chunk.children, from - at.from, line - at.line);
      const delta = { from };
      for (let i = 0; i < copies.length; i++) {
        children.push(copies[i]);
        origins.set(copies[i], { origin: chunk.children[i], at: delta });
      }
      for (const r of chunk.regions) regions.push({ ...r, start: r.start + from, end: r.end + from });
    } else {
      if (!at) {
        chunk.at = { from, line, regions: chunk.regions.map((r) => ({ ...r, start: r.start + from, end: r.end + from })), parse };
        shiftPoints(chunk, from, line);
        for (const node of chunk.children) origins.set(node, { origin: node, at: chunk.at });
      } else {
        if (at.from !== from || at.line !== line) {
          shiftPoints(chunk, from - at.from, line - at.line);
          if (at.from !== from) at.regions = chunk.regions.map((r) => ({ ...r, start: r.start + from, end: r.end + from }));
          at.from = from;
          at.line = line;
        }
        at.parse = parse;
      }
      for (const node of chunk.children) children.push(node);
      for (const r of chunk.at!.regions) regions.push(r);
    }
    line += chunk.breaks;
  }
  if (placed.length === 1 && placed[0].chunk.position) {
    // The whole text in one chunk: its own parse's root position.
    root = { type: 'root', children, position: placed[0].chunk.position };
  } else {
    // The last line break: a "\r" after the last "\n" (searched from there, not back through a text without one).
    const lf = text.lastIndexOf('\n');
    const cr = text.indexOf('\r', lf + 1) >= 0 ? text.lastIndexOf('\r') : -1;
    const end = { line: line + 1, column: text.length - Math.max(lf, cr), offset: text.length };
    root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
  if (regions.length > 0) root.data = { guarded: regions } as Root['data'];
  return root;
}

/**
 * Top-level nodes of a chunked parse ({@link MarkdownCache}) and the node of their chunk's own
 * parse they are a placed copy of. A chunk is parsed again only when its text (or the
 * definitions it refers to) changed, so two top-level nodes with the same origin have the same
 * tree, at positions that differ by one offset: what is derived from a node alone can be kept by
 * its origin across a session's parses (see {@link originOf}).
 */
const origins = new WeakMap<Nodes, { origin: Nodes; at: { from: number } }>();

/**
 * The origin of a top-level node of a chunked parse (see {@link origins}) and how far its
 * offsets are moved from the origin's chunk's own parse (where the chunk starts in the text);
 * undefined for other parses (nothing to reuse). Only for the last tree a cache assembled.
 */
export function originOf(node: Nodes): { origin: Nodes; delta: number } | undefined {
  const o = origins.get(node);
  return o && { origin: o.origin, delta: o.at.from };
}

/** Parses Markdown into mdast with offsets into `text`, after {@link guardMarkdown}. */
export function parseMarkdown(text: string): Root {
  // Small enough that one parse is linear in practice: one chunk.
  if (text.length <= 2 * CHUNK_CHARS) return parseWhole(text);
  return new MarkdownCache({ heading: CHUNK_CHARS, size: CHUNK_CHARS }).parse(text);
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
