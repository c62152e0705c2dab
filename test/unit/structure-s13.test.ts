import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { findTimeOfDay } from '../../src/core/model/time';
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

// Kind (the time reader): after a date and a spaced dash, the year of a second date was read as a four-digit time at an
// offset ("2024-05-13 - 2024-05-20" = 20:24 at -05), so a row dated with a span of days got a wrong zone (and a time it
// does not have). A full date there is not a time.
// Tried and dropped this session: reading an entry that opens with a span of dates ("2020-08-27 to 2020-09-03", "Aug 27 –
// Sep 3") as coarse, needing no time of day. It removed the one wrong finding of the s13 draw that showed it and one RIGHT
// finding of the blind part (`npm run bench:realworld`, figures only: timeline-timestamp in `all` 28 / 8 / 11 -> 27 / 7 / 12
// while dev went 24 / 1 / 6 -> 24 / 0 / 6), so judges read the kind both ways; not kept.
describe('structure s13: the second date of a span is not a four-digit time', () => {
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
    // No zone from the span row (the untimed row is still asked for its time: spans are not read as coarse).
    assert.deepEqual(timeline(ko), ['8 timeline-timestamp']);
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

// Kind: a list right under a day label (a date sub-heading "### 2024-02-05", or a paragraph that ends with a date line
// "**Feb 5, 2024:**" / "2024-02-05 (all times UTC)"), in a timeline whose other entries have times, tells that day's
// events: its untimed items are entries without a time (they were dropped as an aside, like a list of hosts between
// timed entries). A list after prose under the day label, a list under a heading that is more than a date, and a
// timeline with no time anywhere are as before.
describe('structure s13: an untimed list under a day label, among timed days', () => {
  it('reports the items of a list right under a date sub-heading (EN)', () => {
    const doc = [
      '## Timeline (UTC)',
      '',
      '### 2024-02-05',
      '- Retention job config changed to keep 7 days instead of 30',
      '',
      '### 2024-02-12',
      '- 09:14 Analytics team reports missing February data',
      '- 09:40 Retention setting reverted',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), ['4 timeline-timestamp']);
    // With its time, nothing to report.
    assert.deepEqual(stamp(doc.replace('- Retention job', '- 16:02 Retention job')), []);
  });

  it('reports the items of a list right after a bold date line (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      'All times are CET.',
      '',
      '**June 3, 2024:**',
      '',
      '- A vendor rotates the signing key of the payment callback',
      '- Our webhook verifier keeps the old key cached',
      '',
      '**June 4, 2024:**',
      '',
      '- 08:02 Callbacks start failing verification',
      '- 08:31 Cache flushed; callbacks accepted again',
      '',
    ].join('\n');
    assert.deepEqual(stamp(doc), ['7 timeline-timestamp', '8 timeline-timestamp']);
  });

  it('reports the items of a list right under a Korean date sub-heading or date line (KO)', () => {
    const heading = [
      '## 타임라인 (KST)',
      '',
      '### 2024년 2월 5일',
      '- 보존 기간 설정을 30일에서 7일로 변경',
      '',
      '### 2024년 2월 12일',
      '- 09:14 분석팀이 2월 데이터 누락을 알림',
      '- 09:40 보존 기간 설정 원복',
      '',
    ].join('\n');
    assert.deepEqual(stamp(heading), ['4 timeline-timestamp']);
    const line = [
      '## 타임라인',
      '',
      '2024-06-03 (KST 기준)',
      '- 결제사가 콜백 서명 키를 교체',
      '',
      '2024-06-04 (KST 기준)',
      '- 08:02 콜백 서명 검증 실패 시작',
      '- 08:31 캐시 비우고 콜백 정상화',
      '',
    ].join('\n');
    assert.deepEqual(stamp(line), ['4 timeline-timestamp']);
  });

  it('leaves lists after prose, under headings that are more than a date, and timelines without times (EN, KO)', () => {
    // Prose first under the day label: the list details the prose.
    const prose = [
      '## Timeline (UTC)',
      '',
      '### 2024-02-05',
      '',
      'The retention job was reconfigured during a cost review. The affected tables were:',
      '',
      '- events_raw',
      '- sessions_daily',
      '',
      '### 2024-02-12',
      '- 09:14 Analytics team reports missing data',
      '- 09:40 Retention setting reverted',
      '',
    ].join('\n');
    assert.deepEqual(stamp(prose), []);
    // A heading that names more than the day.
    const titled = [
      '## 타임라인 (KST)',
      '',
      '### 2024-02-05 비용 점검 회의 결과',
      '- events_raw',
      '- sessions_daily',
      '',
      '### 2024-02-12',
      '- 09:14 분석팀 문의',
      '- 09:40 설정 원복',
      '',
    ].join('\n');
    assert.deepEqual(stamp(titled), []);
    // No time anywhere: a timeline that counts days.
    const days = [
      '## Timeline',
      '',
      '### 2024-02-05',
      '- Retention changed',
      '',
      '### 2024-02-12',
      '- Missing data reported',
      '- Retention reverted',
      '',
    ].join('\n');
    assert.deepEqual(stamp(days), []);
  });
});
