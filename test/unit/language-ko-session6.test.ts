// Korean blame and hindsight, session 6 (issue 8): kinds the engine missed or wrongly flagged on real
// Korean text it had not seen (news of outages, audits, developer retrospectives, community threads).
// Each kind: what it reports (positions) and its hard negatives, through the whole lint, in Korean and,
// where the English engine already reads the same shape, in English; rewrites re-lint clean.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { sentenceDocument } from '../language/harness';

type Lang = 'en' | 'ko';
const RULES = ['blameful-language', 'counterfactual-language'];

function found(lang: Lang, sentence: string) {
  const p = sentenceDocument(lang, sentence);
  return { p, fs: lint(p.text, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line) };
}
const flagged = (lang: Lang, s: string) => assert.ok(found(lang, s).fs.length > 0, `not flagged: ${s}`);
const clean = (lang: Lang, s: string) => assert.deepEqual(found(lang, s).fs.map((f) => f.message), [], s);
/** [column, endColumn] of the findings on the sentence's line. */
const span = (lang: Lang, s: string) => found(lang, s).fs.map((f) => [f.column, f.endColumn]);
/** Every finding offers a rewrite; the first ones applied together leave no language finding on the line. */
function soundRewrites(lang: Lang, s: string): void {
  const { p, fs } = found(lang, s);
  assert.ok(fs.length > 0, s);
  for (const f of fs) assert.ok(f.suggestions.length > 0, `${s}: no rewrite for ${f.message}`);
  const fixed = applyFixes(p.text, fs.map((f) => f.suggestions[0].edits)).text;
  const again = lint(fixed, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line);
  assert.deepEqual(again.map((f) => f.message), [], `${s} -> ${fixed.split('\n')[p.line - 1]}`);
}

