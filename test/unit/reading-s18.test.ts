// Reading of document structure, session 18 (issue 7). Every document here is new, invented for its kind (other subjects,
// systems and people than the corpus documents that showed it), in English and Korean, with controls.
//
// Kind 1, five whys written as review questions: a question block ("1. Why did …?" as a one-item list, a "**Why …?**"
//   paragraph, or a "### Why …?" sub-heading under a heading that says 5 whys) answered by the blocks under it, up to the
//   next question, is a why-step with that answer; two or more answered questions make a chain. A lone question, or
//   questions with nothing under them, are still "no answers yet"; an unmarked chain is still flagged unless the document
//   names its root cause in its own place, which now includes a "## Root Cause Analysis" / "## 근본 원인 분석" section
//   apart from the chain (the golden fixture's chain inside such a section stays flagged).
// Kind 2, timeline-timezone: a timeline in "Z" with a note "In UTC because why not" above it uses UTC; a front-matter
//   publication date with an offset ("date: …-04:00") only hints at the zone (ranked like a time mentioned elsewhere), so
//   entries in another, consistent zone are not "mixed"; entries that really mix zones still are.
// Kind 3, ownerless plans told in prose or as bare items (see the describe blocks below).
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { parseDocument } from '../../src/core/model/document';
import { whyChains } from '../../src/core/model/fiveWhys';

const lines = (...ls: string[]) => [...ls, ''].join('\n');
const findings = (text: string, rule: string, locale: 'en' | 'ko' = 'en') =>
  lint(text, { locale }).findings.filter((f) => f.ruleId === rule);
const found = (text: string, rule: string, locale: 'en' | 'ko' = 'en'): number[] => findings(text, rule, locale).map((f) => f.line);
const chains = (text: string) => {
  const doc = parseDocument(text);
  return doc.fiveWhys.flatMap((t) => whyChains(t.roots)).map((c) => c.map((n) => `${doc.lines.position(n.start).line}:${n.text.split('\n')[0]}`));
};

const qaEn = [
  '# Search index lag', '',
  '## 5 Whys', '',
  '1. Why were search results an hour stale?', '',
  'The indexer stopped consuming the change feed at 02:10.', '',
  '1. Why did the indexer stop?', '',
  'It ran out of file handles while merging segments.', '',
  'We saw the limit hit in the container logs.', '',
  '1. Why did it run out of file handles?', '',
  'The handle limit was left at the base image default of 1024.', '',
];

