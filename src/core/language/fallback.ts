/**
 * Session 16 (fixes): rewrites for blame findings that reach the engine with none, by the SHAPE of the flagged words,
 * not by the detection that found them. The language modules build a rewrite from the clause they parsed (subject, verb,
 * object); where a phrase list (by word) flagged a lapse the modules could not parse — the subject left out after "and"
 * or "but" ("…, but forgot to pass the flag"), a subject the module does not read ("one of the contractor's technicians
 * forgot to …"), a fragment ("forgot to bump the version") — the finding came with no rewrite at all. The lapse itself can
 * still be rewritten in place, with no subject to agree with:
 *
 * - a lapse of memory or of a check, in the past: "forgot to V", "had/has/have forgotten to V", "didn't / did not / failed
 *   to / neglected to V" (a check, a read, a test …) → "had no prompt to V"; "forgot about X" → "had no reminder about X";
 *   "didn't notice (X)" → "had no signal (about X)" — the forms the modules already use for a coordinated omission;
 * - a person's act judged as a mistake: "made (a) mistake(s)" → "hit a problem" / "hit problems"; "messed up / screwed up /
 *   botched / bungled X" → "had a problem with X" (nothing after it: "hit a problem"); "overlooked the X" → "did not see the X";
 * - "complacent(ly)", "complacency" → "confident(ly)", "confidence": the confidence held at the time, not a verdict on it;
 * - KO "…하는 실수를 했다" (the act named by an adnominal) → "…하는 일이 있었다"; EN "made the mistake of V-ing" is read
 *   by the module;
 * - Korean mirrors, judging words for a state of mind or of care: "안일하게 생각하다 / 안일했다" (complacent) → "괜찮을
 *   거라고 생각하다 / 봤다" (the belief held at the time); "X에(을) 소홀한 / 소홀히 했다" (neglectful) → "X에 손이 덜 간 /
 *   갔다" (less attention went to X).
 *
 * Every candidate still goes through the engine's check (findings.ts `rewriteIsClean`): offered only when the sentence it
 * produces is not flagged again, by either prose rule. Pure, linear (anchored patterns on a bounded window).
 */
import type { Rewrite } from './types';

/** What the fallback needs of a finding. */
export interface FlaggedSpan {
  start: number;
  end: number;
}

const WINDOW = 120;

// English: the lapse verbs and the verb of the check after them.
const CHECK_VERB = /^(?:check|verify|test|review|read|follow|confirm|double-check|look at|validate|monitor|escalate|watch|inspect|run)$/iu;
const NOTICE_VERB = /^(?:notice|spot|see|realise|realize)$/iu;

