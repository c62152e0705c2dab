import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { presentSectionKinds } from '../../src/core/requirements';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import { requiredSections } from '../../src/core/rules/required-sections';
import type { Rule } from '../../src/core/types';

/*
 * Session 9, structural rules on real postmortems (issue 7): the kinds behind the wrong and missed
 * structural findings of the documents drawn into dev, and the timeline shapes whose times were not
 * read (so an out-of-order entry there could not be seen). Each kind as NEW invented documents,
 * English and Korean where the kind exists in both.
 */

const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
function findings(text: string, rules: Rule[] = TIMELINE): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const kinds = (text: string) => presentSectionKinds(parseDocument(text));
const missing = (text: string) => lint(text, { rules: [requiredSections] }).findings.map((f) => f.message).join('\n');

// Kind: a 24-hour time that carries a redundant or stray AM/PM, then a zone ("13:55 PM PST", "23:00 AM MST"):
// the marker is part of the time, so the zone after it is the entry's own.
describe('structure s9: a zone after a 24-hour time with a stray AM/PM is the entry\'s own', () => {
  it('reads the zone, so a timeline with zones on every entry states its zone (EN)', () => {
    const en = '## Timeline\n\n- 13:05 PM UTC deploy of the billing worker starts\n- 14:10 PM UTC backlog alert fires\n- 15:30 PM UTC workers scaled out, backlog drains\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'UTC'], [850, 'UTC'], [930, 'UTC']]);
    assert.deepEqual(findings(en), []);
  });

  it('sees an entry in another zone, and compares it by instant (EN)', () => {
    const en = [
      '## Timeline (all times CET)',
      '',
      '16:05 PM CET: replication lag alarm on the reporting replica',
      '',
      '17:40 PM CET: replica promoted by the database team',
      '',
      '17:55 PM EET: dashboards back',
      '',
      '19:30 PM CET: old primary rebuilt',
      '',
    ].join('\n');
    // 17:55 EET is 16:55 CET, before the 17:40 CET entry above it.
    assert.deepEqual(findings(en), ['7 timeline-order', '7 timeline-timezone']);
    const swapped = en.replace('17:55 PM EET', '18:55 PM EET');
    assert.deepEqual(findings(swapped), ['7 timeline-timezone']);
  });

  it('a stray AM on a late hour keeps the hour as written ("23:10 AM" is 23:10)', () => {
    const en = '## Timeline (UTC)\n\n- 22:50 PM UTC queue depth peaks\n- 23:10 AM UTC queue drained\n- 23:40 PM UTC alert cleared\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => e.minutes), [1370, 1390, 1420]);
    assert.deepEqual(findings(en), []);
  });

  it('the Korean redundant form ("오후 13:05 KST") reads its zone too (KO)', () => {
    const ko = '## 타임라인\n\n- 오후 13:05 KST 정산 워커 배포 시작\n- 오후 14:10 KST 적체 경보 발생\n- 오후 15:30 UTC 워커 증설\n';
    assert.deepEqual(parseDocument(ko).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'KST'], [850, 'KST'], [930, 'UTC']]);
    assert.deepEqual(findings(ko), ['5 timeline-timezone']);
  });

  it('a 12-hour time keeps reading as before ("1:05 PM UTC" is 13:05)', () => {
    const en = '## Timeline\n\n- 1:05 PM UTC deploy\n- 2:10 PM UTC alert\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'UTC'], [850, 'UTC']]);
  });
});

