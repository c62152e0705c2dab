/**
 * What the three language rules share: turning phrase matches into findings with messages in
 * the user's language, rewrites as suggestions, and `data` for adapters
 * (`{phraseId, actual, expected, note}`).
 */
import { droppedActionItems, readsAsWork, readsClosed, type ActionItem } from './model/actionItems';
import type { PostmortemDocument } from './model/document';
import { SEPARATOR, sourceRange, type ProseBlock } from './model/prose';
import { particleFor } from './korean';
import { peopleOf, type People } from './people';
import { hasMeasure, LIST_RULE, type Note, type PhraseKind } from './phrases';
import { defaultConfig, ruleOptions, type ResolvedConfig } from './config';
import { findLanguage, type LanguageFinding, type LanguageOptions } from './language/findings';
import { findLanguageInBlocks, internPeople } from './language/blocks';
import type { LanguageList, Rewrite } from './language/types';
import { splitSentences } from './language/sentences';
import type { RawFinding, RuleContext, Suggestion } from './types';
import { keepsSectionKinds, ledeCrossesMinimum, ledeEnd, sectionKindCounts, structuralKinds } from './requirements';
import { openingCrossesMinimum } from './model/openingSummary';
import { TextMemo } from './model/memo';
import { findZone } from './model/time';
import { answeredReviewQuestion } from './reviewQuestion';

const peopleCache = new WeakMap<PostmortemDocument, People>();

/** The people a document names, computed once per document. */
export function peopleFor(doc: PostmortemDocument): People {
  let people = peopleCache.get(doc);
  if (!people) {
    people = internPeople(peopleOf(doc));
    peopleCache.set(doc, people);
  }
  return people;
}

/** The `ignore` option of a language rule: phrase ids not to flag. */
export function ignoredIds(options: Record<string, unknown>): Set<string> {
  const raw = options.ignore;
  return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
}

