/**
 * Session 12. An ORGANISATION as the subject of responsibility (test/realworld/dev/ko-bithumb-trading-halt-2025, a
 * company's statement quoted in news: "당사는 무거운 책임감을 가지고 전액보상 해드릴 예정"). A company, a bank or a
 * public body that says it will act "with (a heavy) sense of responsibility" is owning the incident before its
 * customers — an apology's commitment, neutral by the set's conventions ("an organisation owning its shortcoming,
 * apologies … are neutral") — not a call for vigilance aimed at people. The English mirror ("The company takes full
 * responsibility and will refund …") is read neutral by the English rules already.
 *
 * Only the responsibility words (책임감, 책임) of the vigilance detector are judged here; "회사는 앞으로 더 주의하겠다"
 * (care) is left to it. The organisation must be the clause's topic or subject (당사는, 저희 회사는, 당행은, 회사가 …) with
 * no person named between it and the responsibility ("회사는 직원들이 책임감을 가지도록 …" stays a call at the staff), and
 * nothing after it may tell anyone what they must do ("회사는 책임감을 가져야 한다" is a demand made of it, left as it was).
 */
const ORG_TOPIC = /(?:^|[\s“"'‘(「『])(?:우리\s?회사|저희\s?회사|회사|당사|당행|본사|운영사|개발사|본\s?기관|당\s?기관|저희\s?(?:은행|기관|센터|공단|재단))(?:\s?측)?(?:는|은|가|이|도|에서는|로서는)\s/gu;
const RESPONSIBILITY = /책임(?:감)?/u;
const DEMAND_AFTER = /야\s?(?:한다|합니다|함|했|하|할)|(?:길|기를|하기)\s?바랍|할\s?것|하라|하십시오|하세요/u;

/**
 * Whether the vigilance match [at, at + match.length) of sentence `s` is an organisation's own responsibility;
 * `personBetween(from, to)` says whether a person is mentioned in s[from, to).
 */
export function organisationResponsibility(s: string, at: number, match: string, personBetween: (from: number, to: number) => boolean): boolean {
  if (!RESPONSIBILITY.test(match) || s.length > 400) return false;
  if (DEMAND_AFTER.test(s.slice(at, at + match.length + 40).split(/[.!?。]/u)[0])) return false;
  const before = s.slice(0, at);
  ORG_TOPIC.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = ORG_TOPIC.exec(before); m; m = ORG_TOPIC.exec(before)) last = m;
  if (!last) return false;
  const orgEnd = last.index + last[0].length;
  // At most eight words between the organisation and its responsibility, none of them a person.
  if (before.slice(orgEnd).split(/\s+/u).filter(Boolean).length > 8) return false;
  return !personBetween(orgEnd, at);
}
