/**
 * Phrase lists for the language rules (`blameful-language`, `counterfactual-language`,
 * `vague-action-item`): loading and validating the data (built-in JSON and config-supplied
 * entries), compiling the tiny pattern syntax to linear-time regular expressions, and matching
 * prose. No `vscode`, no Node APIs: the same code runs in the browser build.
 *
 * Pattern syntax (words are separated by spaces):
 * - `human error`: literal words; English ignores case and needs word boundaries, Korean needs a
 *   left boundary and takes an optional particle or 하다-ending after the last word (`실수` matches
 *   실수로, 실수가, 실수였다, 실수했다, not 실수요자). In Korean a space may also be absent.
 * - `{a|an|}`: one of the alternatives (an empty one makes the group optional); no nesting.
 * - `...`: up to three arbitrary words.
 * - `-` at the end of a word: the word may continue (`reprimand-`); at the start of a pattern: the
 *   match may start inside a word (`-했어야 했-`).
 * - `^` first / `$` last: the start / end of a clause (or of an action item's description).
 * - `<person>`: a word (with a determiner) that must name a person (role, pronoun, declared
 *   name, 님/씨); `<owner>` (first): an optional possessive person ("the on-call's", "담당자의")
 *   that a rewrite replaces too; `<verb>`: one of the entry's `verbs` (past participle → base form);
 *   `<pp>` (English): a past participle ("should have <pp>" is hindsight, "should have a runbook" is not);
 *   `<past>` (Korean): any syllable with a ㅆ final (했, 았, 었, 였 …).
 *
 * Suggestions may use `{a}` (a/an when the match had an indefinite article or an owner),
 * `{be}` (was/were by the subject), `{verb}` (the matched verb) and `{base}` (its base form).
 */
import type { ResolvedConfig } from './config';
import { ALTERNATING_PARTICLES, particleFor } from './korean';
import type { ProseBlock } from './model/prose';
import { SEPARATOR } from './model/prose';
import { noPeople, phraseKind, stripKoreanParticle, subjectBefore, type People, type Subject } from './people';
import type { Lang } from './types';
import blamefulEn from './data/phrases/blameful.en.json';
import blamefulKo from './data/phrases/blameful.ko.json';
import counterfactualEn from './data/phrases/counterfactual.en.json';
import counterfactualKo from './data/phrases/counterfactual.ko.json';
import vagueEn from './data/phrases/vague.en.json';
import vagueKo from './data/phrases/vague.ko.json';

/** The phrase lists, by the name config files use (`phrases.blameful` …). */
export const PHRASE_LISTS = ['blameful', 'counterfactual', 'vague'] as const;

/** A phrase list name. */
export type PhraseListName = (typeof PHRASE_LISTS)[number];

/** What an entry flags; decides the message. */
export type PhraseKind = 'blame-word' | 'person-failure' | 'punitive' | 'counterfactual' | 'vague';

/** The kinds each list may hold (the first is the default for config entries). */
export const LIST_KINDS: Record<PhraseListName, readonly PhraseKind[]> = {
  blameful: ['blame-word', 'person-failure', 'punitive'],
  counterfactual: ['counterfactual'],
  vague: ['vague'],
};

/** The rule that uses each list. */
export const LIST_RULE: Record<PhraseListName, string> = {
  blameful: 'blameful-language',
  counterfactual: 'counterfactual-language',
  vague: 'vague-action-item',
};

/** A note in both message languages. */
export interface Note {
  en: string;
  ko: string;
}

/** One validated phrase-list entry. */
export interface PhraseEntry {
  /** Stable id, written by hand (never derived from the phrase): config and suppression use it. */
  id: string;
  lang: Lang;
  kind: PhraseKind;
  patterns: string[];
  /** Why the wording is a problem and how to reframe it. */
  note: Note;
  /** Neutral rewrites of the matched text; the first is what `--fix` applies. Empty: none is mechanical. */
  suggestions: string[];
  /** Who must be the subject: `person` (role, pronoun, declared name) or `agent` (anyone but a thing). */
  subject?: 'person' | 'agent';
  /** Context patterns that cancel a match they overlap ("sloppy quorum", "실수 연산"). */
  unless: string[];
  /** For `<verb>`: past participle → base form. */
  verbs?: Record<string, string>;
  /** Vague entries: not flagged when the item states a measure (a number, a threshold, a means). */
  measured: boolean;
  /** `builtin` or where a config entry came from. */
  origin: string;
}

