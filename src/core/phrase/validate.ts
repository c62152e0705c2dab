/**
 * Validation of phrase entries (built-in data and config), loading the built-in data once and
 * compiling it. Never throws: bad entries are explained in `problems`.
 */
import type { ResolvedConfig } from '../config';
import type { Lang } from '../types';
import blamefulEn from '../data/phrases/blameful.en.json';
import blamefulKo from '../data/phrases/blameful.ko.json';
import counterfactualEn from '../data/phrases/counterfactual.en.json';
import counterfactualKo from '../data/phrases/counterfactual.ko.json';
import vagueEn from '../data/phrases/vague.en.json';
import vagueKo from '../data/phrases/vague.ko.json';
import { compilePattern, SUGGESTION_TOKENS } from './pattern';
import { LIST_KINDS, LIST_RULE, PHRASE_LISTS, type CompiledEntry, type Note, type PhraseEntry, type PhraseKind, type PhraseListName } from './types';

const ENTRY_KEYS = new Set(['id', 'lang', 'kind', 'patterns', 'note', 'suggestions', 'subject', 'unless', 'verbs', 'measured']);
const ID_RE = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+){0,12}$/;

/** Options for {@link validateEntries}. */
export interface ValidateOptions {
  list: PhraseListName;
  /** Default language (a data file's); config entries without one are classified by their script. */
  lang?: Lang;
  /** Where the entries come from, for messages ("blameful.en.json", ".postmortemrc.yaml"). */
  origin: string;
  /** Ids already taken (other lists, built-in data): a repeat is a problem. */
  takenIds?: Set<string>;
  /** Patterns already taken in this list (lang + normalised pattern): a repeat is a problem. */
  takenPatterns?: Set<string>;
}

/** Validated entries and the problems of the ones left out. */
export interface ValidationResult {
  entries: PhraseEntry[];
  problems: string[];
}

function normalizeNote(value: unknown): Note | undefined {
  if (typeof value === 'string' && value.trim()) return { en: value.trim(), ko: value.trim() };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const en = typeof v.en === 'string' ? v.en.trim() : '';
    const ko = typeof v.ko === 'string' ? v.ko.trim() : '';
    if (en || ko) return { en: en || ko, ko: ko || en };
  }
  return undefined;
}

/**
 * Validates raw entries (from data files or config). Never throws: a bad entry is left out and
 * explained in `problems` ("phrases.blameful[2] (id "x"): …"); the good ones are returned.
 */