describe('reading (session 18): five whys written as review questions', () => {
  it('reads one-item question lists answered by the paragraphs under them as one chain (EN)', () => {
    const text = lines(...qaEn);
    assert.deepEqual(chains(text), [[
      '5:The indexer stopped consuming the change feed at 02:10.',
      '9:It ran out of file handles while merging segments.',
      '15:The handle limit was left at the base image default of 1024.',
    ]]);
    // No root cause anywhere: one finding on the first question, not "no answers yet" per question.
    const f = findings(text, 'five-whys-root-cause');
    assert.deepEqual(f.map((x) => x.line), [5]);
    assert.match(f[0].message, /3 levels/);
    // The fix marks the last answer; then the chain is clean.
    const fixed = applyFixes(text, [f[0].suggestions![0].edits]).text;
    assert.ok(fixed.includes('default of 1024. (root cause)') || fixed.includes('default of 1024 (root cause)'), fixed);
    assert.deepEqual(found(fixed, 'five-whys-root-cause'), []);
  });

  it('reads a root-cause marker written in an answer (EN)', () => {
    const text = lines(...qaEn.slice(0, -2), 'The handle limit was left at the base image default of 1024 (root cause).', '');
    assert.deepEqual(found(text, 'five-whys-root-cause'), []);
  });

  it('is not asked to mark the chain when the document names its root cause in a section of its own (EN)', () => {
    const withSection = lines(...qaEn, '## Root Cause Analysis', '', '1. The indexer inherited a file-handle limit too low for segment merges.', '');
    assert.deepEqual(found(withSection, 'five-whys-root-cause'), []);
    const withCause = lines(...qaEn, '## Root cause', '', 'A file-handle limit too low for segment merges.', '');
    assert.deepEqual(found(withCause, 'five-whys-root-cause'), []);
  });

  it('reads "**Why …?**" paragraphs and "### Why …?" sub-headings with answers under them (EN)', () => {
    const bold = lines('# Payroll export failed', '', '## Whys', '',
      '**Why was the payroll file rejected?**', '', 'The bank gateway refused a file with a duplicate batch number.', '',
      '**Why was the batch number duplicated?**', '', 'The exporter reset its counter after the container restarted.', '');
    assert.deepEqual(chains(bold).map((c) => c.length), [2]);
    assert.deepEqual(found(bold, 'five-whys-root-cause'), [5]);
    const headed = lines('# Payroll export failed', '', '## Five Whys', '',
      '### Why was the payroll file rejected?', '', 'The bank gateway refused a file with a duplicate batch number.', '',
      '### Why was the batch number duplicated?', '',
      '- The exporter kept its counter in memory.', '- The container restarted at midnight.', '');
    assert.deepEqual(chains(headed).map((c) => c.length), [2]);
    const f = findings(headed, 'five-whys-root-cause');
    assert.deepEqual(f.map((x) => x.line), [5]);
    const fixed = applyFixes(headed, [f[0].suggestions![0].edits]).text;
    assert.deepEqual(found(fixed, 'five-whys-root-cause'), [], fixed);
  });

  it('reads Korean review questions ("1. 왜 …인가?", "### 왜 …?") the same way (KO)', () => {
    const listed = lines('# 정산 배치 지연', '', '## 5 Whys', '',
      '1. 왜 정산 배치가 세 시간 늦게 끝났는가?', '', '배치가 잠금 대기로 40분마다 재시작되었다.', '',
      '1. 왜 잠금 대기가 생겼는가?', '', '같은 테이블을 읽는 보고서 작업이 같은 시각에 실행되었다.', '',
      '1. 왜 두 작업이 같은 시각에 실행되었는가?', '', '일정표가 서로 다른 저장소에 있어 겹침을 아무도 볼 수 없었다.', '');
    assert.deepEqual(chains(listed).map((c) => c.length), [3]);
    const f = findings(listed, 'five-whys-root-cause', 'ko');
    assert.deepEqual(f.map((x) => x.line), [5]);
    const fixed = applyFixes(listed, [f[0].suggestions![0].edits]).text;
    assert.ok(fixed.includes('(근본 원인)'), fixed);
    assert.deepEqual(found(fixed, 'five-whys-root-cause', 'ko'), []);
    // A cause section of its own: not asked to mark the chain.
    assert.deepEqual(found(lines(listed, '## 근본 원인', '', '배치 일정이 한곳에서 관리되지 않았다.', ''), 'five-whys-root-cause', 'ko'), []);
    assert.deepEqual(found(lines(listed, '## 근본 원인 분석', '', '배치 일정이 한곳에서 관리되지 않았다.', ''), 'five-whys-root-cause', 'ko'), []);
    const headed = lines('# 정산 배치 지연', '', '## 왜 5번', '',
      '### 왜 정산 배치가 늦게 끝났나?', '', '배치가 잠금 대기로 재시작되었다.', '',
      '### 왜 잠금 대기가 생겼나?', '', '보고서 작업이 같은 테이블을 같은 시각에 읽었다.', '');
    assert.deepEqual(chains(headed).map((c) => c.length), [2]);
    assert.deepEqual(found(headed, 'five-whys-root-cause', 'ko'), [5]);
  });

  it('controls: a lone question, questions without answers, and a chain that stops at a person are still flagged', () => {
    // A lone question: still "no answers yet".
    const lone = lines('# Cache went cold', '', '## 5 Whys', '', '1. Why did the cache go cold?', '', '## Action items', '', '- Warm the cache on deploy (@lee)', '');
    const f = findings(lone, 'five-whys-root-cause');
    assert.deepEqual(f.map((x) => x.line), [5]);
    assert.match(f[0].message, /no answers yet/);
    // One answered question is not a chain of review questions: read as before.
    const one = lines('# Cache went cold', '', '## 5 Whys', '', '1. Why did the cache go cold?', '', 'The warm-up job was removed.', '');
    assert.match(findings(one, 'five-whys-root-cause')[0].message, /no answers yet/);
    const loneKo = lines('# 캐시 초기화', '', '## 5 Whys', '', '1. 왜 캐시가 비었는가?', '', '## 후속 조치', '', '- 배포 시 캐시 예열 (@lee)', '');
    assert.equal(findings(loneKo, 'five-whys-root-cause', 'ko').length, 1);
    // Answers that end at a person, no root cause stated anywhere: the chain is still unmarked and flagged.
    const person = lines('# Certificate expired', '', '## 5 Whys', '',
      '1. Why did the API reject every client?', '', 'Its TLS certificate had expired overnight.', '',
      '1. Why had the certificate expired?', '', 'Because Priya did not renew it.', '');
    assert.deepEqual(found(person, 'five-whys-root-cause'), [5]);
    // Question sub-headings under a heading that does not say 5 whys are an explanation, not a chain.
    assert.deepEqual(chains(lines('# X', '', '## Root Cause Analysis', '', '### Why did the deploy fail?', '', 'The image was missing.', '',
      '### Why was it missing?', '', 'The registry purged it.', '')), []);
    assert.deepEqual(chains('# X\n\n## 원인 분석\n\n### 왜 문제가 발생했는가?\n\n- 데이터 증가\n- 모니터링 부족\n'), []);
    // A question answered on its own line ("Why …? Because …") stays what it was.
    assert.deepEqual(chains(lines('# X', '', '## 5 Whys', '', '- The cache went cold', '  - Why? The warm-up job was removed', '')).map((c) => c.length), [2]);
  });

  it('controls: a "## Root Cause Analysis" section that holds the chain itself states nothing apart from it', () => {
    const inside = lines('# Queue stall', '', '## Root Cause Analysis', '', 'We asked why until we reached a cause.', '',
      '1. Why did the queue stall?', '', 'The consumer crashed on a malformed message.', '',
      '1. Why did a malformed message crash it?', '', 'The parser had no error handling for empty bodies.', '');
    assert.deepEqual(found(inside, 'five-whys-root-cause'), [7]);
  });
});

