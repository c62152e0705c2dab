import type { Rule } from '../types';
import { checkProse } from '../phraseRules';

/** `blameful-language`: Wording that pins the incident on people: blame words, a person as the subject of a failure, punitive asks. */
export const blamefulLanguage: Rule = {
  meta: {
    id: 'blameful-language',
    description: "Wording that pins the incident on people: blame words, a person as the subject of a failure, punitive asks.",
    tags: ["language", "blameless"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "Blameless postmortems focus on the conditions, tools and processes that allowed a failure, not on who made a mistake. Blame makes people hide information, and the next incident repeats. Every participant is assumed to have acted with good intent on the information they had. This rule flags blame nouns and adjectives (*human error*, *careless*, *실수*, *부주의* …), a person as the subject of a failure (*Bob forgot …*, *담당자가 … 소홀히 했다*) and punitive asks (*held accountable*, *징계*). Named people doing ordinary things (*Alice rolled back the release*) and systems that fail (*the health check failed to detect …*) are not flagged.",
    examples: [
    { bad: "The outage was caused by human error.", good: "The outage was caused by a deploy step that had no validation." },
    { bad: "담당자의 실수로 설정이 잘못 배포되었다.", good: "검증 단계가 없는 배포 절차로 잘못된 설정이 배포되었다." },
    ],
  },
  check(ctx) {
    checkProse(ctx, 'blameful');
  },
};
