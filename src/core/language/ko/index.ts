/**
 * Korean "who did what": subjects by particle (people, teams, names, oneself, or a system),
 * negligence predicates, attribution, self-blame, calls for vigilance, hindsight forms
 * (prose.ts); vague action items judged by the sentence that holds them (vague.ts).
 * See ../types.ts for the contract.
 */
import type { LanguageModule } from '../types';
import { koreanModule } from './module';

export const korean: LanguageModule = koreanModule;
