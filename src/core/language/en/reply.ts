/**
 * Session 17 (lang-en): two English kinds the s17 language draw showed as false alarms.
 *
 * - A LATE-REPLY APOLOGY (en-20184 "Sorry I missed this-- …"): "sorry / apologies, I missed this / that / your message /
 *   the ping" with nothing after the object but punctuation (or "until now", "earlier"): the writer did not see a message in
 *   a thread, nobody's act in the incident is judged. Not: "Sorry I missed this in review" (a reviewer's slip), "Sorry, I
 *   missed the alert / the page" (an incident signal is not a message of the thread), "I missed this" without an apology.
 * - AN AVOIDABILITY RAISED AND DENIED (en-20084 "This may have been avoidable (…) but …, it's likely that this was just
 *   unavoidable"): a hedged "may / might / could (well) have been avoidable / preventable / avoided / prevented", then "but"
 *   and a denial in the same sentence ("unavoidable", "inevitable", "not really preventable", "could not have been
 *   avoided", "no way to prevent it"): the hindsight is weighed and put aside, the whole sentence is neutral. Not: a "but"
 *   with anything else ("…, but nobody checked"), an unhedged "was avoidable", the denial before the hedge.
 *
 * Each returns [start, end] offsets in the sentence of what it neutralises. Bounded, linear patterns
 * (test/unit/regex-safety.test.ts scans this file).
 */

// What a thread's reader misses: the thread itself or a message in it.
const MESSAGE =
  '(?:this|that|it|(?:your|the|his|her|their) (?:message|comment|question|ping|mention|e-?mail|reply|note|dm|notification|thread|pr|pull request|issue|report|post|request)s?)';
const LATE_REPLY = new RegExp(
  `^(?:(?:oh|ah|hi|hey|hello|whoops|oops)[,!]?\\s)?(?:(?:so|very|really)\\s)?(?:sorry|apologies|my apologies|my bad)(?:\\sfor\\sthe\\s(?:late|slow|delayed)\\s(?:reply|response))?[,!:]?(?:\\s?-{1,2})?\\s(?:i|we)\\s(?:(?:totally|completely|somehow|just)\\s)?(?:missed|overlooked|didn['’]t\\ssee|did\\snot\\ssee|never\\ssaw|lost\\strack\\sof)\\s${MESSAGE}(?=\\s?(?:[-–—,.!:;)]|$)|\\s(?:until\\snow|earlier|at\\sfirst|before\\snow)\\b)`,
  'iu',
);

const HEDGED_AVOIDABLE = /\b(?:may|might|could)(?:\s(?:well|perhaps|possibly|arguably|conceivably))?(?:\shave|['’]ve)\sbeen\s(?:(?:somewhat|partly|partially|technically|theoretically)\s)?(?:avoidable|preventable|avoided|prevented)\b[^;!?]{0,200}?\bbut\b[^;!?]{0,200}?\b(?:unavoidable|inevitable|not\s(?:really\s|actually\s|realistically\s|practically\s)?(?:avoidable|preventable)|(?:could|can)(?:n['’]t|\snot)(?:\s(?:really|realistically|reasonably))?(?:\shave\sbeen)?\s(?:avoided|prevented)|no\s(?:realistic\s|practical\s|reasonable\s)?way\sto\s(?:avoid|prevent))\b/iu;

// Session 18 (mirrors, the English mirror of lang-ko's A1): A BLAMING ENVIRONMENT, CULTURE OR PLACE DENIED as what the team
// is: "This is not an environment where we blame people", "We are not a team that punishes mistakes". Only the denial is
// neutral (a blame after ", but …" stays judged).
const BLAMING_PLACE_DENIED = /\b(?:this|that|it|we|ours|our (?:team|company|culture|organi[sz]ation))\s(?:is|are|was|were|has\snever\sbeen|have\snever\sbeen)(?:n['’]t|\snot|\snever)?\s(?:(?:just|simply)\s)?(?:an?\s|the\s)?(?:(?:kind|sort|type)\sof\s)?(?:environment|culture|place|team|company|organi[sz]ation|workplace|shop|group)\s(?:where|that|which|in\swhich)\s(?:(?:we|people|anyone|anybody|someone|managers|leads)\s)?(?:(?:would|will|do|does)\s)?(?:blames?|blaming|punish(?:es)?|punishing|shames?|shaming|points?\sfingers|pointing\sfingers|finger-points?|looks?\sfor\s(?:a\s)?(?:culprit|scapegoat)s?)\b(?:\s(?:people|individuals|engineers|anyone|someone|somebody|each\sother|colleagues|mistakes|errors)\b)?(?:,?\s(?:or|nor)\s(?:hold|holds|holding)\s(?:someone|somebody|anyone|anybody|people|individuals|engineers)\s(?:accountable|responsible)\b)?/iu;
const DENIED_WORD = /\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|not|never)\b/iu;

// Session 18 (mirrors, the English mirror of lang-ko's "피할 수 있었던 장애는 아니었습니다"): AN AVOIDABILITY DENIED IN ONE
// CLAUSE: "It was not an outage that could have been avoided", "This wasn't a failure we could have prevented": the negated
// copula carries the relative clause's hindsight, the whole match is neutral. Not: the same without the negation.
const AVOIDABLE_DENIED = /\b(?:it|this|that|the\s(?:outage|incident|failure|problem|downtime|loss))\s(?:was|is)(?:n['’]t|\snot)\s(?:(?:really|truly|necessarily)\s)?(?:an?\s|the\s)?(?:[\p{L}-]{2,20}\s){0,2}?(?:outage|incident|failure|problem|error|event|situation|thing|something|mistake|loss|bug|issue|one)\s(?:that\s|which\s)?(?:we\s|anyone\s|anybody\s|someone\s)?(?:could|might|would|should)(?:\s(?:realistically|reasonably|easily|really))?(?:\shave|['’]ve)\s(?:been\s)?(?:avoided|prevented|foreseen|anticipated|caught|predicted|avoid|prevent)\b/iu;

/** The late-reply apology and the avoidability raised and denied, as [start, end] offsets in the sentence. */
export function replyParts(s: string): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  const late = LATE_REPLY.exec(s);
  if (late) out.push([0, late[0].length]);
  if (HEDGED_AVOIDABLE.test(s)) out.push([0, s.length]);
  const place = BLAMING_PLACE_DENIED.exec(s);
  if (place && DENIED_WORD.test(place[0])) out.push([place.index, place.index + place[0].length]);
  const denied = AVOIDABLE_DENIED.exec(s);
  if (denied) out.push([denied.index, denied.index + denied[0].length]);
  return out;
}
