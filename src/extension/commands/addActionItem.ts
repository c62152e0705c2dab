import * as vscode from 'vscode';
import { addActionItemInsertion } from '../../core/edits/actionItem';
import type { ConfigService } from '../config';
import { applyInsertion, commandDocument, parseWithConfig } from '../editing';

/**
 * Add Action Item: an empty row or list item matching the action items' style (the section is
 * created when missing), cursor in its description.
 */
export async function addActionItem(config: ConfigService, arg?: unknown): Promise<boolean> {
  const document = await commandDocument(arg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to add an action item.'));
    return false;
  }
  return applyInsertion(document, addActionItemInsertion(await parseWithConfig(config, document)));
}