const quote = (s: string) => `“${s}”`;
const clip = (s: string) => {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/**
 * The finding message for a kind: what is wrong, in one clause. How to reframe it is the
 * finding's note (`data.note`, shown on hover) and the rule's page.
 */
export function phraseMessage(kind: PhraseKind, actual: string): { en: string; ko: string } {
  const a = clip(actual);
  const topic = `${quote(a)}${particleFor(a, '은')}`;
  switch (kind) {
    case 'punitive':
      return { en: `${quote(a)} asks for punishment`, ko: `${topic} 처벌을 요구하는 표현입니다` };
    case 'counterfactual':
      return { en: `${quote(a)} judges with hindsight`, ko: `${topic} 결과를 알고 난 뒤의 판단입니다` };
    case 'vague':
      return { en: `${quote(a)} cannot be done or checked`, ko: `${topic} 완료 여부를 확인할 수 없는 조치입니다` };
    default:
      return { en: `${quote(a)} pins the incident on a person`, ko: `${topic} 사고의 원인을 사람에게 돌립니다` };
  }
}

/** The title of a quick fix that applies a rewrite. */
function rewriteTitle(ctx: RuleContext, r: Rewrite, blockText: string): string {
  if (r.title) {
    // A rewrite that keeps what it replaces and adds to it ("g" → "g: set the target …") shows the addition.
    const kept = blockText.slice(r.start, r.end);
    const shown = kept && r.text.startsWith(kept) ? r.text.slice(kept.length).trimStart() : r.text;
    return ctx.t({ en: `${r.title.en}: ${quote(clip(shown))}`, ko: `${r.title.ko}: ${quote(clip(shown))}` });
  }
  if (r.text === '') return ctx.t({ en: `Remove ${quote(clip(blockText.slice(r.start, r.end)))}`, ko: `${quote(clip(blockText.slice(r.start, r.end)))} 삭제` });
  return ctx.t({ en: `Replace with ${quote(clip(r.text))}`, ko: `다음으로 바꾸기: ${quote(clip(r.text))}` });
}

/**
 * Whether a rewrite leaves the document's structure as it was: the section a heading or a
 * paragraph's label names, the field a table cell labels, whether the prose before the first
 * section is long enough to be the summary. (The rewrite's own wording is checked separately.)
 */
/** Headings and table cells longer than this get no rewrite (their structural reading is not re-checked). */
const MAX_STRUCTURAL_BLOCK = 1000;
/** How far into a paragraph an opening label can reach (see requirements' label). */
const LABEL_REACH = 60;
/** Action items longer than this get no rewrite (whether they read as done is not re-checked). */
const MAX_ITEM_CHECK = 4000;

function keepsStructure(ctx: RuleContext, block: ProseBlock, r: Rewrite, target: { start: number; end: number }): boolean {
  // Bounded work per rewrite (a huge block can hold thousands of findings): a paragraph's label is
  // in its first characters; headings and cells are short, and a huge one gets no rewrite.
  if (block.kind !== 'paragraph' && block.text.length > MAX_STRUCTURAL_BLOCK) return false;
  const lead = block.text.length - block.text.trimStart().length;
  if (block.kind !== 'paragraph' || r.start < lead + LABEL_REACH) {
    const before = block.kind === 'paragraph' ? block.text.slice(0, lead + LABEL_REACH) : block.text;
    const after = block.text.slice(0, r.start) + r.text + block.text.slice(r.end, block.kind === 'paragraph' ? r.end + LABEL_REACH : undefined);
    const was = structuralKinds(ctx.doc, block.kind, before);
    const now = structuralKinds(ctx.doc, block.kind, after);
    if (!keepsSectionKinds(ctx.doc, was, now)) return false;
    // A label or a row that names the root cause also states it apart from a 5-whys chain (rootCauseStated.ts), which
    // five-whys-root-cause reads whatever other root-cause section the document has: a rewrite that lengthens the label
    // past what reads as a label ("… caused by human error:" → "… caused by insufficient validation:") changes that
    // where the document has a chain (fuzz doc 80315).
    if (was.includes('root-causes') !== now.includes('root-causes') && ctx.doc.fiveWhys.length > 0) return false;
    // An emptied table cell is a field without a value.
    if (block.kind === 'tableCell' && !after.trim() && block.text.trim()) return false;
  }
  if (block.kind === 'paragraph' && ledeCrossesMinimum(ctx.doc, target.start, block.text.slice(r.start, r.end), r.text)) return false;
  if (block.kind === 'paragraph' && openingCrossesMinimum(ctx.doc, target.start, block.text.slice(r.start, r.end), r.text)) return false;
  if (touchesTimes(ctx.doc, target)) return false;
  if (dropsZone(ctx.doc.text.slice(target.start, target.end), 'newText' in target ? String(target.newText) : r.text)) return false;
  return keepsActionItems(ctx, target, r.text);
}

/** How long a replaced text is checked for zones (a rewrite's target is a clause, not a page). */
const MAX_TIME_CHECK = 2000;

/**
 * Whether a replacement drops a time zone written in the text it replaces. The timeline rules read a
 * zone written with a time anywhere in the document, not only on entries ("… 책임을 물어야 한다는 14:00 KST …" is the only zone the
 * document states: a rewrite of the whole clause made timeline-timezone report the timeline; fuzz doc 83788).
 */
function dropsZone(removed: string, inserted: string): boolean {
  if (!removed) return false;
  if (removed.length > MAX_TIME_CHECK) return true;
  // Zones only: a bare time in prose states nothing the timeline reads (rewrites of "… rolled back at 14:02" stay;
  // checking times too cost 0.1 point of English rewrite coverage on the language set).
  let rest = removed;
  for (let guard = 0; guard < 50 && rest; guard++) {
    const m = findZone(rest);
    if (!m) break;
    if (!inserted.includes(rest.slice(m.start, m.end))) return true;
    rest = rest.slice(Math.max(m.end, m.start + 1));
  }
  return false;
}

const timeIndex = new WeakMap<PostmortemDocument, { spans: { start: number; end: number }[]; maxEnd: number[] }>();

/** Whether a source range touches the time of day or the zone written on a timeline entry ("10:20", "14:51 UTC"). */
function touchesTimes(doc: PostmortemDocument, target: { start: number; end: number }): boolean {
  const { spans, maxEnd } = timeIndexOf(doc);
  const end = Math.max(target.end, target.start + 1);
  for (let i = firstReaching(maxEnd, target.start); i < spans.length && spans[i].start < end; i++) if (spans[i].end > target.start) return true;
  return false;
}

/** Sorted by start, with a running maximum of ends: the first span whose running end passes `start`. */
function firstReaching(maxEnd: readonly number[], start: number): number {
  let lo = 0;
  let hi = maxEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The times and zones written on timeline entries, sorted by start, once per document. */
function timeIndexOf(doc: PostmortemDocument): { spans: { start: number; end: number }[]; maxEnd: number[] } {
  let index = timeIndex.get(doc);
  if (!index) {
    const spans: { start: number; end: number }[] = [];
    for (const e of doc.timeline.entries) {
      if (e.timeStart !== undefined && e.timeEnd !== undefined) spans.push({ start: e.timeStart, end: e.timeEnd });
      if (e.zoneStart !== undefined && e.zoneEnd !== undefined) spans.push({ start: e.zoneStart, end: e.zoneEnd });
    }
    spans.sort((x, y) => x.start - y.start);
    const maxEnd: number[] = [];
    let max = -1;
    for (const sp of spans) maxEnd.push((max = Math.max(max, sp.end)));
    index = { spans, maxEnd };
    timeIndex.set(doc, index);
  }
  return index;
}

/**
 * Whether a replacement of the source range `target` by `text` leaves every action item it
 * touches as it was read: its owner, due date and ticket untouched, and still done (a report in
 * the past tense) or still open ("… 깜빡했다" → "… 장치가 필요합니다" would turn a report into an
 * open item without an owner).
 */
function keepsActionItems(ctx: RuleContext, target: { start: number; end: number }, text: string): boolean {
  const doc = ctx.doc;
  for (const item of itemsAround(doc, target.start, target.end)) {
    for (const span of [item.owner, item.ownerPlaceholder, item.due, item.ticket]) {
      if (span && span.start < Math.max(target.end, target.start + 1) && target.start < span.end) return false;
    }
    const d = item.description;
    if (target.start < d.start || target.end > d.end) continue;
    if (d.end - d.start > MAX_ITEM_CHECK) return false;
    const before = doc.text.slice(d.start, d.end);
    const after = before.slice(0, target.start - d.start) + text + before.slice(target.end - d.start);
    if (readsClosed(before) !== readsClosed(after)) return false;
    // Still work: a rewrite that makes an item state a fact or a rule drops it (and its owner finding) silently.
    if (!readsAsWork(after, item.done)) return false;
    // Blame reworded inside an open item must not make the item vague ("실수로" → "확인 절차의 공백으로"
    // puts a 확인 in the action): vague-action-item would report what the fix wrote.
    if (!item.done && addsVagueWording(ctx, before, after, { start: target.start - d.start, end: target.start - d.start + text.length })) return false;
  }
  // A row, list item or paragraph of an action-item area read as no work (a rule kept, a fact, a question) must stay so:
  // "It is up to each engineer to stay vigilant" → "The tooling needs a guard rail …" turns it into an open item
  // with no owner (fuzz doc 93945).
  for (const item of droppedAround(doc, target.start, target.end)) {
    const d = item.description;
    if (target.start < d.start || target.end > d.end) {
      if (target.start < d.end && d.start < Math.max(target.end, target.start + 1)) return false;
      continue;
    }
    if (d.end - d.start > MAX_ITEM_CHECK) return false;
    const before = doc.text.slice(d.start, d.end);
    const after = before.slice(0, target.start - d.start) + text + before.slice(target.end - d.start);
    if (readsAsWork(after, item.done || readsClosed(after))) return false;
  }
  return true;
}

const droppedIndex = new WeakMap<PostmortemDocument, { items: ActionItem[]; ends: number[] }>();

/** The dropped action-item candidates whose text may overlap a source range. */
function droppedAround(doc: PostmortemDocument, start: number, end: number): ActionItem[] {
  let index = droppedIndex.get(doc);
  if (!index) droppedIndex.set(doc, (index = indexItems(droppedActionItems(doc))));
  return overlapping(index, start, end);
}

/** An action item's first sentence: a number in a second sentence (an explanation) is no measure of the action. */
export function firstSentenceOf(text: string): string {
  return splitSentences(text)[0]?.text ?? text;
}

/** Vague wording in action items' descriptions as vague-action-item reads them: a measure counts only in the first sentence. */
export function vagueWordingIn(texts: readonly string[], options: Omit<LanguageOptions, 'measured'>): LanguageFinding[][] {
  // Kept per text between lints (a lint session re-reads only the items an edit changed).
  if (options.people && !options.raw) return findLanguageInBlocks(texts, 'vague', { people: options.people, config: options.config, ignore: options.ignore, measure: measuredItem });
  return findLanguage(texts, 'vague', { ...options, measured: texts.map(measuredItem) });
}

/** Whether an item's description states a measure: only its first sentence counts. */
const measuredItem = (text: string): boolean => hasMeasure(firstSentenceOf(text));

/** Whether `after` (an open item's description, reworded) reads vaguer than `before`, or vague where it was reworded. */
function addsVagueWording(ctx: RuleContext, before: string, after: string, changed: { start: number; end: number }): boolean {
  const [was, now] = vagueWordingIn([before, after], { people: peopleFor(ctx.doc), config: ctx.config, ignore: ignoredByList(ctx.config, undefined, 'vague') });
  return now.length > was.length || now.some((f) => f.start < changed.end + 1 && changed.start - 1 < f.end);
}

const itemIndex = new WeakMap<PostmortemDocument, { items: ActionItem[]; ends: number[] }>();

/** The action items whose text (description, owner, due, ticket) may overlap a source range. */
function itemsAround(doc: PostmortemDocument, start: number, end: number): ActionItem[] {
  let index = itemIndex.get(doc);
  if (!index) itemIndex.set(doc, (index = indexItems(doc.actionItems)));
  return overlapping(index, start, end);
}

/** Items sorted by the start of their extent (first to last span), with a running maximum of ends. */
function indexItems(list: readonly ActionItem[]): { items: ActionItem[]; ends: number[] } {
  const items = [...list].sort((a, b) => itemStart(a) - itemStart(b));
  const ends: number[] = [];
  let max = -1;
  for (const item of items) ends.push((max = Math.max(max, itemEnd(item))));
  return { items, ends };
}

/** The indexed items whose extent overlaps a source range. */
function overlapping({ items, ends }: { items: ActionItem[]; ends: number[] }, start: number, end: number): ActionItem[] {
  // First item whose running end reaches the range; then every item starting before its end.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ActionItem[] = [];
  for (let i = lo; i < items.length && itemStart(items[i]) <= end; i++) if (itemEnd(items[i]) >= start) out.push(items[i]);
  return out;
}

const spansOf = (item: ActionItem) => [item.description, item.owner, item.ownerPlaceholder, item.due, item.ticket].filter((s): s is NonNullable<typeof s> => !!s);
const itemStart = (item: ActionItem) => Math.min(...spansOf(item).map((s) => s.start));
const itemEnd = (item: ActionItem) => Math.max(...spansOf(item).map((s) => s.end));

/** The source offset of an insertion at `at` in a block: before the character there, or right after the last one. */
function insertionAt(block: ProseBlock, at: number): { start: number; end: number; contiguous: boolean } | undefined {
  const here = block.map[at];
  if (here !== undefined && here >= 0) return { start: here, end: here, contiguous: true };
  const before = at > 0 ? block.map[at - 1] : undefined;
  if (here === undefined && before !== undefined && before >= 0) return { start: before + 1, end: before + 1, contiguous: true };
  return undefined;
}

/**
 * A rewrite over a range that holds inline code (a separator in the block's text), whose new text
 * keeps each separator in the same order: the replacement of the whole source range with the
 * code copied back in verbatim ("검수자가 `config.yaml`의 … 통과시켰다" → "`config.yaml`의 … 눈에 띄지
 * 않았다"). Only separators may break the range (emphasis or other markup left out of the text
 * would be lost: undefined then).
 */
function withCode(ctx: RuleContext, block: ProseBlock, r: Rewrite): { start: number; end: number; newText: string } | undefined {
  if (r.end <= r.start || block.map[r.start] < 0 || block.map[r.end - 1] < 0) return undefined;
  const codes: string[] = [];
  let i = r.start + 1;
  while (i < r.end) {
    if (block.text[i] === SEPARATOR) {
      // A run of separators between two mapped characters: the code's source lies between them.
      let j = i;
      while (j < r.end && block.text[j] === SEPARATOR) j++;
      if (j >= r.end || j - i !== 1) return undefined;
      const from = block.map[i - 1] + 1;
      const to = block.map[j];
      if (from < 0 || to < from) return undefined;
      codes.push(ctx.doc.text.slice(from, to));
      i = j + 1;
    } else {
      if (block.map[i] !== block.map[i - 1] + 1) return undefined;
      i++;
    }
  }
  const parts = r.text.split(SEPARATOR);
  if (!codes.length || parts.length !== codes.length + 1) return undefined;
  const start = block.map[r.start];
  const end = block.map[r.end - 1] + 1;
  return { start, end, newText: parts.map((p, k) => (k ? codes[k - 1] : '') + p).join('') };
}

/**
 * What {@link reportFinding} reports for a finding with rewrites, kept between lints (checking a
 * rewrite reads the document's structure, timeline and action items around it: a lint session's
 * re-lint checks only the findings of blocks whose context changed). Offsets are relative to the
 * block's start; the key holds everything the report depends on, relative to the same place.
 */
const reports = new TextMemo<RawFinding>(4_000_000);

const objectKeys = new WeakMap<object, string>();
let nextObject = 0;
/** A key for an object: its contents (a configuration's), or its identity (people, which are interned). */
function objectKey(o: object | undefined, contents: boolean): string {
  if (!o) return '';
  let k = objectKeys.get(o);
  if (k === undefined) {
    try {
      k = contents ? JSON.stringify(o) : `#${++nextObject}`;
    } catch {
      k = `#${++nextObject}`;
    }
    objectKeys.set(o, k);
  }
  return k;
}

/** What a document gives every report's check (people, section kinds and names), once per document. */
const documentKeys = new WeakMap<PostmortemDocument, string>();
function documentKey(ctx: RuleContext): string {
  const doc = ctx.doc;
  let k = documentKeys.get(doc);
  if (k === undefined) {
    k = `${objectKey(peopleFor(doc), false)}\u0001${JSON.stringify(doc.options.sectionAliases ?? null)}\u0001${[...sectionKindCounts(doc)].join(';')}`;
    documentKeys.set(doc, k);
  }
  return `${objectKey(ctx.config, true)}\u0001${k}`;
}

/** Blocks longer than this are not kept (a key holds the block: linear per finding). */
const MAX_KEPT_BLOCK = 2000;

/**
 * The key of a report: the block (kind, text, source map and source text, relative to its start),
 * the finding, the locale, the document's section kinds and names, people and configuration, and
 * the timeline times and action items (their spans, text and state) that the block's rewrites can
 * touch. Undefined when the report is not kept (a block in the lede, whose length the checks read).
 */
function reportKey(ctx: RuleContext, block: ProseBlock, f: LanguageFinding): string | undefined {
  const doc = ctx.doc;
  if (block.text.length > MAX_KEPT_BLOCK) return undefined;
  const base = block.start;
  let lo = base;
  let hi = block.end;
  // The source map relative to the block's start, as runs of consecutive offsets ("index:offset"; separators as they are).
  const runs: string[] = [];
  const map = block.map;
  for (let i = 0; i < map.length; i++) {
    const m = map[i];
    if (m < 0) {
      runs.push(`${i}:${m}`);
      continue;
    }
    if (m < lo) lo = m;
    if (m + 1 > hi) hi = m + 1;
    if (i === 0 || map[i - 1] < 0 || map[i - 1] + 1 !== m) runs.push(`${i}=${m - base}`);
  }
  if (lo < ledeEnd(doc)) return undefined;
  const parts = [ctx.locale, documentKey(ctx), block.kind, block.text, runs.join(','), `${lo - base},${hi - base}`, doc.text.slice(lo, hi), JSON.stringify(f)];
  const { spans, maxEnd } = timeIndexOf(doc);
  for (let i = firstReaching(maxEnd, lo); i < spans.length && spans[i].start < hi + 1; i++) if (spans[i].end > lo) parts.push(`t${spans[i].start - base},${spans[i].end - base}`);
  for (const item of itemsAround(doc, lo, hi + 1)) {
    const at = (sp: { start: number; end: number } | undefined) => (sp ? `${sp.start - base},${sp.end - base}` : '');
    const d = item.description;
    parts.push(`i${at(d)}|${at(item.owner)}|${at(item.ownerPlaceholder)}|${at(item.due)}|${at(item.ticket)}|${Number(item.done)}|${doc.text.slice(d.start, d.end)}`);
  }
  // The candidates read as no work there (a rewrite must not make them work: keepsActionItems).
  for (const item of droppedAround(doc, lo, hi + 1)) {
    const d = item.description;
    parts.push(`d${d.start - base},${d.end - base}|${Number(item.done)}|${doc.text.slice(d.start, d.end)}`);
  }
  return parts.join('\u0000');
}

/** A report moved by `by` characters (a copy: reports are kept, findings are the lint's own). */
function movedReport(raw: RawFinding, by: number): RawFinding {
  return {
    start: raw.start + by,
    end: raw.end + by,
    message: raw.message,
    suggestions: (raw.suggestions ?? []).map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
    data: { ...raw.data, expected: [...((raw.data?.expected as string[] | undefined) ?? [])] },
  };
}

/** Reports one language finding found in a (possibly synthetic) prose block. */
export function reportFinding(ctx: RuleContext, block: ProseBlock, f: LanguageFinding, extra: Record<string, unknown> = {}): void {
  // Without rewrites there is nothing to check: reported as is.
  const key = f.rewrites.length ? reportKey(ctx, block, f) : undefined;
  if (key === undefined) {
    ctx.report(withExtra(buildReport(ctx, block, f), extra));
    return;
  }
  const known = reports.get(key);
  if (known) {
    ctx.report(withExtra(movedReport(known, block.start), extra));
    return;
  }
  const raw = buildReport(ctx, block, f);
  reports.set(key, movedReport(raw, -block.start));
  ctx.report(withExtra(raw, extra));
}

function withExtra(raw: RawFinding, extra: Record<string, unknown>): RawFinding {
  for (const k of Object.keys(extra)) (raw.data as Record<string, unknown>)[k] = extra[k];
  return raw;
}

/** The report of one language finding in a block (its `data` without the caller's extra fields). */
function buildReport(ctx: RuleContext, block: ProseBlock, f: LanguageFinding): RawFinding {
  const range = sourceRange(block, f.start, f.end);
  const suggestions: Suggestion[] = [];
  const expected: string[] = [];
  for (const r of f.rewrites) {
    if (r.fallback && suggestions.length) continue;
    const target = r.end > r.start ? sourceRange(block, r.start, r.end) : insertionAt(block, r.start);
    // An insertion with no place in the source (after a character the block made up) is not offered.
    if (!target) continue;
    // A range that crosses markup (emphasis, inline code) cannot be replaced without losing it,
    // unless the new text keeps the inline code where it was (copied back in).
    const code = target.contiguous ? undefined : withCode(ctx, block, r);
    if (!target.contiguous && !code) continue;
    // Nor can one whose new words change what the block says about the document's structure.
    if (!keepsStructure(ctx, block, r, code ?? target)) continue;
    suggestions.push({ title: rewriteTitle(ctx, code ? { ...r, text: code.newText } : r, block.text), edits: [code ?? { start: target.start, end: target.end, newText: r.text }], ...(r.manual ? { manual: true } : {}) });
    expected.push(r.text);
  }
  return {
    start: range.start,
    end: range.end,
    message: ctx.t(phraseMessage(f.kind, f.actual)),
    suggestions,
    data: { phraseId: f.id, actual: block.text.slice(f.start, f.end), expected, note: ctx.t(f.note) },
  };
}

/** The `ignore` options of the language rules in a configuration, by list. */
export function ignoredByList(config: ResolvedConfig | undefined, options?: Record<string, unknown>, list?: LanguageList): Partial<Record<LanguageList, ReadonlySet<string>>> {
  const out: Partial<Record<LanguageList, ReadonlySet<string>>> = {};
  for (const l of ['blameful', 'counterfactual', 'vague'] as const) {
    const opts = l === list && options ? options : ruleOptions(config ?? defaultConfig(), LIST_RULE[l]);
    out[l] = ignoredIds(opts);
  }
  return out;
}

/** Runs a prose language list (blameful, counterfactual) over every prose block of the document. */
export function checkProse(ctx: RuleContext, list: Exclude<LanguageList, 'vague'>): void {
  const people = peopleFor(ctx.doc);
  // Quoted material (a blockquote: a customer's e-mail, a chat log) is not the author's wording to reframe.
  const blocks = ctx.doc.prose.filter((b) => !b.quoted);
  const found = findLanguageInBlocks(blocks.map((b) => b.text), list, { people, config: ctx.config, ignore: ignoredByList(ctx.config, ctx.options, list) });
  // In an open action item a call for care ("We need to be more careful when deploying") is a vague
  // action, which vague-action-item reports; blame is about what the text says happened. So is a call for care in
  // advice to other people ("Package maintainers should be careful with …" under "Recommendations", session 17).
  let items: ActionItem[] = [];
  if (list === 'blameful' && found.some((fs) => fs.some((f) => f.id.endsWith('.vigilance')))) {
    try {
      items = [...ctx.doc.actionItems, ...droppedActionItems(ctx.doc).filter((it) => it.advice)];
    } catch {
      items = [];
    }
  }
  // Session 18: a review question the document answers ("# Why Didn't We Know Sooner?" and its answer) is not hindsight
  // or blame (reviewQuestion.ts); asked only of a question block with a finding.
  found.forEach((fs, i) => {
    if (fs.length && /\?\s*$/u.test(blocks[i].text) && answeredReviewQuestion(ctx.doc.text, blocks, i, people)) return;
    for (const f of fs) {
      if (items.length && f.id.endsWith('.vigilance')) {
        const at = blocks[i].map[f.start] ?? -1;
        if (items.some((it) => !it.done && at >= it.start && at < it.end)) continue;
      }
      reportFinding(ctx, blocks[i], f);
    }
  });
}

/**
 * The prose of an action item's description as a block whose text maps to source offsets:
 * emphasis dropped, owner/due/ticket markup replaced by a separator (they are not the action,
 * and "due 2025-06-01" is not a measure of it).
 */
export function descriptionBlock(doc: PostmortemDocument, item: ActionItem): ProseBlock | undefined {
  const { start, end } = item.description;
  if (end <= start) return undefined;
  const skip = [item.owner, item.ownerPlaceholder, item.due, item.ticket].filter((s): s is NonNullable<typeof s> => !!s && s.end > s.start);
  // The text in runs of a block's characters (one slice each), separators on their own: no string per character.
  const parts: string[] = [];
  const map: number[] = [];
  let lastSeparator = false;
  const separator = (at: number) => {
    if (lastSeparator) return;
    parts.push(SEPARATOR);
    map.push(at);
    lastSeparator = true;
  };
  const prose = doc.prose;
  // Blocks are in document order: find the first one that can overlap, then walk forward.
  let lo = 0;
  let hi = prose.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prose[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let b = lo; b < prose.length; b++) {
    const block = prose[b];
    if (block.end <= start) continue;
    if (block.start >= end) break;
    const bmap = block.map;
    const btext = block.text;
    let run = -1;
    for (let i = 0; i <= btext.length; i++) {
      const at = i < btext.length ? bmap[i] : -2;
      // A character of the description's own words extends the current run.
      const own = at >= start && at < end && !skip.some((s) => at >= s.start && at < s.end);
      if (own && btext[i] !== SEPARATOR) {
        if (run < 0) run = i;
        map.push(at);
        continue;
      }
      if (run >= 0) {
        parts.push(btext.slice(run, i));
        lastSeparator = false;
        run = -1;
      }
      if (i === btext.length) break;
      // Outside the description: dropped; an owner, due date or ticket, or the block's own separator: one separator
      // (a U+FFFC written in the description itself keeps its place).
      if (at >= 0 && (at < start || at >= end)) continue;
      separator(own ? at : -1);
    }
    separator(-1);
  }
  while (parts.length && parts[parts.length - 1] === SEPARATOR) {
    parts.pop();
    map.pop();
  }
  if (!parts.length) return undefined;
  const text = parts.join('');
  const first = map.find((m) => m >= 0) ?? start;
  return { kind: 'paragraph', start: first, end, text, map };
}

/** A vague-phrase match in a string, with offsets shifted by `offset`. */
export interface TextPhraseMatch {
  phraseId: string;
  start: number;
  end: number;
  text: string;
  note: Note;
}

/**
 * Vague wording in one action item's description, as a pure function of the text (the rule
 * feeds it each description; tests feed it strings). `offset` shifts the returned offsets.
 */
export function findVagueWording(text: string, options: { offset?: number; config?: ResolvedConfig; people?: People; ignore?: ReadonlySet<string> } = {}): TextPhraseMatch[] {
  const offset = options.offset ?? 0;
  const found = findLanguage([text], 'vague', { people: options.people, config: options.config, ignore: { vague: options.ignore }, measured: [hasMeasure(text)] })[0];
  return found.map((f) => ({ phraseId: f.id, start: offset + f.start, end: offset + f.end, text: text.slice(f.start, f.end), note: f.note }));
}
