// action-item-owner on real postmortems, session 8 (issue 7): kinds of layout and wording behind the wrong and
// missed owner findings of the documents drawn into dev. Every document here is new and invented for its kind.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { describesSystemEn, describesSystemKo } from '../../src/core/model/ownerWording';

/** [line, description, owner or '', done] per action item. */
const read = (text: string) => {
  const doc = parseDocument(text);
  return doc.actionItems.map((i) => [doc.lines.position(i.description.start).line, i.description.text.replace(/\s+/g, ' '), i.owner?.text ?? '', i.done] as const);
};
const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);

describe('owners (session 8): a status right after the bold title', () => {
  it('reads "*(done during the response)*" and "(shipped, #12)" after the title as done, and keeps "(outstanding)" open (EN)', () => {
    const text = '# X\n\n## What we will change\n\n1. **Pin the base image.** *(done during the response)*\n   Builds now pull a digest, not a tag.\n\n2. **Rate-limit the export API.** *(shipped, [#412](https://example.org/pr/412))*\n   One export per minute per key.\n\n3. **Page on mass deletions.** *(outstanding — nothing built)* Nobody was paged.\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[3]]), [[5, true], [8, true], [11, false]]);
    assert.deepEqual(ownerless(text), [11]);
  });
  it('keeps a status with a due date or a condition open: "(done by Q3)", "(shipped when the flag is on)" (EN)', () => {
    const text = '# X\n\n## Next steps\n\n1. **Add a canary stage.** *(done by Q3)*\n2. **Drop the old endpoint.** *(shipped when the flag is on)*\n';
    assert.deepEqual(read(text).map((r) => r[3]), [false, false]);
  });
  it('reads "*(완료, 대응 중 적용)*" after the title as done, "*(완료 예정)*" as open (KO)', () => {
    const text = '# X\n\n## 재발 방지 대책\n\n1. **로그 보존 기간 연장** *(완료, 대응 중 적용)*\n   보존 기간을 30일로 늘렸다.\n\n2. **배치 잠금 시간 단축** *(완료 예정, 다음 달)*\n   잠금 시간을 5분 이하로 줄인다.\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[3]]), [[5, true], [8, false]]);
    assert.deepEqual(ownerless(text, 'ko'), [8]);
  });
});

describe('owners (session 8): "[N/A]" in a checklist, with its reason', () => {
  it('reads "[N/A] **…** — not needed; …" as rejected: no "N/A is not an owner" finding (EN)', () => {
    const text = '# X\n\n## Remediation\n\n- [x] **Rotate the webhook secret** — done on the day.\n- [N/A] **Switch the queue to FIFO** — not needed; ordering was never the issue.\n- [ ] **Alert on webhook failures**\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text), [7]);
  });
  it('keeps "[N/A]" without a reason an owner placeholder (EN)', () => {
    const text = '# X\n\n## Action items\n\n- [N/A] Switch the queue to FIFO\n';
    assert.deepEqual(ownerless(text), [5]);
  });
  it('reads "[해당 없음] … — 불필요" as rejected (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- [x] **웹훅 비밀키 교체** — 당일 완료\n- [해당 없음] **큐를 FIFO로 전환** — 불필요: 순서는 원인이 아니었음\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true]);
    assert.deepEqual(ownerless(text, 'ko'), []);
  });
});

describe('owners (session 8): advice to readers written as an item', () => {
  it('does not read "For X who …, we advise …" or "We recommend that operators …" as the team\'s work (EN)', () => {
    const text = '# X\n\n## Next steps\n\n- for self-hosted runners that have not yet been restarted, who still hold the old token, we advise a restart this week\n- We recommend that all node operators rotate their signing keys\n- the infra team will rotate the CI token\n- we will add an expiry alert for tokens\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7, 8]);
    assert.deepEqual(ownerless(text), [8]);
  });
  it('keeps "We recommend that users be notified" (the team\'s work, passive) as an item (EN)', () => {
    assert.deepEqual(read('# X\n\n## Next steps\n\n- We recommend that users be notified by email\n').length, 1);
  });
  it('does not read "… 이용자께서는 … 해 주시기 바랍니다" as the team\'s work (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- 아직 앱을 업데이트하지 않은 이용자께서는 최신 버전으로 업데이트해 주시기 바랍니다.\n- 공지 채널에 업데이트 안내 게시\n';
    assert.deepEqual(read(text).map((r) => r[0]), [6]);
    assert.deepEqual(ownerless(text, 'ko'), [6]);
  });
});

