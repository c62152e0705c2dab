/**
 * One lint worker per extension, with a queue and a time budget (free of `vscode`, unit-tested
 * with a fake worker). Requests are keyed by document: a newer request for a document replaces
 * its queued one (the latest version wins, stale ones are dropped unrun), an identical request
 * shares the pending one. One request runs at a time; requests for visible documents go first.
 * A request that exceeds its budget terminates the worker (a fresh one starts lazily for the
 * next request) and resolves as `timeout`. Without a worker (none can be started in this host,
 * or it failed), requests run in the calling thread with the same budget, which then cannot
 * interrupt a lint but still reports one that took too long.
 *
 * An open document's text goes to the worker once; later requests carry only the changes since the
 * version the worker last received (recorded with {@link BoundedLinter.recordChange}), and the worker
 * applies them to its copy. The whole text goes again when the worker has no copy (a fresh worker,
 * one that dropped the document, the in-thread fallback taking over) or the changes are not all known.
 */
import { EditLog } from './editLog';
import type { LintReply, LintRequest, TextChange, WorkerMessage } from './protocol';

/** A started worker, as the linter uses it. */
export interface WorkerHandle {
  post(request: LintRequest): void;
  terminate(): void;
  /**
   * The worker thread's CPU time so far (ms), where the platform says (Linux): the budget then
   * counts the lint's own CPU time, not the time it waited for a core on a busy machine.
   */
  cpuMs?(): number | undefined;
}

/**
 * With the worker's CPU time known, a lint is stopped when it has used its budget of CPU time, or
 * at the latest after this many budgets of wall time (a machine so busy that the lint hardly runs).
 */
export const BUDGET_WALL_FACTOR = 4;

/** Starts a worker that reports its messages and errors; undefined when this host cannot. */
export type WorkerFactory = (onMessage: (message: WorkerMessage) => void, onError: (error: unknown) => void) => Promise<WorkerHandle | undefined>;

/**
 * An open document's version as a lint request gives it: its version, its length, and its text,
 * read only when the worker needs it whole (undefined once the document has moved on to another
 * version: the request is then dropped, a lint of the newer version follows).
 */
export interface DocumentVersion {
  version: number;
  length: number;
  text(): string | undefined;
}

/** A request's inputs: a whole text (one-off lints), or an open document's version. */
export type BoundedRequest = Omit<LintRequest, 'id' | 'type' | 'text' | 'version' | 'base' | 'edits' | 'length'> & ({ text: string; source?: undefined } | { text?: undefined; source: DocumentVersion });

/** What became of a request. */
export type BoundedOutcome =
  | { kind: 'done'; reply: Extract<LintReply, { type: 'result' }> }
  /** The lint took longer than the budget and was stopped (or, in-thread, its result discarded). */
  | { kind: 'timeout'; budgetMs: number }
  /** A newer request for the same document replaced this one before it ran. */
  | { kind: 'dropped' }
  /** The engine failed (an exception outside the rules' containment). */
  | { kind: 'error'; message: string };

export interface BoundedLintOptions {
  /** Requests with the same key are one document: only the latest is kept. */
  key: string;
  /** Identifies the request's inputs (version, configuration): an equal tag shares the pending request. */
  tag: string;
  budgetMs: number;
  /** Runs before requests without priority (the document is visible). */
  priority?: boolean;
}

interface Job {
  options: BoundedLintOptions;
  request: BoundedRequest;
  promise: Promise<BoundedOutcome>;
  resolve(outcome: BoundedOutcome): void;
}

/** How long a fresh worker may take to load before the linter gives up on workers. */
export const WORKER_START_TIMEOUT_MS = 60_000;

export class BoundedLinter {
  private readonly queue = new Map<string, Job>();
  private running: { job: Job; id: number; timer: ReturnType<typeof setTimeout> | undefined } | undefined;
  private worker: { handle: WorkerHandle; ready: Promise<boolean>; isReady: boolean } | undefined;
  /** Set when workers cannot be used in this host: everything runs in-thread. */
  private inThreadOnly = false;
  private nextId = 1;
  private disposed = false;
  /** How many workers were started (tests: one per extension, plus one after each timeout). */
  workersStarted = 0;
  /** Changes of open documents since the version the worker (or the in-thread server) last received. */
  private readonly edits = new EditLog();
  /** The version of each open document the current worker (or the in-thread server) last received. */
  private readonly posted = new Map<string, number>();
  /** Requests sent as changes and as whole texts (tests, benchmarks). */
  readonly sent = { edits: 0, text: 0 };

  constructor(
    private readonly factory: WorkerFactory | undefined,
    private readonly inThread: (request: LintRequest) => LintReply,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    if (!factory) this.inThreadOnly = true;
  }

  /** Whether lints run in a worker (false: in the extension host's thread). */
  get usesWorker(): boolean {
    return !this.inThreadOnly;
  }

