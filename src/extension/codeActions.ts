import * as vscode from 'vscode';
import { fixAllEdits, fixableCount } from '../core/edits/fixAll';
import { actionItemAt, canAssignOwner } from '../core/edits/owner';
import { disableLineEdit } from '../core/edits/suppress';
import type { Finding } from '../core/types';
import { toOffset, toRange, toWorkspaceEdit } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './ids';

/** `source.fixAll.postmortem`, for `editor.codeActionsOnSave`. */
export const FixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

/** Rules whose findings cannot be silenced by a comment (the engine ignores suppressions for them). */
const NOT_SUPPRESSIBLE = new Set(['suppression-comment']);

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
 * `source.fixAll.postmortem` for fix-on-save. Fixes are computed from the findings of the
 * document's current version, never from a stale run.
 */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  /** What this provider returns (VS Code only asks for these kinds). */
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FixAllKind],
  };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const current = await this.diagnostics.current(document);
    if (!current || token.isCancellationRequested) return [];
    const { findings, doc } = current.result;
    const only = context.only;
    const actions: vscode.CodeAction[] = [];

    if (only && only.contains(FixAllKind)) {
      const all = fixAllEdits(findings);
      if (all.edits.length > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable postmortem problems'), FixAllKind);
        action.edit = toWorkspaceEdit(document, all.edits);
        actions.push(action);
      }
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return actions;

    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
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
        action.isPreferred = i === 0;
        attach(action);
      });
      if (f.ruleId === 'action-item-owner') {
        const item = actionItemAt(doc, f.start);
        if (item && canAssignOwner(doc, item)) {
          const action = new vscode.CodeAction(vscode.l10n.t('Assign owner…'), vscode.CodeActionKind.QuickFix);
          action.command = { command: Commands.assignOwner, title: action.title, arguments: [document.uri, f.start] };
          attach(action);
        }
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
      if (!NOT_SUPPRESSIBLE.has(f.ruleId) && !disableOffered.has(key) && disableLineEdit(doc, { line: f.line, ruleId: f.ruleId, reason: 'x' })) {
        disableOffered.add(key);
        const action = new vscode.CodeAction(vscode.l10n.t('Disable "{0}" for this line…', f.ruleId), vscode.CodeActionKind.QuickFix);
        action.command = { command: Commands.disableForLine, title: action.title, arguments: [document.uri, f.line, f.ruleId] };
        attach(action);
      }
    }
    return actions;
  }
}
