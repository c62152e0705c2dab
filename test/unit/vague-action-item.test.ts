import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { actionDocument } from '../language/harness';

type Lang = 'en' | 'ko';

function vague(lang: Lang, item: string) {
  const p = actionDocument(lang, item);
  return { p, found: lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line) };
}

describe('vague-action-item: the whole item, and a rewrite for inquiries (issue 8)', () => {
  it('reads a degree word beside a criterion, a measure in words, a means or a recorded decision as concrete (EN)', () => {
    for (const item of [
      'We need a faster way to renew certificates that does not involve editing DNS by hand',
      'Make failovers quicker: under two minutes from the first alert',
      'Harden the admin console by requiring hardware keys',
      'Compare the two tracing backends and record the choice in ADR-7',
      'Make sure the nightly export exits non-zero when a table is missing',
      'Add a runbook page on how on-call can find stuck jobs faster',
    ]) assert.deepEqual(vague('en', item).found.map((f) => f.message), [], item);
  });

  it('still flags inquiries, effort and care in words the phrase lists do not hold (EN and KO)', () => {
    for (const [lang, item] of [
      ['en', 'Take a closer look at the retry storm on the gateway'],
      ['en', 'Shore up the DNS failover'],
      ['en', 'It might be worth caching the pricing lookups'],
      ['ko', '장애 알림 경로 재정립'],
      ['ko', '배치 작업 스케줄 손보기'],
      ['ko', '롤백 절차를 한층 신속하게 하기'],
    ] as [Lang, string][]) assert.equal(vague(lang, item).found.length, 1, item);
  });

  it('does not judge a section that reports work done (a status list or changelog)', () => {
    const doc = ['---', 'title: T', 'lang: en', '---', '', '# T', '', '## Summary', '', 'The queue stalled for an hour.', '', '## Action items', '',
      '- Added a lag alert on the consumer group', '- Fixed the retry loop in the worker', '- Improved cache handling when possible', '- Removed the stale feature flag', '- Team will review the remaining timeouts', ''].join('\n');
    assert.deepEqual(lint(doc, { locale: 'en' }).findings.filter((f) => f.ruleId === 'vague-action-item'), []);
  });

  it('offers an inquiry a manual rewrite that names the decision; applied, nothing is left and a second run has nothing to fix (EN and KO)', () => {
    for (const [lang, item, expected] of [
      ['en', 'Look into the memory growth in the image resizer', 'Look into the memory growth in the image resizer, and record the decision in this postmortem'],
      ['en', 'We should consider moving the cron jobs to the scheduler.', 'We should consider moving the cron jobs to the scheduler, and record the decision in this postmortem.'],
      ['ko', '세션 저장소 교체 여부 검토', '세션 저장소 교체 여부 검토 후 결정 사항을 이 문서에 기록'],
      ['ko', '배포 권한 체계 재점검', '배포 권한 체계 재점검 후 결정 사항을 이 문서에 기록'],
    ] as [Lang, string, string][]) {
      const { p, found } = vague(lang, item);
      assert.equal(found.length, 1, item);
      const s = found[0].suggestions[0];
      assert.ok(s && s.manual, `${item}: a manual suggestion`);
      const fixed = applyFixes(p.text, [s.edits]).text;
      assert.ok(fixed.split('\n')[p.line - 1].includes(expected), fixed.split('\n')[p.line - 1]);
      const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
      assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], item);
    }
  });

  it('offers no rewrite where only the author knows the end state: care and degree items (EN and KO)', () => {
    for (const [lang, item] of [
      ['en', 'Be more careful when rotating keys'],
      ['en', 'Improve alerting'],
      ['ko', '배포 시 더 주의하기'],
      ['ko', '모니터링 강화'],
    ] as [Lang, string][]) {
      const { found } = vague(lang, item);
      assert.equal(found.length, 1, item);
      assert.deepEqual(found[0].suggestions, [], item);
    }
  });
});
