/**
 * `npm run bench`: the whole lint (parse + model + every rule) against a bare remark parse and
 * markdownlint (default rules) on generated postmortems of ~10 KB, ~90 KB and ~450 KB, in one run.
 * Prints a table, writes `bench/results.json` (not committed) and `bench/RESULTS.md` (committed
 * as a sample, with machine info and date).
 *
 * Environment: BENCH_BUDGET_MS (total measuring time, default 60000, shared by the sizes in
 * proportion to their length), BENCH_SIZES (e.g. "10000,90000"), BENCH_SCALING=0 and BENCH_LATENCY=0
 * (skip the growth table and the keystroke → diagnostics table, bench/latency.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch, loadavg } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseMarkdown } from '../src/core/model/markdown';
import { lint as markdownlint } from 'markdownlint/sync';
import { lint } from '../src/core/lint';
import { allRules } from '../src/core/rules';
import { generatePostmortem } from './generate';
import { scalingTable } from './scaling';
import { latencyTable, printLatency } from './latency';

/** One measured task. */
interface Task {
  name: 'lint' | 'parse' | 'gfmParse' | 'markdownlint';
  run(text: string): unknown;
}

/** Timings of one task on one size, in milliseconds. */
export interface TaskStats {
  median: number;
  p90: number;
  min: number;
  iterations: number;
}

/** Results for one document size. */
export interface SizeResult {
  label: string;
  bytes: number;
  chars: number;
  lines: number;
  findings: number;
  findingsByRule: Record<string, number>;
  lint: TaskStats;
  parse: TaskStats;
  /** The engine's own parse (remark-parse + GFM tables, task lists, strikethrough): the floor under `lint`. */
  gfmParse: TaskStats;
  markdownlint: TaskStats;
  /** lint median / parse median. Target ≤ 2 on the largest document. */
  lintOverParse: number;
  /** lint median / markdownlint median. Target ≤ 1 on the largest document. */
  lintOverMarkdownlint: number;
}

/** Fewer samples than this make a median meaningless, whatever the time budget says. */
const MIN_ROUNDS = 5;

const bareParser = unified().use(remarkParse);

const tasks: Task[] = [
  { name: 'lint', run: (text) => lint(text) },
  { name: 'parse', run: (text) => bareParser.parse(text) },
  { name: 'gfmParse', run: (text) => parseMarkdown(text) },
  { name: 'markdownlint', run: (text) => markdownlint({ strings: { doc: text } }) },
];

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function stats(samples: number[]): TaskStats {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p90: quantile(s, 0.9), min: s[0], iterations: s.length };
}

function time(task: Task, text: string): number {
  const t0 = performance.now();
  task.run(text);
  return performance.now() - t0;
}

function label(bytes: number): string {
  return `~${Math.round(bytes / 1000)} KB`;
}

/**
 * Measures every task on one text. Tasks are interleaved (one of each per round, rotating
 * the order) so that drift in machine load and GC pressure hits them alike.
 */
