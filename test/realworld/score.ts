/**
 * Scores the engine against the hand-judged real-world corpus (test/realworld/{dev,holdout}).
 * Each `<id>.md` has an `<id>.expected.yaml` listing every finding a careful reader expects
 * (rule, line, why). Used by `npm run bench:realworld` and by test/unit/realworld.test.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lint } from '../../src/core/lint';

/** The rules whose findings are judged by hand on this corpus. */
export const JUDGED_RULES = [
  'timeline-timestamp',
  'timeline-order',
  'timeline-timezone',
  'action-item-owner',
  'required-sections',
  'five-whys-root-cause',
  'blameful-language',
  'counterfactual-language',
  'vague-action-item',
] as const;

/** Structural rules (issue 7's precision target) and language rules (issue 8's). */
export const STRUCTURAL_RULES = JUDGED_RULES.slice(0, 6);
export const LANGUAGE_RULES = JUDGED_RULES.slice(6);

/** Rules judged per document rather than per line: matched by count, whatever line they sit on. */
const DOCUMENT_LEVEL = new Set<string>(['required-sections', 'timeline-timezone']);

export type Split = 'dev' | 'holdout';

/** One expected or actual finding of a judged rule. */
export interface Item {
  rule: string;
  line?: number;
  why?: string;
  message?: string;
  /** Engine findings: the detection id (a language rule's phrase id, `data.phraseId`). */
  detection?: string;
  /** Engine findings: whether the finding offers a quick fix with edits (a rewrite). */
  rewrite?: boolean;
}

/** A document of the corpus with its expectations and what the engine reported. */
export interface DocScore {
  id: string;
  split: Split;
  lang: string;
  expected: Item[];
  actual: Item[];
  /** Engine findings that match an expectation. */
  hits: Item[];
  /** Engine findings nobody expected: wrong findings. */
  wrong: Item[];
  /** Expectations the engine did not report: missed findings. */
  missing: Item[];
}

/** Counts per rule. */
export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const ROOT = __dirname;

export function loadExpected(file: string): Item[] {
  const data = parseYaml(readFileSync(file, 'utf8')) as { findings?: unknown } | null;
  const list = Array.isArray(data?.findings) ? data.findings : [];
  const out: Item[] = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object') throw new Error(`${file}: a finding is not a mapping`);
    const f = raw as Record<string, unknown>;
    const rule = String(f.rule ?? '');
    if (!(JUDGED_RULES as readonly string[]).includes(rule)) throw new Error(`${file}: unknown or unjudged rule "${rule}"`);
    const line = f.line === undefined || f.line === null ? undefined : Number(f.line);
    if (line !== undefined && !(Number.isInteger(line) && line > 0)) throw new Error(`${file}: bad line ${String(f.line)}`);
    if (line === undefined && !DOCUMENT_LEVEL.has(rule)) throw new Error(`${file}: a ${rule} finding needs a line`);
    out.push({ rule, line, why: f.why === undefined ? undefined : String(f.why) });
  }
  return out;
}

/**
 * Parses an `--only` value: comma-separated document ids or id prefixes ("en-posthog-,ko-portone-payment-window-2023").
 * Returns a predicate on document ids, or undefined for an empty value (no filter).
 */
export function parseOnly(value: string | undefined): ((id: string) => boolean) | undefined {
  const parts = (value ?? '').split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return undefined;
  return (id) => parts.some((p) => id === p || id.startsWith(p));
}

/** Lists the corpus documents of the given splits (only those `only` accepts, when given). */
export function corpusDocuments(
  splits: readonly Split[] = ['dev', 'holdout'],
  only?: (id: string) => boolean,
): { id: string; split: Split; path: string }[] {
  const docs: { id: string; split: Split; path: string }[] = [];
  for (const split of splits) {
    const dir = join(ROOT, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const id = name.slice(0, -3);
      if (only && !only(id)) continue;
      docs.push({ id, split, path: join(dir, name) });
    }
  }
  return docs;
}

/** Rules judged per sentence: a judge names the sentence's first line, the engine the phrase's line. */
const SENTENCE_LEVEL = new Set<string>(LANGUAGE_RULES);

/** True when lines from..to (1-based) of the text belong to one paragraph (no blank line between). */
function sameParagraph(lines: readonly string[], from: number, to: number): boolean {
  if (to < from || to - from > 6) return false;
  for (let l = from; l <= to; l++) if ((lines[l - 1] ?? '').trim() === '') return false;
  return true;
}

