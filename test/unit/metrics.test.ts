import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { incidentMetrics, findMilestones, budgetBurned, errorBudget, formatBurned, formatDuration, parseWindow, parseFraction, markerKind, type MilestoneKind } from '../../src/core/metrics';
import { statedDurations } from '../../src/core/metrics/stated';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { resolveConfig } from '../../src/core/config';

const doc = (body: string, fm = '') => parseDocument(`${fm ? `---\n${fm}\n---\n` : ''}# Incident\n\n${body}`);
const kinds = (body: string, fm = '') => {
  const ms = findMilestones(doc(body, fm));
  return Object.fromEntries(Object.entries(ms).map(([k, m]) => [k, `${m!.source}:${m!.entry?.text.slice(0, 5) ?? m!.evidence}`]));
};
const minutes = (body: string, fm = '') => {
  const d = incidentMetrics(doc(body, fm)).durations;
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v!.minutes]));
};

describe('metrics: milestones', () => {
  it('reads English wordings: start, detection, response, mitigation, resolution', () => {
    const got = kinds(
      '## Timeline (UTC)\n\n- 09:30 Config change deployed.\n- 09:32 Error rate rises to 38%.\n- 09:36 Synthetic probe pages the on-call engineer.\n- 09:40 On-call acknowledged the page.\n- 10:16 Change reverted.\n- 10:19 Error rate back at baseline.\n- 10:40 Incident resolved.\n',
    );
    assert.deepEqual(got, { start: 'inferred:09:32', detected: 'inferred:09:36', responded: 'inferred:09:40', mitigated: 'inferred:10:19', resolved: 'inferred:10:40' });
  });

  it('reads Korean wordings: 장애 발생, 감지, 대응 시작, 완화, 복구 완료', () => {
    const got = kinds('## 타임라인 (KST)\n\n- 14:00 배포 시작\n- 14:02 결제 장애 발생\n- 14:05 모니터링에서 오류 급증 감지\n- 14:08 대응 시작, 상황실 개설\n- 14:20 트래픽을 보조 서버로 우회\n- 14:40 복구 완료\n');
    assert.deepEqual(got, { start: 'inferred:14:02', detected: 'inferred:14:05', responded: 'inferred:14:08', mitigated: 'inferred:14:20', resolved: 'inferred:14:40' });
  });

  it('prefers an "impact ended" wording over an action that usually ends it (rolled back, 우회)', () => {
    const got = kinds('## Timeline (UTC)\n\n- 09:32 Errors begin.\n- 10:16 Rolled back the deploy.\n- 10:19 Latency back to normal.\n');
    assert.equal(got.mitigated, 'inferred:10:19');
  });

  it('explicit markers win over inferred wordings, in both languages', () => {
    const got = kinds('## Timeline (UTC)\n\n- 09:20 [start] Certificate expires\n- 09:25 Alert fires\n- 09:31 [detected] Support tells us logins fail\n- 09:55 [해결] 인증서 교체\n');
    assert.deepEqual(got, { start: 'marker:09:20', detected: 'marker:09:31', resolved: 'marker:09:55' });
    assert.equal(markerKind('감지'), 'detected');
    assert.equal(markerKind('완화'), 'mitigated');
    assert.equal(markerKind('Mitigated'), 'mitigated');
    assert.equal(markerKind('todo'), undefined);
  });

  it('front matter beats markers, with a time only taking the timeline date', () => {
    const d = doc('## Timeline (UTC)\n\n- 2025-03-14 09:32 Errors begin\n- 09:40 [detected] Page\n- 10:00 Recovered\n', 'impact_start: "09:30"\ndetected: 2025-03-14T09:38:00Z');
    const ms = findMilestones(d);
    assert.equal(ms.start?.source, 'frontMatter');
    assert.equal(ms.detected?.source, 'frontMatter');
    assert.equal(ms.detected?.instant, Date.UTC(2025, 2, 14, 9, 38));
    assert.equal(ms.start?.instant, Date.UTC(2025, 2, 14, 9, 30));
    assert.equal(incidentMetrics(d).durations.timeToDetect?.minutes, 8);
  });

  it('a passing mention or a negation is not a milestone; a better entry wins', () => {
    const got = kinds('## Timeline (UTC)\n\n- 09:00 Deploy; alert thresholds unchanged.\n- 09:10 No alert fired for the queue.\n- 09:40 Customer reports checkout errors.\n- 09:50 We discuss adding an alert.\n');
    assert.equal(got.detected, 'inferred:09:40');
    assert.deepEqual(kinds('## 타임라인\n\n- 09:00 배포\n- 09:10 알람이 울리지 않음\n- 09:30 알람 설정 검토\n'), {});
  });

  it('finds nothing in a timeline without milestone wordings, or without a timeline', () => {
    assert.deepEqual(kinds('## Timeline\n\n- 09:00 Deploy\n- 09:10 Meeting\n'), {});
    assert.deepEqual(kinds('## Summary\n\nAn alert fired and we resolved it.\n'), {});
    assert.deepEqual(minutes('## Timeline\n\n- 09:00 Deploy\n'), {});
  });

  it('ignores placeholder times', () => {
    assert.deepEqual(kinds('## Timeline\n\n- HH:MM [detected] Alert fired\n'), {});
  });
});

