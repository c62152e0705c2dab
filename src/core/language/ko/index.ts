/**
 * Korean "who did what" (owned by the Korean side): subjects by particle, negligence
 * predicates, hindsight forms. See ../types.ts for the contract.
 */
import type { LanguageModule } from '../types';

export const korean: LanguageModule = {
  lang: 'ko',
  prose: () => [],
  actionItem: () => [],
};
