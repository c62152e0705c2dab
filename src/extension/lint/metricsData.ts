/**
 * The incident metrics the CodeLens and the milestone hover show, as plain data (structured-clone
 * safe, free of `vscode`): computed by the lint worker next to its parse and sent with the lint
 * reply, so that the extension host never parses the document for them. Offsets belong to the
 * linted text; {@link moveMetricsData} carries them to the current text.
 */
import type { ResolvedConfig } from '../../core/config';
import { incidentMetrics, MILESTONE_KINDS, type MetricsSummary, type MilestoneSummary } from '../../core/metrics';
import type { PostmortemDocument } from '../../core/model/document';
import { mapRange, type Change } from '../findingsMap';

/** A milestone and the head of its timeline entry (where its hover is). */
export interface MilestoneData extends MilestoneSummary {
  /** The entry's head (time and first line), when the milestone has an entry. */
  head?: { start: number; end: number };
}

/** What the lens and the hover need of one document version. */
export interface MetricsData extends MetricsSummary {
  milestones: Partial<Record<MilestoneData['kind'], MilestoneData>>;
  /** Offset of the first timeline section's heading (where the lens goes); none without a timeline. */
  lensAt?: number;
}

/** The metrics of a parsed document as plain data. Never throws on any document (like `incidentMetrics`). */
export function metricsData(doc: PostmortemDocument, config?: Pick<ResolvedConfig, 'slos'>): MetricsData {
  const m = incidentMetrics(doc, config);
  const milestones: MetricsData['milestones'] = {};
  for (const kind of MILESTONE_KINDS) {
    const ms = m.milestones[kind];
    if (!ms) continue;
    const { kind: k, source, evidence, instant, wallTime, approximate, entry } = ms;
    milestones[kind] = { kind: k, source, evidence, instant, wallTime, approximate, head: entry ? { start: entry.headStart, end: entry.headEnd } : undefined };
  }
  const group = doc.timeline.groups[0];
  return { milestones, durations: m.durations, budget: m.budget, lensAt: group?.section.start };
}

/**
 * The metrics of an older text with their offsets moved through the changes made since: a
 * milestone whose entry head an edit touched loses its head (no hover on it until the next lint),
 * a lens whose heading line an edit touched is dropped. The figures themselves are those of the
 * linted text (the next lint brings new ones).
 */
export function moveMetricsData(data: MetricsData, changes: readonly Change[]): MetricsData {
  if (!changes.length) return data;
  const milestones: MetricsData['milestones'] = {};
  for (const kind of MILESTONE_KINDS) {
    const ms = data.milestones[kind];
    if (!ms) continue;
    const head = ms.head && mapRange(ms.head.start, ms.head.end, changes);
    milestones[kind] = { ...ms, head: head ?? undefined };
  }
  const lens = data.lensAt === undefined ? undefined : mapRange(data.lensAt, data.lensAt, changes);
  return { ...data, milestones, lensAt: lens?.start };
}
