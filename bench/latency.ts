/**
 * The engine side of keystroke → diagnostics (issue 9): on generated postmortems of ~20 KB and
 * ~450 KB, one character is typed in the middle of a paragraph, then the document is linted
 * again, as the extension does after its debounce (the session's lints run back to back, the full
 * lints of the same texts after them): by a lint session (`createLintSession`,
 * src/core/incremental.ts: re-parses and re-checks only what the edit touched, same results as a
 * full lint) and, for comparison, by a full `lint()`. Prints the median times and the modelled
 * latency: the extension's wait before linting a keystroke typed after a pause (`debounceAfterEdit`:
 * none beyond the current turn; inside a burst of keys it waits half a re-lint) plus the worker's answer (the
 * session's lint and the rest of its reply: quick-fix flags and metrics, `replyOf`). The
 * editor side (the same path through a real extension host) is printed by the integration test
 * "records keystroke → published diagnostics" (test/integration/suite/editor.test.ts).
 *
 * Environment: BENCH_LATENCY_ROUNDS (default 9), BENCH_LATENCY_SIZES (default "20000,450000"),
 * BENCH_LATENCY_EDIT: where the character is typed — `middle` (default: after the line break past
 * the middle character, an action-item line at 450 KB), `test` (column 5 of the first prose line
 * from the middle, as the integration test and bench/worker-latency.ts type: a paragraph inside
 * the timeline at 450 KB) or `timeline` (after the time of an entry in the middle of the timeline).
 */
import { lint } from '../src/core/lint';
import { createLintSession } from '../src/core/incremental';
import { debounceAfterEdit } from '../src/extension/findingsMap';
import { DEFAULT_SETTINGS } from '../src/extension/defaults';
import { generatePostmortem } from './generate';
import { defaultConfig } from '../src/core/config';
import { replyOf } from '../src/extension/lint/protocol';