// Kind: a chronology without a timeline heading: consecutive paragraph lines that each open with a date and a
// time of day, under a section of another name ("## Details", "## 상세"), in a document with no other timeline.
describe('structure s9: dated event lines under a section of another name are the timeline', () => {
  const en = [
    '# Search index outage',
    '',
    'The search index for the help centre stopped updating on 2025-02-03.',
    '',
    '## Details',
    '',
    '2025-02-03 08:12 : indexer stops consuming the article queue',
    '',
    '2025-02-03 08:47 : support agents report stale search results',
    '',
    '2025-02-03 09:05 : indexer restarted with a larger heap',
    '',
    '2025-02-03 09:30 : backlog of 12,000 articles reindexed',
    '',
    'Cause: the indexer ran out of heap on an oversized article.',
    '',
  ].join('\n');
  const ko = [
    '# 검색 색인 장애 안내',
    '',
    '안녕하세요. 도움말 센터 검색 결과가 갱신되지 않는 문제가 있어 안내드립니다.',
    '',
    '## 세부 내용',
    '',
    '2025년 02월 03일 08:12 : 색인기가 문서 큐 소비 중단',
    '2025년 02월 03일 08:47 : 상담원들이 오래된 검색 결과 제보',
    '2025년 02월 03일 09:05 : 힙을 늘려 색인기 재시작',
    '',
    '원인 : 과도하게 큰 문서 하나로 색인기 힙 부족',
    '',
  ].join('\n');

  it('reads them as the timeline: a missing zone is reported on the section heading (EN and KO)', () => {
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => e.minutes), [492, 527, 545, 570]);
    assert.deepEqual(findings(en), ['5 timeline-timezone']);
    // One paragraph with one event a line reads the same.
    assert.deepEqual(parseDocument(ko).timeline.entries.map((e) => e.minutes), [492, 527, 545]);
    assert.deepEqual(findings(ko), ['5 timeline-timezone']);
  });

  it('an entry dated before the one above is out of order, and the message shows both dates (EN and KO)', () => {
    const slip = en.replace('2025-02-03 09:05', '2024-02-03 09:05');
    const f = lint(slip, { rules: [timelineOrder] }).findings;
    assert.deepEqual(f.map((x) => x.line), [11]);
    assert.match(f[0].message, /09:05 \(2024-02-03\) is earlier than the entry above \(08:47 \(2025-02-03\)\)/);
    const koSlip = ko.replace('2025년 02월 03일 08:47', '2025년 01월 03일 08:47');
    assert.deepEqual(findings(koSlip, [timelineOrder]), ['8 timeline-order']);
  });

  it('counts as the timeline section for required-sections (EN and KO)', () => {
    assert.ok(kinds(en).has('timeline'));
    assert.ok(!/Timeline/.test(missing(en)), missing(en));
    assert.ok(kinds(ko).has('timeline'));
    assert.ok(!/타임라인/.test(missing(ko)), missing(ko));
  });

  it('a zone stated on the lines is used: nothing to report', () => {
    const zoned = en.replace(/(\d\d:\d\d) :/g, '$1 UTC :');
    assert.deepEqual(findings(zoned), []);
  });

  it('two dated lines are not a chronology; a line without a time breaks the run', () => {
    const two = '# T\n\n## Notes\n\n2025-02-03 08:12 : indexer stopped\n\n2025-02-03 09:30 : reindexed\n';
    assert.equal(parseDocument(two).timeline.groups.length, 0);
    assert.ok(!kinds(two).has('timeline'));
    const dayOnly = '# T\n\n## 경위\n\n2025-02-03: 색인 중단\n\n2025-02-04: 재색인\n\n2025-02-05: 완료\n';
    // (Here the heading names the timeline: the dated lines are its entries as before.)
    assert.equal(parseDocument(dayOnly).timeline.groups.length, 1);
    const broken = '# T\n\n## Notes\n\n2025-02-03 08:12 : stopped\n\nWe looked into it.\n\n2025-02-03 09:05 : restarted\n\n2025-02-03 09:30 : reindexed\n';
    assert.equal(parseDocument(broken).timeline.groups.length, 0);
  });

  it('not read when the document has a timeline, in action items, or when there are two runs', () => {
    const withTimeline = `${en}\n## Timeline\n\n- 08:12 indexer stops\n`;
    assert.deepEqual(parseDocument(withTimeline).timeline.groups.map((g) => g.section.title), ['Timeline']);
    const inActions = '# T\n\n## Follow-up\n\n2025-03-01 10:00 : add heap alert\n\n2025-03-02 10:00 : cap article size\n\n2025-03-03 10:00 : load test\n';
    assert.equal(parseDocument(inActions).timeline.groups.length, 0);
    const twoRuns = '# T\n\n## A\n\n2025-02-03 08:12 : a\n\n2025-02-03 08:13 : b\n\n2025-02-03 08:14 : c\n\n## B\n\n2025-03-03 08:12 : a\n\n2025-03-03 08:13 : b\n\n2025-03-03 08:14 : c\n';
    assert.equal(parseDocument(twoRuns).timeline.groups.length, 0);
    // A release log of dates without times of day is not read either.
    const versions = '# T\n\n## Releases\n\n2025-02-03: v1.2\n\n2025-02-10: v1.3\n\n2025-02-17: v1.4\n';
    assert.equal(parseDocument(versions).timeline.groups.length, 0);
  });
});

