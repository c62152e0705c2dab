/**
 * English frames in which a blame, punishment or hindsight word judges nobody (session 11, issue 8: the false-alarm kinds
 * of the English cases drawn for dev from fresh-s10, and mirrors of session 10's Korean frames, ../ko/frames.ts). Each is a
 * grammatical construction, not a phrase; each returns the clause it neutralises, so the rest of the sentence is still read:
 *
 * - a punishment as what people fear: "if people fear punishment, they hide problems", "for fear of being blamed";
 * - a careless manner there is no room for (mirror of Korean "대충 넘길 수는 없다"): "there is no room for complacency",
 *   "we cannot afford carelessness", "sloppiness has no place in …" (present, a bare noun: a stance, nothing happened);
 * - a blameless principle with a frequency adverb: "human error is typically a symptom";
 * - mistakes one can make, with a modal of ability or leave: "an environment in which you can make mistakes";
 * - prevention asked as an embedded question: "Ask what rule would have prevented this" (a retrospective's own question);
 * - code catching an exception or a code case: "we should have caught all failures in another catch block", "should have
 *   caught the case where n == 1" (what an earlier check of a program was expected to do);
 * - blame as one alternative of "whether A or B" (mirror of Korean "…의 잘못인지 …의 결함인지"): "whether this was human
 *   error or a race in the scheduler";
 * - an appearance corrected (mirror of Korean "…의 실수로 보이는 X가 실제로는 …"): "what looked like an operator's slip
 *   turned out to be a default".
 *
 * Pure, bounded patterns over one sentence (test/unit/regex-safety.test.ts scans this file's patterns).
 */

const BLAME_NOUN = '(?:complacency|carelessness|sloppiness|negligence|laziness|recklessness|inattention|inattentiveness|haste|guesswork|shortcuts|cutting corners|human error|operator error|mistakes|errors|ego|heroics)';

const FRAMES: RegExp[] = [
  // A punishment as what people fear or avoid: not a call for it.
  /\b(?:fears?|feared|fearing|dreads?|dreaded|dreading|fear of|for fear of|without fear of|free from fear of|threat of|(?:afraid|scared|frightened|terrified|worried|nervous) (?:of|about)|worry about|worries about|worrying about)(?: (?:being|getting))? (?:(?:a|the|any|harsh|personal|public|formal|severe|possible|some) )?(?:punishments?|punished|blame|blamed|reprimands?|reprimanded|penalt(?:y|ies)|penali[sz]ed|disciplined|discipline|disciplinary action|sanctions?|sanctioned|fired|sacked|written up|retribution|retaliation|consequences)\b/giu,
  // No room for a careless manner (present, bare noun).
  new RegExp(`\\b(?:there (?:is|['’]s) (?:no|never|little|zero|never any) |(?:has|have|leaves?|leaving|with) (?:no|little|zero) )(?:room|place|excuse|tolerance|space|appetite) (?:for|in) ${BLAME_NOUN}\\b`, 'giu'),
  new RegExp(`\\b${BLAME_NOUN} (?:has|have) no (?:place|room) in\\b`, 'giu'),
  /\b(?:cannot|can['’]t|can not|can never|could never|must not|mustn['’]t) afford (?:to be |any |even a little |a moment of )?(?:complacen(?:t|cy)|careless(?:ness)?|sloppy|sloppiness|negligen(?:t|ce)|lax|laxity|lazy|laziness|reckless(?:ness)?|inattenti(?:ve|on))\b/giu,
  // A blameless principle with a frequency adverb between the verb and its noun.
  /\b(?:human|operator|individual|personal) (?:error|mistake)s? (?:is|are) (?:(?:[a-z]{2,15}ly|often|always|never|rarely|just|only|merely|almost always) ){1,2}(?:a |the |an? early )?(?:symptoms?|starting point|consequences?|results?|signals?|outcomes?)\b/giu,
  // Mistakes one can make: ability or leave, never a past act.
  /\b(?:you|one|we|they|people|anyone|everyone|engineers|developers|staff|newcomers|new hires) (?:can|could|may|might|are allowed to|is allowed to|are free to|get to|are able to|will be able to)(?: (?:safely|still|freely|sometimes|occasionally))? make (?:mistakes|errors|a mistake|an error)\b/giu,
  // Prevention asked as an embedded question: a verb of asking or finding out, a wh-word, then the modal perfect.
  /\b(?:ask|asks|asked|asking|consider|considers|considered|considering|identify|identifies|identified|identifying|determine|determines|determined|work out|figure out|discuss|discussed|discussing|list|note|write down|decide|establish|explore|explored|brainstorm|brainstormed)(?: (?:ourselves|yourself|yourselves|themselves|us|them|the team|each other))? (?:what|which|whether|how)\b[^.;!?]{0,80}?\b(?:would|could|might)(?: have|['’]ve) (?:prevented|caught|detected|stopped|blocked|flagged|avoided|mitigated|surfaced|spotted|warned)\b/giu,
  // Code catching an exception in a handler, or a code case: what an earlier check of a program was expected to do.
  /\bshould(?: have|['’]ve) (?:been )?caught\b[^.;!?]{0,80}?\b(?:in|by) (?:a|an|the|another|our|its|this|that|each|every|the outer|the inner) (?:[\p{L}-]{2,20} )?(?:catch|except|rescue|try|error[- ]handling|exception) (?:blocks?|clauses?|handlers?)\b/giu,
  /\bshould(?: have|['’]ve) caught (?:the |this |that |any |all |every |each )?(?:(?:[A-Z][A-Za-z]{1,30}(?:Error|Exception)s?|exceptions?)\b|case (?:where|when) [^.;!?]{1,60}?(?:===?|!==?|<=|>=|\bis (?:null|nil|None|undefined)\b))/gu,
  // Blame as one alternative of "whether A or B": the sentence asserts neither.
  /\bwhether (?:it|this|that|the [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) (?:was|is|were|had been) [^.;!?]{1,60}? or (?:not\b|(?:a|an|the|some) [^.;!?,]{1,60})/giu,
  // The negated part of "not due to A but (rather) due to B" (neutral.ts reads the part after "but").
  /\bnot (?:caused by|due to|the result of|because of|down to|attributable to)\b(?:[^.;:!?](?!\bbut\b)){1,100}/giu,
  // An appearance corrected: blame named as how something looked, then what it was.
  /\b(?:looked|seemed|appeared|looks|seems|appears) (?:like|to be) [^.;!?]{1,60}? (?:turned out|proved|was (?:actually|in fact|really)|were (?:actually|in fact|really)|is (?:actually|in fact|really)|actually came|in fact came)\b/giu,
];

/** The clauses of a sentence that one of the frames above reads as judging nobody, as [start, end] offsets. */
export function frameParts(s: string): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  for (const re of FRAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}