export function matchDocument(expected: Item[], actual: Item[], text: string): { hits: Item[]; wrong: Item[]; missing: Item[] } {
  const open = [...expected];
  const hits: Item[] = [];
  const lines = text.split(/\r?\n/);
  const take = (a: Item, ok: (e: Item) => boolean): boolean => {
    const i = open.findIndex((e) => e.rule === a.rule && ok(e));
    if (i < 0) return false;
    hits.push(a);
    open.splice(i, 1);
    return true;
  };
  // Exact places first, so that a nearby finding never takes another one's expectation.
  const rest = actual.filter((a) => !take(a, (e) => DOCUMENT_LEVEL.has(a.rule) || e.line === a.line));
  const wrong = rest.filter((a) => !(SENTENCE_LEVEL.has(a.rule) && a.line !== undefined && take(a, (e) => e.line !== undefined && sameParagraph(lines, e.line, a.line!))));
  return { hits, wrong, missing: open };
}

/** Lints every document of the splits (only those `only` accepts, when given) and matches the findings with the expectations. */
export function scoreCorpus(splits: readonly Split[] = ['dev', 'holdout'], only?: (id: string) => boolean): DocScore[] {
  const judged = new Set<string>(JUDGED_RULES);
  return corpusDocuments(splits, only).map(({ id, split, path }) => {
    const expectedFile = path.replace(/\.md$/, '.expected.yaml');
    if (!existsSync(expectedFile)) throw new Error(`${id}: no expected.yaml beside the document`);
    const expected = loadExpected(expectedFile);
    const text = readFileSync(path, 'utf8');
    const actual = lint(text).findings
      .filter((f) => judged.has(f.ruleId))
      .map((f) => ({ rule: f.ruleId, line: f.line, message: f.message, detection: typeof f.data?.phraseId === 'string' ? f.data.phraseId : undefined, rewrite: f.suggestions.some((x) => x.edits.length > 0) }));
    return { id, split, lang: id.startsWith('ko-') ? 'ko' : 'en', expected, actual, ...matchDocument(expected, actual, text) };
  });
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Precision and recall per rule over the given document scores (plus `all`, `structural`, `language`). */
export function ruleScores(docs: readonly DocScore[]): Record<string, RuleScore> {
  const out: Record<string, RuleScore> = {};
  const add = (key: string, tp: number, fp: number, fn: number) => {
    const s = (out[key] ??= { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
    s.tp += tp;
    s.fp += fp;
    s.fn += fn;
  };
  for (const rule of JUDGED_RULES) {
    let tp = 0, fp = 0, fn = 0;
    for (const d of docs) {
      tp += d.hits.filter((x) => x.rule === rule).length;
      fp += d.wrong.filter((x) => x.rule === rule).length;
      fn += d.missing.filter((x) => x.rule === rule).length;
    }
    add(rule, tp, fp, fn);
    add((STRUCTURAL_RULES as readonly string[]).includes(rule) ? 'structural' : 'language', tp, fp, fn);
    add('all', tp, fp, fn);
  }
  for (const s of Object.values(out)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return out;
}

/** Right findings of a rule that offer a rewrite (a quick fix with edits), of all right findings of that rule. */
export interface RewriteCoverage {
  right: number;
  withRewrite: number;
}

/** Rewrite coverage of the right findings, per language rule (the guide: "most flagged blame offered no rewrite"). */
export function rewriteCoverage(docs: readonly DocScore[]): Record<string, RewriteCoverage> {
  const out: Record<string, RewriteCoverage> = {};
  for (const rule of LANGUAGE_RULES) {
    const hits = docs.flatMap((d) => d.hits.filter((h) => h.rule === rule));
    out[rule] = { right: hits.length, withRewrite: hits.filter((h) => h.rewrite).length };
  }
  return out;
}

/** The right findings that offer no rewrite, by detection id (most first), each with its places (`id:line`). */
export function rightWithoutRewrite(docs: readonly DocScore[]): { rule: string; detection: string; places: string[] }[] {
  const by = new Map<string, { rule: string; detection: string; places: string[] }>();
  for (const d of docs) {
    for (const h of d.hits) {
      if (!(LANGUAGE_RULES as readonly string[]).includes(h.rule) || h.rewrite) continue;
      const detection = h.detection ?? '(no id)';
      const key = `${h.rule}\u0000${detection}`;
      const e = by.get(key) ?? { rule: h.rule, detection, places: [] };
      e.places.push(`${d.id}:${h.line ?? '?'}`);
      by.set(key, e);
    }
  }
  return [...by.values()].sort((a, b) => b.places.length - a.places.length || a.rule.localeCompare(b.rule) || a.detection.localeCompare(b.detection));
}
