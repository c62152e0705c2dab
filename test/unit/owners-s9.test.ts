// action-item-owner on real postmortems, session 9 (issue 7): kinds of layout and wording behind the wrong and missed
// owner findings of the documents drawn into dev in session 9. Every document here is new and invented for its kind
// (other subjects, verbs and domains than the corpus lines that showed the kind).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { leadSaysFocusedOn, lineTask, plansAboutList } from '../../src/core/model/ownerLabels';
import { closedBySameFix, namesThing, reportsNewState } from '../../src/core/model/ownerWording';

/** [line, description, owner or '', done] per action item. */
const read = (text: string) => {
  const doc = parseDocument(text);
  return doc.actionItems.map((i) => [doc.lines.position(i.description.start).line, i.description.text.replace(/\s+/g, ' '), i.owner?.text ?? '', i.done] as const);
};
const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);

// Kind: a list that names the things a planned item is about ("… we will add alerts for:" then noun phrases) completes
// that item's sentence: its lines are the item's details, whether the list is indented under the item or not.
describe('owners (session 9): a list that completes the sentence of the planned item above it', () => {
  it('reads noun-phrase bullets after "1. **…** We will add … for:" (not indented) as details of item 1 (EN)', () => {
    const text = '# Queue stall\n\n## Follow-up actions\n\n1.  **Broker saturation alerts**\n    We will add dashboards and pages for:\n\n-   Consumer lag per topic\n-   Unacked message count\n-   Memory high-water mark on each broker\n\n2.  **Retry budget for the mailer**\n    We plan to cap retries at three per message.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [5, 12]);
    assert.deepEqual(ownerless(text), [5, 12]);
  });
  it('reads indented noun-phrase sub-items under "… — we will set quotas on:" as one item, not a group label (EN)', () => {
    const text = '# X\n\n## Next steps\n\n- **Capacity review** — we will set quotas on:\n  - Artifact storage per tenant\n  - CI minutes per project\n- Add a weekly quota report (owner: @dana)\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[2]]), [[5, ''], [8, '@dana']]);
    assert.deepEqual(ownerless(text), [5]);
  });
  it('reads noun-phrase bullets after "… 알림을 추가할 예정입니다:" as details of the item above (KO)', () => {
    const text = '# 캐시 장애\n\n## 재발 방지 대책\n\n1.  **캐시 계층 모니터링 보강**\n    다음 지표에 대한 알림을 추가할 예정입니다:\n\n-   캐시 적중률\n-   노드별 메모리 사용량\n-   만료 키 증가 속도\n\n2.  **장애 훈련 정례화**\n    분기마다 캐시 장애 훈련을 진행할 예정입니다.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [5, 12]);
    assert.deepEqual(ownerless(text, 'ko'), [5, 12]);
  });
  it('reads indented sub-items under "… 상한을 둘 예정:" as details (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- **빌드 자원 한도** — 프로젝트 단위로 상한을 둘 예정:\n  - 빌드 시간\n  - 아티팩트 저장 공간\n';
    assert.deepEqual(read(text).map((r) => r[0]), [5]);
  });
  it('keeps separate items: tasks after a lead, noun bullets under "the following steps:", a lead that plans nothing (EN)', () => {
    // The bullets are tasks of their own.
    const tasks = '# X\n\n## Action items\n\n1. **Broker alerts** We will add alerts for:\n\n- Add a lag alert per topic\n- Page on dead-letter growth\n';
    assert.deepEqual(read(tasks).map((r) => r[0]), [5, 7, 8]);
    // A lead that names steps: the terse bullets are the steps.
    const steps = '# X\n\n## Action items\n\n1. **Hardening** We will take the following steps:\n\n- Better broker alerting\n- Runbook for queue drains\n';
    assert.deepEqual(read(steps).map((r) => r[0]), [5, 7, 8]);
    // A heading in between: the list is not the item's.
    const apart = '# X\n\n## Action items\n\n1. **Broker alerts** We will add alerts for:\n\n### Other work\n\n- Consumer lag dashboards\n';
    assert.deepEqual(read(apart).map((r) => r[0]).includes(9), true);
  });
  it('keeps separate items when the lead names work ("다음 조치를 진행할 예정입니다:") or the bullets are tasks (KO)', () => {
    const work = '# X\n\n## 후속 조치\n\n1. **모니터링** 다음 조치를 진행할 예정입니다:\n\n- 캐시 적중률 대시보드\n- 메모리 경보\n';
    assert.deepEqual(read(work).map((r) => r[0]), [5, 7, 8]);
    const tasks = '# X\n\n## 후속 조치\n\n1. **모니터링** 다음 지표에 알림을 둘 예정입니다:\n\n- 캐시 적중률 알림 추가\n- 메모리 경보 강화\n';
    assert.deepEqual(read(tasks).map((r) => r[0]), [5, 7, 8]);
  });
  it('plansAboutList / namesThing: the two halves of the kind', () => {
    assert.equal(plansAboutList('We plan to extend the audit log with entries for:'), true);
    assert.equal(plansAboutList('We will:'), false);
    assert.equal(plansAboutList('We will take these actions:'), false);
    assert.equal(plansAboutList('We added alerts for:'), false);
    assert.equal(plansAboutList('아래 서비스에 속도 제한을 적용할 예정입니다:'), true);
    assert.equal(plansAboutList('아래 작업을 진행할 예정입니다:'), false);
    assert.equal(namesThing('Login attempts per IP address'), true);
    assert.equal(namesThing('Rotate the signing keys'), false);
    assert.equal(namesThing('We need a better pager'), false);
    assert.equal(namesThing('로그인 시도 횟수'), true);
    assert.equal(namesThing('서명 키 교체'), false);
    assert.equal(namesThing('서명 키를 교체한다'), false);
  });
});