describe('owners (session 8): a report by "Team" with no article', () => {
  it('reads "Team discussed …" as a report of what was done (EN)', () => {
    const text = '# X\n\n## Review actions\n\n- Team discussed moving the restarts to a quiet hour with the on-call rota\n- Create a staging copy of the queue\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, false]);
    assert.deepEqual(ownerless(text), [6]);
  });
  it('reads "팀 내에서 … 논의했음" as a report (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- 팀 내에서 재시작 시간대를 새벽으로 옮기는 방안을 논의했음\n- 스테이징 큐 복제본 구축\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, false]);
  });
});

describe('owners (session 8): a named team as the subject of "should"', () => {
  it('reads "Content pipeline team should …" as owned, not "The team should …" (EN)', () => {
    const text = '# X\n\n## Action items\n\n- Data ingest team should own certificate renewals\n- The team should add an expiry alert\n- Every team should review its certificates\n';
    assert.deepEqual(read(text).map((r) => r[2]), ['Data ingest team', '', '']);
  });
  it('reads "인프라팀은 … 해야 한다" as owned (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- 인프라팀은 인증서 갱신을 자동화해야 한다\n';
    assert.deepEqual(read(text).map((r) => r[2]), ['인프라팀']);
  });
});

describe('owners (session 8): a line of its own standing for a heading', () => {
  it('reads the list under a bare "Action Items" line (EN)', () => {
    const text = '# X\n\n## Detection\n\nA customer told us.\n\nAction Items\n- Alert before certificates expire\n- Move the mirror to the main project\n';
    assert.deepEqual(read(text).map((r) => r[0]), [8, 9]);
    assert.deepEqual(ownerless(text), [8, 9]);
  });
  it('reads the list under a bare "후속 조치" line (KO)', () => {
    const text = '# X\n\n## 탐지\n\n고객 문의로 알았다.\n\n후속 조치\n- 인증서 만료 전 알림 추가\n';
    assert.deepEqual(read(text).map((r) => r[0]), [8]);
  });
  it('does not read a list under a bare line that is not a follow-up name, or under a sentence (EN)', () => {
    assert.deepEqual(read('# X\n\n## Detection\n\nWhat went well\n- The pager fired\n'), []);
    assert.deepEqual(read('# X\n\n## Detection\n\nThese were the next steps we took. Action items\n- Restarted the pods\n'), []);
  });
});

describe('owners (session 8): a plan by horizon under any heading', () => {
  it('reads the lists under "긴급 (즉시)" / "단기 (1주)" / "장기" sub-headings as action items (KO)', () => {
    const text = '# X\n\n## 4. 적용 순서\n\n### 🚨 긴급 (즉시)\n\n1. **야간 배치 중지**: 잠금 경합을 키우고 있음\n\n### 📅 단기 (1주)\n\n2. **잠금 순서 통일**: 주문 → 재고 순서로 고정\n\n### 📅 장기\n\n3. **정산을 큐 기반으로 이전**\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7, 11, 15]);
    assert.deepEqual(ownerless(text, 'ko'), [7, 11, 15]);
  });
  it('reads "Immediate" / "Long term" sub-headings the same way (EN)', () => {
    const text = '# X\n\n## Rollout\n\n### Immediate\n\n- Pause the nightly sync\n\n### Long term\n\n- Move the sync onto a queue (owner: @ana)\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[2]]), [[7, ''], [11, '@ana']]);
  });
  it('does not read "Short-term impact" / "Long-term impact" sub-headings as a plan (EN and KO)', () => {
    assert.deepEqual(read('# X\n\n## Impact\n\n### Short-term impact\n\n- Users saw errors\n\n### Long-term impact\n\n- Some churn\n'), []);
    assert.deepEqual(read('# X\n\n## 영향\n\n### 단기 영향\n\n- 결제 오류\n\n### 장기 영향\n\n- 이탈 증가\n'), []);
  });
});

