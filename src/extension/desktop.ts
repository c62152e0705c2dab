// Entry of the desktop / remote bundle (`main` in package.json, dist/extension.js): Node's
// services, then the same activation as the web bundle.
import type * as vscode from 'vscode';
import type { PostmortemApi } from './api';
import { activate as activateShared } from './extension';
import { gitUserName } from './git';
import { setHostServices } from './host';
import { nodeWorkerFactory } from './lint/nodeWorker';
import { hostProfileHook } from './lint/hostProfile';
import { traceFileSink } from './lint/traceFile';

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  setHostServices({ kind: 'node', userName: gitUserName, lintWorkers: () => nodeWorkerFactory(), lintTraceSink: () => traceFileSink() });
  // Test hook (UI tests only, POSTMORTEM_HOST_PROFILE): CPU profiles of this thread on demand.
  const profiling = hostProfileHook();
  if (profiling) context.subscriptions.push(profiling);
  return activateShared(context);
}

export { deactivate } from './extension';
