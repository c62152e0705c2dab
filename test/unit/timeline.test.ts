import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { assertGrowth } from './growth-check';
import { formatTimelineTime } from '../../src/core/model/time';
import { timelineStyle, timelineZone, type TimelineEntry } from '../../src/core/model/timeline';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Lang, Rule } from '../../src/core/types';

const entriesOf = (text: string): TimelineEntry[] => parseDocument(text).timeline.entries;
const iso = (e: TimelineEntry) => (e.instant === undefined ? undefined : new Date(e.instant).toISOString());
const hhmm = (e: TimelineEntry) =>
  e.minutes === undefined ? undefined : `${String(Math.floor(e.minutes / 60)).padStart(2, '0')}:${String(e.minutes % 60).padStart(2, '0')}`;

/** Findings of one rule as "line:col message". */
function run(rule: Rule, text: string, locale: Lang = 'en'): string[] {
  return lint(text, { rules: [rule], locale }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** The timeline of seed 002 (Google's Shakespeare postmortem, Korean), as pasted: one paragraph per line. */
const SEED_002 = `# 셰익스피어 검색 장애

## Timeline (2015-10-21)

14:51 셰익스피어의 소네트가 새로 발견되었다는 뉴스 리포트

14:53 셰익스피어 검색 인덱스 트래픽이 88배 증가 (하지만 인덱스에 소네트 없음)

14:54 시스템 다운 시작

14:55 모니터 시스템이 담당자 호출 폭풍

14:57 셰익스피어의 모든 검색 트래픽에 검색 실패

14:58 시스템 담당자가 백엔드 검색 시스템 실패율이 비정상적으로 높은 것을 인지

15:01 사고 접수. Incident commander에 Jennifer.

15:02 누군가 우연히 shakespeare-discuss@ 이메일 리스트에 이메일을 보냈는데 셰익스피어 애호가인 Martym의 눈에 띔

15:03 Jennifer가 shakespeare-incidents@ 리스트에 사고 보고

15:04 Martym이 새로운 소네트를 찾아내고 검색 시스템 업데이트 문서를 찾기 시작

15:06 엔지니어들이 시스템 로그로부터 원인 분석 시작

15:07 Martym이 문서를 찾고 검색 시스템 업데이트 준비 작업 시작

15:10 Martym이 소네트를 추가하고 인덱스 작업 시작

15:18 Clarac 리소스 누수 버그 찾아냄

15:20 인덱스 작업 완료

15:28 트래픽을 더 많은 서버가 소화할 수 있도록 재분배

(중략)

15:36 시스템 회복 시작

(중략)

16:00 시스템 회복 완료

16:30 사고 해결 완료 (시스템 회복 후 30분 동안 정상 운영 조건 만족)

## 교훈
`;

describe('timeline: entries', () => {
  it('reads list items of the timeline section only (English)', () => {
    const es = entriesOf('# X\n\n## Summary\n\n- 09:00 not an entry\n\n## Timeline\n\n- 14:51 Alert fired\n- 14:53 Paged the on-call\n- Rollback started\n\n## Impact\n\n- 10:00 not an entry\n');
    assert.deepEqual(es.map((e) => [e.kind, e.text, hhmm(e)]), [
      ['list', '14:51 Alert fired', '14:51'],
      ['list', '14:53 Paged the on-call', '14:53'],
      ['list', 'Rollback started', undefined],
    ]);
  });

  it('reads list items of a Korean timeline (타임라인 / 경과), Korean time forms included', () => {
    const es = entriesOf('# 장애 보고서\n\n## 장애 경과\n\n- 오후 2시 51분 배포 시작\n- 14시 53분 알림 발생\n- 오전 9시 담당자 호출\n- 롤백 완료\n');
    assert.deepEqual(es.map(hhmm), ['14:51', '14:53', '09:00', undefined]);
  });

  it('reads the seed 002 timeline: paragraphs that open with a time, "(중략)" is not an entry', () => {
    const doc = parseDocument(SEED_002);
    const es = doc.timeline.entries;
    assert.equal(es.length, 19);
    assert.ok(es.every((e) => e.kind === 'paragraph' && e.minutes !== undefined));
    assert.equal(es[0].date, '2015-10-21');
    assert.equal(es[0].text, '14:51 셰익스피어의 소네트가 새로 발견되었다는 뉴스 리포트');
    assert.equal(hhmm(es[18]), '16:30');
    assert.equal(doc.text.slice(es[6].timeStart, es[6].timeEnd), '15:01');
    assert.deepEqual(run(timelineTimestamp, SEED_002), []);
    assert.deepEqual(run(timelineOrder, SEED_002), []);
  });

  it('splits one paragraph of several time lines into entries, continuation lines included', () => {
    const text = '## Timeline\n\nAll times UTC.\n14:51 Alert fired\n14:53 Paged\nthe on-call engineer\n15:02 Rolled back\n';
    const es = entriesOf(text);
    assert.deepEqual(es.map((e) => e.text), ['14:51 Alert fired', '14:53 Paged the on-call engineer', '15:02 Rolled back']);
    assert.equal(text.slice(es[1].start, es[1].end), '14:53 Paged\nthe on-call engineer');
    assert.equal(es[0].zoneInfo?.offset, 0);
  });

  it('treats nested items under a timed item as its details, not entries', () => {
    const text = '## Timeline\n\n- 14:51 Alert fired\n  - CPU at 100%\n  - 14:52 second alert (detail)\n- 14:55 Paged\n';
    const es = entriesOf(text);
    assert.equal(es.length, 2);
    assert.equal(text.slice(es[0].headStart, es[0].headEnd), '14:51 Alert fired');
    assert.ok(text.slice(es[0].start, es[0].end).includes('CPU at 100%'));
  });

  it('treats an untimed item with timed children as a group label, English and Korean', () => {
    const en = entriesOf('## Timeline\n\n- Detection\n  - 14:51 Alert fired\n  - 14:53 Paged\n- Mitigation\n  - 15:02 Rolled back\n');
    assert.deepEqual(en.map(hhmm), ['14:51', '14:53', '15:02']);
    const ko = entriesOf('## 타임라인\n\n- 탐지\n  - 14:51 알림 발생\n- 복구\n  - 15:02 롤백\n');
    assert.deepEqual(ko.map(hhmm), ['14:51', '15:02']);
  });

  it('treats a date-only item as the date of what follows', () => {
    const es = entriesOf('## Timeline (UTC)\n\n- **2015-10-21**\n  - 23:50 Deploy\n- 2015-10-22\n  - 00:10 Alert\n');
    assert.deepEqual(es.map((e) => e.date), ['2015-10-21', '2015-10-22']);
  });

  it('skips empty bullets, filler and zone notes', () => {
    const es = entriesOf('## Timeline\n\n- All times are in UTC\n- 14:51 Alert\n- …\n- (snip)\n-\n- (중략)\n- 15:02 Rollback\n');
    assert.deepEqual(es.map(hhmm), ['14:51', '15:02']);
    assert.equal(es[0].zoneInfo?.offset, 0);
  });

  it('reads table rows after the header; the Time column wins', () => {
    const text = '## Timeline\n\n| Event | Time | Note |\n| --- | --- | --- |\n| Alert fired | 14:51 | ratio 10:30 |\n| Paged | 14:53 | |\n| Rolled back | | at 15:02 |\n| | | |\n';
    const es = entriesOf(text);
    assert.deepEqual(es.map((e) => [e.kind, hhmm(e)]), [
      ['table', '14:51'],
      ['table', '14:53'],
      ['table', '15:02'],
    ]);
    assert.equal(text.slice(es[0].timeStart, es[0].timeEnd), '14:51');
  });

  it('reads Korean table headers (시각, 일시, 날짜) and a zone in the header', () => {
    const text = '## 타임라인\n\n| 날짜 | 시각 (KST) | 내용 |\n|---|---|---|\n| 2015-10-21 | 14:51 | 배포 |\n| 2015-10-22 | 00:10 | 알림 |\n';
    const es = entriesOf(text);
    assert.deepEqual(es.map((e) => [e.date, hhmm(e), e.zoneSource]), [
      ['2015-10-21', '14:51', 'table'],
      ['2015-10-22', '00:10', 'table'],
    ]);
    assert.deepEqual(es.map(iso), ['2015-10-21T05:51:00.000Z', '2015-10-21T15:10:00.000Z']);
  });

  it('reads a table with a date cell and no headers it knows', () => {
    const es = entriesOf('## Timeline\n\n| D | T | E |\n|---|---|---|\n| 2015-10-21 | 14:51 | a |\n');
    assert.equal(es[0].date, '2015-10-21');
  });

  it('survives half-typed tables and lists', () => {
    assert.doesNotThrow(() => entriesOf('## Timeline\n\n| Time | Event\n| --- |\n| 14:51\n|\n- \n- [ ] \n'));
    assert.doesNotThrow(() => entriesOf('## Timeline\n\n|'));
  });

  it('includes sub-sections and dated headings (### 2015-10-21, ### Oct 22, ### 10월 21일 (수))', () => {
    const en = entriesOf('---\ndate: 2015-10-20\n---\n## Timeline (UTC)\n\n### 2015-10-21\n\n- 23:50 Deploy\n\n### Oct 22\n\n- 00:10 Alert\n');
    assert.deepEqual(en.map((e) => [e.date, e.dateSource]), [
      ['2015-10-21', 'heading'],
      ['2015-10-22', 'heading'],
    ]);
    const ko = entriesOf('---\ndate: 2015-10-20\n---\n## 타임라인 (KST)\n\n### 10월 21일 (수)\n\n- 오후 11시 50분 배포\n\n### 10월 22일 (목)\n\n- 오전 12시 10분 알림\n');
    assert.deepEqual(ko.map((e) => e.date), ['2015-10-21', '2015-10-22']);
    assert.deepEqual(ko.map(iso), ['2015-10-21T14:50:00.000Z', '2015-10-21T15:10:00.000Z']);
  });

  it('takes the date from the timeline heading, the entry, or the front matter', () => {
    assert.equal(entriesOf('## Timeline (2015-10-21)\n\n- 14:51 x\n')[0].date, '2015-10-21');
    const own = entriesOf('---\ndate: 2015-10-20\n---\n## Timeline\n\n- 2015-10-21 14:51 x\n- 14:55 y\n');
    assert.deepEqual(own.map((e) => [e.date, e.dateSource]), [
      ['2015-10-21', 'entry'],
      ['2015-10-21', 'entry'],
    ]);
    for (const key of ['date', 'start', 'started', 'incident_start']) {
      const fm = entriesOf(`---\n${key}: 2015-10-21\n---\n## Timeline\n\n- 14:51 x\n`);
      assert.deepEqual([fm[0].date, fm[0].dateSource], ['2015-10-21', 'frontMatter'], key);
    }
    // A yearless heading takes its year from the front matter.
    assert.equal(entriesOf('---\ndate: 2015-10-20\n---\n## Timeline\n\n### Oct 21\n\n- 14:51 x\n')[0].date, '2015-10-21');
    // Without a year anywhere there is no full date, and so no instant.
    const yearless = entriesOf('## Timeline (UTC)\n\n### Oct 21\n\n- 14:51 x\n')[0];
    assert.equal(yearless.date, undefined);
    assert.deepEqual(yearless.calendarDate, { month: 10, day: 21 });
    assert.equal(yearless.instant, undefined);
  });
});

describe('timeline: zones and instants', () => {
  it('computes instants from a zone in the heading, a note, the front matter or the entry', () => {
    const cases: [string, string][] = [
      ['## Timeline (2015-10-21, UTC)\n\n- 14:51 x\n', '2015-10-21T14:51:00.000Z'],
      ['## Timeline (2015-10-21)\n\nAll times are in KST.\n\n- 14:51 x\n', '2015-10-21T05:51:00.000Z'],
      ['## 타임라인 (2015-10-21)\n\n모든 시각은 한국 시간(KST) 기준입니다.\n\n- 14:51 배포\n', '2015-10-21T05:51:00.000Z'],
      ['## Timeline (2015-10-21)\n\n> Times in UTC\n\n- 14:51 x\n', '2015-10-21T14:51:00.000Z'],
      ['---\ntimezone: Asia/Seoul\n---\n## Timeline (2015-10-21)\n\n- 14:51 x\n', '2015-10-21T05:51:00.000Z'],
      ['---\ntimezone: "+09:00"\n---\n## Timeline (2015-10-21)\n\n- 14:51 x\n', '2015-10-21T05:51:00.000Z'],
      ['---\ntimezone: America/New_York\ndate: 2015-07-01\n---\n## Timeline\n\n- 14:51 x\n', '2015-07-01T18:51:00.000Z'],
      ['---\ntimezone: America/New_York\ndate: 2015-12-01\n---\n## Timeline\n\n- 14:51 x\n', '2015-12-01T19:51:00.000Z'],
      ['## Timeline\n\n- 2015-10-21T14:51:00+09:00 x\n', '2015-10-21T05:51:00.000Z'],
      ['## Timeline\n\n- 2015-10-21 2:51 PM PDT x\n', '2015-10-21T21:51:00.000Z'],
      ['---\nstart: 2015-10-21T14:00:00Z\n---\n## Timeline\n\n- 14:51 x\n', '2015-10-21T14:51:00.000Z'],
    ];
    for (const [text, want] of cases) assert.equal(iso(entriesOf(text)[0]), want, text);
  });

  it('takes a note elsewhere in the document ("All times in UTC" in the summary)', () => {
    const es = entriesOf('# X\n\n## Summary\n\nAn outage. All times in UTC.\n\n## Timeline (2015-10-21)\n\n- 14:51 x\n');
    assert.equal(es[0].zoneSource, 'document');
    assert.equal(iso(es[0]), '2015-10-21T14:51:00.000Z');
  });

  it('lets unzoned entries inherit the zone some entries name', () => {
    const es = entriesOf('## Timeline (2015-10-21)\n\n- 14:51 UTC Alert\n- 14:53 Paged\n');
    assert.deepEqual(es.map((e) => e.zoneSource), ['entry', 'inferred']);
    assert.equal(iso(es[1]), '2015-10-21T14:53:00.000Z');
  });

  it('rolls a timeline over midnight when the time goes back by more than 12 hours', () => {
    const es = entriesOf('---\ndate: 2015-10-21\ntimezone: UTC\n---\n## Timeline\n\n- 23:50 Deploy\n- 00:10 Alert\n- 00:30 Rollback\n');
    assert.deepEqual(es.map((e) => e.date), ['2015-10-21', '2015-10-22', '2015-10-22']);
    assert.deepEqual(es.map((e) => e.dayRollover ?? 0), [0, 1, 1]);
    assert.equal(es[2].instant! - es[0].instant!, 40 * 60000);
    // Without any date, the rollover still keeps the order.
    const nodate = entriesOf('## 타임라인\n\n- 23:50 배포\n- 00:10 알림\n');
    assert.ok(nodate[1].wallTime! > nodate[0].wallTime!);
  });

  it('does not roll over for a small step back (a typo stays a typo)', () => {
    const es = entriesOf('---\ndate: 2015-10-21\n---\n## Timeline\n\n- 15:10 Rollback done\n- 15:02 Rollback started\n');
    assert.deepEqual(es.map((e) => e.date), ['2015-10-21', '2015-10-21']);
  });

  it('timelineZone and timelineStyle describe the document, so that a new entry matches', () => {
    const ko = parseDocument('---\ntimezone: Asia/Seoul\n---\n## 타임라인\n\n- 오후 2시 51분 배포\n- 오후 3시 롤백\n');
    assert.equal(timelineZone(ko)?.iana, 'Asia/Seoul');
    const style = timelineStyle(ko)!;
    assert.equal(style.clock, 'ko12');
    assert.equal(formatTimelineTime(new Date(Date.UTC(2015, 9, 21, 6, 5)), { zone: timelineZone(ko), style }), '오후 3시 5분');
    const en = parseDocument('## Timeline\n\n- **14:51 UTC** Alert\n- **14:53 UTC** Paged\n- 9:05 PM UTC odd one\n');
    const s = timelineStyle(en)!;
    assert.deepEqual([s.clock, s.wrap, s.zone], ['24h', '**', true]);
    assert.equal(formatTimelineTime(new Date(Date.UTC(2015, 9, 21, 15, 2)), { zone: timelineZone(en), style: s }), '**15:02** UTC');
    assert.equal(timelineStyle(parseDocument('## Timeline\n\n- nothing timed\n')), undefined);
    assert.equal(timelineZone(parseDocument('# no timeline\n')), undefined);
    assert.equal(timelineZone(parseDocument('---\ntz: UTC\n---\n# no timeline\n'))?.offset, 0);
  });
});

describe('timeline: line endings, BOM and bad input', () => {
  const base = '---\ndate: 2015-10-21\ntimezone: UTC\n---\n## Timeline\n\n- 14:51 Alert\n- Rollback\n- 14:40 Paged\n';

  for (const [name, text] of [
    ['LF', base],
    ['CRLF', base.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', `\uFEFF${base.replace(/\n/g, '\r\n')}`],
    ['BOM + LF', `\uFEFF${base}`],
  ] as const) {
    it(`keeps offsets exact with ${name}`, () => {
      const doc = parseDocument(text);
      const es = doc.timeline.entries;
      assert.equal(es.length, 3);
      assert.equal(text.slice(es[0].timeStart, es[0].timeEnd), '14:51');
      assert.equal(text.slice(es[1].headStart, es[1].headEnd), 'Rollback');
      assert.equal(iso(es[0]), '2015-10-21T14:51:00.000Z');
      assert.deepEqual(run(timelineTimestamp, text), ['8:3 Timeline entry has no time of day: start it with a time such as 14:51']);
      assert.deepEqual(run(timelineOrder, text), ['9:3 14:40 is earlier than the entry above (14:51): check the time or the order']);
    });
  }

  it('never throws on invalid front matter, odd values or huge input', () => {
    const inputs = [
      '---\ndate: [unclosed\n---\n## Timeline\n\n- 14:51 x\n',
      '---\ndate: 2015-02-30\ntimezone: Mars/Base\n---\n## Timeline\n\n- 14:51 x\n',
      '---\ndate: {a: 1}\ntimezone: [1, 2]\n---\n## Timeline\n\n- 14:51 x\n',
      '## Timeline\n\n' + '- 1:'.repeat(5000),
      '## Timeline\n\n' + '| a |\n'.repeat(300),
      '## Timeline\n\n```\n14:51 in code\n```\n<!-- 14:51 in html -->\n',
    ];
    for (const text of inputs) assert.doesNotThrow(() => lint(text), text.slice(0, 40));
    const es = entriesOf(inputs[5]);
    assert.equal(es.length, 0);
  });

  it('extracts a large timeline in linear time', () => {
    const timeline = (n: number) => {
      const lines = ['## Timeline', '', 'All times UTC.', ''];
      for (let i = 0; i < n; i++) lines.push(`- ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} step ${i} at 10:30 오후 2시`);
      return lines.join('\n');
    };
    const [small, large] = [timeline(250), timeline(1000)];
    assert.equal(parseDocument(large).timeline.entries.length, 1000);
    // 4× the entries cost at most 10× the time (quadratic would be 16×), a ratio measured in this test, so a busy machine
    // does not fail it (was a wall-clock bound of 3 s on reading 1000 entries).
    const read = (t: string) => () => parseDocument(t).timeline.entries.length;
    assertGrowth('timeline extraction', read(small), read(large), { scale: 4, maxRatio: 10 });
  });
});

describe('rule: timeline-timestamp', () => {
  it('flags entries without a time on their first line, English', () => {
    const text = '## Timeline\n\nAll times UTC.\n\n- 14:51 Alert fired\n- Rolled back the release\n  - the detail is not flagged\n- Rolled back at 15:10\n';
    assert.deepEqual(run(timelineTimestamp, text), ['6:3 Timeline entry has no time of day: start it with a time such as 14:51']);
    const f = lint(text, { rules: [timelineTimestamp] }).findings[0];
    assert.equal(text.slice(f.start, f.end), 'Rolled back the release');
  });

  it('flags entries without a time, Korean, with Korean messages', () => {
    const text = '## 타임라인\n\n- 오후 2시 51분 배포\n- 롤백 완료\n| 시각 | 내용 |\n';
    // The example is written the way the document writes its times.
    assert.deepEqual(run(timelineTimestamp, text, 'ko'), ['4:3 타임라인 항목에 시각이 없습니다. 오후 2시 51분처럼 시각으로 시작하세요']);
  });

  it('says when an entry has a date but no time, English and Korean', () => {
    // Where most dated entries have a time, a dated entry without one lacks it.
    const en = '## Timeline\n\n- 2015-10-21 14:40 Deploy\n- 2015-10-21 14:51 Alert\n- 2015-10-21: Customer reports slow search\n';
    assert.deepEqual(run(timelineTimestamp, en), ['5:3 Timeline entry has a date but no time of day: add the time, such as 14:51']);
    const ko = '## 타임라인\n\n- 10월 21일 14:40 배포\n- 10월 21일 14:51 알림\n- 10월 21일 고객 문의 접수\n';
    assert.deepEqual(run(timelineTimestamp, ko, 'ko'), ['5:3 타임라인 항목에 날짜만 있고 시각이 없습니다. 14:51처럼 시각을 적으세요']);
  });

  it('flags table rows without a time', () => {
    const text = '## Timeline\n\n| Time | Event |\n|---|---|\n| 14:51 | Alert |\n| | Paged |\n';
    assert.deepEqual(run(timelineTimestamp, text), ['6:1 Timeline entry has no time of day: start it with a time such as 14:51']);
  });

  it('accepts every written form of a time (precision)', () => {
    const forms = ['14:51', '14:51:07', '2:51 PM', '2:51pm', '오후 2시 51분', '14시 51분', '오전 9시', '2015-10-21T14:51:00Z', '2015-10-21 14:51 KST', '**14:51**', '`14:51`', '_14:51_', '[14:51](https://x.example)'];
    const text = `## Timeline\n\n${forms.map((f) => `- ${f} event`).join('\n')}\n- Rolled back at 14:51\n- 담당자가 14:51에 롤백\n`;
    assert.deepEqual(run(timelineTimestamp, text), []);
  });

  it('does not look outside the timeline section', () => {
    assert.deepEqual(run(timelineTimestamp, '## Summary\n\n- No time here\n\n## Action Items\n\n- Add alerting\n'), []);
  });
});

describe('rule: timeline-order', () => {
  it('flags an entry earlier than the one above, naming both times (English)', () => {
    const text = '## Timeline (UTC)\n\n- 15:00 Deploy\n- 15:10 Rollback done\n- 15:02 Rollback started\n- 15:20 Recovered\n';
    assert.deepEqual(run(timelineOrder, text), ['5:3 15:02 is earlier than the entry above (15:10): check the time or the order']);
    const f = lint(text, { rules: [timelineOrder] }).findings[0];
    assert.equal(text.slice(f.start, f.end), '15:02');
  });

  it('flags out-of-order Korean entries with a Korean message', () => {
    const text = '## 타임라인 (KST)\n\n- 오후 3시 10분 롤백 완료\n- 오후 3시 2분 롤백 시작\n';
    assert.deepEqual(run(timelineOrder, text, 'ko'), ['4:3 오후 3시 2분: 위 항목(오후 3시 10분)보다 이른 시각입니다. 시각이나 순서를 확인하세요']);
  });

  it('compares instants across zones and dates across headings', () => {
    // 23:00 KST on the 21st is 14:00 UTC, before 14:51 UTC.
    const zones = '## Timeline (2015-10-21)\n\n- 14:51 UTC Alert\n- 23:00 KST Paged\n';
    assert.deepEqual(run(timelineOrder, zones), ['4:3 23:00 KST is earlier than the entry above (14:51 UTC): check the time or the order']);
    const days = '## Timeline (UTC)\n\n### 2015-10-22\n\n- 09:00 a\n\n### 2015-10-21\n\n- 10:00 b\n';
    assert.deepEqual(run(timelineOrder, days), ['9:3 10:00 (2015-10-21) is earlier than the entry above (09:00 (2015-10-22)): check the time or the order']);
  });

  it('accepts chronological timelines, midnight crossings, equal times and untimed entries (precision)', () => {
    const ok = [
      '## Timeline\n\n- 23:50 Deploy\n- 00:10 Alert\n- 00:30 Rollback\n',
      '## 타임라인\n\n- 오후 11시 50분 배포\n- 오전 12시 10분 알림\n',
      '## Timeline\n\n- 14:51 a\n- 14:51 b\n- no time\n- 14:52 c\n',
      '## Timeline\n\n- 2:51 PM a\n- 14:52 b\n- 오후 2시 53분 c\n',
      '## Timeline\n\n- 14:51 UTC a\n- 23:55 KST b\n',
      SEED_002,
    ];
    for (const text of ok) assert.deepEqual(run(timelineOrder, text), [], text);
  });

  it('restarts for each timeline section', () => {
    const text = '## Timeline\n\n- 15:00 a\n- 16:00 b\n\n## Summary\n\nx\n\n## 타임라인\n\n- 09:00 가\n';
    assert.deepEqual(run(timelineOrder, text), []);
  });
});

describe('rule: timeline-timezone', () => {
  it('flags a timeline with times and no zone anywhere, once, on its heading', () => {
    const text = '# X\n\n## Timeline\n\n- 14:51 Alert\n- 14:53 Paged\n';
    assert.deepEqual(run(timelineTimezone, text), [
      '3:1 Timeline times have no time zone: state it once ("All times UTC", "Timeline (KST)", front matter `timezone: UTC`) or on each entry',
    ]);
    const ko = run(timelineTimezone, SEED_002, 'ko');
    assert.equal(ko.length, 1);
    assert.ok(ko[0].startsWith('3:1 타임라인 시각에 시간대가 없습니다.'), ko[0]);
  });

  it('accepts a zone stated anywhere (precision), English and Korean', () => {
    const ok = [
      '## Timeline (UTC)\n\n- 14:51 a\n',
      '## Timeline\n\nAll times are in UTC.\n\n- 14:51 a\n',
      '## Timeline\n\n- 14:51 a\n\n_Times are PST._\n',
      '## 타임라인\n\n모든 시각은 KST 기준.\n\n- 14:51 가\n',
      '## 타임라인 (한국 시간)\n\n- 오후 2시 51분 가\n',
      '---\ntimezone: Asia/Seoul\n---\n## 타임라인\n\n- 14:51 가\n',
      '# X\n\nAll times in UTC.\n\n## Timeline\n\n- 14:51 a\n',
      '## Timeline\n\n- 14:51 UTC a\n- 14:53 b\n',
      '## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:51 | a |\n',
      '## Timeline\n\n- Rolled back\n', // no times: nothing to zone
      '## Timeline\n\n- 14:51 PST a\n- 2015-03-08 03:10 PDT b\n', // one zone across a DST change
      '## Timeline\n\n- 14:51 KST a\n- 14:52 +09:00 b\n',
    ];
    for (const text of ok) assert.deepEqual(run(timelineTimezone, text), [], text);
  });

  it('does not take passing mentions for zone statements (precision the other way)', () => {
    const cases = [
      '## Timeline\n\nThe Tokyo team (JST) joined the call a little later.\n\n- 14:51 a\n',
      '## Timeline\n\n### ET rollout\n\n- 14:51 a\n',
      '## Timeline\n\n- The PT team was paged\n- 14:51 a\n',
    ];
    for (const text of cases) assert.equal(run(timelineTimezone, text).length, 1, text);
  });

  it('flags a sub-section in another zone than the timeline states', () => {
    const text = '## Timeline (UTC)\n\n### Day 1\n\n- 14:51 a\n\n### Day 2 (KST)\n\n- 09:00 b\n';
    assert.deepEqual(run(timelineTimezone, text), ['9:3 This entry is in KST but the timeline uses UTC: write every time in one zone']);
  });

  it('flags the first entry in a different zone (entries in UTC and KST)', () => {
    const text = '## Timeline\n\n- 14:51 UTC Alert\n- 14:53 UTC Paged\n- 23:55 KST Rolled back\n- 23:58 KST Recovered\n';
    assert.deepEqual(run(timelineTimezone, text), ['5:9 This entry is in KST but the timeline uses UTC: write every time in one zone']);
    const f = lint(text, { rules: [timelineTimezone] }).findings[0];
    assert.equal(text.slice(f.start, f.end), 'KST');
  });

  it('flags an entry that differs from the stated zone, and differing offsets, Korean message', () => {
    const text = '## 타임라인\n\n모든 시각은 KST 기준\n\n- 14:51 배포\n- 05:53 UTC 알림\n';
    assert.deepEqual(run(timelineTimezone, text, 'ko'), ['6:9 이 항목은 UTC 기준인데 타임라인은 KST 기준입니다. 한 시간대로 통일하세요']);
    const offsets = '## Timeline\n\n- 2015-10-21T14:51:00+09:00 a\n- 2015-10-21T06:00:00+00:00 b\n';
    assert.deepEqual(run(timelineTimezone, offsets).length, 1);
  });
});
