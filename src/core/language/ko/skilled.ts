/**
 * Session 16 (lang-ko). A COUNTERFACTUAL OF COMPETENCE: the condition is the actor being a more skilled kind of person ("프로였다면",
 * "경험 많은 엔지니어였다면", "숙련된 운영자였더라면", "베테랑 DBA라면"), the consequence a duty done, in the would-have form
 * ("…확인했을 것이다", "…검토했을 거예요"). It says the actual actor was not skilled enough and did not do the duty: hindsight and
 * a verdict at once (the English "An experienced engineer would have reviewed the config"; en.cf.could-would-have).
 * Missed on the s16 draw (ko-19026). Not this kind: anyone in the same place ("누구라도 …였다면 같은 선택을 했을 것이다": no skill
 * noun), a concession ("숙련된 운영자였더라도 …"), a question, a consequence that is not a duty done (a recovery, an ability).
 * Pure and bounded: one sentence, linear patterns.
 */

// The condition: a skill noun, or a skill adjective before a role noun, with the copula's past conditional (or 라면).
const SKILLED_IF = /(?<![\uac00-\ud7a3])(?:(?:숙련된|노련한|능숙한|유능한|경험\s?많은|경험이\s?많은|경력\s?많은|실력\s?있는|제대로\s?된)\s[\uac00-\ud7a3A-Za-z]{1,8}?|프로|전문가|베테랑|숙련자|고수|시니어|경력자)(?:\s[\uac00-\ud7a3A-Za-z]{1,6}?)?(?:였더라면|이었더라면|였다면|이었다면|라면)(?=[\s,])/u;
// The consequence: a duty verb in the would-have form.
const DUTY_WOULD = /(확인|검토|점검|검증|테스트|체크|백업|대비|준비|문의|보고|공유|재확인|리뷰)(?:을|를|부터|도)?\s?(?:했|하였)을\s?(?:거|것|겁|텐데)/u;
// The subject right before the condition goes with it ("내가 시니어였다면" → the rewrite names no one).
const SUBJECT_BEFORE = /(?:^|\s)[\uac00-\ud7a3A-Za-z]{1,8}(?:가|이|는|은|께서)\s$/u;

/** The counterfactual of competence in a sentence: where it starts and where its duty phrase ends, relative to `s`. */
export function skilledCounterfactual(s: string): { start: number; end: number; polite: boolean; rewrite: string } | undefined {
  if (/[?？]/u.test(s)) return undefined;
  const cond = SKILLED_IF.exec(s);
  if (!cond) return undefined;
  const rest = s.slice(cond.index + cond[0].length);
  const duty = DUTY_WOULD.exec(rest);
  if (!duty) return undefined;
  let end = cond.index + cond[0].length + duty.index + duty[0].length;
  // The would-have phrase runs to the word's end ("것이다", "거예요", "텐데").
  while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
  const spoken = /(?:어요|에요|예요)$/u.test(s.slice(0, end));
  const polite = spoken || /니다$/u.test(s.slice(0, end));
  // "…작업 전에 모든 사항을 확인했을 것이다" → "작업 전에 모든 사항을 확인하도록 하는 단계가 없었다".
  const middle = rest.slice(0, duty.index).trim();
  const rewrite = `${middle ? `${middle} ` : ''}${duty[1]}하도록 하는 단계가 ${spoken ? '없었어요' : polite ? '없었습니다' : '없었다'}`;
  const subject = SUBJECT_BEFORE.exec(s.slice(0, cond.index));
  const start = subject ? subject.index + (subject[0].startsWith(' ') ? 1 : 0) : cond.index;
  return { start, end, polite, rewrite };
}
