import type { ResolvedConfig } from '../config';
import type { PostmortemDocument } from '../model/document';
import type { Lang, TextEdit } from '../types';
import { formatBurned } from './budget';
import { formatDuration, type Duration } from './durations';
import { incidentMetrics, type IncidentMetrics, type MetricsSummary, type MilestoneSummary } from './index';
import type { MilestoneKind } from './milestones';

/*
 * How the metrics are shown: the CodeLens line above the timeline, the hover on a milestone
 * entry, and the table the *Insert / Update Incident Metrics* command writes into the summary.
 * Inferred durations are marked `*` (en) / `*` with "추정" (ko).
 */

const AFTER: Record<Exclude<MilestoneKind, 'start'>, { en: string; ko: string }> = {
  detected: { en: 'detected after', ko: '감지까지' },
  responded: { en: 'response after', ko: '대응 시작까지' },
  mitigated: { en: 'mitigated after', ko: '완화까지' },
  resolved: { en: 'resolved after', ko: '해결까지' },
};

/** Each milestone's name, as a label (capitalised in English). */
export const MILESTONE_NAME: Record<MilestoneKind, { en: string; ko: string }> = {
  start: { en: 'Impact start', ko: '영향 시작' },
  detected: { en: 'Detection', ko: '감지' },
  responded: { en: 'Response start', ko: '대응 시작' },
  mitigated: { en: 'Mitigation', ko: '완화' },
  resolved: { en: 'Resolution', ko: '해결' },
};

function dur(d: Duration, lang: Lang): string {
  return `${formatDuration(d.minutes, lang)}${d.inferred ? '*' : ''}`;
}

/** The CodeLens line ("detected after 12 min · mitigated after 47 min · resolved after 1 h 32 min"), or undefined when nothing is known. */
export function metricsLensText(m: MetricsSummary, lang: Lang): string | undefined {
  const parts: string[] = [];
  const d = m.durations;
  const pairs: [Exclude<MilestoneKind, 'start'>, Duration | undefined][] = [
    ['detected', d.timeToDetect],
    ['responded', d.timeToRespond],
    ['mitigated', d.timeToMitigate],
    ['resolved', d.timeToResolve],
  ];
  for (const [k, v] of pairs) if (v) parts.push(`${AFTER[k][lang]} ${dur(v, lang)}`);
  if (m.budget.burned !== undefined) parts.push(lang === 'ko' ? `에러 버짓 ${formatBurned(m.budget.burned)} 소진` : `${formatBurned(m.budget.burned)} of error budget`);
  else if (m.budget.problems.length) parts.push(lang === 'ko' ? '에러 버짓: 입력 부족' : 'error budget: inputs missing');
  if (!parts.length) {
    const found = Object.values(m.milestones).filter((x): x is MilestoneSummary => !!x);
    if (!found.length) return undefined;
    if (m.milestones.start)
      return lang === 'ko' ? '영향 시작 표시됨: [감지] [완화] [해결] 항목을 표시하면 시간이 계산됩니다' : 'Impact start found: mark [detected] [mitigated] [resolved] entries to measure from it';
    return lang === 'ko' ? `영향 시작을 찾지 못했습니다: 시작 항목에 [시작]을 붙이면 시간이 계산됩니다` : 'No impact start found: mark its entry [start] to measure from it';
  }
  if (parts.some((p) => p.includes('*'))) parts.push(lang === 'ko' ? '* 추정' : '* inferred');
  return parts.join(' · ');
}

/** The hover on a milestone entry (Markdown). */
export function milestoneHover(ms: MilestoneSummary, m: MetricsSummary, lang: Lang): string {
  const how =
    ms.source === 'inferred'
      ? lang === 'ko'
        ? `"${ms.evidence}"에서 추정 — 확실히 하려면 항목에 \`[${ko(ms.kind)}]\`를 붙이세요`
        : `inferred from "${ms.evidence}" — mark the entry \`[${ms.kind}]\` to make it explicit`
      : ms.source === 'marker'
        ? lang === 'ko'
          ? `표시 \`${ms.evidence}\``
          : `marked \`${ms.evidence}\``
        : lang === 'ko'
          ? `front matter \`${ms.evidence}\``
          : `front matter \`${ms.evidence}\``;
  const lines = [`**${MILESTONE_NAME[ms.kind][lang]}** (${how})`];
  const d = m.durations;
  const since = { detected: d.timeToDetect, responded: d.timeToRespond, mitigated: d.timeToMitigate, resolved: d.timeToResolve, start: undefined }[ms.kind];
  if (since) lines.push(lang === 'ko' ? `영향 시작 후 ${dur(since, lang)}` : `${dur(since, lang)} after impact start`);
  return lines.join('\n\n');
}

