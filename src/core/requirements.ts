import type { Nodes, Table } from 'mdast';
import type { PostmortemDocument } from './model/document';
import { endOf, originOf, plainText, startOf } from './model/markdown';
import { buildAliasLookup, classifyHeading, headingHead, headingKey, keywordKinds, type Section, type SectionKind } from './model/sections';
import type { Lang } from './types';
import { trimEndChars } from './text';
import { isChronologySection } from './model/timeline/chronology';
import { DATE_HEADER, TIME_HEADER } from './model/timeline/forms';
import { openingSummarySection } from './model/openingSummary';

/** One requirement: any of these section kinds satisfies it. */
export type Requirement = readonly SectionKind[];

/** Required sections per built-in template, in document order. */
export const REQUIRED_SECTIONS: Record<string, readonly Requirement[]> = {
  default: [['summary'], ['impact'], ['timeline'], ['root-causes', 'five-whys'], ['action-items']],
  'google-sre': [['summary'], ['impact'], ['root-causes', 'five-whys'], ['trigger'], ['resolution'], ['detection'], ['action-items'], ['lessons-learned'], ['timeline']],
  lightweight: [['summary'], ['timeline'], ['resolution'], ['five-whys', 'root-causes'], ['action-items']],
  'ko-incident-report': [['summary'], ['impact'], ['timeline'], ['five-whys', 'root-causes'], ['action-items'], ['lessons-learned']],
};

/**
 * The requirements for a document: configured ones (by template id, then `default`) win over
 * the built-in set of its template, then the built-in default.
 */
export function requiredSectionsFor(templateId: string | undefined, configured?: Record<string, string[]>): readonly Requirement[] {
  const id = templateId?.trim().toLowerCase();
  // Own keys only: `template: constructor` must not reach Object.prototype (it threw in the rule).
  const own = <T>(table: Record<string, T> | undefined, key: string | undefined): T | undefined =>
    table && key && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  const fromConfig = own(configured, id) ?? own(configured, 'default');
  if (Array.isArray(fromConfig)) return fromConfig.map((k) => [k as SectionKind]);
  return own(REQUIRED_SECTIONS, id) ?? REQUIRED_SECTIONS.default;
}

/** Heading text for a section kind, per template and language (used when inserting a section). */
const HEADINGS: Record<Lang, Partial<Record<SectionKind, string>>> = {
  en: {
    summary: 'Summary', impact: 'Impact', timeline: 'Timeline', 'root-causes': 'Root Causes', 'five-whys': '5 Whys',
    trigger: 'Trigger', resolution: 'Resolution', detection: 'Detection', 'action-items': 'Action Items',
    'lessons-learned': 'Lessons Learned', 'went-well': 'What went well', 'went-wrong': 'What went wrong',
    'got-lucky': 'Where we got lucky', discussion: 'Discussion', monitoring: 'Monitoring', 'supporting-information': 'Supporting Information',
  },
  ko: {
    summary: '개요', impact: '영향', timeline: '타임라인', 'root-causes': '근본 원인', 'five-whys': '근본 원인 분석(5 Whys)',
    trigger: '트리거', resolution: '해결', detection: '탐지', 'action-items': '재발 방지 대책', 'lessons-learned': '교훈',
    'went-well': '잘된 일', 'went-wrong': '잘 안 된 일', 'got-lucky': '운이 좋았던 일', discussion: '논의', monitoring: '모니터링',
    'supporting-information': '참고 자료',
  },
};

const LIGHTWEIGHT_EN: Partial<Record<SectionKind, string>> = {
  summary: 'Overview', resolution: 'Immediate Action', 'five-whys': 'Root Cause Analysis', 'action-items': 'Preventative Measures',
};

/** The heading to write for a missing section. */
export function sectionHeading(kind: SectionKind, lang: Lang, templateId?: string): string {
  if (lang === 'en' && templateId === 'lightweight' && LIGHTWEIGHT_EN[kind]) return LIGHTWEIGHT_EN[kind]!;
  return HEADINGS[lang][kind] ?? kind;
}


/** A short field label ("영향", "Root cause", "**Impact:**") read as a section name, or undefined. */
function fieldKind(label: string, lookup: Map<string, SectionKind>): SectionKind | undefined {
  const l = label.replace(/[:：]\s*$/u, '').trim();
  if (!l || l.length > 40) return undefined;
  return classifyHeading(l, lookup);
}

