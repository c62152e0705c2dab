/**
 * Phrase lists: names, kinds and the shapes of entries, compiled patterns and matches.
 * See `pattern.ts` for the pattern syntax.
 */
import type { Lang } from '../types';
import type { People, Subject } from '../people';

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
  /** An upper bound on the ways the regex can match the same text from one place (at most `MAX_AMBIGUITY`). */
  ambiguity: number;
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
