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
    rationale: "Blameless postmortems focus on the conditions, tools and processes that allowed a failure, not on who made a mistake. Blame makes people hide information, and the next incident repeats. Every participant is assumed to have acted with good intent on the information they had. This rule flags blame nouns and adjectives (*human error*, *careless*, *실수*, *부주의* …), a person as the subject of a failure (*Bob forgot …*, *담당자가 … 소홀히 했다*) and punitive asks (*held accountable*, *징계*). Named people doing ordinary things (*Alice rolled back the release*) and systems that fail (*the health check failed to detect …*) are not flagged. In an apology, the organisation owning a shortcoming of its management (*저희의 관리 소홀로 불편을 끼쳐 죄송합니다*, *당사의 관리 소홀로 …*, *회사 측의 운영 미숙으로 …*) names no person and is not flagged; a person named in it (*담당자의 부주의로 … 죄송합니다*), a team's shortcoming (*저희 팀의 관리 소홀로 …*) and the writer's own slip (*제 불찰로 …*, *제 책임이에요*) are.",
    examples: [
    { bad: "The outage was caused by human error.", good: "The outage was caused by a deploy step that had no validation." },
    { bad: "담당자의 실수로 설정이 잘못 배포되었다.", good: "검증 단계가 없는 배포 절차로 잘못된 설정이 배포되었다." },
    ],
  },
  check(ctx) {
    checkProse(ctx, 'blameful');
  },
};
