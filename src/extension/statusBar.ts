import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import type { PostmortemDocuments } from './documents';
import { ContextKeys } from './ids';

/** The Problems view; the status bar item opens it. */
const SHOW_PROBLEMS = 'workbench.actions.view.problems';

/**
 * A status bar item for the active postmortem: its finding count (or a check mark), opening the
 * Problems view; hidden for other editors. Also keeps the `postmortem.isPostmortem` context key
 * for menus and keybindings.
 */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postmortem.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private lastContext: boolean | undefined;
  /** What the item was last given (text, tooltip, shown): each assignment sends the whole item to the window, so only changes are assigned. */
  private shown: { text: string; tooltip: string } | undefined;
  /** How many times the item was sent to the window (shown, hidden or changed), for tests. */
  pushes = 0;

  constructor(
    private readonly documents: PostmortemDocuments,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.item.name = vscode.l10n.t('Postmortem findings');
    this.item.command = SHOW_PROBLEMS;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidChangeFindings((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // A heading typed into an ordinary note can make it a postmortem (and back).
        if (e.document === vscode.window.activeTextEditor?.document) this.updateContext(e.document);
      }),
    );
    this.update();
  }

  /** The text the item shows now (for tests). */
  get text(): string {
    return this.item.text;
  }

  private updateContext(document: vscode.TextDocument | undefined): boolean {
    const is = document ? this.documents.isPostmortem(document) : false;
    if (is !== this.lastContext) {
      this.lastContext = is;
      void vscode.commands.executeCommand('setContext', ContextKeys.isPostmortem, is);
    }
    return is;
  }

  /** Refreshes the item for the active editor. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!this.updateContext(document) || !document) {
      if (this.shown !== undefined || this.pushes === 0) {
        this.item.hide();
        this.pushes++;
      }
      this.shown = undefined;
      return;
    }
    const findings = this.diagnostics.findings(document.uri) ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const count = findings.length;
    const hidden = this.diagnostics.hiddenCount(document.uri);
    const icon = `$(${errors > 0 ? 'error' : 'warning'})`;
    const text =
      count === 0
        ? `$(pass) ${vscode.l10n.t('Postmortem')}`
        : hidden > 0
          ? `${icon} ${vscode.l10n.t('Postmortem: {0} ({1} hidden)', count, hidden)}`
          : `${icon} ${vscode.l10n.t('Postmortem: {0}', count)}`;
    const tooltip =
      count === 0
        ? vscode.l10n.t('No postmortem findings in this document')
        : hidden > 0
          ? vscode.l10n.t('{0} postmortem findings; VS Code shows at most 1000 per file, so {1} are hidden: the most severe and those nearest the visible lines are shown. Click to open the Problems view.', count, hidden)
          : count === 1
            ? vscode.l10n.t('1 postmortem finding. Click to open the Problems view.')
            : vscode.l10n.t('{0} postmortem findings. Click to open the Problems view.', count);
    // Every keystroke's lint ends here, most of them with the same count: VS Code sends the item to
    // the window on each assignment (the setters do not compare), so unchanged figures are not assigned.
    if (this.shown?.text === text && this.shown.tooltip === tooltip) return;
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip };
    this.item.show();
    this.shown = { text, tooltip };
    this.pushes++;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
