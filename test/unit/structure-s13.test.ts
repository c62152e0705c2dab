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

