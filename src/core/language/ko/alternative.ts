/**
 * Session 16 (lang-ko). Two constructions whose Korean blame findings were wrong on the first runs of the draws
 * (test/language/AUDITS.md "Session 16", Korean), stated by grammar, not by phrase:
 *
 * 1. AN ALTERNATIVE CHOSEN IN A RULE OR AN AIM: "-지 않고 Y-도록 했다 / -기로 했다 / -고자 / -려고 …". The negated act is the
 *    way NOT taken, and the clause after "-지 않고" is not a past act but what a rule prescribes (-도록 …), what was decided
 *    (-기로 …) or what was aimed at (-고자, -려고): "앞으로는 운영자가 직접 배포하지 않고 파이프라인을 거쳐 배포하도록
 *    바꿨다", "당직자는 서버를 곧바로 재시작하지 않고 먼저 로그를 보존하고자 했다". Nobody failed a duty. A negated DUTY
 *    ("확인하지 않고 배포하기로 했다": a check skipped by decision) and a past act after "-지 않고" ("확인하지 않고 배포했다")
 *    stay blame; so does a -도록 under a verb of letting it go ("…넘어가도록 내버려 두었다").
 *
 * 2. A SLIP AS THE PREMISE OF A NORM: "실수했으면 바로 알리는 게 예의다", "잘못했으면 인정하고 고치는 것이 도리다": a condition
 *    or reason "-았/었으면, -았/었으니" on a slip with NO subject named, whose main clause is a norm about what one does
 *    ("-는 게/것이 예의·도리·상식·당연·맞다·순서 …"). Mistakes in general, nobody's act. A person or oneself named ("담당자가
 *    잘못했으니 사과하는 게 맞다", "내가 잘못했으니 …") and a norm of punishment ("…벌을 받는 게 당연하다") stay blame.
 *
 * Pure and bounded: each check reads at most one sentence (the analysed sentence's text).
 */

// What follows "-지 않고": the alternative's verb, in a form that prescribes, decides or aims.
const AIM = /(?:도록|기로|고자|려고|으려고)$/u;
// A -도록 under a verb of letting something go is not a rule: "…넘어가도록 내버려 두었다", "…하도록 방치했다".
const LET_GO = /^(?:방치|내버려|놔두|놓아두|놔뒀|허용|묵인|눈감|두었|뒀|두고)/u;
// A past act or a clause break before the aim ends the alternative: "확인하지 않고 배포했고, …하도록 했다".
const PAST_SYLLABLE = (w: string) => [...w].some((c) => {
  const x = c.charCodeAt(0) - 0xac00;
  return x >= 0 && x < 11172 && x % 28 === 20 && c !== '있' && c !== '없';
});

/**
 * Whether the "-지 않고" that ends at `at` in `s` (the negated verb `verb`, its stem without 하 kept) introduces an
 * alternative chosen in a rule, a decision or an aim. `duty` says whether the negated verb is a duty (확인, 검토 …).
 */
export function alternativeChosen(s: string, at: number, duty: boolean): boolean {
  if (duty) return false;
  if (!/않고$/u.test(s.slice(Math.max(0, at - 2), at))) return false;
  const rest = s.slice(at, at + 80).split(/[,.!?;。\n]/u)[0];
  const words = rest.trim().split(/\s+/u).filter(Boolean).slice(0, 7);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (AIM.test(w)) return !LET_GO.test(words[i + 1] ?? '');
    if (PAST_SYLLABLE(w)) return false;
  }
  return false;
}

// The slip's own ending: a past condition or reason ("했으면", "했으니", "했으니까", "저질렀으면").
const SLIP_PREMISE = /^(?:으면|으니까|으니)(?=[\s,]|$)/u;
// The main clause: a norm about what one does, at the sentence's end.
const NORM = /(?:는|은|ㄴ)\s?(?:게|것이|것은|건|거)\s?(?:예의|도리|상식|당연|맞|옳|순서|원칙|기본|정석|도의)[가-힣]{0,8}\s?(?:아니겠나|아닌가|아니겠는가|아닐까|않겠나|않나|아니냐)?[.!?]?\s*$/u;
const PUNISHMENT = /(?:벌을|벌이|처벌|징계|문책|질책|책임을\s?지|책임을\s?묻|해고|경질|물러나|사퇴|옷을\s?벗)/u;

/**
 * Whether the slip verb that ends at `end` in the sentence `s` (its past syllable last: "실수했", "잘못했") is the premise of
 * a norm about what one does, with no subject named (`subjectNamed` false).
 */
export function slipAsNormPremise(s: string, end: number, subjectNamed: boolean): boolean {
  if (subjectNamed) return false;
  if (!SLIP_PREMISE.test(s.slice(end, end + 5))) return false;
  const main = s.slice(end);
  return NORM.test(main) && !PUNISHMENT.test(main);
}

// The slip as a verb at the mistake word: "실수했", "실수를 했", "실수를 저질렀" (the past syllable ends the match).
const SLIP_VERB = /^(?:실수|잘못)(?:를|을)?\s?(?:했|하였|저질렀)/u;

/**
 * The same construction read from a mistake word at `at` in `text` (the phrase list's finding on "실수했으면 …"): the
 * subject counts as named when any word before the slip in its sentence carries a subject or topic particle.
 */
export function slipNormAt(text: string, at: number): boolean {
  const m = SLIP_VERB.exec(text.slice(at, at + 12));
  if (!m) return false;
  let from = at;
  while (from > 0 && at - from < 120 && !/[.!?。\n]/u.test(text[from - 1])) from--;
  let to = at;
  while (to < text.length && to - at < 200 && !/[.!?。\n]/u.test(text[to])) to++;
  const before = text.slice(from, at).trim();
  const named = before.split(/\s+/u).some((w) => /(?:가|이|는|은|께서|도)$/u.test(w) || /^(?:저|제|나|내|우리|저희)/u.test(w));
  const s = text.slice(from, Math.min(text.length, to + 1));
  return slipAsNormPremise(s, at - from + m[0].length, named);
}
