import * as vscode from 'vscode';
import type { TextEdit } from '../core/types';

/**
 * The one place where core offsets become VS Code positions. Core offsets are UTF-16 offsets into
 * the text the core was given, which is `document.getText()` (VS Code keeps a BOM out of it), so
 * `positionAt` / `offsetAt` of the same document version convert exactly.
 */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** An offset's position in the document. */
export function toPosition(document: vscode.TextDocument, offset: number): vscode.Position {
  return document.positionAt(offset);
}

/** A position's offset in the document. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Core edits as a `WorkspaceEdit` on one document (the form every fix and command uses). */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], into = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of edits) into.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return into;
}


/**
 * The range of a finding in a file that is not open (no `TextDocument` to convert with): the
 * core's 1-based lines and UTF-16 columns, which count line breaks as VS Code does.
 */
export function findingRange(finding: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
}
