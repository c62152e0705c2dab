import * as vscode from 'vscode';

/** Activates the extension (filled in by the extension work). */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

/** Nothing to clean up beyond context.subscriptions. */
export function deactivate(): void {}
