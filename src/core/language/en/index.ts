/**
 * English "who did what". See ../types.ts for the contract.
 */
import type { LanguageModule } from '../types';
import { englishActionItem, englishConcreteItem } from './vague';
import { englishProse } from './prose';
import { englishNeutral, englishNeutralParts } from './neutral';
import { englishCoverageRule } from '../coverage';

export const english: LanguageModule = {
  lang: 'en',
  prose: englishProse,
  actionItem: englishActionItem,
  // Session 11 (../coverage.ts): a fault word in the condition of a coverage rule.
  neutral: (s, ctx) => englishNeutral(s, ctx) || englishCoverageRule(s.text),
  neutralParts: englishNeutralParts,
  concreteItem: englishConcreteItem,
};
