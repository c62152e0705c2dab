/**
 * Session 15 (lang-ko2). MISTAKES AS A CLASS IN AN OPEN QUESTION ABOUT THE PROCESS: "실수가 왜 리뷰를 통과하는가?", "설정
 * 실수가 어째서 스테이징에서 잡히지 않는가?", "사소한 실수가 어떻게 운영 환경까지 도달할 수 있었나?". The mistake word is the
 * subject or topic of a why/how question whose predicate is what a safeguard does with a slip (passes it, catches it, lets it
 * reach or go out): the question asks about the process, nobody's act. Mirror of the English "Why do typos slip past our
 * checks?" (neutral there already).
 * Not this kind (kept flagged): a mistake owned or of this incident ("민수 씨의 실수가 왜 …", "제 실수가 …", "이번 실수는 …"),
 * a person named anywhere in the sentence, a mistake a person made ("김 대리는 왜 이런 실수를 했는가?"), a statement (no
 * question mark), a question with no process predicate ("실수가 왜 생겼는가?" asks for a cause, left to the rule).
 * Pure and bounded: it reads only the sentence around the mistake word (at most 120 characters each way).
 */

const SUBJECT = /^실수(?:들)?(?:가|이|는|은)\s/u;
// A possessor or incident deixis right before the mistake (a class word — 이런, 그런, 이와 같은 — is not one).
const OWNED_BEFORE = /(?:의|제|내|네|저희|우리)\s?$|(?:^|\s)(?:이번|지난|어제|오늘|당시|그때|그날|이|그|해당|그\s?사람의)\s(?:[가-힣]{1,6}\s){0,2}$/u;
const PERSON = /(?:씨|님|대리|과장|차장|부장|팀장|담당자|작업자|운영자|당직자|개발자|엔지니어|리뷰어|검토자|관리자|신입|인턴|저는|제가|나는|내가)(?:[가-힣]{0,2})(?=\s|[?？.,]|$)/u;
const WH = /(?:^|\s)(?:왜|어째서|어떻게)\s/u;
// What a safeguard does with a slip: passes it, catches or filters it, lets it reach, go out or be merged.
const PROCESS = /(?:통과|걸러지|걸러내|잡히|잡아내|발견되|감지되|검출되|도달|빠져나가|새어\s?나가|나가|넘어가|배포되|병합되|머지되|반영되|들어가)/u;

/** Whether the mistake word at `at` is the subject of an open why/how question about what the process did with it. */
export function slipThroughQuestion(text: string, at: number): boolean {
  if (!SUBJECT.test(text.slice(at, at + 6))) return false;
  let from = at;
  while (from > 0 && at - from < 120 && !/[.!?？。\n]/u.test(text[from - 1])) from--;
  let to = at;
  while (to < text.length && to - at < 120 && !/[.!?？。\n]/u.test(text[to])) to++;
  if (text[to] !== '?' && text[to] !== '？') return false;
  const before = text.slice(from, at);
  const after = text.slice(at, to);
  if (OWNED_BEFORE.test(before)) return false;
  if (PERSON.test(before) || PERSON.test(after)) return false;
  return WH.test(after) && PROCESS.test(after);
}
