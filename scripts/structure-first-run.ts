// First runs of the structural rules on the documents each draw moved from holdout to dev: the findings of the engine
// checked out in DIR (a detached worktree at the draw commit, or `.` for today's engine) on today's dev copies of the
// drawn documents, judged against today's dev yamls the way score.ts judges them.
//
//   npx tsx scripts/structure-first-run.ts --draw DRAW --engine DIR [--rules timeline-timezone,...] [--details]
//   --draw accepts several commits, comma-separated, each with its engine: --draw A,B --engine DIR_A,DIR_B
//
// Dev documents only: drawnIds() lists what a draw commit renamed from holdout/ into dev/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRUCTURAL_RULES, loadExpected, matchDocument, type Item } from '../test/realworld/score';
import { drawnIds } from './owner-paths';

const ROOT = join(__dirname, '..');
const DEV = join(ROOT, 'test/realworld/dev');
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const draws = (arg('--draw') ?? '').split(',').filter(Boolean);
const engines = (arg('--engine') ?? '').split(',').filter(Boolean);
if (!draws.length || draws.length !== engines.length) throw new Error('--draw A[,B…] --engine DIR_A[,DIR_B…] (one engine per draw)');
const rules = (arg('--rules') ?? STRUCTURAL_RULES.join(',')).split(',');
const showDetails = args.includes('--details');

type Tally = { right: number; wrong: number; missed: number };
const table = new Map<string, Map<string, Tally>>();
const lines: string[] = [];
for (let k = 0; k < draws.length; k++) {
  const draw = draws[k];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(join(engines[k] === '.' ? ROOT : engines[k], 'src/core/lint')) as typeof import('../src/core/lint');
  for (const id of drawnIds(draw)) {
    const text = readFileSync(join(DEV, `${id}.md`), 'utf8');
    const expected = loadExpected(join(DEV, `${id}.expected.yaml`)).filter((e) => rules.includes(e.rule));
    const actual: Item[] = engine.lint(text).findings.filter((f) => rules.includes(f.ruleId)).map((f) => ({ rule: f.ruleId, line: f.line, message: f.message }));
    const m = matchDocument(expected, actual, text);
    const bump = (rule: string, key: keyof Tally) => {
      let row = table.get(rule);
      if (!row) table.set(rule, (row = new Map()));
      let t = row.get(draw);
      if (!t) row.set(draw, (t = { right: 0, wrong: 0, missed: 0 }));
      t[key]++;
    };
    for (const h of m.hits) {
      bump(h.rule, 'right');
      lines.push(`${draw} ${id} right   ${String(h.line ?? '').padStart(4)} ${h.rule}: ${h.message ?? ''}`);
    }
    for (const w of m.wrong) {
      bump(w.rule, 'wrong');
      lines.push(`${draw} ${id} wrong   ${String(w.line ?? '').padStart(4)} ${w.rule}: ${w.message ?? ''}`);
    }
    for (const x of m.missing) {
      bump(x.rule, 'missed');
      lines.push(`${draw} ${id} missed  ${String(x.line ?? '').padStart(4)} ${x.rule}: ${x.why ?? ''}`);
    }
  }
}

console.log(`| rule | ${draws.map((d) => `${d} right / wrong / missed`).join(' | ')} | pooled right / wrong / missed |`);
console.log(`| --- | ${draws.map(() => '---:').join(' | ')} | ---: |`);
for (const rule of rules) {
  const row = table.get(rule) ?? new Map<string, Tally>();
  const pooled: Tally = { right: 0, wrong: 0, missed: 0 };
  const cells = draws.map((d) => {
    const t = row.get(d) ?? { right: 0, wrong: 0, missed: 0 };
    pooled.right += t.right;
    pooled.wrong += t.wrong;
    pooled.missed += t.missed;
    return `${t.right} / ${t.wrong} / ${t.missed}`;
  });
  console.log(`| ${rule} | ${cells.join(' | ')} | ${pooled.right} / ${pooled.wrong} / ${pooled.missed} |`);
}
if (showDetails) for (const l of lines) console.log(l);
