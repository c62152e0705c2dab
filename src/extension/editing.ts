import * as vscode from 'vscode';
import type { Insertion } from '../core/edits/insert';
import { parseDocument, type PostmortemDocument } from '../core/model/document';
import type { ResolvedConfig } from '../core/config';
import type { ConfigService } from './config';
import { toPosition, toRange, toWorkspaceEdit } from './convert';
import { insertionAsSnippet } from './insertionSnippet';

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
 * Applies an insertion as one edit (one undo step) and puts the cursor where the person types
 * next, in the editor that shows the document (opening one when none does). The edit goes as one
 * snippet with `$0` at the cursor, so text and cursor change in ONE message to the window: a key
 * typed the moment the command returns lands in the new text. (Applying the edit and then setting
 * the selection were two messages, and a key typed between them went where the cursor had been.)
 * Without an editor, or when the editor refuses the snippet, the edit is applied as a
 * `WorkspaceEdit` and the cursor moved after it.
 */
export async function applyInsertion(document: vscode.TextDocument, insertion: Insertion, options: { reveal?: boolean } = {}): Promise<boolean> {
  let editor = visibleEditor(document);
  if (!editor && options.reveal !== false) editor = await vscode.window.showTextDocument(document);
  const snippet = editor ? insertionAsSnippet(document.getText(), insertion) : undefined;
  if (editor && snippet) {
    const range = toRange(document, snippet.start, snippet.end);
    const ok = await editor.insertSnippet(new vscode.SnippetString(snippet.snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
    if (ok) {
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return true;
    }
  }
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, insertion.edits));
  if (!ok) return false;
  editor = visibleEditor(document) ?? editor;
  if (editor) {
    const pos = toPosition(editor.document, insertion.cursor);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}

function visibleEditor(document: vscode.TextDocument): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
}
