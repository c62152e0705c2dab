import type { Rule } from '../types';
import { incidentMetrics } from '../metrics';
import { formatDuration, outOfOrder, type Duration } from '../metrics/durations';
import type { MilestoneKind } from '../metrics/milestones';
import { MILESTONE_NAME } from '../metrics/present';
import { statedDurations, toleranceMinutes, type StatedDuration } from '../metrics/stated';

/** Milestone names inside a sentence: the metrics' labels, lower-cased in English. */
const NAMES = Object.fromEntries(
  Object.entries(MILESTONE_NAME).map(([k, v]) => [k, { en: v.en.charAt(0).toLowerCase() + v.en.slice(1), ko: v.ko }]),
) as Record<MilestoneKind, { en: string; ko: string }>;

/** The duration written back in the style of the stated one. */
function rewrite(stated: StatedDuration, minutes: number): string {
  if (stated.style === 'ko') return formatDuration(minutes, 'ko');
  if (stated.style === 'en-compact') return formatDuration(minutes, 'en', 'compact');
  // "a 2-hour outage": an adjective keeps its hyphen and singular unit.
  if (stated.style === 'en-adjective') {
    const m = Math.round(minutes);
    if (m < 60) return `${m}-minute`;
    if (m % 60 === 0 && m < 1440) return `${m / 60}-hour`;
    return formatDuration(m, 'en', 'compact');
  }
  return formatDuration(minutes, 'en', 'long');
}

