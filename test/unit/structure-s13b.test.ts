import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';

/*
 * Session 13 (second round, structure2), timeline-timestamp on real postmortems (issue 7). Each kind as NEW invented
 * documents, English and Korean; none shares content with the corpus document that showed it
 * (en-osm-primary-site-power-outage-2022: vendor notices weeks before the outage and site visits a week after it, each
 * dated without a time, around an outage told by the hour).
 */

const stamp = (text: string) => lint(text, { rules: [timelineTimestamp] }).findings.map((f) => f.line);

// Kind: a timeline told by the hour on its incident days and by the day before and after them (the lead-up: notices,
// tickets, announcements weeks before; the aftermath: site visits, replacements, a review days later). An entry dated
// on a day more than one day away from every day that has a timed entry is told at the grain of its day: no time of
// day is asked. A date-only entry ON a timed day, or on the day right before or after one (an incident that ran on
// past midnight, a first reaction the next morning), is still asked for its time.
describe('structure s13b: date-only entries on days away from the timed incident days', () => {
  it('does not ask a time of lead-up and aftermath entries dated weeks/days away (EN list)', () => {
    const doc = [
      '# Certificate expiry on the billing API',
      '',
      '## Timeline',
      '',
      '- 2023-02-27 - Certificate authority emailed that the intermediate chain would be rotated',
      '- 2023-03-06 - Rotation task filed in the platform backlog, not prioritised',
      '- 2023-03-21 09:12 (UTC) - First TLS handshake failures from partner clients',
      '- 2023-03-21 09:30 (UTC) - Billing on-call paged',
      '- 2023-03-21 09:41 (UTC) - Expired intermediate identified in the chain',
      '- 2023-03-21 09:55 (UTC) - Partner status page updated',
      '- 2023-03-21 10:05 (UTC) - New chain deployed to the load balancers',
      '- 2023-03-21 10:40 (UTC) - Error rate back to baseline',
      '- 2023-03-28 - Expiry checks added to the weekly ops review',
      '- 2023-04-03 - Review meeting with the partner teams',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), []);
  });

  it('does not ask a time of date-only rows weeks before the outage in a table (EN)', () => {
    const doc = [
      '# Library catalogue outage',
      '',
      '## Timeline',
      '',
      '| Date | Time (CET) | Event |',
      '| --- | --- | --- |',
      '| 2024-10-01 | | Storage vendor announced a firmware update window |',
      '| 2024-10-09 | | Change request approved by the campus IT board |',
      '| 2024-10-19 | 06:00 | Firmware update starts on the SAN |',
      '| 2024-10-19 | 06:25 | Catalogue search returns errors |',
      '| 2024-10-19 | 06:40 | Storage team rolls the firmware back |',
      '| 2024-10-19 | 07:10 | Rollback done, volumes read-only |',
      '| 2024-10-19 | 07:50 | Volumes remounted, search back |',
      '| 2024-10-25 | | Replacement controller fitted by the vendor |',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), []);
  });

  it('does not ask a time of lead-up and aftermath entries dated days away (KO list)', () => {
    const doc = [
      '# 결제 대행사 연동 장애',
      '',
      '## 타임라인',
      '',
      '- 2023-08-01 - 대행사가 구 버전 API 종료 일정을 메일로 공지',
      '- 2023-08-09 - 연동 변경 작업 티켓 등록',
      '- 2023-08-22 13:10 (KST) - 결제 승인 실패 알림 발생',
      '- 2023-08-22 13:25 (KST) - 결제팀 당직자 대응 시작',
      '- 2023-08-22 14:02 (KST) - 신규 API로 전환 배포',
      '- 2023-08-22 14:30 (KST) - 승인율 정상화',
      '- 2023-08-29 - 대행사와 재발 방지 회의',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), []);
  });

  it('still asks a time of a date-only entry on a timed day, or the day right after one (EN, KO controls)', () => {
    const en = [
      '# Queue backlog',
      '',
      '## Timeline',
      '',
      '- 2022-11-14 - Deploy of the new consumer build',
      '- 2022-11-14 21:40 UTC - Consumer lag alert fires',
      '- 2022-11-14 22:15 UTC - Consumers restarted with the old build',
      '- 2022-11-14 22:50 UTC - Lag falling',
      '- 2022-11-14 23:30 UTC - Lag back under the alert threshold',
      '- 2022-11-15 - Backlog drained and queue monitoring tuned',
      '- 2022-11-24 - Load test of the fixed consumer build',
      '',
    ].join('\n');
    // 5: on the timed day; 10: the day after it (the incident may have run on); 11 is ten days away.
    assert.deepEqual(stamp(en), [5, 10]);
    const ko = [
      '# 배치 지연',
      '',
      '## 타임라인',
      '',
      '- 2022-11-13 - 배치 서버 설정 변경',
      '- 2022-11-14 02:10 KST - 정산 배치 지연 알림',
      '- 2022-11-14 03:05 KST - 설정 원복',
      '- 2022-11-14 03:40 KST - 지연 건 재처리 시작',
      '- 2022-11-14 04:20 KST - 재처리 완료',
      '- 2022-11-14 - 정산 결과 재검증',
      '- 2022-12-01 - 배치 서버 증설',
      '',
    ].join('\n');
    // 5: the day before the timed day; 10: on it; 11 is weeks away.
    assert.deepEqual(stamp(ko), [5, 10]);
  });
});