describe('owners (session 8): a document\'s outline numbering over explanatory subsections', () => {
  it('does not read "### 4.1 How retries behave now" under "## 4. Follow-up work" as an item; reads "### 4.2 Add …" (EN)', () => {
    const text = '# X\n\n## 4. Follow-up work\n\n### 4.1 How retries behave now\n\nRetries back off exponentially. A retry storm is still possible when the upstream is down, which is why an alert is also needed.\n\n### 4.2 Add an alert on retry storms\n\nPage when retries exceed 100 per minute.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [9]);
  });
  it('does not read "### 3.1 재시도 방식 — 알림 없음" under "## 3. 해결 방향" as an item; reads "### 3.2 … 알림 추가" (KO)', () => {
    const text = '# X\n\n## 3. 해결 방향\n\n### 3.1 재시도 방식 — 별도 알림 없음\n\n재시도는 지수적으로 늘어난다. 업스트림이 내려가면 재시도 폭주가 생길 수 있어 알림 도입이 필요하다.\n\n### 3.2 재시도 폭주 알림 추가\n\n분당 100회를 넘으면 호출한다.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [9]);
  });
  it('keeps numbered item headings that are not the outline ("### 1. Add …" under "## Action items")', () => {
    const text = '# X\n\n## Action items\n\n### 1. Queue depth\n\nWe had no view of it.\n';
    assert.deepEqual(read(text).length, 1);
  });
});

describe('owners (session 8): an English item that describes how the system works', () => {
  it('does not read present-tense descriptions with code or "this …" as subject as items; keeps the tasks', () => {
    const text = '# X\n\n## Follow-up work\n\n- `RefundWorker` pulls each message and settles it in one transaction.\n- This call returns as soon as the queue acknowledges it.\n- Add a dead-letter queue for refunds\n- Page the on-call when refunds back up\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7, 8]);
  });
  it('keeps plans, people and noun phrases: "`X` will …", "The team reviews …", "The alert thresholds for …"', () => {
    assert.equal(describesSystemEn('`RefundWorker` will retry each message twice.'), false);
    assert.equal(describesSystemEn('The team reviews refund alerts weekly.'), false);
    assert.equal(describesSystemEn('This queue needs a dead-letter queue.'), false);
    assert.equal(describesSystemEn('This alert thresholds for disk usage'), false);
  });
});

describe('owners (session 8): a Korean item that describes how the system works', () => {
  it('does not read present-tense descriptions with a system subject as items; keeps the tasks', () => {
    const text = '# X\n\n## 2. 해결 방향\n\n- 결제 커밋 후, `SettlementDispatcher`가 정산 함수를 비동기로 호출한다.\n- 이 호출은 202를 받는 즉시 끝난다 — 원래 요청과 무관하다.\n- Lambda는 별도의 실행 환경을 새로 띄운다. 메모리를 공유하지 않는다.\n- 정산 함수의 타임아웃을 30초로 조정한다.\n- `SettlementDispatcher`는 재시도 한도를 추가한다.\n- 정산 실패 알림 추가\n';
    assert.deepEqual(read(text).map((r) => r[0]), [8, 9, 10]);
  });
  it('keeps a team or a plan as subject, and a task verb: "결제팀은 … 호출한다", "이 작업은 다음 주 진행한다", "…를 추가한다"', () => {
    assert.equal(describesSystemKo('결제팀은 정산 API를 매일 호출한다.'), false);
    assert.equal(describesSystemKo('이 작업은 다음 주에 진행한다.'), false);
    assert.equal(describesSystemKo('`Dispatcher`는 재시도 한도를 추가한다.'), false);
    assert.equal(describesSystemKo('`Dispatcher`는 메시지를 비동기로 보낸다.'), true);
  });
});
