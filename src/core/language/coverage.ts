/**
 * Session 11: a fault word inside the condition of a coverage rule — terms of service, a compensation policy, a warranty —
 * stated in the present: "회원 과실로 인한 주문 착오는 보상 대상에서 제외된다", "고객 부주의로 발생한 손해에 대해서는 회사가
 * 책임을 지지 않는다"; "Losses caused by the member's own negligence are excluded from compensation", "Damage resulting from
 * user error is not covered". A rule about what is (not) compensated names a class of cases, not the cause of an incident,
 * and blames nobody. Both languages: the sentence's main predicate excludes or declines cover, in the present; the fault
 * word sits in the phrase that names the excluded class ("…로 인한 N은/는", "N caused by …"). A past event ("이번 장애는
 * 담당자 과실로 발생했다"), or cover declined in the past about one case ("…라며 보상을 거부했다"), is not a rule and stays judged.
 */

// Korean: the fault word, then "(으)로 인한 / 발생한 / 생긴 / 인해 발생한 / 삭제된 …" (an adnominal naming the class), and the
// sentence ends excluding or declining cover in the present.
const KO_CLASS = /(?:과실|실수|부주의|잘못|착오|오조작|조작\s?실수)(?:로|으로)\s(?:인한|인해\s[\uac00-\ud7a3]{1,6}[ㄴ은된한]|발생한|생긴|일어난|[\uac00-\ud7a3]{1,6}된)\s/u;
const KO_RULE_END = /(?:제외된다|제외됩니다|제외한다|제외합니다|제외되며|책임(?:을|이)?\s?(?:지지|지)\s?않(?:는다|습니다|으며)|보상하지\s?않(?:는다|습니다|으며)|배상하지\s?않(?:는다|습니다)|포함되지\s?않(?:는다|습니다|으며)|해당하지\s?않(?:는다|습니다)|적용되지\s?않(?:는다|습니다)|면책된다|면책됩니다|대상이\s?아니다|대상이\s?아닙니다|대상에서\s?빠진다)[.!]?\s*$/u;

// English: "caused by / resulting from / due to / arising from" + a fault phrase, and the sentence excludes or declines cover
// in the present ("is/are excluded", "is not covered", "are not eligible", "we do not compensate").
const EN_CLASS = /\b(?:caused\sby|resulting\sfrom|due\sto|arising\sfrom|attributable\sto)\s(?:the\s|a\s|an\s)?(?:[\w'’-]+\s){0,3}?(?:negligence|error|errors|mistake|mistakes|carelessness|misuse|fault)\b/iu;
const EN_RULE = /\b(?:(?:is|are)\s(?:excluded|not\s(?:covered|eligible|compensated|refunded|reimbursed|included))|(?:do|does|will)\s(?:not|n['’]t)\s(?:cover|compensate|refund|reimburse|apply)|(?:is|are)\snot\s(?:our|the\scompany['’]s)\sresponsibility)\b/iu;

export function koreanCoverageRule(s: string): boolean {
  return s.length <= 400 && KO_CLASS.test(s) && KO_RULE_END.test(s);
}

export function englishCoverageRule(s: string): boolean {
  return s.length <= 400 && EN_CLASS.test(s) && EN_RULE.test(s);
}
