// action-item-owner on real postmortems, session 10 (issue 7): kinds of layout and wording behind the wrong and missed
// owner findings of the documents drawn into dev in session 10. Every document here is new and invented for its kind
// (other subjects, verbs and domains than the corpus lines that showed the kind).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { asksRecurrence, labelsReasons } from '../../src/core/model/ownerLayouts';
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
