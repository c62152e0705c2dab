// action-item-owner on real postmortems, session 10 (issue 7): kinds of layout and wording behind the wrong and missed
// owner findings of the documents drawn into dev in session 10. Every document here is new and invented for its kind
// (other subjects, verbs and domains than the corpus lines that showed the kind).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { asksRecurrence, labelsReasons } from '../../src/core/model/ownerLabels';
import { statesCriterion } from '../../src/core/model/ownerWording';
import { classifyHeading, headingKey } from '../../src/core/model/sections';

/** [line, description, owner or '', done] per action item. */
const read = (text: string) => {
  const doc = parseDocument(text);
  return doc.actionItems.map((i) => [doc.lines.position(i.description.start).line, i.description.text.replace(/\s+/g, ' '), i.owner?.text ?? '', i.done] as const);
};
const lines = (text: string) => read(text).map((r) => r[0]);
const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);

// Kind: a label over the reasons, effects or background of a measure ("**Why:**", "**Benefits:**", "**이유**:",
// "**기대 효과**:") inside a follow-up section: the list under it argues for the work, it is not work.
describe('owners (session 10): a label over the reasons or effects of a measure', () => {
  it('skips the list under "**Why:**" and "**Expected benefits:**" (EN)', () => {
    const text = '# Checkout outage\n\n## Follow-up actions\n\n- Add jitter to client retries (owner: @lee)\n- Rate limit the checkout endpoint\n\n**Why:**\n\n* Clients retried every 200 ms during the outage\n* The gateway queue filled in under a minute\n\n**Expected benefits:**\n\n1. Fewer duplicate orders\n2. A calmer pager at peak\n';
    assert.deepEqual(lines(text), [5, 6]);
    assert.deepEqual(ownerless(text), [6]);
  });
  it('skips the list under "**이유**:" and "**기대 효과**:" (KO)', () => {
    const text = '# 정산 배치 지연\n\n## 재발 방지 대책\n\n- 정산 배치 타임아웃 설정 (담당: 박서연)\n- 배치 실패 알림 추가\n\n**이유**:\n\n* 배치가 세 시간 동안 멈춰 있었음\n* 실패가 다음 날 아침에야 보였음\n\n**기대 효과**:\n\n1. 지연 조기 발견\n2. 수작업 재처리 감소\n';
    assert.deepEqual(lines(text), [5, 6]);
    assert.deepEqual(ownerless(text, 'ko'), [6]);
  });
  it('keeps the list under a label that names work ("**Hardening:**", "**보안 강화**:")', () => {
    const en = '# X\n\n## Action items\n\n**Hardening:**\n\n- Disable password logins on the bastion\n- Rotate the deploy key\n';
    assert.deepEqual(lines(en), [7, 8]);
    const ko = '# X\n\n## 후속 조치\n\n**보안 강화**:\n\n- 배스천 비밀번호 로그인 차단\n- 배포 키 교체\n';
    assert.deepEqual(lines(ko), [7, 8]);
  });
  it('labelsReasons', () => {
    for (const l of ['Why', 'Rationale', 'Expected benefits', 'Background', '이유', '기대 효과', '도입 배경', '필요성']) assert.equal(labelsReasons(l), true, l);
    for (const l of ['Next steps', 'Why we will add a canary', 'Hardening', '보안 강화', '효과 측정 자동화']) assert.equal(labelsReasons(l), false, l);
  });
});

// Kind: a short task label with a colon over sub-items that only name things ("- Rotate credentials:" over "- Stripe
// secret key", "- 인증서 재발급:" over "- 결제 게이트웨이 인증서"): the sub-items say what the task covers; one item.
describe('owners (session 10): a short task label over sub-items that name what it covers', () => {
  it('reads "Rotate credentials:" over noun sub-items as one item (EN)', () => {
    const text = '# Leaked token\n\n## Remediation\n\n- Rotate credentials:\n  - Stripe secret key\n  - GitHub deploy token\n  - Sentry DSN\n- Enable secret scanning on push (owner: @ana)\n';
    assert.deepEqual(lines(text), [5, 9]);
    assert.deepEqual(ownerless(text), [5]);
  });
  it('reads "인증서 재발급:" over noun sub-items as one item (KO)', () => {
    const text = '# 인증서 만료\n\n## 후속 조치\n\n- 인증서 재발급:\n  - 결제 게이트웨이 인증서\n  - 사내 위키 인증서\n- 만료 30일 전 알림 추가 (담당: 최지훈)\n';
    assert.deepEqual(lines(text), [5, 8]);
    assert.deepEqual(ownerless(text, 'ko'), [5]);
  });
  it('keeps a topic over task sub-items, and a task label over task sub-items, as separate items', () => {
    const topic = '# X\n\n## Action items\n\n- Alerting:\n  - Add a disk alert on the queue hosts\n  - Page on consumer lag\n';
    assert.deepEqual(lines(topic), [6, 7]);
    const ko = '# X\n\n## 후속 조치\n\n- 키 교체:\n  - 결제 키 교체 자동화\n  - 교체 주기 문서화 작성\n';
    assert.deepEqual(lines(ko), [6, 7]);
  });
});

