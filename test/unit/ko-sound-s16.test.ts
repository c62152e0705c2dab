// Session 16 (ko-sound): fix soundness found by the variant sweep (scripts/ko-rewrite-sweep.ts), not by blind cases.
// Kind: "실수로" + its verb with no object between ("실수로 재시작했고"), then a second blame word later in the same
// sentence. The clause span ran past the verb to the next past-tense word, so the clause rewrite (borrowed by the later
// finding) overlapped the first finding's fix; the fix-all dropped one edit and a finding stayed (or a second run changed
// the text). Fixed in the span (prose.ts: the verb already taken ends the clause).
// The check is the scorer's (test/language/harness.ts judgeCase) plus a second run that changes nothing.
import { strict as assert } from 'node:assert';
import { sweepOne } from '../../scripts/ko-rewrite-sweep';

describe('ko-sound s16: a slip clause with its verb right after "실수로", then a second blame word', () => {
  // Each of these was unsound before (the first fix rewrote the first slip, the second finding's borrowed rewrite was
  // dropped as overlapping, and "실수" stayed). The slip adverb with no object before the verb, then the slip again.
  const ko = [
    '실수로 재시작했고, 원인은 실수였다',
    '실수로 껐다 그것도 실수로 껐다',
    '실수로 배포했고 이건 명백한 실수였다',
    '실수로 롤백했고 결국 실수가 원인이었다',
    '실수로 종료했는데 원인은 실수였다',
    '담당자가 실수로 지웠고 원인은 실수였다',
  ];
  for (const s of ko) {
    it(`KO fix-all is sound: ${s}`, () => {
      const r = sweepOne('ko', s);
      assert.ok(r.flagged, 'still flagged');
      assert.ok(!r.unsound, `unsound: ${r.fixedText} <- ${r.reason}`);
    });
  }
  // Clean hard negatives of the same shape: the team's plain account twice in one sentence stays unflagged.
  for (const s of ['설정 검증 없이 캐시를 비웠고, 원인은 검증 단계의 부재였다', '배포 스크립트가 인증서를 폐기했고 스크립트가 다시 발급했다', '우리는 방화벽 규칙을 지웠고 그 변경으로 결제가 멈췄다', '자동화 작업이 큐를 비웠고 원인은 잘못된 설정값이었다']) {
    it(`KO clean: ${s}`, () => assert.ok(!sweepOne('ko', s).flagged));
  }
  // English mirror: two blame findings in one sentence, the first an adverb of slip on a bare verb (the span bug was in the
  // Korean clause reader; these check the English fix-all stays sound on the same shape).
  for (const s of ['The on-call engineer carelessly dropped the index, and the outage was caused by his carelessness', 'Someone carelessly deleted the bucket and the root cause was that careless engineer', 'An operator mistakenly purged the queue and the cause was operator error']) {
    it(`EN fix-all is sound: ${s}`, () => {
      const r = sweepOne('en', s);
      assert.ok(!r.unsound, `unsound: ${r.fixedText} <- ${r.reason}`);
    });
  }
});
