import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { fiveWhysRootCause } from '../../src/core/rules/five-whys-root-cause';
import type { Rule } from '../../src/core/types';

/*
 * Session 10, structural rules on real postmortems (issue 7): the kinds behind the wrong and missed
 * structural findings of the documents drawn into dev (all rules but action-item-owner). Each kind as
 * NEW invented documents, English and Korean where the kind exists in both.
 */

function findings(text: string, rules: Rule[]): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const whys = (text: string) => findings(text, [fiveWhysRootCause]);

// Kind: a 5-whys chain whose document names its root cause in its own place (a root-cause section with written
// content outside the chain, a labelled "Root cause: …" statement, an overview row): the cause the team acts on is
// stated, so the chain is not reported as having none. A template's TODO, an empty heading or a parent section
// whose only content is the chain state nothing: the finding stays there.
describe('structure s10: a root cause stated apart from the 5-whys chain', () => {
  const chainEn = [
    '# Invoice export stalled',
    '',
    '## 5 Whys',
    '',
    '- Customers could not download March invoices',
    '- ...because the export worker ran out of disk',
    '- ...because temporary PDFs were never deleted',
    '- ...because the cleanup cron was removed in the image rebuild',
    '',
  ].join('\n');

  it('reports the chain when nothing names the root cause (EN, the baseline)', () => {
    assert.deepEqual(whys(chainEn), ['5 five-whys-root-cause']);
  });

  it('is silent when a root-cause section follows with written content (EN)', () => {
    const doc = `${chainEn}\n## Root cause\n\nImage rebuilds do not carry over host cron jobs, and nothing checks that cleanup still runs.\n`;
    assert.deepEqual(whys(doc), []);
  });

  it('is silent when a section of another root-cause wording comes first, as a list (EN)', () => {
    const doc = chainEn.replace('## 5 Whys', '## Contributing factors\n\n- Cron jobs live outside the image definition\n- Disk alerts page nobody at night\n\n## 5 Whys');
    assert.deepEqual(whys(doc), []);
  });

  it('is silent with a labelled statement after a paragraph chain (EN)', () => {
    const doc = [
      '## Five whys',
      '',
      '**Problem:** search results were a day old.',
      '',
      '**Why?** The indexer skipped every batch after midnight.',
      '',
      '**Why?** Its checkpoint file carried the previous date.',
      '',
      '**Why?** The date was computed in local time on a host moved to another region.',
      '',
      '**Root cause:** checkpoint dates depend on the host clock zone.',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
    const unlabelled = doc.replace('**Root cause:** checkpoint dates depend on the host clock zone.', 'We will look at this again next quarter.');
    assert.deepEqual(whys(unlabelled), ['3 five-whys-root-cause']);
  });

  it('is silent when a root-cause section follows a numbered 왜 chain (KO)', () => {
    const doc = [
      '# 알림 발송 지연',
      '',
      '## 5 Whys',
      '',
      '1. 왜 알림이 늦게 도착했나? 발송 큐에 메시지가 두 시간 쌓였다',
      '2. 왜 쌓였나? 소비자 프로세스가 하나만 떠 있었다',
      '3. 왜 하나였나? 오토스케일 설정이 새 클러스터로 옮겨지지 않았다',
      '',
      '## 근본 원인',
      '',
      '클러스터 이전 절차에 오토스케일 설정 확인 단계가 없다.',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
    assert.deepEqual(whys(doc.replace(/## 근본 원인[\s\S]*$/u, '')), ['5 five-whys-root-cause']);
  });

  it('is silent when an overview table names the root cause (KO)', () => {
    const doc = [
      '# 정산 배치 실패',
      '',
      '| 항목 | 내용 |',
      '| --- | --- |',
      '| 발생 일시 | 2026-03-02 |',
      '| 근본 원인 | 배치 서버 교체 시 인증서 갱신 누락 |',
      '',
      '## 왜 5번',
      '',
      '- 정산 파일이 생성되지 않았다',
      '- 왜? 외부 은행 API 호출이 모두 실패했다',
      '- 왜? 클라이언트 인증서가 만료되었다',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
  });

  it('still reports a chain whose root-cause section is a template leftover (EN, KO)', () => {
    const en = `${chainEn}\n## Root Causes\n\n<!-- The conditions that made the incident possible. -->\n\nTODO: The conditions that made this incident possible.\n`;
    assert.deepEqual(whys(en), ['5 five-whys-root-cause']);
    const ko = [
      '## 5 Whys',
      '',
      '1. 왜 로그인이 실패했나? 세션 저장소가 응답하지 않았다',
      '2. 왜? 메모리가 가득 찼다',
      '',
      '## 근본 원인',
      '',
      'TODO: 이 장애를 가능하게 한 조건.',
      '',
      '## 원인',
      '',
    ].join('\n');
    assert.deepEqual(whys(ko), ['3 five-whys-root-cause']);
  });

  it('a root-cause section whose only content is the 5-whys sub-section states nothing; its own prose does (EN)', () => {
    const nested = [
      '## Root cause',
      '',
      '### 5 Whys',
      '',
      '- Mobile logins failed for an hour',
      '- Why? The token service rejected new devices',
      '- Why? A feature flag defaulted to strict mode',
      '',
    ].join('\n');
    assert.deepEqual(whys(nested), ['5 five-whys-root-cause']);
    const withProse = nested.replace('## Root cause\n', '## Root cause\n\nFlag defaults are not reviewed with the services that read them.\n');
    assert.deepEqual(whys(withProse), []);
  });
});
