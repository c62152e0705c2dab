/**
 * Session 13 (lang-en): English clauses that read like blame or hindsight but judge nobody's past act. Each is a class of
 * wrong first-run findings of draw s13 (test/language/AUDITS.md, "Session 13: draw s13 first run"), written first as new
 * sentences (test/unit/language-en-s13.test.ts) and checked against the drawn cases it was not written from.
 *
 * - a THREAT'S CAPABILITY: what an adversary could have done ("An attacker could have registered the domain", "anyone with
 *   an account could have claimed the name"), or a condition about a harm that did not happen ("Had the token been
 *   leaked, …"): nothing happened, nobody is judged. Not a prevention ("the attacker could not have used it if …",
 *   "Had the patch been applied, the breach could have been prevented"), not "someone could have caught it".
 * - CREDIT BY WHAT WOULD NOT HAVE BEEN KNOWN: a condition that negates what someone did, with a consequence of not knowing,
 *   noticing, finding or recovering ("Had we not been watching the server, we wouldn't have known the job broke"): the
 *   sentence credits the act (the session-12 credit gate covers "would have been worse"). Not a negated slip ("had we not
 *   ignored / skipped …").
 * - BLAME REJECTED: a practice that does not blame ("A good retrospective doesn't blame the intern"), a denied culprit
 *   ("There is no lazy admin cutting corners …"), a blame statement quoted as an insufficient finding ("A statement such
 *   as: Inattention to duty, is not sufficient").
 * - a THING FAILING, SEEN BY US: "We notice that the backup job failed to finish": the subject of "failed to" is the thing
 *   of the complement clause after a verb of perceiving or finding, not the perceiver. A person there stays ("We noticed
 *   that the engineer failed to check …").
 * - ERROR AS A NOUN ADJUNCT: "our error tracker", "our errors dashboard", "our error budget": a tool or a measure, not a
 *   verdict ("it was our error" stays).
 * - CODE EXPECTED TO CATCH: "should have been caught by find_partition", "… by the parser": what an earlier check of a
 *   program was expected to do (README convention), with the agent a code identifier (an inline code span reaches the
 *   language rules as U+FFFC) or a program part, not tests,
 *   CI or review (a missing safeguard is hindsight by the convention).
 *
 * Each returns [start, end] offsets in the sentence of the clauses it neutralises. Bounded, linear patterns.
 */
import { phraseKind } from '../../people';
import type { People } from '../../people';

