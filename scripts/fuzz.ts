/**
 * `npm run fuzz [-- --docs N --seed S --start K --budget-ms MS --single-every K --out DIR]`: the
 * fuzzer of test/fuzz/fuzz.ts over N documents (default 2,000) starting at document K (default 0)
 * of the seed, printing figures and every violation kind with a minimal reproduction. `--out DIR`
 * writes each violation's document and detail to DIR as it is found (to reproduce and minimise).
 * Exit 1 when anything was found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzz, summarize } from '../test/fuzz/fuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function stringArg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const docs = arg('docs', 2000);
const seed = arg('seed', 20261126);
const start = arg('start', 0);
const budgetMs = arg('budget-ms', 5000);
const singleFixEvery = arg('single-every', 1);
const out = stringArg('out');
if (out) mkdirSync(out, { recursive: true });
let last = Date.now();
let written = 0;
const report = fuzz({
  docs,
  seed,
  start,
  budgetMs,
  singleFixEvery,
  maxSingleFixes: 12,
  onDoc: (i) => {
    if (Date.now() - last > 10000) {
      last = Date.now();
      process.stderr.write(`  ${i + 1 - start}/${docs} documents…\n`);
    }
  },
  onViolation: (v) => {
    if (!out) return;
    const name = `${String(++written).padStart(4, '0')}-doc${v.doc}-${v.kind}-${v.ruleId.replace(/[^\w-]+/g, '_').slice(0, 60)}`;
    writeFileSync(join(out, `${name}.md`), v.text);
    writeFileSync(join(out, `${name}.txt`), `${v.kind} ${v.ruleId} doc ${v.doc} (${v.origin}): ${v.detail}\n`);
  },
});
const byKind = summarize(report.violations);
const range = start === 0 ? '' : ` from document ${start}`;
console.log(`postmortem fuzz: seed ${seed}, ${report.docs} documents${range} (${report.docsWithFixes} with fixes), ${report.singleFixesChecked} single fixes and ${report.fixRuns} --fix runs checked`);
console.log(`time: ${(report.totalMs / 1000).toFixed(1)} s; slowest lint ${Math.round(report.maxLintMs)} ms CPU (budget ${budgetMs} ms)`);
const kinds = ['exception', 'hang', 'edit-range', 'not-resolved', 'new-finding', 'second-fix', 'nondeterministic'] as const;
console.log(kinds.map((k) => `${k}: ${report.violations.filter((v) => v.kind === k).length}`).join(', '));
for (const [k, n] of byKind) {
  const v = report.violations.find((x) => `${x.kind} ${x.ruleId}` === k)!;
  console.log(`\n${n} × ${k} — e.g. doc ${v.doc} (${v.origin}): ${v.detail}`);
  console.log(`  text: ${JSON.stringify(v.text.length > 400 ? `${v.text.slice(0, 400)}…` : v.text)}`);
}
process.exitCode = report.violations.length > 0 ? 1 : 0;