// Kind: untimed items told between the timed entry that opens a span and the timed entry that closes the same span
// ("Start of the X window" … "End of the X window", "X 시작" … "X 종료"): what held during the span (a mode, a state,
// a decision to wait it out), not events whose time was left out. Only between a matching pair: an untimed item after a
// start with no matching end, or between unrelated timed entries, is still asked for its time.
describe('structure s13b: untimed notes between the start and the end of one span', () => {
  it('does not ask a time of items between "Start of X" and "End of X" (EN)', () => {
    const a = [
      '# Orders database maintenance',
      '',
      '## Timeline',
      '',
      '- 09:00 UTC - Start of the planned database maintenance window',
      '- API in read-only mode',
      '- Checkout queued orders locally',
      '- 11:00 UTC - End of the planned database maintenance window',
      '- 11:20 UTC - Queued orders replayed',
      '',
    ].join('\n');
    assert.deepEqual(stamp(a), []);
    const b = [
      '# Campus network upgrade',
      '',
      '## Timeline',
      '',
      '- 2024-02-03 13:40 CET - Upgrade announced on the staff channel',
      '- 2024-02-03 14:00 CET - Start of the core router upgrade',
      '- Student portal unreachable from outside the campus',
      '- Library Wi-Fi carried by the backup uplink',
      '- 2024-02-03 16:30 CET - End of the core router upgrade',
      '',
    ].join('\n');
    assert.deepEqual(stamp(b), []);
  });

  it('does not ask a time of items between "X 시작" and "X 종료" (KO)', () => {
    const doc = [
      '# 정기 점검 중 주문 지연',
      '',
      '## 타임라인',
      '',
      '- 01:00 KST - 정기 점검 시작',
      '- 주문 접수 중단',
      '- 고객센터 안내 문구 게시',
      '- 03:00 KST - 정기 점검 종료',
      '- 03:10 KST - 주문 접수 재개',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), []);
  });

  it('still asks a time where the span is not closed by the same thing, or there is no span (EN, KO controls)', () => {
    const en = [
      '# Cache stampede',
      '',
      '## Timeline',
      '',
      '- 10:00 UTC - Start of the cache warm-up job',
      '- Origin traffic doubled',
      '- 10:30 UTC - End of the incident bridge call',
      '- 10:40 UTC - Error budget alert',
      '- Feature flag turned off',
      '- 10:55 UTC - Traffic normal',
      '',
    ].join('\n');
    assert.deepEqual(stamp(en), [6, 9]);
    const ko = [
      '# 캐시 장애',
      '',
      '## 타임라인',
      '',
      '- 10:00 KST - 캐시 예열 작업 시작',
      '- 원본 서버 트래픽 두 배',
      '- 10:30 KST - 장애 대응 회의 종료',
      '',
    ].join('\n');
    assert.deepEqual(stamp(ko), [6]);
  });
});
