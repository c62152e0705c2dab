// Starts the lint worker in the desktop / remote (Node) extension host.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './bounded';
import type { WorkerMessage } from './protocol';

/** dist/lintWorker.js, next to the bundle that runs this (dist/extension.js). */
export function nodeWorkerFactory(dir: string = __dirname): WorkerFactory {
  return async (onMessage, onError) => {
    const file = join(dir, 'lintWorker.js');
    if (!existsSync(file)) return undefined;
    // The engine's own stack and heap limits apply inside the worker, not the host's.
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let schedstat: string | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready' && typeof message.schedstat === 'string') schedstat = message.schedstat;
      onMessage(message);
    });
    worker.on('error', onError);
    worker.on('exit', (code) => {
      if (code !== 0 && code !== 1) onError(new Error(`lint worker exited with code ${code}`));
    });
    // The host may exit while the worker runs.
    worker.unref();
    return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate(), cpuMs: () => threadCpuMs(schedstat) };
  };
}

/** A thread's CPU time so far (ms) from its schedstat file (the first field, in ns); undefined when unknown. */
export function threadCpuMs(schedstat: string | undefined): number | undefined {
  if (!schedstat) return undefined;
  try {
    const run = Number(readFileSync(schedstat, 'utf8').split(' ')[0]);
    return Number.isFinite(run) ? run / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