// Kind: a lead-in that says the team is at work on what follows now ("We are currently focused on:", "현재 … 집중하고
// 있습니다:"): items worded as work in progress report it, like "we are taking the following steps:".
describe('owners (session 9): a lead-in saying the team is focused on the listed work now', () => {
  it('reads gerund items, also after an adverb, under "We are currently focused on:" as reported (EN)', () => {
    const text = '# X\n\n## Next steps\n\nService is restored and the backlog is gone. We are currently focused on:\n\n- Finishing the shard rebalancing\n- Rewriting the export job\'s retry logic\n- Gradually moving readers to the replica pool\n- Add an alert on shard skew\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, true, false]);
    assert.deepEqual(ownerless(text), [10]);
  });
  it('keeps them open under a plan: "We will focus on:" (EN)', () => {
    const text = '# X\n\n## Next steps\n\nWe will focus on:\n\n- Finishing the shard rebalancing\n- Rewriting the export job\'s retry logic\n';
    assert.deepEqual(read(text).map((r) => r[3]), [false, false]);
  });
  it('reads "… 중" items under "현재 다음 작업에 집중하고 있습니다:" as reported (KO)', () => {
    const text = '# X\n\n## 향후 계획\n\n서비스는 복구되었습니다. 현재 다음 작업에 집중하고 있습니다:\n\n- 샤드 재배치 마무리 중\n- 내보내기 작업의 재시도 로직 재작성 중\n- 샤드 편중 알림 추가\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text, 'ko'), [9]);
  });
  it('leadSaysFocusedOn', () => {
    assert.equal(leadSaysFocusedOn("We're now working on:"), true);
    // An adjective in -ly before a gerund is not an adverb of progress: "Weekly reporting …" stays open.
    const weekly = '# X\n\n## Next steps\n\nWe are currently focused on:\n\n- Weekly reporting on queue depth\n- Quietly retiring the old exporter\n';
    assert.deepEqual(read(weekly).map((r) => r[3]), [false, true]);
    assert.equal(leadSaysFocusedOn('Next quarter we will be focused on:'), false);
    assert.equal(leadSaysFocusedOn('지금 다음 두 가지에 주력하고 있습니다:'), true);
    assert.equal(leadSaysFocusedOn('앞으로 다음 작업에 집중할 예정입니다:'), false);
  });
});

