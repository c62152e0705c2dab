// action-item-owner, session 12 (owners2, issue 7): lists under a follow-up heading that are not work to own. Seen on the
// first run of the owner audit (test/realworld/AUDITS.md "session 12: owner audit, first run"); every document here is
// new and invented for its kind, written before the engine was run on it.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const page = (heading: string, lead: string, items: string[]) => ['# Incident', '', heading, '', lead, '', ...items.map((i) => `- ${i}`), ''].join('\n');

// Kind A: a lead-in that says the list below is a procedure the team follows (a process, the steps of a runbook), not
// work still to do: "with the new process detailed below", "From now on every release follows these steps", "다음
// 절차를 따릅니다". The items are the steps of the procedure.
describe('owners2 (session 12): a list led in as a procedure is not a list of tasks', () => {
  const cases: [string, string, string[], 'en' | 'ko'][] = [
    ['## Preventive measures', 'Certificate renewals now go through the rotation process described below.', ['generate the new key pair on the signing host', 'publish the chain to the staging balancer', 'swap the production listener after one hour'], 'en'],
    ['## Follow-up', 'From now on every schema release follows these steps:', ['dump the affected tables', 'apply the migration on a restored copy', 'compare row counts before the cut-over'], 'en'],
    ['## Improvements', 'Failovers of the primary database use the procedure outlined below.', ['freeze writes at the proxy', 'promote the warm standby', 'repoint the read replicas'], 'en'],
    ['## 재발 방지 대책', '앞으로 인증서 교체는 다음 절차를 따릅니다:', ['서명 서버에서 새 키 쌍 생성', '스테이징 로드밸런서에 체인 게시', '한 시간 뒤 운영 리스너 교체'], 'ko'],
    ['## 개선 사항', '스키마 배포는 아래 절차대로 진행합니다.', ['영향받는 테이블 덤프', '복원한 사본에 마이그레이션 적용', '전환 전 행 수 비교'], 'ko'],
    ['## 후속 조치', '주 데이터베이스 장애 조치는 아래와 같은 순서로 진행합니다:', ['프록시에서 쓰기 중지', '대기 서버 승격', '읽기 복제본 재지정'], 'ko'],
  ];
  for (const [heading, lead, items, locale] of cases) {
    it(`asks no owner of the steps (${locale}: ${lead})`, () => {
      assert.deepEqual(ownerless(page(heading, lead, items), locale), []);
    });
  }
  it('a lead-in that announces work is still work (controls, EN, KO)', () => {
    assert.deepEqual(ownerless(page('## Follow-up', 'We will take the following steps:', ['add an expiry alert for every certificate', 'automate the renewal job'])), [7, 8]);
    assert.deepEqual(ownerless(page('## 후속 조치', '다음 조치를 진행할 예정입니다:', ['모든 인증서에 만료 알림 추가', '갱신 작업 자동화']), 'ko'), [7, 8]);
  });
});

// Kind B: a lead-in that says a mechanism already runs and what it reports or checks ("We now have a job that runs every
// hour and reports:", "The dashboard now shows:", "이 봇은 매일 다음을 보고합니다:"): the list is what the mechanism
// reports, not tasks.
describe('owners2 (session 12): a list of what a running mechanism reports is not a list of tasks', () => {
  const cases: [string, string, string[], 'en' | 'ko'][] = [
    ['## Monitoring', 'We now have a cron job that runs every hour and reports:', ['the number of queued exports older than a day', 'which storage buckets are over quota'], 'en'],
    ['## Action items', 'The new replication dashboard shows:', ['lag per replica in seconds', 'the last successful base backup'], 'en'],
    ['## Prevention', 'A canary probe now checks, every five minutes:', ['that the login page returns 200', 'that the token endpoint answers within a second'], 'en'],
    ['## 재발 방지', '이제 매시간 실행되는 배치가 다음을 보고합니다:', ['하루 이상 대기 중인 내보내기 건수', '용량을 넘은 스토리지 버킷'], 'ko'],
    ['## 개선 사항', '새 복제 대시보드는 다음 항목을 보여줍니다:', ['복제본별 지연 시간', '마지막으로 성공한 기본 백업'], 'ko'],
    ['## 후속 조치', '카나리 점검이 5분마다 다음을 확인합니다:', ['로그인 페이지가 200을 반환하는지', '토큰 엔드포인트가 1초 안에 응답하는지'], 'ko'],
  ];
  for (const [heading, lead, items, locale] of cases) {
    it(`asks no owner of what it reports (${locale}: ${lead})`, () => {
      assert.deepEqual(ownerless(page(heading, lead, items), locale), []);
    });
  }
  it('a mechanism still to be built is still work (controls, EN, KO)', () => {
    assert.deepEqual(ownerless(page('## Follow-up', 'We will add the following checks:', ['alert when an export is older than a day', 'alert when a bucket is over quota'])), [7, 8]);
    assert.deepEqual(ownerless(page('## 후속 조치', '다음 점검을 추가할 예정입니다:', ['하루 넘은 내보내기 알림', '용량 초과 버킷 알림']), 'ko'), [7, 8]);
    assert.deepEqual(ownerless(page('## Follow-up', 'We will add a probe that checks:', ['alert when the login page fails', 'page when the token endpoint is slow'])), [7, 8]);
  });
});
