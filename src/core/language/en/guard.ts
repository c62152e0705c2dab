/**
 * Session 13, second round (lang-en2): a careless manner named only as what a MEASURE guards against — the English
 * mirror of ../ko/guard.ts ("방심하지 않도록 체크리스트를 만들었다"). "We wrote a checklist so that nobody gets complacent",
 * "We added a pre-commit hook to keep anyone from negligently committing secrets", "… lest the staff grow complacent":
 * the purpose clause says what the measure prevents; nobody is said to have been careless.
 *
 * KIND: a negligence word (complacent, careless, negligent, sloppy, lax, reckless, inattentive, lazy, cutting corners)
 * inside a purpose clause — "so (that) … no one / not / never …", "in order that … not …", "lest …", "to keep / stop /
 * prevent … from …", "to avoid / guard against complacency" — attached to a measure the team took.
 * Not this kind: a pledge or a call to be careful anywhere else in the sentence ("We must stay alert so that nobody gets
 * complacent", "Please be careful so that …": a vigilance call, blame by the set's conventions, so nothing is dropped);
 * a careless act outside the purpose clause ("…, because the operator was careless last time") is still read, since only
 * the clause itself is returned.
 *
 * Pure, bounded patterns over one sentence (test/unit/regex-safety.test.ts scans this file's patterns).
 */

const NEG =
  '(?:complacen(?:t|cy)|careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy|sloppily|sloppiness|lax|laxity|reckless(?:ly|ness)?|inattentive|inattention|lazy|lazily|laziness|cut(?:ting)? corners)';

const GUARDS: RegExp[] = [
  // "so that nobody gets complacent", "so no one can carelessly push", "so we never become complacent", "in order that
  // operators do not get sloppy": a negated purpose clause. Not a result clause whose negligence word is what someone
  // saw or knew ("so no one noticed how sloppy the rollout had been").
  new RegExp(`\\b(?:so(?: that)?|in order that),? [^.;:,!?]{0,50}?(?:\\b(?:nobody|no one|no-one|none|never|not|no)\\b|n['’]t\\b)(?:(?!\\b(?:how|what|that|whether|if|why|noticed?|saw|see|seen|knew|know|known|realised|realized|spotted|found)\\b)[^.;:,!?]){0,40}?\\b${NEG}\\b`, 'giu'),
  // "lest the team grow complacent".
  new RegExp(`\\blest\\b[^.;:,!?]{0,50}?\\b${NEG}\\b`, 'giu'),
  // "to keep anyone from negligently committing", "to stop the team from getting complacent".
  new RegExp(`\\bto (?:keep|stop|prevent|discourage|deter) [^.;:,!?]{1,40}? from (?:(?:being|getting|becoming|growing|acting|working) )?${NEG}\\b`, 'giu'),
  // "to guard against complacency", "to avoid any sloppiness".
  /\bto (?:avoid|prevent|guard against|ward off|head off|counter|combat|discourage) (?:any |all )?(?:complacency|carelessness|negligence|sloppiness|laziness|laxity|recklessness|inattention)\b/giu,
];

// A call or pledge to be careful elsewhere in the sentence: the sentence exhorts, it reports no measure.
const EXHORT = /\b(?:must|should|need to|needs to|have to|has to|ought to|let['’]s|let us|please|try to|remember to)\b|\b(?:be|stay|remain|keep) (?:more |extra |very |especially )?(?:careful|vigilant|alert|attentive|cautious|mindful|focused)\b/iu;

/** The purpose clauses of one sentence in which a negligence word names what a measure prevents (offsets into it). */
export function guardedCarelessParts(s: string): [number, number][] {
  if (s.length > 600 || !/\b(?:so|lest|order|to)\b/iu.test(s)) return [];
  const out: [number, number][] = [];
  for (const re of GUARDS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
      if (!EXHORT.test(rest)) out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}
