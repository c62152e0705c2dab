/**
 * Session 11, Korean mirror of an English aside (en/aside.ts, session 10): a fault denied through a verb of seeming —
 * "리뷰어의 실수로 보이지는 않는다", "이번 누락은 담당자의 부주의로 보이지 않습니다", "그녀의 실수처럼 보이지는 않았다"
 * ("It doesn't look like your fault"). The writer says it does not look like anyone's fault: no blame. The seeming
 * must be denied in the sentence's last clause (anchored at its end), so that "…로 보이지는 않지만 운영자가 경고를 무시했다"
 * keeps its second clause judged; "…의 실수로 보인다" (seeming asserted) stays flagged.
 *
 * The other English asides of session 10: a counterfactual about a reaction or fate, an expectation on an earlier stage
 * before a guard, and blame an approach presumes were ported in session 10 (frames.ts); a safeguard described by what it
 * would stop ("재시도 폭주를 막았을 속도 제한 기능은 2.4에 들어간다") is already clean in Korean (no person subject); a
 * capability over a bare plural of trouble has no Korean cue, since Korean marks neither plural nor definiteness
 * ("버그를 더 일찍 잡았을 것이다" reads as this incident or in general alike).
 */
const SEEMING_DENIED = /(?:실수|잘못|부주의|과실|착오|실책|불찰|태만|탓)(?:로|으로|처럼|인\s?것처럼|인\s?것으로)\s?(?:는|도|만)?\s(?:보이지|보이진|보여지지|여겨지지|생각되지|판단되지)\s?(?:는|도|만)?\s?(?:않는다|않습니다|않았다|않았습니다|않아요|않네요|않는데요|않아|않음|않는\s?것\s?같다|않는\s?것\s?같습니다)[.!]?\s*$/u;

export function seemingDenied(s: string): boolean {
  return s.length <= 300 && SEEMING_DENIED.test(s);
}
