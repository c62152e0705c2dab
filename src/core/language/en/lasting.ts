/**
 * Session 15 (lang-en): two English constructions that read like blame or hindsight but judge nobody's past act. Each is a
 * class of wrong findings pooled over the first runs of draws s8–s15 and today's dev documents (test/language/AUDITS.md,
 * "Session 15: draw s15 first run"), written first as new sentences (test/unit/language-en-s15.test.ts).
 *
 * - BLAME DISCLAIMED AS AN AIM: a negated attempt or wish to blame ("I never try to blame people …", "we don't want to
 *   point fingers at the pager holder", "we're not here to blame anyone"): the writer says what they do not set out to
 *   do; the session-13 "blame rejected" reads only a negated blaming verb ("doesn't blame"). The span stops at "but", so
 *   "I don't want to blame him, but he deleted …" keeps what follows.
 * - the SITUATION LASTING LONGER: a counterfactual whose condition is the incident or a thing in it lasting, continuing
 *   or spreading ("Had the storm lasted another day, we would not have been able to …", "If the backlog had kept growing
 *   past noon, …"): what luck spared, nobody's act. The positive consequence is already neutral (neutral.ts THING_HAD /
 *   THING_IF, a thing as the condition's subject); this adds the negated one ("would not have been able to recover").
 *   Only with a thing as the subject (people.ts phraseKind) and a duration or extent after the verb ("beyond", "past",
 *   "for", "into", "another", "longer" …): "Had the engineer continued the migration, …" stays.
 *
 * Each returns [start, end] offsets in the sentence of the clauses it neutralises. Bounded, linear patterns
 * (test/unit/regex-safety.test.ts scans this file).
 */
import { phraseKind } from '../../people';
import type { People } from '../../people';

const BLAME_VERB =
  '(?:blame|blaming|scapegoat|scapegoating|shame|shaming|single\\sout|singling\\sout|point(?:ing)?\\s(?:a\\s|the\\s)?fingers?\\sat|find\\s(?:a|the)\\s(?:culprit|scapegoat)|pin\\s(?:it|this|that|the\\s[\\p{L}-]{2,20})\\son)';
// "never try to", "do not want to", "didn't mean to", "are not trying to", "'re not here to".
const AIM = new RegExp(
  `\\b(?:(?:never|(?:do|does|did|will|would)(?:\\snot|n['’]t))\\s(?:(?:really|ever|even|actually)\\s)?(?:try|want|mean|aim|intend|seek|set\\sout|like|wish|need)|(?:am|is|are|was|were|['’]m|['’]re|['’]s)(?:\\snot|n['’]t|\\snever)\\s(?:(?:really|ever|even|actually)\\s)?(?:trying|looking|here|out|aiming|seeking|meaning|going|about))\\sto\\s${BLAME_VERB}\\b(?:(?!\\bbut\\b|\\bhowever\\b)[^.;!?]){0,120}`,
  'giu',
);

const LAST =
  '(?:continued|lasted|persisted|gone\\son|went\\son|dragged\\son|carried\\son|kept\\s(?:going|growing|climbing|rising|spreading)|spread|escalated|grown|worsened|deepened|run\\son|extended)';
const SPAN_AFTER = '(?:beyond|past|for|into|through|until|till|over|another|longer|any\\slonger|much\\slonger|further|overnight|unchecked|to|a\\sfew|an?\\s(?:extra|additional|few|couple))';
// Group 1: the subject (up to three words after the determiner); the rest: verb, extent, comma, a modal perfect.
const LASTING = new RegExp(
  `^(?:(?:even\\s)?if\\s(?:the|this|that|our|its|their|a|an)\\s((?:[\\p{L}\\p{N}-]{2,20}\\s){0,2}?[\\p{L}\\p{N}-]{2,20})\\shad|had\\s(?:the|this|that|our|its|their|a|an)\\s((?:[\\p{L}\\p{N}-]{2,20}\\s){0,2}?[\\p{L}\\p{N}-]{2,20}))\\s${LAST}\\s${SPAN_AFTER}\\b[^,;.!?]{0,60},\\s[^;.!?]{0,80}?\\b(?:would|could|might)(?:\\snot|n['’]t)?\\s(?:have|['’]ve)\\b[^;.!?]{0,160}`,
  'iu',
);

function add(re: RegExp, s: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
}

/** The clauses of an English sentence that judge nobody (see the module comment). */
export function lastingParts(s: string, people?: People): [number, number][] {
  if (s.length > 600) return [];
  const out: [number, number][] = [];
  add(AIM, s, out);
  const lead = s.length - s.trimStart().length;
  const m = LASTING.exec(s.trimStart());
  if (m) {
    const subject = m[1] ?? m[2] ?? '';
    if (phraseKind(subject, people) === 'thing') out.push([lead, lead + m[0].length]);
  }
  return out;
}
