/**
 * Session 16 (lang-en2): English mirrors of two Korean kinds lang-ko fixed this session (test/unit/language-ko-s16.test.ts).
 *
 * - A SLIP AS THE PREMISE OF A NORM (mirror of ko "실수했으면 바로 알리는 게 예의다"): a generic condition on a slip
 *   ("if / when / whenever <you, someone, anyone, one, people, we> <make a mistake, break something, get it wrong …>" in
 *   the present tense) whose main clause states what one does ("the decent / right / honest thing (to do) is to …", "the
 *   norm / rule / expectation is to …", "it is good manners / only fair / customary to …"), in either order: nobody is
 *   judged, the sentence states a norm. Not: a person named or a past event ("When Priya broke the build", "If you made"),
 *   a norm of punishment or leaving ("… is to fire them", "… to resign"), a hindsight main clause ("the right thing would
 *   have been …"), "you should be fired".
 * - A PLEDGE OF CARE WITH A MEASURE (mirror of ko prose.ts: "백업 상태를 매주 더 꼼꼼히 점검하겠습니다"): a first-person
 *   "will" pledge to check something "more carefully / closely / thoroughly" that names a frequency ("twice a day", "every
 *   Monday", "daily"), a time limit ("within 10 minutes") or a count ("at least three times") is a promise of work, not a
 *   call for care. Not: care alone ("We will be more careful next time", "We will check more carefully from now on"), a
 *   duration ("for the next year"), an occasion ("before each deploy": when to be careful, not how much is done).
 *
 * Each returns [start, end] offsets in the sentence of the clauses it neutralises. Bounded, linear patterns
 * (test/unit/regex-safety.test.ts scans this file).
 */

// Generic subjects: no one in particular.
const GENERIC = '(?:you|someone|somebody|anyone|anybody|one|people|we|a\\s(?:person|colleague|teammate|developer|engineer)|an\\s(?:engineer|operator|employee))';
// A slip in the present tense.
const SLIP =
  "(?:make|makes|break|breaks|mess\\sup|messes\\sup|screw\\sup|screws\\sup|slip\\sup|slips\\sup|get\\s(?:something|it|things)\\swrong|gets\\s(?:something|it|things)\\swrong|do\\ssomething\\swrong|does\\ssomething\\swrong|cause|causes|introduce|introduces|push|pushes|ship|ships|delete|deletes|drop|drops|forget|forgets|miss|misses|mistype|mistypes|fat-finger|fat-fingers)";
const COND = `(?:if|when|whenever|once)\\s${GENERIC}\\s(?:(?:ever|accidentally|inadvertently|mistakenly|do|does)\\s)?${SLIP}\\b[^,;.!?]{0,60}`;
// What one does: a norm's head, then "to" and the act.
const NORM_HEAD =
  "(?:the\\s(?:decent|right|proper|honest|best|correct|professional|responsible|sensible|adult|kind|polite|expected|normal|usual|first|only|grown-up|mature)\\s(?:thing(?:\\sto\\sdo)?|move|step|response|course(?:\\sof\\saction)?|reaction|practice|etiquette|habit)|the\\s(?:norm|rule|convention|custom|expectation|etiquette|protocol|practice|habit|culture|standard)(?:\\shere)?|(?:it\\sis|it['’]s)\\s(?:(?:only|simply|just|always)\\s)?(?:good\\s(?:manners|form|practice|etiquette)|only\\sfair|polite|decent|customary|expected|normal|courteous|the\\sdone\\sthing|common\\scourtesy|common\\ssense))";
// The rest of the clause: up to a comma and a conjunction, or a subordinator ("…, and the engineer who did it should be fired").
const TAIL = "(?:(?!,\\s(?:and|but|so|or|yet)\\s|\\s(?:because|since|while|whereas|although|though|unless)\\s)[^.;!?]){1,120}";
// Acts of punishment or leaving are not a neutral norm ("the right thing is to fire them", "… to resign").
const NOT_PUNISHMENT =
  '(?!(?:(?:be|get)\\s)?(?:fire|fired|firing|sack|sacked|punish|punished|discipline|disciplined|reprimand|reprimanded|blame|blamed|shame|shamed|resign|quit|step\\sdown|leave|dismiss|dismissed|demote|demoted|suspend|suspended|write\\s(?:them|him|her)\\sup|pay\\sfor)\\b)';