function ko(kind: MilestoneKind): string {
  return { start: '시작', detected: '감지', responded: '대응', mitigated: '완화', resolved: '해결' }[kind];
}

/** Markers around the table the command writes (so that running it again updates it in place). */
export const TABLE_START = '<!-- postmortem-metrics -->';
export const TABLE_END = '<!-- /postmortem-metrics -->';

/** The metrics table (Markdown, between the markers). */
export function metricsTable(m: IncidentMetrics, lang: Lang): string {
  const d = m.durations;
  const cell = (x: Duration | undefined) => (x ? dur(x, lang) : '—');
  const rows: [string, string][] =
    lang === 'ko'
      ? [
          ['감지까지', cell(d.timeToDetect)],
          ['대응 시작까지', cell(d.timeToRespond)],
          ['완화까지', cell(d.timeToMitigate)],
          ['해결까지', cell(d.timeToResolve)],
          ['영향 시간', cell(d.impact)],
          ['에러 버짓 소진', m.budget.burned !== undefined ? formatBurned(m.budget.burned) : '—'],
        ]
      : [
          ['Time to detect', cell(d.timeToDetect)],
          ['Time to respond', cell(d.timeToRespond)],
          ['Time to mitigate', cell(d.timeToMitigate)],
          ['Time to resolve', cell(d.timeToResolve)],
          ['Impact duration', cell(d.impact)],
          ['Error budget burned', m.budget.burned !== undefined ? formatBurned(m.budget.burned) : '—'],
        ];
  const head = lang === 'ko' ? '| 지표 | 값 |\n| --- | --- |' : '| Metric | Value |\n| --- | --- |';
  const note = [d.timeToDetect, d.timeToRespond, d.timeToMitigate, d.timeToResolve].some((x) => x?.inferred)
    ? lang === 'ko'
      ? '\n\n\\* 타임라인 항목의 표현에서 추정한 시점 기준 (영향 시작부터).'
      : '\n\n\\* from milestones inferred from the timeline entries\' words (measured from impact start).'
    : '';
  return `${TABLE_START}\n${head}\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}${note}\n${TABLE_END}`;
}

/**
 * The edit that writes or updates the metrics table: in place between the markers when present,
 * else at the end of the summary section (after the front matter and title when there is no
 * summary). Undefined when the table is already up to date.
 */
export function metricsTableEdit(doc: PostmortemDocument, config?: Pick<ResolvedConfig, 'slos'>, lang: Lang = doc.language): TextEdit | undefined {
  const m = incidentMetrics(doc, config);
  const table = metricsTable(m, lang);
  const text = doc.text;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const body = table.replace(/\n/g, nl);
  const a = text.indexOf(TABLE_START);
  const b = a >= 0 ? text.indexOf(TABLE_END, a) : -1;
  if (a >= 0 && b > a) {
    const end = b + TABLE_END.length;
    return text.slice(a, end) === body ? undefined : { start: a, end, newText: body };
  }
  const summary = doc.sectionsOf('summary')[0];
  let at: number;
  if (summary) {
    // After the summary's own content (before its sub-sections or the next heading), blank lines trimmed.
    const firstChild = summary.children[0];
    at = firstChild ? firstChild.start : summary.end;
    while (at > summary.contentStart && /\s/.test(text[at - 1])) at--;
  } else {
    const h1 = doc.sections.find((s) => s.depth === 1);
    at = h1 ? h1.contentStart : doc.frontMatter ? doc.frontMatter.end : 0;
    while (at > 0 && at < text.length && /[ \t]/.test(text[at])) at++;
  }
  const before = at > 0 ? `${nl}${nl}` : '';
  const afterText = text.slice(at);
  const after = afterText.length === 0 ? nl : /^\r?\n\r?\n/.test(afterText) ? '' : /^\r?\n/.test(afterText) ? nl : `${nl}${nl}`;
  return { start: at, end: at, newText: `${before}${body}${after}` };
}
