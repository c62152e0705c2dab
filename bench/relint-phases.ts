/**
 * Where a lint session's re-lint spends its time (issue 9): the ~450 KB document of bench/latency.ts
 * (seed 11), one character typed per round where it types it (EDIT: middle, test or timeline), then
 * the session's re-lint cut into phases and each phase timed in CPU time: the session's parse, each
 * part of the document model (first read), each rule (`lintDocument` with that rule alone, in the
 * order the engine runs them). Prints the median of each phase over ROUNDS re-lints (default 15).
 *
 * Usage: `ROOT=/path/to/tree EDIT=test npx tsx bench/relint-phases.ts` (ROOT defaults to this tree), so
 * that two commits can be compared one tree per process, side by side: an earlier commit as a tree with
 * `git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/`. JSON=1 prints
 * the medians as JSON instead of a table.
 */
import { join } from 'node:path';
import { generatePostmortem } from './generate';
import { editAt } from './latency';

const root = process.env.ROOT ?? join(__dirname, '..');
/* eslint-disable @typescript-eslint/no-require-imports */
const { createLintSession } = require(join(root, 'src/core/incremental')) as typeof import('../src/core/incremental');
const { defaultConfig } = require(join(root, 'src/core/config')) as typeof import('../src/core/config');
const { lintDocument } = require(join(root, 'src/core/lint')) as typeof import('../src/core/lint');
const { allRules } = require(join(root, 'src/core/rules')) as typeof import('../src/core/rules');
/* eslint-enable @typescript-eslint/no-require-imports */

const where = process.env.EDIT ?? 'middle';
const rounds = Number(process.env.ROUNDS) || 15;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function timed(fn: () => unknown): number {
  const c0 = cpu();
  fn();
  return cpu() - c0;
}

let text = generatePostmortem({ targetBytes: 450000, seed: 11 }).text;
let at = editAt(text, where);
const session = createLintSession();
const config = defaultConfig();
session.lint(text, { config });
const samples = new Map<string, number[]>();
const add = (k: string, v: number) => (samples.get(k) ?? samples.set(k, []).get(k)!).push(v);
for (let i = 0; i <= rounds; i++) {
  text = `${text.slice(0, at)}x${text.slice(at)}`;
  at++;
  const phases: [string, number][] = [];
  let doc!: ReturnType<typeof session.parse>;
  phases.push(['parse (session)', timed(() => (doc = session.parse(text, { sectionAliases: config.sectionAliases })))]);
  phases.push(['model: sections', timed(() => doc.sections)]);
  phases.push(['model: prose', timed(() => doc.prose)]);
  phases.push(['model: suppressions', timed(() => doc.suppressions)]);
  phases.push(['model: timeline', timed(() => doc.timeline)]);
  phases.push(['model: actionItems', timed(() => doc.actionItems)]);
  phases.push(['model: fiveWhys', timed(() => doc.fiveWhys)]);
  for (const rule of allRules) phases.push([`rule: ${rule.meta.id}`, timed(() => lintDocument(doc, { config, rules: [rule] }))]);
  if (i === 0) continue; // warm-up
  let total = 0;
  for (const [k, v] of phases) {
    add(k, v);
    total += v;
  }
  add('**total**', total);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = Object.fromEntries([...samples].map(([k, v]) => [k, median(v)]));
if (process.env.JSON === '1') process.stdout.write(JSON.stringify(out));
else {
  console.log(`${root} (typed at: ${where}; ${rounds} re-lints, median CPU ms per phase)\n`);
  for (const [k, v] of Object.entries(out)) console.log(`| ${k} | ${v.toFixed(1)} |`);
}