/** Field rows of a table: the first cell of each row, and header cells over data rows. */
function tableFieldKinds(table: Table, lookup: Map<string, SectionKind>, out: { add(kind: SectionKind): unknown }): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  for (const row of table.children) {
    const [first, ...rest] = row.children;
    if (!first || !rest.some((c) => plainText(c).trim())) continue;
    const kind = fieldKind(plainText(first), lookup);
    if (kind) out.add(kind);
  }
  if (rows.length === 0) return;
  header.children.forEach((cell, i) => {
    if (!rows.some((r) => r.children[i] && plainText(r.children[i]).trim())) return;
    const kind = fieldKind(plainText(cell), lookup);
    if (kind) out.add(kind);
  });
}

/** The opening colon label of a paragraph's text ("Root cause: …"), as {@link labelKind} reads it. */
// (Not a colon inside an open parenthesis: "결제팀이 원인을 확인할 예정 (담당: …)" is an item with its owner, no label.)
const LABEL = /^([^\n:：(（]{1,40}(?:[(（][^\n:：()（）]{0,30}[)）][^\n:：(（]{0,30})?)[:：]/u;

/** The prose that makes the summary of a write-up when there is at least this much before the first section. */
const LEDE_MIN = 80;
/** Korean says in about half the characters what English does: two sentences are a lede either way. */
const LEDE_MIN_KO = 45;

/**
 * The section kinds a block's own words name: a heading (by its whole wording or its keywords), a
 * table cell (as a field label), a paragraph's opening label. Used to check that a rewrite of the
 * block's words does not add or remove a section.
 */
export function structuralKinds(doc: PostmortemDocument, kind: 'paragraph' | 'heading' | 'tableCell', text: string): SectionKind[] {
  const lookup = lookupFor(doc);
  const out: (SectionKind | undefined)[] = [];
  if (kind === 'heading') {
    const title = text.trim();
    out.push(classifyHeading(title, lookup, { keywords: true }), classifyHeading(title, lookup, { keywords: false }));
    if (!/^\W{0,4}\d{1,2}[:：]\d{2}/u.test(title)) out.push(...keywordKinds(headingHead(title)));
  } else if (kind === 'tableCell') out.push(fieldKind(text, lookup));
  else {
    const m = LABEL.exec(text.trimStart().slice(0, 60));
    if (m) out.push(fieldKind(m[1], lookup));
  }
  return [...new Set(out.filter((k): k is SectionKind => k !== undefined))];
}

/**
 * Whether a block whose words name the kinds `before` (see {@link structuralKinds}) can name
 * `after` instead without changing which sections the document has: a kind it stops naming is
 * named elsewhere too, and a kind it starts naming is already present.
 */
export function keepsSectionKinds(doc: PostmortemDocument, before: readonly SectionKind[], after: readonly SectionKind[]): boolean {
  if (before.length === after.length && before.every((k) => after.includes(k))) return true;
  const counts = sectionKindCounts(doc);
  if (before.some((k) => !after.includes(k) && (counts.get(k) ?? 0) <= 1)) return false;
  return after.every((k) => before.includes(k) || (counts.get(k) ?? 0) > 0);
}

/**
 * Whether replacing `removed` by `inserted` in the prose before the first section changes whether
 * that prose counts as the summary (the lede, {@link presentSectionKinds}): its length, and its
 * share of Hangul, which picks the length that makes it one. `at` is a source offset of the change.
 */
export function ledeCrossesMinimum(doc: PostmortemDocument, at: number, removed: string, inserted: string): boolean {
  if (removed === inserted) return false;
  const known = lede(doc);
  if (at >= known.end) return false;
  // Only the top-level paragraphs before the first section are the lede: a change inside a list, a table or a quote
  // there changes nothing it counts (fixes, session 15: a vague item's rewrite in a document that is one list under its
  // title was refused).
  if (!inParagraph(known.paragraphs, at)) return false;
  const after = ledeMinimum(known.length + inserted.length - removed.length, known.hangul + hangulIn(inserted) - hangulIn(removed));
  return (known.length >= known.min) !== (after.length >= after.min);
}

/** Whether `at` lies in one of the ranges (sorted, not overlapping; an end counts as inside). */
function inParagraph(ranges: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] <= at;
}

const hangulIn = (t: string): number => {
  let n = 0;
  for (const ch of t) if (ch >= '\uac00' && ch <= '\ud7a3') n++;
  return n;
};

/** The lede's length and the length that makes it a summary: the Korean one when at least half of it is Hangul. */
function ledeMinimum(length: number, hangul: number): { length: number; min: number } {
  return { length, min: hangul * 2 >= length && length > 0 ? LEDE_MIN_KO : LEDE_MIN };
}

const lookups = new WeakMap<PostmortemDocument, Map<string, SectionKind>>();
const ledes = new WeakMap<PostmortemDocument, Lede>();

/** The prose before the first section: where it ends, its length, and the length that makes it a summary. */
interface Lede {
  end: number;
  length: number;
  hangul: number;
  min: number;
  /** The source ranges of the paragraphs counted (top-level paragraphs before `end`). */
  paragraphs: [number, number][];
}

/** The section-name lookup of a document's configuration, built once per document. */
function lookupFor(doc: PostmortemDocument): Map<string, SectionKind> {
  let lookup = lookups.get(doc);
  if (!lookup) {
    lookup = buildAliasLookup(doc.options.sectionAliases);
    lookups.set(doc, lookup);
  }
  return lookup;
}

/** Where the prose before the first section (the lede) ends. */
export function ledeEnd(doc: PostmortemDocument): number {
  return lede(doc).end;
}

/** The prose before the first section heading: where it ends and how long its paragraphs are (once per document). */
function lede(doc: PostmortemDocument): Lede {
  let known = ledes.get(doc);
  if (!known) {
    known = measureLede(doc);
    ledes.set(doc, known);
  }
  return known;
}

function measureLede(doc: PostmortemDocument): Lede {
  const firstSection = doc.sections[0]?.depth === 1 ? doc.sections[1] : doc.sections[0];
  const end = firstSection ? firstSection.start : doc.text.length;
  let length = 0;
  let hangul = 0;
  const paragraphs: [number, number][] = [];
  for (const node of doc.root.children) {
    if (startOf(node) >= end) break;
    if (node.type !== 'paragraph') continue;
    const t = plainText(node).trim();
    length += t.length;
    hangul += hangulIn(t);
    paragraphs.push([startOf(node), endOf(node)]);
  }
  return { end, hangul, ...ledeMinimum(length, hangul), paragraphs };
}

/** A bold or colon label opening a paragraph ("**Impact:** …", "Root cause: …", "**영향** …"). */
function labelKind(doc: PostmortemDocument, node: Nodes, lookup: Map<string, SectionKind>): SectionKind | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  if (first?.type === 'strong') return fieldKind(plainText(first), lookup);
  const line = doc.text.slice(startOf(node), startOf(node) + 60);
  const m = LABEL.exec(line);
  return m ? fieldKind(m[1], lookup) : undefined;
}

