/**
 * Session 13. A prevention question asked OPEN, the question a retrospective asks before it knows the answer: "무엇을
 * 했으면 이 장애를 막을 수 있었을까요?", "Pod가 한 노드에 몰리지 않았다면 장애를 막을 수 있었을까?". The sentence ends
 * in a plain question of possibility ("…(할) 수 있었을까(요)?", "…수 있었나(요)?", "…수 있었는가?") and asserts nothing;
 * the set's conventions read retrospective questions asked forward as neutral ("What could we have done better?", "What
 * monitoring would have caught this sooner?"). Two shapes of it are read here, and only these:
 * - the condition asks WHICH act or means (a wh-word in the sentence before the possibility: 무엇, 뭘, 어떤, 어떻게, 무슨);
 * - the condition's subject is a THING (a system's state: "Pod가 … 몰리지 않았다면") — the caller decides that, with its
 *   subject reading, from the index of the condition word returned here.
 * Not this kind (left to the hindsight rules): a negated rhetorical question, which asserts ("…했다면 막을 수 있지
 * 않았을까?", "…없었을까?"); a why-question, which presupposes a failure ("왜 … 확인하지 않았을까?"); a yes/no question about
 * what a person did ("당직자가 전화를 받았다면 막을 수 있었을까?"), kept flagged; any statement.
 * English mirror: "What could we have done before the change to prevent this outage?" and "If the pods had not all landed on
 * one node, could the outage have been prevented?" are read neutral by the English rules already (language-ko-s13.test.ts).
 */

// The sentence's last predicate: a question of possibility in the past, not negated.
const ASKED_END = /(?:^|\s)수도?\s?있었(?:을까요|을까|나요|나|는가|을런지|을는지)[?？]+$|(?:^|\s)수도?\s?있었(?:을까요|을까)[.…]*$/u;
// A why-question presupposes that something was not done.
const PRESUPPOSED = /(?:^|\s)(?:왜|어째서|도대체|대체|어찌)(?=\s|$)/u;
// A wh-word asking which act or means.
const WH = /(?:^|\s)(?:무엇|뭘|뭐|무얼|무슨|어떤|어떠한|어떻게|어느)(?=\s|$|[을를이가으로도])/u;
// The condition word: "…다면", "…(으)면", "…더라면", "…어도", perhaps with a comma.
const CONDITION_WORD = /(?:다면|더라면|으면|면)[,，]?$/u;

export interface OpenQuestion {
  /** A wh-word stands before the possibility. */
  wh: boolean;
  /** Offsets (into the sentence) of each condition word before the possibility. */
  conditions: number[];
}

/** Whether sentence `s` is an open prevention question; undefined when it is not. */
export function openPreventionQuestion(s: string): OpenQuestion | undefined {
  if (s.length > 400) return undefined;
  const end = ASKED_END.exec(s.trimEnd());
  if (!end || PRESUPPOSED.test(s)) return undefined;
  const head = s.slice(0, end.index);
  const conditions: number[] = [];
  for (const w of head.matchAll(/\S+/gu)) if (CONDITION_WORD.test(w[0]) && !/면서[,，]?$/u.test(w[0])) conditions.push(w.index ?? 0);
  if (!conditions.length) return undefined;
  return { wh: WH.test(head), conditions };
}
