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

/**
 * One change of a document, in the coordinates of the text just before it (as VS Code reports its
 * `contentChanges`): `length` characters at `offset` replaced by `text`.
 */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * A lint of one document version. The text comes whole (`text`: a one-off lint, a document just
 * opened, or whenever the extension host cannot tell what the worker has), or, for an open document,
 * as the edits since the version the worker last received (`base` + `edits`): the worker applies them
 * to its copy of that version. Typing into a big document then posts a few bytes per keystroke, not
 * the whole text (issue 9: the structured clone of a 450 KB text cost the host's thread ~9 ms).
 */
export interface LintRequest {
  type: 'lint';
  id: number;
  /** The whole text; absent when `edits` give it. */
  text?: string;
  /** The document's version this request is for (open documents): the worker keeps its text as this version. */
  version?: number;
  /** The version of the worker's copy that `edits` apply to (with `document`, `version` and `edits`, without `text`). */
  base?: number;
  /** The changes from `base` to `version`, in order, each in the coordinates of the text after the ones before it. */
  edits?: TextChange[];
  /** The text's length after the edits: a check (another length: the worker asks for the whole text). */
  length?: number;
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
      /** How the text came: whole, or as edits applied to the worker's copy. */
      input?: 'text' | 'edits';
    }
  | { type: 'error'; id: number; message: string }
  /**
   * The request came as edits, but the worker has no copy of their base version (it was restarted,
   * dropped the document's copy, or the edits do not fit it): send the whole text.
   */
  | { type: 'needText'; id: number };

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

/** Open documents whose sessions (and texts) a worker keeps (the least recently linted is dropped first). */
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
 * A text with `changes` applied in order (each in the coordinates of the text after the ones
 * before it); undefined when one does not fit (a range outside the text). A run of changes each
 * wholly before the previous one (how VS Code lists the changes of one edit, last first) is applied
 * in one pass, so a "replace all" of thousands of matches does not copy the text for each.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string | undefined {
  let out = text;
  let i = 0;
  while (i < changes.length) {
    // The longest run from i in which each change ends at or before the start of the one before it.
    let j = i + 1;
    while (j < changes.length && changes[j].offset + changes[j].length <= changes[j - 1].offset) j++;
    const pieces: string[] = [];
    let tail = out.length;
    for (let k = i; k < j; k++) {
      const c = changes[k];
      if (!(Number.isInteger(c.offset) && Number.isInteger(c.length) && c.offset >= 0 && c.length >= 0 && c.offset + c.length <= tail && typeof c.text === 'string')) return undefined;
      pieces.push(out.slice(c.offset + c.length, tail), c.text);
      tail = c.offset;
    }
    pieces.push(out.slice(0, tail));
    out = pieces.reverse().join('');
    i = j;
  }
  return out;
}

/** What a server keeps of an open document: its lint session and its text as last linted. */
interface OpenDocument {
  /** None after a lint of it failed: the next lint starts a session afresh. */
  session: LintSession | undefined;
  /** The text of `version` (none: the request gave no version, so edits cannot follow it). */
  text: string;
  version: number | undefined;
}

/**
 * Answers lint requests; keeps the last few configurations parsed (by their JSON) and, per open
 * document, a lint session and the text last linted (the base of the next request's edits).
 * `threadTimes` (a worker's, where the platform has them) adds the lint's CPU and run-queue times
 * to the reply.
 */
export function createLintServer(threadTimes?: ThreadTimes): (request: LintRequest) => LintReply {
  const configs = new Map<string, ResolvedConfig>();
  const open = new Map<string, OpenDocument>();
  /** The document's entry, now the most recently used (the least recently used is dropped past MAX_SESSIONS). */
  const touch = (document: string): OpenDocument | undefined => {
    const entry = open.get(document);
    if (entry) {
      open.delete(document);
      open.set(document, entry);
    }
    return entry;
  };
  /** The request's text: given, or the document's copy at `base` with the edits applied; undefined when that cannot be. */
  const textOf = (request: LintRequest): string | undefined => {
    if (request.text !== undefined) return request.text;
    if (request.document === undefined || request.edits === undefined || request.base === undefined) return undefined;
    const entry = open.get(request.document);
    if (!entry || entry.version === undefined || entry.version !== request.base) return undefined;
    const text = applyChanges(entry.text, request.edits);
    return text !== undefined && (request.length === undefined || text.length === request.length) ? text : undefined;
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
    let entry: OpenDocument | undefined;
    try {
      const began = epochNow();
      const before = threadTimes?.();
      const text = textOf(request);
      if (text === undefined) {
        // No copy to apply the edits to (or they do not fit it): the host sends the whole text.
        if (request.document !== undefined) open.delete(request.document);
        return { type: 'needText', id: request.id };
      }
      if (request.testDelayMs) busyWait(request.testDelayMs);
      let sessionState: 'kept' | 'new' | undefined;
      if (request.document !== undefined) {
        entry = touch(request.document);
        if (!entry) {
          entry = { session: undefined, text, version: undefined };
          if (open.size >= MAX_SESSIONS) open.delete(open.keys().next().value!);
          open.set(request.document, entry);
        }
        // The copy is this version's text from now on, whatever becomes of the lint.
        entry.text = text;
        entry.version = request.version;
        sessionState = entry.session ? 'kept' : 'new';
        entry.session ??= createLintSession();
      }
      const config = configOf(request.configJson);
      const result = lintText(text, { config, locale: request.locale }, entry?.session);
      const linted = epochNow();
      const after = before && threadTimes?.();
      const times = before && after ? { cpu: cpuDelta(before, after) } : {};
      const reply = replyOf(result, config);
      const input = request.text !== undefined ? 'text' : 'edits';
      return { type: 'result', id: request.id, ...reply, ms: Math.round(epochNow() - began), began, linted, ...times, ...(sessionState ? { session: sessionState } : {}), input };
    } catch (err) {
      // A session moves the nodes of untouched chunks in place: after a lint that threw part-way, start the
      // document's next lint from scratch rather than from a half-moved tree (its text is still right).
      if (entry) entry.session = undefined;
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  };
}

/** Lints a small document once, so that the first real request does not pay for loading the rules' data. */
export function warmUp(serve: (request: LintRequest) => LintReply): void {
  serve({ type: 'lint', id: 0, text: '# Postmortem: warm-up\n\n## Summary\n\nThe deploy failed.\n', configJson: '{"rules":{},"phrases":{},"sectionAliases":{}}', locale: 'en' });
}
