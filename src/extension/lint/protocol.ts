/**
 * What the extension's lint worker does, free of `vscode` and of Node and browser APIs, so that the
 * same code runs in a `worker_threads` Worker (desktop / remote host), in a web worker (vscode.dev),
 * and in the extension host's own thread when no worker can be started. Requests and replies are
 * plain data (structured-clone safe): text, configuration and locale in; findings, per-finding
 * flags and the incident metrics out. The parsed document stays in the worker: everything the
 * extension host shows as you type comes from the reply (see {@link replyOf}).
 */
import type { ResolvedConfig } from '../../core/config';
import { actionItemAt, canAssignOwner } from '../../core/edits/owner';
import { disableLineEdit } from '../../core/edits/suppress';
import { createLintSession, type LintSession } from '../../core/incremental';
import { lint, type LintOptions, type LintResult } from '../../core/lint';
import type { Finding, Lang } from '../../core/types';
import { metricsData, type MetricsData } from './metricsData';
import { epochNow } from './trace';

/** A lint of one document version. */
export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  /** The resolved configuration as JSON (the worker keeps a few parsed, so compiled phrase lists are reused). */
  configJson: string;
  locale: Lang;
  /**
   * The document this text is a version of (its URI), for an open document: the worker keeps a
   * lint session per document and re-lints only what the edit touched. None for a one-off lint.
   */
  document?: string;
  /** Test hook: busy-waits this long before linting, like a document that hangs the engine. */
  testDelayMs?: number;
}

/** The answer to a {@link LintRequest}. */
export type LintReply =
  | {
      type: 'result';
      id: number;
      findings: Finding[];
      flags: number[];
      /** Milestones, durations and error budget (the metrics CodeLens and hover); none when they could not be computed. */
      metrics?: MetricsData;
      ms: number;
      /** When the worker started on the request and when its lint was done, before the rest of the reply (epoch ms, see trace.ts). */
      began?: number;
      linted?: number;
      /** Where the lint's wall time went, where the platform says (Linux; see {@link LintCpu}). */
      cpu?: LintCpu;
      /** Whether the document's lint session was kept from its previous request or started now (a full lint). */
      session?: 'kept' | 'new';
    }
  | { type: 'error'; id: number; message: string };

/**
 * CPU figures of one lint (ms, over its wall time): its thread on a CPU (`onCpu`) and ready but
 * waiting for one (`waiting`: other threads and processes had the cores); where known, how much
 * CPU the extension host's main thread (`hostThread`: VS Code's and the extensions' work there)
 * and the whole process (`process`, all threads: these two, the garbage collector's helpers, …;
 * 10 ms resolution) used meanwhile.
 */
export interface LintCpu {
  onCpu: number;
  waiting: number;
  hostThread?: number;
  process?: number;
}

/** Sent once by a worker when it has loaded and can take requests. */
export interface ReadyMessage {
  type: 'ready';
  /** Where the host can read the worker thread's CPU time (Linux: its schedstat file), if known. */
  schedstat?: string;
}

export type WorkerMessage = LintReply | ReadyMessage;

/** Flag: the finding's action item can take an owner ("Assign owner…"). */
export const FLAG_ASSIGN_OWNER = 1;
/** Flag: a suppression comment can be written for the finding's line ("Disable for this line…"). */
export const FLAG_DISABLE_LINE = 2;

/**
 * THE lint of the extension: every lint the worker (or the in-thread fallback) runs goes through
 * here, so a per-document incremental session can replace it in one place.
 */
export function lintText(text: string, options: LintOptions, session?: LintSession): LintResult {
  return session ? session.lint(text, options) : lint(text, options);
}

/** Open documents whose sessions a worker keeps (the least recently linted is dropped first). */
const MAX_SESSIONS = 8;

/**
 * Everything the reply carries besides the findings, derived from one {@link LintResult} (its parse
 * and findings), whatever produced it: a full lint or an incremental session.
 */
export function replyOf(result: LintResult, config: ResolvedConfig): { findings: Finding[]; flags: number[]; metrics?: MetricsData } {
  let metrics: MetricsData | undefined;
  try {
    metrics = metricsData(result.doc, config);
  } catch {
    // The lens and hover stay empty; the findings are still worth publishing.
  }
  return { findings: result.findings, flags: findingFlags(result), metrics };
}

