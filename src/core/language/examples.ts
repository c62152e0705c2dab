/**
 * Session 15 (vague). EXAMPLES IN AN ACTION ITEM: a vague word inside an example, an illustration or an open list of an
 * item ("(including gcc artifacts and more)", ", e.g. try to allow-list our own mirror …", "(예: 덜 중요한 작업부터)",
 * "예를 들어 … 최대한 적용") says nothing about whether the item itself is concrete: the item names its change before the
 * example, and the example only shows where it applies. vague-action-item does not report a finding that lies wholly
 * inside one of these spans (a vague word outside them, "Improve alerting (e.g. more thresholds)", is still reported).
 *
 * The spans, in an item's description:
 * - a clause opened by an example marker ("e.g.", "for example", "for instance", "such as", "including", 예:, 예를 들어,
 *   가령, 이를테면), after at least two words of the item, up to the end of its clause (a closing bracket, ";", a sentence's
 *   end, a spaced dash);
 * - a parenthesis that opens with such a marker, or that holds an open list ("…, Y and more", "… etc.", "… 등"), after at
 *   least two words of the item;
 * - the words that close an open list ("and more", "and so on", "etc."), wherever the list stands.
 * A parenthesis that only comments on the item ("(maybe later)", "(if possible)", "(추후 검토)") is none of these: a hedge or a
 * deferral of the whole item stays the item's.
 *
 * Scans and bounded regexes only (linear).
 */
import type { Span } from './types';

// A marker that opens an example: at a word boundary (start, space, bracket or comma before it).
const MARKER = /(?<![\p{L}\p{N}])(?:e\.\s?g\.?|eg\.|for example|for instance|such as|including|incl\.|예를\s?들(?:어|면)|예\s?[:：)]|가령|이를테면)(?![\p{L}\p{N}])/giu;
// The words that close an open list, before the end of the item or a closing mark.
const LIST_END = /(?<![\p{L}\p{N}])(?:and (?:much |many )?more|and so on|and the like|etc\.?|등등?)(?=\s*(?:[)）\].,;:!?]|$))/giu;
// A word after a comma that opens a new clause, not a list member.
const NEW_CLAUSE = /^\s(?:then|and then|but|so|which|who|a|an|the|we|they|it|this|that|these|those|our|while|because|since|if|when|unless|otherwise)\b/iu;
// An item that opens with a subordinate clause ("If tools such as X are available, …"): an example marker in it belongs to
// the condition, and the clause runs into the item's main clause.
const SUBORDINATE_OPENING = /^\W*(?:if|when|whenever|once|unless|while|although|though|because|since|as soon as|where|after|before|until)\b/iu;
// Abbreviations whose period ends no clause.
const ABBREV = /(?:^|[^\p{L}])(?:e\.g|i\.e|eg|etc|incl|vs|approx|cf)$/iu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’-]*/gu;

/** Whether at least two words stand in `text` (the item before an example). */
function twoWords(text: string): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text)) if (++n >= 2) return true;
  return false;
}

/** Where the clause that starts at `from` ends: a closing bracket it did not open, ";", a sentence's end, a spaced dash, a line break. */
function clauseEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（' || c === '[') depth++;
    else if (c === ')' || c === '）' || c === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ';' || c === '\n') return i;
    else if ((c === '.' || c === '!' || c === '?' || c === '。') && (i + 1 >= text.length || /\s/u.test(text[i + 1])) && !(c === '.' && ABBREV.test(text.slice(Math.max(0, i - 8), i)))) return i;
    else if ((c === '—' || c === '–' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') return i - 1;
    // ", then …", ", the …", ", we …": a comma before a word that opens a new clause ends the example (a comma before a
    // list member does not: "e.g. alpine, debian and ubuntu"). Ending early keeps more findings: the safe side.
    else if (c === ',' && NEW_CLAUSE.test(text.slice(i + 1, i + 16))) return i;
  }
  return text.length;
}

/** The closing bracket of the parenthesis opened at `open`, or -1 (none within 300 characters or on its line). */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i - open < 300; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The spans of an action item's description that are examples or open lists (offsets into `text`), in order. */
export function exampleSpans(text: string): Span[] {
  if (text.length > 2000) return [];
  const out: Span[] = [];
  // Parentheses that hold an example or an open list.
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '(' && c !== '（') continue;
    const close = closingOf(text, i);
    if (close < 0) continue;
    if (twoWords(text.slice(0, i))) {
      const inner = text.slice(i + 1, close).trim();
      MARKER.lastIndex = 0;
      const m = MARKER.exec(inner);
      LIST_END.lastIndex = 0;
      const list = LIST_END.exec(inner);
      if ((m && m.index === 0) || (list && list.index + list[0].length >= inner.replace(/[.。]$/u, '').length)) out.push({ start: i, end: close + 1 });
    }
    i = close;
  }
  // Example clauses outside parentheses (inside one, the parenthesis is the span when it opens with the marker).
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (out.some((s) => s.start <= m!.index && m!.index < s.end)) continue;
    if (!twoWords(text.slice(0, m.index)) || SUBORDINATE_OPENING.test(text)) continue;
    const end = clauseEnd(text, m.index + m[0].length);
    out.push({ start: m.index, end });
    MARKER.lastIndex = Math.max(MARKER.lastIndex, end);
  }
  // The words that close an open list.
  LIST_END.lastIndex = 0;
  for (let m = LIST_END.exec(text); m; m = LIST_END.exec(text)) {
    if (m.index > 0 && /[,\s]/u.test(text[m.index - 1])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the span [start, end) lies wholly inside one of `spans`. */
export function insideExample(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