// Kind: the result of a change told as a new state ("… are now more visible", "… is now twice as fast"; "… 빨라졌습니다"):
// a report of a change made, not work to do.
describe('owners (session 9): a change reported as the new state it brought', () => {
  it('reads "X are now more …" / "X is now faster" items as done, keeps a task open (EN)', () => {
    const text = '# X\n\n## Changes we are making\n\n- Nightly restore checks are now far more thorough\n- Status page updates are now quicker during an outage\n- Add a second on-call for weekends\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text), [7]);
  });
  it('keeps "X is now under review", "X should now be faster" and a plan after the state open (EN)', () => {
    assert.equal(reportsNewState('The vendor contract is now under review'), false);
    assert.equal(reportsNewState('Failover should now be faster'), false);
    assert.equal(reportsNewState('Ticket routing is now smarter'), true);
  });
  it('reads "… 빨라졌습니다" / "… 쉬워졌다" as done, keeps a task open (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- 야간 복원 점검 속도가 두 배로 빨라졌습니다\n- 상태 페이지 갱신이 훨씬 쉬워졌다\n- 주말 보조 당직 지정\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text, 'ko'), [7]);
    assert.equal(reportsNewState('배포가 빨라지도록 캐시 계층 개선 예정'), false);
  });
});

// Kind: an item that says another item's fix already closed it ("… and is resolved by the same patch", "같은 수정으로 함께
// 해결됨").
describe('owners (session 9): an item the same fix already closed', () => {
  it('reads "**Region B:** … is covered by the same fix" as done (EN)', () => {
    const text = '# X\n\n## Remediation\n\n- [x] **Bound the import batch size** — the parser now stops at 10,000 rows.\n- **Region B:** the same oversized batch could arrive there, and it is covered by the same fix since both regions run one build.\n- Add a batch-size metric to the import dashboard\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text), [7]);
  });
  it('reads "**B 리전:** … 같은 수정으로 함께 해결됨" as done (KO)', () => {
    const text = '# X\n\n## 후속 조치\n\n- [x] **가져오기 배치 크기 제한** — 파서가 1만 행에서 멈추도록 변경\n- **B 리전:** 같은 크기의 배치가 들어올 수 있었으나 같은 수정으로 함께 해결됨\n- 가져오기 대시보드에 배치 크기 지표 추가\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, false]);
    assert.deepEqual(ownerless(text, 'ko'), [7]);
  });
  it('closedBySameFix does not read a plan to fix ("will be fixed by the same patch")', () => {
    assert.equal(closedBySameFix('It will be fixed by the same patch next week'), false);
    assert.equal(closedBySameFix('The replica was also resolved with the previous deploy'), true);
    assert.equal(closedBySameFix('같은 패치로 수정할 예정'), false);
  });
});

// Kind: a follow-up section written one task per line, without list markers: each line that is a task is an item; an
// apology or a sentence of context is not.
describe('owners (session 9): a follow-up section of one task per line, no list markers', () => {
  it('reads noun-form task lines as items and a closing apology as none (KO)', () => {
    const text = '# 주문 지연 안내\n\n## 재발 방지\n\n주문 처리 서버 최소 인스턴스 수를 4대로 상향\n\n트래픽 급증 경보 임계치 재설정\n\n큐 적체 감시 대시보드 구축 완료\n\n이용에 불편을 드려 죄송합니다.\n앞으로 더 안정적인 서비스를 위해 노력하겠습니다.\n';
    assert.deepEqual(read(text).map((r) => [r[0], r[3]]), [[5, false], [7, false], [9, true]]);
    assert.deepEqual(ownerless(text, 'ko'), [5, 7]);
  });
  it('reads imperative lines as items and a paragraph of context as none (EN)', () => {
    const text = '# Checkout delays\n\n## Action items\n\nRaise the minimum worker count to four\n\nAdd an alert on checkout queue depth\n\nThe queue grew for forty minutes before anyone looked at it, which is why both changes matter.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [5, 7]);
    assert.deepEqual(ownerless(text), [5, 7]);
  });
  it('reads nothing new where the section has a list, or outside follow-up sections', () => {
    assert.deepEqual(read('# X\n\n## Action items\n\nRaise the worker floor\n\n- Add a queue alert (owner: @li)\n').map((r) => r[0]), [7]);
    assert.deepEqual(read('# X\n\n## Impact\n\nRaise the worker floor\n'), []);
  });
  it('lineTask', () => {
    assert.equal(lineTask('Document the failover drill'), true);
    assert.equal(lineTask('We are sorry for the delay.'), false);
    assert.equal(lineTask('Add an alert. Then tune it.'), false);
    assert.equal(lineTask('로그 보존 기간 90일로 확대'), true);
    assert.equal(lineTask('고객 여러분께 사과드립니다.'), false);
  });
});

