// Inter-judge agreement on the real-world corpus: for each document that a second judge judged blind
// (test/realworld/<split>/second-judge/<id>.expected.yaml, written without seeing the first judge's file or the engine's
// output; a document drawn into dev takes its second judge's file with it), counts per rule the findings both judges expect (lines within one of each other), only the first, only the
// second. Only the rules the second judge judged are compared (SECOND_JUDGE_RULES). Figures only: no document text.
//
//   npx tsx test/realworld/agreement.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SPLITS = ['holdout', 'dev'].map((split) => join(__dirname, split));
/** Session 12's second judge judged these three rules only. */
export const SECOND_JUDGE_RULES = ['action-item-owner', 'timeline-timestamp', 'timeline-order'] as const;

interface Finding { rule: string; line: number }

function findings(path: string): Finding[] {
  const y = parse(readFileSync(path, 'utf8')) as { findings?: Finding[] } | Finding[] | null;
  const list = Array.isArray(y) ? y : (y?.findings ?? []);
  return list.filter((f) => f && typeof f.line === 'number' && typeof f.rule === 'string');
}

export function agreement(): { documents: number; rules: Record<string, { both: number; onlyFirst: number; onlySecond: number }> } {
  const rules: Record<string, { both: number; onlyFirst: number; onlySecond: number }> = {};
  for (const r of SECOND_JUDGE_RULES) rules[r] = { both: 0, onlyFirst: 0, onlySecond: 0 };
  let documents = 0;
  for (const root of SPLITS) {
    const second = join(root, 'second-judge');
    if (!existsSync(second)) continue;
    for (const name of readdirSync(second).sort()) {
      if (!name.endsWith('.expected.yaml')) continue;
      const first = join(root, name);
      if (!existsSync(first)) continue;
      documents++;
      const a = findings(first);
      const b = findings(join(second, name));
      for (const r of SECOND_JUDGE_RULES) {
        const A = a.filter((f) => f.rule === r).map((f) => f.line);
        const B = b.filter((f) => f.rule === r).map((f) => f.line);
        const near = (l: number, xs: number[]) => xs.some((x) => Math.abs(x - l) <= 1);
        for (const l of A) (near(l, B) ? rules[r].both++ : rules[r].onlyFirst++);
        for (const l of B) if (!near(l, A)) rules[r].onlySecond++;
      }
    }
  }
  return { documents, rules };
}

if (require.main === module) {
  const { documents, rules } = agreement();
  console.log(`${documents} documents judged by a second judge`);
  console.log('| rule | both judges | first only | second only |\n| --- | ---: | ---: | ---: |');
  for (const [r, c] of Object.entries(rules)) console.log(`| ${r} | ${c.both} | ${c.onlyFirst} | ${c.onlySecond} |`);
}
