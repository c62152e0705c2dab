/**
 * Session 9 (lang-en): the writer confessing a fault in a parenthetical or an opening clause ("It had not been patched
 * in months, I'm embarrassed to say", "We are ashamed to admit the restore was never tested"): self-blame told by
 * the feeling, whatever the clause it frames says. Regret about the event without a confession ("we're mortified by
 * this", "we are embarrassed by the outage") is not this kind. Rewrite: the clause deleted, the fact kept.
 */
import type { Note } from '../../phrase/types';
import type { Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'state what happened and what allowed it; the postmortem does not need the confession',
  ko: '무슨 일이 있었고 무엇이 그것을 허용했는지 적으세요. 자책은 필요하지 않습니다',
};

// The feeling with a verb of telling ("embarrassed to say", "ashamed to admit") or turned on oneself ("ashamed of myself").
const FEELING = "(?:i|we)(?:'m| am|'re| are| was| were| feel| felt)(?: (?:a bit|a little|somewhat|rather|really|very|deeply|quite|so|more than a little))? (?:embarrassed|ashamed|mortified) (?:to (?:say|admit|report|confess|tell you)|of (?:myself|ourselves))";
// After a comma, up to the end of the sentence: ", I'm embarrassed to say."
const TRAILING = new RegExp(`, ${FEELING}(?=[.!?]?$)`, 'iu');
// Opening the sentence, then what is confessed: "I'm ashamed to admit (that) …".
const OPENING = new RegExp(`^(?:(?:and|but|so|honestly|frankly),? )?${FEELING}(?: that)?,? (?=\\p{L})`, 'iu');

/** The confession in one sentence (the typographic apostrophe already read as a plain one). */
export function confessions(sentence: Sentence): Detection[] {
  const s = sentence.text;
  if (s.length > 600 || !/ashamed|embarrassed|mortified/iu.test(s)) return [];
  const trailing = TRAILING.exec(s);
  if (trailing) {
    const start = sentence.start + trailing.index;
    const end = start + trailing[0].length;
    return [{ list: 'blameful', id: 'en.who.confession', kind: 'person-failure', start: start + 2, end, note: NOTE, rewrites: [{ start, end, text: '' }] }];
  }
  const opening = OPENING.exec(s);
  // Not when the confessed clause has a person acting ("I'm ashamed to admit I skipped …"): the clause is read alone.
  if (opening && !/^(?:i|we|i'\w+|we'\w+)\b/iu.test(s.slice(opening[0].length))) {
    const start = sentence.start;
    const end = start + opening[0].length;
    // What was confessed opens the sentence, with a capital.
    const keep = s[opening[0].length].toUpperCase();
    return [{ list: 'blameful', id: 'en.who.confession', kind: 'person-failure', start, end: end - 1, note: NOTE, rewrites: [{ start, end: end + 1, text: keep }] }];
  }
  return [];
}