describe('metrics: durations', () => {
  it('measures from impact start; impact is start to mitigation', () => {
    assert.deepEqual(minutes('## Timeline (UTC)\n\n- 09:32 [start] x\n- 09:36 [detected] x\n- 09:45 [responded] x\n- 10:19 [mitigated] x\n- 11:04 [resolved] x\n'), {
      timeToDetect: 4,
      timeToRespond: 13,
      timeToMitigate: 47,
      timeToResolve: 92,
      impact: 47,
    });
  });

  it('crosses midnight without dates (wall times)', () => {
    assert.deepEqual(minutes('## Timeline\n\n- 23:50 [start] x\n- 00:05 [detected] x\n- 01:10 [resolved] x\n'), { timeToDetect: 15, timeToResolve: 80, impact: 80 });
  });

  it('crosses days with dates', () => {
    assert.deepEqual(minutes('## Timeline (UTC)\n\n- 2025-03-14 22:00 [start] x\n- 2025-03-16 10:00 [resolved] x\n'), { timeToResolve: 36 * 60, impact: 36 * 60 });
  });

  it('compares entries in different zones by instant', () => {
    // 23:00 KST is 14:00 UTC.
    assert.deepEqual(minutes('## Timeline\n\n- 2025-03-14 23:00 KST [start] x\n- 2025-03-14 14:30 UTC [detected] x\n- 2025-03-15 00:10 KST [mitigated] x\n'), { timeToDetect: 30, timeToMitigate: 70, impact: 70 });
  });

  it('uses the daylight-saving offset of an IANA zone', () => {
    // 2025-03-09 is the US switch to PDT at 02:00: 01:30 PST → 03:30 PDT is one hour.
    assert.deepEqual(minutes('## Timeline\n\n- 2025-03-09 01:30 [start] x\n- 2025-03-09 03:30 [mitigated] x\n', 'timezone: America/Los_Angeles'), { timeToMitigate: 60, impact: 60 });
  });

  it('an entry without a zone takes the zone the timeline infers; a front-matter time without a date takes the timeline date', () => {
    assert.deepEqual(minutes('## Timeline\n\n- 2025-03-14 09:00 UTC [start] x\n- 2025-03-14 09:30 [mitigated] x\n'), { timeToMitigate: 30, impact: 30 });
    assert.deepEqual(minutes('## Timeline (UTC)\n\n### 2025-03-14\n\n- 23:50 Errors begin\n- 00:20 [resolved] x\n', 'impact_start: "23:40"'), { timeToResolve: 40, impact: 40 });
  });

  it('formats durations in both languages', () => {
    assert.equal(formatDuration(92, 'en'), '1 h 32 min');
    assert.equal(formatDuration(47, 'en', 'long'), '47 minutes');
    assert.equal(formatDuration(61, 'en', 'long'), '1 hour 1 minute');
    assert.equal(formatDuration(1500, 'en', 'compact'), '1d 1h');
    assert.equal(formatDuration(72, 'ko'), '1시간 12분');
    assert.equal(formatDuration(0, 'ko'), '0분');
  });
});

