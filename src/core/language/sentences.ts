/**
 * Sentences and quotations, for every language: where a sentence ends (. ! ? 。 and a blank
 * line or a separator; not "e.g." or "v1.2"), and which spans are quoted (speech, a mention of a
 * word), so that a report of what someone said is not read as our own wording. Linear scans.
 */
import { SEPARATOR } from '../model/prose';
import type { Sentence, Span } from './types';

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'approx', 'incl', 'no', 'cf', 'st', 'jr', 'sr', 'u.s', 'a.m', 'p.m']);
const WORD_BEFORE = /[\p{L}.]/u;

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 8 && WORD_BEFORE.test(text[i - 1])) i--;
  return ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

/** Splits a text into sentences (trimmed; empty ones dropped). Never throws. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === SEPARATOR && (text[i + 1] === '\n' || text[i - 1] === '\n')) {
      push(i);
      start = i + 1;
    } else if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 1;
    } else if (c === '。' || c === '！' || c === '？') {
      push(i + 1);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?') {
      // A sentence ends at the mark, past closing quotes and brackets, before a space or the end.
      let j = i + 1;
      while (j < text.length && j - i < 4 && /["'”’)\]*_]/u.test(text[j])) j++;
      if (j < text.length && !/\s/u.test(text[j])) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      push(j);
      start = j;
    }
  }
  push(text.length);
  return out;
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', '«': '»', '「': '」', '『': '』' };

/**
 * The quoted spans of a text (quote marks included): "…", “…”, ‘…’ (an apostrophe inside a word
 * is not a quote), 「…」. A quote left open closes at the end of its line.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    // 'Korean in straight single quotes' ('제가 실수한 것 같아요'라는): a quote when it holds Hangul,
    // so that English apostrophes (don't, Ops') never open one.
    if (c === "'" && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) {
      let j = i + 1;
      while (j < text.length && j - i < 300 && text[j] !== "'" && text[j] !== '\n') j++;
      if (text[j] === "'" && /[\uac00-\ud7a3]/u.test(text.slice(i + 1, j))) {
        out.push({ start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    const close = PAIRS[c];
    const opensWord = c !== '‘' || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ');
    if (close && opensWord) {
      let j = i + 1;
      while (j < text.length && text[j] !== close && text[j] !== '\n') {
        // ’ inside a ‘…’ quote may be an apostrophe ("‘don’t’"): only one before a non-letter closes.
        j++;
      }
      if (close === '’') {
        j = i + 1;
        while (j < text.length && text[j] !== '\n' && !(text[j] === '’' && !/[\p{L}]/u.test(text[j + 1] ?? ' '))) j++;
      }
      if (j < text.length && text[j] === close) {
        out.push({ start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
      // Not closed on its line: no quote starts again before the line ends (keeps the scan linear).
      i = Math.max(i + 1, j);
      continue;
    }
    i++;
  }
  return out;
}

/** Whether a range lies inside one of the spans. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  // Spans are sorted and disjoint: the last one starting at or before `start` is the only candidate.
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && end <= spans[found].end;
}
