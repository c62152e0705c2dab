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

/** The late-reply apology and the avoidability raised and denied, as [start, end] offsets in the sentence. */
export function replyParts(s: string): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  const late = LATE_REPLY.exec(s);
  if (late) out.push([0, late[0].length]);
  if (HEDGED_AVOIDABLE.test(s)) out.push([0, s.length]);
  return out;
}
