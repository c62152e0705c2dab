/**
 * Growth of lint time with document size, for ordinary documents and for pathological input
 * (issue 11): `npm run bench` prints this table after the main one; `npx tsx bench/scaling.ts`
 * prints it alone. Times are CPU time of one lint in this process (ms), which a loaded machine
 * skews less than wall time. BENCH_SCALING_SIZES (bytes, default 10 KB, 100 KB, 1 MB, 5 MB).
 */
import { lint } from '../src/core/lint';
import { generatePostmortem } from './generate';

/** Fills `bytes` with blocks made by `unit`, separated by blank lines. */
function fill(bytes: number, unit: (room: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const u = unit(bytes - size);
    parts.push(u);
    size += u.length + 2;
  }
  return parts.join('\n\n');
}

/** The inputs measured, by name. */
export const SCALING_INPUTS: { name: string; make: (bytes: number) => string }[] = [
  { name: 'ordinary postmortem', make: (bytes) => generatePostmortem({ targetBytes: bytes, seed: 11 }).text },
  { name: 'nested emphasis, 100 KB lines', make: (bytes) => fill(bytes, (room) => { const n = Math.max(1, Math.floor(Math.min(room, 100_000) / 6)); return '*a '.repeat(n) + 'x' + ' a*'.repeat(n); }) },
  { name: '`*x*x…` runs, 100 KB lines', make: (bytes) => fill(bytes, (room) => '*x'.repeat(Math.max(1, Math.floor(Math.min(room, 100_000) / 2)))) },
  { name: 'nested blockquotes (20,000 deep)', make: (bytes) => fill(bytes, (room) => '>'.repeat(Math.max(1, Math.min(room, 20_000))) + ' x') },
  { name: 'nested lists (3,000 deep, one line)', make: (bytes) => fill(bytes, (room) => '- '.repeat(Math.max(1, Math.floor(Math.min(room, 6_000) / 2))) + 'x') },
];

function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function label(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`;
}

/** Measures every input at every size; returns a Markdown table (and the growth per doubling of the ordinary input). */
export function scalingTable(sizes: readonly number[]): string {
  const rows: string[] = [];
  const ordinary: number[] = [];
  // The first lint of each ordinary size: its memos (src/core/model/memo.ts, language/blocks.ts) hold nothing of that
  // text yet at every size, while the best of several runs at the small sizes is a re-lint of a text already seen.
  const firstRuns: number[] = [];
  // JIT warm-up on another text (npm run bench has warmed it already; the script alone has not).
  lint(generatePostmortem({ targetBytes: 20_000, seed: 7 }).text);
  for (const input of SCALING_INPUTS) {
    const cells: string[] = [];
    for (const size of sizes) {
      const text = input.make(size);
      // Small inputs: best of a few runs (warm); large ones: one run.
      const runs = size <= 100_000 ? 5 : 1;
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        const ms = cpuMs(() => lint(text));
        if (r === 0 && input === SCALING_INPUTS[0]) firstRuns.push(ms / text.length);
        best = Math.min(best, ms);
      }
      if (input === SCALING_INPUTS[0]) ordinary.push(best / text.length);
      cells.push(best >= 1000 ? `${(best / 1000).toFixed(1)} s` : `${Math.round(best)} ms`);
      process.stderr.write(`scaling: ${input.name} ${label(size)}: ${Math.round(best)} ms\n`);
    }
    rows.push(`| ${input.name} | ${cells.join(' | ')} |`);
  }
  const head = `| input | ${sizes.map(label).join(' | ')} |`;
  const sep = `|---|${sizes.map(() => '---:').join('|')}|`;
  // Time per character from one size to the next, per doubling of the size: 1.0 is linear.
  const perDoubling = (perChar: number[]) => perChar.slice(1).map((pc, i) => Math.pow(pc / perChar[i], Math.log(2) / Math.log(sizes[i + 1] / sizes[i])));
  const growth = perDoubling(ordinary);
  const note = `Ordinary input, time per character relative to the previous size, per doubling: ${growth.map((g) => `${g.toFixed(2)}×`).join(', ')} (target ≤ 1.2× per doubling).`;
  // Sizes up to 100 KB take the best of 5 runs (memos warm from the first), larger ones a single run (memos cold): the
  // line above compares a re-lint with a first lint across 100 KB. The same growth from first lints only:
  const cold = perDoubling(firstRuns);
  const coldNote = `The same, first lint of each size only (memos cold at every size): ${cold.map((g) => `${g.toFixed(2)}×`).join(', ')}.`;
  return [head, sep, ...rows, '', note, coldNote].join('\n');
}

if (require.main === module) {
  const sizes = (process.env.BENCH_SCALING_SIZES ?? '10000,100000,1000000,5000000').split(',').map(Number).filter((n) => n > 0);
  process.stdout.write(`\nLint time (CPU) by input size\n\n${scalingTable(sizes)}\n`);
}