// An adversary (a malicious/bad/hostile … actor, user, party; an attacker, adversary, hacker, intruder, threat actor; anyone
// with an account …), then a positive modal of possibility and the perfect, not of a prevention.
const THREAT: RegExp[] = [
  // "A malicious actor could have created …", "An attacker with the key could have pushed …".
  /\b(?:(?:an?|any|the|some)\s(?:(?:malicious|bad|hostile|rogue|unauthori[sz]ed)\s(?:actor|user|party|person|individual|insider|third[- ]party|client|visitor)|(?:(?:malicious|outside|external|remote|would-be)\s)?(?:attacker|adversary|hacker|intruder|threat actor|bad actor))s?|attackers|hackers|adversaries|intruders)(?:\s(?:with|who|that)\s[^.;!?,]{1,50}?)?\s(?:could|might|would)(?:\s(?:easily|potentially|theoretically|conceivably|then|also|even))?\s(?:have|['’]ve)\b(?!\s(?:been\s)?(?:prevented|avoided|stopped|blocked|caught|detected|mitigated)\b)[^.;!?]{0,160}/giu,
  // "anyone with an AWS account could have created this bucket", not "someone could have caught it".
  /\b(?:anyone|anybody|someone|somebody)\s(?:with|who (?:has|had|holds|held|knew|knows|found|finds|owns|owned))\s[^.;!?,]{1,50}?\s(?:could|might)(?:\s(?:easily|potentially|theoretically|also|then))?\s(?:have|['’]ve)\s(?!(?:caught|prevented|noticed|avoided|fixed|stopped|spotted|checked|flagged|raised|warned|told|asked|reviewed|tested|reported|seen|found|detected|known|acted|intervened|helped|done)\b)[^.;!?]{0,160}/giu,
  // A harm that did not happen as the condition: "Had the vulnerability been exploited, …", "If the key had been stolen, …".
  /^(?:had|if)\s(?:the|a|an|our|its|this|that|these|those|any|such|their)\s(?:[\p{L}\p{N}_.-]+\s){0,3}?(?:had\s)?been\s(?:exploited|compromised|breached|abused|hijacked|leaked|stolen|attacked|hacked|taken over|weaponi[sz]ed|intercepted|spoofed|tampered with|phished|misused)\b[^;.!?]{0,200}/giu,
];
// A prevention in the consequence keeps a harm condition a hindsight ("… the breach could have been prevented").
const PREVENTED = /\b(?:prevented|avoided|stopped|blocked|caught|detected|mitigated|contained)\b/iu;

// A negated condition and a consequence of not knowing / noticing / finding / recovering, in either order.
const CREDIT: RegExp[] = [
  /^(?:had|if)\b[^,;.!?]{0,100}?(?:\bnot\b|n['’]t\b)[^,;.!?]{0,100},\s[^;.!?]{0,80}?(?:(?:(?:would|could|might)(?:\snot|n['’]t|\snever)(?:\sever)?|(?:nobody|no one|none of us)\s(?:would|could|might)(?:\sever)?)\s(?:have|['’]ve)\s(?:been\sable\sto\s[\p{L}-]{2,20}|known|noticed|found(?:\sout)?|detected|caught|seen|spotted|learned|learnt|realized|realised|discovered|been\s(?:alerted|warned|aware)|had\s(?:a|any)\s(?:way|chance|clue|idea)|recovered|restored|rebuilt))\b[^;.!?]{0,160}/giu,
  /^[^;.!?]{0,80}?(?:(?:(?:would|could|might)(?:\snot|n['’]t|\snever)(?:\sever)?|(?:nobody|no one|none of us)\s(?:would|could|might)(?:\sever)?)\s(?:have|['’]ve)\s(?:been\sable\sto\s[\p{L}-]{2,20}|known|noticed|found(?:\sout)?|detected|caught|seen|spotted|learned|learnt|realized|realised|discovered|been\s(?:alerted|warned|aware)|had\s(?:a|any)\s(?:way|chance|clue|idea)|recovered|restored|rebuilt))\b[^;.!?]{0,120}?,?\s(?:if|had)\b[^;.!?]{0,80}?(?:\bnot\b|n['’]t\b)[^;.!?]{0,120}/giu,
];
const SLIP = /\b(?:forgot(?:ten)?|ignored|skipped|missed|overlooked|bypassed|neglected|disregarded|failed|cut corners)\b/iu;

const REJECTED: RegExp[] = [
  // A practice or a person that does not blame: "A good postmortem doesn't blame Bob", "Our process never blames the pager holder".
  /\b(?:(?:does|do|should|must|will|would|can)(?:\snot|n['’]t)|never)\s(?:blames?|fault|shames?|single out|point (?:a |the )?fingers? at|name and shame)\b[^.;!?]{0,120}/giu,
  // A denied culprit: "There is no mythical \"DEI engineer\" doing sloppy work at these companies".
  /^there\s(?:is|was|are|were)\sno\s(?:["“'‘]?[\p{L}-]+\s){0,3}?(?:engineers?|developers?|operators?|admins?|sysadmins?|persons?|people|individuals?|villains?|culprits?|employees?|workers?|contractors?|interns?|one|humans?|heroes|hero|coders?|programmers?|managers?|staff)\b\s?["”'’]?\s?(?:who|that|doing|making|being|cutting|pushing|behind|to blame|at fault|responsible)\b[^.;!?]{0,160}/giu,
  // A blame statement quoted as an insufficient finding: "A statement such as: Inattention to job at hand, is not sufficient".
  /\b(?:statements?|answers?|explanations?|findings?|conclusions?|causes?|reasons?|labels?|phrases?|wordings?|descriptions?|entries|entry|claims?)\s(?:such as|like)\b[^.;!?]{0,140}?\b(?:is|are|was|were|will be|would be)(?:\snot|n['’]t)\s(?:(?:an?\s)?(?:sufficient|enough|acceptable|adequate|valid|useful|helpful|actionable)|an?\s(?:answer|root cause|cause|explanation|finding))\b[^.;!?]{0,80}/giu,
];

// A verb of perceiving or finding, then "that" and a thing that failed to do something.
const PERCEIVED = /\b(?:notic(?:e|es|ed|ing)|saw|see|sees|seeing|found|find|finds|observ(?:e|es|ed|ing)|discover(?:s|ed)?|reali[sz](?:e|es|ed)|learn(?:ed|t)|confirm(?:s|ed)?|verif(?:y|ies|ied)|spotted|detected|(?:got|were|was)\s(?:told|alerted|notified))\sthat\s((?:the|a|an|our|its|their|this|that|these|those)\s[^.;!?,]{1,60}?)\s(?:had\s|has\s|have\s)?failed\sto\s[\p{L}-]{2,20}[^.;!?,]{0,80}/giu;

// The writers' own team doing a deliberate operation, with its reason in the sentence: "we removed the indices because …",
// "Since the hostnames were unused, the Lab team deleted their records". Not with a slip adverb ("we accidentally wiped").
const OWN_TEAM_ACT = /\b(?:we|our(?:\s[\p{L}-]+)?\steam|the\s[\p{L}-]+\steam)\s(?:then\s|also\s|first\s|quickly\s|manually\s|immediately\s)?(?:deleted|removed|dropped|wiped|purged|truncated|restarted|rebooted|killed|stopped|disabled|reverted|rolled back|cleared|reset|moved|renamed|recreated|rebuilt|reindexed|flushed|terminated|shut down|took down|failed over|deprovisioned|decommissioned)\b[^.;!?]{0,160}/giu;
// A reason or purpose: in the clause after the act, or a fronted "Since …," / "As …," / "To …," / "While trying to …," before it.
const REASON_AFTER = /\b(?:because|since|as (?:the|it|they|this|these|those|there|we)|so that|in order to|to (?:stop|avoid|prevent|free|reclaim|reduce|clear|mitigate|fix|unblock|restore|start|recover|get|force|make|keep|limit|end|contain|remove|eliminate))\b/iu;
const REASON_BEFORE = /^(?:since|as|because|to|in order to|while (?:trying|attempting|working) to)\b[^.;!?]{1,160},\s?$/iu;
const SLIP_ADVERB = /\b(?:accident(?:al)?ly|mistakenly|inadvertently|carelessly|hastily|blindly|wrongly|incorrectly|recklessly|sloppily|by (?:accident|mistake)|unintentionally)\b/iu;

// error/errors as a noun adjunct of a tool or a measure.
const ERROR_TOOL = /\b(?:our|my|their|its|the|your)\serrors?\s(?:tracker|tracking|dashboards?|budgets?|logs?|logging|rates?|pages?|reporting|reporter|monitor(?:ing)?|handl(?:er|ers|ing)|alerts?|alerting|counts?|counters?|messages?|codes?|queues?|channels?|feeds?|streams?|reports?|aggregat(?:or|ion)|service|views?|panels?|graphs?|metrics?|spikes?|notifications?|emails?|inbox|buckets?|ratio|percentages?|responses?|pipeline|sink|collector|spans?|events?)\b/giu;

// "should have been caught by find_partition", "… by the parser": a code identifier or a program part as the agent.
const CODE_AGENT = /\bshould(?:\shave|['’]ve)\sbeen\s(?:caught|handled|rejected|flagged|detected|filtered|validated|raised|thrown|reported)\b(?:\s(?:already|earlier|before|upstream))?\sby\s(?:(?:the|a|an|our|its)\s)?(?:\uFFFC|`[^`]{1,40}`|[\p{L}\p{N}]+_[\p{L}\p{N}_]+|[a-z]+[A-Z][A-Za-z]+|[\p{L}_]+\(\)|(?:[\p{L}-]+\s)?(?:validator|parser|linter|checker|compiler|type checker|schema|function|method|handler|middleware|guard|assertion|constraint|serializer|deserializer)s?)(?=[\s.,;!?)\uFFFC]|$)[^.;!?]{0,80}/gu;

function add(re: RegExp, s: string, out: [number, number][], keep?: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    else if (!keep || keep(m)) out.push([m.index, m.index + m[0].length]);
  }
}

/** The start of the clause holding `at`: after the last comma, semicolon or colon before it (at most 120 characters back). */
function clauseStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 120 && !',;:'.includes(s[i - 1])) i--;
  while (i < at && /\s/u.test(s[i])) i++;
  return i;
}

/** The clauses of an English sentence that judge nobody (see the module comment). */
export function avertedParts(s: string, people?: People): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  add(THREAT[0], s, out);
  add(THREAT[1], s, out);
  add(THREAT[2], s, out, (m) => !PREVENTED.test(m[0]));
  for (const re of CREDIT) add(re, s, out, (m) => !SLIP.test(m[0]));
  for (const re of REJECTED) add(re, s, out);
  PERCEIVED.lastIndex = 0;
  for (let m = PERCEIVED.exec(s); m; m = PERCEIVED.exec(s)) {
    if (phraseKind(m[1], people) === 'thing') out.push([clauseStart(s, m.index), m.index + m[0].length]);
  }
  OWN_TEAM_ACT.lastIndex = 0;
  for (let m = OWN_TEAM_ACT.exec(s); m; m = OWN_TEAM_ACT.exec(s)) {
    // What comes before the subject in the same sentence (a fronted reason clause, or nothing).
    let from = m.index;
    while (from > 0 && m.index - from < 200 && !'.;!?'.includes(s[from - 1])) from--;
    const lead = s.slice(from, m.index).trimStart();
    if (SLIP_ADVERB.test(m[0]) || SLIP_ADVERB.test(lead)) continue;
    if (REASON_AFTER.test(m[0]) || REASON_BEFORE.test(lead)) out.push([m.index, m.index + m[0].length]);
  }
  add(ERROR_TOOL, s, out);
  add(CODE_AGENT, s, out);
  return out;
}
