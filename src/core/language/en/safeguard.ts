/**
 * Session 16 (lang-en): a MISSING SAFEGUARD told as a counterfactual, in the two forms the active pattern of
 * en.who.hindsight-prevented ("a unit test would have caught this") did not read, and the forward question that names no
 * past act. Kinds read from the missed positives of the drawn halves (test/language/AUDITS.md, "Session 16: draw s16 first
 * run"), written first as new sentences (test/unit/language-en-s16.test.ts).
 *
 * - the PASSIVE with the safeguard as its agent: "the expired token would have been spotted by a synthetic probe", "…
 *   would likely have been detected with a load test", "… caught by validating the totals". Hindsight (the realworld yamls
 *   judge the active form so: en-flutter-3-32-3-release-2025 line 46). Not: negated ("would not have been caught by any
 *   test" is a claim that no safeguard would have), a question, an expectation or a report ("we assumed … would have been
 *   caught by the gateway", "the vendor says …"), a condition in the sentence (read by the conditional detectors), a
 *   generic subject ("any typo … would have been caught"), or the people the harm would have reached as the agent ("would
 *   have been found by customers": luck). "should have been caught by" (what a check was expected to do) is not this kind.
 *   Rewrite: "went unnoticed: the process did not include <the safeguard>" ("happened: …" for prevented / avoided).
 * - the FORWARD SAFEGUARD QUESTION: "What monitoring would have caught this sooner?", "Which alert would have caught the
 *   expired certificate?": the retrospective's own question, asking which safeguard to add; neutral by the corpus
 *   convention (test/language/README.md, session 10). frames.ts reads the embedded form ("Ask what rule would have …").
 *
 * Bounded, linear patterns (test/unit/regex-safety.test.ts scans this file).
 */
import { phraseKind } from '../../people';
import type { People } from '../../people';
import type { Note } from '../../phrase/types';
import type { Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'name the safeguard that was missing as a fact, not what it would have done',
  ko: '그것이 했을 일 대신 빠져 있던 안전장치를 사실로 적으세요',
};

const ADVERB = '(?:also|likely|probably|easily|surely|certainly|definitely|undoubtedly|almost certainly|most likely|very likely|quickly|immediately|clearly)';
const DETECT = 'caught|detected|spotted|flagged|found|surfaced|identified|revealed';
const PREVENT = 'prevented|avoided|averted|stopped';
// Group 1: the participle; group 2: the preposition that introduces the agent.
const PASSIVE = new RegExp(
  `\\bwould(?: ${ADVERB})? (?:have|'ve) been (?:(?:[a-z]{3,15}ly|much|far) )?(${DETECT}|${PREVENT}) (?:(?:[a-z]{3,15}ly|earlier|sooner|early|in advance|beforehand|in time) )?(by|with|through|via) `,
  'iu',
);
const PREVENTED = new RegExp(`^(?:${PREVENT})$`, 'iu');
// The people a harm would have reached, or outsiders: "found by customers", "noticed by every reader", "by an attacker".
const AFFECTED = /^(?:(?:the|our|a|an|some|any|every|all|many|most|several|one of (?:the|our)|a few|other|real|paying) )?(?:[\p{L}-]{2,20} )?(?:users?|customers?|clients?|visitors?|readers?|subscribers?|players?|members?|people|public|everyone|everybody|anyone|anybody|someone|somebody|attackers?|hackers?|outsiders?|press|journalists?|researchers?|regulators?|auditors?|viewers?|listeners?|patients?|passengers?|drivers?|shoppers?|buyers?|merchants?|partners?)\b/iu;
// An expectation, a report or a condition before the modal in the same sentence.
const FRAME = /\b(?:thought|think|thinks|assumed|assume|assumes|expected|expect|expects|believed|believe|believes|hoped|hope|figured|presumed|supposed|imagined|said|says|claimed|claims|argued|argues|insisted|insists|told|if|had|unless|were|without|otherwise|whether)\b/iu;
// A generic subject: the clause before the modal opens with a quantifier ("any typo …"), not a part of a named whole
// ("most of the corrupted invoices …").
const GENERIC = /^\s*(?:(?:and|but|so|yet|surely|presumably),?\s)?(?:any|every|each|all|no|most|many|some)\b(?! of\b)/iu;

