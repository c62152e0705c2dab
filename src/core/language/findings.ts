/**
 * Language findings: what the three language rules, the 5-whys review and the input box's live
 * check all report. One place merges the two sources, the phrase lists (data, by word) and the
 * language modules (by kind), and checks every rewrite: a rewrite is offered only when the
 * sentence it produces is not flagged again (by either source, for blame or hindsight).
 */
import type { ResolvedConfig } from '../config';
import type { People } from '../people';
import { noPeople } from '../people';
import { findPhrasesInTexts } from '../phrase/match';
import { rewritesOf } from '../phrase/rewrite';
import type { CompiledEntry, Note, PhraseKind, PhraseMatch } from '../phrase/types';
import { phraseEntries } from '../phrase/validate';
import { concreteActionItem, detectActionItem, detectProse, neutralSpans } from './index';
import { englishOpeningMarker } from './en/vague';
import { exampleSpans, insideExample } from './examples';
import { fallbackRewrites } from './fallback';
import { gatedOut } from './gate';
import { missedRewrites } from './ko/missed';
import { keepMarks } from './rewriteMarks';
import type { Detection, LanguageList, Rewrite } from './types';

/** One language finding in a text (offsets into that text). */
export interface LanguageFinding {
  list: LanguageList;
  /** Phrase-entry id or kind id. */
  id: string;
  kind: PhraseKind;
  start: number;
  end: number;
  /** The flagged wording as messages quote it (a Korean particle left out). */
  actual: string;
  note: Note;
  /** Checked rewrites, the preferred (most blameless) first. */
  rewrites: Rewrite[];
}

/** Options for {@link findLanguage}. */
export interface LanguageOptions {
  people?: People;
  config?: ResolvedConfig;
  /** Per list: ids not to report (the rules' `ignore` option). */
  ignore?: Partial<Record<LanguageList, ReadonlySet<string>>>;
  /** Vague list only: whether each text states a measure. */
  measured?: readonly boolean[];
  /** Skip the rewrite check (used inside the check itself). */
  raw?: boolean;
}

function deletion(text: string, start: number, end: number): Rewrite {
  let s = start;
  let e = end;
  let forward = true;
  if (text[e] === ',' && text[e + 1] === ' ') e += 2;
  else if (text[e] === ' ' || text[e] === '\t') e++;
  else if (text[s - 1] === ' ') {
    s--;
    forward = false;
  } else forward = false;
  // "Carelessly, Bob …" → "Bob …": the sentence keeps its capital.
  if (forward && /^\p{Lu}/u.test(text[start] ?? '') && /\p{Ll}/u.test(text[e] ?? '')) return { start: s, end: e + 1, text: text[e].toUpperCase() };
  return { start: s, end: e, text: '' };
}

