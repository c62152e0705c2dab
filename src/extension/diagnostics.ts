import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config';
import { docsPathOf, ENGINE_ID, isInternalError } from '../core/lint';
import type { Finding, Severity } from '../core/types';
import type { ConfigService } from './config';
import { toOffset, toRange } from './convert';
import type { PostmortemDocuments } from './documents';
import { DIAGNOSTIC_SOURCE, Settings } from './ids';
import { ruleDocsTarget } from './ruleDocs';
import { affectsPostmortem, readSettings, uiLanguage } from './settings';
import { debounceAfterEdit, moveFindings, pickShown, samePublished, someMovedIn, type Change, type MovedFinding, type PublishedMark } from './findingsMap';
import { BoundedLinter, type BoundedOutcome } from './lint/bounded';
import { moveMetricsData, type MetricsData } from './lint/metricsData';
import type { MetricsChange } from './metrics';
import { epochNow, LintTraces, type LintTrace } from './lint/trace';

/** What a lint run did with a document. */
export type LintOutcome =
  /** Diagnostics now show the findings of the document's current version. */
  | 'published'
  /** The document changed while linting; the results were dropped (a newer run follows). */
  | 'outdated'
  /** Not a postmortem, closed, too large or binary: diagnostics were cleared. */
  | 'skipped';

/** Test hooks for one lint run. */
export interface LintHooks {
  /** Runs after the findings are computed and before they are published. */
  beforePublish?: () => Promise<void> | void;
}

/** The findings of one document version. */
export interface DocumentFindings {
  version: number;
  findings: Finding[];
  /**
   * What the quick fixes need from that version's parse, per finding (`FLAG_*` of
   * lint/protocol.ts), computed by the lint worker next to its parse: the parse stays there.
   */
  flags: ReadonlyMap<Finding, number>;
  /** The lint exceeded its time budget: `findings` is the one notice saying so. */
  timedOut?: boolean;
  /** The incident metrics of that version (computed by the worker with the findings). */
  metrics?: MetricsData;
}

/** The last published findings carried to the document's current text (see {@link DiagnosticsController.latest}). */
export interface LatestFindings {
  /** The version the findings were computed for. */
  version: number;
  /** The findings moved to the current text; `origin` is each as linted. */
  findings: MovedFinding[];
  /** Quick-fix facts by finding as linted (`origin`). */
  flags: ReadonlyMap<Finding, number>;
}

/** How much of a document is checked for NUL characters, the mark of a binary file. */
const BINARY_PROBE = 8192;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A finding as a VS Code diagnostic at `range`; `code` links to the rule's docs shipped in the extension. */
function diagnosticOf(range: vscode.Range, finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.ruleId, target: ruleDocsTarget(finding.ruleId) };
  return d;
}

/** The configuration as the lint worker receives it (memoised: one string per resolved object). */
const configJsons = new WeakMap<ResolvedConfig, string>();
function configJson(config: ResolvedConfig): string {
  let json = configJsons.get(config);
  if (json === undefined) {
    json = JSON.stringify(config);
    configJsons.set(config, json);
  }
  return json;
}

