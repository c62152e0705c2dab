// The lint worker of the web extension host (vscode.dev, github.dev, code-server's web worker
// host): a nested web worker, bundled by esbuild as dist/web/lintWorker.js (see webWorker.ts).
import { createLintServer, warmUp, type LintRequest } from './protocol';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: LintRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const serve = createLintServer();
warmUp(serve);
scope.addEventListener('message', (event) => scope.postMessage(serve(event.data)));
scope.postMessage({ type: 'ready' });