function measure(text: string, budgetMs: number, minRounds: number): Record<Task['name'], TaskStats> {
  // Warm-up: let the JIT settle on every code path before any sample counts (at least one round,
  // up to a tenth of the budget; larger documents run code the smaller ones already warmed).
  const warm = performance.now();
  for (let i = 0; i < 50 && (i < 1 || performance.now() - warm < budgetMs * 0.1); i++) for (const t of tasks) t.run(text);
  const samples: Record<Task['name'], number[]> = { lint: [], parse: [], gfmParse: [], markdownlint: [] };
  const start = performance.now();
  for (let round = 0; round < 5000; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const task = tasks[(round + k) % tasks.length];
      samples[task.name].push(time(task, text));
    }
    if (round + 1 >= minRounds && performance.now() - start > budgetMs * 0.9) break;
  }
  return { lint: stats(samples.lint), parse: stats(samples.parse), gfmParse: stats(samples.gfmParse), markdownlint: stats(samples.markdownlint) };
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function pkgVersion(name: string): string {
  try {
    // Read from disk: ESM-only packages do not export their package.json.
    return (JSON.parse(readFileSync(join(__dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

function table(results: SizeResult[]): string {
  const head = '| size | lint median (p90) ms | bare parse median (p90) ms | markdownlint median (p90) ms | lint / parse | lint / markdownlint | parse+gfm ms | iterations | findings |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const rows = results.map(
    (r) =>
      `| ${r.label} (${r.bytes.toLocaleString('en-US')} B) | ${fmt(r.lint.median)} (${fmt(r.lint.p90)}) | ${fmt(r.parse.median)} (${fmt(r.parse.p90)}) | ${fmt(r.markdownlint.median)} (${fmt(r.markdownlint.p90)}) | ${r.lintOverParse.toFixed(2)}× | ${r.lintOverMarkdownlint.toFixed(2)}× | ${fmt(r.gfmParse.median)} | ${r.lint.iterations} | ${r.findings} |`,
  );
  return [head, sep, ...rows].join('\n');
}

function main(): void {
  const budgetMs = Number(process.env.BENCH_BUDGET_MS) || 60000;
  const sizes = (process.env.BENCH_SIZES ?? '10000,90000,450000').split(',').map(Number).filter((n) => n > 0);
  // Small documents get more time than their length alone would give them: they need many
  // iterations to be stable, and they are what an editor lints on every keystroke.
  const weights = sizes.map((s) => Math.sqrt(s));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const loadBefore = loadavg()[0];
  const results: SizeResult[] = [];
  for (const [i, size] of sizes.entries()) {
    const { text, bytes } = generatePostmortem({ targetBytes: size, seed: 20240501 + i });
    const { findings } = lint(text);
    const findingsByRule: Record<string, number> = {};
    for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
    process.stderr.write(`measuring ${label(bytes)} (${bytes} bytes, ${findings.length} findings)…\n`);
    const m = measure(text, (budgetMs * weights[i]) / totalWeight, MIN_ROUNDS);
    results.push({
      label: label(bytes),
      bytes,
      chars: text.length,
      lines: text.split('\n').length,
      findings: findings.length,
      findingsByRule,
      ...m,
      lintOverParse: m.lint.median / m.parse.median,
      lintOverMarkdownlint: m.lint.median / m.markdownlint.median,
    });
  }

  const largest = results[results.length - 1];
  const targets = largest
    ? {
        size: largest.label,
        lintAtMostMarkdownlint: largest.lintOverMarkdownlint <= 1,
        lintAtMostTwiceParse: largest.lintOverParse <= 2,
      }
    : undefined;
  const machine = {
    cpu: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    /** 1-minute load average before and after: other processes skew absolute times (less so the ratios). */
    loadAverage: [Math.round(loadBefore * 100) / 100, Math.round(loadavg()[0] * 100) / 100],
  };
  const versions = {
    unified: pkgVersion('unified'),
    'remark-parse': pkgVersion('remark-parse'),
    'micromark-extension-gfm-table': pkgVersion('micromark-extension-gfm-table'),
    markdownlint: pkgVersion('markdownlint'),
  };
  const date = new Date().toISOString();
  const report = { date, machine, versions, budgetMs, rules: allRules.map((r) => r.meta.id), results, targets };

  const tbl = table(results);
  const verdict = targets
    ? [
        `Target on ${targets.size}: lint ≤ markdownlint — ${targets.lintAtMostMarkdownlint ? 'met' : 'MISSED'} (${largest.lintOverMarkdownlint.toFixed(2)}×); ` +
          `lint ≤ 2× bare parse — ${targets.lintAtMostTwiceParse ? 'met' : 'MISSED'} (${largest.lintOverParse.toFixed(2)}×).`,
      ]
    : [];
  process.stdout.write(`\n${tbl}\n\n${verdict.join('\n')}\n`);
  // Growth with size, ordinary and pathological input (issue 11); BENCH_SCALING=0 skips it.
  const scalingSizes = (process.env.BENCH_SCALING_SIZES ?? '10000,100000,1000000,5000000').split(',').map(Number).filter((n) => n > 0);
  const scaling = process.env.BENCH_SCALING === '0' ? '' : scalingTable(scalingSizes);
  if (scaling) process.stdout.write(`\nLint time (CPU, one lint) by input size\n\n${scaling}\n`);
  // Keystroke → diagnostics, engine side (issue 9); BENCH_LATENCY=0 skips it.
  const latency = process.env.BENCH_LATENCY === '0' ? [] : printLatency();

  const here = __dirname;
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = [
    '# Benchmark results (sample)',
    '',
    'Written by `npm run bench` (bench/bench.ts); rerun to refresh. Documents come from `bench/generate.ts`',
    '(seeded, deterministic): front matter, English/Korean prose with a few blameful and counterfactual',
    'sentences, timeline lists and tables under dated headings, nested 5-whys lists, action-item tables and',
    'checklists, lessons learned, log excerpts. All sizes are measured in one process, the tasks',
    'interleaved round by round after a warm-up; times are per whole document. Absolute times move with',
    'the machine load (shown below); the ratios, measured side by side, move much less.',
    '',
    '- **lint**: `lint()` from `src/core/lint.ts` — remark-parse with GFM tables, task lists and strikethrough, document model, every rule.',
    '- **bare parse**: `unified().use(remarkParse).parse(text)` (no GFM).',
    '- **parse+gfm** (for reference): the engine\'s own parse (`parseMarkdown` in src/core/model/markdown.ts:',
    '  remark-parse plus the GFM table, task-list and strikethrough extensions); lint minus this is the model and the rules.',
    '- **markdownlint**: `markdownlint/sync` `lint({ strings })` with its default rules.',
    '',
    `Date: ${date}  `,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage.join(' → ')}  `,
    `Versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}  `,
    `Rules run: ${report.rules.length} (${report.rules.join(', ')})  `,
    `Measuring budget: ${budgetMs} ms in all (at least ${MIN_ROUNDS} rounds per size)`,
    '',
    tbl,
    '',
    ...verdict,
    '',
    'Findings per rule on the largest document: ' +
      (largest && Object.keys(largest.findingsByRule).length
        ? Object.entries(largest.findingsByRule).map(([k, v]) => `${k} ${v}`).join(', ')
        : 'none'),
    '',
    ...(scaling ? ['Lint time (CPU time of one lint) by input size, ordinary and pathological input (`bench/scaling.ts`):', '', scaling, ''] : []),
    ...(latency.length
      ? [
          'Keystroke → diagnostics, engine side (`bench/latency.ts`): one character typed in the middle of a generated document, then',
          'the re-lint of a lint session (`createLintSession`, src/core/incremental.ts: reparses and rechecks only what the edit',
          'touched; its results are those of a full lint, which is timed on the same texts for comparison). The latency adds the',
          "extension's adaptive debounce for that document. Medians; CPU is this process's CPU time for the same lints.",
          '',
          latencyTable(latency),
          '',
          'Targets (medians, keystroke to squiggle): ≤ 150 ms at 20 KB, ≤ 400 ms at 450 KB.',
          '',
        ]
      : []),
    'Profile the lint of a document with `npx tsx bench/profile.ts [bytes]` (hot functions by self time).',
    '',
  ].join('\n');
  writeFileSync(join(here, 'RESULTS.md'), md);
}

main();
