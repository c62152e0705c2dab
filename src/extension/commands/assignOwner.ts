import * as vscode from 'vscode';
import { assignOwnerEdit, ownerCandidates } from '../../core/edits/owner';
import type { ConfigService } from '../config';
import { toWorkspaceEdit } from '../convert';
import { parseWithConfig } from '../editing';

/**
 * Asks for an owner, offering the owners already used in the document and the front matter's
 * authors while accepting any typed name.
 */
async function pickOwner(candidates: readonly string[]): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = vscode.l10n.t('Assign owner');
  qp.placeholder = vscode.l10n.t('A person or team (@handle or name)');
  const base: vscode.QuickPickItem[] = candidates.map((c) => ({ label: c }));
  qp.items = base;
  const typed = (value: string): vscode.QuickPickItem[] => {
    const v = value.trim();
    if (!v || base.some((b) => b.label.toLowerCase() === v.toLowerCase())) return base;
    return [{ label: v, description: vscode.l10n.t('new owner') }, ...base];
  };
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    qp.onDidChangeValue((v) => (qp.items = typed(v)));
    qp.onDidAccept(() => finish((qp.selectedItems[0]?.label ?? qp.value).trim() || undefined));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/**
 * The "Assign owner…" quick fix: writes an owner into the action item at `offset` (owner cell,
 * placeholder, or "(owner: @x)" / "(담당: x)"). `owner` skips the prompt (tests, other commands).
 */
export async function assignOwner(config: ConfigService, uri: unknown, offset: unknown, owner?: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof offset !== 'number') return false;
  const document = await vscode.workspace.openTextDocument(uri);
  // Parses of the current text on this thread, for one command the user chose (the parse is bounded).
  const name = typeof owner === 'string' ? owner : await pickOwner(ownerCandidates(await parseWithConfig(config, document)));
  if (!name) return false;
  // The document may have changed while the picker was open: recompute on its current text.
  const edit = assignOwnerEdit(await parseWithConfig(config, document), { offset: Math.min(offset, document.getText().length), owner: name });
  if (!edit) return false;
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, [edit]));
}
