// Korean blame and hindsight, session 15 (issue 8): the largest class of first-run false alarms still firing over the
// eight draws (test/language/AUDITS.md "Session 15: draw s15 first run", Korean), and two kinds left from session 14. Every
// case is a NEW sentence of the kind (other subjects, verbs and domains than the corpus case that showed it), written before
// the engine was run on it; each kind has controls that must stay flagged, and an English mirror checked as an expectation
// of the English engine (or a one-line reason why it is not asserted).
import { strict as assert } from 'node:assert';
import { clean, flagged, rewritten } from './language-cases';

describe('Korean blame and hindsight, session 15 (issue 8)', function () {
  this.timeout(120_000);

  // Kind: a slip inside a GENERIC "when" clause in the PRESENT — the prospective "-ㄹ 때(에는/엔/에도)" of a how-to or a
  // design requirement, in a sentence that ends in the present (frames.ts genericWhenSlips; it read only the generic perfect
  // "-었을 때"). The slip has not happened; it is what the advice or the design handles. Pooled first-run wrong findings of
  // the eight draws: the slip in an irrealis clause (condition, guard, possibility, generic when) is the largest class
  // (7 of 38); the one still firing at f4e6bf3 is of this form (draw s15).
  it('a slip in a present generic "when" clause blames nobody', () => {
    for (const s of [
      '설정 실수로 서비스가 멈출 때엔 먼저 직전 배포를 되돌린다.',
      '운영자가 실수로 노드를 내릴 때에도 클러스터는 요청을 계속 처리해야 한다.',
      '실수로 보낸 메일을 회수하고 싶을 때에는 발송 후 30초 안에 취소 버튼을 누르세요.',
      '잘못 올린 이미지를 내리고 싶을 때는 관리 화면에서 삭제를 누르면 됩니다.',
    ]) clean('ko', s);
    // A past event (the sentence ends in the past, or the "when" is of a past act), a plain past slip: unchanged.
    flagged('ko', '어제 실수로 브랜치를 지웠을 때에는 복구에 한 시간이 걸렸다.');
    flagged('ko', '운영자가 실수로 노드를 내릴 때에도 클러스터는 요청을 계속 처리했다.');
    flagged('ko', '제가 실수로 지운 파일을 되살릴 때에는 이미 늦었습니다.');
    flagged('ko', '담당자가 실수로 운영 DB를 지웠다.');
    // English mirror: clean already.
    for (const s of [
      'When you need to restore a branch you deleted by mistake, look for the commit in the reflog.',
      'Even when an operator takes a node down by mistake, the cluster must keep serving requests.',
      'If you want to recall an email you sent by mistake, press undo within 30 seconds.',
    ]) clean('en', s);
  });

  // Kind (left from session 14): a NEAR MISS whose cost is a WORSE OUTCOME, not a loss — a past conditional whose condition
  // is a slip that did not happen, and whose consequence is a degree or an amount of time before a would-have verb of
  // growing, lasting or worsening (nearmiss.ts WORSE). Luck told, not hindsight about anyone.
  it('a near miss whose cost is a worse outcome is no hindsight', () => {
    for (const s of [
      '두 번째 호출까지 놓쳤다면 복구는 몇 시간 더 늦어졌을 것이다.',
      '그날 밤 복제본마저 지웠다면 데이터 손실 범위가 훨씬 더 커졌을 것이다.',
      '인증서 갱신 알림을 잊었다면 결제 중단은 며칠 더 이어졌을 것이다.',
      '설정 파일을 잘못 덮어썼다면 점검 시간이 두 배는 더 걸렸을 것이다.',
      '운영 테이블을 삭제했다면 서비스 중단이 훨씬 심각했을 것입니다.',
    ]) clean('ko', s);
    // A negated condition, a check as the condition, a better or negated consequence: hindsight, unchanged.
    flagged('ko', '두 번째 호출을 놓치지 않았다면 복구가 더 빨랐을 것이다.');
    flagged('ko', '알림을 확인했다면 장애가 더 길어지지 않았을 것이다.');
    flagged('ko', '백업을 확인했다면 피해가 훨씬 작았을 것이다.');
    flagged('ko', '경보를 놓쳤다면 장애가 더 길어지지 않았을 것이다.');
    // English mirror NOT asserted: the English engine flags "If we had deleted the wrong partition, the outage would have
    // lasted much longer" today (en/expected.ts's near miss reads a loss, not a worse outcome); reported to lang-en.
  });

  // Kind (left from session 14): a person's VERDICT ON THEIR OWN CONDUCT with an evaluative adjective, in the past, the
  // person pronoun right before it (prose.ts SELF_VERDICT; the mirror of en/verdict.ts). The same adjectives on a thing,
  // in a condition, a question, reported speech or a negation stay clean.
  it("a person's verdict on their own conduct is blame, with a sound rewrite", () => {
    for (const s of ['저희가 너무 무모했습니다.', '그때 우리는 너무 순진했다.', '그는 정말 오만했다.']) flagged('ko', s);
    assert.equal(rewritten('ko', '제가 정말 한심했습니다.'), '위험이 드러나지 않았습니다.');
    assert.equal(rewritten('ko', '결국 내가 어리석었기 때문이다.'), '결국 위험이 드러나지 않았기 때문이다.');
    assert.equal(rewritten('ko', '한심하게도 나는 그 경고를 중요하지 않다고 생각했다.'), '나는 그 경고를 중요하지 않다고 생각했다.');
    for (const s of [
      '멍청한 스크립트가 디스크를 채웠다.',
      '그 알림 설정은 정말 바보 같았다.',
      '내가 어리석었나?',
      '다들 내가 무모했다고 했다.',
      '우리가 순진했던 게 아니라 정보가 없었다.',
      '나는 그 설계가 어리석었다고 본다.',
    ]) clean('ko', s);
    // English mirror (en/verdict.ts, session 14): flagged, and its negatives clean.
    for (const s of ['We were too naive.', 'He was really arrogant.', 'I was so stupid to skip the dry run.']) flagged('en', s);
    for (const s of ['The alert setting was really dumb.', 'Everyone thought I was stupid.']) clean('en', s);
  });
});
