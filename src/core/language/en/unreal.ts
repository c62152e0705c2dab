/**
 * Session 12 (lang-en): counterfactual clauses that judge nobody's past act. Two constructions, each the kind shared by
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
 *
 * Tried and dropped (session 12): a SYSTEM'S CONDITION after the main clause ("… could have been prevented if the planner
 * performed differently"; a thing with an active verb as the condition's subject). It removed the two drawn false alarms it
 * was read from, but on the blind fresh-s10 part it removed one right en.who.hindsight-passive finding and no wrong one
 * (`npm run bench:language -- --by-id --part fresh-s10`, figures only): the only independent evidence was against it.
 *
 * Each returns the clause it neutralises (a finding is dropped only when it lies inside one). Bounded, linear patterns.
 */
import type { People } from '../../people';

// A negated counterfactual ("wouldn't have", "could not have", "nobody could have") or "would still have", and a
// concession "even if/had/with/without/when", in either order. Written out (no pattern built at run time).
const UNCHANGED: RegExp[] = [
  // Concession first: "Even if the nurse had checked, she would not have seen it".
  /\beven (?:if|had|with|without|when)\b[^.;!?]{0,120}?(?:\b(?:(?:would|could|might)(?:n['’]t| not| never)|(?:nobody|no one|none of us|nothing|no amount of [\p{L}-]{2,20}) (?:could|would|might))(?: (?:still|ever|possibly|have been able to))?(?: have|['’]ve)\b|\b(?:would|could|might) still(?: have|['’]ve)\b)[^.;!?]{0,80}/giu,
  // Outcome first: "We couldn't have recovered the rows even with a fresh backup".
  /(?:\b(?:(?:would|could|might)(?:n['’]t| not| never)|(?:nobody|no one|none of us|nothing|no amount of [\p{L}-]{2,20}) (?:could|would|might))(?: (?:still|ever|possibly|have been able to))?(?: have|['’]ve)\b|\b(?:would|could|might) still(?: have|['’]ve)\b)[^.;!?]{0,120}?\beven (?:if|had|with|without|when)\b[^.;!?]{0,120}/giu,
];

// A verb of finding out, then an embedded what/which/whether/where question holding could/might/may + perfect.
const SEARCH = /\b(?:determin(?:e|es|ed|ing)|(?:figure|figures|figured|figuring|work|works|worked|working|find|finds|found|finding|track|tracked|tracking|pin|pinned|pinning|narrow|narrowed|narrowing) (?:out|down)|identif(?:y|ies|ied|ying)|investigat(?:e|es|ed|ing)|look(?:s|ed|ing)? into|check(?:s|ed|ing)?|(?:re)?trac(?:e|es|ed|ing)|see|saw|wonder(?:s|ed|ing)?)(?: (?:out|down))? (?:what|which|whether|where|if)\b(?:[^.;!?](?!\bdone\b)){0,80}?\b(?:could|might|may)(?: (?:possibly|conceivably|somehow))?(?: have|['’]ve)\b[^.;!?,]{0,60}/giu;

/** The clauses of an English sentence that are counterfactual without judging a person (see the module comment). */
export function unrealParts(s: string, _people?: People): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  for (const re of [...UNCHANGED, SEARCH]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}