/** A line of a field block after its first: optional bold or italic markup, then a colon label ("User impact: …", "**원인:** …"). */
const FIELD_LINE_MARKUP = /^[ \t]{0,3}(?:[*_]{1,2})?/;
/** How many lines of a paragraph are read as fields (a field block is short). */
const FIELD_BLOCK_MAX_LINES = 30;

/**
 * The kinds named by the labels of a field block's later lines: a paragraph of "Label: value" lines
 * ("Description: …<br>" / "Component: …<br>" / "User impact: …", "발생 일시: …" / "영향: …" / "원인: …"),
 * one field a line, written without blank lines between them, so that Markdown joins them into one
 * paragraph. Its first line's label is read by {@link labelKind}; here every later line that opens with a
 * label counts too, when at least two lines of the paragraph open with one (a paragraph of prose whose
 * second line happens to open with "Impact:" is not a field block unless its first line is a field too).
 */
function fieldBlockKinds(doc: PostmortemDocument, node: Nodes, lookup: Map<string, SectionKind>, out: { add(kind: SectionKind): unknown }): void {
  if (node.type !== 'paragraph') return;
  const text = doc.text.slice(startOf(node), endOf(node));
  if (!/[\n\r]/.test(text)) return;
  const lines = text.split(/\r?\n|\r/, FIELD_BLOCK_MAX_LINES + 1);
  if (lines.length > FIELD_BLOCK_MAX_LINES) return;
  // Not a time's hour ("At 14:05 the deploy began" is prose, "14" no label).
  const labelOf = (line: string): string | undefined => {
    const found = LABEL.exec(line.replace(FIELD_LINE_MARKUP, '').slice(0, 60))?.[1];
    const label = found === undefined ? undefined : trimEndChars(found, '*_');
    return label === undefined || /\d$/.test(label) ? undefined : label;
  };
  if (labelOf(lines[0]) === undefined) return;
  for (let i = 1; i < lines.length; i++) {
    const label = labelOf(lines[i]);
    const kind = label === undefined ? undefined : fieldKind(label, lookup);
    if (kind) out.add(kind);
  }
}

