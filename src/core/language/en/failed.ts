/**
 * Session 18 (lang-en): the writer owning a failure with "I failed" / "we failed" and an apology ("… is a priority and
 * I failed. Sorry :/", "Right now we failed at that, and for that I apologize."): self-blame, the language set's
 * convention (en-5171). Only with an apology in the sentence or right after it, or after a duty named in the same
 * sentence ("… is our job and we failed"): "We tried three mirrors and we failed" (an attempt that did not work),
 * "we failed over to the replica" and "we failed to reach the host" (technical) are not this kind.
 */
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'state what fell short and what allowed it; the postmortem does not need the self-reproach',
  ko: '무엇이 부족했고 무엇이 그것을 허용했는지 적으세요. 자책은 필요하지 않습니다',
};

// "I failed", "we (really) failed (at that | you | our users)", closing its clause.
const FAILED = /\b(i|we) (?:(?:really|simply|just|clearly|completely|totally|badly|utterly) )?failed(?: (?:at (?:that|this|it)|you|you all|our (?:users|customers|community)|here|there|this time))?(?=\s*(?:[.!;:,—–]|-\s|$|\band\b|\bbut\b))/iu;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|my bad)\b/iu;
// A duty named before it in the sentence: "… is a priority and I failed", "it was our job and we failed".
const DUTY = /\b(?:priority|job|responsibility|duty|promise|commitment|goal)\b[^.;!?]{0,60}\band (?:i|we) (?:(?:really|simply|just|clearly|completely|totally|badly|utterly) )?failed\b/iu;

export function failedApology(sentence: Sentence, ctx: DetectContext): Detection[] {
  const s = sentence.text;
  if (s.length > 600 || !/failed/iu.test(s)) return [];
  const m = FAILED.exec(s);
  if (!m) return [];
  const after = ctx.text.slice(sentence.end, sentence.end + 60);
  const apology = APOLOGY.test(s) || APOLOGY.test(after.split(/[.!?]\s/u)[0] ?? '');
  if (!apology && !DUTY.test(s)) return [];
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  // "… is a priority and I failed" → "… is a priority and this time it was not met": the duty kept, the person gone.
  // "we failed at that" → "that fell short"; "I failed you all" → "this fell short for you all"; else "this fell short".
  const bare = /^(?:i|we) failed$/iu.test(m[0]);
  const at = /\bfailed at (that|this|it)$/iu.exec(m[0]);
  const whom = /\bfailed (you|you all|our (?:users|customers|community))$/iu.exec(m[0]);
  const text = bare && /\band $/iu.test(s.slice(0, m.index)) && DUTY.test(s) ? 'this time it was not met' : at ? `${at[1].toLowerCase()} fell short` : whom ? `this fell short for ${whom[1]}` : bare ? 'this fell short' : undefined;
  const capital = text && start === sentence.start ? text[0].toUpperCase() + text.slice(1) : text;
  const rewrites = capital ? [{ start, end, text: capital }] : [];
  return [{ list: 'blameful', id: 'en.who.failed-owned', kind: 'person-failure', start, end, note: NOTE, rewrites }];
}
