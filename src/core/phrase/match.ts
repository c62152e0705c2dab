/**
 * Matching phrase entries in prose: one regex run per pattern over all blocks joined, a needle
 * pre-scan, context exclusions, subject checks. Pure; never throws on any input.
 */
import type { ProseBlock } from '../model/prose';
import { SEPARATOR } from '../model/prose';
import { noPeople, phraseKind, stripKoreanParticle, subjectBefore, type Subject } from '../people';
import { escapeChar, leftBoundary } from './pattern';
import type { CompiledEntry, CompiledPattern, FindOptions, PhraseMatch } from './types';

// Blocks are searched as one string so that each regex runs once per document, not once per block.
// The joint holds U+FFFC, which no pattern matches across.
const JOINT = `\n${SEPARATOR}\n`;

const needleScanners = new WeakMap<readonly CompiledEntry[], { regex: RegExp; contained: Map<string, string[]> }>();

/**
 * The needles of `entries` that occur in `lower`, found in one pass: a regex of all needles in a
 * look-ahead, so that overlapping needles are all seen. One scan instead of an `includes` per
 * needle keeps long documents cheap: most patterns cannot match and are skipped.
 */
function needlesIn(lower: string, entries: readonly CompiledEntry[]): Set<string> {
  let scanner = needleScanners.get(entries);
  if (!scanner) {
    const all = [...new Set(entries.flatMap((e) => e.patterns.flatMap((p) => p.needles)))].sort((a, b) => b.length - a.length);
    const contained = new Map(all.map((n) => [n, all.filter((o) => o !== n && n.includes(o))]));
    scanner = { regex: new RegExp(`(?=(${all.map((n) => [...n].map(escapeChar).join('')).join('|') || '(?!)'}))`, 'gu'), contained };
    needleScanners.set(entries, scanner);
  }
  const found = new Set<string>();
  const re = scanner.regex;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const n = m[1];
    if (!found.has(n)) {
      found.add(n);
      for (const inner of scanner.contained.get(n) ?? []) found.add(inner);
    }
    re.lastIndex = m.index + 1;
  }
  return found;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function blockIndex(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function excludedByContext(compiled: CompiledEntry, text: string, start: number, end: number): boolean {
  if (!compiled.unless.length) return false;
  const from = Math.max(0, start - 80);
  const window = text.slice(from, Math.min(text.length, end + 80));
  for (const u of compiled.unless) {
    u.regex.lastIndex = 0;
    for (let m = u.regex.exec(window); m; m = u.regex.exec(window)) {
      if (m[0] === '' || !leftBoundary(window, m.index, u.left)) {
        u.regex.lastIndex = m.index + 1;
        continue;
      }
      if (overlaps({ start: from + m.index, end: from + m.index + m[0].length }, { start, end })) return true;
      if (from + m.index >= end) break;
    }
  }
  return false;
}

/**
 * "We failed to validate that …": the team naming a gap in its own checks, of itself as a whole, is how a cause
 * is written, not blame ("I failed to", "Kofi failed to" still are). The one place this reading lives: the phrase
 * lists (here) and the English prose reading (language/en/prose.ts) both ask it.
 */
export function teamNamesOwnGap(subject: string | undefined, phrase: string): boolean {
  // "We also failed to …", "what we failed to take into consideration was …": the same gap, with an adverb or as a
  // free relative.
  return subject !== undefined && WE_AS_TEAM.test(subject) && /^fail(?:ed|s)[ \t]+to\b/iu.test(phrase);
}
const WE_AS_TEAM = /^(?:what[ \t]+)?we(?:[ \t]+(?:also|then|initially|simply|ultimately|again|still|further|clearly|collectively|all))?$/iu;

function accept(compiled: CompiledEntry, pattern: CompiledPattern, text: string, m: RegExpExecArray, offset: number, options: FindOptions, measured: boolean): PhraseMatch | undefined {
  const people = options.people ?? noPeople();
  const idx = m.indices?.groups ?? {};
  const groups = m.groups ?? {};
  let start = m.index - offset;
  let end = m.index + m[0].length - offset;
  let owner = false;
  if (pattern.lead) {
    const before = text.slice(Math.max(0, start - 48), start);
    const found = pattern.lead.regex.exec(before);
    const who = found ? found[0].trim().replace(/['’]s$/u, '') : '';
    const isPerson = !!found && (/^(?:his|her|their|my|our|your)$/iu.test(who) || phraseKind(who.replace(/의$/u, ''), people) === 'person');
    if (pattern.lead.slot === 'person') {
      // "담당자가 잘못했다" is a subject and a verb, not "the person's fault": only 의 or no particle.
      const particle = /[\uac00-\ud7a3]$/u.test(who) ? stripKoreanParticle(who).particle : '';
      if (!isPerson || (particle && particle !== '의')) return undefined;
      start -= found![0].length;
    } else if (isPerson) {
      start -= found![0].length;
      owner = true;
    }
  }
  if (groups.person !== undefined && phraseKind(groups.person, people) !== 'person') return undefined;
  const rewriteEnd = groups.cont !== undefined && idx.cont ? idx.cont[0] - offset : undefined;
  let josa: string | undefined;
  let verbal: string | undefined;
  if (groups.josa !== undefined && idx.josa) {
    josa = groups.josa;
    end = idx.josa[1] - offset;
  } else if (groups.verbal !== undefined) verbal = groups.verbal;
  const entry = compiled.entry;
  if (entry.measured && measured) return undefined;
  let subject: Subject | undefined;
  if (entry.subject) {
    subject = subjectBefore(text, start, people);
    if (entry.subject === 'person' ? subject.kind !== 'person' : subject.kind === 'thing') return undefined;
    if (teamNamesOwnGap(subject.word, text.slice(start, end))) return undefined;
  }
  if (excludedByContext(compiled, text, start, end)) return undefined;
  // A pattern that starts mid-word ("-했어야 했-") reports the whole word: "확인했어야 했다".
  const rewriteStart = start;
  if (pattern.left === 'none' && !pattern.lead) while (start > 0 && start > rewriteStart - 20 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  return { compiled, start, end, text: text.slice(start, end), rewriteStart, rewriteEnd: rewriteEnd ?? end, josa, verbal, verb: groups.verb, owner, subject };
}

/**
 * Finds the phrases of `entries` in each text. Matches of one text never overlap: the earliest
 * wins, then the longest, then the entry listed first. Pure; never throws on any input.
 */
export function findPhrasesInTexts(texts: readonly string[], entries: readonly CompiledEntry[], options: FindOptions = {}): PhraseMatch[][] {
  const results: PhraseMatch[][] = texts.map(() => []);
  if (!texts.length || !entries.length) return results;
  const starts: number[] = [];
  let pos = 0;
  for (const t of texts) {
    starts.push(pos);
    pos += t.length + JOINT.length;
  }
  const joined = texts.join(JOINT);
  const present = needlesIn(joined.toLowerCase(), entries);
  for (const compiled of entries) {
    if (options.ignore?.has(compiled.entry.id)) continue;
    for (const pattern of compiled.patterns) {
      if (pattern.needles.length && !pattern.needles.some((n) => present.has(n))) continue;
      const re = pattern.regex;
      re.lastIndex = 0;
      for (let m = re.exec(joined); m; m = re.exec(joined)) {
        if (m[0] === '' || !leftBoundary(joined, m.index, pattern.left)) {
          // Retry from the next character: a match may start inside the rejected one.
          re.lastIndex = m.index + 1;
          continue;
        }
        const b = blockIndex(starts, m.index);
        const measured = Array.isArray(options.measured) ? options.measured[b] === true : options.measured === true;
        const found = accept(compiled, pattern, texts[b], m, starts[b], options, measured);
        if (found) results[b].push(found);
      }
    }
  }
  for (let b = 0; b < results.length; b++) {
    const all = results[b];
    if (all.length < 2) continue;
    all.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start) || x.compiled.order - y.compiled.order);
    // Sorted by start, a match overlaps a kept one exactly when it starts before the kept ones end.
    const kept: PhraseMatch[] = [];
    let keptEnd = -1;
    for (const m of all) {
      if (m.start < keptEnd) continue;
      kept.push(m);
      keptEnd = m.end;
    }
    results[b] = kept;
  }
  return results;
}

/** Finds the phrases of `entries` in one text (see {@link findPhrasesInTexts}). */
export function findPhrases(text: string, entries: readonly CompiledEntry[], options: FindOptions = {}): PhraseMatch[] {
  return findPhrasesInTexts([text], entries, options)[0];
}

/** Where a match sits in a prose block, for rules that report on blocks. */
export interface BlockMatch {
  block: ProseBlock;
  match: PhraseMatch;
}

/** Finds phrases in prose blocks (see {@link findPhrasesInTexts}). */
export function findPhrasesInBlocks(blocks: readonly ProseBlock[], entries: readonly CompiledEntry[], options: FindOptions = {}): BlockMatch[] {
  const per = findPhrasesInTexts(blocks.map((b) => b.text), entries, options);
  const out: BlockMatch[] = [];
  per.forEach((matches, i) => {
    for (const match of matches) out.push({ block: blocks[i], match });
  });
  return out;
}