/**
 * The section kinds a document has, by meaning: recognised headings (and every kind a combined
 * heading names: "Impact and root cause"), field rows of overview tables, bold or colon labels
 * opening a paragraph, and action items written outside a section of their own.
 */
export function presentSectionKinds(doc: PostmortemDocument): Set<SectionKind> {
  return new Set(sectionKindCounts(doc).keys());
}

const kindCounts = new WeakMap<PostmortemDocument, Map<SectionKind, number>>();

/** How many places (headings, labels, table rows, the lede, action items) name each section kind present; once per document. */
export function sectionKindCounts(doc: PostmortemDocument): Map<SectionKind, number> {
  let counts = kindCounts.get(doc);
  if (!counts) {
    counts = countSectionKinds(doc);
    kindCounts.set(doc, counts);
  }
  return counts;
}

/** The kinds a top-level block names, in order, by the chunk node it is a copy of; with what they were read with. */
const blockKinds = new WeakMap<Nodes, { lookup: Map<string, SectionKind>; head: string; kinds: SectionKind[] }>();

function countSectionKinds(doc: PostmortemDocument): Map<SectionKind, number> {
  const counts = new Map<SectionKind, number>();
  const out = { add: (k: SectionKind) => counts.set(k, (counts.get(k) ?? 0) + 1) };
  const lookup = buildAliasLookup(doc.options.sectionAliases);
  // Starts of the top-level blocks that are not headings, in order (for "has content" by binary search).
  const blocks: number[] = [];
  for (const n of doc.root.children) if (n.type !== 'heading') blocks.push(startOf(n));
  const hasContent = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < blocks.length && blocks[lo] < to;
  };
  for (const s of doc.sections) {
    // A heading with nothing under it ("## Follow-up" left empty) is not the section yet.
    if (!hasContent(s.contentStart, s.end)) continue;
    // One place, counted once per kind it names (by its wording and by its keywords alike): keepsSectionKinds reads a
    // count above 1 as "named elsewhere too" (a heading counted twice let a rewrite remove the only root-cause heading;
    // fuzz doc 84331).
    const named = new Set<SectionKind>();
    if (s.kind) named.add(s.kind);
    if (!/^\W{0,4}\d{1,2}[:：]\d{2}/u.test(s.title)) for (const k of keywordKinds(headingHead(s.title))) named.add(k);
    if (REMAINING_WORK.test(headingKey(headingHead(s.title)))) named.add('action-items');
    for (const k of named) out.add(k);
  }
  const visit = (node: Nodes, depth: number): void => {
    if (node.type === 'table') {
      tableFieldKinds(node, lookup, out);
      if (isEventTable(node)) out.add('timeline');
    }
    else if (node.type === 'paragraph') {
      const k = labelKind(doc, node, lookup);
      if (k) out.add(k);
      fieldBlockKinds(doc, node, lookup, out);
    } else if (node.type === 'listItem' && depth < 4) {
      // "4. 조치 내역 타임라인" over a nested block: the item is a heading in all but name.
      const [first, ...rest] = node.children;
      if (first?.type === 'paragraph' && rest.length) {
        const k = fieldKind(plainText(first), lookup);
        if (k) out.add(k);
      }
      for (const c of node.children) visit(c as Nodes, depth + 1);
    } else if ((node.type === 'list' || node.type === 'blockquote') && depth < 4) {
      for (const c of node.children) visit(c as Nodes, depth + 1);
    }
  };
  for (const node of doc.root.children) {
    // A top-level block's kinds depend on it, the lookup and the text its labels are read from:
    // in a lint session, kept by the chunk node it is a copy of (see `originOf`).
    const o = originOf(node);
    if (!o) {
      visit(node as Nodes, 0);
      continue;
    }
    const head = doc.text.slice(startOf(node), startOf(node) + 60);
    const known = blockKinds.get(o.origin);
    if (known && known.lookup === lookup && known.head === head) {
      for (const k of known.kinds) out.add(k);
      continue;
    }
    const kinds: SectionKind[] = [];
    const add = out.add;
    out.add = (k) => {
      kinds.push(k);
      return add(k);
    };
    visit(node as Nodes, 0);
    out.add = add;
    blockKinds.set(o.origin, { lookup, head, kinds });
  }
  bareLabelKinds(doc, lookup, out);
  if (doc.sections.some(isHorizonPlan)) out.add('action-items');
  // The lede (prose before the first section heading) is the summary of a write-up.
  const known = lede(doc);
  if (known.length >= known.min) out.add('summary');
  // An opening section named "Description", "Background", "배경" … with prose under it is the summary by another name.
  else if (!counts.has('summary') && openingSummarySection(doc)) out.add('summary');
  if (doc.actionItems.length) out.add('action-items');
  // A chronology of dated event lines under a section of another name ("## 상세") is the timeline.
  if (!counts.has('timeline') && doc.timeline.groups.some((g) => isChronologySection(g.section))) out.add('timeline');
  return counts;
}

