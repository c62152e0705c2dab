/**
 * Rewrites of a phrase match (the data's suggestions filled in for the match's grammar) and
 * the measure test of action items.
 */
import { particleFor } from '../korean';
import { noPeople, subjectBefore, type People } from '../people';
import type { PhraseMatch } from './types';

function article(next: string): string {
  const w = next.trim().toLowerCase();
  // Vowel letters that sound like consonants ("a user", "a one-off") and silent h ("an hour").
  if (/^(?:u[bcfhjkmnrst][aeiou]|uni|use|eu|one|once)/u.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/u.test(w)) return 'an';
  return /^[aeiou]/u.test(w) ? 'an' : 'a';
}

function matchCase(original: string, replacement: string): string {
  const first = original.trimStart()[0];
  if (first && first !== first.toLowerCase() && replacement[0] && replacement[0] === replacement[0].toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The neutral rewrites of a match, ready to replace `match.text` (particle re-picked, case of the
 * first letter kept, `{a}`/`{be}`/`{base}` filled in). Empty when the entry has none or when the
 * match's grammar rules a mechanical rewrite out (a Korean noun used as a verb: 실수했다).
 * `""` means "delete the phrase".
 */
export function rewritesOf(match: PhraseMatch, text: string, people: People = noPeople()): string[] {
  const entry = match.compiled.entry;
  if (!entry.suggestions.length) return [];
  if (match.verbal) return [];
  // "실수를 했다" / "실수를 저질렀다": the object of a doing-verb; "공백을 했다" would not read.
  if (match.josa && /^[을를]$/u.test(match.josa) && /^\s{0,2}(?:하|했|한|할|해|저지르|저질|저지른|범하|범했|범한)/u.test(text.slice(match.end, match.end + 6))) return [];
  const original = text.slice(match.rewriteStart, match.rewriteEnd);
  const indefinite = /^(?:an?)\s/iu.test(original);
  const out: string[] = [];
  for (const template of entry.suggestions) {
    if (template === '') {
      out.push('');
      continue;
    }
    let s = template;
    if (s.includes('{be}')) {
      const subject = match.subject ?? subjectBefore(text, match.start, people);
      s = s.replace(/\{be\}/gu, subject.plural ? 'were' : 'was');
    }
    if (match.verb !== undefined) {
      const verb = match.verb.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
      s = s.replace(/\{verb\}/gu, verb).replace(/\{base\}/gu, entry.verbs?.[verb] ?? verb);
    }
    // {a} stands for the article the match had (or needs, once a possessive owner is replaced).
    const a = /\{a\}\s*/u.exec(s);
    if (a) {
      const rest = s.slice(a.index + a[0].length);
      s = s.slice(0, a.index) + (indefinite || match.owner ? `${article(rest)} ` : '') + rest;
    }
    if (match.josa) s += particleFor(s, match.josa);
    out.push(matchCase(original, s));
  }
  return [...new Set(out)];
}

/** Whether an action item's wording states a measure, a threshold or a concrete means. */
export function hasMeasure(text: string): boolean {
  return /\d|%|\b(?:under|below|above|within|at least|at most|less than|more than|fewer than|via|using|so that|until|instead of)\b|\bby\s(?:adding|using|moving|switching|enabling|introducing|replacing|removing|limiting|setting|running|requiring|automating)\b|\bfrom\b[^.\n]{1,40}\bto\b|이내|이하|이상|미만|초과|까지|통해|도입|추가|적용|자동화|으로\s?(?:변경|전환|교체)|로\s?(?:변경|전환|교체)/iu.test(text);
}
