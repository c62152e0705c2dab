/**
 * The editor's lint worker outside the editor (issue 9, editor side): the same documents and the
 * same keystrokes as the integration test "records keystroke → published diagnostics"
 * (test/integration/suite/editor.test.ts: `generatePostmortem({ targetBytes, seed: 11 })`, one 'x'
 * typed at column 5 of the first prose line from the middle, 7 samples at 20 KB and 5 at 450 KB
 * after a full lint on open), answered three ways, to tell apart what the bundle, the worker thread
 * and the message trip cost:
 *
 * - `source`: `createLintServer()` of src/extension/lint/protocol.ts in this thread (tsx);
 * - `bundle`: the same function from an esbuild bundle built with the options of esbuild.mjs, in
 *   this thread;
 * - `worker`: the real worker script (src/extension/lint/worker.node.ts, bundled as dist/lintWorker.js
 *   is) in a `worker_threads` Worker started as nodeWorker.ts starts it, with the text posted.
 *
 * Prints, per mode and size, the medians of: the lint in the server (`linted - began`; in the
 * worker on Linux also how long its thread ran on a CPU and waited for one), the whole answer (the
 * request posted → the reply back), and this process's CPU time over that trip (all threads: the
 * lint, its garbage collection, the structured clone).
 *
 * Usage: `npx tsx bench/worker-latency.ts`. Environment: BENCH_WORKER_SIZES (default
 * "20000,450000"), BENCH_WORKER_MODES (default "source,bundle,worker"), BENCH_WORKER_PRODUCTION=1
 * (minified bundles, as the packaged extension), BENCH_WORKER_SAMPLES (default: the test's 7 and 5),
 * BENCH_WORKER_EDIT=bench (type where bench/latency.ts types instead: for a comparison),
 * BENCH_WORKER_PAUSE_MS (between samples, default 100, as the test waits), BENCH_WORKER_YOUNG_MB (the
 * worker's `resourceLimits.maxYoungGenerationSizeMb`, to try; default V8's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { defaultConfig } from '../src/core/config';
import { createLintServer, type LintReply, type LintRequest } from '../src/extension/lint/protocol';
import { generatePostmortem } from './generate';

type Serve = (request: LintRequest) => Promise<LintReply>;
type Result = Extract<LintReply, { type: 'result' }>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The keystrokes of the integration test: the document after each typed 'x', the first being the text as opened. */
export function testEdits(size: number, samples: number, typed = 'x', where: 'test' | 'bench' = 'test'): string[] {
  const text = generatePostmortem({ targetBytes: size, seed: 11 }).text;
  const lines = text.split('\n');
  // As the test picks it: a line in the middle of a paragraph, away from headings.
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && !/^[A-Za-z가-힣].{20,}/.test(lines[line])) line++;
  let at = 5;
  for (let i = 0; i < line; i++) at += lines[i].length + 1;
  // Or where bench/latency.ts types (as of this commit): after the line break past the middle character.
  if (where === 'bench') at = text.indexOf('\n', Math.floor(text.length / 2)) + 6;
  const out = [text];
  let t = text;
  for (let i = 0; i < samples; i++) {
    // Typed at the same position each time (the test sets the cursor to column 5 before each).
    t = `${t.slice(0, at)}${typed}${t.slice(at)}`;
    out.push(t);
  }
  return out;
}

/** Bundles `entry` with the options esbuild.mjs gives the extension's Node bundles. */
async function bundle(entry: string, outfile: string, production: boolean): Promise<void> {
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', loader: { '.yaml': 'text' } });
}

function startWorker(file: string): Promise<{ serve: Serve; stop(): Promise<number> }> {
  // As nodeWorker.ts starts it.
  const young = Number(process.env.BENCH_WORKER_YOUNG_MB) || undefined;
  const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024, ...(young ? { maxYoungGenerationSizeMb: young } : {}) } });
  let pending: ((reply: LintReply) => void) | undefined;
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: LintReply | { type: 'ready' }) => {
      if (message.type === 'ready') resolve({ serve: (request) => new Promise((r) => ((pending = r), worker.postMessage(request))), stop: () => worker.terminate() });
      else pending?.(message);
    });
  });
}

interface Figures {
  mode: string;
  size: number;
  open: number;
  lint: number[];
  /** The lint's thread: on a CPU, and waiting for one (the worker mode on Linux only). */
  onCpu: number[];
  waiting: number[];
  answer: number[];
  cpu: number[];
  findings: number;
}