// Kind: a heading that asks whether the incident happened before or may happen again ("Recurrence", "Has this happened
// before?", "재발 여부"): what is under it is history, not follow-up work (the keyword "recurrence" read it as work).
describe('owners (session 10): a heading that asks about recurrence', () => {
  it('reads no items under "## Recurrence" / "## Has this happened before?" (EN)', () => {
    const text = '# Mail relay stall\n\n## Recurrence\n\n* Stale DNS entries have stalled the mail relay twice before.\n* The web tier has never shown it.\n\n## Has this happened before?\n\n- A similar stampede hit the search cache in 2021\n\n## Action items\n\n- Add request coalescing to the cache client (owner: @mo)\n- Lower the DNS TTL on the relay\n';
    assert.deepEqual(lines(text), [14, 15]);
    assert.deepEqual(ownerless(text), [15]);
  });
  it('reads no items under "## 재발 여부" (KO)', () => {
    const text = '# 로그인 중단\n\n## 재발 여부\n\n- 2023년에도 같은 인증서 만료로 로그인이 중단된 적 있음\n- 다른 서비스에서는 발생한 적 없음\n\n## 재발 방지 대책\n\n- 인증서 만료 알림 추가 (담당: 정하늘)\n- 갱신 절차 문서화\n';
    assert.deepEqual(lines(text), [10, 11]);
    assert.deepEqual(ownerless(text, 'ko'), [11]);
  });
  it('keeps headings that name the work ("Prevent recurrence", "Recurrence prevention", "재발 방지")', () => {
    for (const t of ['Prevent recurrence', 'Recurrence prevention', 'Preventing recurrence', '재발 방지 대책']) assert.equal(classifyHeading(t), 'action-items', t);
    for (const t of ['Recurrence', 'Likelihood of recurrence', 'Previous incidents', '재발 여부', '재발 이력']) assert.notEqual(classifyHeading(t), 'action-items', t);
    assert.equal(asksRecurrence(headingKey('Has this happened before?')), true);
  });
});

// Kind: a heading over what is left to do, alone or after what was recovered ("Recovery and remaining work", "Outstanding
// actions", "복구 확인과 남은 일", "남은 과제"): its open items are follow-up work.
describe('owners (session 10): a heading over the work that remains', () => {
  it('reads the open checkbox under "## Recovery and remaining work" (EN)', () => {
    const text = '# Webhook drop\n\n## Recovery and remaining work\n\n- [x] Replayed the dropped webhooks\n- [ ] Confirm the partner ledger matches ours\n\nWe did not measure how many retries the partner made.\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[3]]), [[5, true], [6, false]]);
    assert.deepEqual(ownerless(text), [6]);
  });
  it('reads the open checkbox under "## 복구 확인과 남은 과제" (KO)', () => {
    const text = '# 알림 누락\n\n## 복구 확인과 남은 과제\n\n- [x] 누락된 알림 재발송 — 고객 확인 완료\n- [ ] 파트너 정산 내역과 대조 확인\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[3]]), [[5, true], [6, false]]);
    assert.deepEqual(ownerless(text, 'ko'), [6]);
  });
  it('classifies "Outstanding actions", "남은 작업" as follow-up work, not "Remaining risks" or "남은 일정"', () => {
    for (const t of ['Outstanding actions', 'Remaining work', '남은 작업', '남은 일']) assert.equal(classifyHeading(t), 'action-items', t);
    for (const t of ['Remaining risks', '남은 일정']) assert.notEqual(classifyHeading(t), 'action-items', t);
  });
});

