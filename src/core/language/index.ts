/**
 * "Who did what": the engine that runs the language modules over text. It splits a text into
 * sentences, picks each sentence's module by its script (Hangul → `ko`, else `en`), drops
 * detections inside quotations, and never throws (a module failing on one sentence costs only
 * that sentence).
 *
 * To add or extend a language, implement {@link LanguageModule} in `language/<lang>/index.ts`
 * and list it in `MODULES` below. Shared helpers: `sentences.ts` (sentences, quotes).
 */
import { noPeople, type People } from '../people';
import type { Lang } from '../types';
import { english } from './en';
import { korean } from './ko';
import { crossedOutPunishment } from './marks';
import { insideAny, quotedSpans, splitSentences } from './sentences';
import type { DetectContext, Detection, LanguageModule, Sentence, Span } from './types';

export type { DetectContext, Detection, LanguageList, LanguageModule, Rewrite, Sentence, Span } from './types';
export { insideAny, quotedSpans, splitSentences } from './sentences';

const MODULES: Record<Lang, LanguageModule> = { en: english, ko: korean };

const HANGUL = /[\uac00-\ud7a3]/u;

/** The language a sentence is written in: Korean when it has Hangul, else English. */
export function sentenceLang(sentence: string): Lang {
  return HANGUL.test(sentence) ? 'ko' : 'en';
}

function run(text: string, people: People, each: (m: LanguageModule, s: Sentence, ctx: DetectContext) => Detection[], whole: boolean): Detection[] {
  if (!text.trim()) return [];
  const quoted = quotedSpans(text);
  const ctx: DetectContext = { text, people, quoted };
  const sentences = whole ? [{ start: 0, end: text.length, text }] : splitSentences(text);
  const out: Detection[] = [];
  for (const s of sentences) {
    try {
      for (const d of each(MODULES[sentenceLang(s.text)], s, ctx)) {
        if (d.end > d.start && !insideAny(quoted, d.start, d.end)) out.push(d);
      }
    } catch {
      // A module failing on one sentence must not take the others (or the lint) down.
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Spans where blame and hindsight are not reported: quotations, and sentences a language module
 * reads as neutral (a blameless principle, rejected or negated blame), or the parts of a sentence it
 * reads so (`neutralParts`), and short items that list a punishment with a cross mark (`marks.ts`). Sorted, disjoint.
 */
export function neutralSpans(text: string, people: People = noPeople()): Span[] {
  if (!text.trim()) return [];
  const quoted = quotedSpans(text);
  const ctx: DetectContext = { text, people, quoted };
  const spans: Span[] = [...quoted];
  for (const s of splitSentences(text)) {
    try {
      const m = MODULES[sentenceLang(s.text)];
      if (m.neutral?.(s, ctx) || crossedOutPunishment(s.text)) spans.push({ start: s.start, end: s.end });
      else if (m.neutralParts) spans.push(...m.neutralParts(s, ctx));
    } catch {
      // A module failing on one sentence decides nothing about it.
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Blame and hindsight, by kind, in one text (a prose block or a typed answer). */
export function detectProse(text: string, people: People = noPeople()): Detection[] {
  return run(text, people, (m, s, ctx) => m.prose(s, ctx), false);
}

/** Whether an action item names a checkable end state although it opens with a listed verb. */
export function concreteActionItem(text: string, people: People = noPeople()): boolean {
  if (!text.trim()) return false;
  try {
    return MODULES[sentenceLang(text)].concreteItem?.({ start: 0, end: text.length, text }, { text, people, quoted: [] }) === true;
  } catch {
    return false;
  }
}

/** Vague wording in one action item's description, judged on the whole item. */
export function detectActionItem(text: string, people: People = noPeople()): Detection[] {
  return run(text, people, (m, s, ctx) => m.actionItem(s, ctx), true);
}
