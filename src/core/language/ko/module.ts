/**
 * The Korean language module: blame and hindsight in a sentence (prose.ts), vague wording in an
 * action item (vague.ts). The shape is the engine's `LanguageModule` (language/types.ts): one
 * sentence in, detections with offsets into the whole text out; pure, linear, never throws.
 */
import type { People } from '../../people';
import { koreanProse, openQuestionAsked, type KoDetection, type KoSentence } from './prose';
import { koreanActionItem, koreanConcreteItem } from './vague';
import { koreanNeutral, koreanNeutralParts } from './neutral';
import { slipOfDefect } from './defect';
import { carelessGuarded } from './guard';
import { codeCaught } from './caught';
import { impersonalParts } from './impersonal';

/** What the module needs to know about the text around a sentence. */
interface KoContext {
  text: string;
  people: People;
}

/** Korean "who did what". */
export const koreanModule = {
  lang: 'ko' as const,
  prose(sentence: KoSentence, ctx: KoContext): KoDetection[] {
    return koreanProse(sentence, ctx.text, ctx.people);
  },
  actionItem(sentence: KoSentence, ctx: KoContext): KoDetection[] {
    return koreanActionItem(sentence, ctx.text);
  },
  neutral(sentence: KoSentence): boolean {
    return koreanNeutral(sentence);
  },
  neutralParts(sentence: KoSentence, ctx?: KoContext): { start: number; end: number }[] {
    // Session 13: an open prevention question is neutral as a whole (prose.ts openQuestionAsked, asked.ts).
    // Session 13: a slip explained by a thing's defect (defect.ts).
    if (openQuestionAsked(sentence, ctx?.people) || slipOfDefect(sentence.text, ctx?.people)) return [{ start: sentence.start, end: sentence.end }];
    // Session 13: a careless manner named only as what a measure guards against (guard.ts).
    // Session 13 (lang-ko2): a passive should-have whose agent is a code identifier or a program part (caught.ts).
    return [
      ...koreanNeutralParts(sentence),
      // Session 14: a slip in a habitual statement, a process not run properly (impersonal.ts).
      ...[...carelessGuarded(sentence.text), ...codeCaught(sentence.text), ...impersonalParts(sentence.text, ctx?.people)].map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end })),
    ];
  },
  concreteItem(sentence: KoSentence, ctx: KoContext): boolean {
    return koreanConcreteItem(sentence, ctx.text);
  },
};