/** An entry with its patterns compiled. */
export interface CompiledEntry {
  entry: PhraseEntry;
  list: PhraseListName;
  /** Position in its list, for stable tie-breaking. */
  order: number;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
}

/**
 * A compiled pattern. The left boundary is checked in code, not by a look-behind, and a leading
 * `<owner>`/`<person>` slot is matched by looking back from the match: both keep the regex
 * starting with a literal, which the engine can scan for quickly.
 */
export interface CompiledPattern {
  source: string;
  regex: RegExp;
  /** Lowercase literal pieces, one of which must occur in a text for the pattern to match (empty: no filter). */
  needles: string[];
  /** What must precede the match: a word boundary (en/ko), a clause start, or nothing checked. */
  left: 'en' | 'ko' | 'clause' | 'none';
  /** A leading slot matched by looking back: an optional possessive owner, or a required person. */
  lead?: { slot: 'owner' | 'person'; regex: RegExp };
}

const WORD_EN = "[\\p{L}\\p{N}'’_-]";
const SP_EN = '\\s{1,4}';
const SP_KO = '\\s{0,3}';
const GAP_EN = `(?:${SP_EN}${WORD_EN}{1,30}){0,3}`;
const GAP_KO = '(?:\\s{1,3}[^\\s.!?。,;:\\uFFFC]{1,20}){0,3}';
const CONT_EN = '[\\p{L}\\p{N}_]{0,16}';
const CONT_KO = '[\\uac00-\\ud7a3]{0,10}';
const RIGHT_EN = '(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])';
const CLAUSE_END = "(?=[\\s\"'”’*_)\\]]{0,4}(?:$|[.!?;:,。\\uFFFC(@—–|]|-\\s))";
const DETERMINERS_EN = '(?:the|a|an|our|their|his|her|my|your|this|that)';
const NAME_EN = '[@\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}';
// One word (plus a determiner): a two-word slot would start at "was" in "it was Bob's fault".
const PERSON_EN = `(?<person>(?:${DETERMINERS_EN}${SP_EN})?${NAME_EN})`;
const NAME_KO = '(?:[\\uac00-\\ud7a3]\\s)?[\\uac00-\\ud7a3A-Za-z@][\\uac00-\\ud7a3A-Za-z0-9_]{0,14}';
const PERSON_KO = `(?<person>${NAME_KO})`;

// Look-back patterns for a leading slot, anchored at the end of the text before a match.
const LEAD: Record<Lang, Record<'owner' | 'person' | 'personSpaced', RegExp>> = {
  en: {
    owner: new RegExp(`(?<![\\p{L}\\p{N}_@'’-])(?:(?:his|her|their|my|our|your)|(?:(?:the|a|an|our)${SP_EN})?${NAME_EN}['’]s)${SP_EN}$`, 'iu'),
    person: new RegExp(`(?<![\\p{L}\\p{N}_@'’-])(?:${DETERMINERS_EN}${SP_EN})?${NAME_EN}$`, 'iu'),
    personSpaced: new RegExp(`(?<![\\p{L}\\p{N}_@'’-])(?:${DETERMINERS_EN}${SP_EN})?${NAME_EN}${SP_EN}$`, 'iu'),
  },
  ko: {
    owner: new RegExp(`(?<![\\uac00-\\ud7a3])${NAME_KO}의${SP_KO}$`, 'u'),
    person: new RegExp(`(?<![\\uac00-\\ud7a3])${NAME_KO}$`, 'u'),
    personSpaced: new RegExp(`(?<![\\uac00-\\ud7a3])${NAME_KO}\\s{1,3}$`, 'u'),
  },
};

