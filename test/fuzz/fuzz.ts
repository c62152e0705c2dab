/**
 * The fuzzer behind `npm run fuzz` and the short run in the unit tests. Deterministic: a fixed
 * seed gives the same documents. Documents come from mutating the rule fixtures and the
 * examples, from generators of pathological Markdown, from hostile front matter, and are linted
 * with hostile configurations now and then. For each document it checks:
 *
 * - no exception (lint never throws, and no rule reports an internal error);
 * - no hang (each lint within a time budget);
 * - fix soundness, for a sample of single fixes and for all preferred fixes together as
 *   `--fix` applies them: edits in range and not splitting a surrogate pair, the fixed finding
 *   gone on re-lint, no new finding, a second `--fix` a no-op;
 * - idempotence (linting the same text twice gives the same findings).
 *
 * Findings are compared by rule and message with digits folded (positions in messages move
 * when a fix inserts text), as multisets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, applyPreferredFixes } from '../../src/core/fix';
import { isInternalError, lint, ENGINE_ID } from '../../src/core/lint';
import { resolveConfig, type ResolvedConfig } from '../../src/core/config';
import type { Finding, Suggestion } from '../../src/core/types';
import { fixUntilStable } from '../../src/cli/fix';
import { mulberry32 } from '../../bench/generate';

const ROOT = join(__dirname, '..', '..');

/** The benchmark's seeded PRNG (mulberry32), one copy for every seeded generator. */
export const rng = mulberry32;

/** Every Markdown file under a folder, in a stable order. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** The seed corpus: every fixture and example. */
export function seedCorpus(): string[] {
  return [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))].map((p) => readFileSync(p, 'utf8'));
}

/** Snippets a mutation inserts: Markdown syntax, line endings, scripts, and characters that break naive code. */
const SNIPPETS = [
  '\n# ', '\n## ', '\n### Timeline\n', '\n## Action Items\n', '\n## 5 Whys\n', '\n- ', '\n  - ', '\n1. ', '\n> ', '\n| a | b |\n|---|---|\n| 10:00 | x |\n',
  '\n```\n', '\n~~~\n', '<!--', '-->', '\n---\n', '**', '*', '_', '~~', '`', '[', '](', ')', '<', '>', '\\', '|', '\n\n', '\r\n', '\r', '\t',
  '\uFEFF', '\u200B', '🔥', '👩‍💻', '\uD83D', '한국어 문장', '값을 true로 잘못 넣었다', ' forgot to ', ' should have ', ' 실수로 ', ' 했어야 ', ' TBD ',
  '<!-- postmortem-disable blameful-language -->', '<!-- postmortem-disable-next-line -->', '- [ ] ', '- [x] ', 'Why? ', '왜? ', ' (root cause)',
  '10:32', '2024-05-01 10:32 UTC', '14:00 KST', '@alice', '\u0000', '\u001b[31m', '\u2028', 'http://example.com/a_b_c',
];

