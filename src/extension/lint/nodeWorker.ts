// Starts the lint worker in the desktop / remote (Node) extension host.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './bounded';

/** dist/lintWorker.js, next to the bundle that runs this (dist/extension.js). */
export function nodeWorkerFactory(dir: string = __dirname): WorkerFactory {
  return async (onMessage, onError) => {
    const file = join(dir, 'lintWorker.js');
    if (!existsSync(file)) return undefined;
    // The engine's own stack and heap limits apply inside the worker, not the host's.
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', (code) => {
      if (code !== 0 && code !== 1) onError(new Error(`lint worker exited with code ${code}`));
    });
    // The host may exit while the worker runs.
    worker.unref();
    return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}