export function validateEntries(raw: unknown, options: ValidateOptions): ValidationResult {
  const problems: string[] = [];
  const entries: PhraseEntry[] = [];
  const takenIds = options.takenIds ?? new Set<string>();
  const takenPatterns = options.takenPatterns ?? new Set<string>();
  if (!Array.isArray(raw)) return { entries, problems: [`${options.origin}: phrases.${options.list} must be a list of entries`] };
  raw.forEach((item, i) => {
    const at = `${options.origin}: phrases.${options.list}[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${at}: an entry must be a mapping with id, patterns and note`);
      return;
    }
    const e = item as Record<string, unknown>;
    const name = typeof e.id === 'string' ? `${at} (id "${e.id}")` : at;
    const bad: string[] = [];
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) bad.push(`unknown key "${key}" (known: ${[...ENTRY_KEYS].join(', ')})`);
    const id = typeof e.id === 'string' ? e.id.trim() : '';
    if (!id) bad.push('"id" is required (a stable, hand-written id such as "team.blame.rockstar")');
    else if (!ID_RE.test(id)) bad.push(`"id" must be lowercase words joined by "." or "-" (got "${id}")`);
    else if (takenIds.has(id)) bad.push(`duplicate id "${id}"`);
    const patterns = Array.isArray(e.patterns) ? e.patterns : typeof e.patterns === 'string' ? [e.patterns] : undefined;
    if (!patterns || !patterns.length || !patterns.every((x) => typeof x === 'string' && x.trim())) bad.push('"patterns" must be a non-empty list of strings');
    let lang: Lang | undefined = e.lang === 'en' || e.lang === 'ko' ? e.lang : undefined;
    if (e.lang !== undefined && !lang) bad.push(`"lang" must be "en" or "ko" (got ${JSON.stringify(e.lang)})`);
    if (options.lang && lang && lang !== options.lang) bad.push(`"lang" is "${lang}" in a ${options.lang} list`);
    lang ??= options.lang ?? (patterns?.some((x) => typeof x === 'string' && /[\uac00-\ud7a3]/u.test(x)) ? 'ko' : 'en');
    const kinds = LIST_KINDS[options.list];
    const kind = (e.kind ?? kinds[0]) as PhraseKind;
    if (!kinds.includes(kind)) bad.push(`"kind" must be one of ${kinds.join(', ')} in the ${options.list} list (got ${JSON.stringify(e.kind)})`);
    const note = normalizeNote(e.note);
    if (!note) bad.push('"note" is required: say why the wording is a problem and how to reframe it');
    let suggestions: string[] = [];
    if (e.suggestions !== undefined) {
      if (!Array.isArray(e.suggestions) || !e.suggestions.every((x) => typeof x === 'string')) bad.push('"suggestions" must be a list of strings');
      else {
        suggestions = e.suggestions as string[];
        if (suggestions.length < 2) bad.push('"suggestions" needs two or more neutral rewrites (or none at all)');
        if (new Set(suggestions).size !== suggestions.length) bad.push('"suggestions" has duplicates');
        for (const s of suggestions) {
          for (const m of s.matchAll(/\{([^{}]*)\}/gu)) if (!SUGGESTION_TOKENS.has(m[1])) bad.push(`suggestion "${s}": unknown {${m[1]}} (use {a}, {be}, {verb} or {base})`);
          if (/\{(?:verb|base)\}/u.test(s) && !e.verbs) bad.push(`suggestion "${s}" uses {verb}/{base} but the entry has no "verbs"`);
        }
      }
    }
    if (e.subject !== undefined && e.subject !== 'person' && e.subject !== 'agent') bad.push(`"subject" must be "person" or "agent" (got ${JSON.stringify(e.subject)})`);
    let verbs: Record<string, string> | undefined;
    if (e.verbs !== undefined) {
      if (!e.verbs || typeof e.verbs !== 'object' || Array.isArray(e.verbs) || !Object.values(e.verbs).every((v) => typeof v === 'string' && v.trim())) bad.push('"verbs" must map verb forms to base forms');
      else verbs = Object.fromEntries(Object.entries(e.verbs as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    }
    const unless = e.unless === undefined ? [] : Array.isArray(e.unless) && e.unless.every((x) => typeof x === 'string') ? (e.unless as string[]) : undefined;
    if (!unless) bad.push('"unless" must be a list of patterns');
    if (e.measured !== undefined && typeof e.measured !== 'boolean') bad.push('"measured" must be true or false');
    if (e.measured === true && options.list !== 'vague') bad.push('"measured" is only for the vague list');
    if (!bad.length) {
      for (const pat of [...(patterns as string[]), ...(unless ?? [])]) {
        try {
          compilePattern(pat, lang, verbs);
        } catch (err) {
          bad.push(err instanceof Error ? err.message : String(err));
        }
      }
      for (const pat of patterns as string[]) {
        const key = `${lang}:${pat.normalize('NFC').trim().toLowerCase().replace(/\s+/gu, ' ')}`;
        if (takenPatterns.has(key)) bad.push(`duplicate pattern "${pat}" (already in another entry)`);
      }
    }
    if (bad.length) {
      problems.push(`${name}: ${bad.join('; ')}`);
      return;
    }
    takenIds.add(id);
    for (const pat of patterns as string[]) takenPatterns.add(`${lang}:${pat.normalize('NFC').trim().toLowerCase().replace(/\s+/gu, ' ')}`);
    entries.push({
      id,
      lang,
      kind,
      patterns: patterns as string[],
      note: note!,
      suggestions,
      subject: e.subject as PhraseEntry['subject'],
      unless: unless ?? [],
      verbs,
      measured: e.measured === true,
      origin: options.origin,
    });
  });
  return { entries, problems };
}

/** A data file: a list of one language. */
interface DataFile {
  list: PhraseListName;
  lang: Lang;
  entries: unknown[];
}

const DATA_FILES: { file: string; data: DataFile }[] = [
  { file: 'blameful.en.json', data: blamefulEn as unknown as DataFile },
  { file: 'blameful.ko.json', data: blamefulKo as unknown as DataFile },
  { file: 'counterfactual.en.json', data: counterfactualEn as unknown as DataFile },
  { file: 'counterfactual.ko.json', data: counterfactualKo as unknown as DataFile },
  { file: 'vague.en.json', data: vagueEn as unknown as DataFile },
  { file: 'vague.ko.json', data: vagueKo as unknown as DataFile },
];

interface Builtins {
  entries: Record<PhraseListName, PhraseEntry[]>;
  problems: string[];
  ids: Set<string>;
  patterns: Record<PhraseListName, Set<string>>;
}

let builtins: Builtins | undefined;

/** Loads and validates the built-in data once. Problems here are bugs in the data (a unit test asserts none). */
export function builtinData(): Builtins {
  if (builtins) return builtins;
  const b: Builtins = { entries: { blameful: [], counterfactual: [], vague: [] }, problems: [], ids: new Set(), patterns: { blameful: new Set(), counterfactual: new Set(), vague: new Set() } };
  for (const { file, data } of DATA_FILES) {
    if (!(PHRASE_LISTS as readonly string[]).includes(data.list) || (data.lang !== 'en' && data.lang !== 'ko')) {
      b.problems.push(`${file}: "list" must be one of ${PHRASE_LISTS.join(', ')} and "lang" en or ko`);
      continue;
    }
    const { entries, problems } = validateEntries(data.entries, { list: data.list, lang: data.lang, origin: file, takenIds: b.ids, takenPatterns: b.patterns[data.list] });
    for (const e of entries) e.origin = 'builtin';
    b.entries[data.list].push(...entries);
    b.problems.push(...problems);
  }
  builtins = b;
  return b;
}