// Kind (vague-action-item, met with the heading above): a Korean check of an embedded question about a thing named in code
// ("`x` 키가 … 정리되는지 확인") is concrete, as the English "Verify that `x` is cleaned up …" already was; a check that names
// nothing ("설정이 제대로 되었는지 확인", "문제가 없는지 확인") stays vague.
describe('owners (session 10): a check of an embedded question about a thing named in code is not vague', () => {
  const vague = (item: string, locale: 'en' | 'ko') => lint(`# X\n\n## ${locale === 'ko' ? '후속 조치' : 'Action items'}\n\n- [ ] ${item}\n`, { locale }).findings.filter((f) => f.ruleId === 'vague-action-item').length;
  it('KO: "…`x`가 … 되는지 확인" is concrete', () => {
    assert.equal(vague('재시작 후에도 `queue_depth` 지표가 계속 수집되는지 확인', 'ko'), 0);
    assert.equal(vague('배포 직후 `feature_flags` 테이블이 새 값으로 채워지는지 확인', 'ko'), 0);
    assert.equal(vague('야간 작업 후 `tmp_uploads` 버킷이 비워지는지 확인', 'ko'), 0);
  });
  it('KO: a check that names nothing stays vague', () => {
    assert.equal(vague('설정이 제대로 되었는지 확인', 'ko'), 1);
    assert.equal(vague('문제가 없는지 확인', 'ko'), 1);
  });
  it('EN: the same check was already concrete', () => {
    assert.equal(vague('Verify that the `queue_depth` metric is still collected after a restart', 'en'), 0);
  });
});

// Kinds: (1) a numbered sub-heading over sub-headings that are measures of their own ("### 1. Access hardening" over
// "#### Key-only SSH logins", "#### Fail2ban on the bastion") is a group label, not an item; (2) a sub-heading that writes
// up one measure with its how-to (a code block or a how-to label such as "**Steps:**" / "**설정 방법**:", every list under a
// short label) is one item, its details not items; (3) a checklist under a routine heading ("Weekly checklist", "주간 점검
// 체크리스트") holds items, and its checks are not vague inquiries.
describe('owners (session 10): measures written up under numbered group headings', () => {
  const en = '# Bastion compromise\n\n## Remediation\n\n### 1. Access hardening\n\n#### Key-only SSH logins\n\n**Steps:**\n\n```\nPasswordAuthentication no\n```\n\n#### Fail2ban on the bastion\n\n```bash\napt install fail2ban\n```\n\n**Why:**\n\n- Thousands of password guesses an hour reached port 22\n\n### 2. Routine\n\n#### Weekly checklist\n\n- [ ] Check disk usage on the bastion\n- [ ] Review the auth log for failed logins\n\n### 3. Backups\n\n#### Nightly database snapshots\n\n```cron\n0 2 * * * /opt/snap.sh\n```\n\n**Targets:**\n\n- Orders database\n- Uploads bucket\n';
  const ko = '# 배스천 서버 침해\n\n## 재발 방지 대책\n\n### 1. 접근 통제 강화\n\n#### 비밀번호 로그인 차단\n\n**설정 방법**:\n\n```\nPasswordAuthentication no\n```\n\n#### 접속 시도 제한\n\n```bash\napt install fail2ban\n```\n\n**기대 효과**:\n\n- 무차별 대입 시도 차단\n\n### 2. 정기 점검\n\n#### 주간 점검 체크리스트\n\n- [ ] 배스천 디스크 사용량 확인\n- [ ] 인증 로그 검토\n\n### 3. 백업\n\n#### 야간 데이터베이스 스냅샷\n\n```\n0 2 * * * /opt/snap.sh\n```\n\n**백업 대상**:\n\n- 주문 데이터베이스\n- 업로드 버킷\n';
  const vagueLines = (text: string, locale: 'en' | 'ko') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'vague-action-item').map((f) => f.line);
  it('reads each measure sub-heading and each checklist line as an item, no group heading, no detail (EN)', () => {
    assert.deepEqual(read(en).map((r) => [r[0], r[1]]), [[7, 'Key-only SSH logins'], [15, 'Fail2ban on the bastion'], [29, 'Check disk usage on the bastion'], [30, 'Review the auth log for failed logins'], [34, 'Nightly database snapshots']]);
    assert.deepEqual(ownerless(en), [7, 15, 29, 30, 34]);
    assert.deepEqual(vagueLines(en, 'en'), []);
  });
  it('reads each measure sub-heading and each checklist line as an item, no group heading, no detail (KO)', () => {
    assert.deepEqual(read(ko).map((r) => [r[0], r[1]]), [[7, '비밀번호 로그인 차단'], [15, '접속 시도 제한'], [29, '배스천 디스크 사용량 확인'], [30, '인증 로그 검토'], [34, '야간 데이터베이스 스냅샷']]);
    assert.deepEqual(ownerless(ko, 'ko'), [7, 15, 29, 30, 34]);
    assert.deepEqual(vagueLines(ko, 'ko'), []);
  });
  it('keeps a numbered item whose sub-headings are parts of its write-up ("#### Background", "#### 진행 방법")', () => {
    const e = '# X\n\n## Action items\n\n### 1. Rate limit the export API\n\n#### Background\n\nExports spiked to 40k a minute.\n\n#### Plan\n\n- Token bucket per tenant\n';
    assert.deepEqual(lines(e), [5]);
    const k = '# X\n\n## 후속 조치\n\n### 1. 내보내기 API 속도 제한\n\n#### 배경\n\n내보내기가 분당 4만 건까지 치솟았다.\n\n#### 진행 방법\n\n- 테넌트별 토큰 버킷\n';
    assert.deepEqual(lines(k), [5]);
  });
  it('keeps the task list under a topic sub-heading, and a sub-heading with a table, as before', () => {
    const e = '# X\n\n## Action items\n\n### Monitoring\n\n- Add a disk alert on the bastion\n- Page on auth-log spikes\n\n### Config\n\n```\nmaxretry = 3\n```\n\n| Item | Owner |\n| --- | --- |\n| Tune fail2ban | |\n';
    assert.deepEqual(lines(e), [7, 8, 18]);
  });
  it('keeps vague an inquiry outside a routine ("### Other" over "- [ ] Review the alerting setup")', () => {
    const e = '# X\n\n## Action items\n\n### Weekly checklist\n\n- [ ] Check disk usage on the build hosts\n\n### Other\n\n- [ ] Review the alerting setup\n';
    assert.deepEqual(vagueLines(e, 'en'), [11]);
    const k = '# X\n\n## 후속 조치\n\n### 월간 점검\n\n- [ ] 디스크 사용량 확인\n\n### 기타\n\n- [ ] 알림 설정 검토\n';
    assert.deepEqual(vagueLines(k, 'ko'), [11]);
  });
});