describe('metrics: error budget', () => {
  it('burned = bad_fraction × impact ÷ ((1 − objective) × window): 47 min full outage at 99.9 %/30 d = 109 %', () => {
    assert.equal(formatBurned(budgetBurned(1, 47, { objective: 0.999, windowMinutes: 30 * 1440 })), '109%');
    assert.equal(formatBurned(budgetBurned(0.25, 47, { objective: 0.999, windowMinutes: 30 * 1440 })), '27%');
    assert.equal(formatBurned(budgetBurned(0.5, 10, { objective: 0.99, windowMinutes: 28 * 1440 })), '1.2%');
  });

  it('reads front matter and config SLOs', () => {
    const r = errorBudget({ slo: { objective: '99.9%', window: '30d' }, impact: { bad_fraction: '100%' } }, undefined, 47);
    assert.deepEqual(r.problems, []);
    assert.equal(formatBurned(r.burned!), '109%');
    const named = errorBudget({ slo: 'checkout', impact: { bad: 250, total: 1000 } }, { checkout: { objective: 99.9, window: '4w' } }, 60);
    assert.deepEqual(named.problems, []);
    assert.ok(Math.abs(named.burned! - (0.25 * 60) / (0.001 * 28 * 1440)) < 1e-9);
    const good = errorBudget({ slo: { objective: 0.999, window: 30 }, impact: { good: 750, total: 1000 } }, undefined, 60);
    assert.equal(good.badFraction, 0.25);
    assert.equal(parseWindow('720h'), 30 * 1440);
    assert.equal(parseWindow('4주'), 28 * 1440);
    assert.equal(parseFraction('0.25', { percentOver1: false }), 0.25);
  });

  it('missing or contradictory inputs give problems naming them, never a number', () => {
    const field = (meta: Record<string, unknown>, slos?: Record<string, unknown>, impact: number | null = 47) => {
      const r = errorBudget(meta, slos, impact ?? undefined);
      assert.equal(r.burned, undefined);
      return r.problems.map((p) => p.field).join(',');
    };
    assert.equal(field({ slo: { objective: '99.9%', window: '30d' } }), 'impact');
    assert.equal(field({ impact: { bad_fraction: 1 } }), 'slo');
    assert.equal(field({ slo: 'nope', impact: { bad_fraction: 1 } }, { checkout: {} }), 'slo');
    assert.equal(field({ slo: { objective: '100%', window: '30d' }, impact: { bad_fraction: 1 } }), 'slo');
    assert.equal(field({ slo: { objective: '99.9%' }, impact: { bad_fraction: 1 } }), 'slo');
    assert.equal(field({ slo: { objective: '99.9%', window: 'monthly' }, impact: { bad_fraction: 1 } }), 'slo');
    assert.equal(field({ slo: { objective: '99.9%', window: '30d' }, impact: { bad_fraction: 1.5 } }), 'impact');
    assert.equal(field({ slo: { objective: '99.9%', window: '30d' }, impact: { bad_fraction: '50%', bad: 10, total: 100 } }), 'impact');
    assert.equal(field({ slo: { objective: '99.9%', window: '30d' }, impact: { bad: 10, good: 10, total: 100 } }), 'impact');
    assert.equal(field({ slo: { objective: '99.9%', window: '30d' }, impact: { bad_fraction: 1 } }, undefined, null), 'timeline');
    // Nothing declared: nothing expected.
    assert.deepEqual(errorBudget({ impact: 'checkout was down' }, undefined, 47), { declared: false, problems: [] });
  });

  it('config accepts slos and rejects a list', () => {
    assert.deepEqual(resolveConfig({ slos: { a: { objective: '99%', window: '7d' } } }).problems, []);
    assert.equal(resolveConfig({ slos: [] }).problems.length, 1);
  });
});

