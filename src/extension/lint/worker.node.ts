// The lint worker of the desktop / remote (Node) extension host: a `worker_threads` Worker,
// bundled by esbuild as dist/lintWorker.js and started by dist/extension.js (see nodeWorker.ts).
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { createLintServer, warmUp, type LintRequest, type ThreadTimes } from './protocol';

/**
 * This thread's time on a CPU and waiting in the run queue (Linux: the first two fields of
 * /proc/thread-self/schedstat, in ns; a read costs some microseconds); undefined elsewhere.
 */
export const schedstatTimes: ThreadTimes = () => {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) ? { onCpu: run / 1e6, waiting: wait / 1e6 } : undefined;
  } catch {
    return undefined;
  }
};

const port = parentPort;
if (port) {
  const serve = createLintServer(schedstatTimes);
  warmUp(serve);
  port.on('message', (request: LintRequest) => port.postMessage(serve(request)));
  port.postMessage({ type: 'ready' });
}
