import * as vscode from 'vscode';
import { addActionItemInsertion } from '../../core/edits/actionItem';
import type { ConfigService } from '../config';
import { toPosition } from '../convert';
import { applyInsertion, commandDocument, parseWithConfig } from '../editing';

/**
 * Add Action Item: a row or list item matching the action items' style (the section is created
 * when missing), inserted as a snippet: the cursor in its description, then Tab to the owner
 * (`@name`), the type (a choice) and the due date, so the owner is not left empty by accident.
 */
export async function addActionItem(config: ConfigService, arg?: unknown): Promise<boolean> {
  const document = await commandDocument(arg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to add an action item.'));
    return false;
  }
  const insertion = addActionItemInsertion(await parseWithConfig(config, document));
  const edit = insertion.edits[0];
  if (!edit) return applyInsertion(document, insertion);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const range = new vscode.Range(toPosition(document, edit.start), toPosition(document, edit.end));
  const ok = await editor.insertSnippet(new vscode.SnippetString(insertion.snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  if (!ok) return applyInsertion(document, insertion);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
