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
 * Session 8, structural rules on real postmortems (issue 7): the kinds behind the wrong structural
 * findings of the documents drawn into dev, each as NEW invented documents, English and Korean.
 */

const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
function findings(text: string, rules: Rule[] = TIMELINE): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const kinds = (text: string) => presentSectionKinds(parseDocument(text));

describe('structure s8: a timeline told in paragraphs with the time inside the sentence', () => {
  it('reads a list between two timed paragraphs as details of the story, not untimed entries (EN)', () => {
    const en = [
      '## Timeline',
      '',
      'At 09:12 UTC the nightly compaction job started on the cache cluster.',
      '',
      'At 09:40 UTC the on-call engineer saw that three nodes had stopped answering and decided that',
      '',
      '1. the compaction had to be paused on every node;',
      '2. the stuck nodes would be drained first;',
      '3. clients would be pointed at the warm standby.',
      '',
      'Around 10:05 UTC the standby took the traffic and error rates fell back to normal.',
      '',
    ].join('\n');
    assert.deepEqual(findings(en), []);
  });

  it('reads a list between two timed paragraphs as details of the story (KO)', () => {
    const ko = [
      '## 장애 경과',
      '',
      '오전 작업이 끝난 뒤 약 11시 20분에 배치 서버의 디스크 사용률이 95%를 넘었다.',
      '',
      '담당자가 확인해 보니 다음 세 가지가 겹쳐 있었다.',
      '',
      '- 로그 순환 설정이 빠진 서버',
      '- 임시 파일을 지우지 않는 배치',
      '- 용량 경보 임계치가 너무 높음',
      '',
      '이후 12시 5분에 임시 파일을 정리하고 배치를 다시 시작했다.',
      '',
    ].join('\n');
    assert.deepEqual(findings(ko), []);
  });

  it('still reports an untimed list when no paragraph around it carries a time (EN and KO)', () => {
    const en = '## Timeline\n\nThe outage unfolded as follows.\n\n- Alert fired\n- Rolled back\n\nIt was over soon after.\n';
    assert.deepEqual(findings(en), ['5 timeline-timestamp', '6 timeline-timestamp']);
    const ko = '## 타임라인\n\n장애는 다음과 같이 진행되었다.\n\n- 경보 발생\n- 롤백\n\n곧 정상화되었다.\n';
    assert.deepEqual(findings(ko), ['5 timeline-timestamp', '6 timeline-timestamp']);
  });

  it('still reports an untimed list after the last timed paragraph (EN and KO)', () => {
    const en = '## Timeline\n\nAt 09:12 UTC the job started.\n\nAt 09:40 UTC the nodes stopped.\n\n- Drained the nodes\n- Restarted the job\n';
    assert.deepEqual(findings(en), ['7 timeline-timestamp', '8 timeline-timestamp']);
    const ko = '## 타임라인\n\n약 9시 12분에 작업이 시작되었다.\n\n이후 9시 40분에 노드가 멈췄다.\n\n- 노드 격리\n- 작업 재시작\n';
    assert.deepEqual(findings(ko), ['7 timeline-timestamp', '8 timeline-timestamp']);
  });

  it('keeps timed list entries as they were (a timed list is the timeline)', () => {
    const en = '## Timeline (UTC)\n\nAt 09:00 the deploy began.\n\n- 09:12 alert fired\n- Rolled back\n\nAt 10:00 all was well.\n';
    assert.deepEqual(findings(en), ['6 timeline-timestamp']);
  });
});

