/**
 * English "who did what". See ../types.ts for the contract.
 */
import type { LanguageModule } from '../types';
import { englishActionItem, englishConcreteItem } from './vague';
import { englishProse } from './prose';
import { englishNeutral, englishNeutralParts } from './neutral';

export const english: LanguageModule = {
  lang: 'en',
  prose: englishProse,
  actionItem: englishActionItem,
  neutral: englishNeutral,
  neutralParts: englishNeutralParts,
  concreteItem: englishConcreteItem,
};
