/** English vague action items, judged on the whole item. */
import type { DetectContext, Detection, Sentence } from '../types';

export function englishActionItem(_sentence: Sentence, _ctx: DetectContext): Detection[] {
  return [];
}
