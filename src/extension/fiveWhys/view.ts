import * as vscode from 'vscode';
import { evidenceView } from '../../core/evidence';
import { evidenceInAnswer, reviewFiveWhys, trimEvidenceLeftovers, whyNodeAt, type WhyReview } from '../../core/fiveWhysReview';
import type { PostmortemDocument } from '../../core/model/document';
import type { WhyNode } from '../../core/model/fiveWhys';
import type { ConfigService } from '../config';
import type { PostmortemDocuments } from '../documents';
import { Commands, ContextKeys, Views } from '../ids';
import { readSettings, uiLanguage } from '../settings';

/** One answer in the view: the node of one parse of one document version, with its review. */
export interface WhyElement {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly node: WhyNode;
  readonly review: WhyReview;
  readonly parent: WhyElement | undefined;
  readonly children: WhyElement[];
}

/** What the view shows for one document version. */
export interface WhySnapshot {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly doc: PostmortemDocument;
  readonly roots: WhyElement[];
  readonly byNode: Map<WhyNode, WhyElement>;
}

/** What the view shows (the `postmortem.fiveWhysState` context key, for the welcome content). */
export type FiveWhysState = 'noDocument' | 'noAnalysis' | 'analysis';

/** A tree item as plain data (what the integration tests compare). */
export interface WhyItemData {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** The tooltip's Markdown source as VS Code renders it (escapes and links kept). */
  tooltipMarkdown: string;
  contextValue: string;
  icon: string;
  collapsible: boolean;
  children: WhyItemData[];
}

/** How long after a cursor move the view selects the answer under it. */
const FOLLOW_CURSOR_MS = 150;
/** Documents larger than this get no 5-whys view (the parse runs on every pause in typing while the view is on screen). */
const MAX_CHARS = 2_000_000;
/** The longest wait after an edit before the tree is rebuilt (a big document waits longer, see {@link rebuildDelay}). */
const MAX_REBUILD_DELAY_MS = 2000;

/**
 * The wait after an edit before the tree is rebuilt: the typing pause setting, or twice what the
 * last rebuild took when that is longer (the rebuild parses on the extension host's thread: on a
 * big document it runs after a real pause, not between keystrokes), at most 2 s.
 */
export function rebuildDelay(debounceMs: number, lastBuildMs: number | undefined): number {
  if (lastBuildMs === undefined) return debounceMs;
  return Math.max(debounceMs, Math.min(MAX_REBUILD_DELAY_MS, Math.round(lastBuildMs * 2)));
}

/** The text a node shows: its answer without evidence (that goes to the description), with a map from document offsets. */
export function labelOf(node: WhyNode): { label: string; offsetOf: (docOffset: number) => number } {
  let label = '';
  const starts: { doc: number; label: number }[] = [];
  let at = node.textStart;
  for (const e of evidenceInAnswer(node)) {
    if (e.start < at) continue;
    starts.push({ doc: at, label: label.length });
    label += node.text.slice(at - node.textStart, e.start - node.textStart);
    at = e.end;
  }
  starts.push({ doc: at, label: label.length });
  label += node.text.slice(at - node.textStart);
  // Only the end is trimmed, so offsets before it stay exact (for highlights).
  label = trimEvidenceLeftovers(label);
  const offsetOf = (docOffset: number) => {
    let best = starts[0];
    for (const s of starts) if (s.doc <= docOffset) best = s;
    return best.label + (docOffset - best.doc);
  };
  return { label: label || node.text, offsetOf };
}

/**
 * The "5 Whys" view: the 5-whys trees of the active postmortem, with root causes, evidence,
 * linked action items and problems at a glance. Follows the active editor, refreshes (debounced)
 * as the document changes, keeps expansion state through stable ids, and selects the answer
 * under the editor's cursor.
 *
 * The tree needs a parse on the extension host's thread, so it is only rebuilt while the view is
 * on screen (and when it comes on screen); while it is hidden, edits and editor switches only
 * mark it stale. Commands that need the tree rebuild it on demand ({@link show}).
 */
