/**
 * The engine side of keystroke → diagnostics (issue 9): on generated postmortems of ~20 KB and
 * ~450 KB, one character is typed in the middle of a paragraph, then the whole document is
 * linted again, as the extension does after its debounce. Prints the median lint time and the
 * modelled latency: the extension's adaptive debounce for that document plus the lint. The editor
 * side (the same path through a real extension host) is printed by the integration test
 * "records keystroke → published diagnostics" (test/integration/suite/editor.test.ts).
 *
 * Environment: BENCH_LATENCY_ROUNDS (default 7), BENCH_LATENCY_SIZES (default "20000,450000").
 */
import { lint } from '../src/core/lint';
import { adaptiveDebounce } from '../src/extension/findingsMap';
import { DEFAULT_SETTINGS } from '../src/extension/defaults';
import { generatePostmortem } from './generate';

/** One size's figures, in milliseconds. */
export interface LatencyResult {
  bytes: number;
  lintMedian: number;
  debounce: number;
  keystrokeToDiagnosticsMedian: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures and prints the engine's keystroke → diagnostics latency; returns the figures. */
export function printLatency(): LatencyResult[] {
  const rounds = Math.max(3, Number(process.env.BENCH_LATENCY_ROUNDS) || 7);
  const sizes = (process.env.BENCH_LATENCY_SIZES ?? '20000,450000').split(',').map(Number).filter((n) => n > 0);
  const out: LatencyResult[] = [];
  for (const size of sizes) {
    let text = generatePostmortem({ targetBytes: size, seed: 11 }).text;
    // Where a person types: the middle of a prose line.
    let at = text.indexOf('\n', Math.floor(text.length / 2)) + 6;
    let ema: number | undefined;
    const lints: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i <= rounds; i++) {
      const debounce = adaptiveDebounce(ema, DEFAULT_SETTINGS.debounceMs);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      at++;
      const t0 = performance.now();
      lint(text);
      const took = performance.now() - t0;
      ema = ema === undefined ? took : ema * 0.5 + took * 0.5;
      if (i === 0) continue; // warm-up (and the first lint on open, which sets the debounce)
      lints.push(took);
      totals.push(debounce + took);
    }
    out.push({ bytes: Buffer.byteLength(text), lintMedian: median(lints), debounce: adaptiveDebounce(ema, DEFAULT_SETTINGS.debounceMs), keystrokeToDiagnosticsMedian: median(totals) });
  }
  console.log('\nKeystroke → diagnostics, engine side (adaptive debounce + full lint after one typed character):\n');
  console.log('| size | lint median ms | debounce ms | keystroke → diagnostics median ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of out) console.log(`| ~${Math.round(r.bytes / 1000)} KB | ${r.lintMedian.toFixed(1)} | ${r.debounce} | ${r.keystrokeToDiagnosticsMedian.toFixed(0)} |`);
  console.log('\nTargets (medians): ≤ 150 ms at 20 KB, ≤ 400 ms at 450 KB.');
  return out;
}

if (require.main === module) printLatency();
