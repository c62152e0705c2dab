/**
 * Session 14 (lang-en): English clauses that read like hindsight or a call for punishment but judge nobody's past act.
 * Each is a class of wrong first-run findings of draw s14 (test/language/AUDITS.md, "Session 14: draw s14 first run"),
 * written first as new sentences (test/unit/language-en-s14.test.ts) and checked against the drawn cases it was not
 * written from.
 *
 * - a DESIGN EXPECTATION: a NEGATED should-have of perceiving an outcome ("so we shouldn't have seen this much packet
 *   loss", "users should not have noticed any errors"): what the design predicts did not hold; nobody can be faulted for
 *   seeing. Only with an outcome noun after the verb (impact, errors, downtime, loss …), not "seen it as …"; a positive
 *   "should have seen the warning" stays hindsight.
 * - WHAT SOMEONE WOULD HAVE SEEN: a modal perfect of perceiving or receiving inside a free relative ("what the employee
 *   would have seen") or a contact relative clause on a thing ("the message the on-call engineer would have received"):
 *   the sentence shows someone's experience, it does not name an act someone skipped. Not in a sentence with a condition
 *   ("if", "had", "unless": "If he had checked the logs, he would have seen the error" stays hindsight).
 * - PUNISHMENT RULED OUT: a punishment said not to happen ("no one would get fired for …", "nobody will be disciplined
 *   for …") or put aside as the wrong response ("the point is not to fire the engineer …, but …"): the mirror of the
 *   session-13 "blame rejected". A call for punishment ("… should be fired", "decided to fire") stays.
 * - a NEAR MISS'S COST: a counterfactual whose condition is a slip or a harm that did NOT happen (not negated: "If we had
 *   missed the renewal date", "Had we dropped the wrong partition") and whose consequence is a loss or a penalty ("the
 *   domain would have expired", "we would have been fined"): what the slip would have cost, luck, not hindsight. A
 *   negated consequence ("would not have expired") or a good outcome ("would have been safe") is hindsight and stays, as
 *   is a negated condition ("If we hadn't missed …").
 *
 * - Session 15 (lang-en2, the English mirror of ko/nearmiss.ts WORSE): a near miss whose cost is a WORSE OUTCOME rather
 *   than a loss: a (not negated) counterfactual condition, then a degree before a comparative of worsening ("… the
 *   restore would have taken far longer", "recovery would have been much harder", "the outage would have lasted several
 *   more hours"): the alternative was worse, so the act taken is not faulted. Unambiguous comparatives (worse, harder,
 *   more severe …) take any condition; ones a good thing can also have (longer, larger, slower, N more hours) need a
 *   harm or a repair as the subject ("the restore", "the outage"; not "the disk would have lasted much longer"). A NEGATED
 *   condition with a worse consequence ("If Priya had not rolled back, … far worse") is credit, read by gate.ts
 *   creditNotBlame (session 12), not here. A better or negated consequence ("would have been much
 *   shorter", "would not have lasted longer"), "harder to miss", a negated condition stay hindsight.
 * - Session 16 (lang-en2): the same with NO degree word, the comparative right after the verb, on a harm or repair subject
 *   ("the data loss would have been bigger", "the outage would have lasted hours longer"): WORSE_BARE.
 *
 * Each returns [start, end] offsets in the sentence of the clauses it neutralises. Bounded, linear patterns
 * (test/unit/regex-safety.test.ts scans this file).
 */

// Outcomes a design is expected to keep away: what was observed, not an act.
const OUTCOME =
  '(?:impact|effects?|errors?|failures?|faults?|downtime|outages?|loss|losses|latency|degradation|disruptions?|interruptions?|spikes?|drops?|brownouts?|timeouts?|5xxs?|50[0-9]s?|alerts?|alarms?|slowdowns?|slowness|problems?|issues?|packet loss|data loss|failed requests?|errors? rates?|lag|delays?|blips?|hiccups?|increase|surge|jump)';