// Korean particles and endings after a noun. Alternating ones come from korean.ts so that a rewrite
// can re-pick them; the rest never change with the noun.
const FIXED_PARTICLES = ['에서', '에게', '까지', '부터', '처럼', '보다', '조차', '마저', '밖에', '마다', '대로', '입니', '인지', '께서', '의', '도', '만', '에', '께', '들', '뿐', '인', '임'];
const PARTICLE_RE = [...ALTERNATING_PARTICLES, ...FIXED_PARTICLES].sort((a, b) => b.length - a.length).join('|');
const VERBAL_RE = '하|했|한|할|함|해|히|되|됐|된|될|스러|스럽|시키|당하|당했';
const TAIL_KO = `(?:(?:(?<josa>${PARTICLE_RE})|(?<verbal>${VERBAL_RE}))${CONT_KO})?(?![\\uac00-\\ud7a3])`;

// Hangul syllables whose final consonant is ㅆ: the past-tense marker (했, 았, 었, 였, 봤 …).
// 있 (to be) also ends in ㅆ but is no past marker: "있어야 한다" is a requirement.
let pastClass = '';
for (let c = 0xac00 + 20; c <= 0xd7a3; c += 28) if (c !== 0xc788) pastClass += String.fromCharCode(c);
const PAST_KO = `[${pastClass}]`;

// A past participle: regular -ed/-en/-wn forms and the common irregular ones ("should have seen").
const PP_EN =
  '(?:\\p{L}{2,20}(?:ed|en|wn)|been|done|gone|made|had|kept|left|lost|met|paid|put|read|run|said|sent|set|shut|sold|spent|stood|' +
  'taught|thought|told|understood|won|brought|bought|caught|felt|found|got|heard|held|built|let|meant|hit|cut|led|fed|dealt|sought|' +
  'begun|struck|stuck|hung|spun|slept|swept|crept)';

const PLACEHOLDERS = new Set(['person', 'owner', 'verb', 'past', 'pp']);
const SUGGESTION_TOKENS = new Set(['a', 'be', 'verb', 'base']);

/** A pattern that cannot be compiled; the message says why. */
export class PatternError extends Error {}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function literal(text: string, lang: Lang): string {
  let out = '';
  for (const c of text) {
    if (c === "'" || c === '’') out += "['’]";
    else if (/\s/u.test(c)) out += lang === 'en' ? SP_EN : SP_KO;
    else out += escapeChar(c);
  }
  return out;
}

type Part = { type: 'text'; text: string } | { type: 'alt'; alts: string[] } | { type: 'slot'; name: string };

function parseToken(token: string, where: string): Part[] {
  const parts: Part[] = [];
  let buf = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (c === '{') {
      const close = token.indexOf('}', i);
      if (close < 0) throw new PatternError(`${where}: "{" without "}"`);
      const inner = token.slice(i + 1, close);
      if (inner.includes('{')) throw new PatternError(`${where}: groups cannot be nested`);
      if (buf) parts.push({ type: 'text', text: buf });
      buf = '';
      parts.push({ type: 'alt', alts: inner.split('|') });
      i = close;
    } else if (c === '}') {
      throw new PatternError(`${where}: "}" without "{"`);
    } else if (c === '<') {
      const close = token.indexOf('>', i);
      if (close < 0) throw new PatternError(`${where}: "<" without ">"`);
      const name = token.slice(i + 1, close);
      if (!PLACEHOLDERS.has(name)) throw new PatternError(`${where}: unknown slot <${name}> (use <person>, <owner>, <verb>, <pp> or <past>)`);
      if (buf) parts.push({ type: 'text', text: buf });
      buf = '';
      parts.push({ type: 'slot', name });
      i = close;
    } else buf += c;
  }
  if (buf) parts.push({ type: 'text', text: buf });
  return parts;
}

/** Splits a pattern at spaces outside `{…}` groups. */
function splitTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let buf = '';
  let depth = 0;
  for (const c of pattern) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (depth === 0 && /\s/u.test(c)) {
      if (buf) tokens.push(buf);
      buf = '';
    } else buf += c;
  }
  if (buf) tokens.push(buf);
  return tokens;
}

