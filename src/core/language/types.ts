/**
 * The shared shapes of "who did what" detection. A language module (`en/`, `ko/`) reads one
 * sentence at a time and reports {@link Detection}s by KIND (a person as the subject of a
 * failure, attribution, negligence, a verdict, hindsight, a vague action …), each with the
 * rewrites that move the sentence from the person to the condition. The engine (`index.ts`)
 * splits text into sentences, masks quotations, picks the module by script, and keeps only the
 * rewrites that re-lint clean.
 */
import type { People } from '../people';
import type { Note, PhraseKind } from '../phrase/types';
import type { Lang } from '../types';

/** Which rule a detection belongs to (the phrase list of the same name). */
export type LanguageList = 'blameful' | 'counterfactual' | 'vague';

/** A half-open range of offsets. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of a text. Offsets are into the whole text the engine was given. */
export interface Sentence extends Span {
  /** The sentence itself (`text.slice(start, end)`), trailing space trimmed. */
  text: string;
}

/**
 * A replacement of `text.slice(start, end)` by `text` (offsets into the whole analysed text).
 * An empty `text` deletes. A rewrite may cover the whole sentence when a word swap cannot fix it.
 */
export interface Rewrite extends Span {
  text: string;
  /** The quick fix's title when it says more than "Replace with …" ("Replace the name with the role"). */
  title?: Note;
  /** Offered to a person only, never applied by a fix-all (it adds a commitment the author confirms). */
  manual?: boolean;
  /** Offered only when no earlier rewrite of the same finding could be (the same words in another form). */
  fallback?: boolean;
}

/** One finding of a language module. */
export interface Detection extends Span {
  list: LanguageList;
  /** Stable id of the kind that fired ("en.who.person-failure"); config `ignore` lists take it. */
  id: string;
  /** What the message says (the phrase kinds: blame-word, person-failure, punitive, counterfactual, vague). */
  kind: PhraseKind;
  note: Note;
  /** Candidate rewrites, most blameless first. The engine drops those that would still be flagged. */
  rewrites: Rewrite[];
}

/** What a module knows about the text around the sentence. */
export interface DetectContext {
  /** The whole text (a prose block, an action item's description, a typed answer). */
  text: string;
  people: People;
  /** Quoted spans of `text` (speech, mentions): nothing inside them is reported. */
  quoted: readonly Span[];
}

/**
 * A language: how to tell its sentences, and the detectors. Each function gets one sentence
 * (offsets into `ctx.text`) and returns detections with offsets into `ctx.text`. Pure, never
 * throws on any input, linear in the sentence's length.
 */
export interface LanguageModule {
  lang: Lang;
  /** Blame (`blameful`) and hindsight (`counterfactual`) in a sentence of prose. */
  prose(sentence: Sentence, ctx: DetectContext): Detection[];
  /** Vague wording in a whole action item's description (`sentence` spans all of it). */
  actionItem(sentence: Sentence, ctx: DetectContext): Detection[];
  /**
   * Whether a sentence states a blameless principle, rejects or negates blame ("nobody forgot
   * …", "calling this human error would hide …"): then nothing in it is reported, by either
   * source (phrase lists or kinds). Optional.
   */
  neutral?(sentence: Sentence, ctx: DetectContext): boolean;
  /**
   * Parts of a sentence where nothing is reported: a clause that speaks of mistakes in general, negates or
   * reports blame ("…and acknowledged that anyone could have made that mistake"), while the rest of the
   * sentence is still read. A finding is dropped only when it lies inside such a part. Optional.
   */
  neutralParts?(sentence: Sentence, ctx: DetectContext): Span[];
  /**
   * Whether an action item that opens with a listed verb still names a checkable end state
   * ("Ensure every node has swap disabled"): then it is not vague, whatever the phrase lists say. Optional.
   */
  concreteItem?(sentence: Sentence, ctx: DetectContext): boolean;
}
