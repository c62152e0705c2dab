/**
 * Session 11: mistakes stated as a general truth about people, in the present (non-past) tense, with a generic subject:
 * "우리는 모두 일하면서 크고 작은 실수를 합니다", "사람은 바쁠수록 실수를 범한다", "엔지니어들은 밤샘 작업 뒤에 잘못을 저지르기
 * 마련이다". No incident's cause is named; nobody is blamed. GENERIC_SLIP (neutral.ts) already reads "누구나 실수한다" and
 * "사람은 … 실수한다"; this reads the other generic subjects (우리는 [모두], 우리 모두, 모두가, 사람들은, 인간은) with any present
 * form of making a mistake, and a plural role ("운영자들은", "개발자들은") only with a tendency ending (-기 쉽다, -기/-게 마련,
 * -곤 한다), since "우리 팀 운영자들은 자꾸 실수를 한다" is a complaint about people, not a truth about people. A past form
 * ("우리는 어제 실수를 저질렀다") is an event and stays judged. The English mirror ("As developers we all make mistakes",
 * "Operators make mistakes when tired") is already read neutral by the English rules.
 */

// The generic subject, up to five short words, then the slip and a present predicate.
const WE_ALL = /(?:^|\s)(?:우리는(?:\s모두)?|우리\s모두(?:는|가)?|모두가|사람들은|사람은|인간은|인간이라면)\s(?:[^\s.!?]{1,12}\s){0,6}?(?:실수|잘못|착각|오류)(?:를|을)?\s?(?:한다|합니다|해요|하죠|저지른다|저지릅니다|저질러요|범한다|범합니다|하기\s?(?:쉽|마련)|저지르기\s?(?:쉽|마련)|범하기\s?(?:쉽|마련)|하게\s?(?:마련|됩니다|된다)|하곤\s?(?:한다|합니다)|저지르곤\s?(?:한다|합니다)|할\s수\s(?:있다|있습니다|밖에))(?=[\s.!?,]|$)/u;
const PLURAL_TENDENCY = /(?:^|\s)[\uac00-\ud7a3]{1,8}들은\s(?:[^\s.!?]{1,12}\s){0,6}?(?:실수|잘못|착각)(?:를|을)?\s?(?:하기|저지르기|범하기)\s?(?:쉽|마련)/u;
// "우리 팀 운영자들은 …", "저희 개발자들은 …": people of the team, not people in general.
const OUR_TEAM = /(?:우리|저희|이|그|해당)\s(?:팀|회사|부서)?\s?[\uac00-\ud7a3]{0,8}들은/u;

export function genericSlip(s: string): boolean {
  if (s.length > 400) return false;
  if (WE_ALL.test(s)) return true;
  return PLURAL_TENDENCY.test(s) && !OUR_TEAM.test(s);
}
