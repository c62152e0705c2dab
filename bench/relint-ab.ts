/**
 * Session re-lints of the ~450 KB document (bench/latency.ts's, seed 11) by the engine of one tree,
 * one tree per process: for before/after comparisons that share no heap or kept answers. Prints
 * the median wall and CPU time of ROUNDS re-lints (default 21), one character typed per re-lint
 * where bench/latency.ts types it (EDIT: middle, test or timeline).
 *
 * Usage: `ROOT=/path/to/tree EDIT=middle npx tsx bench/relint-ab.ts` (ROOT defaults to this tree; FLAT=1 hands
 * each version over as a flat string, as the editor's lint worker gets it, instead of a concatenation).
 * An earlier commit as a tree: `git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/`;
 * run the two alternately, several times each (the machine's load moves the figures).
 */
import { join } from 'node:path';
import { generatePostmortem } from './generate';
import { editAt } from './latency';

const root = process.env.ROOT ?? join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createLintSession } = require(join(root, 'src/core/incremental')) as typeof import('../src/core/incremental');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultConfig } = require(join(root, 'src/core/config')) as typeof import('../src/core/config');
const where = process.env.EDIT ?? 'middle';
const rounds = Number(process.env.ROUNDS) || 21;
const flat = process.env.FLAT === '1';
let text = generatePostmortem({ targetBytes: 450000, seed: 11 }).text;
let at = editAt(text, where);
const session = createLintSession();
const config = defaultConfig();
session.lint(text, { config });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < rounds; i++) {
  text = `${text.slice(0, at)}x${text.slice(at)}`;
  // FLAT=1: a flat string, as the editor's worker receives the text (a structured clone), not a concatenation.
  if (flat) text = JSON.parse(JSON.stringify(text)) as string;
  at++;
  const c0 = cpu();
  const t0 = performance.now();
  session.lint(text, { config });
  wall.push(performance.now() - t0);
  cpus.push(cpu() - c0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${root} (typed at: ${where}${flat ? ', flat' : ''}): session re-lint median ${median(wall).toFixed(1)} ms, CPU ${median(cpus).toFixed(1)} ms (${rounds} re-lints)`);
