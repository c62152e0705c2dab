/** English blame and hindsight by kind. */
import type { DetectContext, Detection, Sentence } from '../types';

export function englishProse(_sentence: Sentence, _ctx: DetectContext): Detection[] {
  return [];
}
