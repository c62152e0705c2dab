// Entry of the web bundle (`browser` in package.json, dist/web/extension.js), which VS Code runs
// in a web worker (vscode.dev, github.dev, code-server with `remote.extensionKind` set to web):
// no Node, no child processes, files only through `vscode.workspace.fs`. esbuild.mjs fails the
// build if anything below imports a Node built-in.
import type * as vscode from 'vscode';
import type { PostmortemApi } from './api';
import { activate as activateShared } from './extension';
import { setHostServices, WEB_HOST } from './host';
import { webWorkerFactory } from './lint/webWorker';

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  // Lints run in a nested web worker where the browser allows one, else in this worker's thread.
  setHostServices({ ...WEB_HOST, lintWorkers: webWorkerFactory });
  return activateShared(context);
}

export { deactivate } from './extension';
