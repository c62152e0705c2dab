import * as vscode from 'vscode';
import { currentTimeFix, untimedEntryAt } from '../core/edits/entryTime';
import { fixAllEdits, fixableCount } from '../core/edits/fixAll';
import type { Finding } from '../core/types';
import { toOffset, toRange, toWorkspaceEdit } from './convert';
import type { ConfigService } from './config';
import type { DiagnosticsController } from './diagnostics';
import { parseWithConfig } from './editing';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './ids';
import { FLAG_ASSIGN_OWNER, FLAG_DISABLE_LINE } from './lint/protocol';
import { uiLanguage } from './settings';

/** `source.fixAll.postmortem`, for `editor.codeActionsOnSave`. */
export const FixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

function diagnosticFor(context: vscode.CodeActionContext, document: vscode.TextDocument, finding: Finding): vscode.Diagnostic | undefined {
  const range = toRange(document, finding.start, finding.end);
  return context.diagnostics.find((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return d.source === DIAGNOSTIC_SOURCE && code === finding.ruleId && d.range.isEqual(range);
  });
}

/**
 * Quick fixes for postmortem findings, each a `WorkspaceEdit`: every suggestion of a finding (the
 * first preferred), "fix all of this rule", "assign owner…", "disable for this line…", and
 * `source.fixAll.postmortem` for fix-on-save. Fix-all is computed from the findings of the
 * document's current version; quick fixes from the last published findings moved through the
 * edits made since, leaving out any an edit touched (so they answer while a lint is running).
 */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  /** What this provider returns (VS Code only asks for these kinds). */
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FixAllKind],
  };

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly config: ConfigService,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const actions: vscode.CodeAction[] = [];

    if (only && only.contains(FixAllKind)) {
      // Fix-all (on save) rewrites the whole file: only from the findings of this very text.
      const current = await this.diagnostics.current(document);
      if (!current || token.isCancellationRequested) return [];
      const all = fixAllEdits(current.findings);
      if (all.edits.length > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable postmortem problems'), FixAllKind);
        action.edit = toWorkspaceEdit(document, all.edits);
        actions.push(action);
      }
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return actions;

    // Quick fixes answer at once from the last published findings, moved through the edits made
    // since (on a big document a lint takes a while; Ctrl+. must not wait for it or come back empty).
    // Only before the first lint of a document is there nothing to move: then lint now.
    // VS Code asks after every edit and cursor move: the findings are moved to the current text only
    // when one of them is at the cursor (all of them then: fix-all counts the file's).
    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
    let latest = this.diagnostics.latest(document, { start, end });
    if (!latest) {
      const current = await this.diagnostics.current(document);
      latest = current ? this.diagnostics.latest(document, { start, end }) : undefined;
    }
    if (!latest || token.isCancellationRequested) return actions;
    // What needs the parse (can the item take an owner, can a comment go on the line) was
    // worked out by the lint worker for the linted version: no parse on this thread.
    const { findings, flags } = latest;

    const here = findings.filter((f) => f.start <= end && f.end >= start);
    const fixAllOffered = new Set<string>();
    const disableOffered = new Set<string>();
    for (const f of here) {
      const diagnostic = diagnosticFor(context, document, f);
      const attach = (action: vscode.CodeAction) => {
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
      };
      f.suggestions.forEach((s, i) => {
        const action = new vscode.CodeAction(s.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, s.edits);
        // A manual fix writes a guess the author confirms: never the one "auto fix" applies.
        action.isPreferred = i === 0 && !s.manual;
        attach(action);
      });
      if (f.ruleId === 'timeline-timestamp') {
        const now = await this.currentTimeAction(document, f.start);
        if (now) attach(now);
      }
      const can = flags.get(f.origin) ?? 0;
      if (f.ruleId === 'action-item-owner' && can & FLAG_ASSIGN_OWNER) {
        const action = new vscode.CodeAction(vscode.l10n.t('Assign owner…'), vscode.CodeActionKind.QuickFix);
        action.command = { command: Commands.assignOwner, title: action.title, arguments: [document.uri, f.start] };
        attach(action);
      }
      if (f.ruleId === 'template-placeholder') {
        const action = new vscode.CodeAction(vscode.l10n.t('Select next placeholder'), vscode.CodeActionKind.QuickFix);
        action.command = { command: Commands.selectNextPlaceholder, title: action.title, arguments: [document.uri] };
        action.isPreferred = true;
        attach(action);
      }
      if (!fixAllOffered.has(f.ruleId) && fixableCount(findings, f.ruleId) > 1) {
        fixAllOffered.add(f.ruleId);
        const all = fixAllEdits(findings, { ruleId: f.ruleId });
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all "{0}" problems in this file', f.ruleId), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, all.edits);
        attach(action);
      }
      const key = `${f.ruleId}:${f.line}`;
      if (can & FLAG_DISABLE_LINE && !disableOffered.has(key)) {
        disableOffered.add(key);
        const action = new vscode.CodeAction(vscode.l10n.t('Disable "{0}" for this line…', f.ruleId), vscode.CodeActionKind.QuickFix);
        action.command = { command: Commands.disableForLine, title: action.title, arguments: [document.uri, f.line, f.ruleId] };
        attach(action);
      }
    }
    return actions;
  }

  /**
   * *Insert the current time* for an entry without a time: the core computes it with the clock
   * passed here (the engine has none, and `--fix` never writes "now"). It needs the parse, which
   * stays in the lint worker, so the current text is parsed here (bounded, cached per version, and
   * only when the cursor is on such a finding). Nothing is offered when the entry's line changed
   * so that no untimed entry starts there any more.
   */
  private async currentTimeAction(document: vscode.TextDocument, start: number): Promise<vscode.CodeAction | undefined> {
    const version = document.version;
    const doc = await parseWithConfig(this.config, document);
    if (document.version !== version) return undefined;
    const at = untimedEntryAt(doc, start);
    if (!at) return undefined;
    const s = currentTimeFix(doc, at.entry, at.group, { now: new Date(), lang: uiLanguage() });
    if (!s) return undefined;
    const action = new vscode.CodeAction(s.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, s.edits);
    return action;
  }
}