describe('structure s8: sections by meaning', () => {
  it('a bare label line over a list names its section (EN and KO)', () => {
    const en = '# Cache outage\n\n## Summary\n\nThe cache was down.\n\nFollow-up actions\n- @dana adds an expiry alert\n- @lee documents the renewal\n';
    assert.ok(kinds(en).has('action-items'));
    const ko = '# 캐시 장애\n\n## 개요\n\n캐시가 멈췄다.\n\n재발 방지 대책\n- @dana 만료 경보 추가\n- @lee 갱신 절차 문서화\n';
    assert.ok(kinds(ko).has('action-items'));
  });

  it('a short line that only mentions a section word, or is not followed by a list, is not a label', () => {
    assert.ok(!kinds('# T\n\nWe took some actions quickly\n- restarted\n').has('action-items'));
    assert.ok(!kinds('# T\n\nAction Items\n\nNone were needed.\n').has('action-items'));
    assert.ok(!kinds('# T\n\n후속 조치가 필요했다\n- 재시작\n').has('action-items'));
  });

  it('"Leadup" / "Lead-up" is the timeline (EN), "사건 전개" / "장애 전개" (KO)', () => {
    const en = '# Queue outage\n\n## :warning: Leadup\n\n- **02:10 UTC:** the queue filled up\n- **02:30 UTC:** paged\n';
    assert.ok(kinds(en).has('timeline'));
    assert.deepEqual(findings(en), []);
    assert.ok(kinds('# Q\n\n## The lead-up\n\n- 02:10 UTC queue full\n').has('timeline'));
    const ko = '# 큐 장애\n\n## 3. 사건 전개\n\n- 02:10 KST 큐 가득 참\n- 02:30 KST 호출\n';
    assert.ok(kinds(ko).has('timeline'));
    assert.ok(kinds('# 큐 장애\n\n## 장애 전개 과정\n\n- 02:10 KST 큐 가득 참\n').has('timeline'));
  });

  it('a section whose sub-headings are all horizons is the action items (EN and KO)', () => {
    const en = '# Disk outage\n\n## What we will do\n\n### Immediate\n\n1. Clean the temp dir\n\n### Short-term fixes\n\n2. Add a disk alert\n\n### Long-term\n\n3. Move logs to object storage\n';
    assert.ok(kinds(en).has('action-items'));
    const ko = '# 디스크 장애\n\n## 5. 적용 순서\n\n### 🔥 긴급 (당일)\n\n1. 임시 파일 삭제\n\n### 📌 단기 (1주)\n\n2. 디스크 경보 추가\n\n### 📌 장기\n\n3. 로그 저장소 이전\n';
    assert.ok(kinds(ko).has('action-items'));
    const clean = lint(ko, { rules: [requiredSections] }).findings.map((f) => f.message);
    assert.ok(!clean.some((m) => m.includes('재발 방지 대책')), clean.join('\n'));
  });

  it('horizon sub-headings under a named section, or mixed with other sub-headings, do not add action items', () => {
    // Under "Resolution" they tell how it was fixed.
    assert.ok(!kinds('# T\n\n## Resolution\n\n### Immediate\n\nRestarted.\n\n### Long-term\n\nMoved.\n').has('action-items'));
    assert.ok(!kinds('# T\n\n## Options\n\n### Immediate\n\nRestart.\n\n### Option B: rewrite\n\nRewrite.\n').has('action-items'));
    assert.ok(!kinds('# T\n\n## 방안\n\n### 단기\n\n재시작\n\n### 방안 B\n\n재작성\n').has('action-items'));
  });
});

describe('structure s8: the zone written before the time is read by the clock', () => {
  // Imported here so that the section above stays about the model.
  const { findTimeOfDay, formatTimelineTime } = require('../../src/core/model/time') as typeof import('../../src/core/model/time');
  const { incidentMetrics } = require('../../src/core/metrics') as typeof import('../../src/core/metrics');

  it('gives the time its zone, written before it (EN and KO forms)', () => {
    const en = findTimeOfDay('UTC 14:05 the alert fired');
    assert.equal(en?.zone?.zone.label, 'UTC');
    assert.equal(en?.leading, true);
    assert.equal(en?.style.zoneBefore, true);
    const bracket = findTimeOfDay('[KST 09:40] 알림 발생');
    assert.equal(bracket?.zone?.zone.label, 'KST');
    assert.equal(bracket?.leading, true);
    const ko = findTimeOfDay('KST 오후 3시 10분 배포 시작');
    assert.equal(ko?.zone?.zone.label, 'KST');
    assert.equal(ko?.hours, 15);
    assert.equal(findTimeOfDay('_09:40 UTC_ paged')?.zone?.zone.label, 'UTC');
    // Words that are not zones stay words.
    assert.equal(findTimeOfDay('at 14:05 rolled back')?.zone, undefined);
    assert.equal(findTimeOfDay('ETA 14:05 for the fix')?.zone, undefined);
    assert.equal(findTimeOfDay('DB 14:05 복구')?.zone, undefined);
  });

  it('writes a time the way such a timeline writes it ("UTC 14:51")', () => {
    const at = new Date(Date.UTC(2000, 0, 1, 14, 51));
    assert.equal(formatTimelineTime(at, { zone: 'UTC', style: { clock: '24h', zone: true, zoneBefore: true, zoneLabel: 'UTC' } }), 'UTC 14:51');
    assert.equal(formatTimelineTime(at, { zone: 'KST', style: { clock: 'ko12', zone: true, zoneBefore: true, zoneLabel: 'KST' } }), 'KST 오후 11시 51분');
  });

  it('the mixed-zone check sees zones written before the time (EN and KO)', () => {
    const en = '## Timeline\n\n- UTC 14:05 alert fired\n- UTC 14:20 paged the on-call\n- PST 06:40 rolled back\n';
    assert.deepEqual(findings(en, [timelineTimezone]), ['5 timeline-timezone']);
    const ko = '## 타임라인\n\n- KST 오후 2시 5분 알림 발생\n- KST 오후 2시 20분 담당자 호출\n- UTC 05:40 롤백\n';
    assert.deepEqual(findings(ko, [timelineTimezone]), ['5 timeline-timezone']);
    // One zone throughout, written before every time: nothing to report.
    assert.deepEqual(findings('## Timeline\n\n- UTC 14:05 alert\n- UTC 14:20 paged\n', [timelineTimezone]), []);
    assert.deepEqual(findings('## 타임라인\n\n- [KST 14:05] 알림\n- [KST 14:20] 호출\n', [timelineTimezone]), []);
  });

  it('a paragraph line that opens with the zone and then the time is an entry (EN and KO)', () => {
    const en = parseDocument('## Timeline\n\nUTC 14:05 alert fired\nUTC 14:20 paged\n');
    assert.deepEqual(en.timeline.entries.map((e) => [e.minutes, e.zone]), [[845, 'UTC'], [860, 'UTC']]);
    const ko = parseDocument('## 타임라인\n\nKST 14:05 알림 발생\nKST 14:20 호출\n');
    assert.deepEqual(ko.timeline.entries.map((e) => [e.minutes, e.zone]), [[845, 'KST'], [860, 'KST']]);
  });

  it('the metrics compare times whose zones are written before them', () => {
    const doc = parseDocument(
      '## Timeline (2026-03-02)\n\n- UTC 14:00 impact started when the deploy went out\n- KST 23:10 [detected] alert fired\n- UTC 14:40 [resolved] all clear\n',
    );
    const m = incidentMetrics(doc);
    // 23:10 KST is 14:10 UTC: ten minutes to detect, forty to resolve.
    assert.equal(m.durations.timeToDetect?.minutes, 10);
    assert.equal(m.durations.timeToResolve?.minutes, 40);
  });

  it('the previous entry\'s time is copied with its zone before it (EN and KO)', () => {
    const en = '## Timeline\n\n- UTC 14:05 alert fired\n- paged the on-call\n';
    const f = lint(en, { rules: [timelineTimestamp] }).findings[0];
    const edit = f.suggestions[0].edits[0];
    const out = en.slice(0, edit.start) + edit.newText + en.slice(edit.end);
    assert.equal(out.split('\n')[3], '- UTC 14:05 paged the on-call');
    assert.deepEqual(findings(out), []);
    const ko = '## 타임라인\n\n- [KST 14:05] 알림 발생\n- 담당자 호출\n';
    const g = lint(ko, { rules: [timelineTimestamp] }).findings[0];
    const e2 = g.suggestions[0].edits[0];
    const out2 = ko.slice(0, e2.start) + e2.newText + ko.slice(e2.end);
    assert.equal(out2.split('\n')[3], '- [KST 14:05] 담당자 호출');
    assert.deepEqual(findings(out2), []);
  });
});

