import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { dottedClockTime, findTimeOfDay, placeholderTime } from '../../src/core/model/time';
import { dottedClock } from '../../src/core/model/timeline/dotted';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Rule } from '../../src/core/types';

/*
 * Session 14, structural rules on real postmortems (issue 7). Each kind as NEW invented documents, English and
 * Korean where the kind exists in both; none shares content with the corpus document that showed it.
 */

function run(text: string, rules: Rule[]) {
  return lint(text, { rules }).findings;
}
const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
const timeline = (text: string) => run(text, TIMELINE).map((f) => `${f.line} ${f.ruleId}`);

// Kind: a time written as a placeholder of dashes in the place of the digits ("--:--"), in a
// table's time cell or opening an entry, next to the forms already read as placeholders ("??:??", "xx:xx", "HH:MM",
// "1X:XX"). It was read as words in the time column (a deliberate coarse answer) and not flagged; it is a time the
// writer left to fill in, like `### 1X:XX` in issue 7, and the message says so.
// Not placeholders, and left as they were: a lone dash in a time column ("—", "-"): teams put it on rows that are not
// events at a time (a total duration, a standing condition before the incident; two dev documents judged so, no finding);
// "TBD" / "미정" in a time column: a step still to come (the rule's rationale), as before.
describe('structure s14: a dashed placeholder time is a placeholder', () => {
  it('reads --:-- as a placeholder, not as times or words', () => {
    for (const s of ['--:--', '-:--', '--:-- Vendor published the advisory', '**--:--** 공지 게시', '??:??', 'xx:xx']) assert.equal(placeholderTime(s), true, s);
    for (const s of ['14:05', '-', '—', 'TBD', '-- note --', '10-12 items']) assert.equal(placeholderTime(s), false, s);
    assert.equal(findTimeOfDay('--:--'), undefined);
  });

  it('flags table rows whose time cell is a dashed placeholder, saying it is a placeholder (EN)', () => {
    const doc = [
      '# Payment webhook retries exhausted',
      '',
      '## Timeline',
      '',
      'All times UTC.',
      '',
      '### 2024-03-02',
      '',
      '| Time | What happened |',
      '| --- | --- |',
      '| --:-- | Card processor changes its webhook signing scheme |',
      '| 06:40 | First signature failures in the webhook worker |',
      '| ??:?? | Finance notices missing settlement notices |',
      '| 09:15 | Worker patched to accept both schemes |',
      '',
    ].join('\n');
    const fs = run(doc, TIMELINE);
    assert.deepEqual(fs.map((f) => `${f.line} ${f.ruleId}`), ['11 timeline-timestamp', '13 timeline-timestamp']);
    for (const f of fs) assert.match(f.message, /placeholder/);
  });

  it('flags a dashed placeholder opening a list entry (EN) and a table row (KO)', () => {
    const en = ['## Timeline (UTC)', '', '- 11:02 Nightly export job stalls', '- --:-- Storage quota raised by the hosting team', '- 12:20 Export job resumes', ''].join('\n');
    assert.deepEqual(timeline(en), ['4 timeline-timestamp']);
    const ko = [
      '## 타임라인',
      '',
      '모든 시각은 KST 기준.',
      '',
      '| 시각 | 내용 |',
      '| --- | --- |',
      '| --:-- | 협력사가 인증서 교체 일정을 공지 |',
      '| 02:10 | 모바일 앱 로그인 실패 급증 |',
      '| 02:35 | 인증서 체인 재배포 |',
      '',
    ].join('\n');
    const fs = run(ko, TIMELINE);
    assert.deepEqual(fs.map((f) => `${f.line} ${f.ruleId}`), ['7 timeline-timestamp']);
    assert.match(lint(ko, { rules: [timelineTimestamp], locale: 'ko' }).findings[0].message, /자리표시자/);
  });

  it('offers the previous entry\'s time over a dashed placeholder, soundly (EN, KO)', () => {
    const docs = [
      ['## Timeline (UTC)', '', '| Time | Event |', '| --- | --- |', '| 06:40 | Webhook failures start |', '| --:-- | Finance notices missing notices |', '| 09:15 | Worker patched |', ''].join('\n'),
      ['## 타임라인 (KST)', '', '- 02:10 로그인 실패 급증', '- --:-- 협력사에 문의', '- 02:35 인증서 체인 재배포', ''].join('\n'),
    ];
    for (const doc of docs) {
      const f = run(doc, TIMELINE).find((x) => x.ruleId === 'timeline-timestamp');
      assert.ok(f && f.suggestions?.length === 1, doc);
      const out = applyFixes(doc, [f.suggestions![0].edits]).text;
      assert.ok(!out.includes('--:--'), out);
      assert.deepEqual(timeline(out), [], out);
    }
  });

  it('leaves a lone dash and TBD in a time column alone (a row that is no event at a time; a step to come)', () => {
    const en = [
      '## Timeline',
      '',
      '| Time (UTC) | Event |',
      '| --- | --- |',
      '| — | Disk on the primary was already 90 % full before the incident |',
      '| 04:12 | Primary stops accepting writes |',
      '| 04:31 | Old snapshots removed, writes resume |',
      '| - | Total write outage: 19 minutes |',
      '| TBD | Move snapshots to object storage |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(en), []);
    const ko = ['## 타임라인', '', '| 시각 (KST) | 내용 |', '| --- | --- |', '| — | 장애 전부터 큐 적체가 있었음 |', '| 13:05 | 알림 발송 지연 감지 |', '| 13:40 | 워커 증설 후 정상화 |', '| 미정 | 큐 모니터링 임계값 조정 |', ''].join('\n');
    assert.deepEqual(timeline(ko), []);
  });
});

// Kind: a timeline whose entries open with times written with a dot ("10.14 Email to staff …", "- 09.12 Alerts fired",
// "| 13.06 | … |"), as British and European teams write them. They were not read as times at all: a list timeline got
// one wrong "no time of day" finding per entry, a paragraph timeline was not read (so a missing zone went unreported).
// A bare "10.00" is also a number (a version, an amount, "13.06 %"), so it is read as a time only inside a timeline
// section that writes its entries that way: at least three lines open with a dotted time, more than open with a colon
// time, one of them has minutes past 12 (not day.month dates "01.07", "02.07"), and no line opens with a day.month date
// ("25.07", "12.07.2024", "12.07."). In such a timeline a dotted time after a cue word ("finished at 11.02") also counts
// for a list entry. Korean teams write "14시 05분" or "14:05"; a dotted time is rare but happens in pasted chat logs, so
// the kind is tested in Korean too.
describe('structure s14: dotted times in a timeline that writes its times with a dot', () => {
  it('reads a dotted time only where the timeline writes its times so', () => {
    assert.equal(findTimeOfDay('10.14 Email to the library staff'), undefined);
    assert.equal(dottedClockTime('10.14 Email to the library staff')?.minutes, 14);
    assert.equal(dottedClockTime('- **09.05** pager fired')?.hours, 9);
    assert.equal(dottedClockTime('2.15pm call with the vendor')?.hours, 14);
    assert.equal(dottedClockTime('13.06 % of requests failed'), undefined);
    assert.equal(dottedClockTime('12.07.2024 release'), undefined);
    assert.equal(dottedClockTime('10.00GB freed'), undefined);
    assert.equal(dottedClockTime('Rollback finished at 11.02', true)?.minutes, 2);
    assert.equal(dottedClockTime('Rollback finished at 11.02'), undefined);
    assert.equal(dottedClockTime('Upgraded to 10.25 of the driver', true), undefined);
  });

  it('decides by the section: three dotted openers, more than colon ones, not day.month dates', () => {
    assert.equal(dottedClock('09.12 a\n\n09.20 b\n\n09.41 c\n'), true);
    assert.equal(dottedClock('- 09.12 a\n- 09.20 b\n'), false); // two are not enough
    assert.equal(dottedClock('01.07 a\n02.07 b\n03.07 c\n'), false); // day.month dates (no minute past 12)
    assert.equal(dottedClock('09.12 a\n09.20 b\n09.41 c\n25.07 d\n'), false); // a day past 23: dates
    assert.equal(dottedClock('09.12 a\n09.20 b\n09.41 c\n12.07.2024 d\n'), false);
    assert.equal(dottedClock('- 09:12 a\n- 09:20 b\n- 09:41 c\n- 10:02 d\n- 10.15 release e\n- 10.16 f\n- 10.17 g\n'), false); // colon times lead
  });

  it('a list timeline with dotted times: no per-entry finding, the missing zone is reported (EN)', () => {
    const doc = [
      '# Search outage',
      '',
      '## Timeline',
      '',
      '### Tuesday 4 March',
      '',
      '- 09.12 Alerts fired for the search cluster',
      '- 09.20 On-call engineer acknowledged',
      '- 09.41 Rolled back the index change',
      '- Rollback finished at 10.02',
      '- Customers told on the status page',
      '',
    ].join('\n');
    // The untimed last item is still an entry without a time; the zone is missing once.
    assert.deepEqual(timeline(doc), ['3 timeline-timezone', '11 timeline-timestamp']);
    // With a zone note, only the untimed item remains.
    assert.deepEqual(timeline(doc.replace('### Tuesday 4 March', '### Tuesday 4 March (all times GMT)')), ['11 timeline-timestamp']);
  });

  it('a paragraph timeline with dotted times is read: its order and zone are checked (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      '**Friday 9 August**',
      '',
      '14.05 JT noticed the booking form returning errors',
      '',
      '14.22 Hosting provider confirmed a storage fault',
      '',
      '13.58 Booking service restarted on the spare node',
      '',
      '15.40 Bookings flowing again',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), ['1 timeline-timezone', '9 timeline-order']);
  });

  it('a table timeline with dotted times and a zone in the header: nothing to report (EN)', () => {
    const doc = ['## Timeline', '', '| Time (CET) | Event |', '| --- | --- |', '| 07.15 | Tram API starts timing out |', '| 07.32 | Cache node replaced |', '| 07.50 | Timeouts stop |', ''].join('\n');
    assert.deepEqual(timeline(doc), []);
  });

  it('a Korean timeline pasted from chat with dotted times (KO)', () => {
    const doc = ['## 타임라인', '', '- 22.14 결제 실패 알림 발생', '- 22.31 PG사 장애 공지 확인', '- 22.47 대체 PG로 전환', '- 23.05 결제 정상화', ''].join('\n');
    assert.deepEqual(timeline(doc), ['1 timeline-timezone']);
    assert.deepEqual(timeline(doc.replace('## 타임라인', '## 타임라인 (KST)')), []);
  });

  it('leaves numbers alone where the timeline does not write dotted times (controls)', () => {
    // Colon times with version numbers and percentages opening some lines: nothing changes.
    const versions = [
      '## Timeline (UTC)',
      '',
      '- 10:02 Agent 10.25 rolled out to canaries',
      '- 10:30 Error rate 13.06 % on canaries',
      '- 10:41 Rolled back to 10.24',
      '',
    ].join('\n');
    assert.deepEqual(timeline(versions), []);
    // A day-by-day timeline written with day.month dates ("01.07", "02.07"): not read as times of day.
    const days = ['## Zeitleiste', '', '## Timeline', '', '- 01.07 Ticket opened with the vendor', '- 02.07 Vendor asks for logs', '- 03.07 Patch received', ''].join('\n');
    assert.equal(run(days, [timelineTimezone, timelineOrder]).length, 0);
    // Amounts in a cost table under the timeline heading: no times read.
    const ko = ['## 타임라인', '', '| 항목 | 금액 |', '| --- | --- |', '| 10.50 | 추가 트래픽 비용 |', '| 12.75 | 스토리지 비용 |', ''].join('\n');
    assert.equal(run(ko, [timelineTimezone, timelineOrder]).length, 0);
  });
});