/** The passive counterfactual with a safeguard as its agent in one sentence (the typographic apostrophe read as plain). */
export function missedBySafeguard(sentence: Sentence): Detection[] {
  const s = sentence.text;
  if (s.length > 600 || !/\bbeen\b/iu.test(s) || /\?\s*$/u.test(s)) return [];
  const m = PASSIVE.exec(s);
  if (!m) return [];
  const before = s.slice(0, m.index);
  if (FRAME.test(before)) return [];
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—')) + 1;
  if (GENERIC.test(before.slice(clauseStart))) return [];
  const agentFrom = m.index + m[0].length;
  if (AFFECTED.test(s.slice(agentFrom, agentFrom + 80))) return [];
  // The agent runs to the clause's end; inline code or a parenthesis there gives no rewrite (the finding stays).
  let end = agentFrom;
  while (end < s.length && !/[.;:!?,(\uFFFC]/u.test(s[end])) end++;
  while (end > agentFrom && s[end - 1] === ' ') end--;
  const agent = s.slice(agentFrom, end);
  const start = sentence.start + m.index;
  const prevented = PREVENTED.test(m[1]);
  const rewrites = agent.length >= 3 && !/[\uFFFC(]/u.test(s[end] ?? '') && !/\*|_|`/u.test(agent)
    ? [{ start, end: sentence.start + end, text: `${prevented ? 'happened' : 'went unnoticed'}: the process did not include ${agent}` }]
    : [];
  return [{ list: 'counterfactual', id: 'en.who.hindsight-prevented', kind: 'counterfactual', start, end: start + m[0].length - 1, note: NOTE, rewrites }];
}

// "What monitoring would have caught this sooner?", "Which kind of test would have prevented it?": a wh-determiner (or
// "what" alone) as the subject, up to four words, the modal perfect of a safeguard's verb, and the question mark; no comma
// or condition after the verb ("Which check would have caught it, if Dana had not …?" is read as before).
const FORWARD_QUESTION = new RegExp(
  `^(?:(?:and|so|but|then|also),? )?(?:what|which)(?: (?:kind|kinds|sort|sorts|type|types) of)?((?: [\\p{L}\\p{N}-]{1,25}){0,4}) (?:would|could|might)(?: ${ADVERB})? (?:have|'ve) (?:caught|prevented|detected|spotted|flagged|avoided|stopped|mitigated|averted|surfaced|alerted|warned|blocked)\\b(?:(?!\\b(?:if|had|unless|because|since|when)\\b)[^?.;!,]){0,160}\\?\\s*$`,
  'iu',
);

// A person asked about ("Which of you could have caught this?", "Which engineer would have prevented it?") is not this kind.
const PERSON_WORD = /\b(?:of|you|us|them|we|he|she|they|him|her|person|people|one|someone|anyone|whoever)\b/iu;

/** The forward safeguard question (neutral): the whole sentence, as [start, end] offsets in it. */
export function safeguardQuestionParts(s: string, people?: People): [number, number][] {
  if (s.length > 400 || !/\?\s*$/u.test(s)) return [];
  const lead = s.length - s.trimStart().length;
  const m = FORWARD_QUESTION.exec(s.trimStart());
  if (!m || PERSON_WORD.test(m[1]) || (m[1].trim() && phraseKind(m[1], people) === 'person')) return [];
  return [[lead, s.length]];
}

/*
 * Session 17 (en-safeguard): the lead's decision (test/language/README.md, lang-ko's ko/safeguard.ts): a missing safeguard
 * or measure named as what would have caught, prevented or lessened the failure is hindsight; a counterfactual about a
 * state with no decision or measure in it stays clean (neutral.ts THING_IF, STATE_IF). Three forms the English engine
 * did not read, each rewritten as the forward-looking lesson ("To <do it>, we need <the safeguard>."):
 * - EXISTENCE with a smaller harm: "If there had been a staged rollout, the damage would have been much smaller."
 * - a SETTING of a safeguard as the condition (a threshold, a timeout, a limit: a decision, unlike "if traffic had been
 *   low"), with a catch / prevent verb: "If the connection timeout had been shorter, the thread exhaustion could have
 *   been prevented." → "To prevent the thread exhaustion, the connection timeout needs to be shorter."
 * - a safeguard as the SUBJECT of a harm-reducing verb: "A rollback rehearsal would have shortened the recovery."
 * Not: a question, a negation ("would not have been smaller"), a person or the people the harm reached as the condition,
 * more than one clause after the consequence (the whole sentence is rewritten, so it must be this shape alone).
 */
const GUARD_NOUN = '(?:tests?|testing|checks?|checklists?|alerts?|alerting|alarms?|monitors?|monitoring|probes?|reviews?|canar(?:y|ies)|(?:rollouts?|deploys?|deployments?|releases?)|rehearsals?|drills?|dry[- ]runs?|runbooks?|playbooks?|gates?|guard ?rails?|safeguards?|validations?|approvals?|sign-?offs?|backups?|snapshots?|circuit[- ]breakers?|dashboards?|procedures?|processes|steps?|stages?)';
// The safeguard: an optional determiner (group 1), up to three words and the noun (group 2).
const GUARD_NP = `((?:a|an|some|any|proper|better|more) )?((?:[\\p{L}\\p{N}-]{1,25} ){0,3}?${GUARD_NOUN})`;
// A rollout / deploy / release is a safeguard only when staged ("staged rollout", "canary release"), read in code.
const STAGED = /\b(?:staged|phased|gradual|incremental|progressive|canary|blue-green|blue\/green|partial|percentage)\b|(?:test|check|alert|alarm|review|rehearsal|drill|gate|validation|approval|backup|snapshot|monitor)/iu;
const TAIL = '(?=[.!]?\\s*$)';
const NP = '((?:the|our|this|that|these|those|its|their|a|an|much of the|most of the) [\\p{L}\\p{N}-]{1,25}(?: [\\p{L}\\p{N}-]{1,25}){0,3}?|it|this|that)';
const COMPARATIVE = '((?:much |far |a lot |significantly |considerably |a bit |slightly |a little )?(?:smaller|shorter|lower|less severe|milder|faster|quicker|briefer|narrower))';
const EXISTENCE = new RegExp(`^(?:even )?if (?:only )?there had been ${GUARD_NP}(?: in place| in the [\\p{L}-]{2,20})?, ${NP} (?:would|could|might)(?: have|'ve) been ${COMPARATIVE}${TAIL}`, 'iu');
const SETTING_HEAD = '(?:thresholds?|timeouts?|time-?outs?|limits?|retry (?:count|limit)s?|retention(?: period)?|ttls?|quotas?|intervals?|deadlines?|caps?|budgets?)';
const CHANGE = '((?:much |a bit |slightly |a little |far )?(?:shorter|lower|higher|longer|smaller|larger|tighter|stricter|more aggressive|more conservative))';
const CATCH = '(caught|detected|spotted|flagged|prevented|avoided|stopped|contained|limited)';
const SETTING_IF = `^(?:even )?if (the|our) ((?:[\\p{L}\\p{N}-]{1,25} ){0,3}?${SETTING_HEAD}) had been ${CHANGE}, `;
const SETTING_PASSIVE = new RegExp(`${SETTING_IF}${NP} (?:would|could|might)(?: have|'ve) been (?:(?:easily|quickly|entirely) )?${CATCH}${TAIL}`, 'iu');
const SETTING_ACTIVE = new RegExp(`${SETTING_IF}(?:we|it|they|the [\\p{L}-]{2,20}(?: [\\p{L}-]{2,20})?) (?:would|could|might)(?: have|'ve) (?:(?:easily|quickly) )?${CATCH} ${NP}${TAIL}`, 'iu');
const LESSEN = '(shortened|reduced|limited|contained|minimi[sz]ed|lessened|narrowed|halved|sped up|speeded up)';
const SUBJECT = new RegExp(`^${GUARD_NP} would(?: ${ADVERB})? (?:have|'ve) ${LESSEN} ${NP}${TAIL}`, 'iu');
const BASE: Record<string, string> = {
  caught: 'catch', detected: 'detect', spotted: 'spot', flagged: 'flag', prevented: 'prevent', avoided: 'avoid', stopped: 'stop',
  contained: 'contain', limited: 'limit', shortened: 'shorten', reduced: 'reduce', minimized: 'minimize', minimised: 'minimise',
  lessened: 'lessen', narrowed: 'narrow', halved: 'halve', 'sped up': 'speed up', 'speeded up': 'speed up',
};
// The harm or the object: not a person, not the people it reached.
const PERSONISH = /^(?:it|this|that)$|\b(?:users?|customers?|clients?|people|engineers?|operators?|team|him|her|them)\b/iu;

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether the sentence's condition is a safeguard's setting (a decision), so not the state counterfactual neutral.ts keeps. */
export function settingCondition(s: string): boolean {
  return s.length <= 300 && (SETTING_PASSIVE.test(s) || SETTING_ACTIVE.test(s));
}

/** The three session-17 forms in one sentence (the whole sentence as the span, rewritten whole). */
export function missingSafeguardCounterfactual(sentence: Sentence): Detection[] {
  const s = sentence.text;
  if (s.length > 300 || !/\bhad been\b|\bwould\b/iu.test(s) || /\?\s*$/u.test(s) || /\bnot\b|n't\b/iu.test(s)) return [];
  let end = s.length;
  while (end > 0 && /[.!\s]/u.test(s[end - 1])) end--;
  let text = '';
  let m: RegExpExecArray | null;
  if ((m = EXISTENCE.exec(s))) {
    if (!STAGED.test(m[2]) || PERSONISH.test(m[3])) return [];
    text = `To make ${lower(m[3])} ${m[4]}, we need ${m[1] ?? ''}${m[2]}`;
  } else if ((m = SETTING_PASSIVE.exec(s) ?? SETTING_ACTIVE.exec(s))) {
    const [, det, setting, change, a, b] = m;
    const harm = SETTING_PASSIVE.test(s) ? a : b;
    const verb = SETTING_PASSIVE.test(s) ? b : a;
    if (PERSONISH.test(harm)) return [];
    text = `To ${BASE[verb.toLowerCase()]} ${lower(harm)}, ${lower(det)} ${setting} ${/s$/iu.test(setting) ? 'need' : 'needs'} to be ${change}`;
  } else if ((m = SUBJECT.exec(s))) {
    if (!STAGED.test(m[2]) || PERSONISH.test(m[4])) return [];
    const verb = BASE[m[3].toLowerCase()];
    if (!verb) return [];
    text = `To ${verb} ${lower(m[4])}, we need ${lower(m[1] ?? '')}${m[1] ? m[2] : lower(m[2])}`;
  } else return [];
  const start = sentence.start;
  return [{ list: 'counterfactual', id: 'en.who.hindsight-prevented', kind: 'counterfactual', start, end: start + end, note: NOTE, rewrites: [{ start, end: start + end, text: capital(text) }] }];
}