/**
 * Live diagnostics for open postmortems: linted on open, as you type (debounced, unless
 * `postmortem.lint.onType` is off, then on save), and again when the configuration changes;
 * cleared on close. Results computed for a version the document has since left are dropped.
 *
 * The lint itself runs off the extension host's thread, in one worker for the extension (see
 * lint/bounded.ts): a newer version of a document replaces its queued request, and a lint that
 * exceeds `postmortem.lint.timeBudgetMs` is stopped and shows one information diagnostic at the
 * top of the document instead of findings ("too complex to lint in time"); the next edit tries again.
 * The worker keeps a copy of each open document's text: as you type, a lint request carries the
 * changes since the version the worker has, not the whole text (read only on open, or when the
 * worker has no copy), so a keystroke in a big document costs this thread little more than the reply.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, DocumentFindings>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly warnedSkipped = new Set<string>();
  private warnedInternal = false;
  /** Changes made since each document's published version (to move its findings along). */
  private readonly changesSince = new Map<string, Change[]>();
  /**
   * How long a re-lint of each document after an edit took (moving average, ms; the first lint
   * of a document parses it all and does not count): sets its debounce.
   */
  private readonly lintMs = new Map<string, number>();
  /** When each document was last edited (epoch ms): a first edit after a pause is linted at once. */
  private readonly lastEdit = new Map<string, number>();
  /** What was last handed to VS Code for each open document (to leave it alone when a run changes nothing). */
  private readonly publishedMarks = new Map<string, PublishedMark[]>();
  /** Findings of each document not published because VS Code shows at most 1000 per file. */
  private readonly hiddenCounts = new Map<string, number>();
  private readonly republish = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a document's diagnostics change (for the status bar). */
  readonly onDidChangeFindings = this.changed.event;
  private readonly metricsChanged = new vscode.EventEmitter<MetricsChange>();
  /** Fires when a lint is published or dropped, with the metrics before (moved to the current text) and after (for the CodeLens). */
  readonly onDidChangeMetrics = this.metricsChanged.event;
  /** Test hook: each lint first busy-waits this long in the worker, like a document that hangs the engine. */
  testLintDelayMs = 0;
  /** Where the time of the last lint runs went (keystroke → published diagnostics; see lint/trace.ts). */
  readonly traces: LintTraces;
  /** The last edit of each document and the wait its lint was scheduled with (for the next run's trace). */
  private readonly editMarks = new Map<string, { edit: number; debounceMs: number }>();

  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly config: ConfigService,
    private readonly linter: BoundedLinter,
    traceSink?: (trace: LintTrace) => void,
  ) {
    this.traces = new LintTraces(64, traceSink);
    this.disposables.push(
      this.collection,
      this.changed,
      this.metricsChanged,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const key = e.document.uri.toString();
        // Every change of a Markdown document, for the lint worker's copy of its text (the next lint
        // sends these changes, not the whole text); an event without changes that moved the version
        // (line endings changed) makes the next lint send the whole text.
        if (e.document.languageId === 'markdown') {
          this.linter.recordChange(
            key,
            e.document.version,
            e.contentChanges.length === 0 ? undefined : e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
          );
        }
        if (e.contentChanges.length === 0) return;
        const edit = epochNow();
        const since = this.changesSince.get(key);
        if (since) for (const c of e.contentChanges) since.push({ offset: c.rangeOffset, length: c.rangeLength, inserted: c.text.length });
        const s = readSettings(e.document.uri);
        const previous = this.lastEdit.get(key);
        this.lastEdit.set(key, edit);
        if (!s.lintOnType) return;
        const debounceMs = debounceAfterEdit(this.lintMs.get(key), s.debounceMs, previous === undefined ? undefined : edit - previous);
        this.schedule(e.document, debounceMs);
        this.editMarks.set(key, { edit, debounceMs });
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.visibleRangesChanged(e.textEditor.document)),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (!readSettings(d.uri).lintOnType) this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      this.config.onDidChange(() => this.relintAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsPostmortem(e, Settings.files) || affectsPostmortem(e, Settings.detectByContent) || affectsPostmortem(e, Settings.maxDocumentSize)) {
          this.documents.invalidate();
          this.relintAll();
        }
      }),
    );
  }

  /** Lints every open document (at activation and after a configuration change). */
  relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Lints a document after `delayMs`, replacing a pending run for it. */
  schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.editMarks.delete(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.track(this.lint(document));
    }, delayMs);
    this.timers.set(key, timer);
  }

  private track<T>(p: Promise<T>): void {
    const wrapped = p.catch(() => undefined).finally(() => this.running.delete(wrapped));
    this.running.add(wrapped);
  }

  /** Resolves when no lint is scheduled or running (tests wait on this instead of sleeping). */
  async idle(): Promise<void> {
    for (let i = 0; i < 1000 && (this.timers.size > 0 || this.running.size > 0); i++) {
      if (this.running.size > 0) await Promise.all([...this.running]);
      else await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Lints a document now and publishes the findings, unless the document moved on meanwhile. */
  async lint(document: vscode.TextDocument, hooks: LintHooks = {}): Promise<LintOutcome> {
    const trace = this.traces.begin({ key: document.uri.toString(), version: document.version, fired: epochNow(), ...this.editMarks.get(document.uri.toString()) });
    this.editMarks.delete(trace.key);
    try {
      const outcome = await this.lintTraced(document, hooks, trace);
      trace.outcome = outcome;
      return outcome;
    } catch (e) {
      trace.outcome = 'failed';
      throw e;
    } finally {
      this.traces.end(trace);
    }
  }

  private async lintTraced(document: vscode.TextDocument, hooks: LintHooks, trace: LintTrace): Promise<LintOutcome> {
    const uri = document.uri;
    const length = document.isClosed ? undefined : this.lengthOf(document);
    if (length === undefined || !this.documents.isPostmortem(document) || this.tooBig(document, length)) {
      this.forget(uri);
      return 'skipped';
    }
    const version = document.version;
    // The whole text is read only when the worker needs it (on open, or when it has no copy of the
    // document): as you type, it receives the changes (lint/bounded.ts, lint/editLog.ts).
    if (document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(BINARY_PROBE))).includes('\u0000')) {
      this.warnOnce(uri, vscode.l10n.t('Postmortem: {0} looks like a binary file and is not linted.', label(uri)));
      this.forget(uri);
      return 'skipped';
    }
    const generation = this.config.generation;
    const config = await this.config.configFor(uri);
    if (document.version !== version || document.isClosed) return 'outdated';
    const key = uri.toString();
    const budgetMs = readSettings(uri).timeBudgetMs;
    trace.sent = epochNow();
    const outcome = await this.linter.lint(
      // The same version with the same configuration shares one request (code actions and the debounced lint).
      { key, tag: `${version}:${generation}`, budgetMs, priority: vscode.window.visibleTextEditors.some((e) => e.document === document) },
      {
        source: { version, length, text: () => (document.version === version && !document.isClosed ? document.getText() : undefined) },
        configJson: configJson(config),
        locale: uiLanguage(),
        testDelayMs: this.testLintDelayMs || undefined,
      },
    );
    trace.received = epochNow();
    if (outcome.kind === 'done') {
      trace.workerBegan = outcome.reply.began;
      trace.workerLinted = outcome.reply.linted;
      trace.workerEnded = outcome.reply.began === undefined ? undefined : outcome.reply.began + outcome.reply.ms;
      trace.lintCpu = outcome.reply.cpu;
      trace.session = outcome.reply.session;
      trace.input = outcome.reply.input;
    }
    if (outcome.kind === 'dropped') return 'outdated';
    // The debounce follows the re-lints that edits cause (a lint session's), not the full parse
    // on open or after a configuration change; a lint stopped by its budget always counts.
    if (trace.edit !== undefined || outcome.kind === 'timeout') {
      const before = this.lintMs.get(key);
      const took = outcome.kind === 'done' ? outcome.reply.ms : budgetMs;
      this.lintMs.set(key, before === undefined ? took : before * 0.5 + took * 0.5);
    }
    await hooks.beforePublish?.();
    // A run for an older version, or with settings that changed meanwhile, must never overwrite
    // the results of a newer one.
    if (document.version !== version || document.isClosed) return 'outdated';
    if (generation !== this.config.generation) {
      this.schedule(document, 0);
      return 'outdated';
    }
    const entry = this.toFindings(document.lineAt(0).text.length, version, outcome);
    // The previous lint's metrics on the current text, before they are replaced.
    const metricsBefore = this.latestMetrics(document);
    const since = this.changesSince.get(key);
    this.results.set(key, entry);
    this.changesSince.set(key, []);
    this.publish(document, entry.findings, since, trace);
    trace.findings = entry.findings.length;
    this.metricsChanged.fire({ uri, before: metricsBefore, after: entry.metrics });
    const internal = entry.findings.find(isInternalError);
    if (internal && !this.warnedInternal) {
      // A rule that crashed checked less than it should: say so once per session, not per keystroke.
      this.warnedInternal = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('Postmortem: a rule failed with an internal error in {0}, so some problems may not be shown ({1}). Please report it.', label(uri), internal.message));
    }
    return 'published';
  }

  /** The findings of a lint outcome: the worker's, or one notice when the lint could not finish. */
  private toFindings(firstLineLength: number, version: number, outcome: Exclude<BoundedOutcome, { kind: 'dropped' }>): DocumentFindings {
    if (outcome.kind === 'done') {
      const { findings, flags, metrics } = outcome.reply;
      return { version, findings, flags: new Map(findings.map((f, i) => [f, flags[i] ?? 0])), metrics };
    }
    // One notice on the first line, where it is seen (and not hidden by the 1000-diagnostics limit).
    const end = Math.min(firstLineLength, 200);
    const notice = (severity: Severity, message: string, data: Finding['data']): Finding => ({
      ruleId: ENGINE_ID,
      severity,
      start: 0,
      end,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: end + 1,
      message,
      suggestions: [],
      docsPath: docsPathOf(ENGINE_ID),
      data,
    });
    if (outcome.kind === 'timeout') {
      const message = vscode.l10n.t('Postmortem: too complex to lint in time: the check took longer than {0} ms and was stopped, so no findings are shown. The next edit tries again (setting postmortem.lint.timeBudgetMs).', outcome.budgetMs);
      return { version, findings: [notice('info', message, { timeout: true, budgetMs: outcome.budgetMs })], flags: new Map(), timedOut: true };
    }
    const message = vscode.l10n.t('Internal error: the document could not be linted ({0})', outcome.message);
    return { version, findings: [notice('error', message, { internalError: true })], flags: new Map() };
  }

  /**
   * Lints a file that is not open (Lint All Postmortems in Workspace) in the worker, under the
   * same budget; undefined when a newer request replaced it.
   */
  async lintClosed(uri: vscode.Uri, text: string): Promise<Finding[] | undefined> {
    const generation = this.config.generation;
    const config = await this.config.configFor(uri);
    const outcome = await this.linter.lint({ key: `closed:${uri.toString()}`, tag: String(generation), budgetMs: readSettings(uri).timeBudgetMs }, { text, configJson: configJson(config), locale: uiLanguage() });
    const eol = text.search(/[\r\n]/);
    return outcome.kind === 'dropped' ? undefined : this.toFindings(eol < 0 ? text.length : eol, 0, outcome).findings;
  }

  /**
   * The findings of the document's current version: cached when fresh, else linted now (code
   * actions and fix-on-save must never work from an older text). Undefined for non-postmortems.
   */
  async current(document: vscode.TextDocument): Promise<DocumentFindings | undefined> {
    const cached = this.results.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached;
    const outcome = await this.lint(document);
    if (outcome !== 'published') return undefined;
    const fresh = this.results.get(document.uri.toString());
    return fresh && fresh.version === document.version ? fresh : undefined;
  }

  /**
   * The last published findings moved to the document's current text, without waiting for a lint
   * in flight (code actions answer from these while typing on a big document). Findings an edit
   * has touched since are left out. Undefined when the document has never been linted.
   * `near` (current offsets): the caller only uses findings overlapping it, and with findings there,
   * all of them; when none overlaps it the findings come back empty, without moving them all.
   */
  latest(document: vscode.TextDocument, near?: { start: number; end: number }): LatestFindings | undefined {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (!cached) return undefined;
    const changes = cached.version === document.version ? [] : this.changesSince.get(key);
    if (!changes) return undefined;
    if (near && !someMovedIn(cached.findings, changes, near.start, near.end)) return { version: cached.version, findings: [], flags: cached.flags };
    const position = (offset: number) => {
      const p = document.positionAt(offset);
      return { line: p.line + 1, column: p.character + 1 };
    };
    return { version: cached.version, findings: moveFindings(cached.findings, changes, position), flags: cached.flags };
  }

  /**
   * The incident metrics of the last published lint, their offsets moved to the document's
   * current text (the CodeLens and the hover show these: no parse on this thread). Undefined when
   * the document was never linted or its last lint could not compute them.
   */
  latestMetrics(document: vscode.TextDocument): MetricsData | undefined {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (!cached?.metrics) return undefined;
    const changes = cached.version === document.version ? [] : this.changesSince.get(key);
    return changes ? moveMetricsData(cached.metrics, changes) : undefined;
  }

  /** How many findings of a document are not shown because VS Code shows at most 1000 per file. */
  hiddenCount(uri: vscode.Uri): number {
    return this.hiddenCounts.get(uri.toString()) ?? 0;
  }

  /**
   * Publishes findings, keeping within VS Code's limit the most severe and those nearest what is
   * visible. When they are what the editor already shows (the same diagnostics, none of which an
   * edit since the last publish touched: most keystrokes), VS Code is not told again, which spares
   * the extension host, the connection and the window redoing every squiggle of the file.
   * `since`: the changes made since the last publish (undefined: unknown).
   */
  private publish(document: vscode.TextDocument, findings: readonly Finding[], since: readonly Change[] | undefined, trace?: LintTrace): void {
    const visible = vscode.window.visibleTextEditors
      .filter((e) => e.document === document)
      .flatMap((e) => e.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line })));
    const shown = pickShown(findings, visible);
    const key = document.uri.toString();
    if (shown.length < findings.length) this.hiddenCounts.set(key, findings.length - shown.length);
    else this.hiddenCounts.delete(key);
    const ranges = shown.map((f) => toRange(document, f.start, f.end));
    const marks = shown.map((f, i): PublishedMark => {
      const r = ranges[i];
      const at = `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
      return { start: f.start, end: f.end, at, key: `${at}\u0001${f.severity}\u0001${f.ruleId}\u0001${f.message}` };
    });
    const previous = this.publishedMarks.get(key);
    const position = (offset: number) => {
      const p = document.positionAt(offset);
      return `${p.line}:${p.character}`;
    };
    const unchanged = previous !== undefined && since !== undefined && this.collection.has(document.uri) && samePublished(previous, marks, since, position);
    const diagnostics = unchanged ? undefined : shown.map((f, i) => diagnosticOf(ranges[i], f));
    if (trace) trace.converted = epochNow();
    if (diagnostics) this.collection.set(document.uri, diagnostics);
    this.publishedMarks.set(key, marks);
    if (trace) {
      trace.published = epochNow();
      if (unchanged) trace.unchanged = true;
    }
    this.changed.fire(document.uri);
    if (trace) trace.notified = epochNow();
  }

  /** Scrolling a document with hidden findings shows those near the new view (after a short pause). */
  private visibleRangesChanged(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.hiddenCounts.get(key)) return;
    const pending = this.republish.get(key);
    if (pending) clearTimeout(pending);
    this.republish.set(
      key,
      setTimeout(() => {
        this.republish.delete(key);
        const cached = this.results.get(key);
        if (cached && cached.version === document.version && !document.isClosed) this.publish(document, cached.findings, this.changesSince.get(key));
      }, 150),
    );
  }

  /** The last published findings of a document, whatever its version. */
  findings(uri: vscode.Uri): readonly Finding[] | undefined {
    return this.results.get(uri.toString())?.findings;
  }

  /** Diagnostics for a file that is not open (from "Lint All Postmortems in Workspace"). */
  setForClosedFile(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  /** The document's length: the offset of its end, without building the whole string. */
  private lengthOf(document: vscode.TextDocument): number {
    return toOffset(document, document.lineAt(document.lineCount - 1).range.end);
  }

  private tooBig(document: vscode.TextDocument, length: number): boolean {
    const max = readSettings(document.uri).maxDocumentSize;
    if (length <= max) return false;
    this.warnOnce(document.uri, vscode.l10n.t('Postmortem: {0} is too large to lint ({1} characters; the limit is the setting postmortem.lint.maxDocumentSize = {2}).', label(document.uri), length, max));
    return true;
  }

  private warnOnce(uri: vscode.Uri, message: string): void {
    const key = uri.toString();
    if (this.warnedSkipped.has(key)) return;
    this.warnedSkipped.add(key);
    void vscode.window.showInformationMessage(message);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.linter.cancel(key);
    this.changesSince.delete(key);
    this.lintMs.delete(key);
    this.lastEdit.delete(key);
    this.editMarks.delete(key);
    this.hiddenCounts.delete(key);
    this.publishedMarks.delete(key);
    const before = this.results.get(key)?.metrics;
    const had = this.results.delete(key) || this.collection.has(uri);
    this.collection.delete(uri);
    if (had) this.changed.fire(uri);
    if (before) this.metricsChanged.fire({ uri, before, after: undefined });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const t of this.republish.values()) clearTimeout(t);
    this.republish.clear();
    for (const d of this.disposables) d.dispose();
    this.linter.dispose();
  }
}

function label(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}
