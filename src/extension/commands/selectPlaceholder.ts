import * as vscode from 'vscode';
import { findPlaceholders, nextPlaceholder } from '../../core/rules/template-placeholder';
import type { ConfigService } from '../config';
import { toOffset, toRange } from '../convert';
import { parseWithConfig } from '../editing';

/**
 * "Select Next Placeholder" (and the quick fix of `template-placeholder`): selects the template
 * placeholder after the cursor (`TODO`, `@name`, `YYYY-MM-DD` …), or after the selected one, wrapping
 * around, so the author can type over it. The core finds the ranges; this only moves the selection.
 * Returns the selected text, or undefined when the document has none left.
 */
export async function selectNextPlaceholder(config: ConfigService, uri?: unknown): Promise<string | undefined> {
  const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  let editor = vscode.window.activeTextEditor;
  if (target && editor?.document.uri.toString() !== target.toString()) {
    editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ?? (await vscode.window.showTextDocument(target));
  }
  if (!editor) return undefined;
  const document = editor.document;
  const doc = await parseWithConfig(config, document);
  const found = nextPlaceholder(findPlaceholders(doc), toOffset(document, editor.selection.start), toOffset(document, editor.selection.end));
  if (!found) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No template placeholders are left in this document.'));
    return undefined;
  }
  const range = toRange(document, found.start, found.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return found.text;
}
