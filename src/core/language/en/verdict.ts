/**
 * Session 14, second round (lang-en2): a FIRST-PERSON (or he/she) VERDICT with an evaluative adjective of conduct, in the
 * past tense: "I was stupid", "we were foolish to trust …", "she was too impatient to wait …", "that was dumb of me",
 * "how silly of us". The adjectives here are the ones the phrase lists leave alone because they also judge things ("a
 * stupid bug", "the message was silly"): only a person pronoun as the subject, right before the verb, makes them a verdict.
 * Not flagged: a feeling ("I felt stupid"), a hedge or the present tense ("I'm probably being dumb here"), a negation
 * ("we were not foolish"), a condition ("if we were naive …"), a slang intensifier ("stupid fast"). Adjectives already in
 * the phrase lists or prose.ts's NEG_ADJ (careless, sloppy, lazy, reckless …) are read there.
 *
 * Rewrites: "<subject> was <adj> to <verb>" → "<subject> decided to <verb>" ("too <adj> to" → "chose not to"; the act kept, the verdict gone); with
 * "about/with …" or alone → "<subject> had no safeguard …" (as prose.ts does for "we were careless"); "that was <adj> of
 * me" / "how <adj> of us" → "that step had no safeguard". Bounded, linear patterns (test/unit/regex-safety.test.ts).
 */
import type { Note } from '../../phrase/types';
import type { Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'describe the decision with what was known at the time, and what made it look reasonable',
  ko: '당시 알려진 정보로 결정을 설명하고, 왜 그 결정이 합리적으로 보였는지 적으세요',
};

const ADJ = '(?:stupid|dumb|foolish|silly|idiotic|boneheaded|naive|naïve|impatient|overconfident|arrogant|short-sighted|shortsighted)';
const INTENSIFIER = '(?:(?:so|very|really|too|quite|pretty|just|simply|incredibly|extremely|a bit|a little|rather|overly|plain|downright),? ){0,2}';
// Slang intensifiers ("stupid fast", "stupid lucky") and compounds ("dumb-founded").
const NOT_VERDICT = '(?![\\p{L}-])(?! (?:fast|quick|lucky|easy|simple|cheap|good|rich|expensive|hard|long|busy|happy|big|small|hot|cold|loud)\\b)';

// "I was stupid", "we were foolish to …", "she was too impatient to …", "I had been naive about …".
const SUBJECT_VERDICT = new RegExp(
  `(?<![\\p{L}'-])(i|we|he|she) (?:was|were|had been|got)(?: being)? ${INTENSIFIER}(${ADJ})${NOT_VERDICT}((?: enough)? to (?=[a-z]))?((?: (?:about|with|in|when|during|around|on) [^,;.!?]{1,60})?)`,
  'iu',
);
// "That was dumb of me", "it was silly of us to …", "how stupid of me".
const OF_ME = new RegExp(
  `(?<![\\p{L}'-])(?:(?:that|this|it) (?:was|had been) ${INTENSIFIER}|how )(?:${ADJ}|careless|sloppy|lazy|reckless|thoughtless|irresponsible|negligent)(?![\\p{L}-]) of (me|us)\\b((?: to (?=[a-z]))?)`,
  'iu',
);
// A feeling, someone's opinion ("everyone thought I was stupid"), a condition, a negation or a rejection just before the subject.
const BEFORE = /(?:\b(?:if|whether|unless|(?:thought|think|thinks|said|say|says|assumed|assume|assumes|worried|afraid|feared)(?: that)?|felt like|feel like|feeling like|as if|as though|not that|not because|nobody thinks|no one thinks|doesn't mean|does not mean|didn't mean|did not mean|not to say|isn't that|wasn't that)|\?)\s*$/iu;

function cap(s: string, first: boolean): string {
  return first ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The first-person verdicts in one sentence (the typographic apostrophe already read as a plain one). */
export function verdicts(sentence: Sentence): Detection[] {
  const s = sentence.text;
  if (s.length > 600 || !/stupid|dumb|foolish|silly|idiotic|boneheaded|naive|naïve|impatient|overconfident|arrogant|sighted|of (?:me|us)\b/iu.test(s)) return [];
  const out: Detection[] = [];
  const subj = SUBJECT_VERDICT.exec(s);
  if (subj && !BEFORE.test(s.slice(Math.max(0, subj.index - 40), subj.index))) {
    const start = sentence.start + subj.index;
    const who = subj[1];
    const first = subj.index === 0 || /^\W*$/u.test(s.slice(0, subj.index));
    if (subj[3]) {
      // "We were foolish to trust …" → "We decided to trust …"; "she was too impatient to wait …" → "she chose not to wait …".
      const end = start + subj[0].length;
      const who1 = cap(who.toLowerCase() === 'i' ? 'I' : who, first);
      const too = / too /iu.test(subj[0]) && !/ enough to $/iu.test(subj[0]);
      out.push({ list: 'blameful', id: 'en.who.verdict', kind: 'blame-word', start, end: end - 1, note: NOTE, rewrites: [{ start, end, text: too ? `${who1} chose not to ` : `${who1} decided to ` }] });
    } else {
      const end = start + subj[0].length;
      const prep = subj[4] ? ` ${subj[4].trim().replace(/^(?:with|about|on)\b/iu, 'around')}` : '';
      out.push({ list: 'blameful', id: 'en.who.verdict', kind: 'blame-word', start, end, note: NOTE, rewrites: [{ start, end, text: `${who} had no safeguard${prep}` }] });
    }
    return out;
  }
  const of = OF_ME.exec(s);
  if (of && !BEFORE.test(s.slice(Math.max(0, of.index - 40), of.index))) {
    const start = sentence.start + of.index;
    const first = of.index === 0 || /^\W*$/u.test(s.slice(0, of.index));
    if (of[2]) {
      // "It was silly of us to skip …" → "We decided to skip …".
      const end = start + of[0].length;
      const who = of[1].toLowerCase() === 'me' ? 'I' : cap('we', first);
      out.push({ list: 'blameful', id: 'en.who.verdict', kind: 'blame-word', start, end: end - 1, note: NOTE, rewrites: [{ start, end, text: `${who} decided to ` }] });
    } else {
      const end = start + of[0].length;
      out.push({ list: 'blameful', id: 'en.who.verdict', kind: 'blame-word', start, end, note: NOTE, rewrites: [{ start, end, text: cap('that step had no safeguard', first) }] });
    }
  }
  return out;
}
