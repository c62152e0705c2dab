/**
 * Session 16 (lang-ko). A rewrite for the phrase list's ko.blame.missed when it fires alone: "운영팀이 인증서 만료 메일을 놓쳐
 * 서비스가 중단되었다", "당직자가 첫 알림을 놓치는 바람에 대응이 늦어졌다", "담당자가 경고를 놓치게 되었다". The module's
 * ko.who.miss (prose.ts) reads the past forms (놓쳤다, 놓치고, 놓쳐서, 놓친 것) and rewrites them; the connective, the
 * "-는 바람에" cause, the "-게 되다" outcome and the adnominal before another noun had no rewrite.
 *
 * The rewrite moves the sentence from the person to the signal: the person's mention goes, the missed thing becomes the
 * subject (을/를 → 이/가), and the verb becomes "눈에 띄지 않-" with the clause's own ending kept (놓쳐 → 띄지 않아,
 * 놓치는 → 띄지 않는, 놓치게 → 띄지 않게, 놓침 → 띄지 않음, 놓친 → 띄지 않은):
 * "운영팀이 인증서 만료 메일을 놓쳐" → "인증서 만료 메일이 눈에 띄지 않아". With no object to move (and not the adnominal,
 * whose head noun is the missed thing) there is no rewrite. The rule layer still checks each rewrite lints clean.
 * Pure and bounded: it reads the words of one sentence.
 */
import { withParticle } from '../../korean';
import type { People } from '../../people';
import { mentionsOf, wordsOf, type Word } from './words';

/** A replacement of `[start, end)` of the text. */
export interface MissedRewrite {
  start: number;
  end: number;
  text: string;
}

// The verb forms ko.who.miss does not rewrite, and what each becomes after "눈에".
const FORMS: readonly [RegExp, string][] = [
  [/^놓쳐$/u, '띄지 않아'],
  [/^놓치는$/u, '띄지 않는'],
  [/^놓치게$/u, '띄지 않게'],
  [/^놓침$/u, '띄지 않음'],
  [/^놓친$/u, '띄지 않은'],
];
// Words of blame or chance between the person and the verb that go with the person ("그만", "실수로", "깜빡").
const DROP = /^(?:그만|실수로|깜빡|깜박|무심코|또|또다시|결국|어이없게도|하필)$/u;
const SUBJECT_PARTICLE = /^(?:이|가|은|는|께서|도)$/u;

/** The rewrites of a ko.blame.missed finding whose match starts at `at` (inside the verb's word). */
export function missedRewrites(text: string, at: number, people?: People): MissedRewrite[] {
  let from = at;
  while (from > 0 && at - from < 200 && !/[.!?。\n]/u.test(text[from - 1])) from--;
  let to = at;
  while (to < text.length && to - at < 200 && !/[.!?。\n]/u.test(text[to])) to++;
  const words = wordsOf(text, from, to);
  const vi = words.findIndex((w) => w.start <= at && at < w.end);
  if (vi < 1) return [];
  const verb = words[vi];
  const form = FORMS.find(([re]) => re.test(verb.text));
  if (!form) return [];
  // "놓치는" is a cause only before 바람에/통에/탓에; "놓친" an adnominal only before a noun that is not a verdict's frame.
  const next = words[vi + 1]?.text ?? '';
  if (/^놓치는$/u.test(verb.text) && !/^(?:바람에|통에|탓에)/u.test(next)) return [];
  if (/^놓친$/u.test(verb.text) && (!next || /^(?:것|거|탓|게|건|채|셈|뒤|후|다음|데|줄|적)/u.test(next))) return [];
  // The person: the last subject mention of the clause before the verb (no comma or clause end between).
  let clauseStart = 0;
  for (let i = vi - 1; i >= 0; i--) {
    if (words[i].trail && /[,;]/u.test(words[i].trail!)) {
      clauseStart = i + 1;
      break;
    }
  }
  const mention = mentionsOf(words.slice(clauseStart, vi), people)
    .filter((m) => (m.who === 'person' || m.who === 'self') && SUBJECT_PARTICLE.test(m.particle))
    .pop();
  if (!mention) return [];
  const middle: Word[] = words.filter((w) => w.start >= mention.end && w.end <= verb.start && !DROP.test(w.text));
  const objAt = middle.map((w, k) => (/^(?:을|를)$/u.test(w.particle) ? k : -1)).filter((k) => k >= 0).pop();
  if (objAt === undefined && !/^놓친$/u.test(verb.text)) return [];
  // Words after the object (an adverb of time, "제때") stay where they are; the object takes the subject particle.
  const parts = middle.map((w, k) => (k === objAt ? withParticle(w.stem, '이') : text.slice(w.start, w.end)));
  const lead = parts.join(' ');
  const rewrite = `${lead ? `${lead} ` : ''}눈에 ${form[1]}`;
  return [{ start: mention.start, end: verb.start + verb.text.length, text: rewrite }];
}
