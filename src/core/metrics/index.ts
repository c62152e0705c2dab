import type { ResolvedConfig } from '../config';
import type { PostmortemDocument } from '../model/document';
import { errorBudget, type BudgetResult } from './budget';
import { incidentDurations, type IncidentDurations } from './durations';
import { findMilestones, type Milestones } from './milestones';

export * from './milestones';
export * from './durations';
export * from './budget';

/** Everything measured about one incident. */
export interface IncidentMetrics {
  milestones: Milestones;
  durations: IncidentDurations;
  budget: BudgetResult;
}

/** Milestones, durations and error budget of a document. Never throws on any document. */
export function incidentMetrics(doc: PostmortemDocument, config?: Pick<ResolvedConfig, 'slos'>): IncidentMetrics {
  const milestones = findMilestones(doc);
  const durations = incidentDurations(milestones);
  const budget = errorBudget(doc.meta, config?.slos, durations.impact?.minutes);
  return { milestones, durations, budget };
}
