// Korean hindsight, session 13 second round (lang-ko2): the Korean mirror of an English kind fixed this session
// (src/core/language/en/averted.ts, "should have been caught by" a code identifier or a program part). Every case is a NEW
// sentence of the kind, written before the engine was run on it; hard negatives keep tests, CI, review, QA, a person and a
// verb that is not one of catching flagged; the English mirror is checked as an expectation of the English engine.
import { clean, flagged } from './language-cases';

describe('Korean hindsight, session 13 second round (lang-ko2)', function () {
  this.timeout(120_000);

  // Kind: a passive should-have whose agent is a code identifier (inline code, back-ticked, snake_case, camelCase, a call)
  // or a program part (검증기, 파서, 필터, 함수, 모듈, 로직, 미들웨어, 스키마 …) marked by 에서 / 에 의해 / (으)로: what an
  // earlier check of the program was expected to do, a statement about the system (ko/caught.ts). At 9f1e194 all of these
  // but the back-ticked one were flagged as hindsight.
  it('a should-have whose agent is a part of the program is no hindsight', () => {
    for (const s of [
      '잘못된 헤더는 parse_header에서 잡혔어야 했다.',
      '형식이 틀린 주문은 검증기에서 걸러졌어야 했다.',
      '중복 요청은 dedupeFilter에 의해 걸러졌어야 했다.',
      '빈 문자열은 입력 파서에서 걸러졌어야 했습니다.',
      '만료된 토큰은 인증 미들웨어에서 차단됐어야 했다.',
      '이 값은 스키마 검사 로직에서 잡혔어야 했는데 그대로 통과했다.',
      '널 포인터는 load_config 함수에서 처리됐어야 했다.',
      '음수 값은 toAmount()에서 거부되었어야 했다.',
      '음수 수량은 `validate_order`에서 거부됐어야 했다.',
    ]) clean('ko', s);
    // Tests, CI, review, QA, before the deploy, a test function, a test identifier, a person as the agent, an active
    // should-have of a person, a verb that is not one of catching (a place where someone should have fixed): still flagged.
    for (const s of [
      '이 오류는 테스트에서 잡혔어야 했다.',
      '이 버그는 코드 리뷰에서 걸러졌어야 했다.',
      '잘못된 설정은 CI에서 잡혔어야 했다.',
      '이 문제는 QA에서 발견됐어야 했다.',
      '이 문제는 배포 전에 잡혔어야 했다.',
      '이 오류는 단위 테스트 함수에서 잡혔어야 했다.',
      'test_parse_header에서 잡혔어야 했다.',
      '중복 결제는 당직자에 의해 걸러졌어야 했다.',
      '당직자가 이 경보를 잡았어야 했다.',
      '이 버그는 parse_header에서 수정됐어야 했다.',
    ]) flagged('ko', s);
    // Only the should-have clause is neutral: blame elsewhere in the sentence stays.
    flagged('ko', '잘못된 좌표는 좌표 변환 모듈로 걸러졌어야 했는데, 운영자가 검증을 꺼 버렸다.');
    // English mirror (en/averted.ts CODE_AGENT): clean, and the practices and people stay flagged.
    for (const s of [
      'Malformed headers should have been caught by parse_header.',
      'Orders with a bad format should have been filtered by the validator.',
      'Duplicate requests should have been rejected by dedupeFilter.',
      'A null pointer should have been handled by the load_config function.',
    ]) clean('en', s);
    for (const s of [
      'This error should have been caught by tests.',
      'The bad config should have been caught by CI.',
      'The duplicate payment should have been caught by the on-call engineer.',
    ]) flagged('en', s);
  });
});
