import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { findTimeOfDay } from '../../src/core/model/time';
import { dateSpan } from '../../src/core/model/time/spans';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Rule } from '../../src/core/types';

/*
 * Session 13, structural rules on real postmortems (issue 7). Each kind as NEW invented documents, English and
 * Korean where the kind exists in both; none shares content with the corpus document that showed it.
 */

function findings(text: string, rules: Rule[]): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
const timeline = (text: string) => findings(text, TIMELINE);
const stamp = (text: string) => findings(text, [timelineTimestamp]);

// Kind: a timeline entry that opens with a SPAN of dates ("2023-03-02 to 2023-03-09", "Mar 2 – Mar 9", "From June 4
// through June 11", "Nov 3–7", "2023-03-02 ~ 2023-03-09", "3월 2일부터 3월 9일까지", "11월 3일~7일") tells a period of days
// (a fault that went unnoticed for a week, a slow rollout), not a moment: it has no time of day to give. It is coarse on
// purpose, like "Oct 21 morning". A single date followed by a dash and a count ("Mar 9 - 12 workers restarted") is not
// a span, and an untimed entry without a span among timed ones is still reported.
describe('structure s13: an entry that spans dates needs no time of day', () => {
  it('reads the span forms (unit)', () => {
    for (const s of [
      '**2023-03-02** to **2023-03-09** nightly exports were partial',
      '2023-03-02 to 2023-03-09: nightly exports were partial',
      'Mar 2 – Mar 9: the replica lagged behind',
      'March 2 through March 9, the replica lagged',
      'From June 4 through June 11 the cache hit rate sagged',
      'Between June 4 and June 11 the cache hit rate sagged',
      'Nov 3–7: certificate warnings were ignored',
      '2023-03-02 ~ 2023-03-09 야간 내보내기 파일 일부 누락',
      '3월 2일부터 3월 9일까지 복제 지연이 이어짐',
      '3월 2일 ~ 3월 9일: 복제 지연',
      '11월 3일~7일 인증서 경고 무시',
      '2023.03.02 - 2023.03.09 캐시 적중률 저하',
      '`2023-03-02`–`2023-03-09` exports partial',
    ]) assert.equal(dateSpan(s), true, s);
    for (const s of [
      '2023-03-02 nightly exports were partial',
      'Mar 9 - 12 workers restarted',
      'Mar 9 – 30 min of errors',
      '2023-03-09 - 5 retries failed',
      'Mar 2 to investigate the backlog',
      '3월 9일 - 12대 재시작',
      '3월 2일 서버 교체',
      'Deploy on Mar 2 to Mar 9 cohort',
      'Nov 7–3: reversed',
    ]) assert.equal(dateSpan(s), false, s);
  });

  it('does not ask a span list entry for a time among timed entries (EN)', () => {
    const doc = [
      '# Billing export gap',
      '',
      '## Timeline (UTC)',
      '',
      '- **2023-03-02 01:10** Export job switched to the new object store client',
      '- **2023-03-02** to **2023-03-09** Exports were written partially every night; the size check only compared against zero',
      '- **2023-03-09 08:42** Finance reported missing invoices for the previous week',
      '- **2023-03-09 09:05** Export client rolled back',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
    // The same entry with one date only still asks for its time.
    assert.deepEqual(stamp(doc.replace('**2023-03-02** to **2023-03-09** ', '**2023-03-05** ')), ['6 timeline-timestamp']);
  });

  it('reads a month-name span with a dash, and a "from … through …" entry (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      'All times PDT.',
      '',
      '- Jun 4, 16:20 — feature flag for the new ranking enabled for 5 % of users',
      '- Jun 4 – Jun 11: click-through fell slowly; the dashboard averaged it away',
      '- From June 11 through June 12 the flag stayed on while the team looked at the wrong cohort',
      '- Jun 12, 10:02 — flag disabled',
      '- Jun 12, 10:30 — metrics back to baseline',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
  });

  it('reads spans in a table date column and in a time column (EN)', () => {
    const dated = [
      '## Timeline',
      '',
      'Times are UTC.',
      '',
      '| Date | Time | Event |',
      '| --- | --- | --- |',
      '| 2024-05-13 | 07:15 | Intermediate certificate renewed with the wrong chain |',
      '| 2024-05-13 – 2024-05-20 | | Old Android clients failed TLS; crash reports were grouped under an unrelated bug |',
      '| 2024-05-20 | 11:48 | Chain corrected |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(dated), []);
    const timeCol = [
      '## Timeline',
      '',
      '| When (UTC) | What |',
      '| --- | --- |',
      '| 2024-05-13 07:15 | Intermediate certificate renewed with the wrong chain |',
      '| May 13 to May 20 | Old Android clients failed TLS |',
      '| 2024-05-20 11:48 | Chain corrected |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(timeCol), []);
    // A row with only a date and an empty time cell is still asked for its time.
    assert.deepEqual(stamp(dated.replace('2024-05-13 – 2024-05-20', '2024-05-16')), ['8 timeline-timestamp']);
  });

  it('reads ISO, "부터 … 까지" and day-only spans (KO)', () => {
    const doc = [
      '## 타임라인 (KST)',
      '',
      '- 2023-03-02 01:10 내보내기 작업이 새 저장소 클라이언트로 전환됨',
      '- 2023-03-02 ~ 2023-03-09 매일 밤 내보내기 파일이 일부만 기록됨. 크기 검사는 0바이트만 확인',
      '- 3월 9일부터 3월 10일까지 재무팀 문의가 이어짐',
      '- 2023-03-10 08:42 재무팀이 지난주 청구서 누락을 보고',
      '- 2023-03-10 09:05 클라이언트 롤백',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
    const table = [
      '## 타임라인',
      '',
      '| 일자 | 시각 | 내용 |',
      '| --- | --- | --- |',
      '| 11월 3일 | 14:20 (KST) | 인증서 갱신 자동화 중단 |',
      '| 11월 3일~7일 | | 모니터링 경고가 무시됨 |',
      '| 11월 7일 | 09:15 (KST) | 인증서 만료로 결제 API 실패 |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(table), []);
    // 날짜 하나에 시각이 없으면 여전히 보고한다.
    assert.deepEqual(stamp(doc.replace('2023-03-02 ~ 2023-03-09 ', '2023-03-05 ')), ['4 timeline-timestamp']);
  });

  it('still reports a date followed by a dash and a count, and an untimed entry without a date (EN, KO)', () => {
    const en = [
      '## Timeline (UTC)',
      '',
      '- 2023-08-14 06:00 Autoscaler limits lowered',
      '- Aug 14 - 12 workers restarted by the scheduler',
      '- Paged the on-call engineer',
      '- 2023-08-14 07:30 Limits restored',
      '',
    ].join('\n');
    assert.deepEqual(stamp(en), ['4 timeline-timestamp', '5 timeline-timestamp']);
    const ko = [
      '## 타임라인 (KST)',
      '',
      '- 2023-08-14 06:00 오토스케일러 한도 하향',
      '- 8월 14일 - 12대 워커 재시작',
      '- 담당자 호출',
      '- 2023-08-14 07:30 한도 복구',
      '',
    ].join('\n');
    assert.deepEqual(stamp(ko), ['4 timeline-timestamp', '5 timeline-timestamp']);
  });

  // Same kind, the time reader: after a date and a spaced dash, the year of a second date was read as a four-digit
  // time with an offset ("2024-05-13 - 2024-05-20" = 20:24 at -05), so the row got a wrong zone instead of none.
  it('does not read the second date of an ISO span as a four-digit time (EN, KO)', () => {
    for (const s of ['2024-05-13 - 2024-05-20 certificate warnings ignored', '2024-05-13 – 2024-05-20', '2021-11-29 - 2021-12-03 백업 누락']) {
      assert.equal(findTimeOfDay(s), undefined, s);
    }
    // A four-digit time after a date is still one.
    assert.deepEqual(
      ['2023-05-02 0915 UTC rollback', '2023-05-02 - 0915 failover', '2023-05-02 0915Z 장애 인지'].map((s) => findTimeOfDay(s)?.minutes),
      [15, 15, 15],
    );
    const ko = [
      '## 타임라인',
      '',
      '모든 시각은 KST 기준.',
      '',
      '| 날짜 | 시각 | 내용 |',
      '| --- | --- | --- |',
      '| 2021-11-29 | 03:00 | 백업 스크립트가 새 경로로 바뀜 |',
      '| 2021-11-29 - 2021-12-03 | | 백업이 빈 파일로 기록됨 |',
      '| 2021-12-03 | 10:12 | 복구 연습 중 발견 |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(ko), []);
  });
});

// Kind: a date line whose date is followed only by the zone of its times in brackets ("2024-09-18 (all times UTC)",
// "- Sep 18 (PDT)", "9월 18일 (KST 기준)") labels the day of the entries below it, like a bare date line; it was read as a
// note (or, as a list item, as an entry without a time), so the next day's morning entries were compared with the
// previous evening on one date and reported as out of order. Its zone still counts as the timeline's zone note.
describe('structure s13: a date line with a zone in brackets labels a day', () => {
  it('dates the entries under "YYYY-MM-DD (all times UTC)" lines (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      '2024-09-18 (all times UTC)',
      '- 14:10 Ranking service deployed with the new feature store client',
      '- 16:20 Search latency p99 passes 2 s; no page because the alert used p50',
      '',
      '2024-09-19 (all times UTC)',
      '- 09:45 Support escalates slow search reports',
      '- 10:05 Deploy rolled back; latency recovers',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
    // Out of order within one day is still reported.
    assert.deepEqual(timeline(doc.replace('- 10:05 Deploy', '- 09:05 Deploy')), ['9 timeline-order']);
    // Without any zone the line is a bare date line; the timeline then states no zone.
    assert.deepEqual(timeline(doc.replace(/ \(all times UTC\)/g, '')), ['1 timeline-timezone']);
  });

  it('reads a date list item with a zone in brackets as a label, not an untimed entry (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      '- **Mar 4** (PST)',
      '- 15:30 Nightly compaction started two hours early after a cron change',
      '- 17:02 Disk on the primary at 95 %',
      '- **Mar 5** (PST)',
      '- 08:15 Writes rejected; incident declared',
      '- 08:40 Compaction paused, space reclaimed',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
  });

  it('reads Korean date lines with "(KST 기준)" and "(KST)" (KO)', () => {
    const doc = [
      '## 타임라인',
      '',
      '2024년 9월 18일 (KST 기준)',
      '- 15:10 추천 서버 배포',
      '- 17:40 응답 지연 증가, p50 기준 알림이라 호출 없음',
      '',
      '2024년 9월 19일 (KST 기준)',
      '- 09:20 고객센터 문의 급증',
      '- 09:50 배포 롤백, 지연 회복',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), []);
    const list = [
      '## 타임라인',
      '',
      '- 3월 4일 (KST)',
      '- 16:00 압축 작업 시작',
      '- 3월 5일 (KST)',
      '- 08:30 쓰기 거부, 장애 선언',
      '',
    ].join('\n');
    assert.deepEqual(timeline(list), []);
  });

  it('keeps a date followed by other words in brackets as before (EN)', () => {
    // "(Day 2)" states no zone: the item is still an entry without a time.
    const doc = [
      '## Timeline (UTC)',
      '',
      '- 2024-09-18 14:10 Deploy',
      '- 2024-09-19 (day two of the migration)',
      '- 2024-09-19 09:45 Rollback',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), ['4 timeline-timestamp']);
  });
});
