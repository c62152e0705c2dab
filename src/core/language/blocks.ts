/**
 * The language findings of a document's prose blocks, kept between lints: an edit changes one
 * block or a few, and the blocks whose text did not change get the findings they had (the same
 * as computing them again, see below). This is what makes re-linting a large document after a
 * keystroke cheap (`src/core/incremental.ts`); a single lint gains nothing and loses nothing.
 *
 * Exactness: {@link findLanguage} searches the texts joined by a separator no pattern crosses,
 * so a text's findings do not depend on the other texts, except that the first text starts the
 * joined string and the last one ends it (`^`/`$`-like context). Those two are therefore always
 * computed afresh in their own place, and every other text's findings are computed (or were) in
 * the middle of a batch, as in a whole run. The key is everything else the findings depend on:
 * the list, the people (same contents, same object: {@link internPeople}), the configuration
 * and the ignored ids.
 */
import type { ResolvedConfig } from '../config';
import type { People } from '../people';
import { findLanguage, type LanguageFinding } from './findings';
import type { LanguageList } from './types';
import { TextMemo } from '../model/memo';

/** The options {@link findLanguageInBlocks} takes: those of {@link findLanguage} for prose. */
export interface BlockLanguageOptions {
  people: People;
  config?: ResolvedConfig;
  ignore?: Partial<Record<LanguageList, ReadonlySet<string>>>;
  /**
   * Vague list only: whether a text states a measure (`measured` of {@link findLanguage}, one
   * flag per text). A pure function of the text, kept by its identity in the key.
   */
  measure?: (text: string) => boolean;
}

const memos = new WeakMap<People, Map<string, Map<string, LanguageFinding[]>>>();
/** Batches of one or two texts, by options and texts. */
const smallMemos = new WeakMap<People, TextMemo<LanguageFinding[][]>>();
/** Longer texts are not kept as batch keys (a huge block's rewrites would each keep a copy). */
const MAX_SMALL_TEXT = 4000;

const objectIds = new WeakMap<object, number>();
let nextId = 0;

function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = ++nextId));
  return id;
}

/** A key for a configuration's contents (its identity when it cannot be written out). */
function configKey(config: ResolvedConfig | undefined): string {
  if (!config) return '';
  try {
    return JSON.stringify(config);
  } catch {
    return `#${idOf(config)}`;
  }
}

function ignoreKey(ignore: BlockLanguageOptions['ignore']): string {
  if (!ignore) return '';
  return Object.keys(ignore)
    .sort()
    .map((list) => `${list}:${[...(ignore[list as LanguageList] ?? [])].sort().join(',')}`)
    .join(';');
}

/** `findLanguage` on some texts with `options` (and their measures, when asked for). */
function findFresh(texts: readonly string[], list: LanguageList, options: BlockLanguageOptions): LanguageFinding[][] {
  const { measure, ...rest } = options;
  return findLanguage(texts, list, measure ? { ...rest, measured: texts.map(measure) } : rest);
}

/** `findLanguage(texts, list, options)`, reusing the findings of texts seen in earlier calls with the same options. */
export function findLanguageInBlocks(texts: readonly string[], list: LanguageList, options: BlockLanguageOptions): LanguageFinding[][] {
  const n = texts.length;
  let byKey = memos.get(options.people);
  if (!byKey) memos.set(options.people, (byKey = new Map()));
  const key = `${list}\u0000${configKey(options.config)}\u0000${ignoreKey(options.ignore)}\u0000${options.measure ? idOf(options.measure) : ''}`;
  if (n <= 2) {
    // One or two texts (a rewrite checked against the original): each is first or last, so the
    // batch is kept whole, by all its texts.
    if (n === 0 || texts.some((t) => t.length > MAX_SMALL_TEXT)) return findFresh(texts, list, options);
    let small = smallMemos.get(options.people);
    if (!small) smallMemos.set(options.people, (small = new TextMemo()));
    const batch = `${key}\u0001${n}\u0001${texts.join('\u0001')}`;
    let known = small.get(batch);
    if (!known) small.set(batch, (known = findFresh(texts, list, options)));
    return known.map((fs) => [...fs]);
  }
  let memo = byKey.get(key);
  if (!memo) {
    if (byKey.size > 16) byKey.clear();
    byKey.set(key, (memo = new Map()));
  }
  // One lookup per text (a 450 KB document has about 10,000 blocks, asked per list on every lint).
  const out = new Array<LanguageFinding[]>(n);
  const missing: string[] = [];
  let queued: Set<string> | undefined;
  for (let i = 1; i < n - 1; i++) {
    const t = texts[i];
    const known = memo.get(t);
    if (known) out[i] = known;
    else if (!(queued ??= new Set()).has(t)) {
      queued.add(t);
      missing.push(t);
    }
  }
  // First and last in their own places; the missing ones in between, in the middle as in a whole run.
  const found = findFresh([texts[0], ...missing, texts[n - 1]], list, options);
  for (let j = 0; j < missing.length; j++) memo.set(missing[j], found[j + 1]);
  out[0] = found[0];
  out[n - 1] = found[found.length - 1];
  if (missing.length) for (let i = 1; i < n - 1; i++) out[i] ??= memo.get(texts[i])!;
  // Keep what this document has now (and not every version of every block typed so far).
  if (memo.size > 2 * n + 256) {
    const keep = new Map<string, LanguageFinding[]>();
    for (let i = 1; i < n - 1; i++) keep.set(texts[i], memo.get(texts[i])!);
    byKey.set(key, keep);
  }
  return out;
}

/** Recently seen people, by contents. */
const interned = new Map<string, People>();

/** A key for a People's contents, whatever fields it has; undefined when a field is of a kind not known here. */
function peopleKey(people: People): string | undefined {
  const parts: string[] = [];
  for (const k of Object.keys(people).sort()) {
    const v = (people as unknown as Record<string, unknown>)[k];
    if (v instanceof Set) parts.push(`${k}=S${[...v].map(String).join('\u0001')}`);
    else if (v instanceof Map) parts.push(`${k}=M${[...v].map(([a, b]) => `${String(a)}\u0002${String(b)}`).join('\u0001')}`);
    else if (v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') parts.push(`${k}=${String(v)}`);
    else return undefined;
  }
  return parts.join('\u0000');
}

/**
 * The same People object for the same contents (in the same order), so that caches keyed by a
 * document's people (here and in the language modules) survive an edit that names nobody new.
 * People are never changed once built.
 */
export function internPeople(people: People): People {
  const key = peopleKey(people);
  if (key === undefined) return people;
  const known = interned.get(key);
  if (known) {
    // Most recently used last.
    interned.delete(key);
    interned.set(key, known);
    return known;
  }
  interned.set(key, people);
  if (interned.size > 8) interned.delete(interned.keys().next().value!);
  return people;
}