describe('metrics: stated durations', () => {
  const stated = (summary: string, heading = 'Summary') => statedDurations(doc(`## ${heading}\n\n${summary}\n`)).map((s) => `${s.text}=${s.minutes}`);
  it('takes durations that give the incident length', () => {
    assert.deepEqual(stated('For 45 minutes the API returned errors.'), ['45 minutes=45']);
    assert.deepEqual(stated('The outage lasted 1 hour 12 minutes.'), ['1 hour 12 minutes=72']);
    assert.deepEqual(stated('A 2-hour outage of checkout.'), ['2-hour=120']);
    assert.deepEqual(stated('Duration: ~2h'), ['2h=120']);
    assert.deepEqual(stated('47분간 결제 실패가 이어졌다.', '요약'), ['47분=47']);
    assert.deepEqual(stated('1시간 12분 동안 결제 장애가 있었다.', '요약'), ['1시간 12분=72']);
    assert.deepEqual(stated('- 영향 시간: 19:04 ~ 19:41 KST (37분)', '영향'), ['37분=37']);
  });
  it('leaves durations of something else', () => {
    assert.deepEqual(stated('Errors ran for 4 minutes before the alert fired.'), []);
    assert.deepEqual(stated('The alert window is 10 minutes.'), []);
    assert.deepEqual(stated('We rolled back after 30 minutes.'), []);
    assert.deepEqual(stated('장애 발생 10분 만에 감지했다.', '요약'), []);
    assert.deepEqual(stated('The cache TTL is 5 minutes, so stale data stayed for 5 minutes.'), []);
    assert.deepEqual(stated('For 20 minutes errors rose, and for 12 minutes payments also failed.'), []);
  });
});

describe('rule incident-duration', () => {
  const run = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'incident-duration');
  const mismatch = '# Incident\n\n## Summary\n\nFor 45 minutes checkout failed.\n\n## Timeline (UTC)\n\n- 09:32 [start] Errors begin\n- 10:34 [mitigated] Rolled back\n';

  it('reports a stated duration off by more than the tolerance, with a sound fix', () => {
    const f = run(mismatch);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /45 minutes.*1 h 2 min/);
    const fixed = applyFixes(mismatch, [f[0].suggestions[0].edits]).text;
    assert.match(fixed, /For 1 hour 2 minutes checkout failed/);
    assert.deepEqual(run(fixed), []);
    assert.deepEqual(lint(fixed).findings.filter((x) => x.suggestions.length && x.ruleId === 'incident-duration'), []);
  });

  it('Korean: a fix in Korean units, message in Korean', () => {
    const text = '# 장애\n\n## 요약\n\n30분간 결제 장애가 있었다.\n\n## 타임라인 (KST)\n\n- 23:50 [시작] 결제 실패 증가\n- 00:52 [해결] 장애 종료\n';
    const f = run(text, 'ko');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /1시간 2분/);
    const fixed = applyFixes(text, [f[0].suggestions[0].edits]).text;
    assert.match(fixed, /1시간 2분간 결제 장애/);
    assert.deepEqual(run(fixed, 'ko'), []);
  });

  it('accepts a stated duration within the tolerance of the impact or of the time to resolve', () => {
    const ok = (s: string) => run(`# I\n\n## Summary\n\n${s}\n\n## Timeline (UTC)\n\n- 09:32 [start] x\n- 10:19 [mitigated] x\n- 11:04 [resolved] x\n`);
    assert.deepEqual(ok('For 47 minutes checkout failed.'), []);
    assert.deepEqual(ok('For 45 minutes checkout failed.'), []);
    assert.deepEqual(ok('For about 90 minutes checkout failed.'), []);
    assert.deepEqual(ok('The outage lasted about an hour.'), []);
    assert.equal(ok('For 20 minutes checkout failed.').length, 1);
  });

  it('reports milestones out of order when one is explicit, not when both are inferred', () => {
    const f = run('# I\n\n## Timeline (UTC)\n\n- 09:00 [resolved] x\n- 09:10 Alert fires\n');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /resolution is 10 min before detection/);
    assert.deepEqual(run('# I\n\n## Timeline (UTC)\n\n- 09:00 Incident resolved\n- 09:10 Alert fires\n'), []);
  });

  it('says which budget input is missing, only when a budget is declared', () => {
    const f = run('---\nslo: { objective: 99.9%, window: 30d }\n---\n# I\n\n## Timeline (UTC)\n\n- 09:32 [start] x\n- 10:19 [mitigated] x\n');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /impact\.bad_fraction is missing/);
    assert.deepEqual(run('# I\n\n## Timeline (UTC)\n\n- 09:32 [start] x\n'), []);
  });

  it('shows the budget number for complete inputs (no finding)', () => {
    const d = parseDocument('---\nslo: { objective: 99.9%, window: 30d }\nimpact: { bad_fraction: 100% }\n---\n# I\n\n## Timeline (UTC)\n\n- 09:32 [start] x\n- 10:19 [mitigated] x\n');
    assert.equal(formatBurned(incidentMetrics(d).budget.burned!), '109%');
  });

  it('never throws on odd milestones', () => {
    const all: MilestoneKind[] = ['start', 'detected', 'responded', 'mitigated', 'resolved'];
    for (const k of all) assert.doesNotThrow(() => lint(`---\n${k === 'start' ? 'impact_start' : k}: [1, 2]\nslo: 5\nimpact: { bad: x }\n---\n# I\n## Timeline\n- [${k}]\n- 25:99 [${k}]\n`));
  });
});

