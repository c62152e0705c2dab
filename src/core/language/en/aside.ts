/**
 * Session 10 (lang-en): clauses that use a blame or hindsight word without judging anyone's past act. Five kinds, read
 * on the half of the blind fresh-s9 part drawn into dev and checked on new sentences (test/unit/language-en-s10.test.ts):
 *
 * - a fault denied through a verb of seeming ("It doesn't look like your fault", "That does not seem to be her mistake");
 * - a counterfactual about someone's reaction or fate, not about a step someone skipped ("My manager would have been
 *   furious", "I would have been fired on the spot");
 * - blame as what an approach or a culture presumes ("This model assumes negligence and ends in punishment"): blame
 *   culture described, not a verdict on a person (the writer's own "I/we assume negligence" is not this kind);
 * - an expectation that an earlier stage already did something, conceded by a defensive measure ("The input should
 *   have been validated upstream, but just in case we check it here"): why a guard exists, not hindsight;
 * - a safeguard that opens the sentence and is described by what it would stop ("Rate limits that would have blunted
 *   the retry storm ship in 2.4", "Policies that would have stopped real-world breaches"): the safeguard is named;
 * - a capability stated in general, its object a bare plural of trouble ("A stricter setting would’ve caught issues
 *   earlier"), not this incident ("would have caught this", "would have spared us the outage").
 *
 * Each pattern is bounded and linear; the spans are clauses (a finding is dropped only when it lies inside one).
 */

// "doesn't sound like your fault", "does not seem to be the reviewer's mistake", "didn't look like anyone's doing".
const SEEMING_DENIED = /(?:\bnot|n['’]t) (?:(?:really|even|at all|actually) )?(?:sound|look|seem|feel|appear)s? (?:(?:to me|at all|really) )?(?:like|to be|to have been) (?:(?:all |entirely |really |totally |just )?(?:his|her|their|my|your|our|(?:the |a |an |that |this )?(?:[\p{L}-]{2,20} ){0,2}[\p{L}-]{2,20}['’]s)) (?:own )?(?:fault|mistake|blunder|doing|error)\b/giu;

// "would have been furious", "wouldn't have been so nice", "would have been fired", "would've been in real trouble".
const REACTION = /\bwould(?:n['’]t| not)?(?: have|['’]ve) been (?:(?:so|very|really|pretty|quite|absolutely|totally|completely|utterly|far|much|a lot|less|more|even|just|that|as|too) ){0,2}(?:furious|livid|angry|mad|upset|annoyed|irate|cross|pissed(?: off)?|apoplectic|thrilled|delighted|happy|pleased|nice|kind|gentle|lenient|forgiving|understanding|patient|calm|horrified|mortified|embarrassed|devastated|terrified|scared|shocked|fired|sacked|canned|murdered|killed|dead|toast|crucified|yelled at|shouted at|chewed out|grounded|in (?:(?:big|real|serious|deep|so much|a lot of|huge) )?trouble|out of (?:a|my|his|her|their) job)\b/giu;

// "it assumes negligence, …, leading to … some form of punishment": the clause from the verb of supposition to the end
// of the sentence or to a "but". Not the writer's own present supposition ("I assume negligence", "we presume …").
const SUPPOSED = /(?<!\b(?:i|we) )\b(?:assumes|assumed|assuming|assume|presumes|presumed|presuming|presupposes|presupposed|implies|implied|starts from|started from|takes for granted|took for granted) (?:that there (?:is|was|has been) )?(?:(?:some|a|an|the|personal|individual|human|someone['’]s) )?(?:negligence|carelessness|incompetence|complacency|bad intent|ill intent|malice|bad faith|(?:human|operator|individual|personal) (?:error|failure|fault)|fault|blame|guilt|wrongdoing)\b(?:[^.;!?](?!\bbut\b)){0,200}/giu;

// "should have been caught during validation, but just in case …", "should already have been sanitised upstream, but we
// escape it again here": the expectation on an earlier stage, conceded by a guard the writer adds anyway.
const DEFENSIVE = /\b(?:should|would)(?: already)?(?: have|['’]ve)(?: already)? been [\p{L}-]{2,24}(?:ed|en|wn|ht)\b[^.;!?]{0,80}?,? but (?:(?:just )?in case|to be (?:safe|sure|certain)|as a (?:precaution|safeguard|fallback|backstop)|for safety|out of caution|defensively|(?:we|i|it|this|the code) (?:also |still )?(?:double-checks?|re-?checks?|checks?|validates?|verif(?:y|ies)|asserts?|guards?|escapes?|filters?|retries?)\b[^.;!?]{0,50}?\b(?:again|anyway|too|as well))\b/giu;

// "Policies that would have stopped real-world mega-hacks": a safeguard opening the sentence, described by what it
// would stop; the clause ends a few words after the verb.
const SAFEGUARD = /^(?:the |a |an |our |any |no |such |these |those )?(?:[\p{L}-]{2,20} ){0,2}(?:polic(?:y|ies)|practices?|controls?|settings?|defaults?|limits?|quotas?|features?|measures?|configurations?|guidelines?|standards?|protections?|mitigations?|processes|safeguards?|guard ?rails?|habits?|conventions?|permissions?) (?:that|which) would(?: have|['’]ve) (?:caught|prevented|detected|flagged|stopped|blocked|surfaced|spotted|mitigated|averted|avoided|blunted|saved|limited|contained)\b(?: [\p{L}\p{N}-]{1,24}){0,3}/iu;

// "Switching to a more aggressive setting would’ve caught issues earlier", "… that would have stopped real-world hacks": a
// capability stated in general, its object a bare plural of trouble (not "this", "the bug", "us", "the outage").
const GENERAL_CATCH = /\bwould(?: (?:easily|surely|certainly|probably|likely))?(?: have|['’]ve) (?:caught|prevented|detected|flagged|stopped|blocked|surfaced|spotted|mitigated|averted|avoided) (?:(?:many|most|some) )?(?:[\p{L}-]{2,20} )?(?:issues|problems|bugs|errors|regressions|failures|outages|incidents|mistakes|hacks|breaches|attacks|catastrophe)\b(?: (?:earlier|sooner|early))?(?! (?:like|such as) (?:this|that|these|ours)\b)/giu;

/** The clauses of one sentence that use blame or hindsight words without judging a past act (offsets into it). */
export function asideParts(text: string): Array<[number, number]> {
  if (text.length > 600) return [];
  const out: Array<[number, number]> = [];
  for (const re of [SEEMING_DENIED, REACTION, SUPPOSED, DEFENSIVE, GENERAL_CATCH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push([m.index, m.index + m[0].length]);
    }
  }
  const s = SAFEGUARD.exec(text);
  if (s) out.push([s.index, s.index + s[0].length]);
  return out;
}
