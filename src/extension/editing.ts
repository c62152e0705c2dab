import * as vscode from 'vscode';
import type { Insertion } from '../core/edits/insert';
import { parseDocument, type PostmortemDocument } from '../core/model/document';
import type { ResolvedConfig } from '../core/config';
import type { ConfigService } from './config';
import { toPosition, toWorkspaceEdit } from './convert';

/**
 * The last parse of each open document, by version and heading aliases. Linting, the 5-whys view
 * and the commands all read the same text after a pause in typing: one parse serves them all
 * (the parsed model memoizes timeline, action items and 5 whys, so those are shared too).
 */
export class ParseCache {
  private readonly entries = new Map<string, { version: number; aliases: string; doc: PostmortemDocument }>();

  /** The parse of the document's current version with these aliases (parsed now if not cached). */
  get(document: vscode.TextDocument, config: ResolvedConfig): PostmortemDocument {
    const key = document.uri.toString();
    const aliases = JSON.stringify(config.sectionAliases);
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version && hit.aliases === aliases) return hit.doc;
    const doc = parseDocument(document.getText(), { sectionAliases: config.sectionAliases });
    this.entries.set(key, { version: document.version, aliases, doc });
    return doc;
  }

  /** Drops a closed document's parse. */
  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }
}

/** Parses a document's current text with its configuration (custom heading aliases matter to edits). */
export async function parseWithConfig(config: ConfigService, document: vscode.TextDocument): Promise<PostmortemDocument> {
  const resolved = await config.configFor(document.uri);
  return config.parses.get(document, resolved);
}

/** The document a command works on: an explicit URI (menus, tests) or the active editor's. */
export async function commandDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : isUriHolder(arg) ? toUri(arg.uri) : undefined;
  if (uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return open ?? vscode.workspace.openTextDocument(uri);
  }
  return vscode.window.activeTextEditor?.document;
}

function isUriHolder(arg: unknown): arg is { uri: unknown } {
  return typeof arg === 'object' && arg !== null && 'uri' in arg;
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  return undefined;
}

/**
 * Applies an insertion as one `WorkspaceEdit` (one undo step) and puts the cursor where the person
 * types next, in the editor that shows the document (opening one when none does).
 */
export async function applyInsertion(document: vscode.TextDocument, insertion: Insertion, options: { reveal?: boolean } = {}): Promise<boolean> {
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, insertion.edits));
  if (!ok) return false;
  let editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
  if (!editor && options.reveal !== false) editor = await vscode.window.showTextDocument(document);
  if (editor) {
    const pos = toPosition(editor.document, insertion.cursor);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}
