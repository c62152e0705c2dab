/**
 * Profiles `lint()` on a generated postmortem and prints the hottest functions by self time.
 * Usage: `npx tsx bench/profile.ts [bytes=450000] [iterations=5]`. The raw profile goes to
 * `bench/.data/lint.cpuprofile` (gitignored) for Chrome DevTools / VS Code.
 *
 * With BENCH_PROFILE_EDIT=middle|test|timeline, profiles a lint session's re-lints instead: one
 * character typed per iteration where bench/latency.ts types it (its BENCH_LATENCY_EDIT), on
 * bench/latency.ts's document (seed 11), and also prints the functions by total (inclusive) time.
 * FLAT=1 hands each version over as a flat string (as the lint worker gets it), made before the timed re-lint.
 */
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../src/core/lint';
import { createLintSession } from '../src/core/incremental';
import { defaultConfig } from '../src/core/config';
import { generatePostmortem } from './generate';
import { editAt } from './latency';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: Session, method: string, params?: object): T {
  let result: T | undefined;
  let error: Error | null = null;
  // The inspector session calls back synchronously when used inside the same thread.
  session.post(method, params ?? {}, (err, res) => {
    error = err;
    result = res as T;
  });
  if (error) throw error;
  return result as T;
}

/** Self time per function, and per source file (own code vs dependencies at a glance). */
export function summarize(profile: Profile, root: string): { byFunction: [string, number][]; byFile: [string, number][]; inclusive: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const keyOf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    const url = f.url.replace(/^file:\/\//, '');
    const where = url ? relative(root, url) : '(native)';
    // No line numbers: under tsx they point into the transpiled code, not the source.
    return { key: `${f.functionName || '(anonymous)'}  ${where}`, where };
  };
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(n).key);
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us / 1000);
  }
  for (const [id, us] of self) {
    const { key, where } = keyOf(id);
    fn.set(key, (fn.get(key) ?? 0) + us / 1000);
    const fileKey = where.startsWith('node_modules/') ? where.split('/').slice(0, where.split('/')[1].startsWith('@') ? 3 : 2).join('/') : where;
    file.set(fileKey, (file.get(fileKey) ?? 0) + us / 1000);
  }
  const sort = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { byFunction: sort(fn), byFile: sort(file), inclusive: sort(inclusive) };
}

function main(): void {
  const bytes = Number(process.argv[2]) || 450000;
  const iterations = Number(process.argv[3]) || 5;
  const edit = process.env.BENCH_PROFILE_EDIT;
  let { text } = generatePostmortem({ targetBytes: bytes, seed: edit ? 11 : 20240503 });
  let run = () => void lint(text);
  if (edit) {
    const config = defaultConfig();
    const lints = createLintSession();
    let at = editAt(text, edit);
    // FLAT=1: each version a flat string, as the editor's lint worker receives it (a structured clone), flattened
    // before the re-lint (else the first read of the concatenation copies the text inside the profiled lint).
    const flat = process.env.FLAT === '1';
    let next = '';
    const type = () => {
      next = `${text.slice(0, at)}x${text.slice(at)}`;
      if (flat) next = JSON.parse(JSON.stringify(next)) as string;
      at++;
    };
    type();
    run = () => {
      text = next;
      lints.lint(text, { config });
      type();
    };
  }
  run();
  run();
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  post(session, 'Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const elapsed = performance.now() - t0;
  const { profile } = post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const root = join(__dirname, '..');
  mkdirSync(join(__dirname, '.data'), { recursive: true });
  writeFileSync(join(__dirname, '.data', 'lint.cpuprofile'), JSON.stringify(profile));
  const { byFunction, byFile, inclusive } = summarize(profile, root);
  const total = byFunction.reduce((a, [, ms]) => a + ms, 0);
  const line = ([k, ms]: [string, number]) => `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${(ms / iterations).toFixed(1).padStart(8)} ms/run  ${k}`;
  process.stdout.write(`${edit ? `session re-lint (typed at: ${edit})` : 'lint'} of ${text.length} chars × ${iterations}: ${(elapsed / iterations).toFixed(0)} ms per run\n\nBy file (self time):\n`);
  process.stdout.write(byFile.slice(0, 15).map(line).join('\n'));
  process.stdout.write('\n\nHot functions (self time):\n');
  process.stdout.write(byFunction.slice(0, 25).map(line).join('\n'));
  if (edit) process.stdout.write(`\n\nBy total (inclusive) time:\n${inclusive.slice(0, 60).map(line).join('\n')}`);
  process.stdout.write('\n');
}

main();
