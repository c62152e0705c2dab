import type { Lang } from '../types';
import type { MilestoneKind, Milestones, MilestoneTime } from './milestones';

/** A duration in minutes between two milestones. */
export interface Duration {
  minutes: number;
  /** One of the two times is approximate, or a milestone is inferred. */
  approximate: boolean;
  /** One of the two milestones is inferred from the entry's words (not marked). */
  inferred: boolean;
  from: MilestoneKind;
  to: MilestoneKind;
}

/** The durations an incident is measured by. */
export interface IncidentDurations {
  timeToDetect?: Duration;
  timeToRespond?: Duration;
  timeToMitigate?: Duration;
  timeToResolve?: Duration;
  /** Impact start to mitigation (to resolution when no mitigation is found). */
  impact?: Duration;
}

/** Pairs of milestones whose order is fixed (the first is never after the second). */
export const ORDERED_PAIRS: readonly [MilestoneKind, MilestoneKind][] = [
  ['start', 'detected'],
  ['start', 'responded'],
  ['start', 'mitigated'],
  ['start', 'resolved'],
  ['detected', 'resolved'],
  ['detected', 'mitigated'],
  ['responded', 'resolved'],
  ['mitigated', 'resolved'],
];

/**
 * Milliseconds from `a` to `b`: by instant when both are known; else by wall-clock time, only
 * when neither has an instant (a zone known for one side only cannot be compared honestly).
 */
export function msBetween(a: MilestoneTime, b: MilestoneTime): number | undefined {
  if (a.instant !== undefined && b.instant !== undefined) return b.instant - a.instant;
  if (a.instant === undefined && b.instant === undefined && a.wallTime !== undefined && b.wallTime !== undefined) return b.wallTime - a.wallTime;
  return undefined;
}

function between(ms: Milestones, from: MilestoneKind, to: MilestoneKind): Duration | undefined {
  const a = ms[from];
  const b = ms[to];
  if (!a || !b) return undefined;
  const d = msBetween(a, b);
  // A milestone before impact start is a reading problem (reported by incident-duration), not a negative time.
  if (d === undefined || d < 0) return undefined;
  const inferred = a.source === 'inferred' || b.source === 'inferred';
  return { minutes: Math.round(d / 60000), approximate: !!(a.approximate || b.approximate), inferred, from, to };
}

/** The durations from impact start. */
export function incidentDurations(ms: Milestones): IncidentDurations {
  const out: IncidentDurations = {};
  const ttd = between(ms, 'start', 'detected');
  const ttr = between(ms, 'start', 'responded');
  const ttm = between(ms, 'start', 'mitigated');
  const tts = between(ms, 'start', 'resolved');
  if (ttd) out.timeToDetect = ttd;
  if (ttr) out.timeToRespond = ttr;
  if (ttm) out.timeToMitigate = ttm;
  if (tts) out.timeToResolve = tts;
  const impact = ttm ?? tts;
  if (impact) out.impact = impact;
  return out;
}

/** Milestone pairs that are out of order: the later kind's time is before the earlier kind's. */
export function outOfOrder(ms: Milestones, toleranceMs = 0): { earlier: MilestoneKind; later: MilestoneKind; ms: number }[] {
  const out: { earlier: MilestoneKind; later: MilestoneKind; ms: number }[] = [];
  for (const [a, b] of ORDERED_PAIRS) {
    const x = ms[a];
    const y = ms[b];
    if (!x || !y) continue;
    const d = msBetween(x, y);
    const tol = x.approximate || y.approximate ? Math.max(toleranceMs, 10 * 60000) : toleranceMs;
    if (d !== undefined && d < -tol) out.push({ earlier: a, later: b, ms: d });
  }
  return out;
}

/**
 * A duration as people write it: `47 min`, `1 h 32 min`, `2 d 3 h` (en); `47분`, `1시간 32분`,
 * `2일 3시간` (ko). `style: 'long'` writes words (`1 hour 32 minutes`).
 */
export function formatDuration(minutes: number, lang: Lang, style: 'short' | 'long' | 'compact' = 'short'): string {
  const m = Math.max(0, Math.round(minutes));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const mm = m % 60;
  const parts: string[] = [];
  if (lang === 'ko') {
    if (d) parts.push(`${d}일`);
    if (h) parts.push(`${h}시간`);
    if (mm || !parts.length) parts.push(`${mm}분`);
    return parts.join(' ');
  }
  if (style === 'compact') {
    if (d) parts.push(`${d}d`);
    if (h) parts.push(`${h}h`);
    if (mm || !parts.length) parts.push(`${mm}m`);
    return parts.join(' ');
  }
  const unit = (n: number, short: string, long: string) => (style === 'long' ? `${n} ${long}${n === 1 ? '' : 's'}` : `${n} ${short}`);
  if (d) parts.push(unit(d, 'd', 'day'));
  if (h) parts.push(unit(h, 'h', 'hour'));
  if (mm || !parts.length) parts.push(unit(mm, 'min', 'minute'));
  return parts.join(' ');
}