describe('reading (session 18): a timeline in Z / UTC is not mixed with a publication date\'s offset', () => {
  const zTimeline = [
    '## Timeline', '', 'In UTC because why not', '',
    '- 2026-03-02 22:40Z - Replication lag alert fires on the standby.', '',
    '- 2026-03-02 23:05Z - The standby is rebuilt from a fresh snapshot.', '',
    '- 2026-03-03 00:10Z - Lag back under one second.', '',
  ];
  it('reads "In UTC because why not" as the timeline\'s zone and Z as UTC (EN)', () => {
    const text = lines('---', 'title: Standby lag', 'date: 2026-03-10T18:02:11-05:00', '---', '', '# Standby lag', '', ...zTimeline);
    assert.deepEqual(found(text, 'timeline-timezone'), []);
    const doc = parseDocument(text);
    assert.equal(doc.timeline.groups[0].zoneSource, 'section');
  });

  it('does not take a publication date\'s offset as the zone entries must use (EN and KO)', () => {
    const noNote = lines('---', 'date: 2026-03-10T18:02:11-05:00', '---', '', '# Standby lag', '', ...zTimeline.filter((l) => !l.startsWith('In UTC')));
    assert.deepEqual(found(noNote, 'timeline-timezone'), []);
    const ko = lines('---', 'date: 2026-03-10T18:02:11+09:00', '---', '', '# 복제 지연', '', '## 타임라인', '',
      '- 2026-03-02 13:40Z 복제 지연 알림 발생', '- 2026-03-02 14:05Z 스탠바이 재구성', '- 2026-03-02 15:10Z 지연 해소', '');
    assert.deepEqual(found(ko, 'timeline-timezone', 'ko'), []);
    // With no zone on the entries, the publication offset still says which zone they are read in (no "no zone" finding).
    const bare = lines('---', 'date: 2026-03-10T18:02:11-05:00', '---', '', '# Standby lag', '', '## Timeline', '', '- 22:40 Alert fires', '- 23:05 Standby rebuilt', '');
    assert.deepEqual(found(bare, 'timeline-timezone'), []);
  });

  it('controls: entries that really mix zones are still flagged; a start time with its offset still states the zone', () => {
    const mixed = lines('---', 'date: 2026-03-10T18:02:11-05:00', '---', '', '# Standby lag', '', '## Timeline', '',
      '- 22:40Z Alert fires', '- 23:05 UTC Standby rebuilt', '- 19:10 EST Lag cleared', '');
    assert.deepEqual(found(mixed, 'timeline-timezone'), [11]);
    const started = lines('---', 'start: 2026-03-02T22:40:00+09:00', '---', '', '# 복제 지연', '', '## 타임라인', '',
      '- 13:40 UTC 복제 지연 알림 발생', '- 14:05 UTC 스탠바이 재구성', '');
    assert.deepEqual(found(started, 'timeline-timezone', 'ko'), [9]);
    // "In UTC+2 land it was night" is a sentence, not a note naming UTC.
    const sentence = lines('# X', '', '## Timeline', '', 'In UTC+2 land it was night.', '', '- 22:40 UTC Alert fires', '- 23:05 CET Rebuilt', '');
    assert.deepEqual(found(sentence, 'timeline-timezone'), [8]);
  });
});