// Kind: a field block, "Label: value" lines written one after the other with no blank line (or joined by <br>), so
// that Markdown makes them one paragraph: every line's label names a section, not only the first one's.
describe('structure s9: every line of a field block names its section', () => {
  it('reads later field lines of one paragraph (EN, <br> and plain line breaks)', () => {
    const br = '# Build outage\n\n## Overview\n\nWhat: nightly builds failed<br>\nWhen: 2025-05-06 03:10 UTC<br>\nCustomer impact: no installer for two days<br>\nRoot cause: an expired signing key\n';
    assert.ok(kinds(br).has('impact'));
    assert.ok(kinds(br).has('root-causes'));
    const plain = '# Build outage\n\nStatus: resolved\nWho was affected: contributors merging pull requests\nAction items: rotate the key yearly (@mia)\n';
    assert.ok(kinds(plain).has('impact'));
  });

  it('reads later field lines of one paragraph (KO)', () => {
    const ko = '# 빌드 장애\n\n발생 일시: 2025-05-06 03:10\n영향 범위: 야간 빌드 이틀간 설치 파일 미생성\n원인: 서명 키 만료\n';
    assert.ok(kinds(ko).has('impact'));
    assert.ok(kinds(ko).has('root-causes'));
    assert.ok(!/영향/.test(missing(ko)), missing(ko));
  });

  it('a prose paragraph whose later line opens with a label is not a field block', () => {
    const prose = '# T\n\nThe key expired overnight and nobody noticed until the morning\nImpact: that was when contributors started asking.\n';
    assert.ok(!kinds(prose).has('impact'));
    const timed = '# T\n\nAt 14:05 the signing step failed\nImpact: contributors could not merge.\n';
    assert.ok(!kinds(timed).has('impact'));
    const ko = '# T\n\n새벽에 키가 만료되었고 아침까지 아무도 몰랐다\n영향: 그때부터 문의가 들어왔다.\n';
    assert.ok(!kinds(ko).has('impact'));
  });
});

// Kind: the section (or field) naming what users saw, the symptom, is the impact: "현상" / "오류 현상" in Korean
// notices (as "장애 현상" already was), "Symptoms" / "Customer-facing symptoms" in English.
describe('structure s9: the symptom field or heading is the impact', () => {
  it('reads the Korean symptom field as impact (KO)', () => {
    const ko = '# 로그인 오류 안내\n\n## 안내\n\n현상 : 앱 로그인 시 오류 화면 표시\n\n원인 : 인증 서버 인증서 만료\n';
    assert.ok(kinds(ko).has('impact'));
    assert.ok(kinds('# 로그인 오류\n\n## 오류 현상\n\n앱 로그인 시 오류 화면이 떴다.\n').has('impact'));
  });

  it('reads the English symptoms heading or field as impact (EN)', () => {
    assert.ok(kinds('# Login errors\n\n## Symptoms\n\nThe mobile app showed an error on sign-in.\n').has('impact'));
    assert.ok(kinds('# Login errors\n\nCustomer-facing symptoms: sign-in failed on the mobile app.\n').has('impact'));
  });

  it('a heading that only contains the word, or a symptom analysis, is not the impact', () => {
    assert.ok(!kinds('# T\n\n## 현상 분석 방법\n\n로그를 모은다.\n').has('impact'));
    assert.ok(!kinds('# T\n\n## Debugging the symptoms\n\nWe collected logs.\n').has('impact'));
  });
});

