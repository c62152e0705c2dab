// Korean blame and hindsight, session 14, second round (lang-ko2, issue 8): the Korean mirrors of three English kinds
// lang-en handled this session (src/core/language/en/expected.ts, prose.ts; test/unit/language-en-s14.test.ts, whose
// KO_OPEN list named the first two Korean sentences below as still wrong). Every sentence here is NEW (other subjects,
// verbs and domains than the corpus cases and than the English tests), written before the change was run on it; each kind
// has controls that must stay flagged and English mirrors checked as expectations of the English engine.
import { strict as assert } from 'node:assert';
import { clean, flagged, found, rewritten } from './language-cases';

describe('Korean blame and hindsight, session 14 second round (issue 8)', function () {
  this.timeout(120_000);

  // Kind: an ERROR CLASS a planned system withstands, absorbs or is prepared for — 실수/오류 (or 휴먼 에러, 인적 오류) with
  // 을/를/에/에도/도 right before a purposive, adnominal or present form of 견고하다, 견디다, 버티다, 흡수하다, 대비하다
  // (…도록, …한, …는, …할 수 있, 대비해): no act happened, nobody erred (ko/withstand.ts; the `unless` of ko.blame.silsu and
  // ko.blame.human-error). Before: ko.blame.silsu, or ko.who.attribution when a person's noun precedes the mistake word.
  it('an error class a design withstands is nobody\'s act', () => {
    for (const s of [
      '운영자 실수에도 견고하도록 롤백 경로를 바꾸고 있다.',
      '새 배포 도구는 작업자의 실수에도 견디도록 설계되었다.',
      '결제 화면은 사용자의 입력 실수를 흡수하도록 다시 만들었다.',
      '야간 교대 중의 조작 실수에 대비해 이중 확인 절차를 넣었다.',
      '현장 직원의 기입 실수를 흡수할 수 있는 양식이 필요하다.',
      '휴먼 에러에 대비해 삭제 명령에 확인 단계를 두었다.',
      '검수 담당자의 판독 실수에도 견고한 라벨 체계를 도입합니다.',
    ]) clean('ko', s);
    // A slip told as what happened, a negated or failed withstanding ("대비하지 못해", "견딜 수 없었다"): still blame.
    for (const s of [
      '운영자의 실수로 롤백 경로가 지워졌다.',
      '당직자의 입력 실수 때문에 결제가 멈췄다.',
      '시스템이 운영자의 실수에 대비하지 못해 장애가 커졌다.',
      '운영자의 실수를 견딜 수 없었다.',
    ]) flagged('ko', s);
    // The design clause is clean; the slip told after it in the same sentence stays flagged, once.
    const both = found('ko', '운영자 실수에도 견고하도록 만들었지만 이번에는 운영자가 실수로 설정을 지웠다.');
    assert.equal(both.fs.length, 1, JSON.stringify(both.fs.map((f) => f.message)));
    // English mirror: clean already (en/prose.ts AGAINST).
    for (const s of [
      'The rollback path is being changed so that it is robust against operator mistakes.',
      'The import form should withstand human input errors.',
      'We added a second confirmation to guard against operator slips on the night shift.',
    ]) clean('en', s);
    flagged('en', "An operator's mistake wiped the rollback path.");
  });

  // Kind: a NEAR MISS'S COST — a past conditional whose condition is a slip that did NOT happen (not negated: 놓쳤다면,
  // 지웠다면, 삭제했다면, 넘겼다면, 잘못 …했다면) and whose consequence is a loss or a penalty in a would-have form (잃었을,
  // 만료되었을, 멈췄을, 부과했을, 받지 못했을, 방법이 없었을 …): luck, not hindsight (ko/nearmiss.ts, gate.ts koNearMiss).
  // Before: ko.who.hindsight-if, ko.who.miss or ko.blame.missed, ko.who.destroy. A condition that is a check or a step, a
  // negated condition, a consequence that is better ("…지 않았을", "막을 수 있었다", "발견했을"), or a worse-but-not-lost
  // consequence ("… 더 길어졌을", not in the loss list): unchanged.
  it("a near miss's cost is not hindsight", () => {
    for (const s of [
      '마감을 놓쳤다면 법원의 동정을 전혀 받지 못했을 것이다.',
      '갱신일을 놓쳤다면 모든 고객의 도메인이 만료되었을 것이다.',
      '엉뚱한 파티션을 지웠다면 석 달 치 주문을 잃었을 것이다.',
      '테스트 버킷 대신 운영 버킷을 삭제했다면 며칠 동안 서비스가 멈췄을 것이다.',
      '신고 기한을 넘겼다면 규제 기관이 과징금을 부과했을 것이다.',
      '우리가 백업 디스크까지 포맷했다면 복구할 방법이 없었을 것이다.',
      '당직자가 알림을 놓쳤다면 고객 데이터를 잃었을 것이다.',
      '김 대리가 테스트 DB 대신 운영 DB를 지웠다면 주문 기록이 모두 사라졌을 것이다.',
    ]) clean('ko', s);
    for (const s of [
      '갱신일을 확인했다면 도메인이 만료되지 않았을 것이다.',
      '복원 테스트를 했다면 손상된 아카이브를 발견했을 것이다.',
      '엔지니어가 복제 지연을 확인했다면 장애를 막을 수 있었다.',
      '당직자가 알림을 놓치지 않았다면 데이터를 잃지 않았을 것이다.',
      '오래된 로그를 지웠다면 디스크가 가득 차지 않았을 것이다.',
      '오래된 로그를 미리 지웠다면 디스크 공간을 확보했을 것이다.',
    ]) flagged('ko', s);
    // A slip told as what happened, before a near-miss conditional in another clause, stays flagged.
    flagged('ko', '운영자가 실수로 설정을 지웠는데, 백업까지 지웠다면 데이터를 모두 잃었을 것이다.');
    // English mirror: clean (en/expected.ts).
    for (const s of [
      'If we had wiped the wrong partition, we would have lost three months of orders.',
      'If we had overwritten the backup disk, we would have lost every invoice.',
    ]) clean('en', s);
    flagged('en', 'If we had checked the renewal date, the domain would not have expired.');
  });

  // Kind: a person's act JUDGED WITH AN EMPTY OBJECT — 뭔가/무언가/무엇인가 + 잘못을 했다/저질렀다/범했다 with a person as
  // subject (the 'mistake' predicate of ko/prose.ts; "뭔가 실수를 했다" was flagged already). Missed before. A thing as
  // subject, a negation, a belief denied, an embedded question, a search disclaimed: clean. The rewrite names the class
  // of slip a safeguard was missing for; the spoken polite ending (…어요) stays spoken (it was "…없었습니다어요").
  it("a person's act judged with an empty object is flagged, with a sound rewrite", () => {
    const cases: [string, string][] = [
      ['누군가 어젯밤에 뭔가 잘못을 저질렀다.', '어젯밤에 작업 오류를 막아 주는 안전장치가 없었다.'],
      ['신입 사원이 급여 파일에 무언가 잘못을 했다.', '급여 파일에 작업 오류를 막아 주는 안전장치가 없었다.'],
      ['야간 근무자가 서버실에서 뭔가 잘못을 저질렀습니다.', '서버실에서 작업 오류를 막아 주는 안전장치가 없었습니다.'],
      ['배포 담당자가 무엇인가 잘못을 범했다.', '작업 오류를 막아 주는 안전장치가 없었다.'],
      ['제가 뭔가 잘못을 저질렀어요.', '작업 오류를 막아 주는 안전장치가 없었어요.'],
      ['담당자가 뭔가 실수를 했다.', '작업 오류를 막아 주는 안전장치가 없었다.'],
      ['제가 실수를 저질렀어요.', '막아 주는 안전장치가 없었어요.'],
    ];
    for (const [s, want] of cases) assert.equal(rewritten('ko', s), want, s);
    for (const s of [
      '스크립트가 타임스탬프에 뭔가 잘못을 저질렀다.',
      '펌웨어가 팬 속도에 뭔가 이상한 짓을 했다.',
      '누군가 뭔가 잘못을 저질렀다고 생각하지 않는다.',
      '뭔가 잘못되었다는 것을 알았다.',
      '담당자가 뭔가 이상한 점을 발견했다.',
      '누군가 뭔가 잘못을 저질렀는지 찾는 것이 이 문서의 목적이 아니다.',
      '아무도 뭔가 잘못을 저지르지 않았다.',
      '우리는 뭔가 잘못을 저질렀는지 확인했다.',
    ]) clean('ko', s);
    // English mirror (en.who.verdict): flagged; a thing as subject and a denied belief clean.
    flagged('en', 'Someone did something wrong last night.');
    flagged('en', 'The on-call engineer did something wrong with the payroll file.');
    clean('en', 'The script did something wrong with the timestamps.');
    clean('en', 'I do not think anyone did something wrong.');
  });
});
