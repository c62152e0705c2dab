/**
 * What the guided 5-whys view needs from a document, as pure functions: a node identity that
 * survives re-parses, the node under a cursor, the question each node answers, and the problems
 * that make an analysis weak (blaming wording, no evidence, a chain that stops before a systemic
 * cause, a root cause that no action item addresses), each with its reason in both languages.
 */
import { rootCauseStatedApart } from './rootCauseStated';
import { defaultConfig, ruleSeverity, type ResolvedConfig } from './config';
import { customerQuestion, textLang, whyQuestion } from './fiveWhysEdits';
import { lintDocument } from './lint';
import type { ActionItem } from './model/actionItems';
import type { PostmortemDocument } from './model/document';
import type { FiveWhys, WhyNode } from './model/fiveWhys';
import { findLanguage } from './language/findings';
import { ignoredByList, peopleFor, phraseMessage } from './phraseRules';
import { blamefulLanguage } from './rules/blameful-language';
import { counterfactualLanguage } from './rules/counterfactual-language';
import { trimEndChars } from './text';
import type { Lang, Rule } from './types';

/** A node's place in the trees: [tree index, root index, child index, …]. */
export type WhyPath = readonly number[];

/** The position of a node, stable while text inside the tree is edited (not when nodes before it move). */
export function whyNodePath(trees: readonly FiveWhys[], node: WhyNode): number[] | undefined {
  const chain: WhyNode[] = [];
  for (let n: WhyNode | undefined = node; n; n = n.parent) chain.unshift(n);
  const treeIndex = trees.findIndex((t) => t.roots.includes(chain[0]));
  if (treeIndex < 0) return undefined;
  const path = [treeIndex, trees[treeIndex].roots.indexOf(chain[0])];
  for (let i = 1; i < chain.length; i++) path.push(chain[i - 1].children.indexOf(chain[i]));
  return path;
}

/** The node at a path, if the trees still have one there. */
export function whyNodeByPath(trees: readonly FiveWhys[], path: WhyPath): WhyNode | undefined {
  if (path.length < 2 || path.some((i) => !Number.isInteger(i) || i < 0)) return undefined;
  let node: WhyNode | undefined = trees[path[0]]?.roots[path[1]];
  for (let i = 2; node && i < path.length; i++) node = node.children[path[i]];
  return node;
}

/**
 * Finds a node again in a fresh parse: at its old path when the answer there is unchanged, else
 * the only node with that answer. Commands hold a node from an older version of the text, and
 * must not act on a different answer that moved into its place.
 */
export function findWhyNode(trees: readonly FiveWhys[], ref: { path?: WhyPath; text?: string }): WhyNode | undefined {
  const atPath = ref.path ? whyNodeByPath(trees, ref.path) : undefined;
  if (atPath && (ref.text === undefined || atPath.text === ref.text)) return atPath;
  if (ref.text === undefined) return undefined;
  const same = allWhyNodes(trees).filter((n) => n.text === ref.text);
  return same.length === 1 ? same[0] : undefined;
}

