// A test hook of the desktop / remote (Node) extension host (issue 9): when the environment variable
// POSTMORTEM_HOST_PROFILE names a folder, the host's main thread can be CPU-profiled on demand, so a
// browser test can see what runs in the extension host between a keystroke and its squiggle (every
// extension of the host shares that thread: ours, the built-in Markdown one, VS Code's own host code).
// The test drives it with files (no polling: one inotify watch on the folder):
//   <folder>/start-<label>  starts a profile of this thread (V8's sampling profiler, node:inspector);
//   <folder>/stop-<label>   stops it and writes <folder>/<label>.cpuprofile (Chrome DevTools format)
//                           and <folder>/<label>.anchor.json ({epoch, hrtimeNs}: one instant on both
//                           clocks, to put the profile's monotonic sample times on the epoch clock
//                           the page and the lint traces use).
// Unset (always, outside the UI tests): nothing is started, watched or written.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { epochNow } from './trace';

/** The inspector session's `post`, as a promise. */
type Post = (method: string, params?: Record<string, unknown>) => Promise<unknown>;

/** Starts watching the folder named by POSTMORTEM_HOST_PROFILE; returns a disposer, or undefined when unset. */
export function hostProfileHook(env: NodeJS.ProcessEnv = process.env): { dispose(): void } | undefined {
  const dir = env.POSTMORTEM_HOST_PROFILE;
  if (!dir) return undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const session = new inspector.Session();
    session.connect();
    const post: Post = (method, params) =>
      new Promise((resolve, reject) => session.post(method, params ?? {}, (err: Error | null, result?: unknown) => (err ? reject(err) : resolve(result))));
    let active: string | undefined;
    let chain: Promise<unknown> = Promise.resolve();
    const run = (f: () => Promise<unknown>) => {
      chain = chain.then(f).catch(() => undefined);
    };
    const watcher = fs.watch(dir, (_event, name) => {
      const file = typeof name === 'string' ? name : undefined;
      if (!file) return;
      const start = /^start-([\w.-]+)$/.exec(file);
      const stop = /^stop-([\w.-]+)$/.exec(file);
      if (start && active === undefined) {
        active = start[1];
        run(async () => {
          await post('Profiler.enable');
          await post('Profiler.setSamplingInterval', { interval: 250 });
          await post('Profiler.start');
          // One instant on both clocks: V8's sample times are CLOCK_MONOTONIC microseconds, as is hrtime.
          const anchor = { epoch: epochNow(), hrtimeNs: process.hrtime.bigint().toString() };
          fs.writeFileSync(path.join(dir, `${start[1]}.anchor.json`), JSON.stringify(anchor));
        });
      } else if (stop && active === stop[1]) {
        const label = active;
        active = undefined;
        run(async () => {
          const { profile } = (await post('Profiler.stop')) as { profile: unknown };
          await post('Profiler.disable');
          const out = path.join(dir, `${label}.cpuprofile`);
          fs.writeFileSync(`${out}.partial`, JSON.stringify(profile));
          fs.renameSync(`${out}.partial`, out);
        });
      }
    });
    return {
      dispose: () => {
        watcher.close();
        session.disconnect();
      },
    };
  } catch {
    // A test hook must never break the extension.
    return undefined;
  }
}
