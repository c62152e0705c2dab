// action-item-owner, session 14 (issue 7): two layouts of a follow-up section that the s14 draw's first run misread
// (test/realworld/AUDITS.md "Session 14: first-run owner findings by path"). Every document here is new, invented for its
// kind (other subjects, systems and people than the corpus documents that showed it).
//
// Kind 1, the owner as a group label: a short label alone on its line ("**Alice:**", "**@bob**", "Ops team:", "**박지훈
// 님**", "**LB**") over a list of that person's or team's tasks: the items are owned. How an owner label is told from a
// topic label (src/core/model/ownerGroups.ts):
//   - an @handle; a team word ("Payments team", "SRE", "플랫폼팀"; not "Team" alone);
//   - a known name form: an English given name the lexicon knows, alone or with a surname or an initial ("Priya",
//     "Priya Nair", "Priya N."); a Korean name the lexicon knows, a name with an honorific or a title ("이서연 매니저"),
//     a masked name ("김OO");
//   - initials (two or three capitals) only when the area has two or more such labels and more than half are no known
//     acronym: one "**JD**" alone, or "**DB**" / "**CI**" / "**API**", stays a topic (precision first).
//   A capitalised word that is not a given name ("**Database**", "**Storage**") is a topic: its items still ask an owner.
//   Korean mirror: the same layouts with Korean names, titles, masked names and team words; initials are a Latin-script
//   habit that Korean teams use too ("**KJ**"), tested in the English documents only.
// Kind 3, a sub-item that is a plan of its own: under a planned item, a sub-item that opens with the writers' own further
// plan marked as MORE work ("We're also going to …", "Longer-term we are also considering …", "또한 … 예정입니다",
// "장기적으로는 … 검토하고 있습니다") is one more item (ownerless unless its parent or itself names an owner). A sub-item
// without that mark ("We will do this by …", "The job will reuse …") stays a detail of its parent (precision first).
// Korean mirror: the lead adverb (또한, 추가로, 별도로, 장기적으로는) and a plan ending play the part of "also" + a plan verb.
// Kind 2, a closing sub-heading among task sub-headings: "### Conclusion", "### Final thoughts", "### 결론", "### 마치며" sum
// the write-up up; the plans their prose mentions ("we plan to …", "공유할 예정입니다") are not one more item.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { closingHeading, initialsNamePeople, morePlanSubItem, ownerLabelForm } from '../../src/core/model/ownerGroups';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const lines = (...ls: string[]) => [...ls, ''].join('\n');

