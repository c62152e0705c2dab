/**
 * `npm run fuzz [-- --docs N --seed S --budget-ms MS --single-every K]`: the fuzzer of
 * test/fuzz/fuzz.ts over N documents (default 2,000), printing figures and every violation
 * kind with a minimal reproduction. Exit 1 when anything was found.
 */
import { fuzz, summarize } from '../test/fuzz/fuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const docs = arg('docs', 2000);
const seed = arg('seed', 20261126);
const budgetMs = arg('budget-ms', 5000);
const singleFixEvery = arg('single-every', 1);
let last = Date.now();
const report = fuzz({
  docs,
  seed,
  budgetMs,
  singleFixEvery,
  maxSingleFixes: 12,
  onDoc: (i) => {
    if (Date.now() - last > 10000) {
      last = Date.now();
      process.stderr.write(`  ${i + 1}/${docs} documents…\n`);
    }
  },
});
const byKind = summarize(report.violations);
console.log(`postmortem fuzz: seed ${seed}, ${report.docs} documents (${report.docsWithFixes} with fixes), ${report.singleFixesChecked} single fixes and ${report.fixRuns} --fix runs checked`);
console.log(`time: ${(report.totalMs / 1000).toFixed(1)} s; slowest lint ${Math.round(report.maxLintMs)} ms (budget ${budgetMs} ms)`);
const kinds = ['exception', 'hang', 'edit-range', 'not-resolved', 'new-finding', 'second-fix', 'nondeterministic'] as const;
console.log(kinds.map((k) => `${k}: ${report.violations.filter((v) => v.kind === k).length}`).join(', '));
for (const [k, n] of byKind) {
  const v = report.violations.find((x) => `${x.kind} ${x.ruleId}` === k)!;
  console.log(`\n${n} × ${k} — e.g. doc ${v.doc} (${v.origin}): ${v.detail}`);
  console.log(`  text: ${JSON.stringify(v.text.length > 400 ? `${v.text.slice(0, 400)}…` : v.text)}`);
}
process.exitCode = report.violations.length > 0 ? 1 : 0;