/** Pathological generators, kept small (the unit test runs thousands of documents). */
const PATHOLOGICAL: ((r: () => number) => string)[] = [
  (r) => '>'.repeat(40 + Math.floor(r() * 2000)) + ' deep',
  (r) => '- '.repeat(30 + Math.floor(r() * 300)) + 'x',
  (r) => Array.from({ length: 20 + Math.floor(r() * 80) }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'),
  (r) => '*a '.repeat(100 + Math.floor(r() * 1000)) + 'x' + ' a*'.repeat(100 + Math.floor(r() * 1000)),
  (r) => '*'.repeat(200 + Math.floor(r() * 2000)) + 'x' + '*'.repeat(200 + Math.floor(r() * 2000)),
  (r) => '*x'.repeat(200 + Math.floor(r() * 3000)),
  (r) => '_a '.repeat(200 + Math.floor(r() * 3000)),
  (r) => '~x'.repeat(200 + Math.floor(r() * 3000)),
  (r) => '['.repeat(100 + Math.floor(r() * 2000)) + 'x' + ']'.repeat(100 + Math.floor(r() * 2000)),
  (r) => '[a]('.repeat(100 + Math.floor(r() * 2000)),
  (r) => '| a |'.repeat(50 + Math.floor(r() * 500)) + '\n' + '|---'.repeat(50) + '|\n',
  (r) => '<!--'.repeat(100 + Math.floor(r() * 1000)),
  (r) => 'Bob forgot. '.repeat(100 + Math.floor(r() * 2000)),
  (r) => '- [ ] Fix it\n'.repeat(50 + Math.floor(r() * 500)),
  (r) => Array.from({ length: 10 + Math.floor(r() * 60) }, (_, i) => `${'  '.repeat(i)}- Why? because ${i}`).join('\n'),
];

/** Front matter that has broken engines before. */
const FRONT_MATTER = [
  '---\ntemplate: constructor\n---\n', '---\ntemplate: __proto__\n---\n', '---\n- a\n- b\n---\n', '---\n: :\n---\n', '---\ntemplate: [1, 2]\n---\n',
  '---\ndate: 2024-13-45\nseverity: {a: 1}\n---\n', '---\na: &a [*a]\n---\n', '---\nlang: ko\n---\n', '---\n__proto__: {lang: ko}\n---\n', '---\n',
];

/** Hostile or unusual configurations (validated the way a config file is). */
const CONFIGS: unknown[] = [
  { sections: { required: ['summary', 'timeline'] } },
  { sections: { required: { default: ['impact'], constructor: ['summary'] } } },
  { rules: { 'blameful-language': 'error', 'required-sections': 'off' } },
  { sections: { aliases: { timeline: ['Chronik', '사건 흐름'] } } },
  { rules: { 'blameful-language': { level: 'info', ignore: ['x'] } } },
  { severities: ['SEV1', 'SEV2'] },
  // Custom phrases: optional groups, gaps and continuations compiled from configuration, and a
  // pattern too ambiguous to compile (refused with a problem; the rest of the entry list applies).
  {
    phrases: {
      blameful: [
        { id: 'fuzz.blame.optional', patterns: ['{a|an|the|} {big|small|} {mistake|error} ... by <person>', '책임{을|} {묻|물}- ... {않|말}-'], note: 'x' },
        { id: 'fuzz.blame.hostile', patterns: [Array.from({ length: 12 }, (_, i) => (i % 2 ? '{a|an|}' : '{an|a|the|}')).join(' ') + ' x'], note: 'x' },
      ],
      vague: [{ id: 'fuzz.vague.gap', lang: 'ko', patterns: ['꼼꼼히 ... ... 확인-'], note: 'x' }],
    },
  },
];

/** One generated document, with where it came from (for reports). */
export interface FuzzDoc {
  text: string;
  origin: string;
  config?: ResolvedConfig;
}

/** Makes document number `i` of a run (deterministic in seed and i). */
export function makeDoc(corpus: readonly string[], seed: number, i: number): FuzzDoc {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const roll = r();
  let text: string;
  let origin: string;
  if (roll < 0.1) {
    const g = Math.floor(r() * PATHOLOGICAL.length);
    text = `${pick(corpus).slice(0, 2000)}\n\n${PATHOLOGICAL[g](r)}\n\n${pick(corpus).slice(0, 2000)}`;
    origin = `pathological#${g}`;
  } else if (roll < 0.18) {
    text = pick(FRONT_MATTER) + pick(corpus).replace(/^---[\s\S]*?\n---\n/, '');
    origin = 'front-matter';
  } else {
    text = pick(corpus);
    const n = 1 + Math.floor(r() * 6);
    const ops: string[] = [];
    for (let k = 0; k < n; k++) {
      const at = Math.floor(r() * (text.length + 1));
      const op = Math.floor(r() * 6);
      ops.push(String(op));
      if (op === 0) text = text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
      else if (op === 1) text = text.slice(0, at) + text.slice(at + Math.floor(r() * 200));
      else if (op === 2) {
        const len = Math.floor(r() * 400);
        text = text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
      } else if (op === 3) {
        const other = pick(corpus);
        const from = Math.floor(r() * other.length);
        text = text.slice(0, at) + other.slice(from, from + Math.floor(r() * 600)) + text.slice(at);
      } else if (op === 4) {
        const lines = text.split('\n');
        const a = Math.floor(r() * lines.length);
        const b = Math.floor(r() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        text = lines.join('\n');
      } else text = r() < 0.5 ? text.replace(/\n/g, '\r\n') : text.replace(/^(\s*)[-*+] /gm, '$1* ');
    }
    origin = `mutation(${ops.join('')})`;
  }
  const config = r() < 0.1 ? resolveConfig(pick(CONFIGS)).config : undefined;
  return { text, origin, config };
}

/** A violation found by the fuzzer. */
export interface Violation {
  kind: 'exception' | 'hang' | 'edit-range' | 'not-resolved' | 'new-finding' | 'second-fix' | 'nondeterministic';
  ruleId: string;
  doc: number;
  origin: string;
  detail: string;
  /** The document (for reproducing; trimmed in reports). */
  text: string;
}

/**
 * A finding's kind for counting: rule and message, without numbers and without quoted document text
 * (an owner finding quotes its item, so a rewrite of the item's words is not a new finding).
 */
// An owner finding quotes its item's text, which may itself hold a straight quote (`Make sure "x" works`): the item is
// cut up to the words that follow it, so that a fix elsewhere in the item (a blame word, a vague verb) does not read as
// a new finding (fuzz docs 75302 and 75789, session 11).
const OWNER_ITEM = /^(Action item |조치 항목 )"[^\n]{0,400}"(?= has no owner|에 담당자가 없습니다)|(who will do |"은\(는\) 담당자가 아닙니다: )"[^\n]{0,400}"(?=을\(를\) 맡을|$)/;
const key = (f: Finding) => `${f.ruleId}|${f.message.replace(OWNER_ITEM, (_m, a?: string, b?: string) => `${a ?? b ?? ''}…`).replace(/[“"‘「][^”"’」\n]{0,400}[”"’」]/g, '…').replace(/\d+/g, '#')}`;
/** The key findings are counted by (exported for its test). */
export const findingKey = key;

function counts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.ruleId !== ENGINE_ID) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** Keys whose count grew from `before` to `after` (after removing `removed` from before). */
function grown(before: Map<string, number>, after: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of after) if (n > (before.get(k) ?? 0)) out.push(k);
  return out;
}

function splitsPair(text: string, offset: number): boolean {
  const b = text.charCodeAt(offset - 1);
  const a = text.charCodeAt(offset);
  return b >= 0xd800 && b <= 0xdbff && a >= 0xdc00 && a <= 0xdfff;
}

/** CPU time this process has used, in ms (user + system). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Options of a fuzz run. */
export interface FuzzOptions {
  docs: number;
  seed: number;
  /** A lint that takes more CPU time than this (ms) is a hang. */
  budgetMs: number;
  /** Check every single fix of one document in this many (the all-together --fix check runs on every document). */
  singleFixEvery: number;
  /** At most this many single fixes per document. */
  maxSingleFixes: number;
  /** Lint each document twice and compare (idempotence of the lint itself). */
  determinism?: boolean;
  /** Run the all-together --fix check on one document in this many (default every one). */
  fixEvery?: number;
  /** The first document's number (default 0): a run over documents start … start+docs-1 of the seed. */
  start?: number;
  /** Called after each document (progress). */
  onDoc?: (i: number) => void;
  /** Called on each violation as it is found (a long run can be watched, and stopped early). */
  onViolation?: (v: Violation) => void;
}

/** What a run found. */
export interface FuzzReport {
  docs: number;
  docsWithFixes: number;
  singleFixesChecked: number;
  fixRuns: number;
  maxLintMs: number;
  totalMs: number;
  violations: Violation[];
}

/** How {@link checkDocument} checks one document. */
export interface CheckOptions {
  /** A lint that takes more CPU time than this (ms) is a hang. */
  budgetMs: number;
  /** Check single fixes, alone (at most this many). 0: none. */
  maxSingleFixes: number;
  /** Lint the text twice and compare. */
  determinism: boolean;
  /** Run the all-together --fix check. */
  fix: boolean;
}

/** What checking one document counted, besides its violations. */
export interface DocumentCheck {
  hasFixes: boolean;
  singleFixesChecked: number;
  fixRuns: number;
  maxLintMs: number;
  violations: Violation[];
}

/**
 * Checks one document the way the fuzzer does: no exception, no hang, edits in range, each
 * single fix (up to `maxSingleFixes`) resolving its finding without a new one, all preferred
 * fixes together as `--fix` applies them bringing no new finding, and a no-op second `--fix`.
 * Unit tests call it on the minimal reproductions of what the fuzzer once found.
 */
export function checkDocument(d: FuzzDoc, options: CheckOptions, doc = 0, onViolation?: (v: Violation) => void): DocumentCheck {
  const out: DocumentCheck = { hasFixes: false, singleFixesChecked: 0, fixRuns: 0, maxLintMs: 0, violations: [] };
  const add = (v: Omit<Violation, 'doc' | 'origin' | 'text'>, text = d.text) => {
    const violation: Violation = { ...v, doc, origin: d.origin, text };
    out.violations.push(violation);
    onViolation?.(violation);
  };
  const lintText = (text: string): Finding[] | undefined => {
    // CPU time, not wall time: on a machine shared with other work, a lint waiting for a core is not a slow lint.
    const s = cpuMs();
    const wall = performance.now();
    let findings: Finding[];
    try {
      findings = lint(text, { config: d.config }).findings;
    } catch (err) {
      add({ kind: 'exception', ruleId: '(lint)', detail: String(err) }, text);
      return undefined;
    }
    const ms = cpuMs() - s;
    out.maxLintMs = Math.max(out.maxLintMs, ms);
    if (ms > options.budgetMs) add({ kind: 'hang', ruleId: '(lint)', detail: `${Math.round(ms)} ms CPU (${Math.round(performance.now() - wall)} ms wall) for ${text.length} chars` }, text);
    for (const f of findings.filter(isInternalError)) add({ kind: 'exception', ruleId: f.ruleId, detail: f.message }, text);
    return findings;
  };
  const findings = lintText(d.text);
  if (!findings) return out;
  const again = options.determinism ? lintText(d.text) : findings;
  if (again && JSON.stringify(again) !== JSON.stringify(findings)) add({ kind: 'nondeterministic', ruleId: '(lint)', detail: 'two lints of the same text differ' });
  const fixable = findings.filter((f) => f.suggestions.length > 0);
  out.hasFixes = fixable.length > 0;
  const before = counts(findings);
  // Every suggestion's edits must be in range and keep surrogate pairs whole.
  for (const f of fixable) {
    for (const s of f.suggestions) {
      for (const e of s.edits) {
        if (!(e.start >= 0 && e.end <= d.text.length && e.start <= e.end) || splitsPair(d.text, e.start) || splitsPair(d.text, e.end)) {
          add({ kind: 'edit-range', ruleId: f.ruleId, detail: `edit ${e.start}-${e.end} of ${d.text.length}: ${s.title}` });
        }
      }
    }
  }
  // Single fixes, alone.
  const singles: { f: Finding; s: Suggestion }[] = [];
  for (const f of fixable) for (const s of f.suggestions) singles.push({ f, s });
  for (const { f, s } of singles.slice(0, options.maxSingleFixes)) {
    out.singleFixesChecked++;
    const applied = applyFixes(d.text, [s.edits]);
    if (applied.applied !== 1) continue; // reported above as edit-range
    const after = lintText(applied.text);
    if (!after) continue;
    const expected = new Map(before);
    expected.set(key(f), (expected.get(key(f)) ?? 0) - 1);
    const a = counts(after);
    if ((a.get(key(f)) ?? 0) > (expected.get(key(f)) ?? 0)) add({ kind: 'not-resolved', ruleId: f.ruleId, detail: `fix "${s.title}" leaves "${f.message}"` });
    for (const k of grown(before, a)) if (k !== key(f)) add({ kind: 'new-finding', ruleId: f.ruleId, detail: `fix "${s.title}" of ${f.ruleId} brings ${k}` });
  }
  // All preferred fixes together, as --fix does.
  if (fixable.length > 0 && options.fix) {
    out.fixRuns++;
    let result: ReturnType<typeof fixUntilStable> | undefined;
    try {
      result = fixUntilStable(d.text, { lint: (t) => lintText(t) ?? [] });
    } catch (err) {
      add({ kind: 'exception', ruleId: '(fix)', detail: String(err) });
    }
    if (result) {
      const a = counts(result.findings);
      for (const k of grown(before, a)) add({ kind: 'new-finding', ruleId: k.split('|')[0], detail: `--fix brings ${k}` });
      const second = applyPreferredFixes(result.text, result.findings);
      if (second.applied > 0 && second.text !== result.text) {
        const rules = [...new Set(result.findings.filter((f) => f.suggestions.length > 0).map((f) => f.ruleId))];
        add({ kind: 'second-fix', ruleId: rules.join(','), detail: `a second --fix still changes the text (${second.applied} fixes)` }, result.text);
      }
    }
  }
  return out;
}

/** Runs the fuzzer. */
export function fuzz(options: FuzzOptions): FuzzReport {
  const corpus = seedCorpus();
  const report: FuzzReport = { docs: 0, docsWithFixes: 0, singleFixesChecked: 0, fixRuns: 0, maxLintMs: 0, totalMs: 0, violations: [] };
  const t0 = performance.now();
  const start = options.start ?? 0;
  for (let i = start; i < start + options.docs; i++) {
    const d = makeDoc(corpus, options.seed, i);
    const c = checkDocument(
      d,
      {
        budgetMs: options.budgetMs,
        maxSingleFixes: i % options.singleFixEvery === 0 ? options.maxSingleFixes : 0,
        determinism: options.determinism !== false,
        fix: i % (options.fixEvery ?? 1) === 0,
      },
      i,
      options.onViolation,
    );
    report.docs++;
    if (c.hasFixes) report.docsWithFixes++;
    report.singleFixesChecked += c.singleFixesChecked;
    report.fixRuns += c.fixRuns;
    report.maxLintMs = Math.max(report.maxLintMs, c.maxLintMs);
    report.violations.push(...c.violations);
    options.onDoc?.(i);
  }
  report.totalMs = performance.now() - t0;
  return report;
}

/** Violations grouped as "kind rule", counted. */
export function summarize(violations: readonly Violation[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of violations) m.set(`${v.kind} ${v.ruleId}`, (m.get(`${v.kind} ${v.ruleId}`) ?? 0) + 1);
  return new Map([...m].sort((a, b) => b[1] - a[1]));
}