export class FiveWhysView implements vscode.TreeDataProvider<WhyElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WhyElement | undefined>();
  /** Fires when the tree changes. */
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<WhyElement>;
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private snapshot: WhySnapshot | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private generation = 0;
  private state: FiveWhysState | undefined;
  /** A rebuild was skipped while the view was hidden. */
  private stale = false;
  /** How long the last rebuild took (ms): sets the wait after an edit. */
  private lastBuildMs: number | undefined;
  /** Rebuilds done (tests: none while the view is hidden). */
  rebuilds = 0;
  /** The snapshot whose roots the tree has fetched: only its elements can be revealed. */
  private fetched: WhySnapshot | undefined;
  /** A reveal asked for before the tree fetched the snapshot it belongs to. */
  private pendingReveal: { snapshot: WhySnapshot; element: WhyElement; expand: boolean } | undefined;
  /** Reveals the tree view rejected (the tests check it stays 0). */
  revealFailures = 0;

  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly config: ConfigService,
  ) {
    this.view = vscode.window.createTreeView(Views.fiveWhys, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.schedule(rebuildDelay(readSettings(e.document.uri).debounceMs, this.lastBuildMs));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.track(undefined);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.scheduleFollowCursor(e.textEditor);
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.schedule(0);
      }),
      this.config.onDidChange(() => this.schedule(0)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postmortem')) this.schedule(0);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** The document the view shows (the active Markdown editor's, kept while focus is in a panel). */
  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Whether the view is on screen. */
  get visible(): boolean {
    return this.view.visible;
  }

  /** What the view shows now. */
  get currentState(): FiveWhysState {
    return this.state ?? 'noDocument';
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor) {
      // Focus moved to a panel or a non-text editor: keep the document while it is still on screen.
      if (this.document && vscode.window.visibleTextEditors.some((e) => e.document === this.document)) return;
      this.track(undefined);
      return;
    }
    const d = editor.document;
    // An output channel gets an editor when it is clicked; it is not a document the person switched to.
    if (d.uri.scheme === 'output') return;
    this.track(d.languageId === 'markdown' ? d : undefined);
  }

  private track(document: vscode.TextDocument | undefined): void {
    if (document === this.document && this.snapshot) return;
    this.document = document;
    this.schedule(0);
  }

  /** Rebuilds the tree after `delayMs` if the view is on screen (else marks it stale), replacing a pending rebuild. */
  schedule(delayMs: number): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (!this.view.visible) {
      this.refreshTimer = undefined;
      this.stale = true;
      return;
    }
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.view.visible) void this.refresh();
      else this.stale = true;
    }, delayMs);
  }

  /** Rebuilds the tree now (commands call this after an edit, so the tree does not lag). */
  refresh(): Promise<void> {
    if (this.refreshTimer) {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = undefined;
    }
    this.stale = false;
    const gen = ++this.generation;
    const run = this.build(gen).catch(() => undefined);
    this.running = run;
    return run;
  }

  /**
   * Resolves when no rebuild is pending or running (tests wait on this instead of sleeping). A
   * tree left stale while the view was hidden is rebuilt first, so that `items()` is what the view
   * would show.
   */
  async idle(): Promise<void> {
    if (this.stale && !this.refreshTimer && !this.running) await this.refresh();
    for (let i = 0; i < 500 && (this.refreshTimer || this.running); i++) {
      if (this.running) {
        const r = this.running;
        await r;
        if (this.running === r) this.running = undefined;
      } else await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async build(gen: number): Promise<void> {
    const document = this.document;
    if (!document || document.isClosed || !this.eligible(document)) {
      this.publish(undefined, 'noDocument');
      return;
    }
    const version = document.version;
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (length > MAX_CHARS) {
      this.publish(undefined, 'noDocument');
      return;
    }
    const config = await this.config.configFor(document.uri);
    // A newer rebuild started, or the text moved on while the configuration loaded.
    if (gen !== this.generation || document.version !== version) return;
    const began = Date.now();
    this.rebuilds++;
    const doc = this.config.parses.get(document, config);
    const reviews = reviewFiveWhys(doc, { config, locale: uiLanguage() });
    const byNode = new Map<WhyNode, WhyElement>();
    const make = (node: WhyNode, parent: WhyElement | undefined): WhyElement => {
      const element: WhyElement = { uri: document.uri, version, node, review: reviews.get(node)!, parent, children: [] };
      byNode.set(node, element);
      for (const c of node.children) element.children.push(make(c, element));
      return element;
    };
    const roots = doc.fiveWhys.flatMap((t) => t.roots.map((r) => make(r, undefined)));
    const snapshot: WhySnapshot = { document, version, doc, roots, byNode };
    this.lastBuildMs = Date.now() - began;
    this.publish(snapshot, roots.length ? 'analysis' : 'noAnalysis');
    this.followCursor(vscode.window.visibleTextEditors.find((e) => e.document === document));
  }

  /** Postmortems, and any Markdown that already has a 5-whys section. */
  private eligible(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.documents.isPostmortem(document)) return true;
    return /^#{1,6}[ \t].{0,40}(?:5[ -]?whys?|five whys|근본 ?원인|root cause)/imu.test(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 2000), 0)));
  }

  private publish(snapshot: WhySnapshot | undefined, state: FiveWhysState): void {
    this.snapshot = snapshot;
    if (state !== this.state) {
      this.state = state;
      void vscode.commands.executeCommand('setContext', ContextKeys.fiveWhysState, state);
    }
    const name = snapshot ? snapshot.document.uri.path.split('/').pop() : undefined;
    this.view.description = name;
    const problems = snapshot ? [...snapshot.byNode.values()].filter((e) => e.review.problems.length > 0).length : 0;
    this.view.badge = problems
      ? { value: problems, tooltip: problems === 1 ? vscode.l10n.t('1 answer in the 5 whys needs attention') : vscode.l10n.t('{0} answers in the 5 whys need attention', problems) }
      : undefined;
    this.changed.fire(undefined);
  }

  /** The snapshot of a document, when it shows the document's current version. */
  current(uri?: vscode.Uri): WhySnapshot | undefined {
    const s = this.snapshot;
    if (!s || s.document.isClosed || s.document.version !== s.version) return undefined;
    if (uri && s.document.uri.toString() !== uri.toString()) return undefined;
    return s;
  }

  /** Shows a document now (commands on a document the view does not show yet). */
  async show(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    await this.refresh();
  }

  private scheduleFollowCursor(editor: vscode.TextEditor): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => {
      this.followTimer = undefined;
      this.followCursor(editor);
    }, FOLLOW_CURSOR_MS);
  }

  /** Selects the answer under the editor's cursor in the view (when the view is on screen). */
  private followCursor(editor: vscode.TextEditor | undefined): void {
    const s = this.current();
    if (!editor || !s || editor.document !== s.document || !this.view.visible) return;
    const node = whyNodeAt(s.doc.fiveWhys, s.document.offsetAt(editor.selection.active));
    const element = node ? s.byNode.get(node) : undefined;
    if (!element || this.view.selection[0] === element) return;
    void this.revealElement(s, element, false);
  }

  /** Reveals an element in the view (after a command added or changed it). */
  async reveal(node: WhyNode | undefined): Promise<void> {
    const s = this.snapshot;
    const element = node && s ? s.byNode.get(node) : undefined;
    if (s && element && this.view.visible) await this.revealElement(s, element, true);
  }

  /**
   * Reveals an element once the tree shows its snapshot. Revealing an element of a snapshot the
   * tree has not fetched yet (right after switching documents, while the view's refresh is still
   * pending) made VS Code ask for children of items it had just dropped: "No tree item with id …
   * found". Such a reveal waits for the fetch; a newer snapshot cancels it.
   */
  private async revealElement(snapshot: WhySnapshot, element: WhyElement, expand: boolean): Promise<void> {
    if (this.fetched !== snapshot) {
      this.pendingReveal = { snapshot, element, expand };
      return;
    }
    if (this.snapshot !== snapshot || !this.view.visible) return;
    try {
      await this.view.reveal(element, { select: true, focus: false, expand });
    } catch {
      this.revealFailures++;
    }
  }

  getChildren(element?: WhyElement): WhyElement[] {
    if (element) return element.children;
    const current = this.current();
    const s = current ?? this.snapshot;
    this.fetched = s;
    const pending = this.pendingReveal;
    if (pending && pending.snapshot === s) {
      this.pendingReveal = undefined;
      // After this answer reaches the tree: requests to the workbench arrive in order.
      setTimeout(() => void this.revealElement(pending.snapshot, pending.element, pending.expand), 0);
    } else if (pending && pending.snapshot !== this.snapshot) this.pendingReveal = undefined;
    return s?.roots ?? [];
  }

  getParent(element: WhyElement): WhyElement | undefined {
    return element.parent;
  }

  getTreeItem(element: WhyElement): vscode.TreeItem {
    return treeItem(element);
  }

  /** The items the view shows, as data (for the integration tests). */
  items(): WhyItemData[] {
    const data = (e: WhyElement): WhyItemData => {
      const item = treeItem(e);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value.replace(/\\(.)/gu, '$1') : String(item.tooltip ?? '');
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '';
      return {
        id: item.id ?? '',
        label,
        description: String(item.description ?? ''),
        tooltip,
        tooltipMarkdown: item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? ''),
        contextValue: item.contextValue ?? '',
        icon,
        collapsible: item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
        children: e.children.map(data),
      };
    };
    return (this.current()?.roots ?? []).map(data);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.followTimer) clearTimeout(this.followTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The id of a node's item: document and position, so expansion survives edits of the text. */
export function elementId(element: WhyElement): string {
  return `${element.uri.toString()}#${element.review.path.join('.')}`;
}

/** Menu flags of a node (`viewItem` in package.json `when` clauses). */
export function contextValueOf(node: WhyNode): string {
  const flags = ['whyNode'];
  if (!(node.kind === 'paragraph' && node.children.length > 0)) flags.push('askWhy');
  if (node.parent && (node.kind === 'list' || node.parent.kind === 'list')) flags.push('addFactor');
  if (node.parent && !node.rootCause) flags.push('markRootCause');
  if (node.rootCauseMarker) flags.push('unmarkRootCause');
  if (node.parent) flags.push('cause');
  return flags.join(' ');
}

function iconOf(element: WhyElement): vscode.ThemeIcon {
  const { node, review } = element;
  if (review.problems.length) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  if (node.rootCause) return new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.green'));
  if (!node.parent) return new vscode.ThemeIcon('account');
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
}

function descriptionOf(element: WhyElement): string {
  const { node, review } = element;
  const parts: string[] = [];
  // Most important first: a narrow view cuts the end.
  if (node.rootCause) parts.push(vscode.l10n.t('root cause'));
  if (review.actionItems.length) parts.push(review.actionItems.length === 1 ? vscode.l10n.t('1 action item') : vscode.l10n.t('{0} action items', review.actionItems.length));
  if (node.evidence.length) parts.push(vscode.l10n.t('evidence: {0}', node.evidence.map((e) => evidenceView(e.text).label).join(', ')));
  return parts.join(' · ');
}

/** Escapes Markdown (and theme-icon syntax) in user text; unlike `appendText`, spaces stay spaces. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/gu, '\\$&').replace(/\r?\n/gu, ' ');
}

/** Evidence as Markdown: a link shows its name and opens its target; other evidence is plain text. */
function evidenceMarkdown(text: string): string {
  const v = evidenceView(text);
  if (!v.url || !/^https?:\/\//iu.test(v.url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(v.label)}](${v.url.replace(/[()\s]/gu, (c) => encodeURIComponent(c))})`;
}

function tooltipOf(element: WhyElement, label: string): vscode.MarkdownString {
  const { node, review } = element;
  const md = new vscode.MarkdownString('', true);
  md.appendMarkdown('**');
  md.appendMarkdown(escapeMarkdown(review.question));
  md.appendMarkdown('**\n\n');
  md.appendMarkdown(escapeMarkdown(label));
  md.appendMarkdown('\n\n');
  if (node.rootCause) md.appendMarkdown(`$(target) ${vscode.l10n.t('Root cause')}\n\n`);
  if (node.evidence.length) {
    md.appendMarkdown(`$(link) ${vscode.l10n.t('Evidence:')} `);
    md.appendMarkdown(node.evidence.map((e) => evidenceMarkdown(e.text)).join(' · '));
    md.appendMarkdown('\n\n');
  }
  for (const item of review.actionItems) {
    md.appendMarkdown(`$(checklist) ${vscode.l10n.t('Action item:')} `);
    md.appendMarkdown(escapeMarkdown(item.description.text));
    md.appendMarkdown('\n\n');
  }
  for (const p of review.problems) {
    md.appendMarkdown('$(warning) ');
    md.appendMarkdown(escapeMarkdown(p.message));
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('---\n\n_');
  md.appendMarkdown(escapeMarkdown(tipOf(element)));
  md.appendMarkdown('_');
  return md;
}

/** A line of the seeds' practice that fits the node. */
function tipOf(element: WhyElement): string {
  const { node, review } = element;
  if (!node.parent) return vscode.l10n.t('Start from what the affected customers experienced, then ask "why?" of each answer.');
  if (node.rootCause) return vscode.l10n.t('Turn the root cause into prevention, detection and mitigation measures: short, mid and long term.');
  if (review.problems.some((p) => p.kind === 'no-evidence')) return vscode.l10n.t('Answer with verifiable facts: link the dashboard, log, ticket or commit that shows it.');
  if (node.children.length === 0) return vscode.l10n.t('Five is a symbol: stop when the cause is systemic and actionable, not at a count.');
  if (node.children.length > 1) return vscode.l10n.t('Several answers to one question are contributing factors: follow each one.');
  return vscode.l10n.t('Ask "why?" again until the cause is systemic and actionable.');
}

/** The tree item of an element. */
export function treeItem(element: WhyElement): vscode.TreeItem {
  const { node, review } = element;
  const shown = labelOf(node);
  const highlights: [number, number][] = [];
  for (const p of review.problems) {
    if (p.kind !== 'wording' || p.start === undefined || p.end === undefined) continue;
    const s = Math.max(0, shown.offsetOf(Math.max(p.start, node.textStart)));
    const e = Math.min(shown.label.length, shown.offsetOf(Math.min(p.end, node.textEnd)));
    if (e > s) highlights.push([s, e]);
  }
  const item = new vscode.TreeItem({ label: shown.label, highlights }, node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = elementId(element);
  item.description = descriptionOf(element);
  item.tooltip = tooltipOf(element, shown.label);
  item.iconPath = iconOf(element);
  item.contextValue = contextValueOf(node);
  item.command = { command: Commands.fiveWhysReveal, title: vscode.l10n.t('Show in editor'), arguments: [element] };
  const status = [node.rootCause ? vscode.l10n.t('root cause') : '', ...review.problems.map((p) => p.message)].filter(Boolean).join('; ');
  item.accessibilityInformation = { label: status ? `${shown.label}. ${status}` : shown.label };
  return item;
}