// Kind: a closing apology or promise of effort in a follow-up section told in prose ("We will do our best to earn back
// your trust", "… 노력하겠습니다"): no work named, not an item.
describe('owners (session 9): a closing apology or promise of effort in follow-up prose', () => {
  it('does not read "We are sorry … We will do our best to …" as an item, reads the plan beside it (EN)', () => {
    const text = '# X\n\n## Follow-up\n\nWe are sorry for the disruption. We will do our very best to earn back your trust.\n\nWe will add a dry-run mode to the migration tool.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7]);
    assert.deepEqual(ownerless(text), [7]);
  });
  it('does not read "불편을 드려 죄송합니다. … 최선을 다하겠습니다." as an item, reads the plan beside it (KO)', () => {
    const text = '# X\n\n## 향후 계획\n\n이용에 불편을 드려 죄송합니다. 더 안정적인 서비스를 위해 최선을 다하겠습니다.\n\n결제 서버 이중화를 다음 달까지 완료할 예정입니다.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7]);
    assert.deepEqual(ownerless(text, 'ko'), [7]);
  });
  it('keeps a paragraph that apologises and plans work an item (EN, KO)', () => {
    assert.deepEqual(read('# X\n\n## Follow-up\n\nWe are sorry. We will add a dry-run mode to the migration tool.\n').map((r) => r[0]), [5]);
    assert.deepEqual(read('# X\n\n## 향후 계획\n\n죄송합니다. 결제 서버 이중화를 다음 달까지 완료할 예정입니다.\n').map((r) => r[0]), [5]);
    // A promise of effort with no apology beside it is a plan like any other.
    assert.deepEqual(read('# X\n\n## Follow-up\n\nWe will do our best to ship a dry-run mode for the migration tool.\n').map((r) => r[0]), [5]);
    assert.deepEqual(read('# X\n\n## 향후 계획\n\n결제 서버 이중화를 위해 최선을 다하겠습니다.\n').map((r) => r[0]), [5]);
  });
});

// Kind: a bare follow-up label closing a list ("- **Follow-up actions**:", "- **후속 조치**:") whose items are written as
// paragraphs below it, not as a list: each paragraph that is a one-line task is an item; questions, answers and context
// between them are not.
describe('owners (session 9): a follow-up label closing a list, its tasks written as paragraphs below', () => {
  it('reads the one-line task paragraphs after "- **Follow-up actions**:" (EN)', () => {
    const text = '# X\n\n## Review\n\n- **Cause**: a full disk on the build hosts\n- **Follow-up actions**:\n\nShould we page on disk growth? Probably.\n\nAdd a disk growth alert on the build hosts\n\nThis happened twice last year.\n\nSchedule a monthly cleanup of stale build caches\n';
    assert.deepEqual(read(text).map((r) => r[0]), [10, 14]);
    assert.deepEqual(ownerless(text), [10, 14]);
  });
  it('reads the one-line task paragraphs after "- **후속 조치**:" (KO)', () => {
    const text = '# X\n\n## 회고\n\n- **원인**: 빌드 서버 디스크 가득 참\n- **후속 조치**:\n\n디스크 증가에 호출이 필요한가? 필요함.\n\n빌드 서버 디스크 증가 알림 추가\n\n작년에도 두 번 있었던 일이다.\n';
    assert.deepEqual(read(text).map((r) => r[0]), [10]);
    assert.deepEqual(ownerless(text, 'ko'), [10]);
  });
  it('reads nothing after a label that names no follow-up work, or when no paragraph is a task', () => {
    assert.deepEqual(read('# X\n\n## Review\n\n- **Cause**: a full disk\n- **Impact**:\n\nAdd nothing; builds were retried.\n'), []);
    assert.deepEqual(read('# X\n\n## Review\n\n- **Follow-up actions**:\n\nWe talked about alerts and agreed they would not have helped.\n'), []);
  });
});
