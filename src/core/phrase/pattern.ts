/**
 * The pattern compiler of the phrase lists: the tiny pattern syntax to linear-time regular
 * expressions. No `vscode`, no Node APIs.
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
import { ALTERNATING_PARTICLES } from '../korean';
import type { Lang } from '../types';
import type { CompiledPattern } from './types';

const WORD_EN = "[\\p{L}\\p{N}'’_-]";
const SP_EN = '\\s{1,4}';
const SP_KO = '\\s{0,3}';
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
    // Session 12: the possessive 의 is often dropped before a blame noun ("담당자 실수로", "운영자 과실로"); the owner must
    // still be a person (checked in match.ts), so "배포 실수" keeps its span; a word with a particle ("운영자가 실수로": a
    // subject) or a one-syllable pronoun ("제 실수", kept as before) is no owner without 의.
    owner: new RegExp(`(?<![\\uac00-\\ud7a3])(?:${NAME_KO}의${SP_KO}|(?:[\\uac00-\\ud7a3]\\s)?[\\uac00-\\ud7a3A-Za-z][\\uac00-\\ud7a3A-Za-z0-9_]{1,14}(?<![가이는은도를을에로와과께])\\s{1,3})$`, 'u'),
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
export const SUGGESTION_TOKENS = new Set(['a', 'be', 'verb', 'base']);

/** A pattern that cannot be compiled; the message says why. */
export class PatternError extends Error {}

export function escapeChar(c: string): string {
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
 * How ambiguous a compiled pattern may be: an upper bound on the number of ways the regex can
 * match the same text from one start position (the paths a backtracking engine may try before it
 * gives up). The compiler multiplies the choices of every element that can trade characters with
 * its neighbours (optional groups, alternatives that are prefixes of one another, "..." gaps,
 * Korean "-" continuations, slots) and rejects a pattern above this bound, so that no
 * configuration can make a regex that backtracks exponentially (each repeated optional group
 * doubling the time). The built-in data stays far below it (a unit test says how far).
 */
export const MAX_AMBIGUITY = 256;

/** A token as written: words, or a gap; `attached`: what is left of a word after a leading slot. */
interface ParsedToken {
  parts: Part[];
  open: boolean;
  gap: boolean;
  attached?: boolean;
}

/** A token of a pattern after {@link canonical}: a word, an optional word (`{a|b|}` alone) repeated up to `count` times, or a gap of up to `words` words. */
type Tok = { kind: 'word'; parts: Part[]; open: boolean } | { kind: 'opt'; alts: string[]; count: number } | { kind: 'gap'; words: number };

/**
 * Merges what would compile to adjacent ambiguous quantifiers into one bounded repetition that
 * matches the same text: a run of `...` gaps becomes one gap of up to 3 words each, and a run of
 * identical optional words (`{a|} {a|} {a|}`) one optional word repeated. An optional word keeps
 * its alternatives without outer spaces (a separator stands there already).
 */
function canonical(parsed: ParsedToken[], where: string): Tok[] {
  const out: Tok[] = [];
  for (const t of parsed) {
    const prev = out[out.length - 1];
    if (t.gap) {
      if (prev?.kind === 'gap') prev.words += 3;
      else out.push({ kind: 'gap', words: 3 });
      continue;
    }
    const only = t.parts.length === 1 ? t.parts[0] : undefined;
    if (!t.open && !t.attached && only?.type === 'alt' && only.alts.some((a) => !a.trim())) {
      const alts = [...new Set(only.alts.map((a) => a.trim()).filter((a) => a))];
      if (!alts.length) throw new PatternError(`${where}: a group with only empty alternatives matches nothing`);
      if (prev?.kind === 'opt' && prev.alts.length === alts.length && prev.alts.every((a, i) => a === alts[i])) prev.count++;
      else out.push({ kind: 'opt', alts, count: 1 });
      continue;
    }
    out.push({ kind: 'word', parts: t.parts, open: t.open });
  }
  return out;
}

/** How many alternatives can match at one place at once: the longest chain of ones that are prefixes of each other (spaces aside: they may vary). */
function prefixChain(alts: string[]): number {
  const forms = [...alts.map((a) => a.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ''))].sort((a, b) => a.length - b.length);
  const best = forms.map(() => 1);
  for (let i = 0; i < forms.length; i++) for (let j = 0; j < i; j++) if (forms[i].startsWith(forms[j])) best[i] = Math.max(best[i], best[j] + 1);
  return Math.max(1, ...best);
}

