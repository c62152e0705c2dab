import type { Heading, Root } from 'mdast';
import builtinAliases from '../data/sections.json';
import { endOf, plainText, startOf } from './markdown';
import { trimEndChars } from '../text';

/** The kinds of section the engine understands. */
export const SECTION_KINDS = [
  'summary', 'impact', 'timeline', 'root-causes', 'five-whys', 'trigger', 'resolution', 'detection',
  'action-items', 'lessons-learned', 'went-well', 'went-wrong', 'got-lucky', 'discussion', 'monitoring',
  'supporting-information',
] as const;

/** A section kind, such as `timeline`. */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Heading aliases: kind → wordings. */
export type SectionAliases = Partial<Record<SectionKind, string[]>>;

/** A heading and the content under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  /** Heading text as written (plain, without markup). */
  title: string;
  depth: number;
  kind: SectionKind | undefined;
  /** Offset of the heading. */
  start: number;
  /** Offset just after the heading (where the content starts). */
  contentStart: number;
  /** Offset where the section ends (next heading of depth <= this one, or end of text). */
  end: number;
  parent: Section | undefined;
  children: Section[];
}

/** Folds a heading to a comparison key: no case, spaces, punctuation or leading numbering. */
export function headingKey(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Builds the key → kind lookup from built-in aliases plus configured ones (config wins). */
export function buildAliasLookup(extra?: SectionAliases): Map<string, SectionKind> {
  const map = new Map<string, SectionKind>();
  const add = (kind: SectionKind, words: string[]) => {
    for (const w of words) map.set(headingKey(w), kind);
  };
  for (const kind of SECTION_KINDS) {
    const entry = (builtinAliases as unknown as Record<string, { en: string[]; ko: string[] }>)[kind];
    add(kind, [...entry.en, ...entry.ko]);
  }
  if (extra) for (const [kind, words] of Object.entries(extra)) if (words) add(kind as SectionKind, words);
  return map;
}

const defaultLookup = buildAliasLookup();

/** Splits "Timeline (2015-10-21):" into the text before and inside a trailing parenthetical. */
function trailingParenthetical(title: string): { before: string; inside: string } | undefined {
  const t = trimEndChars(title, ' \t:：');
  const close = t[t.length - 1];
  const open = close === ')' ? '(' : close === '）' ? '（' : close === ']' ? '[' : undefined;
  if (!open) return undefined;
  const at = Math.max(t.lastIndexOf(open), close === ')' ? t.lastIndexOf('（') : -1);
  if (at < 0) return undefined;
  return { before: t.slice(0, at), inside: t.slice(at + 1, -1) };
}

/**
 * The kind of a heading: the whole title, then without a trailing parenthetical
 * ("Timeline (2015-10-21)", "근본 원인 분석(5 Whys)"), then each side of a "/" or "|"
 * in a bilingual heading, then the parenthetical alone.
 */
export function classifyHeading(title: string, lookup: Map<string, SectionKind> = defaultLookup): SectionKind | undefined {
  const tries: string[] = [title];
  const paren = trailingParenthetical(title);
  if (paren) tries.push(paren.before);
  if (paren) tries.push(paren.inside);
  for (const t of tries) {
    const key = headingKey(t);
    if (!key) continue;
    const kind = lookup.get(key);
    if (kind) return kind;
  }
  // A bilingual heading ("Action Items / 후속 조치") counts only when every side names the same
  // section: "Postmortem: A / Impact" is a title, not the impact section.
  for (const t of tries.slice(0, 2)) {
    if (!/[/|]/.test(t)) continue;
    const kinds = t.split(/[/|]/).filter((p) => headingKey(p)).map((p) => lookup.get(headingKey(p)));
    if (kinds.length > 1 && kinds[0] && kinds.every((k) => k === kinds[0])) return kinds[0];
  }
  return undefined;
}

/** All sections of a document, in order, with their nesting. */
export function buildSections(root: Root, textLength: number, lookup: Map<string, SectionKind>): Section[] {
  const sections: Section[] = [];
  const stack: Section[] = [];
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const title = plainText(node).trim();
    const section: Section = {
      heading: node,
      title,
      depth: node.depth,
      kind: classifyHeading(title, lookup),
      start: startOf(node),
      contentStart: endOf(node),
      end: textLength,
      parent: undefined,
      children: [],
    };
    while (stack.length && stack[stack.length - 1].depth >= section.depth) {
      stack.pop()!.end = section.start;
    }
    section.parent = stack[stack.length - 1];
    section.parent?.children.push(section);
    stack.push(section);
    sections.push(section);
  }
  return sections;
}
