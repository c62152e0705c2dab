/**
 * What the three language rules share: turning phrase matches into findings with messages in
 * the user's language, rewrites as suggestions, and `data` for adapters
 * (`{phraseId, actual, expected, note}`).
 */
import type { ActionItem } from './model/actionItems';
import type { PostmortemDocument } from './model/document';
import { SEPARATOR, sourceRange, type ProseBlock } from './model/prose';
import { particleFor } from './korean';
import { peopleOf, type People } from './people';
import { findPhrases, findPhrasesInBlocks, hasMeasure, phraseEntries, rewritesOf, type FindOptions, type Note, type PhraseKind, type PhraseListName, type PhraseMatch } from './phrases';
import type { ResolvedConfig } from './config';
import type { RuleContext, Suggestion } from './types';

const peopleCache = new WeakMap<PostmortemDocument, People>();

/** The people a document names, computed once per document. */
export function peopleFor(doc: PostmortemDocument): People {
  let people = peopleCache.get(doc);
  if (!people) {
    people = peopleOf(doc);
    peopleCache.set(doc, people);
  }
  return people;
}

/** The `ignore` option of a language rule: phrase ids not to flag. */
export function ignoredIds(options: Record<string, unknown>): Set<string> {
  const raw = options.ignore;
  return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
}

