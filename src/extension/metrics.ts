import * as vscode from 'vscode';
import { metricsLensText, metricsTableEdit, milestoneHover } from '../core/metrics/present';
import type { ConfigService } from './config';
import type { PostmortemDocuments } from './documents';
import { commandDocument, parseWithConfig } from './editing';
import { toRange, toWorkspaceEdit } from './convert';
import { Commands } from './ids';
import { lensChanged } from './lensRefresh';
import type { MetricsData, MilestoneData } from './lint/metricsData';

/** The UI language for the lens and hover (messages follow the UI, like findings). */
function uiLang(): 'en' | 'ko' {
  return vscode.env.language.startsWith('ko') ? 'ko' : 'en';
}

/**
 * Where the lens and the hover get the metrics: from the lint worker's last reply for the
 * document, moved to its current text (the diagnostics controller), never from a parse on the
 * extension host's thread.
 */
export interface MetricsSource {
  latestMetrics(document: vscode.TextDocument): MetricsData | undefined;
  /** The findings of the document's current version, linted now when needed. */
  current(document: vscode.TextDocument): Promise<unknown>;
  /** Whether the document was ever linted (its findings are kept). */
  findings(uri: vscode.Uri): readonly unknown[] | undefined;
  /**
   * Fires when a lint of a document is published (or its results are dropped): the previous lint's
   * metrics moved to the current text (`before`) and the new ones (`after`).
   */
  readonly onDidChangeMetrics: vscode.Event<MetricsChange>;
}

/** A document's metrics before and after a published lint, both in the current text's offsets. */
export interface MetricsChange {
  uri: vscode.Uri;
  before?: MetricsData;
  after?: MetricsData;
}

/** The metrics of a document's last lint (a document never linted yet is linted now). */
async function metricsOf(source: MetricsSource, document: vscode.TextDocument): Promise<MetricsData | undefined> {
  if (source.findings(document.uri) === undefined) await source.current(document);
  return source.latestMetrics(document);
}

/**
 * A CodeLens above each timeline heading: "detected after 12 min · mitigated after 47 min ·
 * resolved after 1 h 32 min" (inferred ones marked *); clicking it runs Insert / Update Incident
 * Metrics. The figures come with each lint (so the lens follows the timeline as it is typed,
 * one lint behind); its place is moved through the edits made since that lint, so it never sits
 * on the line an older text had the heading on.
 */
export class MetricsCodeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** How many times VS Code was asked to get the lenses again (for tests). */
  refreshes = 0;

  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly source: MetricsSource,
  ) {
    // New figures arrive with published lints: ask VS Code for the lenses again when the lens they give
    // differs from the previous lint's (VS Code asks by itself after each edit; see lensRefresh.ts).
    this.subscription = source.onDidChangeMetrics((e) => {
      if (!lensChanged(e.before, e.after, uiLang())) return;
      this.refreshes++;
      this.changed.fire();
    });
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.documents.isPostmortem(document)) return [];
    const data = await metricsOf(this.source, document);
    if (!data || data.lensAt === undefined || document.isClosed) return [];
    const text = metricsLensText(data, uiLang());
    if (!text) return [];
    const range = toRange(document, data.lensAt, data.lensAt);
    return [new vscode.CodeLens(range, { title: text, command: Commands.insertIncidentMetrics, arguments: [document.uri], tooltip: vscode.l10n.t('Insert or update the incident metrics table in the summary') })];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** A hover on each milestone entry: which milestone, how it was found, and the time since impact start. */
export class MilestoneHovers implements vscode.HoverProvider {
  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly source: MetricsSource,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.documents.isPostmortem(document)) return undefined;
    const data = await metricsOf(this.source, document);
    if (!data || document.isClosed) return undefined;
    const offset = document.offsetAt(position);
    const lang = uiLang();
    // Entries an edit touched since the lint have no head (their hover waits for the next lint).
    const hits = Object.values(data.milestones).filter((x): x is MilestoneData & { head: { start: number; end: number } } => !!x?.head && offset >= x.head.start && offset <= x.head.end);
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString(hits.map((h) => milestoneHover(h, data, lang)).join('\n\n---\n\n'));
    return new vscode.Hover(md, toRange(document, hits[0].head.start, hits[0].head.end));
  }
}

/** Insert / Update Incident Metrics: writes the table into the summary, or updates it in place (one undo step). */
export async function insertIncidentMetrics(config: ConfigService, arg?: unknown): Promise<boolean> {
  const document = await commandDocument(arg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to insert its incident metrics.'));
    return false;
  }
  const doc = await parseWithConfig(config, document);
  const edit = metricsTableEdit(doc, await config.configFor(document.uri));
  if (!edit) return true;
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, [edit]));
}