/** `incident-duration`: A stated incident duration that disagrees with the timeline, milestones out of order, or error-budget inputs missing. */
export const incidentDuration: Rule = {
  meta: {
    id: 'incident-duration',
    description: 'A stated incident duration that disagrees with the timeline, milestones out of order, or error-budget inputs that are missing or contradict each other.',
    tags: ['timeline', 'metrics'],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: [
      'An incident is measured by how long it went unnoticed, how long until users were no longer hurt, and how much of the error budget it burned. In a Markdown postmortem these numbers are typed by hand and drift from the timeline (the summary says 45 minutes, the timeline says 62).',
      '',
      '**Milestones.** The timeline is read for five milestones: impact start, detection, response start, mitigation and resolution. An explicit marker always wins: front matter `impact_start`, `detected`, `responded`, `mitigated`, `resolved` (a time, or a date and time), else a marker in the entry: `[start]`, `[detected]`, `[responded]`, `[mitigated]`, `[resolved]` or `[시작]`, `[감지]`, `[대응]`, `[완화]`, `[해결]`. Otherwise a milestone is inferred from the entry\'s words, and shown as inferred: the earliest entry with an event wording of the kind (detection: "alert fired", "paged", "customer reported", 감지, 인지, 탐지, 알람 발생; response: "acknowledged", "incident declared", 대응 시작; mitigation: "back to baseline", "recovered", 정상화, 완화, then — only when no such entry exists — actions that usually end the impact: "rolled back", 우회, 롤백; resolution: "resolved", "all clear", 복구 완료, 해결됨, 장애 종료). A negated wording ("no alert fired") or a bare mention ("alert", "알람") never counts.',
      '',
      '**Durations.** Time to detect, respond, mitigate and resolve are measured from impact start; the impact lasts from start to mitigation (to resolution when no mitigation is found). Times are compared as instants when zones are known, as wall-clock times when none is, and across midnight and days as the timeline reads them.',
      '',
      '**Stated durations.** A duration in the summary or impact section that clearly gives the incident\'s length ("For 47 minutes the API returned 503s", "lasted 2 hours", "a 45-minute outage", "Duration: ~2h", "47분간 결제 실패", "1시간 12분 동안 장애", "영향 시간: 19:04 ~ 19:41 (37분)") is compared with the impact duration and with the time to resolve; it is reported when it disagrees with both by more than a tolerance (5 minutes or 15 %, 25 % for "about"/"약", half an hour for whole hours). The quick fix writes the timeline\'s value. Durations of something else ("4 minutes before the alert fired", "10분 만에 감지") are not compared.',
      '',
      '**Order.** A milestone before one that must precede it (resolved before detected, mitigated before impact start) is reported when at least one of the two is marked explicitly; two inferred milestones out of order are left out of the numbers instead.',
      '',
      '**Error budget.** Front matter declares the SLO — `slo: { objective: 99.9%, window: 30d }`, or `slo: <name>` of an SLO listed under `slos:` in `.postmortemrc.yaml` — and the impact: `impact: { bad_fraction: 100% }` (or `0.25`), or request counts `impact: { bad: 1200, total: 48000 }` / `{ good: …, total: … }`. The budget burned is',
      '',
      '    burned = bad_fraction × impact duration ÷ ((1 − objective) × window)',
      '',
      'An SLO is a choice about how much unreliability the service can afford: a higher objective costs more (redundancy, stricter deploys, more complex rollbacks), and 99.999 % leaves only about 5 minutes a year — less than one foreseeable incident when detection takes a minute and rollback two. The error budget, (1 − objective) × window, is that allowance made concrete: 99.9 % over 30 days is 43.2 minutes of full outage. An incident spends it in proportion to how many requests it hurt and for how long, so a 47-minute full outage against 99.9 % over 30 days burns 47 ÷ 43.2 = 109 % of the budget, and a 47-minute outage failing a quarter of requests burns 27 %. With request counts, bad_fraction is bad ÷ total during the impact, which assumes traffic during the incident was like the window\'s average. When an input is missing (no SLO, no bad fraction, no impact duration in the timeline) or inputs contradict each other (bad_fraction against the counts, bad + good ≠ total, an unknown SLO name, an objective of 100 %), the finding says which, and no number is shown.',
    ].join('\n'),
    examples: [
      { bad: '## Summary\nFor 45 minutes checkout failed.\n\n## Timeline (UTC)\n- 09:32 [start] Errors begin\n- 10:34 [mitigated] Rolled back', good: '## Summary\nFor 62 minutes checkout failed.\n\n## Timeline (UTC)\n- 09:32 [start] Errors begin\n- 10:34 [mitigated] Rolled back' },
      { bad: '## 요약\n30분간 결제 장애가 있었다.\n\n## 타임라인 (KST)\n- 19:04 [시작] 결제 실패 증가\n- 19:41 [해결] 장애 종료', good: '## 요약\n37분간 결제 장애가 있었다.\n\n## 타임라인 (KST)\n- 19:04 [시작] 결제 실패 증가\n- 19:41 [해결] 장애 종료' },
    ],
  },
  check({ doc, config, report, t }) {
    const metrics = incidentMetrics(doc, config);
    const { milestones, durations, budget } = metrics;
    // Stated durations against the timeline.
    const candidates: Duration[] = [durations.timeToMitigate, durations.timeToResolve].filter((d): d is Duration => d !== undefined);
    if (candidates.length) {
      for (const stated of statedDurations(doc)) {
        const off = candidates.map((c) => ({ c, diff: Math.abs(stated.minutes - c.minutes) }));
        if (off.some((o) => o.diff <= toleranceMinutes(stated, o.c.minutes))) continue;
        const best = off.reduce((a, b) => (b.diff < a.diff ? b : a)).c;
        const value = rewrite(stated, best.minutes);
        const en = formatDuration(best.minutes, 'en');
        const ko = formatDuration(best.minutes, 'ko');
        const inferred = best.inferred ? { en: ' (milestones inferred from the entries\' words)', ko: ' (항목의 표현에서 추정한 시점)' } : { en: '', ko: '' };
        report({
          start: stated.start,
          end: stated.end,
          message: t({
            en: `The text says ${stated.text}, but the timeline gives ${en} from ${NAMES.start.en} to ${NAMES[best.to].en}${inferred.en}`,
            ko: `본문에 적힌 시간(${stated.text})이 타임라인의 ${NAMES.start.ko}부터 ${NAMES[best.to].ko}까지의 시간(${ko})과 다릅니다${inferred.ko}`,
          }),
          suggestions: [{ title: t({ en: `Change to ${value} (from the timeline)`, ko: `${value}(타임라인 기준)으로 바꾸기` }), edits: [{ start: stated.start, end: stated.end, newText: value }] }],
          data: { actual: stated.text, expected: [value], minutes: best.minutes },
        });
      }
    }
    // Milestones out of order: only when one of the two is explicit (two inferred ones are a reading, not the author's claim).
    const reported = new Set<MilestoneKind>();
    for (const o of outOfOrder(milestones)) {
      const a = milestones[o.earlier]!;
      const b = milestones[o.later]!;
      if (a.source === 'inferred' && b.source === 'inferred') continue;
      if (reported.has(o.later)) continue;
      reported.add(o.later);
      const at = b.source !== 'inferred' ? b : a;
      const gap = formatDuration(-o.ms / 60000, 'en');
      const gapKo = formatDuration(-o.ms / 60000, 'ko');
      report({
        start: at.start,
        end: Math.max(at.end, at.start),
        message: t({
          en: `Milestones out of order: ${NAMES[o.later].en} is ${gap} before ${NAMES[o.earlier].en}; check the times or the markers`,
          ko: `시점 순서가 맞지 않습니다: ${NAMES[o.later].ko} 시점이 ${NAMES[o.earlier].ko} 시점보다 ${gapKo} 이릅니다. 시각이나 표시를 확인하세요`,
        }),
        data: { earlier: o.earlier, later: o.later },
      });
    }
    // Error-budget inputs.
    if (budget.declared) {
      const fields = doc.frontMatter?.fields;
      for (const p of budget.problems) {
        const f = p.field === 'timeline' ? undefined : fields?.get(p.field) ?? fields?.get(p.field === 'slo' ? 'impact' : 'slo');
        const where = f ? { start: f.keyStart, end: f.valueEnd } : doc.frontMatter ? { start: doc.frontMatter.start, end: doc.frontMatter.start + 3 } : { start: 0, end: 0 };
        report({
          ...where,
          message: t({ en: `Error budget not computed: ${p.en}`, ko: `에러 버짓을 계산하지 못했습니다: ${p.ko}` }),
          data: { budgetInput: p.field },
        });
      }
    }
  },
};
