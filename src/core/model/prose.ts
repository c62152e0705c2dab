import type { Nodes, Root } from 'mdast';
import { endOf, originOf, startOf, walk } from './markdown';

/**
 * The prose of one block (paragraph, heading or table cell) as a string whose every character
 * maps back to a source offset. Inline code, HTML, images and bare URLs become a separator
 * (U+FFFC) that no phrase pattern matches across; emphasis markers are dropped, so
 * "**Bob** forgot" reads "Bob forgot".
 */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** Source offsets of the block. */
  start: number;
  end: number;
  text: string;
  /** Source offset of each character of `text` (-1 for separators). In a lint session, may be a getter (see `MovedBlock`). */
  readonly map: number[];
  /** Inside a blockquote: quoted material (a customer's e-mail, a chat log), not the author's wording. */
  quoted?: boolean;
}

/** The separator placed where non-prose inline content was. */
export const SEPARATOR = '\uFFFC';

/**
 * Maps a range of a block's text back to source offsets. `contiguous` is false when the range
 * crosses markup (emphasis markers, a separator), where a plain replacement would lose it.
 */
export function sourceRange(block: ProseBlock, from: number, to: number): { start: number; end: number; contiguous: boolean } {
  const start = block.map[from];
  const end = block.map[to - 1] + 1;
  let contiguous = start >= 0 && end > start;
  for (let i = from + 1; contiguous && i < to; i++) {
    if (block.map[i] !== block.map[i - 1] + 1) contiguous = false;
  }
  return { start: Math.max(start, block.start), end: Math.max(end, start), contiguous };
}

/** A URL written without link syntax (what GFM would autolink). */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]{1,2000}/giu;

function pushText(out: { text: string[]; map: number[] }, text: string, at: number): void {
  out.text.push(text);
  for (let i = 0; i < text.length; i++) out.map.push(at + i);
}

function isBareUrl(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const label = node.children[0].value;
  return node.url === label || node.url === `mailto:${label}` || node.url === `http://${label}`;
}

function collect(root: Nodes, source: string, out: { text: string[]; map: number[] }): void {
  // Iterative (walk), so no nesting depth can overflow the stack.
  walk(root, (node) => {
    switch (node.type) {
      case 'text': {
        const s = startOf(node);
        const raw = source.slice(s, endOf(node));
        // Bare URLs are not prose: each becomes one separator.
        let from = 0;
        BARE_URL.lastIndex = 0;
        for (let m = BARE_URL.exec(raw); m; m = BARE_URL.exec(raw)) {
          pushText(out, raw.slice(from, m.index), s + from);
          out.text.push(SEPARATOR);
          out.map.push(-1);
          from = m.index + m[0].length;
        }
        pushText(out, raw.slice(from), s + from);
        return false;
      }
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'break':
        out.text.push(SEPARATOR);
        out.map.push(-1);
        return false;
      case 'link':
        if (isBareUrl(node)) {
          out.text.push(SEPARATOR);
          out.map.push(-1);
          return false;
        }
        return true;
      default:
        return true;
    }
  });
}

function block(kind: ProseBlock['kind'], node: Nodes, source: string): ProseBlock {
  const out = { text: [] as string[], map: [] as number[] };
  collect(node, source, out);
  return { kind, start: startOf(node), end: endOf(node), text: out.text.join(''), map: out.map };
}

/**
 * The prose blocks of a top-level node of a lint session's parse, kept by the chunk node it is a
 * copy of ({@link originOf}): the same tree and source text, at a place `delta` apart; and the
 * same blocks at the node's last other place (`moved`), while it stays there.
 */
const kept = new WeakMap<Nodes, { delta: number; blocks: ProseBlock[]; moved?: { delta: number; blocks: ProseBlock[] } }>();

/**
 * A block `by` characters on. Its offset map is moved when first read: the rules read the maps of
 * the few blocks with a finding, and a keystroke moves every block after it.
 */
/**
 * A block `by` characters on from a block as read. Its offset map is moved when first read: the
 * rules read the maps of the few blocks with a finding, and a keystroke moves every block after it.
 * A class (an object literal with a getter costs several times more to create); its own fields are
 * the block's, but `map`, which is on the prototype: read a block's fields by name (a spread or
 * `Object.keys` would miss `map`; `JSON.stringify` has it, through `toJSON`).
 */
class MovedBlock implements ProseBlock {
  readonly kind: ProseBlock['kind'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  declare quoted?: boolean;
  readonly #from: ProseBlock;
  readonly #by: number;
  #map: number[] | undefined;
  constructor(from: ProseBlock, by: number) {
    this.kind = from.kind;
    this.start = from.start + by;
    this.end = from.end + by;
    this.text = from.text;
    if (from.quoted !== undefined) this.quoted = from.quoted;
    this.#from = from;
    this.#by = by;
  }

  get map(): number[] {
    if (!this.#map) {
      const from = this.#from.map;
      const by = this.#by;
      const map = new Array<number>(from.length);
      for (let i = 0; i < from.length; i++) map[i] = from[i] < 0 ? from[i] : from[i] + by;
      this.#map = map;
    }
    return this.#map;
  }

  toJSON(): ProseBlock {
    return { kind: this.kind, start: this.start, end: this.end, text: this.text, map: this.map, ...(this.quoted !== undefined ? { quoted: this.quoted } : {}) };
  }
}

function moveBlock(b: ProseBlock, by: number): ProseBlock {
  return new MovedBlock(b, by);
}

/**
 * Every prose block of a document, in order (code, HTML and front matter are not prose). A top-level
 * block's prose depends on it alone (a blockquote is inside it): in a lint session, the blocks of
 * one an edit did not touch are those read before, moved (see {@link kept}).
 */
export function collectProse(root: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const node of root.children) {
    const o = originOf(node);
    if (!o) {
      collectBlocks(node, source, blocks);
      continue;
    }
    const known = kept.get(o.origin);
    let own: ProseBlock[];
    if (!known) {
      own = [];
      collectBlocks(node, source, own);
      kept.set(o.origin, { delta: o.delta, blocks: own });
    } else if (known.delta === o.delta) {
      own = known.blocks;
    } else {
      // Moved from the blocks as read (never from moved ones: no chain of moves).
      if (known.moved?.delta !== o.delta) known.moved = { delta: o.delta, blocks: known.blocks.map((b) => moveBlock(b, o.delta - known.delta)) };
      own = known.moved.blocks;
    }
    for (const b of own) blocks.push(b);
  }
  return blocks;
}

function collectBlocks(root: Nodes, source: string, blocks: ProseBlock[]): void {
  // Blockquotes in document order, to mark the blocks inside them (the walk is iterative and in order).
  const quotes: { start: number; end: number }[] = [];
  const inQuote = (b: ProseBlock) => {
    while (quotes.length && quotes[quotes.length - 1].end <= b.start) quotes.pop();
    return quotes.length > 0 && quotes[quotes.length - 1].start <= b.start;
  };
  const add = (b: ProseBlock) => {
    if (inQuote(b)) b.quoted = true;
    blocks.push(b);
  };
  walk(root, (node) => {
    switch (node.type) {
      case 'blockquote':
        quotes.push({ start: startOf(node), end: endOf(node) });
        return true;
      case 'paragraph':
        add(block('paragraph', node, source));
        return false;
      case 'heading':
        add(block('heading', node, source));
        return false;
      case 'tableCell':
        add(block('tableCell', node, source));
        return false;
      case 'code':
      case 'html':
      case 'yaml' as Nodes['type']:
        return false;
      default:
        return true;
    }
  });
}
