/**
 * A time budget per file for postmortem-lint: each file's lint (with --fix, every pass) runs in a
 * worker thread, and one that takes longer than the budget is stopped (the worker is terminated,
 * a fresh one takes the next file) and reported as too complex to lint in time: a hang in the
 * engine can never hang the CLI. Without a worker script (tests calling `run` in-process, custom
 * rules) the job runs in this thread and a result that came too late is reported the same way.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config';
import { lint } from '../core/lint';
import { allRules } from '../core/rules';
import type { Finding, Lang, Rule } from '../core/types';
import { fixUntilStable } from './fix';

/** One file's work. */
export interface FileJob {
  text: string;
  config: ResolvedConfig;
  locale: Lang;
  /** Apply fixes until stable (--fix) rather than lint once. */
  fix: boolean;
  /** Test hook (env POSTMORTEM_TEST_LINT_DELAY_MS): busy-waits this long first, like a document that hangs the engine. */
  testDelayMs?: number;
}

/** What the job produced. */
export interface FileJobResult {
  findings: Finding[];
  /** The text after fixes (the input when not fixing). */
  text: string;
  applied: number;
}

/** Runs a job in this thread. */
export function runFileJob(job: FileJob, rules: readonly Rule[] = allRules): FileJobResult {
  if (job.testDelayMs) {
    const until = Date.now() + job.testDelayMs;
    while (Date.now() < until) {
      // A hang, on purpose (test hook).
    }
  }
  const lintText = (text: string): Finding[] => lint(text, { config: job.config, rules, locale: job.locale }).findings;
  if (!job.fix) return { findings: lintText(job.text), text: job.text, applied: 0 };
  const result = fixUntilStable(job.text, { lint: lintText });
  return { findings: result.findings, text: result.text, applied: result.applied };
}

type Reply = { ok: true; result: FileJobResult } | { ok: false; message: string };

/** In a worker thread started by {@link FileLinter}: answers jobs. Returns false on the main thread. */
export function serveFileJobs(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  port.on('message', (job: FileJob) => {
    let reply: Reply;
    try {
      reply = { ok: true, result: runFileJob(job) };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
  return true;
}

/** The outcome of one file's job. */
export type FileOutcome = { kind: 'done'; result: FileJobResult } | { kind: 'timeout' };

/** Runs file jobs under a time budget: in a worker thread when a script is given, else in this thread. */
export class FileLinter {
  private worker: Worker | undefined;

  constructor(
    /** The script a worker runs (the CLI bundle itself, whose entry serves jobs in a worker thread). */
    private readonly script: string | undefined,
    private readonly rules: readonly Rule[] | undefined,
  ) {}

  async run(job: FileJob, budgetMs: number): Promise<FileOutcome> {
    // Custom rules (tests) are functions: they cannot cross to a worker.
    if (!this.script || this.rules) {
      const began = Date.now();
      const result = runFileJob(job, this.rules);
      return Date.now() - began > budgetMs ? { kind: 'timeout' } : { kind: 'done', result };
    }
    const worker = (this.worker ??= new Worker(this.script));
    return new Promise<FileOutcome>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (reply: Reply) => {
        done();
        if (reply.ok) resolve({ kind: 'done', result: reply.result });
        else reject(new Error(reply.message));
      };
      const onError = (err: unknown) => {
        done();
        this.worker = undefined;
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      const timer = setTimeout(() => {
        done();
        this.worker = undefined;
        void worker.terminate();
        resolve({ kind: 'timeout' });
      }, budgetMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  /** Stops the worker (at the end of a run). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
