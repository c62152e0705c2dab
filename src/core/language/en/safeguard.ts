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