describe('owners (session 14): an owner label over a list owns its items', () => {
  it('bold initials per person, four people (EN)', () => {
    const text = lines(
      '# Payroll export stalled', '', '## Summary', '', 'The nightly payroll export stopped at 02:10 UTC.', '',
      '## Next steps', '',
      '**RK**',
      '- Add a freshness check on the export bucket',
      '- Move the export job off the shared runner', '',
      '**TM**',
      '- Write down how to re-run a partial export', '',
      '**OV**',
      '- Ask the bank whether late files are accepted after 06:00',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('a given name with a colon, a handle, a team with a colon (EN)', () => {
    const text = lines(
      '# Search index lag', '', '## Follow-up', '',
      '**Priya:**',
      '- Alert when indexing lag passes ten minutes',
      '- Split the reindex queue by tenant', '',
      '**@dana**',
      '- Remove the unused replica from the search cluster', '',
      'Payments team:',
      '- Retry failed webhook deliveries with backoff', '',
      '### Tomasz N.', '',
      '- Document the shard rebalancing procedure',
    );
    assert.deepEqual(ownerless(text), []);
  });
  it('Korean names with a title, a masked name, a team, a 담당 label (KO)', () => {
    const text = lines(
      '# 정산 배치 지연', '', '## 개요', '', '02:10 KST에 야간 정산 배치가 멈췄다.', '',
      '## 후속 조치', '',
      '**이서연 매니저**',
      '- 정산 파일 생성 지연 알림 추가',
      '- 배치 전용 러너로 이전', '',
      '**김OO**',
      '- 부분 재실행 절차 문서화', '',
      '**플랫폼팀**:',
      '- 공유 러너 동시 실행 수 상한 설정', '',
      '담당: 박지훈',
      '- 은행 전송 마감 시각 확인',
    );
    assert.deepEqual(ownerless(text, 'ko'), []);
  });
  it('topic labels stay topics: a capitalised noun, acronyms, one set of initials alone (EN)', () => {
    const text = lines(
      '# Upload failures', '', '## Action items', '',
      '**Storage**',
      '- Add a quota alert on the upload bucket', '',
      '**DB**',
      '- Add an index on uploads.created_at', '',
      '**CI**',
      '- Run the upload integration test on every merge', '',
      '## Other follow-up', '',
      '**JD**',
      '- Rotate the uploader service key',
    );
    assert.deepEqual(ownerless(text), [6, 9, 12, 17]);
  });
  it('topic labels stay topics (KO)', () => {
    const text = lines(
      '# 업로드 실패', '', '## 재발 방지 대책', '',
      '**모니터링**',
      '- 업로드 버킷 용량 알림 추가', '',
      '**배포**',
      '- 업로드 통합 테스트를 병합마다 실행', '',
      '**정리**',
      '- 업로더 서비스 키 교체',
    );
    assert.deepEqual(ownerless(text, 'ko'), [6, 9, 12]);
  });
  it('a sub-heading that is a person over their list (KO mirror of "### Tomasz N.")', () => {
    const text = lines(
      '# 알림 누락', '', '## 후속 조치', '',
      '### 최지훈 님', '',
      '- 알림 라우팅 규칙 점검 자동화', '',
      '### 스토리지', '',
      '- 버킷 용량 알림 추가',
    );
    assert.deepEqual(ownerless(text, 'ko'), [11]);
  });
  it('the label tests: forms, and initials only as a set that is not acronyms', () => {
    assert.equal(ownerLabelForm('**Priya:**'), 'name');
    assert.equal(ownerLabelForm('Priya Nair'), 'name');
    assert.equal(ownerLabelForm('Priya & Marcus'), 'name');
    assert.equal(ownerLabelForm('@dana'), 'handle');
    assert.equal(ownerLabelForm('Payments team:'), 'team');
    assert.equal(ownerLabelForm('이서연 매니저'), 'name');
    assert.equal(ownerLabelForm('박지훈 과장'), 'name');
    assert.equal(ownerLabelForm('김OO'), 'name');
    assert.equal(ownerLabelForm('인프라팀'), 'team');
    assert.equal(ownerLabelForm('RK'), 'initials');
    for (const topic of ['Database', 'Orchestration', 'Team', 'Runtimes', 'Aurora', 'Cassandra', 'Hugo', '모니터링', '배포', 'Long term', 'Add alerting:']) assert.equal(ownerLabelForm(topic), undefined, topic);
    assert.equal(initialsNamePeople(['**RK**', '**TM**', '**LB**']), true);
    assert.equal(initialsNamePeople(['**JD**']), false);
    assert.equal(initialsNamePeople(['**DB**', '**CI**', '**API**', '**QX**']), false);
  });
});

describe('owners (session 14): a closing sub-heading among task sub-headings is not an item', () => {
  it('"### Conclusion" and "### Final thoughts" with plans in their prose (EN)', () => {
    const text = lines(
      '# Ticketing site slowdown', '', '## Improvements', '',
      '### Cache seat maps', '', 'We will cache seat maps at the edge for five minutes.', '',
      '### Queue page', '', 'We need a waiting-room page in front of checkout.', '',
      '### Conclusion', '', 'The on-sale recovered within the hour. We plan to publish a shorter note for venue partners next week.',
    );
    assert.deepEqual(ownerless(text), [5, 9]);
    const other = text.replace('### Conclusion', '### Final thoughts');
    assert.deepEqual(ownerless(other), [5, 9]);
  });
  it('"### 결론" and "### 마치며" with plans in their prose (KO)', () => {
    const text = lines(
      '# 예매 사이트 지연', '', '## 개선 사항', '',
      '### 좌석 배치도 캐시', '', '좌석 배치도를 엣지에 5분간 캐시할 예정입니다.', '',
      '### 대기열 페이지', '', '결제 앞단에 대기열 페이지가 필요합니다.', '',
      '### 결론', '', '한 시간 안에 예매가 정상화되었습니다. 공연장 파트너용 요약 공지를 다음 주에 공유할 예정입니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [5, 9]);
    assert.deepEqual(ownerless(text.replace('### 결론', '### 마치며'), 'ko'), [5, 9]);
  });
  it('closingHeading reads only closing titles', () => {
    for (const t of ['Conclusion', 'In summary', 'Final thoughts', 'Wrap-up', '결론', '정리', '마치며']) assert.equal(closingHeading(t), true, t);
    for (const t of ['Conclude the vendor review', 'Summary dashboard for on-call', '정리 작업 자동화', 'Cache seat maps']) assert.equal(closingHeading(t), false, t);
  });
});

describe('owners (session 14): a sub-item that is a further plan of its own is one more item', () => {
  it('a game community server: "We\'re also going to …" under a planned change, a how-to detail stays a detail (EN)', () => {
    const text = lines(
      '# Map server crash loop', '', '## Follow-up', '',
      '- We will move the map rotation config into the repository so changes go through review.',
      '  - We\'re also going to hold a monthly restart rehearsal with the volunteer admins.',
      '  - The rotation file will keep its current format.',
    );
    assert.deepEqual(ownerless(text), [5, 6]);
  });
  it('a university cluster: a longer-term consideration under a plan, and an owned parent gives its owner (EN)', () => {
    const text = lines(
      '# Scratch filesystem full', '', '## Follow-up actions', '',
      '- Purge scratch files older than 30 days every night (@hpc-ops)',
      '  - In the longer term we are also considering per-group scratch quotas.',
      '- We will email users whose jobs fail on a full filesystem.',
      '  - Longer-term we are looking into a self-service usage page for each lab.',
      '  - We will do this by reusing the accounting export.',
    );
    assert.deepEqual(ownerless(text), [7, 8]);
  });
  it('a civic form service: "we will also …" and "additionally, we plan to …" sub-items (EN)', () => {
    const text = lines(
      '# Benefits form timeouts', '', '## Next steps', '',
      '1. We will put the address lookup behind a cache with a one-hour expiry.',
      '   - We will also add a manual address entry fallback when the lookup is slow.',
      '   - Additionally, we plan to ask the lookup provider for a status feed.',
    );
    assert.deepEqual(ownerless(text), [5, 6, 7]);
  });
  it('Korean mirrors: 또한 … 예정, 장기적으로는 … 검토, and a plain detail (KO)', () => {
    const text = lines(
      '# 맵 서버 재시작 반복', '', '## 재발 방지 대책', '',
      '- 맵 순환 설정을 저장소로 옮겨 변경이 리뷰를 거치도록 할 예정입니다.',
      '  - 또한 자원봉사 관리자들과 매달 재시작 리허설을 진행할 예정입니다.',
      '  - 순환 파일 형식은 그대로 유지합니다.',
      '- 파일 시스템이 가득 차 작업이 실패하면 사용자에게 메일을 보낼 계획입니다.',
      '  - 장기적으로는 연구실별 사용량 조회 페이지도 검토하고 있습니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [5, 6, 8, 9]);
  });
  it('the sub-item test: more work, not a detail', () => {
    for (const t of ["We're also going to run a restore drill every quarter.", 'Longer-term we are also considering a second region.', 'In the longer term we are looking into per-team budgets.', '또한 분기마다 복구 훈련을 진행할 예정입니다.', '장기적으로는 별도 리전 구성도 검토하고 있습니다.']) assert.equal(morePlanSubItem(t), true, t);
    for (const t of ['We will do this by adding a feature flag.', 'The copy job will reuse the replication credentials.', 'We also saw the same error on the replica.', 'Next we are going to roll it out to the canary.', '복사 작업은 기존 계정을 사용할 예정입니다.', '또한 같은 오류가 복제본에서도 발생했습니다.']) assert.equal(morePlanSubItem(t), false, t);
  });
});