/**
 * A heading that names the work still open ("Remaining work", "Recovery and open items", "8. 복구 확인과 남은 일", "남은 작업"):
 * the follow-up work by another name. Counted for the sections the document has only; the section keeps its kind (its
 * items are not read as action items on that word alone).
 */
const REMAINING_WORK = /(?:remainingwork|openitems|outstandingwork|outstandingitems|stilltodo|남은일|남은작업|남은과제|잔여작업)$/u;

/** A header cell naming what happened in a row of events ("Event", "What happened", "사건", "이벤트", "내용"). */
const EVENT_HEADER = /^(?:events?|what happened|occurrence|incident|사건|이벤트|발생 ?(?:내용|사항)|내용|상황|경과|진행 ?상황)$/i;

/**
 * An event table under any heading ("## 8.1 대응 시간" over "| 시점 | 사건 |", "## Response" over "| When | Event |"): a
 * header with a time or date column and an event column, over at least two rows. It is the document's timeline, whatever
 * its heading is called (the rows may order the response by stage instead of by clock).
 */
function isEventTable(table: Table): boolean {
  const [header, ...rows] = table.children;
  if (!header || rows.length < 2) return false;
  const heads = header.children.map((c) => plainText(c).trim());
  const time = heads.findIndex((h) => h.length <= 16 && (TIME_HEADER.test(h) || DATE_HEADER.test(h)));
  if (time < 0) return false;
  if (!heads.some((h, i) => i !== time && EVENT_HEADER.test(h))) return false;
  return rows.filter((r) => r.children.some((c) => plainText(c).trim())).length >= 2;
}

/** How long a bare label line may be (a section name, not a sentence). */
const BARE_LABEL_MAX = 40;

/**
 * A bare label line over its block: a paragraph that is only a section's name, without heading
 * markup, bold or colon, right before a list or a table ("Action Items" / "- Set up alerting …",
 * "재발 방지 대책" / "- 모니터링 추가"): a heading in all but markup. Only whole wordings count (a short
 * line that merely contains a keyword is prose); read apart from the cached per-block kinds because
 * it depends on the block after it.
 */
function bareLabelKinds(doc: PostmortemDocument, lookup: Map<string, SectionKind>, out: { add(kind: SectionKind): unknown }): void {
  const top = doc.root.children;
  for (let i = 0; i + 1 < top.length; i++) {
    const node = top[i];
    if (node.type !== 'paragraph') continue;
    const next = top[i + 1].type;
    if (next !== 'list' && next !== 'table') continue;
    const s = startOf(node);
    const e = endOf(node);
    if (e - s > BARE_LABEL_MAX) continue;
    const raw = doc.text.slice(s, e);
    if (/[\n\r:：*_`[\]]/u.test(raw)) continue;
    const kind = classifyHeading(raw.trim(), lookup, { keywords: false });
    if (kind) out.add(kind);
  }
}

/** A sub-heading naming when work is to be done: "Immediate", "Short-term fixes", "🚨 긴급 (즉시)", "📅 장기 (1개월+)". */
const HORIZON = /^(?:immediate(?:ly)?|urgent|shortterm|nearterm|mediumterm|midterm|longterm|긴급|즉시|단기|중기|장기)(?:fixes|actions?|items?|tasks?|work|changes|조치|과제|대책|개선|작업)?$/u;

function horizonHeading(title: string): boolean {
  const head = headingHead(title);
  return HORIZON.test(headingKey(head)) || HORIZON.test(headingKey(title));
}

/**
 * A section with no name of its own kind whose sub-sections (at least two) all name a horizon
 * ("## 5. 권장 적용 순서" over "### 긴급 (즉시)", "### 단기 (1-3일)", "### 장기 (1개월+)"; "## What now" over
 * "### Short-term", "### Long-term"): a plan of follow-up work, so the document has its action items.
 */
function isHorizonPlan(s: Section): boolean {
  if (s.kind || s.children.length < 2) return false;
  return s.children.every((c) => horizonHeading(c.title));
}
