// The lint worker of the desktop / remote (Node) extension host: a `worker_threads` Worker,
// bundled by esbuild as dist/lintWorker.js and started by dist/extension.js (see nodeWorker.ts).
import { readFileSync, readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { createLintServer, warmUp, type LintCpu, type LintRequest, type ThreadTimes } from './protocol';

/** The first two fields of a schedstat file (time on a CPU, time waiting in the run queue; ns) in ms. */
function schedstat(file: string): [number, number] | undefined {
  const [run, wait] = readFileSync(file, 'utf8').split(' ').map(Number);
  return Number.isFinite(run) && Number.isFinite(wait) ? [run / 1e6, wait / 1e6] : undefined;
}

/**
 * The CPU counters of this thread (Linux: /proc/thread-self/schedstat), of the process's main
 * thread, the extension host's (/proc/self/task/<pid>/schedstat), and of the whole process
 * (/proc/self/stat: user + system, in clock ticks, 100 per second on Linux). Three small reads,
 * some microseconds each; undefined where there are no such files (then never tried again, so a
 * platform without them does not pay for two failed reads per lint).
 */
let schedstatAvailable = true;
export const schedstatTimes: ThreadTimes = () => {
  if (!schedstatAvailable) return undefined;
  try {
    const self = schedstat('/proc/thread-self/schedstat');
    if (!self) {
      schedstatAvailable = false;
      return undefined;
    }
    const out: LintCpu = { onCpu: self[0], waiting: self[1] };
    const host = schedstat(`/proc/self/task/${process.pid}/schedstat`);
    if (host) out.hostThread = host[0];
    // After the command, which may hold spaces, in parentheses: state is field 3, utime and stime 14 and 15.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (Number.isFinite(ticks)) out.process = ticks * 10;
    return out;
  } catch {
    schedstatAvailable = false;
    return undefined;
  }
};

const port = parentPort;
if (port) {
  const serve = createLintServer(schedstatTimes);
  warmUp(serve);
  port.on('message', (request: LintRequest) => port.postMessage(serve(request)));
  // This thread's schedstat file, as the host thread can name it ("/proc/thread-self" links to "<pid>/task/<tid>").
  let schedstatFile: string | undefined;
  try {
    const task = readlinkSync('/proc/thread-self');
    if (/^\d+\/task\/\d+$/.test(task)) schedstatFile = `/proc/${task}/schedstat`;
  } catch {
    // Not Linux: the host's budget counts wall time.
  }
  port.postMessage({ type: 'ready', ...(schedstatFile ? { schedstat: schedstatFile } : {}) });
}