function fromPhrase(list: LanguageList, m: PhraseMatch, text: string, people: People): LanguageFinding {
  const e = m.compiled.entry;
  const rewrites = list === 'vague' ? [] : rewritesOf(m, text, people).map((r) => (r === '' ? deletion(text, m.rewriteStart, m.rewriteEnd) : { start: m.rewriteStart, end: m.rewriteEnd, text: r }));
  // Session 16: the missed signal, rewritten by its clause's grammar when the module's ko.who.miss does not take it (ko/missed.ts).
  if (e.id === 'ko.blame.missed' && !rewrites.length) rewrites.push(...missedRewrites(text, m.start, people));
  return { list, id: e.id, kind: e.kind, start: m.start, end: m.end, actual: m.josa ? m.text.slice(0, m.text.length - m.josa.length) : m.text, note: e.note, rewrites };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The raw findings of some lists in some texts (no rewrite check). */
function rawFindings(texts: readonly string[], lists: readonly LanguageList[], options: LanguageOptions): LanguageFinding[][] {
  const people = options.people ?? noPeople();
  const out: LanguageFinding[][] = texts.map(() => []);
  for (const list of lists) {
    const entries: CompiledEntry[] = phraseEntries(list, options.config);
    const ignore = options.ignore?.[list];
    const found = findPhrasesInTexts(texts, entries, { people, ignore, measured: list === 'vague' ? options.measured ?? false : undefined });
    found.forEach((ms, i) => {
      for (const m of ms) out[i].push(fromPhrase(list, m, texts[i], people));
    });
    texts.forEach((text, i) => {
      const detections = list === 'vague' ? detectActionItem(text, people) : proseDetections(text, people).filter((d) => d.list === list);
      for (const d of detections) {
        if (ignore?.has(d.id)) continue;
        out[i].push({ list, id: d.id, kind: d.kind, start: d.start, end: d.end, actual: text.slice(d.start, d.end), note: d.note, rewrites: d.rewrites });
      }
    });
  }
  // Ids gated by their first-run precision (session 11, gate.ts): a finding inside the construction they got wrong goes.
  texts.forEach((t, i) => {
    if (out[i].length) out[i] = out[i].filter((f) => !gatedOut(f, t));
  });
  // Quotations and neutral sentences (rejected or negated blame) report nothing, from either source.
  if (lists.includes('vague')) texts.forEach((t, i) => {
    if (out[i].length && concreteActionItem(t, people)) out[i] = out[i].filter((f) => f.list !== 'vague');
    // Session 16 (vague2): a vague word inside a sentence-opening discourse marker ("Better yet, …") is not the item's.
    const marker = out[i].some((f) => f.list === 'vague') ? englishOpeningMarker(t) : undefined;
    if (marker) out[i] = out[i].filter((f) => f.list !== 'vague' || f.start < marker.start || f.end > marker.end);
    // Session 15: a vague word inside an example or an open list of the item is not the item's (examples.ts).
    if (out[i].some((f) => f.list === 'vague')) {
      const examples = exampleSpans(t);
      if (examples.length) out[i] = out[i].filter((f) => f.list !== 'vague' || !insideExample(examples, f.start, f.end));
    }
  });
  // Computed only for texts with a finding: most prose has none.
  return out.map((fs, i) => {
    if (!fs.some((f) => f.list !== 'vague')) return fs;
    const neutral = neutralSpans(texts[i], people);
    return neutral.length ? fs.filter((f) => f.list === 'vague' || !neutral.some((n) => n.start <= f.start && f.end <= n.end)) : fs;
  });
}

const PROSE_LISTS: readonly LanguageList[] = ['blameful', 'counterfactual'];

// The two prose rules read the same blocks: detect once per text (and per people), not once per rule.
let proseCache: { people: People; results: Map<string, Detection[]> } | undefined;
function proseDetections(text: string, people: People): Detection[] {
  if (!proseCache || proseCache.people !== people) proseCache = { people, results: new Map() };
  let found = proseCache.results.get(text);
  if (!found) {
    if (proseCache.results.size > 5000) proseCache.results.clear();
    found = detectProse(text, people);
    proseCache.results.set(text, found);
  }
  return found;
}
const WINDOW = 300;

/**
 * Whether applying `r` to `text` leaves the sentence clean: no blame or hindsight finding in or
 * next to the rewritten part, and fewer findings in the sentence than before.
 */
export function rewriteIsClean(text: string, r: Rewrite, options: LanguageOptions): boolean {
  // The sentence around the rewrite, found by a bounded scan: checking stays linear per finding.
  let from = r.start;
  while (from > 0 && r.start - from < WINDOW && !/[.!?。\n\uFFFC]/u.test(text[from - 1])) from--;
  let to = r.end;
  while (to < text.length && to - r.end < WINDOW && !/[.!?。\n\uFFFC]/u.test(text[to])) to++;
  if (to < text.length && /[.!?。]/u.test(text[to])) to++;
  const before = text.slice(from, to);
  const after = text.slice(from, r.start) + r.text + text.slice(r.end, to);
  // Repeated sentences (templates, pasted lists) are checked once; the cache is per configuration and people.
  const key = `${r.start - from}\u0000${r.text.length}\u0000${before}\u0000${after}`;
  let memo = cleanCache.get(options.config ?? cleanCache) ;
  if (!memo || memo.people !== options.people) {
    memo = { people: options.people, results: new Map() };
    cleanCache.set(options.config ?? cleanCache, memo);
  }
  const known = memo.results.get(key);
  if (known !== undefined) return known;
  if (memo.results.size > 2000) memo.results.clear();
  const result = checkClean(before, after, r, from, options);
  memo.results.set(key, result);
  return result;
}

const cleanCache = new WeakMap<object, { people: People | undefined; results: Map<string, boolean> }>();

function checkClean(before: string, after: string, r: Rewrite, from: number, options: LanguageOptions): boolean {
  const [was, now] = rawFindings([before, after], PROSE_LISTS, { ...options, ignore: undefined });
  const changed = { start: r.start - from, end: r.start - from + r.text.length };
  if (now.some((f) => overlaps(f, { start: changed.start - 1, end: changed.end + 1 }) || (r.text === '' && f.start <= changed.start && changed.start <= f.end))) return false;
  // Findings are counted by stretch, as they are reported (one per stretch of text): a phrase-list entry and a module
  // detection on the same words are one finding, and a rewrite that resolves it while another clause of the sentence
  // is flagged after it ("Sam deleted the table and then failed to notify anyone" → "… and was not prompted to …", where
  // "Sam deleted" is then read) has not made the sentence cleaner (session 18, fixes).
  return now.length === 0 || stretches(now) < stretches(was);
}

/** How many stretches of text the findings cover (overlapping findings merged), as findLanguage reports them. */
function stretches(found: readonly LanguageFinding[]): number {
  const spans = found.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  let n = 0;
  let end = -1;
  for (const [s, e] of spans) {
    if (s >= end) n++;
    end = Math.max(end, e);
  }
  return n;
}

/**
 * A finding left with no rewrite that lies inside what a module detection's rewrite replaces (of
 * either prose list: "…더 주의를 기울였어야 했고, 앞으로는 더 신중해야 한다" — the hindsight inside
 * the call for care) is offered that rewrite too, when it is clean: one edit resolves both.
 */
function borrowCoveringRewrites(text: string, found: LanguageFinding[], options: LanguageOptions): void {
  if (!found.some((f) => f.rewrites.length === 0)) return;
  const detections = proseDetections(text, options.people ?? noPeople());
  for (const f of found) {
    if (f.rewrites.length || f.list === 'vague') continue;
    for (const d of detections) {
      if (!d.rewrites.length || !d.rewrites.every((r) => r.start <= f.start && f.end <= r.end)) continue;
      const clean = d.rewrites.map((r) => keepMarks(text, r)).filter((r): r is Rewrite => {
        try {
          return !!r && rewriteIsClean(text, r, options);
        } catch {
          return false;
        }
      });
      if (clean.length) {
        f.rewrites = clean.map((r) => ({ ...r }));
        break;
      }
    }
  }
}

/** A blame finding left with no rewrite gets the clean ones of {@link fallbackRewrites} that cover it. */
function shapeRewrites(text: string, found: LanguageFinding[], options: LanguageOptions): void {
  for (const f of found) {
    if (f.rewrites.length) continue;
    const seen = new Set<string>();
    f.rewrites = fallbackRewrites(text, f).map((r) => keepMarks(text, r)).filter((r): r is Rewrite => {
      if (!r) return false;
      const key = `${r.start}\u0000${r.end}\u0000${r.text}`;
      if (seen.has(key) || r.start > f.start || r.end < f.end) return false;
      seen.add(key);
      try {
        return rewriteIsClean(text, r, options);
      } catch {
        return false;
      }
    });
  }
}

/**
 * Language findings of one list in each text, at most one per stretch of text: the phrase lists
 * (by word) and the language modules (by kind) merged, with checked rewrites. Never throws.
 */
export function findLanguage(texts: readonly string[], list: LanguageList, options: LanguageOptions = {}): LanguageFinding[][] {
  let raw: LanguageFinding[][];
  try {
    raw = rawFindings(texts, [list], options);
  } catch {
    return texts.map(() => []);
  }
  return raw.map((found, i) => {
    if (!options.raw && list !== 'vague') {
      for (const f of found) {
        try {
          f.rewrites = f.rewrites.map((r) => keepMarks(texts[i], r)).filter((r): r is Rewrite => !!r && rewriteIsClean(texts[i], r, options));
        } catch {
          f.rewrites = [];
        }
      }
    }
    // One finding per stretch: prefer one with a rewrite, then the phrase lists' (their notes are specific), then the longer.
    const ranked = [...found].sort((a, b) => Number(b.rewrites.length > 0) - Number(a.rewrites.length > 0) || Number(a.id.includes('.who.')) - Number(b.id.includes('.who.')) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: LanguageFinding[] = [];
    for (const f of ranked) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
    // After the choice (which prefers a finding with its own rewrite): one still without any.
    if (!options.raw && list !== 'vague') borrowCoveringRewrites(texts[i], kept, options);
    // Session 16: a blame finding still without any is offered a rewrite of the flagged words by their shape (fallback.ts).
    if (!options.raw && list === 'blameful') shapeRewrites(texts[i], kept, options);
    return kept.sort((a, b) => a.start - b.start);
  });
}