function alternation(alts: string[], lang: Lang): string {
  return `(?:${[...alts].sort((a, b) => b.length - a.length).map((a) => literal(a, lang)).join('|')})`;
}

/**
 * The regex source of canonical tokens, and its ambiguity (see {@link MAX_AMBIGUITY}). Never two
 * separators in a row: an optional word carries the separator after it (or, at the end of the
 * pattern or before a gap, the one before it), so skipping it leaves one separator, not two.
 */
function emit(tokens: Tok[], lang: Lang, verbs: Record<string, string> | undefined): { src: string; ambiguity: number } {
  const sp = lang === 'en' ? SP_EN : SP_KO;
  const spRange = 4; // \s{1,4} or \s{0,3}
  let src = '';
  let ambiguity = 1;
  let consumed = false;
  const sepBefore = (i: number) => (i === 0 ? '' : tokens[i - 1].kind === 'gap' && lang === 'ko' ? '\\s{1,3}' : sp);
  // Whether a run of optional words starting at i ends before a word (else before a gap or at the end).
  const runEndsAtWord = (i: number) => {
    let j = i;
    while (tokens[j]?.kind === 'opt') j++;
    return tokens[j]?.kind === 'word';
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'gap') {
      src += lang === 'en' ? `(?:${SP_EN}${WORD_EN}{1,30}){0,${t.words}}` : `(?:\\s{1,3}[^\\s.!?。,;:\\uFFFC]{1,20}){0,${t.words}}`;
      ambiguity *= t.words + 1;
      consumed = false;
      continue;
    }
    const sep = consumed ? '' : sepBefore(i);
    consumed = false;
    if (t.kind === 'opt') {
      const q = t.count === 1 ? '?' : `{0,${t.count}}`;
      const body = alternation(t.alts, lang);
      if (runEndsAtWord(i)) {
        src += `${sep}(?:${body}${sp})${q}`;
        consumed = true;
      } else src += `(?:${sep}${body})${q}`;
      // 0…count repetitions, each one of `c` alternatives that may match at once.
      const c = prefixChain(t.alts);
      let paths = 0;
      for (let k = 0, p = 1; k <= t.count; k++, p *= c) paths += p;
      ambiguity *= paths;
      continue;
    }
    src += sep;
    const parts = t.parts;
    // An alternative that starts (ends) with a space next to a separator splits the spaces with it.
    const edge = (at: 'start' | 'end') => {
      const order = at === 'start' ? parts : [...parts].reverse();
      for (const part of order) {
        if (part.type !== 'alt') return false;
        if (part.alts.some((a) => (at === 'start' ? /^\s/u : /\s$/u).test(a))) return true;
        if (!part.alts.includes('')) return false;
      }
      return false;
    };
    if (sep && edge('start')) ambiguity *= spRange;
    if (i < tokens.length - 1 && tokens[i + 1].kind !== 'gap' && edge('end')) ambiguity *= spRange;
    parts.forEach((part, k) => {
      const inside = k < parts.length - 1;
      if (part.type === 'text') src += literal(part.text, lang);
      else if (part.type === 'alt') {
        src += alternation(part.alts, lang);
        ambiguity *= prefixChain(part.alts);
      } else if (part.name === 'person') {
        src += lang === 'en' ? PERSON_EN : PERSON_KO;
        // A determiner may be read as the name; the name's length trades with what follows it.
        ambiguity *= lang === 'en' ? (inside ? 80 : 2) : 30;
      } else if (part.name === 'past') src += PAST_KO;
      else if (part.name === 'pp') {
        src += PP_EN;
        ambiguity *= inside ? 42 : 2;
      } else if (part.name === 'verb') {
        const forms = Object.keys(verbs ?? {});
        src += `(?<verb>${[...forms].sort((a, b) => b.length - a.length).map((v) => literal(v, lang)).join('|')})`;
        ambiguity *= prefixChain(forms);
      }
    });
    // The last word's continuation is captured so that a rewrite can keep it ("했어야 했|다").
    if (t.open) {
      const last = i === tokens.length - 1;
      src += last ? `(?<cont>${lang === 'en' ? CONT_EN : CONT_KO})` : lang === 'en' ? CONT_EN : CONT_KO;
      // Korean separators may be empty: a continuation trades syllables with the next word.
      if (!last && lang === 'ko' && tokens[i + 1].kind !== 'gap') ambiguity *= 11;
    }
  }
  return { src, ambiguity };
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
  const parsed: ParsedToken[] = rawTokens.map((t) => {
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
    parsed[0].attached = true;
    let spaced = false;
    if (!parsed[0].parts.length) {
      if (parsed.length < 2 || parsed[1].gap || first.name === 'owner') throw new PatternError(`${where}: <${first.name}> must be followed by words`);
      parsed.shift();
      spaced = true;
    }
    lead = { slot: first.name, regex: LEAD[lang][first.name === 'owner' ? 'owner' : spaced ? 'personSpaced' : 'person'] };
  }

  const tokens = canonical(parsed, where);
  const { src, ambiguity } = emit(tokens, lang, verbs);
  if (ambiguity > MAX_AMBIGUITY) {
    throw new PatternError(
      `${where}: too ambiguous (up to ${ambiguity > 1e9 ? 'more than a billion' : ambiguity} ways to match the same text, at most ${MAX_AMBIGUITY}): ` +
        'use fewer optional groups, "..." gaps, words ending in "-" or overlapping alternatives',
    );
  }
  const left: CompiledPattern['left'] = anchorStart ? 'clause' : openStart || lead ? 'none' : lang;
  const last = tokens[tokens.length - 1];
  const right = anchorEnd ? CLAUSE_END : last.kind === 'word' && last.open ? '' : lang === 'en' ? RIGHT_EN : TAIL_KO;
  const source = src + right;
  let regex: RegExp;
  try {
    regex = new RegExp(source, lang === 'en' ? 'gdiu' : 'gdu');
  } catch (err) {
    throw new PatternError(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { source, regex, needles: needlesOf(parsed.map((t) => t.parts)), left, lead, ambiguity };
}

const WORD_BEFORE_EN = /[\p{L}\p{N}_@'’-]/u;
const HANGUL_CHAR = /[\uac00-\ud7a3]/u;
const CLAUSE_MARK = '.!?;:,。\uFFFC(';
const CLAUSE_LEAD = ' \t\r\n"\'“‘*_[-';

/** Whether the character before `at` lets a match start there (boundaries checked in code keep regexes fast). */
export function leftBoundary(text: string, at: number, left: CompiledPattern['left']): boolean {
  if (left === 'none' || at === 0) return true;
  const prev = text[at - 1];
  if (left === 'en') return !WORD_BEFORE_EN.test(prev);
  if (left === 'ko') return !HANGUL_CHAR.test(prev);
  // A clause starts after punctuation (or at the start), past a few spaces, quotes or emphasis marks.
  let i = at - 1;
  for (let n = 0; i >= 0 && n < 4 && CLAUSE_LEAD.includes(text[i]); n++) i--;
  return i < 0 || CLAUSE_MARK.includes(text[i]);
}
