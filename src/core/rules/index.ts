import type { Rule } from '../types';
import { blamefulLanguage } from './blameful-language';
import { counterfactualLanguage } from './counterfactual-language';
import { actionItemOwner } from './action-item-owner';
import { timelineTimestamp } from './timeline-timestamp';
import { timelineOrder } from './timeline-order';
import { timelineTimezone } from './timeline-timezone';
import { requiredSections } from './required-sections';
import { vagueActionItem } from './vague-action-item';
import { frontMatter } from './front-matter';
import { fiveWhysRootCause } from './five-whys-root-cause';
import { suppressionComment } from './suppression-comment';
import { templatePlaceholder } from './template-placeholder';
import { incidentDuration } from './incident-duration';

/** Every built-in rule, in the order the docs list them. */
export const allRules: readonly Rule[] = [
  blamefulLanguage,
  counterfactualLanguage,
  actionItemOwner,
  timelineTimestamp,
  timelineOrder,
  timelineTimezone,
  incidentDuration,
  requiredSections,
  vagueActionItem,
  frontMatter,
  fiveWhysRootCause,
  suppressionComment,
  templatePlaceholder,
];

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
