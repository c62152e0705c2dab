import type { Heading, Root } from 'mdast';
import builtinAliases from '../data/sections.json';
import { endOf, plainText, startOf } from './markdown';
import { trimEndChars } from '../text';
import { asksRecurrence } from './ownerLabels';

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

/** Folds a heading to a comparison key: no case, spaces, punctuation, emoji or leading numbering. */
export function headingKey(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(LEADING_NUMBER, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^[\u2460-\u24ff\u2776-\u2793]+/u, '');
}

// Leading numbering: "1.", "2.1", "1)", "(1)", "[1]", "#1", "II.", "a)", "①", "제1장", "step 1:", "part 2 -",
// possibly after emoji or markup. Every part is bounded, so the match is linear.
const LEADING_NUMBER = /^[^\p{L}\p{N}]{0,8}(?:(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|[(\[]\d{1,3}[)\]]|#\d{1,3}|[ivx]{1,5}[.)]|[a-z][.)]|[\u2460-\u24ff\u2776-\u2793]|제[ \t]?\d{1,3}[ \t]?[장절부]|(?:step|part|section)[ \t]\d{1,3}[.:)]?)[ \t]{1,8})+/u;

interface KeywordEntry { kind: SectionKind; key: string; start: boolean; end: boolean }

type AliasData = Record<string, { en: string[]; ko: string[]; keywords?: { en: string[]; ko: string[] } }>;
const DATA = builtinAliases as unknown as AliasData & { $keywordOrder: SectionKind[] };

/** Keyword entries in the order kinds are tried (`$keywordOrder` in sections.json). */
const KEYWORDS: KeywordEntry[] = [];
for (const kind of DATA.$keywordOrder) {
  const kw = DATA[kind]?.keywords;
  if (!kw) continue;
  for (const w of [...kw.en, ...kw.ko]) {
    const start = w.startsWith('^');
    const end = w.endsWith('$');
    KEYWORDS.push({ kind, key: headingKey(w.slice(start ? 1 : 0, end ? -1 : undefined)), start, end });
  }
}

/** Builds the key → kind lookup from built-in aliases plus configured ones (config wins). */
export function buildAliasLookup(extra?: SectionAliases): Map<string, SectionKind> {
  // Every parse asks for it (and the required-sections count again): one per configuration, and
  // the same object each time, so that the per-lookup memo of classifyHeading lasts across edits.
  const key = extra ? JSON.stringify(extra) : '';
  let map = aliasLookups.get(key);
  if (!map) {
    if (aliasLookups.size >= 16) aliasLookups.clear();
    aliasLookups.set(key, (map = makeAliasLookup(extra)));
  }
  return map;
}

/** Lookups by their configuration's JSON (never changed once built). */
const aliasLookups = new Map<string, Map<string, SectionKind>>();

function makeAliasLookup(extra?: SectionAliases): Map<string, SectionKind> {
  const map = new Map<string, SectionKind>();
  const add = (kind: SectionKind, words: string[]) => {
    for (const w of words) map.set(headingKey(w), kind);
  };
  for (const kind of SECTION_KINDS) {
    const entry = DATA[kind];
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

/** The head of a heading before a trailing remark: "Impact — 2 hours" → "Impact", "원인: 설정 오류" → "원인". */
export function headingHead(title: string): string {
  // Skip leading numbering first: "1. Summary: …" keeps "1. Summary".
  const lead = LEADING_NUMBER.exec(title.normalize('NFC').toLowerCase());
  const from = lead ? lead[0].length : 0;
  const rest = title.slice(from);
  const cut = rest.search(/\s[-–—|]\s|[—–:：(（|]/u);
  return cut > 0 ? title.slice(0, from + cut) : title;
}

/** The kinds whose keywords a folded heading contains, in `$keywordOrder`. */
export function keywordKinds(title: string): SectionKind[] {
  let kinds = keywordMemo.get(title);
  if (!kinds) {
    if (keywordMemo.size >= MEMO_SIZE) keywordMemo.clear();
    keywordMemo.set(title, (kinds = findKeywordKinds(title)));
  }
  return kinds;
}

/**
 * How many headings and labels the memos below keep: they are asked about every heading, label
 * and field of a document on every lint (a keystroke's re-lint of a big document asks again about
 * the same few thousand), and the answer depends only on the words (and the lookup).
 */
const MEMO_SIZE = 20000;
const keywordMemo = new Map<string, SectionKind[]>();
const classifyMemo = new WeakMap<Map<string, SectionKind>, Map<string, SectionKind | null>>();

function findKeywordKinds(title: string): SectionKind[] {
  const key = headingKey(title);
  const out: SectionKind[] = [];
  // Long headings are sentences (a timeline entry, a title), not section names.
  if (!key || key.length > 40) return out;
  for (const k of KEYWORDS) {
    if (out.includes(k.kind)) continue;
    const at = k.start ? (key.startsWith(k.key) ? 0 : -1) : key.indexOf(k.key);
    if (at < 0) continue;
    if (k.end && at + k.key.length !== key.length) continue;
    out.push(k.kind);
  }
  return out;
}

/** Options for classifying one heading. */
export interface ClassifyOptions {
  /** Also match by keywords (meaning) when no whole wording matches. Default true. */
  keywords?: boolean;
}

/**
 * The kind of a heading: the whole title, then without a trailing parenthetical
 * ("Timeline (2015-10-21)", "근본 원인 분석(5 Whys)"), then the head before a trailing remark
 * ("Impact — 2 hours"), then each side of a "/" or "|" in a bilingual heading, then the
 * parenthetical alone; then, failing all wordings, by keywords ("Why it broke", "파급 효과").
 */
export function classifyHeading(title: string, lookup: Map<string, SectionKind> = defaultLookup, options: ClassifyOptions = {}): SectionKind | undefined {
  let memo = classifyMemo.get(lookup);
  if (!memo) classifyMemo.set(lookup, (memo = new Map()));
  const key = `${options.keywords === false ? 0 : 1}${title}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const kind = classify(title, lookup, options);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, kind ?? null);
  return kind;
}

function classify(title: string, lookup: Map<string, SectionKind>, options: ClassifyOptions): SectionKind | undefined {
  const tries: string[] = [title];
  const paren = trailingParenthetical(title);
  if (paren) tries.push(paren.before);
  const head = headingHead(title);
  if (head !== title) tries.push(head);
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
  if (options.keywords === false) return undefined;
  // A heading that starts with a time or a date is a timeline entry, whatever words follow.
  if (/^\W{0,4}(?:\d{1,2}[:：]\d{2}|\d{4}[-./]\d{1,2}|\d{1,2}[/.]\d{1,2}\b|[01]?\d(?:am|pm)\b|(?:오전|오후)\s?\d)/iu.test(title.trim())) return undefined;
  const kind = keywordKinds(head)[0] ?? (paren ? keywordKinds(paren.before)[0] : undefined);
  if (kind === 'action-items' && (namesRelease(title) || asksRecurrence(headingKey(head)))) return undefined;
  return kind;
}

// A heading that names a software release ("Karpenter v1.0 GA 개선 사항", "Improvements in Kubernetes 1.29.2")
// describes what the release changed, not follow-up work, unless it also says the work is planned.
const RELEASE = /(?:^|[^\p{L}\p{N}.])(?:v\d{1,4}(?:\.\d{1,4}){0,3}|\d{1,4}\.\d{1,4}\.\d{1,4})(?![\p{N}])|(?:^|[^\p{L}])(?:ga|release notes?|released|what'?s new)(?![\p{L}])|릴리[스즈]|신규 ?기능|새 ?기능/iu;
const RELEASE_PLAN = /follow|action|next|todo|to do|plan|will|prevent|recurrence|remediat|후속|재발|계획|예정|향후|앞으로|조치|대책|과제|방지/iu;

function namesRelease(title: string): boolean {
  const t = title.normalize('NFC');
  const lead = LEADING_NUMBER.exec(t.toLowerCase());
  const rest = t.slice(lead ? lead[0].length : 0);
  return rest.length <= 80 && RELEASE.test(rest) && !RELEASE_PLAN.test(rest);
}

/** All sections of a document, in order, with their nesting. */
export function buildSections(root: Root, textLength: number, lookup: Map<string, SectionKind>): Section[] {
  const sections: Section[] = [];
  const stack: Section[] = [];
  // A lone level-1 heading is the document's title ("Postmortem: next steps after the outage"):
  // only whole wordings classify it, never keywords.
  let h1 = 0;
  for (const node of root.children) if (node.type === 'heading' && node.depth === 1) h1++;
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const title = plainText(node).trim();
    // Under a timeline, an action-items or a 5-whys section, sub-headings are entries and items
    // ("### 16:20 we found the cause"), so keywords do not make them sections of their own.
    let contentParent = false;
    for (const a of stack) if (a.depth < node.depth && (a.kind === 'timeline' || a.kind === 'action-items' || a.kind === 'five-whys')) contentParent = true;
    const keywords = !contentParent && !(node.depth === 1 && h1 === 1);
    const section: Section = {
      heading: node,
      title,
      depth: node.depth,
      kind: classifyHeading(title, lookup, { keywords }),
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