// Kind 3, ownerless plans told in prose or as bare items:
//   a) a lead-in that presents the list as the actions ("Here are some actions:", "조치 사항은 다음과 같습니다:") over
//      a list, even under a lessons heading: the items are action items. Items that say they are already in place are
//      closed: a later sentence of what the thing already did ("This alert has already paid off", "이 알림은 이미 …
//      잡아냈습니다"), or the thing to make linked as the object ("Create and publish a [chart](…)", "[차트](…) 작성").
//   b) a follow-up section told in prose: "Going forward recommend / I would like to …", "we have refocused to …",
//      "We are investigating replacing …", "we need an …", "… still a TODO" (Korean: "… 검토하고 있습니다", "… 필요합니다",
//      "아직 TODO"); the paragraph's first sentence may be context. Headings "What We're Doing", "How can we prevent this
//      from happening again?", "재발을 어떻게 막을 수 있을까?" are follow-up headings; a lessons heading that also names the
//      follow-up ("Lessons Learned Follow-Up Steps", "교훈 및 후속 조치") is read for prose plans too.
const items = (text: string) => parseDocument(text).actionItems.map((a) => `${parseDocument(text).lines.position(a.start).line}${a.done ? ' done' : ''}`);

describe('reading (session 18): ownerless plans as bare items after "Here are some actions:"', () => {
  it('reads the list under the lead-in, closing items that say they are in place (EN)', () => {
    const text = lines('# Invoice emails delayed', '', '### Lessons', '',
      'We met twice after the incident to decide what to change. Here are some actions:', '',
      '- Create and publish a [dashboard](https://grafana.example.org/d/invoice-queue) of invoice queue depth.', '',
      '- Page the on-call when the queue is older than ten minutes. This page has already paid off once, during a slow deploy.', '',
      '- Write down the steps to drain the queue by hand.', '',
      '- Find a sturdier way to fail over the queue database.', '');
    assert.deepEqual(items(text), ['7 done', '9 done', '11', '13']);
    assert.deepEqual(found(text, 'action-item-owner'), [11, 13]);
  });

  it('reads the Korean lead-in the same way (KO)', () => {
    const text = lines('# 청구 메일 지연', '', '## 교훈', '',
      '사고 후 두 번 모여 바꿀 점을 정했습니다. 조치 사항은 다음과 같습니다:', '',
      '- 청구 대기열 길이 [대시보드](https://grafana.example.org/d/invoice-queue) 작성 및 공개', '',
      '- 대기열이 10분 넘게 밀리면 당번 호출. 이 호출은 이미 느린 배포 중에 한 번 지연을 잡아냈습니다.', '',
      '- 대기열 수동 처리 절차 문서화', '');
    assert.deepEqual(items(text), ['7 done', '9 done', '11']);
    assert.deepEqual(found(text, 'action-item-owner', 'ko'), [11]);
  });

  it('controls: past, advice and ticket links stay as they were', () => {
    // The actions taken (past): a report, not open work.
    assert.deepEqual(found(lines('# X', '', '## Lessons', '', 'Here are the actions we took:', '', '- Restarted the queue workers', '- Purged the stuck invoices', ''), 'action-item-owner'), []);
    // Actions for readers.
    assert.deepEqual(items(lines('# X', '', '## Lessons', '', 'Here are some actions you can take:', '', '- Rotate your API token', '')), []);
    // A ticket link is the work's tracker, not the thing made; an old mechanism's past is no report of this item.
    const open = lines('# X', '', '## Lessons', '', 'Here are some actions:', '',
      '- Create a [ticket](https://tracker.example.org/issues/812) to move the queue to its own database.', '',
      '- Replace the queue alert. Our old alert has already fired twice without anyone noticing.', '');
    assert.deepEqual(items(open), ['7', '9']);
    assert.deepEqual(items(lines('# X', '', '## 교훈', '', '취한 조치는 다음과 같습니다:', '', '- 큐 워커 재시작', '')), []);
  });
});

