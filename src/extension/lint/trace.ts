/**
 * Where the time goes between a keystroke and its published diagnostics (issue 9), free of
 * `vscode`: the diagnostics controller marks each step of a lint run on one clock, the epoch in
 * milliseconds with sub-millisecond precision, which the lint worker shares (a worker's
 * `performance.now()` has its own origin; `performance.timeOrigin + performance.now()` does not).
 * The last few runs are kept in memory (a handful of numbers each: no cost worth a setting) and
 * read by the integration test that records keystroke → published diagnostics.
 */
import type { LintCpu } from './protocol';

/** Now, on the clock every thread of the extension shares (epoch ms). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** One lint run of an open document, each step's time on {@link epochNow}'s clock. */
export interface LintTrace {
  /** The document (its URI). */
  key: string;
  version: number;
  /** The last change event of the document before the run was scheduled, if an edit scheduled it. */
  edit?: number;
  /** The wait the run was scheduled with after that edit (ms). */
  debounceMs?: number;
  /** The run started (the debounce timer fired). */
  fired?: number;
  /** The request was handed to the linter (text read, configuration resolved). */
  sent?: number;
  /** The worker started linting (after waiting in the queue and the message's trip). */
  workerBegan?: number;
  /** The worker finished the lint itself (the rest of its time is the reply: flags, metrics). */
  workerLinted?: number;
  /** Of the lint's wall time (began → linted): CPU figures (Linux only; see LintCpu in protocol.ts). */
  lintCpu?: LintCpu;
  /** Whether the worker kept the document's lint session from the previous request or started one (a full lint). */
  session?: 'kept' | 'new';
  /** How the worker got the text: whole, or as the changes since the version it had. */
  input?: 'text' | 'edits';
  /** The worker posted its reply. */
  workerEnded?: number;
  /** The reply reached the extension host. */
  received?: number;
  /** The findings were converted for VS Code (ranges, the comparison with what is shown) and `DiagnosticCollection.set` was about to be called. */
  converted?: number;
  /** The diagnostics were handed to VS Code (`DiagnosticCollection.set` returned). */
  published?: number;
  /**
   * The run found exactly what the editor already showed (no edit touched a squiggle), so VS Code was
   * not told again: `published` marks that decision, and no diagnostics event follows.
   */
  unchanged?: boolean;
  /** The listeners of the findings (status bar, CodeLens) ran. */
  notified?: number;
  /** How many findings the run published. */
  findings?: number;
  /** How the run ended: published, outdated, skipped. */
  outcome?: string;
}

/** The last runs, oldest first, at most `capacity`. */
export class LintTraces {
  private readonly items: LintTrace[] = [];

  /**
   * `sink`: also given each run once it has ended (a test hook: the desktop host writes them to a
   * file when the environment asks for it, see lint/traceFile.ts; absent otherwise).
   */
  constructor(
    private readonly capacity = 64,
    private readonly sink?: (trace: LintTrace) => void,
  ) {}

  /** Starts the trace of a run. */
  begin(trace: LintTrace): LintTrace {
    this.items.push(trace);
    if (this.items.length > this.capacity) this.items.shift();
    return trace;
  }

  /** A run has ended (its outcome is set): hands it to the sink, if any. */
  end(trace: LintTrace): void {
    if (!this.sink) return;
    try {
      this.sink({ ...trace });
    } catch {
      /* a test hook must never break linting */
    }
  }

  /** The kept runs, oldest first (copies). */
  all(): LintTrace[] {
    return this.items.map((t) => ({ ...t }));
  }
}

/** The steps of a trace as durations (ms), for printing; a step whose marks are missing is left out. */
export function traceSteps(t: LintTrace): Record<string, number> {
  const out: Record<string, number> = {};
  const step = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined) out[name] = Math.round((to - from) * 10) / 10;
  };
  step('debounce', t.edit, t.fired);
  step('prepare', t.fired, t.sent);
  step('toWorker', t.sent, t.workerBegan);
  step('lint', t.workerBegan, t.workerLinted);
  step('reply', t.workerLinted, t.workerEnded);
  step('fromWorker', t.workerEnded, t.received);
  step('publish', t.received, t.published);
  step('convert', t.received, t.converted);
  step('set', t.converted, t.published);
  step('notify', t.published, t.notified);
  step('total', t.edit, t.notified);
  if (t.lintCpu) {
    out.lintOnCpu = t.lintCpu.onCpu;
    out.lintWaiting = t.lintCpu.waiting;
    if (t.lintCpu.hostThread !== undefined) out.hostThreadCpu = t.lintCpu.hostThread;
    if (t.lintCpu.process !== undefined) out.processCpu = t.lintCpu.process;
  }
  if (t.session !== undefined) out.sessionKept = t.session === 'kept' ? 1 : 0;
  if (t.input !== undefined) out.sentEdits = t.input === 'edits' ? 1 : 0;
  return out;
}
