// action-item-owner, session 13 (issue 7): tables and lists of DATA inside a follow-up section read as work items, one
// finding per row (test/realworld/AUDITS.md "Session 13: first-run owner findings by path"). Kind: a block whose every entry
// is a single datum (one token: a host, a resource or query name, a code span, a bold category label, an empty cell), a
// table with no work column, a list under a lead that does not plan work (src/core/model/dataBlocks.ts). Every document
// here is new and invented for its kind (other subjects, other systems than the corpus documents that showed it).
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const lines = (...ls: string[]) => [...ls, ''].join('\n');

describe('owners (session 13): a table of data in a follow-up section is not a list of work items', () => {
  it('a table of affected hosts, one token per cell, asks no owner; the task under it still does (EN)', () => {
    const text = lines(
      '# Mail relay outage', '', '## Remediation', '',
      'The audit also turned up relays that still accepted plain-text logins:', '',
      '| host | port |',
      '| --- | --- |',
      '| relay-03.example.net | 25 |',
      '| relay-07.example.net | 587 |',
      '| relay-11.example.net | 25 |', '',
      '- Disable plain-text logins on every relay and alert when one accepts them',
    );
    assert.deepEqual(ownerless(text), [13]);
  });
  it('a matrix of bold category labels with empty cells under them asks no owner (EN)', () => {
    const text = lines(
      '# Billing export leak', '', '## Follow-up', '',
      'These export jobs wrote files that any signed-in user could fetch:', '',
      '| Area | Daily | Monthly |',
      '| --- | --- | --- |',
      '| **Invoices** | invoiceCsv | invoiceArchive |',
      '| | creditNotes | |',
      '| **Payroll** | payslipPdf | |',
      '| | timesheets | timesheetArchive |',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('a table of regions and counts asks no owner (EN)', () => {
    const text = lines(
      '# CDN certificate expiry', '', '## Action items', '',
      '| region | POPs |',
      '| --- | --- |',
      '| eu-west | 14 |',
      '| ap-south | 6 |',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('a table of data asks no owner (KO)', () => {
    const text = lines(
      '# 결제 알림 지연', '', '## 재발 방지 대책', '',
      '점검 중에 만료가 가까운 인증서가 더 발견되었습니다:', '',
      '| 도메인 | 만료일 |',
      '| --- | --- |',
      '| pay.example.kr | 2026-12-01 |',
      '| notify.example.kr | 2026-12-09 |',
      '| admin.example.kr | 2027-01-03 |', '',
      '- 인증서 만료 30일 전 알림 추가',
    );
    assert.deepEqual(ownerless(text, 'ko'), [13]);
  });
  it('a table with a work column, or with sentences in its cells, is still a list of work items (controls, EN, KO)', () => {
    const withColumn = lines(
      '# Queue stall', '', '## Action items', '',
      '| Action | Owner |',
      '| --- | --- |',
      '| Rollback | |',
      '| Runbook | |',
    );
    assert.deepEqual(ownerless(withColumn), [7, 8]);
    const sentences = lines(
      '# Queue stall', '', '## Action items', '',
      '| area | change |',
      '| --- | --- |',
      '| queue | Add an alert on consumer lag |',
      '| deploys | Require a canary before full rollout |',
    );
    assert.deepEqual(ownerless(sentences), [7, 8]);
    const ko = lines(
      '# 큐 적체', '', '## 후속 조치', '',
      '| 조치 | 담당 |',
      '| --- | --- |',
      '| 롤백 | |',
      '| 런북 | |',
    );
    assert.deepEqual(ownerless(ko, 'ko'), [7, 8]);
  });
});

describe('owners (session 13): a list of data under a lead that describes it is not a list of work items', () => {
  it('a list of code-span names under "… Namely:" asks no owner (EN)', () => {
    const text = lines(
      '# Search index rebuild', '', '## Corrective actions', '',
      'Turning off the legacy endpoint is blocked because three dashboards still call it. Namely:', '',
      '- `weeklySignupsPanel`',
      '- `churnByPlanPanel`',
      '- `trialFunnelPanel`',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('a list of bare resource names under a sentence that introduces them asks no owner (EN)', () => {
    const text = lines(
      '# Stale DNS records', '', '## Remediation', '',
      'The cleanup removed records that pointed the following queues at a retired broker:', '',
      '- ingest-eu',
      '- ingest-us',
      '- replay-dlq',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('a list of hosts after a statement of what was found asks no owner, the plan beside it does (EN)', () => {
    const text = lines(
      '# Backup gap', '', '## Next steps', '',
      'The restore drill showed that these database hosts had no snapshot for the last week:', '',
      '- db-ledger-1.internal',
      '- db-ledger-2.internal', '',
      '* Add a snapshot-age check to the nightly backup report',
    );
    assert.deepEqual(ownerless(text), [10]);
  });
  it('a list of data under a describing lead asks no owner (KO)', () => {
    const one = lines(
      '# 주문 이벤트 유실', '', '## 재발 방지 대책', '',
      '소비자가 없던 토픽은 다음과 같습니다:', '',
      '- `order-created`',
      '- `order-refunded`',
      '- `stock-reserved`',
    );
    assert.deepEqual(ownerless(one, 'ko'), []);
    const two = lines(
      '# 오래된 버킷 정리', '', '## 후속 조치', '',
      '점검에서 공개 읽기가 켜져 있던 버킷을 찾았습니다:', '',
      '- media-temp',
      '- export-archive', '',
      '* 버킷 공개 설정 변경 시 알림 추가',
    );
    assert.deepEqual(ownerless(two, 'ko'), [10]);
  });
  it('a list under a plan, under a bare label, or with no lead is still read as work items (controls, EN, KO)', () => {
    const plan = lines('# Stale buckets', '', '## Action items', '', 'We will delete the following buckets:', '', '- media-temp', '- export-archive');
    assert.deepEqual(ownerless(plan), [7, 8]);
    const label = lines('# Stale buckets', '', '## Action items', '', 'Tickets:', '', '- `cleanup-media-temp`', '- `cleanup-export-archive`');
    assert.deepEqual(ownerless(label), [7, 8]);
    const bare = lines('# Stale buckets', '', '## Action items', '', '- `cleanup-media-temp`', '- `cleanup-export-archive`');
    assert.deepEqual(ownerless(bare), [5, 6]);
    const koPlan = lines('# 오래된 버킷', '', '## 후속 조치', '', '다음 버킷을 삭제할 예정입니다:', '', '- media-temp', '- export-archive');
    assert.deepEqual(ownerless(koPlan, 'ko'), [7, 8]);
    const words = lines('# Stale buckets', '', '## Action items', '', 'The review found gaps in these areas:', '', '- Alert on bucket policy changes', '- Write a cleanup runbook');
    assert.deepEqual(ownerless(words), [7, 8]);
  });
});

describe('owners (session 13): a follow-up section whose only blocks are data is read as prose', () => {
  it('a planned paragraph beside a list of data is an item (EN, KO)', () => {
    const en = lines(
      '# Stale DNS records', '', '## Corrective actions', '',
      'We removed the records that pointed these names at deleted storage:', '',
      '- assets-old',
      '- downloads-old', '',
      'The onboarding guide will be updated to require a proxy for every storage alias.',
    );
    assert.deepEqual(ownerless(en), [10]);
    const ko = lines(
      '# 오래된 DNS 레코드', '', '## 재발 방지 대책', '',
      '삭제된 저장소를 가리키던 레코드는 다음과 같았습니다:', '',
      '- assets-old',
      '- downloads-old', '',
      '저장소 별칭마다 프록시를 거치도록 운영 문서를 수정할 예정입니다.',
    );
    assert.deepEqual(ownerless(ko, 'ko'), [10]);
  });
});

// Kind (one line): a closing slot for a reference ("[link to the issue]", "(link to PR)", "[ticket to follow]") is not an
// owner, even when every item of the list closes with one; the "[CF to write story]" form (initials, then what they will
// do) still is. Korean: the closing-label form reads Latin letters only, so "[이슈 링크]" was never an owner; the mirror
// checks it stays so.
describe('owners (session 13): a closing reference slot is not an owner', () => {
  it('items closed by "[link to …]", "(link to PR)" or "[ticket to follow]" ask an owner (EN)', () => {
    const one = lines('# Login outage', '', '## Action items', '', '1. Rotate the session signing key every quarter [link to ticket]', '2. Page the on-call when login errors pass 2 % [link to ticket]');
    assert.deepEqual(ownerless(one), [5, 6]);
    const two = lines('# Login outage', '', '## Follow-up', '', '- Pin the base image by digest (link to PR)', '- Add a smoke test for the password reset page (link to PR)');
    assert.deepEqual(ownerless(two), [5, 6]);
    const three = lines('# Login outage', '', '## Next steps', '', '- Document the failover drill [ticket to follow]', '- Move the session store to its own cluster [ticket to follow]');
    assert.deepEqual(ownerless(three), [5, 6]);
  });
  it('initials or a name with what they will do still name the owner (control, EN); a Korean reference slot asks an owner (KO)', () => {
    const named = lines('# Login outage', '', '## Action items', '', '- Draft the customer notice [MK to write]', '- Review the alert thresholds [MK to review]');
    assert.deepEqual(ownerless(named), []);
    const ko = lines('# 로그인 장애', '', '## 후속 조치', '', '1. 세션 서명 키 분기별 교체 [이슈 링크]', '2. 로그인 오류 2% 초과 시 당직 호출 [이슈 링크]');
    assert.deepEqual(ownerless(ko, 'ko'), [5, 6]);
  });
});

// Kind (one line): an item that is only an unfilled slot of the template ("{{ summary }}", "<action item>", "{{ 조치 내용 }}"),
// with at most a closing reference slot: template-placeholder reports the slot; it asks no owner. A filled-in item left
// inside the braces is work.
describe('owners (session 13): an unfilled template slot is not an item that needs an owner', () => {
  it('asks no owner of "{{ summary }} [link to issue]" or "<action item>", and still of a filled-in item in braces (EN)', () => {
    const text = lines('# Cache outage', '', '## Action items', '', '1. {{ summary }} [link to issue]', '2. <action item>', '3. {{ Add a hit-ratio alert on the edge cache }} [link to issue]');
    assert.deepEqual(ownerless(text), [7]);
  });
  it('asks no owner of "{{ 조치 내용 }}" or "<후속 조치>", and still of a filled-in item in braces (KO)', () => {
    const text = lines('# 캐시 장애', '', '## 후속 조치', '', '1. {{ 조치 내용 }} [이슈 링크]', '2. <후속 조치>', '3. {{ 엣지 캐시 적중률 알림 추가 }} [이슈 링크]');
    assert.deepEqual(ownerless(text, 'ko'), [7]);
  });
});
