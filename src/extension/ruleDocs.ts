import * as vscode from 'vscode';
import { docsPathOf } from '../core/lint';
import { Commands } from './ids';

/**
 * The link behind a diagnostic's rule id: a command URI that opens the rule's page, shipped in the
 * extension, as a Markdown preview. A web link would be dead offline and could drift from the
 * installed version; the hover and the Problems view open command URIs from diagnostic codes.
 */
export function ruleDocsTarget(ruleId: string): vscode.Uri {
  // One per rule (URIs are immutable): every diagnostic of a rule shares it, so publishing a big
  // document's findings does not build and parse a URI per finding on each keystroke.
  let target = docsTargets.get(ruleId);
  if (!target) {
    target = vscode.Uri.parse(`command:${Commands.openRuleDocs}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
    if (docsTargets.size < 256) docsTargets.set(ruleId, target);
  }
  return target;
}

const docsTargets = new Map<string, vscode.Uri>();

/** The rule's docs page inside the installed extension. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  // The id comes from a URI anyone can write: never let it walk out of docs/rules.
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(ruleId)) return undefined;
  return vscode.Uri.joinPath(extensionUri, ...docsPathOf(ruleId).split('/'));
}

/** Opens a rule's docs page as a Markdown preview (or as text when the preview is unavailable). */
export async function openRuleDocs(extensionUri: vscode.Uri, ruleId: unknown): Promise<boolean> {
  const uri = typeof ruleId === 'string' ? ruleDocsUri(extensionUri, ruleId) : undefined;
  if (!uri) return false;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Postmortem: there is no documentation page for the rule "{0}".', String(ruleId)));
    return false;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
  return true;
}