// Kind: an acronym spelled out in parentheses ("ACG (Access Control Group)", "ACG (접근 제어 그룹)") is not a team named as
// the owner, though its last word is "Group".
describe('owners (session 10): an acronym spelled out is not a team', () => {
  it('reads no owner from "… an ACG (Access Control Group)" / "… ACG (접근 제어 그룹)"', () => {
    const e = '# X\n\n## Action items\n\n- Limit SSH to the office range with an ACG (Access Control Group)\n- Hand the runbook to the SRE (Site Reliability Engineering)\n- Rotate the bastion keys (Platform team)\n';
    assert.deepEqual(read(e).map((r) => r[2]), ['', '', 'Platform team']);
    const k = '# X\n\n## 후속 조치\n\n- 사내 대역만 허용하도록 ACG (접근 제어 그룹) 설정\n- 배스천 키 교체 (플랫폼팀)\n';
    assert.deepEqual(read(k).map((r) => r[2]), ['', '플랫폼팀']);
  });
});

// Kind: an acceptance criterion written as an item of a follow-up list: a condition, then the verdict that it is a failure
// ("… 넘으면 실패로 본다", "If the status page shows green during a regional outage, that is a failure"). It says what must
// not happen; it is not a task.
describe('owners (session 10): an acceptance criterion is not a task', () => {
  it('reads no item from "If …, that is a failure" / "Any … counts as failed" (EN)', () => {
    const text = '# Status page stayed green\n\n## Prevent recurrence\n\n- If the status page shows green during a regional outage, that is a failure.\n- Any deploy that raises p99 latency above 300 ms counts as failed\n- Add a synthetic probe per region\n';
    assert.deepEqual(lines(text), [7]);
    assert.deepEqual(ownerless(text), [7]);
  });
  it('reads no item from "…면 실패다" / "…넘으면 실패로 본다" (KO)', () => {
    const text = '# 상태 페이지 오표시\n\n## 재발 방지\n\n- 리전 장애 중에 상태 페이지가 정상으로 보이면 실패다.\n- 배포 후 5분 안에 5xx 비율이 1%를 넘으면 실패로 본다.\n- 리전별 합성 모니터 추가\n';
    assert.deepEqual(lines(text), [7]);
    assert.deepEqual(ownerless(text, 'ko'), [7]);
  });
  it('keeps tasks that mention failure ("Add an alert when the job is a failure", "실패 시 알림 추가")', () => {
    for (const t of ['Add an alert when the job is a failure', 'When the export fails, page the on-call', '실패 시 알림 추가', '실패하면 재시도하도록 수정', '오류율이 1%를 넘으면 실패로 보도록 배포 게이트를 추가할 예정']) assert.equal(statesCriterion(t), false, t);
  });
});