describe('reading (session 18): ownerless plans told in prose under a follow-up heading', () => {
  it('reads "Going forward recommend …" after a sentence of context (EN)', () => {
    const text = lines('# Mail relay rejected', '', '## Resolution', '', 'The SPF record was restored.', '', '## Prevention', '',
      'This happened while trimming old DNS entries. Going forward recommend a lookup of every sending host before a record is removed.', '');
    assert.deepEqual(found(text, 'action-item-owner'), [9]);
  });

  it('reads under-way work and needs: "we have refocused to …", "we need an …", "still a TODO" (EN)', () => {
    const refocused = lines('# Build farm outage', '', "## What We're Doing", '',
      'With the builders back, we have refocused on adding capacity alarms to every build host.', '');
    assert.deepEqual(found(refocused, 'action-item-owner'), [5]);
    const mixed = lines('# Wiki went read-only', '', '## How can we prevent this from happening again?', '',
      'A disk alarm has been set up on the wiki host. Paging for it is still a TODO. Then, we need an outside probe that loads the front page.', '');
    assert.deepEqual(found(mixed, 'action-item-owner'), [5]);
  });

  it('reads prose plans under a lessons heading that also names the follow-up (EN)', () => {
    const text = lines('# Chat server lost its volumes', '', '# Lessons Learned and Next Steps', '',
      'Going forward I would like to check that every service is up after a host reboot. We are investigating replacing the storage plugin.', '');
    assert.deepEqual(found(text, 'action-item-owner'), [5]);
  });

  it('reads the Korean mirrors (KO)', () => {
    const needs = lines('# 메일 릴레이 거부', '', '## 재발 방지', '', '이번 일은 오래된 DNS 레코드를 정리하다가 생겼습니다. 레코드 삭제 전에 발신 호스트를 조회하는 절차가 필요합니다.', '');
    assert.deepEqual(found(needs, 'action-item-owner', 'ko'), [5]);
    const underWay = lines('# 채팅 서버 볼륨 유실', '', '## 교훈 및 후속 조치', '', '호스트 재부팅 후 모든 서비스가 올라왔는지 확인하는 점검을 검토하고 있습니다.', '');
    assert.deepEqual(found(underWay, 'action-item-owner', 'ko'), [5]);
    const todo = lines('# 위키 읽기 전용', '', '## 재발을 어떻게 막을 수 있을까?', '', '디스크 알림은 설정했습니다. 호출 연동은 아직 TODO입니다.', '');
    assert.deepEqual(found(todo, 'action-item-owner', 'ko'), [5]);
  });

  it('controls: a relative clause, advice to readers, and a plain lessons section are not plans', () => {
    // "… which we are now focusing on fixing" is not the paragraph's plan; the first paragraph is one.
    const rel = lines('# X', '', "## What We're Doing", '', 'Our neglect of disk alarms left a gap which we are now focusing on fixing.', '');
    assert.deepEqual(found(rel, 'action-item-owner'), []);
    const advice = lines('# X', '', '## Prevention', '', 'Going forward we recommend that operators pin the relay version in their configuration.', '');
    assert.deepEqual(found(advice, 'action-item-owner'), []);
    const lessons = lines('# X', '', '## Lessons Learned', '', 'Going forward I would like to check every service after a reboot.', '');
    assert.deepEqual(found(lessons, 'action-item-owner'), []);
    const koLessons = lines('# X', '', '## 교훈', '', '재부팅 후 서비스 점검을 검토하고 있습니다.', '');
    assert.deepEqual(found(koLessons, 'action-item-owner', 'ko'), []);
  });
});
