/**
 * Session 9 (lang-en): clauses that name blame without the writer making it. Three kinds, read on the half of the blind
 * fresh-s8 part drawn into dev and checked on new sentences (test/unit/language-en-s9.test.ts):
 *
 * - blame told as what someone else did or tried ("the auditors wanted to blame him", "the director blames us"): the
 *   writer reports another person's blaming (not the writer's own "I blame …", "we blamed …", nor an order "Blame …");
 * - erring named in general, as a gerund or infinitive subject in the present ("Making a mistake is normal under
 *   pressure", "To make errors is human"): no one's act;
 * - a blame label defined ("Operator error is what the vendor writes in every report", "Human error is a label we
 *   give to …"): the label is the topic, not a verdict;
 * - a rhetorical "How could … be X's fault?": the fault named to be denied.
 *
 * Each pattern is bounded and linear; the spans are clauses (a finding is dropped only when it lies inside one).
 */

// The verb of blaming, after an optional attempt or readiness ("tried to", "was quick to"). Group 1: the attempt.
const BLAMING = /\b((?:tried|tries|try|wanted|wants|want|attempted|attempts|sought|seeks|rushed|rush|went on|began|begins|started|starts|chose|decided|(?:was|were|is|are|seemed|seem|seems) (?:trying|going|quick|eager|keen|happy|ready|desperate)) to )?(blames|blamed|blaming|blame)\b/giu;
// First person or the reader in the words before the verb: the writer's own blame ("I blame him", "should we blame her").
const WRITER = /^(?:i|we|you|me|us|let['’]s|lets|i['’]d|we['’]d|i['’]ll|we['’]ll|i['’]m|we['’]re|i['’]ve|we['’]ve|you['’]d|you['’]re|y['’]all)$/iu;
// Words before a bare "blame" that make it a verb with a subject (otherwise "blame" is a noun: "the blame for …").
const BARE_VERB_BEFORE = /^(?:would|will|could|might|may|can|did|do|does|always|often|still|also|just|quickly|immediately|openly|publicly|then|later|soon|first|naturally|promptly|repeatedly)$/iu;
// A passive or a noun ("was blamed on …", "the blaming"): not a report of someone blaming.
const NOT_ACTIVE_BEFORE = /^(?:was|were|is|are|be|been|being|get|gets|got|getting|the|a|an|any|no|of|some|much|more|all|full|his|her|their|our|my|its|this|that|to|for|and|or|stop|avoid|avoided|avoiding|without|of)$/iu;
// The object: a few words, ending at punctuation or at a word that opens another clause ("… instead of bad developers").
const OBJECT = /^(?: (?!(?:instead|rather|but|and|because|since|while|when|who|which|that|whereas|although|though|so|yet|or)\b)[\p{L}\p{N}'’@.-]{1,30}){0,7}/u;

const EDGE = new Set(['“', '"', "'", '‘', '(', '”', '’', ')', ',']);
/** The words of a text with quotes, brackets and commas trimmed from their edges (a scan, no regex). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/u)) {
    let a = 0;
    let b = w.length;
    while (a < b && EDGE.has(w[a])) a++;
    while (b > a && EDGE.has(w[b - 1])) b--;
    if (b > a) out.push(w.slice(a, b));
  }
  return out;
}

/** Spans of blame told as what a third party did or tried ("the boss tried to blame him"). */
function reportedBlaming(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  BLAMING.lastIndex = 0;
  for (let m = BLAMING.exec(text); m; m = BLAMING.exec(text)) {
    const before = words(text.slice(Math.max(0, m.index - 60), m.index));
    // An order or a sentence that opens with the verb ("Blame the intern", "Blaming individuals …"): not a report.
    if (!before.length || /[.!?;:]\s*$/u.test(text.slice(0, m.index))) continue;
    const last = before[before.length - 1];
    if (before.slice(-4).some((w) => WRITER.test(w))) continue;
    if (!m[1]) {
      if (NOT_ACTIVE_BEFORE.test(last)) continue;
      if (m[2].toLowerCase() === 'blame' && !BARE_VERB_BEFORE.test(last)) continue;
    }
    const end = m.index + m[0].length;
    const obj = OBJECT.exec(text.slice(end));
    const objLen = obj ? obj[0].length : 0;
    if (objLen === 0) continue;
    out.push([m.index, end + objLen]);
  }
  return out;
}

// "Making a mistake is normal under pressure", "To make errors is human": erring in general, in the present.
const GENERIC_ERRING = /^(?:[\p{L}-]{2,20},? )?(?:making|committing|to make|to commit) (?:(?:a|an|the occasional|occasional|small|honest|simple|some|the odd|minor|little) )?(?:mistakes?|errors?|slips?|typos?|blunders?)(?: (?!(?:was|were|had|has|did)\b)[\p{L}-]{1,20}){0,4}? (?:is|are|happens|remains|will happen|can happen)\b(?! (?:what|why|how|exactly|precisely|the (?:reason|cause))\b)/iu;

// "Operator error is what the vendor writes in every report", "Human error is just a label for …": a label defined.
const LABEL_DEFINED = /\b(?:human|operator|pilot|user|driver|personnel|individual|personal) (?:error|mistake)s? (?:is|are) (?:(?:just|only|merely|simply|often|usually|always|mostly|typically) )?(?:(?:a|the) (?:(?:convenient|lazy|easy|generic|vague) )?(?:label|name|term|word|shorthand|catch-all|euphemism|verdict)\b|what (?:[\p{L}-]{1,20} ){1,5}?(?:calls?|writes?|says?|labels?|determines?|decides?|concludes?|puts? down|uses?)\b)/iu;

// "How could a tool that accepts any branch name be the release engineer's fault?": a rhetorical question that denies
// the fault it names (three plain tests, no gap between them).
const HOW = /^how\b/iu;
const MODAL = /\b(?:could|can|would|is|was)\b/iu;
const FAULT_ASKED = /\b(?:fault|to blame|doing)\?\s*$/iu;

/** The clauses of one sentence that name blame without making it (offsets into the sentence). */
export function reportedBlameParts(text: string): Array<[number, number]> {
  if (text.length > 600) return [];
  if (HOW.test(text) && FAULT_ASKED.test(text) && MODAL.test(text)) return [[0, text.length]];
  const out = reportedBlaming(text);
  const generic = GENERIC_ERRING.exec(text);
  if (generic) out.push([generic.index, generic.index + generic[0].length]);
  const label = LABEL_DEFINED.exec(text);
  if (label) out.push([label.index, label.index + label[0].length]);
  return out;
}