describe('Korean blame and hindsight, session 6: kinds from real text (issue 8)', function () {
  this.timeout(120_000);

  it('self-blame: "저 때문", "저희 팀 때문", a hedged "제가 잘못한 것 같습니다" (KO and EN)', () => {
    for (const s of ['그건 전적으로 저 때문이었습니다.', '이번 장애는 다 저희 팀 때문입니다.', '제가 잘못한 것 같습니다.']) flagged('ko', s);
    // "저 서버", "저 때문이 아니었다", a thing as the cause: not self-blame.
    for (const s of ['캐시 서버 때문이었습니다.', '그건 저 서버 때문이었습니다.', '그건 저 때문이 아니었습니다.', '설정이 잘못된 것 같습니다.']) clean('ko', s);
    flagged('en', 'That was all because of me.');
    clean('en', 'That was because of the cache server.');
    // Positions: "그건 " takes columns 1–3; the finding covers "저 때문이었습니다".
    assert.deepEqual(span('ko', '그건 저 때문이었습니다.'), [[4, 13]]);
    soundRewrites('ko', '그건 저 때문이었습니다.');
    soundRewrites('ko', '제가 잘못한 것 같습니다.');
  });

  it('a call on people not to be negligent ("대충 일하지 맙시다", "딴짓하지 맙시다") is a call for care (KO and EN)', () => {
    for (const s of ['다들 대충 일하지 맙시다.', '운영 작업할 때 딴짓하지 맙시다.', '게으르게 일하지 맙시다.', '앞으로는 게으름 피우지 말고 꼼꼼히 일합시다.']) flagged('ko', s);
    // A rule about what to do, not how carefully: no call for care.
    for (const s of ['금요일에는 배포하지 맙시다.', '배운 점: 금요일 배포는 하지 말자', '운영 DB에 직접 쿼리하지 맙시다.']) clean('ko', s);
    flagged('en', "Let's not be sloppy.");
    clean('en', "Let's not deploy on Fridays.");
    assert.deepEqual(span('ko', '다들 대충 일하지 맙시다.'), [[1, 14]]);
    soundRewrites('ko', '다들 대충 일하지 맙시다.');
  });

  it('an omission by a person in a connective form ("… 빼먹어", "… 빠뜨린 채") (KO; the English engine misses "left out", reported)', () => {
    for (const s of ['결국 작업자가 단어 하나를 빼먹어 30초 만에 전국이 통신대란에 빠졌습니다.', '협력업체 직원이 명령어를 한 줄 빠뜨린 채 입력하면서 전국적인 인터넷 마비로 이어졌다.']) flagged('ko', s);
    for (const s of ['스크립트가 마지막 줄을 빼먹어 설정이 반쯤만 적용됐다.', '템플릿이 필수 항목을 빠뜨린 채 배포되었다.']) clean('ko', s);
    clean('en', 'The script left out the last line.');
    soundRewrites('ko', '결국 작업자가 단어 하나를 빼먹어 30초 만에 전국이 통신대란에 빠졌습니다.');
  });

  it('a person who failed to detect ("KT 직원들은 … 오류를 발견 못했습니다") (KO and EN)', () => {
    flagged('ko', 'KT 직원들은 장비를 교체하기 전 두차례의 사전 검증 단계에서도 명령어 오류를 발견 못했습니다.');
    for (const s of ['모니터링이 이 오류를 발견하지 못했다.', '사전 검증에서도 명령어 오류를 발견하지 못했습니다.']) clean('ko', s);
    flagged('en', 'The on-call engineer failed to spot the error.');
    clean('en', 'Monitoring did not detect the error.');
  });

  it('"인재" with a judging modifier ("어처구니 없는 인재였다") is attribution; "인재 채용" is not (KO and EN)', () => {
    flagged('ko', '최소한의 안전 규정도 지키지 않은 어처구니 없는 인재였다.');
    clean('ko', '인재 채용 공고를 올렸다.');
    flagged('en', 'It was entirely avoidable human error.');
    soundRewrites('ko', '이번 장애는 어처구니 없는 인재였다.');
  });

  it('general statements about people, mistakes and punishment are not blame (KO and EN)', () => {
    for (const s of [
      '사람이 기계가 아닌 이상 실수를 하게 된다.',
      '처벌이 무거우면 사람들은 실수를 감춘다.',
      '징계가 잦은 팀일수록 장애 보고가 늦어진다.',
      '"이런 실수는 완전히 하지 말았어야 하는 거 아닌가?"라며 이미 발생한 문제를 지적하며 실수한 개발자 탓을 하는 경우가 흔합니다.',
      '설령, 누군가 말도 안 되는 실수로 장애가 발생했다 할지언정 당사자는 엄청난 책임감과 죄책감에 휩싸여 힘들어할 것이기에 옆에 있는 우리들은 휴먼에러라도 방지할 수 있는 \'시스템\'을 가꾸는데 집중해야 하지 않을까 생각됩니다.',
      '그런데, 왜 사용자가 많아지는 걸 대비하지 못했는가, 사용자의 행위를 왜 예상하지 못했는가, 고양이가 전원을 내리는 걸 왜 못 막았는가에 대한 원인은 개발자에게만 있을까요?',
    ]) clean('ko', s);
    // The same words as an ask or a verdict on someone stay flagged.
    for (const s of ['작업자가 실수를 감췄다.', '징계가 필요하다.', '담당자를 징계해야 한다.', '작업자의 실수 때문에 장애가 발생했다.']) flagged('ko', s);
    clean('en', 'Teams that discipline often hear about incidents late.');
    flagged('en', 'The engineer should be disciplined.');
  });
  it('a person\'s wrong act as the cause of what followed ("제가 … 잘못 입력해서 … 늦어졌습니다") (KO and EN)', () => {
    for (const s of ['제가 롤백 명령을 잘못 입력해서 복구가 30분 늦어졌습니다.', '제가 설정 파일의 들여쓰기를 잘못 넣어서 생긴 일입니다.', '이준기 대리가 방화벽 규칙을 잘못 수정해 전 구간이 차단되었습니다.']) flagged('ko', s);
    // A system as the subject, a guard against the wrong act, a possibility: no blame.
    for (const s of ['스크립트가 값을 잘못 입력해서 복구가 늦어졌다.', '설정을 잘못 입력해서 생기는 오류를 막는 검사를 추가했다.', '값을 잘못 입력해도 되돌릴 수 있다.']) clean('ko', s);
    flagged('en', 'I typed the rollback command wrong, so recovery took 30 minutes longer.');
    assert.deepEqual(span('ko', '제가 롤백 명령을 잘못 입력해서 복구가 30분 늦어졌습니다.'), [[1, 18]]);
    soundRewrites('ko', '제가 롤백 명령을 잘못 입력해서 복구가 30분 늦어졌습니다.');
  });
  it('a 명사형 bullet reporting that someone left a thing unattended ("… 방치함") (KO and EN)', () => {
    for (const s of ['보안팀이 인증서 만료 알림을 두 달 동안 방치함.', '당직자가 알림을 방치함']) flagged('ko', s);
    for (const s of ['오래된 로그를 정리하지 않고 방치하면 디스크가 찬다.', '방치함 상태의 티켓을 매주 정리함.']) clean('ko', s);
    flagged('en', 'The security team left the certificate expiry alert unattended for two months.');
    soundRewrites('ko', '보안팀이 인증서 만료 알림을 두 달 동안 방치함.');
  });
});
