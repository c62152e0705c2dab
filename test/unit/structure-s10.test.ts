import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { presentSectionKinds } from '../../src/core/requirements';
import { fiveWhysRootCause } from '../../src/core/rules/five-whys-root-cause';
import { requiredSections } from '../../src/core/rules/required-sections';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Rule } from '../../src/core/types';

/*
 * Session 10, structural rules on real postmortems (issue 7): the kinds behind the wrong and missed
 * structural findings of the documents drawn into dev (all rules but action-item-owner). Each kind as
 * NEW invented documents, English and Korean where the kind exists in both.
 */

function findings(text: string, rules: Rule[]): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const whys = (text: string) => findings(text, [fiveWhysRootCause]);
const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
const timeline = (text: string) => findings(text, TIMELINE);
const kinds = (text: string) => presentSectionKinds(parseDocument(text));
const missing = (text: string) => lint(text, { rules: [requiredSections] }).findings.map((f) => f.message).join('\n');

// Kind: a 5-whys chain whose document names its root cause in its own place (a root-cause section with written
// content outside the chain, a labelled "Root cause: …" statement, an overview row): the cause the team acts on is
// stated, so the chain is not reported as having none. A template's TODO, an empty heading or a parent section
// whose only content is the chain state nothing: the finding stays there.
describe('structure s10: a root cause stated apart from the 5-whys chain', () => {
  const chainEn = [
    '# Invoice export stalled',
    '',
    '## 5 Whys',
    '',
    '- Customers could not download March invoices',
    '- ...because the export worker ran out of disk',
    '- ...because temporary PDFs were never deleted',
    '- ...because the cleanup cron was removed in the image rebuild',
    '',
  ].join('\n');

  it('reports the chain when nothing names the root cause (EN, the baseline)', () => {
    assert.deepEqual(whys(chainEn), ['5 five-whys-root-cause']);
  });

  it('is silent when a root-cause section follows with written content (EN)', () => {
    const doc = `${chainEn}\n## Root cause\n\nImage rebuilds do not carry over host cron jobs, and nothing checks that cleanup still runs.\n`;
    assert.deepEqual(whys(doc), []);
  });

  it('is silent when a section of another root-cause wording comes first, as a list (EN)', () => {
    const doc = chainEn.replace('## 5 Whys', '## Contributing factors\n\n- Cron jobs live outside the image definition\n- Disk alerts page nobody at night\n\n## 5 Whys');
    assert.deepEqual(whys(doc), []);
  });

  it('is silent with a labelled statement after a paragraph chain (EN)', () => {
    const doc = [
      '## Five whys',
      '',
      '**Problem:** search results were a day old.',
      '',
      '**Why?** The indexer skipped every batch after midnight.',
      '',
      '**Why?** Its checkpoint file carried the previous date.',
      '',
      '**Why?** The date was computed in local time on a host moved to another region.',
      '',
      '**Root cause:** checkpoint dates depend on the host clock zone.',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
    const unlabelled = doc.replace('**Root cause:** checkpoint dates depend on the host clock zone.', 'We will look at this again next quarter.');
    assert.deepEqual(whys(unlabelled), ['3 five-whys-root-cause']);
  });

  it('is silent when a root-cause section follows a numbered 왜 chain (KO)', () => {
    const doc = [
      '# 알림 발송 지연',
      '',
      '## 5 Whys',
      '',
      '1. 왜 알림이 늦게 도착했나? 발송 큐에 메시지가 두 시간 쌓였다',
      '2. 왜 쌓였나? 소비자 프로세스가 하나만 떠 있었다',
      '3. 왜 하나였나? 오토스케일 설정이 새 클러스터로 옮겨지지 않았다',
      '',
      '## 근본 원인',
      '',
      '클러스터 이전 절차에 오토스케일 설정 확인 단계가 없다.',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
    assert.deepEqual(whys(doc.replace(/## 근본 원인[\s\S]*$/u, '')), ['5 five-whys-root-cause']);
  });

  it('is silent when an overview table names the root cause (KO)', () => {
    const doc = [
      '# 정산 배치 실패',
      '',
      '| 항목 | 내용 |',
      '| --- | --- |',
      '| 발생 일시 | 2026-03-02 |',
      '| 근본 원인 | 배치 서버 교체 시 인증서 갱신 누락 |',
      '',
      '## 왜 5번',
      '',
      '- 정산 파일이 생성되지 않았다',
      '- 왜? 외부 은행 API 호출이 모두 실패했다',
      '- 왜? 클라이언트 인증서가 만료되었다',
      '',
    ].join('\n');
    assert.deepEqual(whys(doc), []);
  });

  it('still reports a chain beside a section that tells the work, not the cause (EN, KO)', () => {
    assert.deepEqual(whys(`${chainEn}\n## Investigation\n\nWe compared the disk usage of the old and the new image over a week.\n`), ['5 five-whys-root-cause']);
    const ko = '## 5 Whys\n\n1. 왜 검색이 느렸나? 인덱스가 디스크에서 읽혔다\n2. 왜? 캐시 용량이 절반으로 줄었다\n\n## 분석\n\n지난 2주의 캐시 적중률을 비교했다.\n';
    assert.deepEqual(whys(ko), ['3 five-whys-root-cause']);
  });

  it('still reports a chain whose root-cause section is a template leftover (EN, KO)', () => {
    const en = `${chainEn}\n## Root Causes\n\n<!-- The conditions that made the incident possible. -->\n\nTODO: The conditions that made this incident possible.\n`;
    assert.deepEqual(whys(en), ['5 five-whys-root-cause']);
    const ko = [
      '## 5 Whys',
      '',
      '1. 왜 로그인이 실패했나? 세션 저장소가 응답하지 않았다',
      '2. 왜? 메모리가 가득 찼다',
      '',
      '## 근본 원인',
      '',
      'TODO: 이 장애를 가능하게 한 조건.',
      '',
      '## 원인',
      '',
    ].join('\n');
    assert.deepEqual(whys(ko), ['3 five-whys-root-cause']);
  });

  it('a root-cause section whose only content is the 5-whys sub-section states nothing; its own prose does (EN)', () => {
    const nested = [
      '## Root cause',
      '',
      '### 5 Whys',
      '',
      '- Mobile logins failed for an hour',
      '- Why? The token service rejected new devices',
      '- Why? A feature flag defaulted to strict mode',
      '',
    ].join('\n');
    assert.deepEqual(whys(nested), ['5 five-whys-root-cause']);
    const withProse = nested.replace('## Root cause\n', '## Root cause\n\nFlag defaults are not reviewed with the services that read them.\n');
    assert.deepEqual(whys(withProse), []);
  });
});

// Kind: a timeline section that tells no time or date at all (a "Leadup" / "사건 전개" of context bullets) while another
// timeline section of the document has timed entries: context told as a list, not entries missing their times. A lone
// timeline without times, or one section whose entries are dated, stays checked.
describe('structure s10: an untimed lead-up section beside a timed timeline', () => {
  const en = [
    '# Search index rebuild',
    '',
    '## Leadup',
    '',
    '- The nightly rebuild had been growing slower for months.',
    '- A schema change added two large text fields.',
    '',
    '## Timeline (UTC)',
    '',
    '- 02:10 rebuild starts',
    '- 04:55 rebuild still at 60 %',
    '- 06:30 search serves stale results; on-call paged',
    '',
  ].join('\n');

  it('does not ask the lead-up bullets for times (EN)', () => {
    assert.deepEqual(timeline(en), []);
  });

  it('still reports an untimed entry inside the timed timeline, and a lone untimed timeline (EN)', () => {
    assert.deepEqual(timeline(en.replace('- 04:55 rebuild still at 60 %', '- rebuild still at 60 %')), ['11 timeline-timestamp']);
    const lone = en.replace(/## Timeline \(UTC\)[\s\S]*$/u, '');
    assert.deepEqual(timeline(lone), ['5 timeline-timestamp', '6 timeline-timestamp']);
  });

  it('does not ask the 사건 전개 bullets for times (KO)', () => {
    const ko = [
      '## 사건 전개',
      '',
      '- 결제 모듈은 지난달부터 외부 PG사 두 곳을 번갈아 쓰고 있었다.',
      '- 한 곳의 인증 방식이 이번 주에 바뀌었다.',
      '',
      '## 타임라인 (KST)',
      '',
      '- 10:05 결제 실패율 상승',
      '- 10:20 PG사 공지 확인',
      '- 11:00 인증 모듈 교체 배포',
      '',
    ].join('\n');
    assert.deepEqual(timeline(ko), []);
  });

  it('a dated lead-up section stays checked: its dates say it is a list of events (KO)', () => {
    const ko = [
      '## 사건 전개 (KST)',
      '',
      '- 2026-02-01 인증 방식 변경 공지',
      '- 2026-02-03 10:00 변경 적용',
      '- 변경 이후 첫 결제 실패',
      '',
      '## 타임라인 (KST)',
      '',
      '- 10:05 결제 실패율 상승',
      '- 11:00 인증 모듈 교체 배포',
      '',
    ].join('\n');
    assert.deepEqual(timeline(ko), ['5 timeline-timestamp']);
  });
});

// Kind: an entry that says it has not happened yet in place of its time - words in the date column of a table without
// a time column ("예정", "TBD", "Planned"), or a list entry opening with such a label ("TBD: …", "예정: …", "(미정) …"):
// a step still to come, not an event whose time was left out. A dash in the date column stays an entry without a time.
describe('structure s10: planned steps in a timeline are not untimed events', () => {
  it('reads words in a date column as said on purpose (EN)', () => {
    const en = [
      '## Timeline (all times UTC)',
      '',
      '| Date | Event | Follow-up |',
      '| --- | --- | --- |',
      '| 2026-04-01 09:15 | Certificate on the API gateway expires | paged |',
      '| 2026-04-01 09:40 | New certificate deployed | - |',
      '| Planned | Automate renewal for every gateway | platform team |',
      '| TBD | Alert 14 days before expiry | - |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(en), []);
    assert.deepEqual(timeline(en.replace('| TBD |', '| - |')), ['8 timeline-timestamp']);
  });

  it('reads 예정 in a date column as said on purpose (KO)', () => {
    const ko = [
      '## 대응 타임라인',
      '',
      '| 날짜 | 내용 |',
      '| --- | --- |',
      '| 2026-05-10 14:20 KST | 이미지 저장소 용량 초과 |',
      '| 2026-05-10 15:05 KST | 오래된 이미지 정리 |',
      '| 예정 | 보관 주기 정책 적용 |',
      '| 미정 | 저장소 이전 |',
      '',
    ].join('\n');
    assert.deepEqual(timeline(ko), []);
  });

  it('reads a planned label opening a list entry as said on purpose (EN, KO)', () => {
    const en = '## Timeline (UTC)\n\n- 08:00 queue backlog alert\n- 08:25 consumers restarted\n- TBD: move the queue to the managed service\n- **Planned** – load test before the next sale\n';
    assert.deepEqual(timeline(en), []);
    const ko = '## 타임라인 (KST)\n\n- 08:00 큐 적체 경보\n- 08:25 컨슈머 재시작\n- 예정: 관리형 큐로 이전\n- (미정) 세일 전 부하 테스트\n';
    assert.deepEqual(timeline(ko), []);
    // A sentence that merely starts with the word is an entry like any other.
    assert.deepEqual(timeline(en.replace('- TBD: move the queue to the managed service', '- Planned maintenance window opened')), ['5 timeline-timestamp']);
  });
});

// Kind: a timeline told in several sections (a detailed timeline and a summary table) with no zone stated anywhere: one
// missing fact about the document, reported once, on the first section.
describe('structure s10: a missing zone is reported once per document', () => {
  it('reports the first of two zone-less timeline sections only (EN, KO)', () => {
    const en = '## Attack timeline\n\n- 01:10 first login from the unknown address\n- 01:25 miner started\n\n## Response timeline\n\n- 09:00 alert seen\n- 09:30 host isolated\n';
    assert.deepEqual(timeline(en), ['1 timeline-timezone']);
    const ko = '## 공격 타임라인\n\n- 01:10 외부 주소 첫 로그인\n- 01:25 채굴기 실행\n\n## 대응 타임라인\n\n- 09:00 경보 확인\n- 09:30 서버 격리\n';
    assert.deepEqual(timeline(ko), ['1 timeline-timezone']);
  });

  it('still reports a zone-less section when the other one states its zone, and a mixed zone (EN)', () => {
    const en = '## Attack timeline (UTC)\n\n- 01:10 first login\n- 01:25 miner started\n\n## Response timeline\n\n- 09:00 alert seen\n- 09:30 host isolated\n';
    assert.deepEqual(timeline(en), ['6 timeline-timezone']);
  });
});

// Kind: the sections a document has, named another way - a heading for the work still open ("Remaining work",
// "Recovery and open items", "남은 작업", "복구 확인과 남은 일") is the follow-up list, and an event table (a time or date
// column beside an event column: "| When | Event |", "| 시점 | 사건 |") under any heading is the timeline.
describe('structure s10: follow-up work and event tables under other names', () => {
  it('counts a remaining-work heading as the action items (EN, KO)', () => {
    assert.ok(kinds('# X\n\n## Recovery and open items\n\n- [ ] rotate the leaked key\n').has('action-items'));
    assert.ok(kinds('# X\n\n## Remaining work\n\nMigrate the last two tenants.\n').has('action-items'));
    assert.ok(kinds('# X\n\n## 7. 복구 확인과 남은 일\n\n- [ ] 남은 캐시 키 삭제 확인\n').has('action-items'));
    assert.ok(kinds('# X\n\n## 남은 작업\n\n나머지 두 테넌트 이전.\n').has('action-items'));
    // Not a schedule, not an empty heading.
    assert.ok(!kinds('# X\n\n## 남은 일정\n\n다음 주 점검.\n').has('action-items'));
    assert.ok(!kinds('# X\n\n## Remaining work\n\n## Impact\n\nNone.\n').has('action-items'));
  });

  it('counts an event table as the timeline, whatever its heading (EN, KO)', () => {
    const en = '# X\n\n## How we responded\n\n| When | Event |\n| --- | --- |\n| Detection | a customer wrote to support |\n| Diagnosis | the worker logs showed the quota error |\n| Fix | the retry loop was removed |\n';
    assert.ok(kinds(en).has('timeline'));
    const ko = '# X\n\n## 대응 시간\n\n| 시점 | 사건 |\n| --- | --- |\n| — | 설정 값 불일치 |\n| 발견 | 사용자 문의 |\n| 조치 | 재시작 |\n';
    assert.ok(kinds(ko).has('timeline'));
    // Not a plan by horizon, not an overview table, not a one-row table.
    assert.ok(!kinds('# X\n\n## 계획\n\n| 시점 | 조치 |\n| --- | --- |\n| 단기 | 경보 추가 |\n| 장기 | 이전 |\n').has('timeline'));
    assert.ok(!kinds('# X\n\n| 항목 | 내용 |\n| --- | --- |\n| 영향 | 결제 실패 |\n| 기간 | 2시간 |\n').has('timeline'));
    assert.ok(!kinds('# X\n\n| Time | Event |\n| --- | --- |\n| 10:00 | alert |\n').has('timeline'));
  });

  it('a write-up with both names misses nothing, and its stage table asks for no times (KO)', () => {
    const ko = [
      '# 이미지 업로드 중단',
      '',
      '## 요약',
      '',
      '업로드 API가 한 시간 동안 413을 반환했다.',
      '',
      '## 영향',
      '',
      '신규 게시글 이미지 첨부 불가.',
      '',
      '## 원인',
      '',
      '프록시의 요청 크기 제한이 배포 과정에서 기본값으로 돌아갔다.',
      '',
      '## 복구와 남은 작업',
      '',
      '- [x] 제한 값 복원',
      '- [ ] 프록시 설정을 배포 파이프라인 검증에 포함',
      '',
      '## 대응 경위 요약',
      '',
      '| 시점 | 사건 |',
      '| --- | --- |',
      '| 발견 | 사용자 신고 |',
      '| 조치 | 설정 복원 |',
      '',
    ].join('\n');
    assert.equal(missing(ko), '');
    assert.deepEqual(timeline(ko), []);
  });
});