  /**
   * A change event of an open document (key): it is now at `version` by `changes` (VS Code's
   * `contentChanges`, in order); undefined when the event does not say how the text changed.
   */
  recordChange(key: string, version: number, changes: readonly TextChange[] | undefined): void {
    this.edits.record(key, version, changes);
  }

  lint(options: BoundedLintOptions, request: BoundedRequest): Promise<BoundedOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'dropped' });
    // The document is at this version now (requests are made for the current version): the log's history starts here at the latest.
    if (request.source) this.edits.seen(options.key, request.source.version);
    if (this.running && this.running.job.options.key === options.key && this.running.job.options.tag === options.tag) return this.running.job.promise;
    const queued = this.queue.get(options.key);
    if (queued) {
      if (queued.options.tag === options.tag) return queued.promise;
      this.queue.delete(options.key);
      queued.resolve({ kind: 'dropped' });
    }
    let resolve!: (outcome: BoundedOutcome) => void;
    const promise = new Promise<BoundedOutcome>((r) => (resolve = r));
    this.queue.set(options.key, { options, request, promise, resolve });
    void this.pump();
    return promise;
  }

  /** Forgets a document's queued request and its changes (closed). */
  cancel(key: string): void {
    this.edits.forget(key);
    this.posted.delete(key);
    const queued = this.queue.get(key);
    if (queued) {
      this.queue.delete(key);
      queued.resolve({ kind: 'dropped' });
    }
  }

  private next(): Job | undefined {
    let pick: Job | undefined;
    for (const job of this.queue.values()) {
      if (job.options.priority) {
        pick = job;
        break;
      }
      pick ??= job;
    }
    if (pick) this.queue.delete(pick.options.key);
    return pick;
  }

  private async pump(): Promise<void> {
    if (this.running || this.disposed) return;
    const job = this.next();
    if (!job) return;
    const id = this.nextId++;
    this.running = { job, id, timer: undefined };
    const finish = (outcome: BoundedOutcome) => {
      if (this.running?.id !== id) return;
      if (this.running.timer) clearTimeout(this.running.timer);
      this.running = undefined;
      job.resolve(outcome);
      void this.pump();
    };
    const worker = this.inThreadOnly ? undefined : await this.ensureWorker();
    if (this.disposed) return finish({ kind: 'dropped' });
    const request = this.requestOf(job, id, false);
    if (!request) return finish({ kind: 'dropped' });
    if (!worker) {
      // In-thread: the budget cannot interrupt the lint, but a result that came too late is
      // reported the same way (the editor is not told the document is fine when it was not checked).
      const began = Date.now();
      let reply = this.inThread(request);
      if (reply.type === 'needText') {
        const whole = this.requestOf(job, id, true);
        if (!whole) return finish({ kind: 'dropped' });
        reply = this.inThread(whole);
      }
      const took = Date.now() - began;
      if (took > job.options.budgetMs) return finish({ kind: 'timeout', budgetMs: job.options.budgetMs });
      return finish(reply.type === 'result' ? { kind: 'done', reply } : { kind: 'error', message: reply.type === 'error' ? reply.message : 'the lint server had no text' });
    }
    // A lint on a loaded machine waits for a core; what marks a document too complex is the CPU
    // time it takes (where known), so the wall-time timer is extended by the CPU budget left.
    const budgetMs = job.options.budgetMs;
    const cpuAtStart = worker.cpuMs?.();
    const wallLimit = Date.now() + budgetMs * BUDGET_WALL_FACTOR;
    const arm = (ms: number) => {
      const running = this.running;
      if (running?.id !== id) return;
      running.timer = setTimeout(() => {
        if (this.running?.id !== id) return;
        const cpuNow = cpuAtStart === undefined ? undefined : worker.cpuMs?.();
        if (cpuAtStart !== undefined && cpuNow !== undefined) {
          const left = Math.min(budgetMs - (cpuNow - cpuAtStart), wallLimit - Date.now());
          if (left > 0) return arm(Math.max(10, left));
        }
        this.log(`lint of ${job.options.key} exceeded ${budgetMs} ms${cpuAtStart === undefined ? '' : ' (CPU time, or the wall-time limit)'}: worker stopped`);
        this.stopWorker();
        finish({ kind: 'timeout', budgetMs });
      }, ms);
    };
    arm(budgetMs);
    try {
      worker.post(request);
    } catch (err) {
      this.log(`cannot post to the lint worker: ${String(err)}`);
      this.stopWorker();
      this.goInThread();
      if (this.running?.timer) clearTimeout(this.running.timer);
      this.running = undefined;
      this.queue.set(job.options.key, job);
      void this.pump();
    }
  }

  /**
   * The request to post for a job: an open document's changes since the version the worker has
   * (when known), else its whole text (`whole`: the worker asked for it). Undefined when the text is
   * needed and the document has moved on since the request was made.
   */
  private requestOf(job: Job, id: number, whole: boolean): LintRequest | undefined {
    const key = job.options.key;
    // Open documents keep a lint session in the worker (keyed by document); one-off lints of closed files do not.
    const document = key.startsWith('closed:') ? undefined : key;
    const { source, text, ...rest } = job.request;
    // The worker asked for the whole text: it has no copy of the document now.
    if (whole) this.posted.delete(key);
    if (!source) return { type: 'lint', id, ...rest, text: text!, ...(document === undefined ? {} : { document }) };
    const base = whole || document === undefined ? undefined : this.posted.get(key);
    const edits = base === undefined ? undefined : this.edits.between(key, base, source.version);
    let request: LintRequest;
    if (edits && base !== undefined) {
      request = { type: 'lint', id, ...rest, document, version: source.version, base, edits, length: source.length };
      this.sent.edits++;
    } else {
      const full = source.text();
      if (full === undefined) return undefined;
      request = { type: 'lint', id, ...rest, text: full, ...(document === undefined ? {} : { document, version: source.version }) };
      this.sent.text++;
    }
    if (document !== undefined) {
      this.posted.set(key, source.version);
      this.edits.trim(key, source.version);
    }
    return request;
  }

  /** From now on, lints run in this thread (whose server has none of the worker's texts). */
  private goInThread(): void {
    this.inThreadOnly = true;
    this.posted.clear();
  }

  /** The worker, started if needed; undefined (and in-thread from now on) when none can run. */
  private async ensureWorker(): Promise<WorkerHandle | undefined> {
    if (!this.worker) {
      let markReady!: (ok: boolean) => void;
      const ready = new Promise<boolean>((r) => (markReady = r));
      const startTimer = setTimeout(() => markReady(false), WORKER_START_TIMEOUT_MS);
      const slot: { handle: WorkerHandle | undefined } = { handle: undefined };
      let handle: WorkerHandle | undefined;
      try {
        handle = await this.factory!(
          (message) => {
            if (this.worker?.handle !== slot.handle) return;
            if (message.type === 'ready') {
              clearTimeout(startTimer);
              if (this.worker) this.worker.isReady = true;
              markReady(true);
            } else this.onReply(message);
          },
          (error) => {
            if (this.worker?.handle !== slot.handle) return;
            this.log(`lint worker failed: ${error instanceof Error ? error.message : String(error)}`);
            clearTimeout(startTimer);
            markReady(false);
            this.workerFailed();
          },
        );
      } catch (err) {
        this.log(`cannot start a lint worker: ${String(err)}`);
      }
      if (!handle) {
        clearTimeout(startTimer);
        this.goInThread();
        return undefined;
      }
      slot.handle = handle;
      this.workersStarted++;
      // A fresh worker has no document's text.
      this.posted.clear();
      this.worker = { handle, ready, isReady: false };
    }
    const current = this.worker;
    if (await current.ready) return this.worker === current ? current.handle : this.ensureWorker();
    // Never became ready: workers do not work here.
    if (this.worker === current) this.stopWorker();
    this.goInThread();
    return undefined;
  }

  private onReply(reply: LintReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    if (reply.type === 'needText') {
      // The worker had no copy to apply the changes to: the same request with the whole text (the budget's timer runs on).
      const whole = this.requestOf(running.job, running.id, true);
      if (whole) {
        try {
          this.worker?.handle.post(whole);
          return;
        } catch (err) {
          this.log(`cannot post to the lint worker: ${String(err)}`);
        }
      }
      if (running.timer) clearTimeout(running.timer);
      this.running = undefined;
      running.job.resolve(whole ? { kind: 'error', message: 'cannot post to the lint worker' } : { kind: 'dropped' });
      void this.pump();
      return;
    }
    if (running.timer) clearTimeout(running.timer);
    this.running = undefined;
    running.job.resolve(reply.type === 'result' ? { kind: 'done', reply } : { kind: 'error', message: reply.message });
    void this.pump();
  }

  /**
   * The worker died (not by our timeout). Before it was ready, workers do not work in this host:
   * lint in-thread from now on. After, the running request failed (out of memory, say: never
   * retried in the host's thread) and the next request starts a fresh worker.
   */
  private workerFailed(): void {
    const wasReady = this.worker?.isReady === true;
    this.stopWorker();
    if (!wasReady) {
      this.goInThread();
      return;
    }
    const running = this.running;
    if (running) {
      if (running.timer) clearTimeout(running.timer);
      this.running = undefined;
      running.job.resolve({ kind: 'error', message: 'the lint worker stopped' });
      void this.pump();
    }
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    this.posted.clear();
    try {
      w?.handle.terminate();
    } catch {
      // Already gone.
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.values()) job.resolve({ kind: 'dropped' });
    this.queue.clear();
    if (this.running) {
      if (this.running.timer) clearTimeout(this.running.timer);
      this.running.job.resolve({ kind: 'dropped' });
      this.running = undefined;
    }
    this.stopWorker();
  }
}