/**
 * Lowercase literal pieces of a pattern, one of which must occur in a text for the pattern to
 * match (empty: no filter). Picks the part whose shortest candidate is longest: a plain word
 * gives one needle, a group of non-empty alternatives gives one needle per alternative.
 */
function needlesOf(tokens: Part[][]): string[] {
  const longestPiece = (text: string) => text.replace(/^-|-$/g, '').toLowerCase().split(/['’\s]/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  let best: string[] = [];
  let score = 0;
  for (const parts of tokens) {
    for (const p of parts) {
      let candidates: string[] | undefined;
      if (p.type === 'text') candidates = [longestPiece(p.text)];
      else if (p.type === 'alt' && p.alts.every((a) => a.trim())) candidates = p.alts.map(longestPiece);
      if (!candidates) continue;
      const min = Math.min(...candidates.map((c) => c.length));
      if (min > score) {
        score = min;
        best = candidates;
      }
    }
  }
  return score >= 1 ? [...new Set(best)] : [];
}

/**
 * Compiles one pattern of the tiny syntax to a regular expression (flags `gdu`, plus `i` for
 * English). Every repetition is bounded or separated by a disjoint class, so matching is linear.
 * Throws {@link PatternError} with a readable message.
 */
export function compilePattern(pattern: string, lang: Lang, verbs?: Record<string, string>): CompiledPattern {
  const where = `pattern "${pattern}"`;
  let p = pattern.normalize('NFC').trim();
  if (!p) throw new PatternError('empty pattern');
  if (p.length > 200) throw new PatternError(`${where}: longer than 200 characters`);
  let anchorStart = false;
  let openStart = false;
  if (p.startsWith('^')) {
    anchorStart = true;
    p = p.slice(1).trimStart();
  } else if (p.startsWith('-')) {
    openStart = true;
    p = p.slice(1);
  }
  let anchorEnd = false;
  if (p.endsWith('$')) {
    anchorEnd = true;
    p = p.slice(0, -1).trimEnd();
  }
  const rawTokens = splitTokens(p);
  if (!rawTokens.length) throw new PatternError(`${where}: no words`);
  const parsed: { parts: Part[]; open: boolean; gap: boolean }[] = rawTokens.map((t) => {
    if (t === '...') return { parts: [], open: false, gap: true };
    const open = t.length > 1 && t.endsWith('-') && !t.endsWith('{-');
    return { parts: parseToken(open ? t.slice(0, -1) : t, where), open, gap: false };
  });
  if (parsed[0].gap || parsed[parsed.length - 1].gap) throw new PatternError(`${where}: "..." must stand between words`);
  const slots = parsed.flatMap((t) => t.parts.filter((x): x is Extract<Part, { type: 'slot' }> => x.type === 'slot').map((x) => x.name));
  for (const name of ['person', 'owner', 'verb']) {
    if (slots.filter((s) => s === name).length > 1) throw new PatternError(`${where}: <${name}> may appear only once`);
  }
  if (slots.includes('owner') && !(parsed[0].parts[0]?.type === 'slot' && (parsed[0].parts[0] as { name: string }).name === 'owner')) {
    throw new PatternError(`${where}: <owner> must open the pattern, attached to the next word`);
  }
  if (slots.includes('verb') && !(verbs && Object.keys(verbs).length)) throw new PatternError(`${where}: <verb> needs the entry's "verbs"`);
  if (slots.includes('past') && lang !== 'ko') throw new PatternError(`${where}: <past> is for Korean patterns`);
  if (slots.includes('pp') && lang !== 'en') throw new PatternError(`${where}: <pp> is for English patterns`);
  const letters = parsed.flatMap((t) => t.parts).some((x) => (x.type === 'text' && /\p{L}/u.test(x.text)) || (x.type === 'alt' && x.alts.every((a) => /\p{L}/u.test(a))));
  if (!letters) throw new PatternError(`${where}: needs at least one literal word`);

  // A leading <owner>/<person> is matched by looking back from the rest of the pattern.
  let lead: CompiledPattern['lead'];
  const first = parsed[0].parts[0];
  if (first?.type === 'slot' && (first.name === 'owner' || first.name === 'person')) {
    if (anchorStart || openStart) throw new PatternError(`${where}: a leading <${first.name}> cannot follow "^" or "-"`);
    parsed[0].parts.shift();
    let spaced = false;
    if (!parsed[0].parts.length) {
      if (parsed.length < 2 || parsed[1].gap || first.name === 'owner') throw new PatternError(`${where}: <${first.name}> must be followed by words`);
      parsed.shift();
      spaced = true;
    }
    lead = { slot: first.name, regex: LEAD[lang][first.name === 'owner' ? 'owner' : spaced ? 'personSpaced' : 'person'] };
  }

  const sp = lang === 'en' ? SP_EN : SP_KO;
  let src = '';
  for (let i = 0; i < parsed.length; i++) {
    const t = parsed[i];
    if (t.gap) {
      src += lang === 'en' ? GAP_EN : GAP_KO;
      continue;
    }
    if (i > 0) src += parsed[i - 1].gap && lang === 'ko' ? '\\s{1,3}' : sp;
    for (const part of t.parts) {
      if (part.type === 'text') src += literal(part.text, lang);
      else if (part.type === 'alt') {
        const alts = [...part.alts].sort((a, b) => b.length - a.length).map((a) => literal(a, lang));
        src += `(?:${alts.join('|')})`;
      } else if (part.name === 'person') src += lang === 'en' ? PERSON_EN : PERSON_KO;
      else if (part.name === 'past') src += PAST_KO;
      else if (part.name === 'pp') src += PP_EN;
      else if (part.name === 'verb') {
        const forms = Object.keys(verbs ?? {}).sort((a, b) => b.length - a.length).map((v) => literal(v, lang));
        src += `(?<verb>${forms.join('|')})`;
      }
    }
    // The last word's continuation is captured so that a rewrite can keep it ("했어야 했|다").
    if (t.open) src += i === parsed.length - 1 ? `(?<cont>${lang === 'en' ? CONT_EN : CONT_KO})` : lang === 'en' ? CONT_EN : CONT_KO;
  }
  const left: CompiledPattern['left'] = anchorStart ? 'clause' : openStart || lead ? 'none' : lang;
  const last = parsed[parsed.length - 1];
  const right = anchorEnd ? CLAUSE_END : last.open ? '' : lang === 'en' ? RIGHT_EN : TAIL_KO;
  const source = src + right;
  let regex: RegExp;
  try {
    regex = new RegExp(source, lang === 'en' ? 'gdiu' : 'gdu');
  } catch (err) {
    throw new PatternError(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { source, regex, needles: needlesOf(parsed.map((t) => t.parts)), left, lead };
}

const WORD_BEFORE_EN = /[\p{L}\p{N}_@'’-]/u;
const HANGUL_CHAR = /[\uac00-\ud7a3]/u;
const CLAUSE_MARK = '.!?;:,。\uFFFC(';
const CLAUSE_LEAD = ' \t\r\n"\'“‘*_[-';

/** Whether the character before `at` lets a match start there (boundaries checked in code keep regexes fast). */
function leftBoundary(text: string, at: number, left: CompiledPattern['left']): boolean {
  if (left === 'none' || at === 0) return true;
  const prev = text[at - 1];
  if (left === 'en') return !WORD_BEFORE_EN.test(prev);
  if (left === 'ko') return !HANGUL_CHAR.test(prev);
  // A clause starts after punctuation (or at the start), past a few spaces, quotes or emphasis marks.
  let i = at - 1;
  for (let n = 0; i >= 0 && n < 4 && CLAUSE_LEAD.includes(text[i]); n++) i--;
  return i < 0 || CLAUSE_MARK.includes(text[i]);
}

// ---------------------------------------------------------------------------------------------
// Validation

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

// ---------------------------------------------------------------------------------------------
// Matching

/** One phrase found in a text. Offsets are into that text (a prose block's `text`). */
export interface PhraseMatch {
  compiled: CompiledEntry;
  /** Start of the match (after a dropped, non-person `<owner>`). */
  start: number;
  /** End of the flagged text: through a Korean particle, not what follows it. */
  end: number;
  /** The flagged text. */
  text: string;
  /** Start of what a rewrite replaces: after the stem a pattern starting mid-word leaves alone ("확인|했어야 했다"). */
  rewriteStart: number;
  /** End of what a rewrite replaces: before an open pattern's continuation ("했어야 했|다"). */
  rewriteEnd: number;
  /** The Korean particle after the phrase, when there is one (a rewrite re-picks its form). */
  josa?: string;
  /** A Korean 하다/되다 ending: the noun is used as a verb, so a noun rewrite does not fit. */
  verbal?: string;
  /** The matched `<verb>`, if any. */
  verb?: string;
  /** True when a possessive person ("the on-call's", "담당자의") is part of the match. */
  owner: boolean;
  /** The subject, when the entry needed one checked. */
  subject?: Subject;
}

/** Options for {@link findPhrases}. */
export interface FindOptions {
  people?: People;
  /** Entry ids to skip (the rules' `ignore` option). */
  ignore?: ReadonlySet<string>;
  /** The text states a measure (vague items): entries marked `measured` do not apply. One flag per text, or one for all. */
  measured?: boolean | readonly boolean[];
}

// Blocks are searched as one string so that each regex runs once per document, not once per block.
// The joint holds U+FFFC, which no pattern matches across.
const JOINT = `\n${SEPARATOR}\n`;

const needleScanners = new WeakMap<readonly CompiledEntry[], { regex: RegExp; contained: Map<string, string[]> }>();

/**
 * The needles of `entries` that occur in `lower`, found in one pass: a regex of all needles in a
 * look-ahead, so that overlapping needles are all seen. One scan instead of an `includes` per
 * needle keeps long documents cheap: most patterns cannot match and are skipped.
 */
function needlesIn(lower: string, entries: readonly CompiledEntry[]): Set<string> {
  let scanner = needleScanners.get(entries);
  if (!scanner) {
    const all = [...new Set(entries.flatMap((e) => e.patterns.flatMap((p) => p.needles)))].sort((a, b) => b.length - a.length);
    const contained = new Map(all.map((n) => [n, all.filter((o) => o !== n && n.includes(o))]));
    scanner = { regex: new RegExp(`(?=(${all.map((n) => [...n].map(escapeChar).join('')).join('|') || '(?!)'}))`, 'gu'), contained };
    needleScanners.set(entries, scanner);
  }
  const found = new Set<string>();
  const re = scanner.regex;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const n = m[1];
    if (!found.has(n)) {
      found.add(n);
      for (const inner of scanner.contained.get(n) ?? []) found.add(inner);
    }
    re.lastIndex = m.index + 1;
  }
  return found;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function blockIndex(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function excludedByContext(compiled: CompiledEntry, text: string, start: number, end: number): boolean {
  if (!compiled.unless.length) return false;
  const from = Math.max(0, start - 80);
  const window = text.slice(from, Math.min(text.length, end + 80));
  for (const u of compiled.unless) {
    u.regex.lastIndex = 0;
    for (let m = u.regex.exec(window); m; m = u.regex.exec(window)) {
      if (m[0] === '' || !leftBoundary(window, m.index, u.left)) {
        u.regex.lastIndex = m.index + 1;
        continue;
      }
      if (overlaps({ start: from + m.index, end: from + m.index + m[0].length }, { start, end })) return true;
      if (from + m.index >= end) break;
    }
  }
  return false;
}

function accept(compiled: CompiledEntry, pattern: CompiledPattern, text: string, m: RegExpExecArray, offset: number, options: FindOptions, measured: boolean): PhraseMatch | undefined {
  const people = options.people ?? noPeople();
  const idx = m.indices?.groups ?? {};
  const groups = m.groups ?? {};
  let start = m.index - offset;
  let end = m.index + m[0].length - offset;
  let owner = false;
  if (pattern.lead) {
    const before = text.slice(Math.max(0, start - 48), start);
    const found = pattern.lead.regex.exec(before);
    const who = found ? found[0].trim().replace(/['’]s$/u, '') : '';
    const isPerson = !!found && (/^(?:his|her|their|my|our|your)$/iu.test(who) || phraseKind(who.replace(/의$/u, ''), people) === 'person');
    if (pattern.lead.slot === 'person') {
      // "담당자가 잘못했다" is a subject and a verb, not "the person's fault": only 의 or no particle.
      const particle = /[\uac00-\ud7a3]$/u.test(who) ? stripKoreanParticle(who).particle : '';
      if (!isPerson || (particle && particle !== '의')) return undefined;
      start -= found![0].length;
    } else if (isPerson) {
      start -= found![0].length;
      owner = true;
    }
  }
  if (groups.person !== undefined && phraseKind(groups.person, people) !== 'person') return undefined;
  const rewriteEnd = groups.cont !== undefined && idx.cont ? idx.cont[0] - offset : undefined;
  let josa: string | undefined;
  let verbal: string | undefined;
  if (groups.josa !== undefined && idx.josa) {
    josa = groups.josa;
    end = idx.josa[1] - offset;
  } else if (groups.verbal !== undefined) verbal = groups.verbal;
  const entry = compiled.entry;
  if (entry.measured && measured) return undefined;
  let subject: Subject | undefined;
  if (entry.subject) {
    subject = subjectBefore(text, start, people);
    if (entry.subject === 'person' ? subject.kind !== 'person' : subject.kind === 'thing') return undefined;
  }
  if (excludedByContext(compiled, text, start, end)) return undefined;
  // A pattern that starts mid-word ("-했어야 했-") reports the whole word: "확인했어야 했다".
  const rewriteStart = start;
  if (pattern.left === 'none' && !pattern.lead) while (start > 0 && start > rewriteStart - 20 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  return { compiled, start, end, text: text.slice(start, end), rewriteStart, rewriteEnd: rewriteEnd ?? end, josa, verbal, verb: groups.verb, owner, subject };
}

/**
 * Finds the phrases of `entries` in each text. Matches of one text never overlap: the earliest
 * wins, then the longest, then the entry listed first. Pure; never throws on any input.
 */
export function findPhrasesInTexts(texts: readonly string[], entries: readonly CompiledEntry[], options: FindOptions = {}): PhraseMatch[][] {
  const results: PhraseMatch[][] = texts.map(() => []);
  if (!texts.length || !entries.length) return results;
  const starts: number[] = [];
  let pos = 0;
  for (const t of texts) {
    starts.push(pos);
    pos += t.length + JOINT.length;
  }
  const joined = texts.join(JOINT);
  const present = needlesIn(joined.toLowerCase(), entries);
  for (const compiled of entries) {
    if (options.ignore?.has(compiled.entry.id)) continue;
    for (const pattern of compiled.patterns) {
      if (pattern.needles.length && !pattern.needles.some((n) => present.has(n))) continue;
      const re = pattern.regex;
      re.lastIndex = 0;
      for (let m = re.exec(joined); m; m = re.exec(joined)) {
        if (m[0] === '' || !leftBoundary(joined, m.index, pattern.left)) {
          // Retry from the next character: a match may start inside the rejected one.
          re.lastIndex = m.index + 1;
          continue;
        }
        const b = blockIndex(starts, m.index);
        const measured = Array.isArray(options.measured) ? options.measured[b] === true : options.measured === true;
        const found = accept(compiled, pattern, texts[b], m, starts[b], options, measured);
        if (found) results[b].push(found);
      }
    }
  }
  for (let b = 0; b < results.length; b++) {
    const all = results[b];
    if (all.length < 2) continue;
    all.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start) || x.compiled.order - y.compiled.order);
    // Sorted by start, a match overlaps a kept one exactly when it starts before the kept ones end.
    const kept: PhraseMatch[] = [];
    let keptEnd = -1;
    for (const m of all) {
      if (m.start < keptEnd) continue;
      kept.push(m);
      keptEnd = m.end;
    }
    results[b] = kept;
  }
  return results;
}

/** Finds the phrases of `entries` in one text (see {@link findPhrasesInTexts}). */
export function findPhrases(text: string, entries: readonly CompiledEntry[], options: FindOptions = {}): PhraseMatch[] {
  return findPhrasesInTexts([text], entries, options)[0];
}

// ---------------------------------------------------------------------------------------------
// Rewrites

function article(next: string): string {
  const w = next.trim().toLowerCase();
  // Vowel letters that sound like consonants ("a user", "a one-off") and silent h ("an hour").
  if (/^(?:u[bcfhjkmnrst][aeiou]|uni|use|eu|one|once)/u.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/u.test(w)) return 'an';
  return /^[aeiou]/u.test(w) ? 'an' : 'a';
}

function matchCase(original: string, replacement: string): string {
  const first = original.trimStart()[0];
  if (first && first !== first.toLowerCase() && replacement[0] && replacement[0] === replacement[0].toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The neutral rewrites of a match, ready to replace `match.text` (particle re-picked, case of the
 * first letter kept, `{a}`/`{be}`/`{base}` filled in). Empty when the entry has none or when the
 * match's grammar rules a mechanical rewrite out (a Korean noun used as a verb: 실수했다).
 * `""` means "delete the phrase".
 */
export function rewritesOf(match: PhraseMatch, text: string, people: People = noPeople()): string[] {
  const entry = match.compiled.entry;
  if (!entry.suggestions.length) return [];
  if (match.verbal) return [];
  // "실수를 했다" / "실수를 저질렀다": the object of a doing-verb; "공백을 했다" would not read.
  if (match.josa && /^[을를]$/u.test(match.josa) && /^\s{0,2}(?:하|했|한|할|해|저지르|저질|저지른|범하|범했|범한)/u.test(text.slice(match.end, match.end + 6))) return [];
  const original = text.slice(match.rewriteStart, match.rewriteEnd);
  const indefinite = /^(?:an?)\s/iu.test(original);
  const out: string[] = [];
  for (const template of entry.suggestions) {
    if (template === '') {
      out.push('');
      continue;
    }
    let s = template;
    if (s.includes('{be}')) {
      const subject = match.subject ?? subjectBefore(text, match.start, people);
      s = s.replace(/\{be\}/gu, subject.plural ? 'were' : 'was');
    }
    if (match.verb !== undefined) {
      const verb = match.verb.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
      s = s.replace(/\{verb\}/gu, verb).replace(/\{base\}/gu, entry.verbs?.[verb] ?? verb);
    }
    // {a} stands for the article the match had (or needs, once a possessive owner is replaced).
    const a = /\{a\}\s*/u.exec(s);
    if (a) {
      const rest = s.slice(a.index + a[0].length);
      s = s.slice(0, a.index) + (indefinite || match.owner ? `${article(rest)} ` : '') + rest;
    }
    if (match.josa) s += particleFor(s, match.josa);
    out.push(matchCase(original, s));
  }
  return [...new Set(out)];
}

/** Whether an action item's wording states a measure, a threshold or a concrete means. */
export function hasMeasure(text: string): boolean {
  return /\d|%|\b(?:under|below|above|within|at least|at most|less than|more than|fewer than|via|using|so that|until|instead of)\b|\bby\s(?:adding|using|moving|switching|enabling|introducing|replacing|removing|limiting|setting|running|requiring|automating)\b|\bfrom\b[^.\n]{1,40}\bto\b|이내|이하|이상|미만|초과|까지|통해|도입|추가|적용|자동화|으로\s?(?:변경|전환|교체)|로\s?(?:변경|전환|교체)/iu.test(text);
}

/** Where a match sits in a prose block, for rules that report on blocks. */
export interface BlockMatch {
  block: ProseBlock;
  match: PhraseMatch;
}

/** Finds phrases in prose blocks (see {@link findPhrasesInTexts}). */
export function findPhrasesInBlocks(blocks: readonly ProseBlock[], entries: readonly CompiledEntry[], options: FindOptions = {}): BlockMatch[] {
  const per = findPhrasesInTexts(blocks.map((b) => b.text), entries, options);
  const out: BlockMatch[] = [];
  per.forEach((matches, i) => {
    for (const match of matches) out.push({ block: blocks[i], match });
  });
  return out;
}
