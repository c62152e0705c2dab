import type { ResolvedConfig } from '../config';
import type { PostmortemDocument } from '../model/document';
import { errorBudget, type BudgetResult } from './budget';
import { incidentDurations, type IncidentDurations } from './durations';
import { findMilestones, type Milestone, type MilestoneKind, type Milestones } from './milestones';

export * from './milestones';
export * from './durations';
export * from './budget';

/** Everything measured about one incident. */
export interface IncidentMetrics {
  milestones: Milestones;
  durations: IncidentDurations;
  budget: BudgetResult;
}

/** A milestone without its place in a parse (what the lens and the hover show; plain data). */
export type MilestoneSummary = Omit<Milestone, 'entry' | 'start' | 'end'>;

/** The metrics without their places in a parse ({@link IncidentMetrics} is one). */
export interface MetricsSummary {
  milestones: Partial<Record<MilestoneKind, MilestoneSummary>>;
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
