import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import type { TimelineEntry } from '../../src/core/model/timeline';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Lang, Rule } from '../../src/core/types';

/*
 * Timelines as real teams write them (issue 7): every form below is read as an entry with a time,
 * a note, or no entry at all, in English and Korean, with the positions of the findings.
 */

const entriesOf = (text: string): TimelineEntry[] => parseDocument(text).timeline.entries;
const hhmm = (e: TimelineEntry) =>
  e.minutes === undefined ? '-' : `${String(Math.floor(e.minutes / 60)).padStart(2, '0')}:${String(e.minutes % 60).padStart(2, '0')}`;
/** "line time" for each entry. */
function read(text: string): string[] {
  const doc = parseDocument(text);
  return doc.timeline.entries.map((e) => `${doc.lines.position(e.headStart).line} ${hhmm(e)}`);
}
function run(rule: Rule, text: string, locale: Lang = 'en'): string[] {
  return lint(text, { rules: [rule], locale }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}
const ALL = [timelineTimestamp, timelineOrder, timelineTimezone];
/** Findings of the three timeline rules as "line:col rule". */
function findings(text: string): string[] {
  return lint(text, { rules: ALL }).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
}

describe('timeline entries as people write them', () => {
  it('reads a colon after the time as the end of the time (EN and KO)', () => {
    const en = '## Timeline (UTC)\n\n- 03:12: alert fired\n- 07:45:09: paged\n- **11:02:** rolled back\n';
    assert.deepEqual(read(en), ['3 03:12', '4 07:45', '5 11:02']);
    assert.equal(entriesOf(en)[1].seconds, 9);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 03:12: 알림 발생\n- **11:02:** 롤백\n';
    assert.deepEqual(read(ko), ['3 03:12', '4 11:02']);
    assert.deepEqual(findings(ko), []);
  });

  it('reads ±, ~, back-ticked and bold times (EN and KO)', () => {
    const en = '## Timeline\n\n**± 09:40 UTC:** first report\n\n- `09:45` paged\n- ~09:50 rollback\n- **09:55 UTC** recovered\n';
    assert.deepEqual(read(en), ['3 09:40', '5 09:45', '6 09:50', '7 09:55']);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인\n\n- `09:45` 호출\n- ~09:50 롤백\n- **09:55 KST** 복구\n';
    assert.deepEqual(read(ko), ['3 09:45', '4 09:50', '5 09:55']);
    assert.deepEqual(findings(ko), []);
  });

  it('reads military times after a date or before a zone', () => {
    const en = '## Timeline (UTC)\n\n- 2023-05-02 0915 deploy\n- 2023-05-02 0930 alert\n- 0945Z rollback\n';
    assert.deepEqual(read(en), ['3 09:15', '4 09:30', '5 09:45']);
    assert.equal(entriesOf(en)[0].date, '2023-05-02');
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 2023-05-02 0915 배포\n- 2023-05-02 0930 알림\n';
    assert.deepEqual(read(ko), ['3 09:15', '4 09:30']);
    // "2000 users" is not a time of day.
    assert.deepEqual(read('## Timeline\n\n- 2000 users saw errors\n'), ['3 -']);
  });

  it('reads ranges with an en dash or a hyphen; the end of a range is not a zone offset', () => {
    const text = '## Timeline (UTC)\n\n- 14:00–14:30 degraded\n- 14:40-14:50 errors\n- 15:00 - 15:10 recovery\n';
    assert.deepEqual(read(text), ['3 14:00', '4 14:40', '5 15:00']);
    const e = entriesOf(text)[1];
    assert.equal(e.zone, 'UTC');
    assert.deepEqual(findings(text), []);
    const ko = '## 타임라인\n\n모든 시각은 KST 기준.\n\n- 14:00~14:30 지연\n- 14:40-14:50 오류\n';
    assert.deepEqual(read(ko), ['5 14:00', '6 14:40']);
    assert.deepEqual(findings(ko), []);
    // An ISO time keeps its offset.
    assert.equal(entriesOf('## Timeline\n\n- 2015-10-21T14:51:00-05:00 alert\n')[0].utcOffset, -300);
  });

  it('reads MM-DD HH:MM and YYYY-MM-DD HH:MM; the date counts for ordering', () => {
    const text = '---\ndate: 2024-03-01\n---\n## Timeline (UTC)\n\n- 03-01 23:50 deploy\n- 03-02 00:10 errors\n- 03-02 09:00 fixed\n- 03-01 23:55 typo\n';
    assert.deepEqual(read(text), ['6 23:50', '7 00:10', '8 09:00', '9 23:55']);
    assert.deepEqual(entriesOf(text).map((e) => e.date), ['2024-03-01', '2024-03-02', '2024-03-02', '2024-03-01']);
    // The finding is on the time (after the date).
    assert.deepEqual(findings(text), ['9:9 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n- 2024-03-01 23:50 배포\n- 2024-03-02 00:10 오류\n- 2024-03-01 23:55 오타\n';
    assert.deepEqual(findings(ko), ['5:14 timeline-order']);
  });

  it('reads 12-hour and Korean clock forms', () => {
    const en = '## Timeline (PDT)\n\n- 11:55 AM deploy\n- 3:05 PM alert\n- 3:10 p.m. paged\n';
    assert.deepEqual(read(en), ['3 11:55', '4 15:05', '5 15:10']);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 오전 11시 55분 배포\n- 오후 3시 5분 알림\n- 15시 10분 호출\n- 15시 5분 오타\n';
    assert.deepEqual(read(ko), ['3 11:55', '4 15:05', '5 15:10', '6 15:05']);
    assert.deepEqual(findings(ko), ['6:3 timeline-order']);
  });

  it('reads approximate and relative times, which do not break the order by a little', () => {
    const ko = '## 타임라인 (KST)\n\n| 시각 | 내용 |\n|---|---|\n| 10:05:30 | 알림 |\n| 10:05 이후 | 트래픽 증가 |\n| 10:04경 | 첫 오류 |\n| 10:06쯤 | 확인 |\n| 10:05 무렵 | 재확인 |\n| 10:03 전후 | 로그 |\n| 09:30 | 오타 |\n';
    assert.deepEqual(read(ko), ['5 10:05', '6 10:05', '7 10:04', '8 10:06', '9 10:05', '10 10:03', '11 09:30']);
    assert.deepEqual(
      entriesOf(ko).map((e) => e.approximate === true),
      [false, true, true, true, true, true, false],
    );
    assert.deepEqual(findings(ko), ['11:3 timeline-order']);
    const en = '## Timeline (UTC)\n\n- 10:05:30 alert\n- 10:05 errors rise\n- ~10:02 first error\n- around 10:01 log spike\n- 14:2x paged\n- 14:10 typo\n';
    assert.deepEqual(read(en), ['3 10:05', '4 10:05', '5 10:02', '6 10:01', '7 14:20', '8 14:10']);
    assert.deepEqual(findings(en), []);
    // A plain time well before the one above is still an error.
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 10:05 alert\n- 09:40 typo\n'), ['4:3 timeline-order']);
  });

  it('reads one heading per entry; what is under it belongs to it (EN and KO)', () => {
    const en =
      '## Timeline (UTC)\n\n### 16:20\n\nWe saw errors.\n\n- detail one\n- detail two\n\n### 16:45 Rollback\n\nRolled back.\n\n#### Notes\n\n- more detail\n\n### 16:40\n\nTypo.\n\n### 1X:XX\n\nUnknown.\n';
    const doc = parseDocument(en);
    assert.deepEqual(
      doc.timeline.entries.map((e) => `${e.kind} ${doc.lines.position(e.headStart).line} ${hhmm(e)}`),
      ['heading 3 16:20', 'heading 10 16:45', 'heading 18 16:40', 'heading 22 -'],
    );
    // The entry runs to the end of its last detail.
    assert.equal(doc.lines.position(doc.timeline.entries[0].end).line, 8);
    assert.equal(doc.lines.position(doc.timeline.entries[1].end).line, 16);
    assert.deepEqual(findings(en), ['18:5 timeline-order', '22:1 timeline-timestamp']);
    assert.deepEqual(run(timelineTimestamp, en), ['22:1 Timeline entry has a placeholder instead of a time: write the time, such as 14:51']);
    const ko = '## 타임라인 (KST)\n\n### 16:20 장애 인지\n\n- 세부 사항\n\n### 16:10 오타\n\n### HH:MM\n';
    assert.deepEqual(findings(ko), ['7:5 timeline-order', '9:1 timeline-timestamp']);
    assert.deepEqual(run(timelineTimestamp, ko, 'ko'), ['9:1 타임라인 항목의 시각이 자리표시자입니다. 14:51처럼 실제 시각을 적으세요']);
  });

  it('reads table rows by their time column (Time, 시각, 시간, 일시, Timestamp, When)', () => {
    for (const header of ['Time', 'Timestamp', 'When', 'Time (UTC)', '시각', '시간', '일시', '발생 시간', 'Date/Time']) {
      const text = `## Timeline (UTC)\n\n| Event | ${header} |\n|---|---|\n| Alert | 14:51 |\n| Paged | |\n| Rollback | 15:02 |\n`;
      assert.deepEqual(findings(text), ['6:1 timeline-timestamp'], header);
    }
  });

  it('does not take a table without times or dates for a list of events', () => {
    const text = '## Timeline (UTC)\n\n- 14:51 Alert\n\n| Metric | Value |\n|---|---|\n| Errors | 5000 |\n';
    assert.deepEqual(findings(text), []);
  });

  it('splits a timeline into days by date sub-headings and orders across them', () => {
    const en = '## Timeline (UTC)\n\n### 2024-03-01\n\n- 22:00 start\n- 23:30 worse\n\n### 2024-03-02\n\n- 00:30 fixed\n- 00:20 typo\n';
    assert.deepEqual(entriesOf(en).map((e) => e.date), ['2024-03-01', '2024-03-01', '2024-03-02', '2024-03-02']);
    assert.deepEqual(findings(en), ['11:3 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n### 3월 1일 (금)\n\n- 22:00 시작\n\n### 3월 2일 (토)\n\n- 00:30 복구\n';
    assert.deepEqual(findings(ko), []);
  });

  it('counts days from "Day N" / "N일차" sub-headings', () => {
    const en = '---\ndate: 2024-03-01\n---\n## Timeline (UTC)\n\n### Day 1\n\n- 22:00 start\n\n### Day 2\n\n- 09:00 fixed\n- 08:00 typo\n';
    assert.deepEqual(entriesOf(en).map((e) => e.date), ['2024-03-01', '2024-03-02', '2024-03-02']);
    assert.deepEqual(findings(en), ['13:3 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n### 1일차\n\n- 22:00 시작\n\n### 2일차\n\n- 09:00 복구\n';
    assert.deepEqual(findings(ko), []);
  });

  it('crosses midnight only where it is plausible', () => {
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 23:50 deploy\n- 00:10 errors\n- 00:40 fixed\n'), []);
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 10:00 deploy\n- 09:00 errors\n'), ['4:3 timeline-order']);
    assert.deepEqual(findings('## 타임라인 (KST)\n\n- 23:50 배포\n- 00:10 오류\n'), []);
    assert.deepEqual(findings('## 타임라인 (KST)\n\n- 10:00 배포\n- 09:00 오류\n'), ['4:3 timeline-order']);
  });

  it('does not compare across a sub-heading that starts another track', () => {
    const text = '## Timeline (UTC)\n\n### Team A\n\n- 10:00 a\n- 10:30 b\n\n### Team B\n\n- 10:05 c\n- 10:01 typo\n';
    assert.deepEqual(findings(text), ['11:3 timeline-order']);
  });
});

describe('what is not a timeline entry', () => {
  it('skips link lists and summary figures (EN and KO)', () => {
    const en = '## Timeline (UTC)\n\n- 14:51 Alert\n- MTTD: 5m\n- Time to resolve: 1h 20m\n- Duration: 2 hours (14:00–16:00)\n- [Dashboard](https://x.example/d)\n- https://x.example/runbook\n';
    assert.deepEqual(read(en), ['3 14:51']);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 14:51 알림\n- 대응 시간: 3분\n- 총 장애 시간: 약 1시간\n- [대시보드](https://x.example/d)\n';
    assert.deepEqual(read(ko), ['3 14:51']);
    assert.deepEqual(findings(ko), []);
  });

  it('skips sub-items of an entry and notes after a table (EN and KO)', () => {
    const en = '## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 14:51 | Alert |\n\n- times are from the pager log\n\nThe team met afterwards.\n';
    assert.deepEqual(read(en), ['5 14:51']);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 10:05 | 장애 발생 |\n\n* 참고: 위 시간은 대략적입니다.\n\n- 14:51 롤백\n  - 세부 사항\n';
    assert.deepEqual(read(ko), ['5 10:05', '9 14:51']);
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 14:51 Alert\n  - no time here\n- Note: all times approximate\n'), []);
  });

  it('finds untimed entries among timed ones, with positions (recall)', () => {
    const en = '## Timeline (UTC)\n\n- 14:51 Alert\n- Customer reports errors\n- 15:02 Rollback\n';
    assert.deepEqual(run(timelineTimestamp, en), ['4:3 Timeline entry has no time of day: start it with a time such as 14:51']);
    const ko = '## 타임라인 (KST)\n\n- 오후 2시 51분 알림\n- 고객 문의 접수\n';
    assert.deepEqual(run(timelineTimestamp, ko, 'ko'), ['4:3 타임라인 항목에 시각이 없습니다. 오후 2시 51분처럼 시각으로 시작하세요']);
  });

  it('writes the example in the document\'s own format', () => {
    assert.deepEqual(run(timelineTimestamp, '## Timeline (PDT)\n\n- 2:05 PM deploy\n- rollback\n'), [
      '4:3 Timeline entry has no time of day: start it with a time such as 2:51 PM',
    ]);
    assert.deepEqual(run(timelineTimestamp, '## Timeline (UTC)\n\n- **14:05:10** deploy\n- rollback\n'), [
      '4:3 Timeline entry has no time of day: start it with a time such as 14:51:00',
    ]);
    assert.deepEqual(run(timelineTimestamp, '## 타임라인 (KST)\n\n- 14시 5분 배포\n- 롤백\n', 'ko'), ['4:3 타임라인 항목에 시각이 없습니다. 14시 51분처럼 시각으로 시작하세요']);
  });
});

describe('day-granular timelines', () => {
  it('needs no time of day where every entry is a date (EN and KO)', () => {
    const en = '## Timeline\n\n- 2024-01-02: Reported to us\n- 2024-01-05: Acknowledged\n- 2024-02-01: Fix released\n';
    assert.deepEqual(findings(en), []);
    assert.equal(parseDocument(en).timeline.groups[0].dayGranular, true);
    const ko = '## 타임라인\n\n- 2024년 1월 2일: 제보 접수\n- 1월 5일: 확인\n- 2월 1일: 수정 배포\n';
    assert.deepEqual(findings(ko), []);
    const table = '## Timeline\n\n| Date | Event |\n|---|---|\n| 2024-01-02 | Reported |\n| 2024-01-05 | Fixed |\n';
    assert.deepEqual(findings(table), []);
  });

  it('needs no time under date sub-headings of several days', () => {
    const text = '## Timeline\n\n### 2024-01-02\n\n- Reported\n- Triaged\n\n### 2024-01-05\n\n- Fixed\n';
    assert.deepEqual(findings(text), []);
  });

  it('still flags untimed entries when most dated entries have times', () => {
    const text = '## Timeline (UTC)\n\n- 2024-01-02 10:00 Reported\n- 2024-01-02 10:30 Triaged\n- 2024-01-02: Fixed\n';
    assert.deepEqual(findings(text), ['5:3 timeline-timestamp']);
  });
});

describe('time zones stated anywhere', () => {
  const TL = '## Timeline\n\n- 14:51 Alert\n- 15:02 Rollback\n';
  it('flags a timeline with no zone anywhere, on its heading', () => {
    assert.deepEqual(findings(`# Outage\n\n${TL}`), ['3:1 timeline-timezone']);
    assert.deepEqual(findings('# 장애\n\n## 타임라인\n\n- 14:51 알림\n'), ['3:1 timeline-timezone']);
  });

  it('counts an overview table row, a sentence, a heading and front matter', () => {
    assert.deepEqual(findings(`# 장애\n\n| 항목 | 내용 |\n|---|---|\n| 발생 일시 | 2025-04-02 10:05 KST |\n\n${TL}`), []);
    assert.deepEqual(findings(`# Outage\n\nAll times in PDT.\n\n${TL}`), []);
    assert.deepEqual(findings(`# Outage\n\n**Start:** \`2025-04-02 10:05 UTC\`\n\n${TL}`), []);
    assert.deepEqual(findings(`# 장애\n\n시간은 모두 한국 시간 기준입니다.\n\n${TL}`), []);
    assert.deepEqual(findings(`---\ntimezone: Asia/Seoul\n---\n${TL}`), []);
    assert.deepEqual(findings('## Timeline (all times PDT)\n\n- 14:51 Alert\n'), []);
  });

  it('counts the times themselves and a heading-per-entry zone', () => {
    assert.deepEqual(findings('## Timeline\n\n### 16:20 UTC\n\nErrors.\n\n### 16:45 UTC\n\nFixed.\n'), []);
  });

  it('does not take the end of a range for a second zone', () => {
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 14:40-14:50 errors\n- 15:00-15:10 recovery\n'), []);
  });

  it('takes a time mentioned with a zone elsewhere as weaker than the timeline\'s own zones', () => {
    const en = '# Outage\n\nThe provider reported at 14:00 UTC.\n\n## Timeline\n\n- 23:05 KST alert\n- 23:10 KST rollback\n';
    assert.deepEqual(findings(en), []);
    assert.equal(parseDocument(en).timeline.zone?.label, 'KST');
    const ko = '# 장애\n\n| 항목 | 내용 |\n|---|---|\n| 발생 일시 | 2025-04-02 10:05 KST |\n\n## 타임라인\n\n- 10:05 알림\n- 10:10 롤백\n';
    assert.equal(parseDocument(ko).timeline.entries[0].zone, 'KST');
    assert.deepEqual(findings(ko), []);
  });

  it('still flags a timeline that mixes zones', () => {
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 14:51 Alert\n- 23:55 KST Rollback\n'), ['4:9 timeline-timezone']);
  });
});

describe('timelines from chats and wikis', () => {
  it('carries AM/PM of a range end to its start', () => {
    const text = '## Timeline (UTC)\n\n### 10:45-11:37 AM: Fix\n\nText.\n\n### 1:42-1:59 PM: Release\n\n### 11:00-1:00 PM: Late\n';
    assert.deepEqual(read(text), ['3 10:45', '7 13:42', '9 11:00']);
    assert.deepEqual(findings(text), ['9:5 timeline-order']);
  });

  it('reads a 12-hour clock written without AM/PM past noon', () => {
    const en = '## Timeline (UTC)\n\n- 11:50 a\n- 11:57 b\n- 1:17 c\n- 1:19 d\n- 10:44 e\n- 2:00 typo\n';
    assert.deepEqual(read(en), ['3 11:50', '4 11:57', '5 13:17', '6 13:19', '7 22:44', '8 14:00']);
    assert.deepEqual(findings(en), ['8:3 timeline-order']);
    // A 24-hour timeline keeps its early hours: 10:00 then 9:00 is an error.
    assert.deepEqual(findings('## Timeline (UTC)\n\n- 13:10 a\n- 10:00 b\n- 9:00 c\n'), ['4:3 timeline-order', '5:3 timeline-order']);
    assert.deepEqual(findings('## 타임라인 (KST)\n\n- 11:57 배포\n- 1:17 오류\n'), []);
  });

  it('splits pasted lines at <br> (EN and KO)', () => {
    const en = '## Timeline (PST)\n\n13:02 - report<br> 20:57 - CI fails<br>\n22:10 - filed<br> ??:?? - update <br> 12:51 - typo\n';
    const doc = parseDocument(en);
    assert.deepEqual(
      doc.timeline.entries.map((e) => `${doc.lines.position(e.headStart).line}:${doc.lines.position(e.headStart).column} ${hhmm(e)}`),
      ['3:1 13:02', '3:20 20:57', '4:1 22:10', '4:19 -', '4:39 12:51'],
    );
    assert.deepEqual(findings(en), ['4:19 timeline-timestamp', '4:39 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n13:02 - 제보<br/>13:10 - 확인\n';
    assert.deepEqual(read(ko), ['3 13:02', '3 13:10']);
  });

  it('takes a time-range heading over timed items for a phase: the items are the entries', () => {
    const text = '## Timeline (UTC)\n\n### 10:07-10:29: Coordination\n- 10:07: call starts\n- 10:21: question\n- 10:20: typo\n\n### 10:45-11:00: Fix\n- 10:45: test shared\n';
    assert.deepEqual(read(text), ['4 10:07', '5 10:21', '6 10:20', '9 10:45']);
    assert.deepEqual(findings(text), ['6:3 timeline-order']);
  });

  it('drops an untimed list told between timed entries (hosts, participants)', () => {
    const en = '## Timeline (UTC)\n\n- 01:52 First report\n- 01:54 Confirmed\n\nThe CDN hosts:\n\n - cdn-frankfurt-1\n - sally\n';
    assert.deepEqual(read(en), ['3 01:52', '4 01:54']);
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 01:52 최초 제보\n\n참여자:\n\n- 김철수\n- 이영희\n';
    assert.deepEqual(findings(ko), []);
  });

  it('counts a placeholder date as a date and a part of the day as deliberate', () => {
    const en = '## Timeline\n\n- 2023-MM-DD: token created\n- 2023-03-03: image pushed\n- 2024-06-28 7:09 AM Eastern: report\n';
    assert.deepEqual(findings(en), []);
    const ko = '## 타임라인 (KST)\n\n- 9월 26일(금) 20:15경 화재 발생\n- 9월 26일 밤 ~ 27일(토) 오전 확대\n- 9월 27일(토) 완진\n- 9월 28일(일) 23:00경 복구\n- 9월 29일(월) 08:00경 복구\n';
    assert.deepEqual(findings(ko), ['5:3 timeline-timestamp']);
    assert.deepEqual(findings('## Timeline (UTC)\n\n- Oct 21 14:00 alert\n- Oct 22 morning: fix\n- Oct 22 15:00 done\n'), []);
  });

  it('reads US zones written out after a time', () => {
    assert.equal(entriesOf('## Timeline\n\n- 7:09 AM Eastern: report\n')[0].utcOffset, undefined);
    assert.equal(entriesOf('## Timeline\n\n- 7:09 AM Eastern: report\n')[0].zone, 'Eastern');
    assert.equal(entriesOf('## Timeline\n\n- 2024-06-28 7:09 AM Eastern: report\n')[0].utcOffset, -240);
    assert.equal(entriesOf('## Timeline\n\n- 14:00 Pacific Standard Time: report\n')[0].utcOffset, -480);
    // "Central" alone is not a zone away from a time.
    assert.deepEqual(findings('# Outage in the Central region\n\n## Timeline\n\n- 14:00 alert\n'), ['3:1 timeline-timezone']);
  });
});

describe('dates after times, offsets and words in a time column', () => {
  it('reads a date written after the time ("2:06 PM January 14, 2026: …")', () => {
    const text =
      '## Timeline (PST)\n\n9:54 PM January 14, 2026: logged\n\n6:38 AM January 15, 2026: connected\n\n12:32 PM January 15, 2026: comment\n\n5:31 AM January 20, 2026: reassigned\n\n7:06 AM January 20, 2026: typo?\n\n6:00 AM January 20, 2026: typo\n';
    assert.deepEqual(entriesOf(text).map((e) => e.date), ['2026-01-14', '2026-01-15', '2026-01-15', '2026-01-20', '2026-01-20', '2026-01-20']);
    assert.deepEqual(findings(text), ['13:1 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n- 14:51 (2026-01-14) 알림\n- 09:00 (2026-01-15) 복구\n';
    assert.deepEqual(findings(ko), []);
  });

  it('does not demand a clock time of an offset from an event (EN and KO)', () => {
    assert.deepEqual(findings('## Timeline\n\n- T-7d: change deployed\n- T+0: trigger\n- T+5m: alert fired\n'), []);
    const ko = '## 타임라인\n\n| 시간 | 이벤트 |\n|---|---|\n| 배포 직후 | 새 버전 배포 |\n| 배포 직후 + 5분 | IP 차단 시작 |\n';
    assert.deepEqual(findings(ko), []);
  });

  it('takes words in the time column as deliberate; an empty cell or a placeholder is not', () => {
    const en = '## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| Pre-existing | Reports |\n| ~12:30 | Investigation |\n| | Fix |\n| HH:MM | Verified |\n';
    assert.deepEqual(findings(en), ['7:1 timeline-timestamp', '8:1 timeline-timestamp']);
    const ko = '## 타임라인 (KST)\n\n| 시각 | 사건 |\n|---|---|\n| 14:22 | 롤백 |\n| 이후, 시각 미확인 | 인덱스 생성 |\n| | 재시도 |\n';
    assert.deepEqual(findings(ko), ['7:1 timeline-timestamp']);
  });
});