// Kind: four-digit 24-hour times ("0730"): in a column headed as times, and after a date with a colon after
// them ("2025-04-01 0251: …"). They were not read, so such a timeline had no times to compare.
describe('structure s9: four-digit times in a time column or after a date are read', () => {
  it('reads a Time column of four-digit times, and sees an entry out of order (EN)', () => {
    const en = [
      '## Timeline',
      '',
      '_All times UTC._',
      '',
      '| Time | Who | What |',
      '| --- | --- | --- |',
      '| 0915 | on-call | disk alert on the log shipper |',
      '| 0932 | on-call | old segments deleted |',
      '| 0928 | platform | shipper restarted |',
      '| 1004 | platform | backlog flushed |',
      '',
    ].join('\n');
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => e.minutes), [555, 572, 568, 604]);
    assert.deepEqual(findings(en), ['9 timeline-order']);
  });

  it('reads a 시각 column of four-digit times (KO)', () => {
    const ko = '## 대응 기록 (KST)\n\n| 시각 | 내용 |\n| --- | --- |\n| 0915 | 디스크 경보 |\n| 0932 | 오래된 세그먼트 삭제 |\n| 1004 | 적체 해소 |\n';
    assert.deepEqual(parseDocument(ko).timeline.entries.map((e) => e.minutes), [555, 572, 604]);
    assert.deepEqual(findings(ko), []);
  });

  it('one four-digit cell alone, a range or words are not read as a time', () => {
    const lone = '## Timeline (UTC)\n\n| Time | What |\n| --- | --- |\n| 2019 | the service launched |\n| later | migrated |\n';
    assert.deepEqual(parseDocument(lone).timeline.entries.map((e) => e.minutes), [undefined, undefined]);
    const range = '## Timeline (UTC)\n\n| Time | What |\n| --- | --- |\n| 0915-0930 | alert |\n| 0940-0950 | fix |\n';
    assert.deepEqual(parseDocument(range).timeline.entries.map((e) => e.minutes), [undefined, undefined]);
    // Outside a time column four digits stay numbers.
    const other = '## Timeline (UTC)\n\n| What | Count |\n| --- | --- |\n| 09:15 errors | 1200 |\n| 09:30 errors | 0800 |\n';
    assert.deepEqual(parseDocument(other).timeline.entries.map((e) => e.minutes), [555, 570]);
  });

  it('reads "date 0251: text" lines and items (EN and KO)', () => {
    const en = '## Timeline (UTC)\n\n- 2025-04-01 0251: sequencer halted\n- 2025-04-01 0258: on-call paged\n- 2025-04-01 0249: root cause found\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => e.minutes), [171, 178, 169]);
    assert.deepEqual(findings(en), ['5 timeline-order']);
    const ko = '## 타임라인 (KST)\n\n- 2025-04-01 0251: 시퀀서 중단\n- 2025-04-01 0258: 담당자 호출\n';
    assert.deepEqual(parseDocument(ko).timeline.entries.map((e) => e.minutes), [171, 178]);
    assert.deepEqual(findings(ko), []);
    // "0251:30" is not a four-digit time followed by a colon.
    assert.equal(parseDocument('## Timeline (UTC)\n\n- 2025-04-01 0251:30 halted\n').timeline.entries[0].minutes, undefined);
  });
});

describe('structure s9: a lint session gives what a fresh lint gives on these kinds', () => {
  const { createLintSession } = require('../../src/core/incremental') as typeof import('../../src/core/incremental');
  const { mulberry32 } = require('../../bench/generate') as typeof import('../../bench/generate');
  const DOCS = [
    '# Search index outage\n\nStatus: resolved\nCustomer impact: stale search\nRoot cause: heap\n\n## Details\n\n2025-02-03 08:12 : indexer stops\n\n2025-02-03 08:47 : agents report\n\n2025-02-03 09:05 : restarted\n\n## Symptoms\n\nStale results.\n\n## Follow-up\n\n- @mia caps article size\n',
    '# 검색 색인 장애\n\n발생 일시: 2025-05-06 03:10\n영향 범위: 설치 파일 미생성\n\n## 세부 내용\n\n2025년 02월 03일 08:12 : 색인 중단\n2025년 02월 03일 08:47 : 제보\n2025년 02월 03일 09:05 : 재시작\n\n현상 : 오류 화면\n\n## 대응 기록\n\n| 시각 | 내용 |\n| --- | --- |\n| 0915 | 경보 |\n| 0932 | 삭제 |\n\n- 13:05 PM UTC 배포\n- 2025-04-01 0251: 중단\n',
  ];
  const SNIPPETS = ['x', '\n', '\n\n', '- ', '2025-02-03 10:00 : ', '2024-01-01 07:00 : ', 'Impact: ', '영향: ', '<br>\n', '| 0940 | 복구 |\n', ' PM', ' AM MST', '## Timeline\n', '0251: ', '**'];
  it('after random edits, session and fresh lints agree (EN and KO)', function () {
    // Hundreds of lints: past mocha's default 10 s on a loaded machine (no time is asserted).
    this.timeout(120_000);
    const rnd = mulberry32(20261127 + 9);
    for (const original of DOCS) {
      const session = createLintSession();
      let text = original;
      for (let e = 0; e < 80; e++) {
        const at = Math.floor(rnd() * (text.length + 1));
        text = rnd() < 0.7 ? text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
        assert.deepEqual(JSON.stringify(session.lint(text).findings), JSON.stringify(lint(text).findings), `edit ${e}:\n${text}`);
      }
    }
  });
});
