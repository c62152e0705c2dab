import * as vscode from 'vscode';
import { incidentMetrics, type IncidentMetrics, type Milestone } from '../core/metrics';
import { metricsLensText, metricsTableEdit, milestoneHover } from '../core/metrics/present';
import type { PostmortemDocument } from '../core/model/document';
import type { ConfigService } from './config';
import type { PostmortemDocuments } from './documents';
import { commandDocument, parseWithConfig } from './editing';
import { toRange, toWorkspaceEdit } from './convert';
import { Commands } from './ids';

/** The UI language for the lens and hover (messages follow the UI, like findings). */
function uiLang(_doc: PostmortemDocument): 'en' | 'ko' {
  return vscode.env.language.startsWith('ko') ? 'ko' : 'en';
}

/** Metrics per parse: the lens and the hover of one version share them. */
const computed = new WeakMap<PostmortemDocument, IncidentMetrics>();

/** Metrics of the document's current version (the parse is shared with linting by the parse cache). */
async function metricsOf(config: ConfigService, document: vscode.TextDocument): Promise<{ doc: PostmortemDocument; m: IncidentMetrics }> {
  const doc = await parseWithConfig(config, document);
  let m = computed.get(doc);
  if (!m) {
    m = incidentMetrics(doc, await config.configFor(document.uri));
    computed.set(doc, m);
  }
  return { doc, m };
}

/**
 * A CodeLens above each timeline heading: "detected after 12 min · mitigated after 47 min ·
 * resolved after 1 h 32 min" (inferred ones marked *); clicking it runs Insert / Update Incident
 * Metrics. VS Code asks again after each edit, so the lens follows the timeline as it is typed.
 */
export class MetricsCodeLenses implements vscode.CodeLensProvider {
  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly config: ConfigService,
  ) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.documents.isPostmortem(document)) return [];
    // Offsets are only valid for the text they were computed on: when the document changed while
    // the metrics were computed (Insert / Update Incident Metrics edits it), compute them again.
    let { doc, m } = await metricsOf(this.config, document);
    for (let tries = 0; tries < 3 && doc.text !== document.getText(); tries++) ({ doc, m } = await metricsOf(this.config, document));
    if (doc.text !== document.getText()) return [];
    const text = metricsLensText(m, uiLang(doc));
    if (!text) return [];
    const group = doc.timeline.groups[0];
    if (!group) return [];
    const range = toRange(document, group.section.start, group.section.start);
    return [new vscode.CodeLens(range, { title: text, command: Commands.insertIncidentMetrics, arguments: [document.uri], tooltip: vscode.l10n.t('Insert or update the incident metrics table in the summary') })];
  }
}

/** A hover on each milestone entry: which milestone, how it was found, and the time since impact start. */
export class MilestoneHovers implements vscode.HoverProvider {
  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly config: ConfigService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.documents.isPostmortem(document)) return undefined;
    const { doc, m } = await metricsOf(this.config, document);
    // A hover computed on an older text would point at the wrong entry.
    if (doc.text !== document.getText()) return undefined;
    const offset = document.offsetAt(position);
    const lang = uiLang(doc);
    const hits = Object.values(m.milestones).filter((x): x is Milestone => !!x && !!x.entry && offset >= x.entry.headStart && offset <= x.entry.headEnd);
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString(hits.map((h) => milestoneHover(h, m, lang)).join('\n\n---\n\n'));
    return new vscode.Hover(md, toRange(document, hits[0].entry!.headStart, hits[0].entry!.headEnd));
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