/** One size's figures, in milliseconds. */
export interface LatencyResult {
  bytes: number;
  /** Median of a session's lint after one typed character. */
  lintMedian: number;
  /** Median of a full `lint()` of the same texts. */
  fullLintMedian: number;
  /** The same two medians in CPU time of this process (what a loaded machine distorts least). */
  lintCpuMedian: number;
  fullLintCpuMedian: number;
  /** Median of what the worker adds to the session's lint before it answers: quick-fix flags and metrics (`replyOf`). */
  replyMedian: number;
  debounce: number;
  keystrokeToDiagnosticsMedian: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time of this process so far, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Measures and prints the engine's keystroke → diagnostics latency; returns the figures. */
export function printLatency(): LatencyResult[] {
  const rounds = Math.max(3, Number(process.env.BENCH_LATENCY_ROUNDS) || 9);
  const sizes = (process.env.BENCH_LATENCY_SIZES ?? '20000,450000').split(',').map(Number).filter((n) => n > 0);
  const out: LatencyResult[] = [];
  const config = defaultConfig();
  for (const size of sizes) {
    let text = generatePostmortem({ targetBytes: size, seed: 11 }).text;
    let at = editAt(text, process.env.BENCH_LATENCY_EDIT ?? 'middle');
    const session = createLintSession();
    let ema: number | undefined;
    const lints: number[] = [];
    const fulls: number[] = [];
    const lintCpus: number[] = [];
    const fullCpus: number[] = [];
    const totals: number[] = [];
    const replies: number[] = [];
    const texts: string[] = [];
    // The session's lints first, one after another as in the editor: a full lint between them
    // would leave its garbage to be collected during the next session lint, and charge it there.
    for (let i = 0; i <= rounds; i++) {
      // One character after a pause, as the integration test types it: the extension lints it at once.
      const debounce = debounceAfterEdit(ema, DEFAULT_SETTINGS.debounceMs, Number.POSITIVE_INFINITY);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      at++;
      texts.push(text);
      const c0 = cpuMs();
      const t0 = performance.now();
      const result = session.lint(text, { config });
      const linted = performance.now();
      const lintCpu = cpuMs() - c0;
      // The rest of the worker's answer (src/extension/lint/protocol.ts), which its time (and so the debounce) includes.
      replyOf(result, config);
      const took = performance.now() - t0;
      const reply = performance.now() - linted;
      // The extension's moving average counts re-lints after edits only (not the full parse on open).
      if (i > 0) ema = ema === undefined ? took : ema * 0.5 + took * 0.5;
      if (i === 0) continue; // warm-up (and the session's first lint, on open, which parses everything)
      lints.push(took - reply);
      replies.push(reply);
      lintCpus.push(lintCpu);
      totals.push(debounce + took);
    }
    // Then, for comparison, a full lint of each of the same texts.
    for (const [i, t] of texts.entries()) {
      const c1 = cpuMs();
      const t1 = performance.now();
      lint(t, { config });
      const full = performance.now() - t1;
      const fullCpu = cpuMs() - c1;
      if (i === 0) continue; // warm-up
      fulls.push(full);
      fullCpus.push(fullCpu);
    }
    out.push({ bytes: new TextEncoder().encode(text).length, lintMedian: median(lints), fullLintMedian: median(fulls), lintCpuMedian: median(lintCpus), fullLintCpuMedian: median(fullCpus), replyMedian: median(replies), debounce: debounceAfterEdit(ema, DEFAULT_SETTINGS.debounceMs, Number.POSITIVE_INFINITY), keystrokeToDiagnosticsMedian: median(totals) });
  }
  console.log(`\nKeystroke → diagnostics, engine side (typed at: ${process.env.BENCH_LATENCY_EDIT ?? 'middle'}; one typed character, then a lint session's re-lint; adaptive debounce + the worker's answer: that lint and its reply):\n`);
  const table = latencyTable(out);
  console.log(table);
  console.log('\nTargets (medians): ≤ 150 ms at 20 KB, ≤ 400 ms at 450 KB. CPU: this process\'s CPU time for the same lints (less distorted by other load than wall time).');
  return out;
}

/** Where the bench types in a generated document (see BENCH_LATENCY_EDIT above). */
export function editAt(text: string, where: string): number {
  if (where === 'test') {
    // As bench/worker-latency.ts's testEdits picks it: a line in the middle of a paragraph, away from headings.
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length - 1 && !/^[A-Za-z가-힣].{20,}/.test(lines[line])) line++;
    let at = 5;
    for (let i = 0; i < line; i++) at += lines[i].length + 1;
    return at;
  }
  if (where === 'timeline') {
    // After "- HH:MM " of the entry nearest the middle of the first timeline section.
    const from = text.search(/^## Timeline/m);
    const to = from < 0 ? -1 : text.indexOf('\n## ', from + 1);
    if (from >= 0) {
      const re = /^- \d{1,2}:\d{2} /gm;
      re.lastIndex = from + Math.floor(((to < 0 ? text.length : to) - from) / 2);
      const m = re.exec(text);
      if (m && (to < 0 || m.index < to)) return m.index + m[0].length;
    }
  }
  // The middle of a prose line.
  return text.indexOf('\n', Math.floor(text.length / 2)) + 6;
}

/** The figures as a Markdown table. */
export function latencyTable(out: readonly LatencyResult[]): string {
  const rows = out.map(
    (r) =>
      `| ~${Math.round(r.bytes / 1000)} KB | ${r.lintMedian.toFixed(1)} (CPU ${r.lintCpuMedian.toFixed(1)}) | ${r.fullLintMedian.toFixed(1)} (CPU ${r.fullLintCpuMedian.toFixed(1)}) | ${(r.fullLintMedian / r.lintMedian).toFixed(1)}× | ${r.replyMedian.toFixed(1)} | ${r.debounce} | ${r.keystrokeToDiagnosticsMedian.toFixed(0)} |`,
  );
  return ['| size | session re-lint median ms | full lint median ms | speed-up | worker reply ms (flags, metrics) | debounce ms | keystroke → diagnostics median ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

if (require.main === module) printLatency();