function english(text: string, f: FlaggedSpan): Rewrite[] {
  // The flagged words may stop short of the verb phrase ("forgot", "have forgotten"): read from the finding's start on.
  const tail = text.slice(f.start, Math.min(text.length, f.start + WINDOW)).replace(/’/gu, "'");
  const before = text.slice(Math.max(0, f.start - 12), f.start);
  // Not after an auxiliary or a negation that the finding does not cover ("never forgot", "will have forgotten").
  if (/\b(?:not|never|n't|will|would|could|might|may|should|must|to)\s+$/iu.test(before)) return [];
  const out: Rewrite[] = [];
  // "forgot to V", "had forgotten to V", "has forgotten to V".
  const forgot = /^(?:forgot|(?:had|has|have) forgotten)(\s+to\s+)(?=[a-z])/iu.exec(tail);
  if (forgot) out.push({ start: f.start, end: f.start + forgot[0].length, text: `had no prompt${forgot[1].replace(/\s+/gu, ' ')}` });
  // "forgot about X".
  const about = /^(?:forgot|(?:had|has|have) forgotten)\s+about\b/iu.exec(tail);
  if (about) out.push({ start: f.start, end: f.start + about[0].length, text: 'had no reminder about' });
  // "didn't / did not / failed to / neglected to V" (a check), "didn't notice".
  const lapse = /^(?:didn't|did not|failed to|neglected to|forgot to)\s+((?:double-)?[a-z]+(?: at)?)\b/iu.exec(tail);
  if (lapse && f.end <= f.start + lapse[0].length + 1) {
    const verb = lapse[1].toLowerCase();
    if (NOTICE_VERB.test(verb)) {
      // "didn't notice the flag" → "had no signal about the flag"; "didn't notice that …/until …" keeps its clause.
      const next = /^\s+([\p{L}'-]+)/u.exec(tail.slice(lapse[0].length));
      const word = next?.[1]?.toLowerCase() ?? '';
      const takesAbout = !!word && !/^(?:that|until|till|when|while|before|after|for|in|at|on|during|because|since|anymore|immediately|right|either|and|but|or|so)$/u.test(word);
      out.push({ start: f.start, end: f.start + lapse[0].length, text: takesAbout ? 'had no signal about' : 'had no signal' });
    } else if (CHECK_VERB.test(verb)) {
      out.push({ start: f.start, end: f.start + lapse[0].length, text: `had no prompt to ${lapse[1]}` });
    }
  }
  // "made (a|an) mistake(s)" — the act judged, not described.
  // (Not "made an error in judgement": the phrase names a judgement, "hit a problem in judgement" would not read.)
  const mistake = /^made\s+(?:(?:a|an)\s+)?(mistakes?|errors?|blunders?)\b(?!\s+(?:in|of)\s+judg)/iu.exec(tail);
  if (mistake) out.push({ start: f.start, end: f.start + mistake[0].length, text: /s$/iu.test(mistake[1]) ? 'hit problems' : 'hit a problem' });
  // "messed up X", "screwed up X", "botched X", "bungled X".
  const botched = /^(?:(?:messed|screwed)\s+up|botched|bungled)\b/iu.exec(tail);
  if (botched) {
    const rest = tail.slice(botched[0].length);
    const object = /^\s+(?:the|a|an|this|that|these|those|our|my|his|her|their|its|some|one|two|every|all)\s/iu.test(rest) || /^\s+(?!(?:by|when|while|with|and|but|so|because|again|badly|too|here|there|big|on|in|at|today|yesterday)\b)[a-z][a-z-]*\s+(?:order|config|change|release|migration|deploy|deployment|update|upgrade|rollout)\b/iu.test(rest);
    out.push({ start: f.start, end: f.start + botched[0].length, text: object ? 'had a problem with' : 'hit a problem' });
  }
  // "overlooked the X" (past, with its object) → "did not see the X": what happened, without the verdict on attention.
  const overlooked = /^overlooked(?=\s+(?:the|a|an|this|that|these|those|one|two|some|several|an?other|its|their|his|her|our|my)\s)/iu.exec(tail);
  if (overlooked) out.push({ start: f.start, end: f.start + overlooked[0].length, text: 'did not see' });
  // "complacent", "complacency" (mirror of Korean 안일, below): the confidence held at the time, without the verdict on it.
  const complacent = /^complacen(t|cy|tly)\b/iu.exec(tail);
  if (complacent) out.push({ start: f.start, end: f.start + complacent[0].length, text: `confiden${complacent[1].toLowerCase()}` });
  // Keep the first letter's case: "Forgot to …" at a sentence's start.
  return out.map((r) => (/^\p{Lu}/u.test(text[r.start] ?? '') ? { ...r, text: r.text[0].toUpperCase() + r.text.slice(1) } : r));
}

// Korean: 안일(안이) — complacency, judged — becomes the belief held at the time; 소홀 — neglect — becomes less attention given.
const KO_DEGREE = /(?:너무|너무나|지나치게|좀|조금|다소|많이)\s$/u;

function korean(text: string, f: FlaggedSpan): Rewrite[] {
  const tail = text.slice(f.start, Math.min(text.length, f.start + WINDOW));
  const out: Rewrite[] = [];
  // A degree word before the judging word goes with it ("너무 안일했다" → "괜찮을 거라고 봤다").
  const degree = KO_DEGREE.exec(text.slice(Math.max(0, f.start - 6), f.start));
  const from = degree ? f.start - degree[0].length : f.start;
  // After a quotation of the belief ("'…' 라고 안일하게 생각하던"), the quotation says it: the judging word goes.
  const quotedBelief = /(?:라고|다고|고)\s$/u.test(text.slice(Math.max(0, from - 4), from));
  const anil = /^안[일이](?:하게(\s(?:생각|여기|여겼|판단|보|봤|봐))?|했((?:었)?(?:다|던|고|는데|지만|어요|어서|어|습니다|음))|해서|하여|한(?=\s생각))/u.exec(tail);
  if (anil) {
    const m = anil[0];
    let t: string | undefined;
    if (m.includes('하게')) t = quotedBelief ? '' : anil[1] ? `괜찮을 거라고${anil[1]}` : '괜찮을 거라고 보고';
    else if (anil[2]) t = `괜찮을 거라고 봤${anil[2]}`;
    else if (m.endsWith('해서') || m.endsWith('하여')) t = '괜찮을 거라고 봐서';
    else if (m.endsWith('한')) t = '괜찮을 거라는';
    if (t === '') out.push({ start: from, end: f.start + 4 + (tail[4] === ' ' ? 1 : 0), text: '' });
    else if (t) out.push({ start: from, end: f.start + m.length, text: t });
  }
  // 소홀: "X에 소홀한 면", "X를 소홀히 한 점", "소홀했다", "소홀히 했다" (the object's particle becomes 에).
  // Session 18 (fixes): also 게을리 — neglect of a task — in the same shapes ("코드리뷰를 비교적 게을리 한 탓에" → "코드리뷰에
  // 비교적 손이 덜 간 탓에", "테스트를 게을리했다" → "테스트에 손이 덜 갔다"); a degree word may stand between the object and it.
  const sohol = /^(?:소홀(?:히\s?)?|게을리\s?)(?:(한)(?=\s)|했((?:었)?(?:다|던|고|는데|지만|어요|어서|어|습니다|음))|(하여|해서|해)(?=\s))/u.exec(tail);
  if (sohol) {
    const t = sohol[1] ? '손이 덜 간' : sohol[2] ? `손이 덜 갔${sohol[2]}` : '손이 덜 가서';
    const particle = /([을를])\s((?:비교적|다소|조금|좀|많이|너무|자주|계속)\s)?$/u.exec(text.slice(Math.max(0, f.start - 8), f.start));
    const at = particle ? f.start - particle[0].length : -1;
    if (particle && /[\uac00-\ud7a3A-Za-z0-9)]/u.test(text[at - 1] ?? '')) out.push({ start: at, end: f.start + sohol[0].length, text: `에 ${particle[2] ?? ''}${t}` });
    else out.push({ start: f.start, end: f.start + sohol[0].length, text: t });
  }
  // "…결제하는 실수를 해버렸다": the act is named by the adnominal before it; what happened stays, the verdict goes
  // ("…결제하는 일이 있었다"), or the missing safeguard is named as the module does with a subject.
  const silsu = /^실수를\s?(?:해\s?버렸|했|하였|저질렀|범했)(?=[다던고어었습음는지])/u.exec(tail);
  if (silsu && /[\uac00-\ud7a3]는\s$/u.test(text.slice(Math.max(0, f.start - 3), f.start))) {
    out.push({ start: f.start, end: f.start + silsu[0].length, text: '일이 있었' });
    out.push({ start: f.start, end: f.start + silsu[0].length, text: '것을 막아 주는 안전장치가 없었' });
  }
  // Session 17 (fixes): a check named by its noun and not done, in the past ("백업 확인을 안 했다", "롤백 테스트를 하지
  // 않았어요", "검토도 못 했거든요"): what was missing is the step that asks for the check ("…확인을 거치도록 하는 단계가
  // 없었다"). The word's own ending follows the new past stem (다, 습니다, 어요, 거든요 …).
  const check = /^(확인|검토|점검|검증|테스트|체크)[을를도]?\s?(?:(?:안|못)\s?했|하지\s(?:않았|못했))(?=[\uac00-\ud7a3])/u.exec(tail);
  if (check && !/^(?:다면|더라면|으면|다고|다는|나|는지|을까)/u.test(tail.slice(check[0].length))) {
    const noun = check[1];
    const obj = /[\uac00-\ud7a3]/u.test(noun) && hasBatchimKo(noun) ? `${noun}을` : `${noun}를`;
    const ending = /^[\uac00-\ud7a3]{1,6}/u.exec(tail.slice(check[0].length))![0];
    out.push({ start: f.start, end: f.start + check[0].length + ending.length, text: `${obj} 거치도록 하는 단계가 없었${ending}` });
  }
  return out;
}

const hasBatchimKo = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 !== 0;
};

/** Candidate rewrites for a blame finding that has none, by the shape of the words flagged (unchecked: the engine checks). */
export function fallbackRewrites(text: string, f: FlaggedSpan): Rewrite[] {
  try {
    return /[\uac00-\ud7a3]/u.test(text.slice(f.start, f.end)) ? korean(text, f) : english(text, f);
  } catch {
    return [];
  }
}
