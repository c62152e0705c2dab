/**
 * Session 18 (fixes): a rewrite keeps the marks around the words it replaces. A module builds its rewrite from the
 * sentence's words and may take a mark that belongs to the text around them: a bracket that opens the sentence
 * ("(Kenji showed a shocking disregard …)" → "Nothing in the process enforced …)"), one that closes it ("(… that would
 * have caught X last week)" → "(… was not part of the process at the time"), or one quote mark of a quoted phrase it
 * paraphrases ('they "let the host go to sleep".' → 'nothing alerted them while the host went to sleep".'). Every rewrite
 * of the two prose lists, from any source (phrase lists, modules, fallbacks), goes through {@link keepMarks} before it is
 * checked: a mark the replacement drops at an edge of the span is left outside the span; a quotation whose one mark the
 * span takes and whose other mark sits just outside it is taken whole (a paraphrase is no longer a quotation); a
 * rewrite that still changes the marks (a table cell border, bold or code marks, an unbalanced bracket or quote) is not
 * offered. Bounded: a few passes over the replaced span and the replacement.
 */
import type { Rewrite } from './types';

/** Marks that pair with another one. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
];
/** Marks that open and close with the same sign ("…", **…**, `…`), and table cell borders. */
const SAME = ['**', '"', '`', '|'] as const;

/** Every mark, longest first. */
const EDGE: readonly string[] = [...SAME, ...PAIRS.flat()].sort((a, b) => b.length - a.length);

const count = (s: string, m: string): number => {
  let n = 0;
  for (let i = s.indexOf(m); i >= 0; i = s.indexOf(m, i + m.length)) n++;
  return n;
};

/** Opening minus closing marks of a pair. */
const balance = (s: string, [o, c]: readonly [string, string]): number => count(s, o) - count(s, c);

/** Whether a plain double quote count differs in parity, and the other same-sign marks in number. */
function sameDiffers(o: string, t: string, m: string): boolean {
  return m === '"' ? (count(o, m) - count(t, m)) % 2 !== 0 : count(o, m) !== count(t, m);
}

function damaged(o: string, t: string): boolean {
  return PAIRS.some((p) => balance(o, p) !== balance(t, p)) || SAME.some((m) => sameDiffers(o, t, m));
}

/**
 * The rewrite with the marks of the text kept, or undefined when no form of it keeps them. A rewrite that already keeps
 * them is returned as it is (the same object).
 */
export function keepMarks(text: string, r: Rewrite): Rewrite | undefined {
  let t = r.text;
  let s = r.start;
  let e = r.end;
  if (!damaged(text.slice(s, e), t)) return r;
  // Marks the span and the replacement share at an edge are left where they are: the edit is the same without them.
  for (let pass = 0; pass < 8; pass++) {
    const m = EDGE.find((x) => text.startsWith(x, s) && t.startsWith(x) && s + x.length < e) ?? '';
    const n = EDGE.find((x) => text.slice(s, e).endsWith(x) && t.endsWith(x) && e - x.length > s) ?? '';
    if (!m && !n) break;
    s += m.length;
    t = t.slice(m.length, t.length - n.length);
    e -= n.length;
  }
  for (let pass = 0; pass < 8; pass++) {
    const o = text.slice(s, e);
    if (!damaged(o, t)) break;
    let moved = false;
    for (const p of PAIRS) {
      const d = balance(o, p) - balance(t, p);
      if (d > 0) {
        // An opening mark too many in the span: it opens the text around it, or a quotation the span paraphrases.
        if (o.startsWith(p[0]) && !t.startsWith(p[0])) s += p[0].length;
        else if (text.startsWith(p[1], e)) e += p[1].length;
        else continue;
      } else if (d < 0) {
        if (o.endsWith(p[1]) && !t.endsWith(p[1])) e -= p[1].length;
        else if (s >= p[0].length && text.startsWith(p[0], s - p[0].length)) s -= p[0].length;
        else continue;
      } else continue;
      moved = true;
      break;
    }
    if (!moved) {
      for (const m of SAME) {
        if (!sameDiffers(o, t, m)) continue;
        // A cell border is never moved over: a rewrite that takes one is not offered.
        if (m === '|') return undefined;
        if (o.startsWith(m) && !t.startsWith(m)) s += m.length;
        else if (o.endsWith(m) && !t.endsWith(m)) e -= m.length;
        else if (count(o, m) > count(t, m) && text.startsWith(m, e)) e += m.length;
        else if (count(o, m) > count(t, m) && s >= m.length && text.startsWith(m, s - m.length)) s -= m.length;
        else continue;
        moved = true;
        break;
      }
    }
    if (!moved || s >= e) return undefined;
  }
  if (s >= e || damaged(text.slice(s, e), t)) return undefined;
  return { ...r, start: s, end: e, text: t };
}
