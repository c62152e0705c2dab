/**
 * Where lint time grows faster than the document (issue 9): CPU time of each phase of one lint
 * (the Markdown parse, the document model's parts, each rule) at one size, in a fresh process so
 * that no memo is warm. `npx tsx bench/growth.ts 56000,112000,225000,450000 [runs=1]` runs each size
 * in its own child process and prints the time per character of each phase relative to the
 * previous size, per doubling (1.0 is linear). `--one <bytes>` measures one size (JSON).
 */
import { execFileSync } from 'node:child_process';
import { generatePostmortem } from './generate';

function cpu(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

async function one(bytes: number, warm: boolean): Promise<Record<string, number>> {
  const { parseMarkdown } = await import('../src/core/model/markdown');
  const { PostmortemDocument } = await import('../src/core/model/document');
  const { allRules } = await import('../src/core/rules');
  const { lint, lintDocument } = await import('../src/core/lint');
  const { defaultConfig } = await import('../src/core/config');
  const text = generatePostmortem({ targetBytes: bytes, seed: Number(process.env.GROWTH_SEED ?? 11) }).text;
  if (process.env.GROWTH_BYPASS === '1') {
    // JIT warm on another document, then every memo off: each phase computes everything.
    lint(generatePostmortem({ targetBytes: 100_000, seed: 7 }).text);
    (await import('../src/core/model/memo')).memoControl.bypass = true;
  }
  if (warm) lint(text);
  const out: Record<string, number> = { chars: text.length };
  out['parse (markdown)'] = cpu(() => parseMarkdown(text));
  let doc!: InstanceType<typeof PostmortemDocument>;
  out['model: document'] = cpu(() => (doc = new PostmortemDocument(text)));
  out['model: prose'] = cpu(() => doc.prose);
  out['model: suppressions'] = cpu(() => doc.suppressions);
  out['model: timeline'] = cpu(() => doc.timeline);
  out['model: actionItems'] = cpu(() => doc.actionItems);
  out['model: fiveWhys'] = cpu(() => doc.fiveWhys);
  const config = defaultConfig();
  for (const rule of allRules) out[`rule: ${rule.meta.id}`] = cpu(() => lintDocument(doc, { config, rules: [rule] }));
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    process.stdout.write(JSON.stringify(await one(Number(args[1]), args[2] === 'warm')));
    return;
  }
  const sizes = (args[0] ?? '56000,112000,225000,450000').split(',').map(Number);
  const runs = Number(args[1] ?? 1);
  const mode = process.env.GROWTH_WARM === '1' ? 'warm' : 'cold';
  const results: Record<string, number>[] = [];
  for (const size of sizes) {
    let best: Record<string, number> | undefined;
    for (let r = 0; r < runs; r++) {
      const res = JSON.parse(execFileSync(process.execPath, [...process.execArgv, __filename, '--one', String(size), mode], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Record<string, number>;
      if (!best) best = res;
      else for (const k of Object.keys(res)) best[k] = Math.min(best[k], res[k]);
    }
    results.push(best!);
    process.stderr.write(`growth: ${size} done\n`);
  }
  const keys = Object.keys(results[0]).filter((k) => k !== 'chars');
  const head = `| phase | ${sizes.map((s) => `${Math.round(s / 1000)} KB ms`).join(' | ')} | ${sizes.slice(1).map((_, i) => `×/dbl ${i + 1}`).join(' | ')} |`;
  const rows = [head, `|---|${sizes.map(() => '---:').join('|')}|${sizes.slice(1).map(() => '---:').join('|')}|`];
  const totals = results.map((r) => keys.reduce((a, k) => a + r[k], 0));
  const line = (name: string, vals: number[]) => {
    const growth = vals.slice(1).map((v, i) => {
      const perChar = v / results[i + 1].chars / (vals[i] / results[i].chars);
      return Math.pow(perChar, Math.log(2) / Math.log(results[i + 1].chars / results[i].chars)).toFixed(2);
    });
    return `| ${name} | ${vals.map((v) => v.toFixed(1)).join(' | ')} | ${growth.join(' | ')} |`;
  };
  for (const k of keys) rows.push(line(k, results.map((r) => r[k])));
  rows.push(line('**total**', totals));
  process.stdout.write(`${mode} lint, chars ${results.map((r) => r.chars).join(', ')}\n\n${rows.join('\n')}\n`);
}

void main();