describe('structure s8: a lint session gives what a fresh lint gives on these kinds', () => {
  const { createLintSession } = require('../../src/core/incremental') as typeof import('../../src/core/incremental');
  const { mulberry32 } = require('../../bench/generate') as typeof import('../../bench/generate');
  const DOCS = [
    '# Cache outage\n\n## Summary\n\nThe cache went down.\n\n## Timeline\n\nAt 09:12 UTC the compaction job started.\n\nAt 09:40 UTC we decided that\n\n1. compaction pauses;\n2. nodes drain first.\n\nAround 10:05 UTC the standby took over.\n\nFollow-up actions\n- @dana adds an expiry alert\n\n## What we will do\n\n### Immediate\n\n1. Clean the temp dir\n\n### Long-term\n\n2. Move logs\n',
    '# 캐시 장애\n\n## 개요\n\n캐시가 멈췄다.\n\n## :warning: Leadup\n\n- UTC 14:05 경보\n- KST 23:20 호출\n\n## 타임라인\n\n약 11시 20분에 디스크가 찼다.\n\n- 로그 순환 누락\n- 임시 파일\n\n이후 12시 5분에 정리했다.\n\n재발 방지 대책\n- @dana 경보 추가\n\n## 5. 적용 순서\n\n### 긴급 (즉시)\n\n1. 삭제\n\n### 장기\n\n2. 이전\n',
  ];
  const SNIPPETS = ['x', '\n', '\n\n', '- ', '1. ', 'At 14:05 UTC ', 'UTC 14:05 ', '[KST 09:10] ', '약 9시 5분에 ', '\n- untimed item\n', '### 단기\n', '### Short-term\n', '## Timeline\n', 'Action Items\n', '**', '_'];
  it('after random edits, session and fresh lints agree (EN and KO)', function () {
    // 240 lints: about 12 s alone on a loaded machine, past mocha's default 10 s (no time is asserted).
    this.timeout(120_000);
    const rnd = mulberry32(20261127);
    for (const original of DOCS) {
      const session = createLintSession();
      let text = original;
      for (let e = 0; e < 60; e++) {
        const at = Math.floor(rnd() * (text.length + 1));
        text = rnd() < 0.7 ? text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
        assert.deepEqual(JSON.stringify(session.lint(text).findings), JSON.stringify(lint(text).findings), `edit ${e}:\n${text}`);
      }
    }
  });
});
