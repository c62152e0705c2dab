// Starts the lint worker in the web extension host, itself a web worker: a nested worker from
// dist/web/lintWorker.js. The script is read through `vscode.workspace.fs` and started from a blob
// URL, because `new Worker()` there only takes URLs of the host's own origin (the extension's files
// are served from another one, or through a `vscode-remote:` URI it refuses). Where nested workers
// do not exist or refuse the blob, the linter lints in the host's thread.
import * as vscode from 'vscode';
import type { WorkerFactory } from './bounded';

interface WebWorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
}

type WorkerConstructor = new (url: string, options?: { name?: string }) => WebWorkerLike;

export function webWorkerFactory(extensionUri: vscode.Uri): WorkerFactory {
  let url: Promise<string | undefined> | undefined;
  return async (onMessage, onError) => {
    const ctor = (globalThis as { Worker?: WorkerConstructor }).Worker;
    const g = globalThis as { Blob?: typeof Blob; URL?: { createObjectURL?(blob: Blob): string } };
    if (typeof ctor !== 'function' || typeof g.Blob !== 'function' || typeof g.URL?.createObjectURL !== 'function') return undefined;
    url ??= (async () => {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'lintWorker.js'));
        return g.URL!.createObjectURL!(new g.Blob!([bytes], { type: 'text/javascript' }));
      } catch {
        return undefined;
      }
    })();
    const scriptUrl = await url;
    if (!scriptUrl) return undefined;
    const worker = new ctor(scriptUrl, { name: 'postmortem-lint' });
    worker.addEventListener('message', (event) => onMessage(event.data as never));
    worker.addEventListener('error', (event) => onError(new Error(event.message ?? 'lint worker error')));
    worker.addEventListener('messageerror', () => onError(new Error('lint worker message error')));
    return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
  };
}