/** Rules whose findings cannot be silenced by a comment (the engine ignores suppressions for them). */
const NOT_SUPPRESSIBLE = new Set(['suppression-comment', 'postmortem-engine']);

/**
 * What the quick fixes need from the parse, per finding: computed here, next to the parse, so that
 * code actions answer from plain data without parsing on the extension host's thread.
 */
export function findingFlags(result: LintResult): number[] {
  const { doc, findings } = result;
  const disableByLine = new Map<number, boolean>();
  return findings.map((f) => {
    let flags = 0;
    if (f.ruleId === 'action-item-owner') {
      const item = actionItemAt(doc, f.start);
      if (item && canAssignOwner(doc, item)) flags |= FLAG_ASSIGN_OWNER;
    }
    if (!NOT_SUPPRESSIBLE.has(f.ruleId)) {
      // Whether a comment fits does not depend on the rule id (only its shape, checked below).
      let ok = disableByLine.get(f.line);
      if (ok === undefined) {
        ok = disableLineEdit(doc, { line: f.line, ruleId: 'rule', reason: 'x' }) !== undefined;
        disableByLine.set(f.line, ok);
      }
      if (ok && /^[a-z0-9][a-z0-9-]*$/.test(f.ruleId)) flags |= FLAG_DISABLE_LINE;
    }
    return flags;
  });
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

function cpuDelta(before: LintCpu, after: LintCpu): LintCpu {
  const d = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : round1(b - a));
  const out: LintCpu = { onCpu: d(before.onCpu, after.onCpu)!, waiting: d(before.waiting, after.waiting)! };
  const host = d(before.hostThread, after.hostThread);
  const all = d(before.process, after.process);
  if (host !== undefined) out.hostThread = host;
  if (all !== undefined) out.process = all;
  return out;
}

function busyWait(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // A hang, on purpose (test hook): only terminating the worker ends it.
  }
}

/** The counters behind {@link LintCpu} so far (ms), if the platform has them. */
export type ThreadTimes = () => LintCpu | undefined;

/**
 * Answers lint requests; keeps the last few configurations parsed (by their JSON). `threadTimes`
 * (a worker's, where the platform has them) adds the lint's CPU and run-queue times to the reply.
 */
export function createLintServer(threadTimes?: ThreadTimes): (request: LintRequest) => LintReply {
  const configs = new Map<string, ResolvedConfig>();
  const sessions = new Map<string, LintSession>();
  let sessionState: 'kept' | 'new' | undefined;
  const sessionOf = (document: string | undefined): LintSession | undefined => {
    sessionState = undefined;
    if (document === undefined) return undefined;
    let session = sessions.get(document);
    sessionState = session ? 'kept' : 'new';
    if (session) sessions.delete(document);
    else session = createLintSession();
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    sessions.set(document, session);
    return session;
  };
  const configOf = (json: string): ResolvedConfig => {
    let config = configs.get(json);
    if (!config) {
      config = JSON.parse(json) as ResolvedConfig;
      if (configs.size >= 8) configs.delete(configs.keys().next().value!);
      configs.set(json, config);
    }
    return config;
  };
  return (request) => {
    try {
      const began = epochNow();
      const before = threadTimes?.();
      if (request.testDelayMs) busyWait(request.testDelayMs);
      const config = configOf(request.configJson);
      const result = lintText(request.text, { config, locale: request.locale }, sessionOf(request.document));
      const linted = epochNow();
      const after = before && threadTimes?.();
      const times = before && after ? { cpu: cpuDelta(before, after) } : {};
      const reply = replyOf(result, config);
      return { type: 'result', id: request.id, ...reply, ms: Math.round(epochNow() - began), began, linted, ...times, ...(sessionState ? { session: sessionState } : {}) };
    } catch (err) {
      // A session moves the nodes of untouched chunks in place: after a lint that threw part-way, start the
      // document's next lint from scratch rather than from a half-moved tree.
      if (request.document !== undefined) sessions.delete(request.document);
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  };
}

/** Lints a small document once, so that the first real request does not pay for loading the rules' data. */
export function warmUp(serve: (request: LintRequest) => LintReply): void {
  serve({ type: 'lint', id: 0, text: '# Postmortem: warm-up\n\n## Summary\n\nThe deploy failed.\n', configJson: '{"rules":{},"phrases":{},"sectionAliases":{}}', locale: 'en' });
}
