// action-item-owner, session 13 (owners3, issue 7): kinds seen on the first run of the session-13 owner audit
// (test/realworld/AUDITS.md "session 13: owner audit, first run"). Every document here is new and invented for its kind
// (other subjects, verbs and domains than the audit documents), written before the engine was run on it.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { endsWithPurpose } from '../../src/core/model/purposeLead';
import { assertGrowth } from './growth-check';
import { parseDocument } from '../../src/core/model/document';
import { extractActionItems, ownerEdit } from '../../src/core/model/actionItems';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const page = (heading: string, lead: string, items: string[], indent = '') => ['# Incident', '', heading, '', lead, ...items.map((i) => `${indent}- ${i}`), ''].join('\n');
const nested = (heading: string, lead: string, items: string[]) => ['# Incident', '', heading, '', `- ${lead}`, ...items.map((i) => `  - ${i}`), ''].join('\n');

// Kind: a lead-in that ends with what ONE piece of work gives ("…, allowing:", "… so that:", "…, which lets us:",
// "…, 다음이 가능하도록:", "… 할 수 있도록:"). The list under it spells out the effects of that item; the lead-in is the
// action item (one finding when it has no owner), the list lines are its details (no finding each).
// The Korean kind mirrors the English one: a purpose clause ("-도록") closing the lead-in.
describe('owners3 (session 13): a lead-in that ends with a purpose is one item, its list the details', () => {
  const cases: [string, string, string[], 'en' | 'ko', string][] = [
    ['## Follow-up', 'Put the build cache behind a CDN, allowing:', ['cold builds to fetch layers from the nearest edge', 'the origin bucket to stay private'], 'en', ''],
    ['## Next steps', 'Backups: add a nightly restore drill so that:', ['a broken dump is caught within a day', 'the restore time is measured every week'], 'en', ''],
    ['## Improvements', 'We will split the ingest queue per tenant, which lets us:', ['throttle one noisy tenant without pausing the rest', 'see the backlog of each customer on the dashboard'], 'en', ' '],
    ['## 후속 조치', '배치 서버에 별도 점검 계정 추가, 다음이 가능하도록:', ['장애 시 운영 계정 없이 로그 확인', '계정별 접근 기록 분리'], 'ko', ''],
    ['## 재발 방지 대책', '결제 큐를 가맹점별로 분리하여 다음을 할 수 있도록:', ['한 가맹점의 폭주가 다른 가맹점을 막지 않게', '가맹점별 적체량을 대시보드에서 확인'], 'ko', ' '],
    ['## 개선 사항', '모니터링: 디스크 사용량 예측 알림 도입, 다음이 가능하도록:', ['용량이 차기 이틀 전에 담당자 호출', '증설 요청을 미리 제출'], 'ko', ''],
  ];
  for (const [heading, lead, items, locale, indent] of cases) {
    it(`asks one owner, of the lead-in (${locale}: ${lead})`, () => {
      assert.deepEqual(ownerless(page(heading, lead, items, indent), locale), [5]);
    });
  }
  it('the same lead-in as a list item over nested details (EN, KO)', () => {
    assert.deepEqual(ownerless(nested('## Action items', 'Sessions: move them to a replicated store, allowing:', ['a node restart without logging users out', 'reads from the nearest replica'])), [5]);
    assert.deepEqual(ownerless(nested('## 후속 조치', '세션 저장소를 복제 구성으로 이전, 다음이 가능하도록:', ['노드 재시작 시 로그아웃 없이 유지', '가까운 복제본에서 읽기']), 'ko'), [5]);
  });
  it('an owned or finished lead-in asks nothing (controls, EN, KO)', () => {
    assert.deepEqual(ownerless(page('## Follow-up', 'Put the build cache behind a CDN (owner: @dana), allowing:', ['cold builds to fetch layers from the nearest edge', 'the origin bucket to stay private'])), []);
    assert.deepEqual(ownerless(page('## Follow-up', 'Moved the build cache behind a CDN last week, allowing:', ['cold builds to fetch layers from the nearest edge', 'the origin bucket to stay private'])), []);
    assert.deepEqual(ownerless(page('## 후속 조치', '배치 서버에 별도 점검 계정 추가 (담당: 김민수), 다음이 가능하도록:', ['장애 시 운영 계정 없이 로그 확인', '계정별 접근 기록 분리']), 'ko'), []);
  });
  it('a lead-in without a purpose keeps its items (controls, EN, KO)', () => {
    assert.deepEqual(ownerless(page('## Follow-up', 'We will do the following:', ['put the build cache behind a CDN', 'add a nightly restore drill'])), [6, 7]);
    assert.deepEqual(ownerless(page('## 후속 조치', '다음 조치를 진행할 예정입니다:', ['배치 서버에 점검 계정 추가', '결제 큐를 가맹점별로 분리']), 'ko'), [6, 7]);
  });
  it('assigning the owner resolves the finding and a second run is a no-op (EN, KO, paragraph and list item)', () => {
    const docs: [string, 'en' | 'ko'][] = [
      [page('## Follow-up', 'Put the build cache behind a CDN, allowing:', ['cold builds to fetch layers from the nearest edge', 'the origin bucket to stay private']), 'en'],
      [nested('## Action items', 'Sessions: move them to a replicated store, allowing:', ['a node restart without logging users out', 'reads from the nearest replica']), 'en'],
      [page('## 후속 조치', '배치 서버에 별도 점검 계정 추가, 다음이 가능하도록:', ['장애 시 운영 계정 없이 로그 확인', '계정별 접근 기록 분리']), 'ko'],
      [page('## 재발 방지 대책', '결제 큐를 가맹점별로 분리하여 다음을 할 수 있도록:', ['한 가맹점의 폭주가 다른 가맹점을 막지 않게', '가맹점별 적체량을 대시보드에서 확인'], ' '), 'ko'],
    ];
    for (const [text, locale] of docs) {
      const open = extractActionItems(parseDocument(text)).filter((i) => !i.done && !i.owner);
      assert.equal(open.length, 1, text);
      const e = ownerEdit(open[0], locale === 'ko' ? '김민수' : 'dana', locale)!;
      const fixed = text.slice(0, e.start) + e.newText + text.slice(e.end);
      assert.deepEqual(ownerless(fixed, locale), [], fixed);
      assert.equal(extractActionItems(parseDocument(fixed)).filter((i) => !i.done && !i.owner).length, 0, fixed);
    }
  });
  it('recognises the connective only at the end of a short label', () => {
    assert.ok(endsWithPurpose('Configure the bastion, allowing:'));
    assert.ok(endsWithPurpose('Add a restore drill so that:'));
    assert.ok(endsWithPurpose('캐시 서버 증설, 다음이 가능하도록:'));
    assert.ok(!endsWithPurpose('allowing:'));
    assert.ok(!endsWithPurpose('We will do the following:'));
    assert.ok(!endsWithPurpose('Why was this allowing writes to the wrong shard?'));
    assert.ok(!endsWithPurpose('이 장치는 다음을 할 수 있어야 한다:'));
    // Linear on long input without a colon at the end: 4× the input costs at most 10× the time (quadratic would be 16×),
    // a ratio measured in this test, so a busy machine does not fail it (was a wall-clock bound of 200 ms).
    const long = 'allowing so that '.repeat(20000);
    assert.equal(endsWithPurpose(long), false);
    // Measured below 100 000 characters: larger strings add allocation and GC costs of V8's own (×8–9 CPU time for ×4 at
    // 170 000–340 000 characters, in the whitespace replace alone), which are not this function's growth.
    const [quarter, full] = ['allowing so that '.repeat(1250), 'allowing so that '.repeat(5000)];
    assertGrowth('endsWithPurpose', () => endsWithPurpose(quarter), () => endsWithPurpose(full), { scale: 4, maxRatio: 10 });
  });
});