describe('owners (session 10): a numbered heading over sub-headings that are not measures stays one item', () => {
  it('keeps "### 1. …" over "#### Current state" / "#### Proposal" (prose and lists, no how-to) as one item (EN, KO)', () => {
    const e = '# X\n\n## Action items\n\n### 1. Rework paging for the billing queue\n\n#### Current state\n\n- One alert fires on any backlog\n\n#### Proposal\n\n- Split it by queue\n';
    assert.deepEqual(lines(e), [5]);
    const k = '# X\n\n## 후속 조치\n\n### 1. 정산 큐 호출 체계 재정비\n\n#### 현재 상태\n\n- 적체가 생기면 알림 하나가 울림\n\n#### 제안\n\n- 큐별로 분리\n';
    assert.deepEqual(lines(k), [5]);
  });
});

// A third document for each layout kind above, other domains again (COMMON.md, session 10: a layout seen in one corpus
// document is learned only if other teams would write it too).
describe('owners (session 10): third documents of the layout kinds', () => {
  it('a database team\'s measures under numbered groups, each with its config, and a daily checklist (EN)', () => {
    const text = '# Connection storm on the orders DB\n\n## Follow-up\n\n### 1. Database limits\n\n#### Pool size per service\n\n```yaml\nmaxPoolSize: 50\n```\n\n**Rationale:**\n\n- Each deploy doubled the open connections\n\n#### Statement timeout\n\n```sql\nALTER ROLE app SET statement_timeout = \'5s\';\n```\n\n### 2. Detection\n\n#### Daily checks\n\n- [ ] Check the connection count against the pool limit\n- [ ] Review slow-query log\n';
    assert.deepEqual(lines(text), [7, 17, 27, 28]);
    assert.deepEqual(lint(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'vague-action-item').map((f) => f.line), []);
  });
  it('a mobile team\'s measures under a numbered group, with "**적용 방법**:" and "**장점**:" (KO)', () => {
    const text = '# 푸시 알림 중복 발송\n\n## 개선 사항\n\n### 1. 발송 서버\n\n#### 멱등 키 적용\n\n**적용 방법**:\n\n```kotlin\nval key = "${userId}:${campaignId}"\n```\n\n**장점**:\n\n- 재시도해도 한 번만 발송\n\n#### 재시도 간격 조정\n\n```properties\nretry.backoff=30s\n```\n';
    assert.deepEqual(lines(text), [7, 19]);
    assert.deepEqual(ownerless(text, 'ko'), [7, 19]);
  });
  it('labels of reasons and short task labels in a payments team\'s list (EN)', () => {
    const text = '# Refund delays\n\n## Next steps\n\n- Revoke tokens:\n  - Partner sandbox token\n  - Refund webhook secret\n- Shorten the refund retry window (owner: @kai)\n\n**Background:**\n\n- The refund job ran once an hour\n';
    assert.deepEqual(lines(text), [5, 8]);
  });
  it('a recurrence heading and a remaining-work heading in a search team\'s report (EN, KO)', () => {
    const en = '# Index lag\n\n## Previous incidents\n\n- The same lag hit the catalog index in March\n\n## Remaining work\n\n- Add an index-lag alert\n';
    assert.deepEqual(lines(en), [9]);
    const ko = '# 색인 지연\n\n## 재발 이력\n\n- 3월에도 상품 색인에서 같은 지연이 있었음\n\n## 남은 작업\n\n- 색인 지연 알림 추가\n';
    assert.deepEqual(lines(ko), [9]);
  });
});
