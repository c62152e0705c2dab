import { parseDocument as parseYaml, isMap, isScalar, isSeq } from 'yaml';
import { yamlTooDeep } from '../yamlSafety';

/** The YAML block at the top of a document, parsed without ever throwing. */
export interface FrontMatter {
  /** Offsets of the whole block, delimiters included. */
  start: number;
  end: number;
  /** Offsets of the YAML content between the delimiters. */
  contentStart: number;
  contentEnd: number;
  /** Parsed data; undefined when the YAML is invalid or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** YAML syntax problems, with absolute offsets. */
  errors: { message: string; start: number; end: number }[];
  /** Absolute offsets of each top-level key's value (for findings pointing at a field). */
  fields: Map<string, { keyStart: number; valueStart: number; valueEnd: number }>;
  /**
   * Keys at any depth that name a JavaScript object's internals (`__proto__`, `constructor`,
   * `prototype`), with their path (`authors.__proto__`) and the key's offsets: reported, never
   * relied on.
   */
  forbidden: { path: string; start: number; end: number }[];
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The forbidden keys of a parsed YAML tree, found without recursion (nesting depth is the document's). */
function forbiddenKeys(root: unknown, offset: number): FrontMatter['forbidden'] {
  const out: FrontMatter['forbidden'] = [];
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  for (let seen = 0; stack.length && seen < 100_000; seen++) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key) && isScalar(pair.key) && pair.key.range) out.push({ path: at, start: offset + pair.key.range[0], end: offset + pair.key.range[1] });
        stack.push({ node: pair.value, path: at });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]` }));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;

/** Front matter above this size (UTF-16 units) is reported, not parsed. */
export const MAX_FRONT_MATTER = 64 * 1024;

/** Syntax errors reported from one front matter block, at most (then one saying how many more). */
export const MAX_FRONT_MATTER_ERRORS = 20;


/**
 * Finds front matter at `from` (after a BOM): `---` on the first line, closed by `---` or `...`
 * alone on a line. An unclosed block is not front matter (it may be a thematic break).
 */
export function findFrontMatter(text: string, from: number): FrontMatter | undefined {
  const head = text.slice(from, from + 8);
  const open = OPEN.exec(head);
  if (!open) return undefined;
  const contentStart = from + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(contentStart);
  // An empty block ("---\n---") closes on its first line.
  const m = close.exec(rest);
  if (!m) return undefined;
  const contentEnd = contentStart + m.index;
  let end = contentEnd + m[0].length;
  const nl = /^(?:\r\n|\n|\r)/.exec(text.slice(end, end + 2));
  if (nl) end += nl[0].length;
  const yamlText = text.slice(contentStart, contentEnd);
  const fm: FrontMatter = { start: from, end, contentStart, contentEnd, data: undefined, errors: [], fields: new Map(), forbidden: [] };
  // Real front matter is a few hundred bytes; a huge block is pasted data, and YAML parsing time grows with it.
  if (yamlText.length > MAX_FRONT_MATTER) {
    fm.errors.push({ message: `Front matter is ${Math.round(yamlText.length / 1024)} KB; more than ${MAX_FRONT_MATTER / 1024} KB is not read`, start: contentStart, end: contentStart + 3 });
    return fm;
  }
  // Nesting deeper than any real front matter ("[[[[…" pasted or typed) would make the YAML parser recurse until the stack
  // runs out (src/core/yamlSafety.ts): such a block is not parsed; one error says where it goes too deep.
  const deep = yamlTooDeep(yamlText);
  if (deep) {
    fm.errors.push({ message: `Front matter ${deep.message}; it is not read`, start: contentStart + deep.offset, end: contentStart + deep.offset + 1 });
    return fm;
  }
  try {
    const ydoc = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: true });
    const seen = new Set<string>();
    for (const e of ydoc.errors) {
      const [s, t] = e.pos ?? [0, 0];
      const error = { message: e.message.split('\n')[0], start: contentStart + s, end: contentStart + Math.max(t, s + 1) };
      // The parser can report the same error at the same place many times (once per unclosed collection): once is enough.
      const key = `${error.start}:${error.end}:${error.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A block that is mostly errors (thousands of "!tag" marks) gets its first few, not a finding per mark.
      if (seen.size > MAX_FRONT_MATTER_ERRORS) {
        fm.errors.push({ message: `and ${ydoc.errors.length - MAX_FRONT_MATTER_ERRORS} more syntax errors`, start: error.start, end: error.end });
        break;
      }
      // Out of stack anyway (a shape the scan does not know): where it happens depends on the caller, so say it once.
      if (/call stack/i.test(error.message)) {
        fm.errors = [{ message: 'Front matter is nested too deeply to read', start: contentStart, end: contentStart + 1 }];
        return fm;
      }
      fm.errors.push(error);
    }
    if (fm.errors.length === 0) {
      fm.forbidden = forbiddenKeys(ydoc.contents, contentStart);
      const value = ydoc.toJS({ maxAliasCount: 100 });
      if (value === null || value === undefined) fm.data = {};
      else if (typeof value === 'object' && !Array.isArray(value)) fm.data = value as Record<string, unknown>;
      else fm.errors.push({ message: 'Front matter must be a mapping of keys to values', start: contentStart, end: contentEnd });
      if (isMap(ydoc.contents)) {
        for (const pair of ydoc.contents.items) {
          const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
          const val = pair.value as { range?: [number, number, number] } | null;
          if (key && typeof key.value === 'string' && key.range) {
            const vr = val?.range ?? [key.range[1], key.range[1], key.range[1]];
            fm.fields.set(key.value, { keyStart: contentStart + key.range[0], valueStart: contentStart + vr[0], valueEnd: contentStart + vr[1] });
          }
        }
      }
    }
  } catch (err) {
    fm.errors.push({ message: err instanceof Error ? err.message.split('\n')[0] : String(err), start: contentStart, end: contentEnd });
  }
  return fm;
}
