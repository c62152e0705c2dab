/**
 * Session 12 (lang-en): counterfactual clauses that judge nobody's past act. Three constructions, each the kind shared by
 * wrong first-run firings of the counterfactual ids (test/language/AUDITS.md, "Session 12: draw s12 first run"), and each
 * checked first on new sentences (test/unit/language-en-s12.test.ts):
 *
 * - an UNCHANGED OUTCOME: a negated counterfactual with a concession ("… wouldn't have known, even if we had waited",
 *   "Even had the pager fired, nobody could have reached the site"): the alternative would not have helped, which is the
 *   opposite of hindsight. Not "shouldn't have" (an obligation), not a plain "would have caught it if …".
 * - a SEARCH FOR A POSSIBLE CAUSE: a modal of possibility perfect inside an embedded what/which/whether/where question
 *   after a verb of finding out ("to work out what could have thrown the totals off", "figure out which patch might have
 *   broken it"): the writer does not know what happened yet. Not "how/why … could have" (incredulity: "I don't
 *   understand how he could have missed it"), not "what could we have done" (the retrospective's own question).
 * - a SYSTEM'S CONDITION, after the main clause: "… could have been avoided if the scheduler behaved differently",
 *   "… would have printed if the driver supported the width": the difference is how a thing behaved (active verb, the
 *   subject a thing by ../../people.ts phraseKind), not a step a person or a team skipped; a passive condition ("if the
 *   migration had been tested") implies people and stays read. The preposed form is neutral.ts's THING_IF.
 *
 * Each returns the clause it neutralises (a finding is dropped only when it lies inside one). Bounded, linear patterns.
 */
import { phraseKind, type People } from '../../people';

const NEG_MODAL = "(?:(?:would|could|might)(?:n['’]t| not| never)|(?:nobody|no one|none of us|nothing|no amount of [\\p{L}-]{2,20}) (?:could|would|might))(?: (?:still|ever|possibly|have been able to))?(?: have|['’]ve)\\b";
const EVEN = '\\beven (?:if|had|with|without|when)\\b';
// "would still have missed", "would have … anyway" is the same outcome under the alternative.
const STILL_MODAL = "\\b(?:would|could|might) still(?: have|['’]ve)\\b";

const UNCHANGED: RegExp[] = [
  // Concession first: "Even if the nurse had checked, she would not have seen it".
  new RegExp(`${EVEN}[^.;!?]{0,120}?(?:\\b${NEG_MODAL}|${STILL_MODAL})[^.;!?]{0,80}`, 'giu'),
  // Outcome first: "We couldn't have recovered the rows even with a fresh backup".
  new RegExp(`(?:\\b${NEG_MODAL}|${STILL_MODAL})[^.;!?]{0,120}?${EVEN}[^.;!?]{0,120}`, 'giu'),
];

// A verb of finding out, then an embedded what/which/whether/where question holding could/might/may + perfect.
const SEARCH = /\b(?:determin(?:e|es|ed|ing)|(?:figure|figures|figured|figuring|work|works|worked|working|find|finds|found|finding|track|tracked|tracking|pin|pinned|pinning|narrow|narrowed|narrowing) (?:out|down)|identif(?:y|ies|ied|ying)|investigat(?:e|es|ed|ing)|look(?:s|ed|ing)? into|check(?:s|ed|ing)?|(?:re)?trac(?:e|es|ed|ing)|see|saw|wonder(?:s|ed|ing)?)(?: (?:out|down))? (?:what|which|whether|where|if)\b(?:[^.;!?](?!\bdone\b)){0,80}?\b(?:could|might|may)(?: (?:possibly|conceivably|somehow))?(?: have|['’]ve)\b[^.;!?,]{0,60}/giu;

// A postposed condition whose subject is a thing with an active verb: "… if the valve closed as fast as …".
const PRONOUN = /^(?:it|this|that|these|those|they|we|i|you|he|she|someone|somebody|anyone|anybody|everyone|one|people)$/iu;
// An organisation decides like a person ("if the company had decided to take security seriously" is hindsight).
const ORGANISATION = /^(?:company|companies|team|teams|org|organi[sz]ations?|vendors?|providers?|management|department|firm|business|agency|government|board|staff|crew|customers?|clients?|contractors?|suppliers?|owners?|maintainers?|project|community|authors?|admins?|administrators?)$/iu;
// Verbs of choosing or effort: what people and organisations do, not how a thing behaves.
const DECISION = /\b(?:decided|chose|agreed|allowed|ignored|listened|invested|prioriti[sz]ed|hired|paid|planned|bothered|cared|tried|wanted|insisted|refused|waited|acted|responded|reacted|noticed|followed|heeded|budgeted|staffed)\b/iu;
// The trouble itself as the subject ("… would have caught the error if the error had occurred at all"): what the team would
// have done about an event, not how a thing was built to behave.
const TROUBLE = /^(?:errors?|bugs?|faults?|failures?|issues?|problems?|incidents?|outages?|mistakes?|defects?|regressions?|crash(?:es)?|leaks?|breach(?:es)?|attacks?)$/iu;
const IRREGULAR_PAST = 'ran|kept|went|took|held|sent|threw|gave|shut|hit|let|fell|broke|knew|read|did|got|came|stayed|worked';
// A word of the condition's subject: never an auxiliary ("if the migration had been tested" is a passive).
const NP_WORD = '(?!(?:had|has|have|been|be|was|were|is|are|did|does|do|not|never)\\b)[\\p{L}\\p{N}._-]{2,30}';
const SYSTEM_IF = new RegExp(
  "\\b(?:could|would|might)(?:n['’]t| not)?(?: have|['’]ve)\\b[^.;!?]{0,100}? if (?:the |its |our |their |a |an |this |that )?(" + NP_WORD + "(?: " + NP_WORD + "){0,2}?) " +
    "((?:had(?:n['’]t| not)? )?(?!been\\b)[\\p{L}-]{2,20}ed|(?:had )?(?:" + IRREGULAR_PAST + ")|(?:did|does)(?:n['’]t| not) [\\p{L}-]{2,20}|(?:was|were)(?:n['’]t| not)? (?![\\p{L}-]{2,20}(?:ed|en|wn)\\b)[\\p{L}-]{2,20})\\b[^.;!?,]{0,60}",
  'giu',
);

/** The clauses of an English sentence that are counterfactual without judging a person (see the module comment). */
export function unrealParts(s: string, people?: People): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  for (const re of [...UNCHANGED, SEARCH]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push([m.index, m.index + m[0].length]);
    }
  }
  SYSTEM_IF.lastIndex = 0;
  for (let m = SYSTEM_IF.exec(s); m; m = SYSTEM_IF.exec(s)) {
    const np = m[1];
    const last = np.split(' ').pop() ?? '';
    if (PRONOUN.test(np) || PRONOUN.test(last) || ORGANISATION.test(last) || TROUBLE.test(last) || DECISION.test(m[2]) || phraseKind(np, people) !== 'thing') continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