function compileEntries(entries: PhraseEntry[], list: PhraseListName, offset = 0): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  entries.forEach((entry, i) => {
    try {
      out.push({
        entry,
        list,
        order: offset + i,
        patterns: entry.patterns.map((p) => compilePattern(p, entry.lang, entry.verbs)),
        unless: entry.unless.map((p) => compilePattern(p, entry.lang, entry.verbs)),
      });
    } catch {
      // Validation compiled these already; an entry that still fails is skipped, never fatal.
    }
  });
  return out;
}

const compiledBuiltins = new Map<PhraseListName, CompiledEntry[]>();
const configCache = new WeakMap<object, { problems: string[]; lists: Map<PhraseListName, CompiledEntry[]>; merged: Map<PhraseListName, CompiledEntry[]> }>();

/**
 * Validates the config-supplied phrase entries (`phrases.blameful`, `phrases.counterfactual`,
 * `phrases.vague`). Returns one message per bad entry or unknown list; never throws.
 */
export function validatePhraseConfig(phrases: Record<string, unknown> | undefined, origin = 'config'): { entries: Record<PhraseListName, PhraseEntry[]>; problems: string[] } {
  const b = builtinData();
  const entries: Record<PhraseListName, PhraseEntry[]> = { blameful: [], counterfactual: [], vague: [] };
  const problems: string[] = [];
  if (!phrases) return { entries, problems };
  const ids = new Set(b.ids);
  for (const [list, raw] of Object.entries(phrases)) {
    if (!(PHRASE_LISTS as readonly string[]).includes(list)) {
      problems.push(`${origin}: unknown phrase list "phrases.${list}" (use ${PHRASE_LISTS.join(', ')})`);
      continue;
    }
    const name = list as PhraseListName;
    const result = validateEntries(raw, { list: name, origin, takenIds: ids, takenPatterns: new Set(b.patterns[name]) });
    entries[name].push(...result.entries);
    problems.push(...result.problems);
  }
  return { entries, problems };
}

function configLists(config: ResolvedConfig | undefined): { problems: string[]; lists: Map<PhraseListName, CompiledEntry[]>; merged: Map<PhraseListName, CompiledEntry[]> } {
  const key = config?.phrases;
  if (!key || !Object.keys(key).length) return { problems: [], lists: new Map(), merged: new Map() };
  const cached = configCache.get(key);
  if (cached) return cached;
  const { entries, problems } = validatePhraseConfig(key, config?.source ?? 'config');
  const lists = new Map<PhraseListName, CompiledEntry[]>();
  for (const list of PHRASE_LISTS) if (entries[list].length) lists.set(list, compileEntries(entries[list], list, 10000));
  const value = { problems, lists, merged: new Map<PhraseListName, CompiledEntry[]>() };
  configCache.set(key, value);
  return value;
}

/** The problems of a configuration's phrase entries (memoised per configuration). */
export function phraseConfigProblems(config: ResolvedConfig | undefined): string[] {
  return configLists(config).problems;
}

/** The compiled entries of a list: built-in data plus valid config entries. */
export function phraseEntries(list: PhraseListName, config?: ResolvedConfig): CompiledEntry[] {
  let base = compiledBuiltins.get(list);
  if (!base) {
    base = compileEntries(builtinData().entries[list], list);
    compiledBuiltins.set(list, base);
  }
  const cfg = configLists(config);
  const extra = cfg.lists.get(list);
  if (!extra) return base;
  // The same array for the same configuration, so that per-list caches (needle scans) hit.
  let merged = cfg.merged.get(list);
  if (!merged) {
    merged = [...base, ...extra];
    cfg.merged.set(list, merged);
  }
  return merged;
}

/** The built-in entries of each language rule, for the generated docs pages. */
export function phraseDocs(): Record<string, { id: string; lang: string; phrases: string[]; replacements: string[]; note: string }[]> {
  const out: Record<string, { id: string; lang: string; phrases: string[]; replacements: string[]; note: string }[]> = {};
  for (const list of PHRASE_LISTS) {
    out[LIST_RULE[list]] = builtinData().entries[list].map((e) => ({ id: e.id, lang: e.lang, phrases: e.patterns, replacements: e.suggestions, note: e.lang === 'ko' ? `${e.note.en} (${e.note.ko})` : e.note.en }));
  }
  return out;
}