/** Every node of the trees, parents before children, in document order. */
export function allWhyNodes(trees: readonly FiveWhys[]): WhyNode[] {
  const out: WhyNode[] = [];
  const visit = (n: WhyNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  for (const t of trees) t.roots.forEach(visit);
  return out;
}

/** The innermost node whose answer line holds `offset`, else the innermost node around it. */
export function whyNodeAt(trees: readonly FiveWhys[], offset: number): WhyNode | undefined {
  let onLine: WhyNode | undefined;
  let around: WhyNode | undefined;
  for (const n of allWhyNodes(trees)) {
    if (n.lineStart <= offset && offset <= n.lineEnd) onLine = !onLine || n.depth >= onLine.depth ? n : onLine;
    if (n.start <= offset && offset <= n.end) around = !around || n.depth >= around.depth ? n : around;
  }
  return onLine ?? around;
}

/** Why a node is marked in the view. */
export type WhyProblemKind = 'wording' | 'no-evidence' | 'stops-early' | 'no-answers' | 'no-action-item';

/** One problem of a node, with the reason shown in its tooltip. */
export interface WhyProblem {
  kind: WhyProblemKind;
  message: string;
  /** The flagged wording (document offsets), for `wording` problems. */
  start?: number;
  end?: number;
}

/** Everything the view shows about one node. */
export interface WhyReview {
  node: WhyNode;
  path: number[];
  /** The question this node answers: written in the document, or the guided one. */
  question: string;
  /** True when the question is written in the document ("Why did …? Because …"). */
  questionWritten: boolean;
  /** The node's language (its text's, else the document's). */
  lang: Lang;
  problems: WhyProblem[];
  /** Action items that quote this answer (see {@link linkedActionItems}). */
  actionItems: ActionItem[];
}

/** Options for {@link reviewFiveWhys}. */
export interface ReviewOptions {
  config?: ResolvedConfig;
  /** Language of the messages. */
  locale?: Lang;
}

const LANGUAGE_RULES: readonly Rule[] = [blamefulLanguage, counterfactualLanguage];

/** The parts of a node an answer's text is made of. */
export type AnswerParts = Pick<WhyNode, 'text' | 'textStart' | 'textEnd' | 'evidence'>;

/** The evidence spans inside the answer text, clipped to it, in order (a label may run to the line's end). */
export function evidenceInAnswer(node: AnswerParts): { start: number; end: number }[] {
  return node.evidence
    .filter((e) => e.start >= node.textStart && e.start < node.textEnd)
    .map((e) => ({ start: e.start, end: Math.min(e.end, node.textEnd) }))
    .sort((a, b) => a.start - b.start);
}

/** Drops what evidence leaves behind at the end of an answer: "()", a dangling "(". */
export function trimEvidenceLeftovers(text: string): string {
  let out = text.trimEnd();
  for (let i = 0; i < 8; i++) {
    if (out.endsWith('(') || out.endsWith('[')) out = out.slice(0, -1).trimEnd();
    else if (out.endsWith(')') && out.slice(0, -1).trimEnd().endsWith('(')) out = out.slice(0, -1).trimEnd().slice(0, -1).trimEnd();
    else break;
  }
  return out;
}

/** The answer without its evidence (links and "evidence: …" labels), as a person would quote it. */
export function answerText(node: AnswerParts): string {
  let out = '';
  let at = node.textStart;
  for (const e of evidenceInAnswer(node)) {
    if (e.start < at) continue;
    out += node.text.slice(at - node.textStart, e.start - node.textStart);
    at = e.end;
  }
  out += node.text.slice(at - node.textStart);
  return trimEvidenceLeftovers(out.replace(/\(\s*\)/gu, ' ').replace(/\s+/gu, ' ').trim());
}

/** An answer's text as an action item would quote it: evidence and markup removed, case and spacing folded. */
export function causeKey(node: AnswerParts): string {
  return normalizeForLink(answerText(node));
}

function normalizeForLink(text: string): string {
  const folded = text
    .normalize('NFC')
    .replace(/\\\|/gu, '|')
    .replace(/[*_`“”"'‘’]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return trimEndChars(folded, '.。!?？,;:： ').toLowerCase();
}

/** Shortest answer worth matching: shorter ones ("DNS") would link to unrelated items. */
const MIN_KEY = 8;
/** A long cause may be quoted by its beginning. */
const PREFIX_KEY = 40;

/**
 * Action items linked to an answer. An item is linked when its text quotes the answer (markup,
 * evidence, case and spacing aside), or the first 40 characters of a long one. "Create Action
 * Item from Cause" writes such a quote; a hand-written item links the same way by quoting it.
 */
export function linkedActionItems(doc: PostmortemDocument, node: AnswerParts): ActionItem[] {
  const key = causeKey(node);
  if (key.length < MIN_KEY) return [];
  const needle = key.length > PREFIX_KEY ? key.slice(0, PREFIX_KEY) : key;
  return doc.actionItems.filter((item) => normalizeForLink(doc.text.slice(item.start, item.end)).includes(needle));
}

/** The question a node answers (the customer's-view question for a problem statement); evidence is left out of it. */
export function questionOf(doc: PostmortemDocument, node: WhyNode): { text: string; written: boolean } {
  if (node.question) return { text: node.question.text, written: true };
  if (!node.parent) return { text: customerQuestion(textLang(node.text, doc.language)), written: false };
  return { text: whyQuestion({ text: answerText(node.parent) }, textLang(node.parent.text, doc.language)), written: false };
}

const t = (locale: Lang, m: { en: string; ko: string }) => m[locale];

/**
 * Reviews every node of the document's 5-whys trees. Wording findings come from the language
 * rules with the given configuration (levels, ignored phrases, suppression comments apply).
 * Never throws.
 */
export function reviewFiveWhys(doc: PostmortemDocument, options: ReviewOptions = {}): Map<WhyNode, WhyReview> {
  const locale = options.locale ?? 'en';
  const config = options.config ?? defaultConfig();
  const out = new Map<WhyNode, WhyReview>();
  const trees = doc.fiveWhys;
  if (!trees.length) return out;
  const wording = lintDocument(doc, { rules: LANGUAGE_RULES, config, locale }).filter((f) => trees.some((tr) => f.start < tr.end && f.end > tr.start));
  let stated: boolean | undefined;
  for (const node of allWhyNodes(trees)) {
    const problems: WhyProblem[] = [];
    for (const f of wording) {
      if (f.start < node.lineEnd && f.end > node.lineStart) problems.push({ kind: 'wording', message: f.message, start: f.start, end: f.end });
    }
    if (node.parent && node.evidence.length === 0) {
      problems.push({
        kind: 'no-evidence',
        message: t(locale, {
          en: 'No evidence: back this answer with a verifiable fact (a dashboard, log, ticket or link)',
          ko: '근거 없음: 검증 가능한 사실(대시보드, 로그, 티켓, 링크)로 이 답을 뒷받침하세요',
        }),
      });
    }
    if (node.children.length === 0) {
      const chainHasCause = (() => {
        for (let n: WhyNode | undefined = node; n; n = n.parent) if (n.rootCause) return true;
        return false;
      })();
      if (!node.parent) {
        problems.push({
          kind: 'no-answers',
          message: t(locale, {
            en: 'No answers yet: ask "why?" until you reach a systemic, actionable cause',
            ko: '아직 답이 없습니다: 시스템적이고 조치 가능한 원인에 닿을 때까지 "왜?"를 물어보세요',
          }),
        });
      } else if (!chainHasCause && !(stated ??= rootCauseStatedApart(doc, trees))) {
        // As in five-whys-root-cause: a root-cause section or a labelled statement apart from the chain names the
        // cause the team acts on, so the view does not ask for a marker the linter does not ask for.
        problems.push({
          kind: 'stops-early',
          message: t(locale, {
            en: 'The chain stops here without a root cause: ask "why?" again, or mark this answer as the root cause if it is systemic and actionable',
            ko: '근본 원인 없이 사슬이 여기서 끝납니다: 다시 "왜?"를 묻거나, 시스템적이고 조치 가능한 원인이면 근본 원인으로 표시하세요',
          }),
        });
      }
    }
    const actionItems = node.rootCause || node.parent ? linkedActionItems(doc, node) : [];
    if (node.rootCause && actionItems.length === 0) {
      problems.push({
        kind: 'no-action-item',
        message: t(locale, {
          en: 'No action item addresses this root cause: create one (prevention, detection or mitigation) that quotes it',
          ko: '이 근본 원인을 다루는 조치 항목이 없습니다: 원인을 인용하는 재발 방지(예방, 탐지, 완화) 항목을 만드세요',
        }),
      });
    }
    const q = questionOf(doc, node);
    out.set(node, {
      node,
      path: whyNodePath(trees, node) ?? [],
      question: q.text,
      questionWritten: q.written,
      lang: textLang(node.text, doc.language),
      problems,
      actionItems,
    });
  }
  return out;
}

/** A warning about the wording of a typed answer. */
export interface WordingWarning {
  /** Offsets into the checked text. */
  start: number;
  end: number;
  message: string;
  /** How to reframe it (the finding's note). */
  note?: string;
  /** The whole text with the preferred rewrite applied, when there is one. */
  rewrite?: string;
}

/**
 * Blaming and hindsight wording in one typed answer (for an input box's `validateInput`, so it
 * runs per keystroke: phrase matching only, no Markdown parse). People named in `doc` count as
 * people; rule levels and ignored phrases of `config` apply. Never throws.
 */
export function wordingWarnings(text: string, options: { doc?: PostmortemDocument; config?: ResolvedConfig; locale?: Lang } = {}): WordingWarning[] {
  const config = options.config ?? defaultConfig();
  const locale = options.locale ?? 'en';
  if (!text.trim()) return [];
  const people = options.doc ? peopleFor(options.doc) : undefined;
  const out: WordingWarning[] = [];
  const lists: ['blameful' | 'counterfactual', Rule][] = [['blameful', blamefulLanguage], ['counterfactual', counterfactualLanguage]];
  for (const [list, rule] of lists) {
    if (!ruleSeverity(config, rule.meta.id, rule.meta.defaultSeverity)) continue;
    try {
      // The same detection as the rules: phrase lists and who-did-what, with checked rewrites.
      for (const f of findLanguage([text], list, { people, config, ignore: ignoredByList(config) })[0]) {
        out.push({ start: f.start, end: f.end, message: phraseMessage(f.kind, f.actual)[locale], note: f.note[locale], rewrite: f.rewrites[0] ? text.slice(0, f.rewrites[0].start) + f.rewrites[0].text + text.slice(f.rewrites[0].end) : undefined });
      }
    } catch {
      // A warning is a hint: a matcher failure must not block typing.
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
