import * as vscode from 'vscode';
import { disableLineEdit } from '../../core/edits/suppress';
import type { ConfigService } from '../config';
import { toWorkspaceEdit } from '../convert';
import { parseWithConfig } from '../editing';

/**
 * The "Disable for this line…" quick fix: asks why (the `suppression-comment` rule requires a
 * reason) and writes the suppression comment where it keeps the Markdown intact. `reason` skips
 * the prompt (tests).
 */
export async function disableForLine(config: ConfigService, uri: unknown, line: unknown, ruleId: unknown, reason?: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof line !== 'number' || typeof ruleId !== 'string') return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const why =
    typeof reason === 'string'
      ? reason
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Disable "{0}" for this line', ruleId),
          prompt: vscode.l10n.t('Why is this finding wrong here? Reviewers will read the reason.'),
          placeHolder: vscode.l10n.t('e.g. quoting the customer'),
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A reason is required.')),
          ignoreFocusOut: true,
        });
  if (!why || !why.trim()) return false;
  // One parse of the current text on this thread, for one command the user chose (the parse is bounded).
  const result = disableLineEdit(await parseWithConfig(config, document), { line, ruleId, reason: why });
  if (!result) return false;
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, [result.edit]));
}
