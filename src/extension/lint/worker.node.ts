// The lint worker of the desktop / remote (Node) extension host: a `worker_threads` Worker,
// bundled by esbuild as dist/lintWorker.js and started by dist/extension.js (see nodeWorker.ts).
import { parentPort } from 'node:worker_threads';
import { createLintServer, warmUp, type LintRequest } from './protocol';

const port = parentPort;
if (port) {
  const serve = createLintServer();
  warmUp(serve);
  port.on('message', (request: LintRequest) => port.postMessage(serve(request)));
  port.postMessage({ type: 'ready' });
}