// "we shouldn't have seen such a significant impact", "users should not have noticed any errors".
const EXPECTATION = new RegExp(
  `\\bshould(?:\\snot|n['’]t)(?:\\s(?:really|normally|ever|even))?\\s(?:have|['’]ve)\\s(?:seen|observed|noticed|experienced|encountered|hit|gotten|got|had)\\s(?!(?:it|this|that|them)\\sas\\b)(?:(?:any|such|this|that|these|those|so|much|many|a|an|the|single|an?\\s?other)\\s){0,3}(?:[\\p{L}\\p{N}-]{2,20}\\s){0,2}?${OUTCOME}\\b(?:(?!\\b(?:if|had|unless)\\b)[^.;!?]){0,80}`,
  'giu',
);

// A perceiving or receiving verb after a modal perfect.
const PERCEIVE = "(?:would|might|will)(?:\\s(?:probably|likely|typically|usually|then|all|each|also))?\\s(?:have|['’]ve)\\s(?:seen|received|gotten|got|heard|read|been\\s(?:shown|sent|served|given)|experienced|encountered|faced)";
// "what the employee would have seen", "the message the on-call engineer would have received", "the page visitors would have seen".
const SEEN = new RegExp(
  `\\b(?:what|(?:the|a|an|this|that|each|every)\\s(?:[\\p{L}-]{2,20}\\s)?(?:page|screen|screens|view|message|messages|e-?mail|e-?mails|text|texts|warning|warnings|banner|prompt|dialog|dialogue|pop-?up|notice|notification|notifications|error|errors|alert|alerts|response|responses|display|console|output|dashboard|form|link|button|menu|letter|invoice|receipt|bill|statement|sms|push|reply))\\s(?:(?:the|a|an|any|our|their|your|each|every)\\s)?(?:[\\p{L}-]{2,20}\\s){1,3}?${PERCEIVE}\\b[^.;!?,]{0,80}`,
  'giu',
);
// A condition anywhere in the sentence keeps what someone would have seen a hindsight.
const CONDITION = /\b(?:if|unless|had\s(?:the|a|an|our|their|his|her|we|they|he|she|i|you|someone|anyone|somebody|anybody)|whether)\b/iu;