async function run(mode: string, serve: Serve, size: number, samples: number, pauseMs: number, typed: string): Promise<Figures> {
  const texts = testEdits(size, samples, typed, process.env.BENCH_WORKER_EDIT === 'bench' ? 'bench' : 'test');
  const document = `file:///bench/latency-${size}-postmortem.md`;
  const configJson = JSON.stringify(defaultConfig());
  let id = 1;
  const ask = async (text: string) => {
    const c0 = cpuMs();
    const t0 = performance.timeOrigin + performance.now();
    const reply = await serve({ type: 'lint', id: id++, text, configJson, locale: 'en', document });
    const t1 = performance.timeOrigin + performance.now();
    if (reply.type !== 'result') throw new Error(reply.type === 'error' ? reply.message : reply.type);
    return { reply: reply as Result, answer: t1 - t0, cpu: cpuMs() - c0 };
  };
  const opened = await ask(texts[0]);
  const f: Figures = { mode, size, open: opened.answer, lint: [], onCpu: [], waiting: [], answer: [], cpu: [], findings: opened.reply.findings.length };
  for (const text of texts.slice(1)) {
    await sleep(pauseMs);
    const { reply, answer, cpu } = await ask(text);
    f.lint.push((reply.linted ?? NaN) - (reply.began ?? NaN));
    f.onCpu.push(reply.cpu?.onCpu ?? NaN);
    f.waiting.push(reply.cpu?.waiting ?? NaN);
    f.answer.push(answer);
    f.cpu.push(cpu);
  }
  return f;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_WORKER_SIZES ?? '20000,450000').split(',').map(Number).filter((n) => n > 0);
  const modes = (process.env.BENCH_WORKER_MODES ?? 'source,bundle,worker').split(',');
  const production = process.env.BENCH_WORKER_PRODUCTION === '1';
  const pauseMs = Number(process.env.BENCH_WORKER_PAUSE_MS ?? 100);
  const samplesOf = (size: number) => Number(process.env.BENCH_WORKER_SAMPLES) || (size > 100_000 ? 5 : 7);
  const dir = mkdtempSync(join(tmpdir(), 'pm-worker-latency-'));
  const out: Figures[] = [];
  try {
    for (const mode of modes) {
      let serve: Serve;
      let stop = async () => 0;
      if (mode === 'source') {
        const server = createLintServer();
        serve = async (r) => server(r);
      } else if (mode === 'bundle') {
        const file = join(dir, 'protocol.js');
        await bundle(join(__dirname, '..', 'src', 'extension', 'lint', 'protocol.ts'), file, production);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const server = (require(file) as typeof import('../src/extension/lint/protocol')).createLintServer();
        serve = async (r) => server(r);
      } else if (mode === 'worker') {
        const file = join(dir, 'lintWorker.js');
        await bundle(join(__dirname, '..', 'src', 'extension', 'lint', 'worker.node.ts'), file, production);
        ({ serve, stop } = await startWorker(file));
      } else throw new Error(`unknown mode ${mode}`);
      // The test's order: the small document first, then the big one, in one server (one worker).
      // A size given twice is a second round on the same document (a warm worker), typing another letter.
      const rounds = new Map<number, number>();
      for (const size of sizes) {
        const round = rounds.get(size) ?? 0;
        rounds.set(size, round + 1);
        out.push(await run(mode, serve, size, samplesOf(size), pauseMs, 'xyzwv'[round % 5]));
      }
      await stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nThe editor's lint worker on the integration test's keystrokes (${production ? 'minified' : 'development'} bundles; medians, ms):\n`);
  console.log('| mode | size | open (full lint) | lint in the server | of which on a CPU / waiting for one | answer (post → reply) | CPU over the answer (all threads) | samples (answer) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  const fmt = (xs: number[]) => (xs.some(Number.isNaN) ? '–' : median(xs).toFixed(1));
  for (const f of out) {
    console.log(`| ${f.mode} | ~${Math.round(f.size / 1000)} KB | ${f.open.toFixed(0)} | ${median(f.lint).toFixed(1)} | ${fmt(f.onCpu)} / ${fmt(f.waiting)} | ${median(f.answer).toFixed(1)} | ${median(f.cpu).toFixed(1)} | ${f.answer.map((x) => x.toFixed(0)).join(', ')} |`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