const IS_TO = `(?:is|was)\\s(?:(?:always|simply|just|usually)\\s)?to\\s${NOT_PUNISHMENT}${TAIL}`;
const NORM_AFTER = new RegExp(`^(?:(?:and|but|so)\\s)?${COND},\\s(?:then\\s)?${NORM_HEAD}\\s(?:(?:is|was)\\s(?:(?:always|simply|just|usually)\\s)?)?to\\s${NOT_PUNISHMENT}${TAIL}`, 'iu');
// "The right thing to do, when you break something, is to say so." / "The norm when someone breaks the build is to revert first."
const NORM_AROUND = new RegExp(`^${NORM_HEAD},?\\s${COND},?\\s${IS_TO}`, 'iu');
// "It is good manners to own up when you get something wrong."
const NORM_BEFORE = new RegExp(`^(?:it\\sis|it['’]s)\\s(?:(?:only|simply|just|always)\\s)?(?:good\\s(?:manners|form|practice|etiquette)|only\\sfair|polite|decent|customary|expected|normal|courteous|the\\sdone\\sthing|common\\scourtesy)\\sto\\s${NOT_PUNISHMENT}[^,;.!?]{1,60}?,?\\s${COND}`, 'iu');

// A first-person "will" pledge to check more carefully …
const PLEDGE =
  /\b(?:we|i)(?:(?: (?:really|simply|just|all|also))? (?:will|are going to|am going to|promise to|shall)|['’]ll)(?: (?:try to|be sure to|make sure to))? (?:review|check|test|read|verify|inspect|scrutini[sz]e|proofread|double-check|examine|go over|look (?:at|over|through))\b[^.;!?]{0,80}/iu;
// … that names a frequency, a time limit or a count.
const MEASURE =
  /\b(?:(?:once|twice|thrice|(?:two|three|four|five|six|[2-9]|1[0-9]) times) (?:a|an|per|each|every) (?:day|week|month|quarter|hour|shift|sprint|release|deploy(?:ment)?)|(?:every|each) (?:(?:[0-9]{1,3}|two|three|four|six|twelve) )?(?:day|week|morning|evening|night|hour|minutes|hours|days|weeks|shift|sprint|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:daily|weekly|hourly|nightly|fortnightly|monthly)|within (?:[0-9]{1,3}|one|two|three|five|ten|fifteen|thirty|an?) (?:minutes?|hours?|days?|business days?)|at least (?:once|twice|(?:[0-9]{1,3}|two|three|four|five) times)|on every (?:shift|release|deploy|rotation))\b/iu;
const CLAUSE = new RegExp(`^${TAIL}`, 'iu');
const CARE = /\bmore (?:carefully|closely|thoroughly|attentively|diligently)\b/iu;
const NEGATED = /\b(?:not|never)\b|n['’]t\b/iu;

/** The clauses of an English sentence that state a norm after a slip, or pledge measured work (see the module comment). */
export function normParts(s: string): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  const t = s.trimStart();
  const lead = s.length - t.length;
  if (/\b(?:if|when|whenever|once)\b/iu.test(t)) {
    for (const re of [NORM_AFTER, NORM_AROUND, NORM_BEFORE]) {
      const m = re.exec(t);
      if (m && !/\b(?:would|should|could)\s(?:have|['’]ve)\b/iu.test(m[0])) {
        out.push([lead, lead + m[0].length]);
        break;
      }
    }
  }
  const p = PLEDGE.exec(s);
  if (p && CARE.test(p[0]) && !NEGATED.test(p[0])) {
    // The measure in the pledge's clause (to its end), not in another sentence part.
    const clause = CLAUSE.exec(s.slice(p.index))![0];
    if (MEASURE.test(clause)) out.push([p.index, p.index + clause.length]);
  }
  return out;
}
