/**
 * Session 13. A slip EXPLAINED BY A THING'S DEFECT: the slip word (실수, 착오, 착각) is the topic or subject of its clause,
 * nobody owns it in its noun phrase, and the same sentence gives its cause as a defect of a program, a module or a system
 * ("이번 주문 실수가 자동 매매 프로그램의 오류 때문인 것으로 보고 있다", "결제 중복 실수는 정산 스크립트의 버그 때문이었다",
 * "재고 수량 착오는 캐시 갱신 로직의 결함에서 비롯됐다"). The sentence names what went wrong (the slip as an event) and puts it
 * on the artefact: no person is blamed. The English mirror ("The duplicate-payment mistake was caused by a bug in the
 * settlement script") is read neutral by the English rules already.
 *
 * Not this kind: a person in the slip's noun phrase ("직원의 주문 실수가 …", "운영자 입력 실수는 …"), a cause denied ("…의
 * 버그 때문이 아니었다"), a person's slip as the cause of a system's error ("결제 오류는 운영자의 실수 때문이었다": the slip
 * is not the topic), a possessor that is a person ("민수의 오류 때문"), blame named again after the cause.
 */
import type { People } from '../../people';
import { whoIs, wordsOf } from './words';

const SLIP_TOPIC = /^(?:실수|착오|착각)(?:는|은|가|이)$/u;
// "<possessor>의 [one word] <defect> <causal link>", the possessor word given separately.
const CAUSE = /^(?:[^\s]{1,12}\s)?(?:버그|오류|결함|오작동|에러|고장|장애|결점|취약점|설계\s?결함)(?:가|이)?\s?(?:때문|탓|(?:로|으로)\s?(?:인한|인해|발생한|생긴|빚어진)|에서\s?(?:비롯|온|나온)|에\s?(?:의한|의해|기인))/u;
const DENIED = /^(?:[^\s.!?]{0,16}\s?){0,3}?(?:때문|탓)(?:이|은|는|만은|만)?\s?(?:아니|아닌|아님|아닙)/u;
// Artefact heads a possessor may end with, beyond the shared thing lexicon (프로그램, 모듈, 로직 …).
const ARTEFACT = /(?:프로그램|모듈|로직|라이브러리|함수|엔진|알고리즘|펌웨어|소프트웨어|하드웨어|시스템|장치|기기|단말|플랫폼|솔루션|프레임워크|SDK|드라이버|컴포넌트|플러그인|라우팅|설정|코드|스크립트|서버|앱)$/u;
const BLAME_AGAIN = /(?:실수|잘못|과실|부주의|불찰|태만|소홀|방심|탓으로|책임이)/u;

/** Whether sentence `s` (alone) explains a slip by the defect of a thing. */
export function slipOfDefect(s: string, people?: People): boolean {
  if (s.length > 400 || !/(?:실수|착오|착각)/u.test(s)) return false;
  const words = wordsOf(s);
  for (let i = 0; i < words.length; i++) {
    if (!SLIP_TOPIC.test(words[i].text)) continue;
    // The slip's noun phrase: up to three words back, with no person, self or team among them.
    let owned = false;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const w = words[k];
      if (/(?:[,，]|[은는]|다|고|며|서)$/u.test(w.text) && k < i - 1) continue;
      const who = whoIs(w.stem.replace(/의$/u, ''), people);
      if (who === 'person' || who === 'self' || who === 'customer') owned = true;
    }
    if (owned) continue;
    // The cause, later in the sentence: "<thing>의 <defect> <link>".
    for (let j = i + 1; j < words.length && j <= i + 10; j++) {
      const w = words[j];
      if (!/의$/u.test(w.text)) continue;
      const possessor = w.text.slice(0, -1).replace(/\([^()]{0,20}\)$/u, '');
      const who = whoIs(possessor, people);
      if (who !== 'thing' && !(who === 'unknown' && (ARTEFACT.test(possessor) || /^[A-Za-z][\w.-]*$/u.test(possessor)))) continue;
      const rest = s.slice(w.end + 1);
      const cause = CAUSE.exec(rest);
      if (!cause || DENIED.test(rest)) continue;
      if (BLAME_AGAIN.test(rest.slice(cause[0].length))) continue;
      return true;
    }
  }
  return false;
}