const PUNISH_PP = '(?:fired|sacked|punished|disciplined|reprimanded|sanctioned|penali[sz]ed|suspended|dismissed|let go|written up|blamed|shamed)';
const PUNISHMENT_RULED_OUT: RegExp[] = [
  // "no one would get fired for making a mistake", "nobody will be disciplined for raising a false alarm".
  new RegExp(
    `\\b(?:no\\sone|no-one|nobody|none\\sof\\s(?:us|them|you|the\\s[\\p{L}-]{2,20})|not\\sa\\ssingle\\s(?:person|one|engineer|employee))\\s(?:(?:would|will|should|is\\sgoing\\sto|was\\sgoing\\sto|gets|got|ever|is|was|were|has\\sbeen|had\\sbeen|can|could|shall|must|needs\\sto)\\s){0,2}(?:be|get)?\\s?${PUNISH_PP}\\b[^.;!?]{0,80}`,
    'giu',
  ),
  // "the correct way … is not to fire the person who made the mistake, but to …", "the point is not to punish the clerk".
  /\b(?:is|was|are|were)(?:\snot|n['’]t)\s(?:to\s)?(?:fire|firing|sack|sacking|punish|punishing|discipline|disciplining|reprimand|reprimanding|sanction|sanctioning|blame|blaming|shame|shaming)\b[^.;!?]{0,120}/giu,
];

// A slip or a harm as a (not negated) counterfactual condition, then a loss or a penalty as its consequence.
const SLIP_DONE =
  '(?:missed|blown|blew|forgotten|forgot|lost|leaked|mislabell?ed|mistyped|misconfigured|misread|swapped|mixed\\sup|overwritten|overwrote|corrupted|fat-fingered|typo[’\']?d|deleted|dropped|wiped|truncated|broken|broke|crashed|shipped\\sthe\\swrong|pushed\\sthe\\swrong|sent\\sthe\\swrong|picked\\sthe\\swrong|run\\sthe\\swrong|ran\\sthe\\swrong)';
const LOSS =
  '(?:lost|expired|failed|crashed|broken|corrupted|leaked|rejected|missed|been\\s(?:fined|sued|charged|penali[sz]ed|liable|down|offline|out|unavailable|exposed|locked\\sout|in\\s(?:(?:big|real|serious|deep)\\s)?trouble|on\\sthe\\shook|stuck|ruined|wiped|gone)|had\\sto\\s(?:repeat|redo|rebuild|restore|refund|re-?run|start\\sover|pay|cancel|recall|notify)|received\\sthe\\swrong|(?:gotten|got|received|had)\\s(?:zero|no|little|nothing)|faced|paid|cost|fined|sued|penali[sz]ed|charged|double-charged|refunded|owed|gone\\sdown|taken\\s(?:down|out)|wiped|deleted|exposed|rejected|lapsed)';
const NEAR_MISS = new RegExp(
  `^((?:if\\s[^,;.!?]{1,60}?(?:\\shad|['’]d)|had\\s[^,;.!?]{1,60}?)\\s(?:(?:accidentally|mistakenly|also|then|ever)\\s)?${SLIP_DONE}\\b[^,;.!?]{0,80})(,?\\s[^;.!?]{0,60}?\\b(?:would|could|might)(?:\\s(?:likely|probably|certainly|surely|easily|all|each|also))?\\s(?:have|['’]ve)\\s(?:(?:likely|probably|certainly|surely|easily|all)\\s)?${LOSS}\\b[^.;!?]{0,160})`,
  'iu',
);
// A negation in the condition ("If we hadn't missed …") or a comparative in the consequence ("… would have lost less"):
// hindsight, not a near miss.
const NEGATED = /\b(?:not|never|no\slonger)\b|n['’]t\b/iu;
const LESS = /\b(?:less|fewer|only|instead|sooner|earlier|faster)\b/iu;

// Session 15: a worse outcome. A degree word, then a comparative of worsening.
const DEGREE =
  '(?:far|much|even|a\\slot|a\\sgreat\\sdeal|considerably|significantly|substantially|vastly|dramatically|way|many\\stimes|(?:several|many|a\\sfew|a\\scouple(?:\\sof)?|two|three|four|five|six|ten|[0-9]{1,4})\\s(?:more\\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?)|(?:twice|two\\stimes|three\\stimes|several\\stimes|[0-9]{1,3}x))';
// Never said of a better outcome (not followed by an infinitive: "much harder to miss" is a better outcome).
const WORSE_SURE =
  `(?:${DEGREE}\\s(?:worse|harder|messier|uglier|more\\s(?:severe|serious|painful|costly|expensive|difficult|complicated|widespread|damaging|disruptive|dangerous|chaotic))|(?:much|far|even)\\s(?:bigger|larger|greater|worse|longer)\\s(?:outage|incident|mess|problem|disaster|impact|blast\\sradius|loss))\\b(?!\\s(?:to|time|times|job|for\\s[\\p{L}-]{2,20}\\sto)\\b)`;
// Also said of good things (a longer runway, a larger headroom): only on a harm or repair subject.
const WORSE_MAYBE = `(?:${DEGREE}\\s(?:longer|larger|bigger|slower)|(?:several|many|a\\sfew|a\\scouple\\sof|two|three|four|five|six|ten|[0-9]{1,4})\\smore\\s(?:minutes?|hours?|days?|weeks?|months?)|(?:twice|two\\stimes|three\\stimes|several\\stimes)\\sas\\s(?:long|large|big|slow|much))\\b`;
const HARM_SUBJECT =
  '(?:outage|incident|downtime|disruption|degradation|impact|damage|blast\\sradius|data\\sloss|loss|backlog|restore|restoration|recovery|rebuild|cleanup|clean-up|repair|rollback|resync|reindex|backfill|migration|maintenance(?:\\swindow)?|investigation|triage|remediation|reconciliation|replay|reprocessing|fallout|delay|queue|errors?|error\\srate|failures?)';
// The condition runs to its comma (required: it keeps the match to one split point).
const COND = "((?:if\\s[^,;.!?]{1,60}?(?:\\shad|['’]d)|had\\s[^,;.!?]{1,60}?)\\s[^,;.!?]{1,100})";
const WOULD = "\\b(?:would|could|might)(?:\\s(?:likely|probably|certainly|surely|easily|also|then))?\\s(?:have|['’]ve)\\s(?:(?:likely|probably|certainly|surely|easily)\\s)?";
const WORSE_VERB = '(?:(?:been|taken|lasted|run|gone\\son|dragged\\son|grown|become|gotten|got|spread|stretched|continued|remained|required|needed|cost)\\s){0,2}';
const WORSE_ANY = new RegExp(`^${COND}(,\\s[^;.!?]{0,60}?${WOULD}${WORSE_VERB}(?:[^.;!?]{0,30}?\\s)?${WORSE_SURE}[^.;!?]{0,120})`, 'iu');
// Session 16 (lang-en2, mirror of ko/nearmiss.ts "데이터 손실이 더 커졌을 것이다"): the comparative with no degree word, right
// after the verb ("the data loss would have been bigger", "the outage would have lasted hours longer"), on a harm or
// repair subject only; no gap before it, so "would have been no bigger" or "… caught before it got bigger" do not read so.
const WORSE_BARE_WORD =
  '(?:(?:minutes|hours|days|weeks|months)\\s)?(?:longer|larger|bigger|greater|worse|wider|broader|slower|more\\s(?:severe|serious|widespread|damaging|disruptive|painful|costly|expensive))\\b(?!\\s(?:to|for\\s[\\p{L}-]{2,20}\\sto)\\b)';
const WORSE_BARE = new RegExp(
  `^${COND}(,\\s(?:(?:the|our|their|this|that|any|a|an)\\s)?(?:[\\p{L}-]{2,20}\\s){0,2}?${HARM_SUBJECT}\\s${WOULD}(?:been|lasted|taken|run|gone\\son|dragged\\son|grown|become|gotten|got|spread|stretched|continued|cost)\\s${WORSE_BARE_WORD}[^.;!?]{0,120})`,
  'iu',
);
const WORSE_HARM = new RegExp(
  `^${COND}(,\\s(?:(?:the|our|their|this|that|any|a|an)\\s)?(?:[\\p{L}-]{2,20}\\s){0,2}?${HARM_SUBJECT}\\s${WOULD}${WORSE_VERB}(?:[^.;!?]{0,30}?\\s)?${WORSE_MAYBE}[^.;!?]{0,120})`,
  'iu',
);

// A judging word on a person inside the sentence ("the incompetent vendor", "been sloppy") is read by the blame rules:
// the worse-outcome clause is not neutralised over it.
const JUDGING =
  /\b(?:careless(?:ly)?|sloppy|sloppily|negligent(?:ly)?|reckless(?:ly)?|lazy|lazily|incompetent|incompetence|clueless|stupid(?:ly)?|dumb|thoughtless(?:ly)?|irresponsib(?:le|ly)|inattentive|complacent|idiots?|idiotic|morons?|useless|rookie|blindly|inexcusabl[ey]|unprofessional)\b/iu;

function add(re: RegExp, s: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
}

/** The clauses of an English sentence that judge nobody (see the module comment). */
export function expectedParts(s: string): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  add(EXPECTATION, s, out);
  if (!CONDITION.test(s)) add(SEEN, s, out);
  for (const re of PUNISHMENT_RULED_OUT) add(re, s, out);
  const near = NEAR_MISS.exec(s.trimStart());
  if (near) {
    const lead = s.length - s.trimStart().length;
    // Group 1: the condition (greedy, so it ends at its comma); group 2: the consequence.
    if (!NEGATED.test(near[1]) && !NEGATED.test(near[2]) && !LESS.test(near[2])) out.push([lead, lead + near[0].length]);
  }
  for (const re of [WORSE_ANY, WORSE_HARM, WORSE_BARE]) {
    const worse = re.exec(s.trimStart());
    if (!worse) continue;
    const lead = s.length - s.trimStart().length;
    if (!NEGATED.test(worse[1]) && !NEGATED.test(worse[2]) && !LESS.test(worse[2]) && !JUDGING.test(worse[0])) {
      out.push([lead, lead + worse[0].length]);
      break;
    }
  }
  return out;
}
