/**
 * Session 9 (lang-en): a person made the incident worse ("The on-call then made matters worse by restarting the
 * primary", "I ended up making the outage worse", "He proceeded to make things worse"): the harm put on the person who
 * acted. A thing as the subject ("The retry storm made things worse") and the discourse opener "To make matters worse,
 * …" are not this kind. Rewrite: the means as the subject when the sentence names it ("Restarting the primary made
 * matters worse"), else the outcome alone ("Matters got worse").
 */
import { phraseKind } from '../../people';
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'say which step made it worse and what made that step look right at the time, not who took it',
  ko: '누가 했는지가 아니라 어떤 조치가 상황을 악화시켰고 왜 그때는 옳아 보였는지 적으세요',
};

// Group 1: the subject (a short noun phrase or a pronoun) opening the sentence or a clause after a comma; group 2: the
// object; group 3: "by" and a gerund phrase, when the means follows.
const WORSE = /(?:^|, (?:and |but |so )?)((?:(?:the|a|an|our|my|his|her|their|this|that|one) )?(?:[\p{L}-]{2,20} ){0,2}[\p{L}-]{1,20}) (?:(?:then|only|just|further|also|quickly|promptly|inadvertently|accidentally|unknowingly|eventually|soon) )?(?:(?:proceeded|managed|went on) to make|ended up making|wound up making|made) (matters|things|it|everything|(?:the|this|that|our) (?:outage|incident|situation|problem|issue|damage|mess|impact|recovery|disruption)) worse\b((?:,? by (?:[\p{L}-]{2,20}ing)(?: [^,;.!?]{1,80})?)?)/iu;
const NOT_A_SUBJECT = /^(?:to|it|this|that|which|what|who|they|these|those)$/iu;

function capital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The person who made it worse, in one sentence. */
export function madeWorse(sentence: Sentence, ctx: DetectContext): Detection[] {
  const s = sentence.text;
  if (s.length > 600 || !/worse/iu.test(s)) return [];
  const m = WORSE.exec(s);
  if (!m) return [];
  const subject = m[1];
  if (NOT_A_SUBJECT.test(subject) || phraseKind(subject, ctx.people) !== 'person') return [];
  const lead = m[0].length - m[0].replace(/^, (?:and |but |so )?/iu, '').length;
  const at = m.index + lead;
  const start = sentence.start + at;
  const end = sentence.start + m.index + m[0].length;
  const obj = m[2].toLowerCase() === 'it' ? 'it' : m[2].replace(/^(?:The|This|That|Our)\b/u, (w) => w.toLowerCase());
  const opens = at === 0;
  const means = /by ([\p{L}-]{2,20}ing(?: [^,;.!?]{1,80})?)$/iu.exec(m[3]);
  const rewrites = [];
  if (means) rewrites.push({ start, end, text: `${opens ? capital(means[1]) : means[1]} made ${obj} worse` });
  else if (obj !== 'it') rewrites.push({ start, end: sentence.start + m.index + m[0].length - m[3].length, text: `${opens ? capital(obj) : obj} got worse` });
  const flaggedEnd = sentence.start + m.index + m[0].length - m[3].length;
  return [{ list: 'blameful', id: 'en.who.made-worse', kind: 'person-failure', start, end: flaggedEnd, note: NOTE, rewrites }];
}