// Kind: a timeline introduced by a lead-in sentence instead of a heading ("## What happened" / "Here's the timeline, all
// times UTC:" / a list of "* 11:45, …" items), the way engineering blog posts write it. With no timeline heading it was
// not read at all: its untimed items went unreported, its zone note unread, and required-sections said "Timeline" was
// missing. Now read when the document has no other timeline: a paragraph (at most 300 characters) that names the
// timeline or the order of events and ends with a colon, right before a list of which at least three items, and at least
// half, open with a time; not in an action-items or 5-whys section; only one such list in the document.
// With it, a second kind: an item that places itself by a year or a month only ("In 2021, we changed …", "Back in March
// 2019, …", "2022년 3월에 …") is background at the grain of its year or month, not an entry missing its time.
describe('structure s14: a timeline introduced by a lead-in sentence', () => {
  it('reads the list after "Here is the timeline … :" and flags its untimed item (EN)', () => {
    const doc = [
      '# Mail relay outage',
      '',
      'Outbound mail was delayed for most customers for about an hour.',
      '',
      '## What happened',
      '',
      "Here's the timeline of the outage, all times in UTC:",
      '',
      '* In 2022, we moved the relay fleet to a shared rate limiter.',
      '* 08:03, a certificate rotation restarted every relay at once.',
      '* 08:10, queues started to grow on all relays.',
      '* Meanwhile, the on-call engineer was paged twice for unrelated disk alerts.',
      '* 08:47, relays restarted one at a time and queues drained.',
      '* 09:05, delivery times back to normal.',
      '',
      '## Impact',
      '',
      'About 40,000 messages were delayed.',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), ['12 timeline-timestamp']);
    // Without the zone in the lead-in, the missing zone is reported on the timeline.
    assert.deepEqual(timeline(doc.replace(', all times in UTC:', ':')), ['5 timeline-timezone', '12 timeline-timestamp']);
  });

  it('reads a numbered list after "The sequence of events was as follows:" (EN)', () => {
    const doc = [
      '## Details',
      '',
      'The sequence of events was as follows (times in CET):',
      '',
      '1. 21:14 Nightly billing run starts.',
      '2. 21:40 Run stalls on a locked invoice table.',
      '3. Support receives the first customer emails.',
      '4. 22:05 Lock released by hand; the run finishes at 22:30.',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), ['7 timeline-timestamp']);
  });

  it('reads the list after "타임라인은 다음과 같습니다:" and leaves a year-placed item alone (KO)', () => {
    const doc = [
      '## 상세 내용',
      '',
      '타임라인은 다음과 같습니다 (KST 기준):',
      '',
      '- 2023년에 캐시 서버를 관리형 서비스로 옮겼다.',
      '- 15:02 캐시 노드 한 대가 유지보수로 재시작됨',
      '- 15:06 API 응답 지연 알림 발생',
      '- 그 사이 고객센터 문의가 급증함',
      '- 15:31 연결 풀 설정을 되돌려 정상화',
      '',
    ].join('\n');
    assert.deepEqual(timeline(doc), ['8 timeline-timestamp']);
  });

  it('year- or month-placed items are background, a day is not (EN, KO)', () => {
    const doc = (items: string[]) => ['## Timeline (UTC)', '', '- 10:02 Deploy started', ...items.map((s) => `- ${s}`), '- 10:40 Deploy rolled back', ''].join('\n');
    for (const s of ['Back in March 2019, the queue was sharded by tenant', 'During late 2024, the team retired the old proxy', 'In June, alert thresholds were relaxed', '2022년 3월에 큐 구조를 바꿨다', '2020년 말, 프록시를 교체했다']) {
      assert.deepEqual(timeline(doc([s])), [], s);
    }
    for (const s of ['Support escalated the ticket', '고객 문의 급증']) assert.deepEqual(timeline(doc([s])), ['4 timeline-timestamp'], s);
  });

  it('controls: no times in the list, a work section, a document with a timeline heading', () => {
    // A plan told after "Our timeline for the fix:": no times, not a timeline.
    const plan = ['## Next steps', '', 'Our timeline for the fix:', '', '- Patch the parser', '- Add a regression test', '- Release 2.4.1', ''].join('\n');
    assert.deepEqual(timeline(plan), []);
    // A lead-in inside the action items: not the timeline.
    const work = ['## Action items', '', 'Timeline of the follow-ups:', '', '- 10:00 review the runbook', '- 11:00 test the failover', '- 12:00 write the report', ''].join('\n');
    assert.deepEqual(timeline(work), []);
    // A document with a timeline section: that section is the timeline; the lead-in list elsewhere is not read.
    const both = [
      '## Timeline (UTC)',
      '',
      '- 09:00 Alert',
      '- 09:30 Fixed',
      '',
      '## Background',
      '',
      'For the record, the timeline of the earlier migration:',
      '',
      '- 2021: first cluster moved',
      '- 08:00 second cluster moved',
      '- 09:00 third cluster moved',
      '- 10:00 fourth cluster moved',
      '- The old hosts were kept for a month',
      '',
    ].join('\n');
    assert.deepEqual(timeline(both), []);
  });
});

// Tried and dropped this session: in a timeline told as paragraphs that open with a time under day labels ("### 2019-03-04"
// / "**09:12** …"), reading an untimed paragraph that is a day's only block between two day labels as that day's entry
// without its time. It found the two dev misses it was read from (first run, seven draws: timeline-timestamp 20/1/2 ->
// 22/1/0) but brought 4 WRONG findings and no right one on the blind holdout (`npm run bench:realworld`, figures only:
// holdout timeline-timestamp 6 / 8 / 8 -> 6 / 12 / 8): judges read such day paragraphs as prose. Not kept.