describe('metrics: lens, hover and table', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const present = require('../../src/core/metrics/present') as typeof import('../../src/core/metrics/present');
  const text = '# Checkout outage\n\n## Summary\n\nCheckout failed.\n\n## Timeline (UTC)\n\n- 09:32 [start] Errors begin\n- 09:44 Alert fires\n- 10:19 [mitigated] Rolled back\n- 11:04 [resolved] All clear\n';

  it('writes the lens line, inferred ones marked', () => {
    const m = incidentMetrics(parseDocument(text));
    assert.equal(present.metricsLensText(m, 'en'), 'detected after 12 min* · mitigated after 47 min · resolved after 1 h 32 min · * inferred');
    assert.equal(present.metricsLensText(m, 'ko'), '감지까지 12분* · 완화까지 47분 · 해결까지 1시간 32분 · * 추정');
    assert.match(present.milestoneHover(m.milestones.detected!, m, 'en'), /Detection.*inferred from "Alert fires".*12 min\* after impact start/s);
  });

  it('inserts the table at the end of the summary, then updates it in place; a second run is a no-op', () => {
    const e1 = present.metricsTableEdit(parseDocument(text))!;
    const once = applyFixes(text, [[e1]]).text;
    assert.match(once, /Checkout failed\.\n\n<!-- postmortem-metrics -->\n\| Metric \| Value \|[\s\S]*\| Time to mitigate \| 47 min \|[\s\S]*<!-- \/postmortem-metrics -->\n\n## Timeline/);
    assert.equal(present.metricsTableEdit(parseDocument(once)), undefined);
    const edited = once.replace('10:19 [mitigated]', '10:29 [mitigated]');
    const e2 = present.metricsTableEdit(parseDocument(edited))!;
    const twice = applyFixes(edited, [[e2]]).text;
    assert.match(twice, /\| Time to mitigate \| 57 min \|/);
    assert.equal(twice.split('postmortem-metrics -->').length, 3);
    assert.deepEqual(lint(twice).findings.filter((f) => f.ruleId === 'incident-duration'), []);
  });

  it('writes a Korean table for a Korean document', () => {
    const ko = '# 장애\n\n## 요약\n\n결제 실패.\n\n## 타임라인 (KST)\n\n- 19:04 [시작] 실패 증가\n- 19:41 [해결] 장애 종료\n';
    const out = applyFixes(ko, [[present.metricsTableEdit(parseDocument(ko))!]]).text;
    assert.match(out, /\| 해결까지 \| 37분 \|/);
  });
});