const quote = (s: string) => `“${s}”`;
const clip = (s: string) => {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** The finding message for a phrase of a kind, in both languages. */
export function phraseMessage(kind: PhraseKind, actual: string, note: Note): { en: string; ko: string } {
  const a = clip(actual);
  const topic = `${quote(a)}${particleFor(a, '은')}`;
  switch (kind) {
    case 'punitive':
      return {
        en: `${quote(a)} asks for punishment; a blameless postmortem looks for fixes, not culprits (${note.en})`,
        ko: `${topic} 처벌을 요구하는 표현입니다. 비난 없는 포스트모템은 책임자가 아니라 개선책을 찾습니다 (${note.ko})`,
      };
    case 'counterfactual':
      return {
        en: `${quote(a)} judges with hindsight; describe what was known at the time and what made the right action hard (${note.en})`,
        ko: `${topic} 결과를 알고 난 뒤의 판단입니다. 당시 알 수 있었던 것과 올바른 행동을 어렵게 만든 조건을 적어 주세요 (${note.ko})`,
      };
    case 'vague':
      return {
        en: `${quote(a)} cannot be done or checked; name the concrete change and how you will know it is done (${note.en})`,
        ko: `${topic} 완료 여부를 확인할 수 없는 조치입니다. 구체적인 변경 사항과 완료 기준을 적어 주세요 (${note.ko})`,
      };
    default:
      return {
        en: `${quote(a)} pins the incident on a person; describe the condition that allowed it (${note.en})`,
        ko: `${topic} 사고의 원인을 사람에게 돌립니다. 그 일을 가능하게 한 조건(도구, 절차, 시스템)을 적어 주세요 (${note.ko})`,
      };
  }
}

/** The text a match flags, without a Korean particle (messages quote the phrase itself). */
function actualOf(match: PhraseMatch): string {
  return match.josa ? match.text.slice(0, match.text.length - match.josa.length) : match.text;
}

function deletionEdit(text: string, start: number, end: number): { start: number; end: number; newText: string } {
  let s = start;
  let e = end;
  let forward = true;
  if (text[e] === ',' && text[e + 1] === ' ') e += 2;
  else if (text[e] === ' ' || text[e] === '\t') e++;
  else if (text[s - 1] === ' ') {
    s--;
    forward = false;
  } else forward = false;
  // "Carelessly, Bob …" → "Bob …"; "Mistakenly ran …" → "Ran …": the sentence keeps its capital.
  if (forward && /^\p{Lu}/u.test(text[start] ?? '') && /\p{Ll}/u.test(text[e] ?? '')) return { start: s, end: e + 1, newText: text[e].toUpperCase() };
  return { start: s, end: e, newText: '' };
}

/** Reports one match found in a (possibly synthetic) prose block. */
export function reportMatch(ctx: RuleContext, block: ProseBlock, match: PhraseMatch, people: People, extra: Record<string, unknown> = {}): void {
  const entry = match.compiled.entry;
  const range = sourceRange(block, match.start, match.end);
  const actual = actualOf(match);
  // What a rewrite replaces may stop short of the flagged text ("했어야 했|다" keeps its ending).
  const target = match.rewriteStart === match.start && match.rewriteEnd === match.end ? range : sourceRange(block, match.rewriteStart, match.rewriteEnd);
  // A range that crosses markup (emphasis, inline code) cannot be replaced without losing it.
  const rewrites = target.contiguous ? rewritesOf(match, block.text, people) : [];
  const suggestions: Suggestion[] = rewrites.map((r) =>
    r === ''
      ? { title: ctx.t({ en: `Remove ${quote(actual)}`, ko: `${quote(actual)} 삭제` }), edits: [deletionEdit(ctx.doc.text, target.start, target.end)] }
      : {
          title: ctx.t({ en: `Replace with ${quote(r)}`, ko: `다음으로 바꾸기: ${quote(r)}` }),
          edits: [{ start: target.start, end: target.end, newText: r }],
        },
  );
  const note = ctx.t(entry.note);
  ctx.report({
    start: range.start,
    end: range.end,
    message: ctx.t(phraseMessage(entry.kind, actual, entry.note)),
    suggestions,
    data: { phraseId: entry.id, actual: match.text, expected: rewrites, note, ...extra },
  });
}

/** Runs a prose phrase list (blameful, counterfactual) over every prose block of the document. */
export function checkProse(ctx: RuleContext, list: Exclude<PhraseListName, 'vague'>): void {
  const people = peopleFor(ctx.doc);
  const entries = phraseEntries(list, ctx.config);
  for (const { block, match } of findPhrasesInBlocks(ctx.doc.prose, entries, { people, ignore: ignoredIds(ctx.options) })) {
    reportMatch(ctx, block, match, people);
  }
}

/**
 * The prose of an action item's description as a block whose text maps to source offsets:
 * emphasis dropped, owner/due/ticket markup replaced by a separator (they are not the action,
 * and "due 2025-06-01" is not a measure of it).
 */
export function descriptionBlock(doc: PostmortemDocument, item: ActionItem): ProseBlock | undefined {
  const { start, end } = item.description;
  if (end <= start) return undefined;
  const skip = [item.owner, item.ownerPlaceholder, item.due, item.ticket].filter((s): s is NonNullable<typeof s> => !!s && s.end > s.start);
  const text: string[] = [];
  const map: number[] = [];
  const push = (c: string, at: number) => {
    if (c === SEPARATOR && text[text.length - 1] === SEPARATOR) return;
    text.push(c);
    map.push(at);
  };
  const prose = doc.prose;
  // Blocks are in document order: find the first one that can overlap, then walk forward.
  let lo = 0;
  let hi = prose.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prose[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let b = lo; b < prose.length; b++) {
    const block = prose[b];
    if (block.end <= start) continue;
    if (block.start >= end) break;
    for (let i = 0; i < block.text.length; i++) {
      const at = block.map[i];
      if (at >= 0 && (at < start || at >= end)) continue;
      if (at >= 0 && skip.some((s) => at >= s.start && at < s.end)) push(SEPARATOR, -1);
      else push(block.text[i], at);
    }
    push(SEPARATOR, -1);
  }
  while (text.length && text[text.length - 1] === SEPARATOR) {
    text.pop();
    map.pop();
  }
  if (!text.length) return undefined;
  const first = map.find((m) => m >= 0) ?? start;
  return { kind: 'paragraph', start: first, end, text: text.join(''), map };
}

/** A vague-phrase match in a string, with offsets shifted by `offset`. */
export interface TextPhraseMatch {
  phraseId: string;
  start: number;
  end: number;
  text: string;
  note: Note;
}

/**
 * Vague wording in one action item's description, as a pure function of the text (the rule
 * feeds it each description; tests feed it strings). `offset` shifts the returned offsets.
 */
export function findVagueWording(text: string, options: { offset?: number; config?: ResolvedConfig; people?: People; ignore?: ReadonlySet<string> } = {}): TextPhraseMatch[] {
  const find: FindOptions = { people: options.people, ignore: options.ignore, measured: hasMeasure(text) };
  const offset = options.offset ?? 0;
  return findPhrases(text, phraseEntries('vague', options.config), find).map((m) => ({ phraseId: m.compiled.entry.id, start: offset + m.start, end: offset + m.end, text: m.text, note: m.compiled.entry.note }));
}
