/**
 * English sentences that carry no blame although blame words occur in them: blame negated for
 * the subject ("Nobody forgot the renewal"), blame rejected or discussed ("calling this human
 * error would hide …", "it is tempting to say …, but"), blameless principles ("human error is a
 * symptom"). Bounded, linear patterns over one sentence.
 */
import type { DetectContext, Sentence } from '../types';

// The subject is nobody: "No one was careless", "Nobody on the team should have had to know".
const NOBODY = /^(?:[“"'‘]?\s{0,2})(?:no one|no-one|nobody|none of (?:us|them|the [\p{L}-]{1,20})|no (?:engineer|operator|person|individual|human|one person|responder|reviewer|developer|team member)s?)\b/iu;

// Blame that the sentence negates, rejects, reports or generalises.
const REJECTED = new RegExp(
  [
    "\\bnot (?:anyone|someone|somebody|anybody|one person|a person|any individual)['’]s fault",
    '\\b(?:is|was|were|are)(?: not|n[’\']t) (?:caused by |due to |about |the result of )?(?:a |an )?(?:human|operator|individual|personal) (?:error|mistake|failure)',
    '\\b(?:not|never) (?:about|a question of) (?:who|whom|blame|fault)',
    "\\b(?:we|i) (?:are|am|were|was)(?: not|n[’']t) (?:saying|suggesting|claiming|implying)",
    '\\b(?:tempting|temptation) to\\b',
    '\\b(?:we|they|i) disagree',
    '\\b(?:first|early|earlier|initial|original) (?:drafts?|reading|readings|version|versions|reaction|reactions|take|takes)\\b',
    '\\bwe (?:removed|replaced|dropped|rejected|struck|rewrote|reworded|changed) (?:it|that|this|the (?:word|phrase|wording|sentence|line))',
    '\\b(?:instead of|rather than|without|pushed back on|push back on|avoid|avoided|avoiding|refrain from|stop) (?:blaming|pointing fingers|finger-pointing|assigning blame|looking for (?:a )?(?:culprit|someone to blame)|asking who)',
    "\\b(?:don['’]t|do not|did not|didn['’]t|never|won['’]t|will not) (?:look for|blame|assign blame|point fingers|single out|hunt for|search for) ",
    '\\b(?:blaming|blame on|pointing fingers at|finger-pointing at|calling (?:this|it|that)|saying (?:that )?(?:the|a|an|someone|somebody|anyone|they|he|she)|to say (?:that )?(?:the|a|an|someone|somebody|anyone)|asking who)\\b[^.;:!?]{0,120}\\b(?:would|will|does|did|do|could|can|explains?|tells?|helps?)(?: not|n[’\']t| nothing| only| little)\\b',
    '\\b(?:blameless|a culprit|the culprit|scapegoat|someone to blame)\\b[^.;!?]{0,80}\\b(?:not|no|never|instead|rather)\\b',
    '\\b(?:is|are) (?:a |the )?(?:symptom|starting point|label|conclusion)s?\\b[^.;!?]{0,40}\\bnot\\b',
    '\\bnot (?:a |the )?(?:root )?cause\\b',
  ].join('|'),
  'iu',
);

/** Whether the sentence rejects, negates or generalises blame (see the module comment). */
export function englishNeutral(sentence: Sentence, _ctx: DetectContext): boolean {
  const s = sentence.text;
  if (s.length > 600) return false;
  return NOBODY.test(s) || REJECTED.test(s);
}
