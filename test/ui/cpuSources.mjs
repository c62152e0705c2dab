// Where the CPU goes while a key travels to its squiggle (issue 9), for test/ui/latency.test.mjs.
// Two views, both printed, never asserted:
//   - per process (Linux /proc): CPU time of each process this test started (Chromium's, code-server's
//     and the extension host's, which has our lint worker as a thread), between two snapshots;
//   - inside the extension host's main thread: a CPU profile (src/extension/lint/hostProfile.ts, armed
//     by POSTMORTEM_HOST_PROFILE) cut into each key's windows and attributed to its source (an
//     extension, VS Code's own host code, garbage collection, idle).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Clock ticks per second of /proc's utime/stime (USER_HZ; 100 on Linux). */
const HZ = 100;

function readStat(file) {
  try {
    const s = fs.readFileSync(file, 'utf8');
    // comm may hold spaces and parentheses: fields after the last ')'.
    const close = s.lastIndexOf(')');
    const comm = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' ');
    return { comm, ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return undefined;
  }
}

function cmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** What a process is, from its command line. */
function kindOf(cmd) {
  if (/--type=extensionHost|extensionHostProcess|bootstrap-fork.*extensionHost/.test(cmd)) return 'extHost';
  if (/markdown-language-features/.test(cmd)) return 'markdownServer';
  if (/ptyHost/.test(cmd)) return 'ptyHost';
  if (/fileWatcher|watcherService|--type=fileWatcher/.test(cmd)) return 'fileWatcher';
  if (/--type=renderer/.test(cmd)) return 'chromiumRenderer';
  if (/--type=gpu-process/.test(cmd)) return 'chromiumGpu';
  if (/--type=utility/.test(cmd)) return 'chromiumUtility';
  if (/--type=zygote/.test(cmd)) return 'chromiumZygote';
  if (/chrom/i.test(cmd)) return 'chromiumBrowser';
  if (/code-server|server-main|out\/node\/entry/.test(cmd)) return 'codeServer';
  if (/mocha|test\/ui\/run\.mjs/.test(cmd)) return 'testRunner';
  return 'other';
}

/**
 * A snapshot of the CPU ticks of every process descended from this one (by kind), and of the
 * extension host's threads (by thread name: its main thread, our lint worker, libuv's pool …).
 */
export function cpuSnapshot(root = process.pid) {
  const procs = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = readStat(`/proc/${name}/stat`);
    if (st) procs.set(Number(name), st);
  }
  const mine = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, st] of procs) {
      if (!mine.has(pid) && mine.has(st.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  const out = { at: Date.now(), byKind: {}, hostThreads: {} };
  for (const pid of mine) {
    const st = procs.get(pid);
    if (!st) continue;
    const kind = kindOf(cmdline(pid));
    out.byKind[kind] = (out.byKind[kind] ?? 0) + st.ticks;
    if (kind === 'extHost') {
      let tasks = [];
      try {
        tasks = fs.readdirSync(`/proc/${pid}/task`);
      } catch {
        /* gone */
      }
      for (const tid of tasks) {
        const t = readStat(`/proc/${pid}/task/${tid}/stat`);
        if (!t) continue;
        const name = Number(tid) === pid ? 'main' : t.comm;
        out.hostThreads[name] = (out.hostThreads[name] ?? 0) + t.ticks;
      }
    }
  }
  return out;
}

/** CPU ms by kind (and `host:<thread>` for the extension host's threads) between two snapshots. */
export function cpuBetween(a, b) {
  const out = {};
  for (const [k, v] of Object.entries(b.byKind)) {
    const d = ((v - (a.byKind[k] ?? 0)) * 1000) / HZ;
    if (d > 0) out[k] = d;
  }
  for (const [k, v] of Object.entries(b.hostThreads)) {
    const d = ((v - (a.hostThreads[k] ?? 0)) * 1000) / HZ;
    if (d > 0) out[`host:${k}`] = d;
  }
  return out;
}

/** Sums of `{name: ms}` records, divided by `n` (per key). */
export function meanOf(records, n = records.length) {
  const out = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  for (const k of Object.keys(out)) out[k] = Math.round((out[k] / Math.max(1, n)) * 10) / 10;
  return out;
}

/** Starts a host profile labelled `label` (the host must have been started with POSTMORTEM_HOST_PROFILE=dir). */
export function startHostProfile(dir, label) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `start-${label}`), '');
}

/** Stops it and waits for the profile; `{profile, anchor}` or undefined when none came. */
export async function stopHostProfile(dir, label, timeoutMs = 30_000) {
  fs.writeFileSync(path.join(dir, `stop-${label}`), '');
  const file = path.join(dir, `${label}.cpuprofile`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (!fs.existsSync(file)) return undefined;
  return { profile: JSON.parse(fs.readFileSync(file, 'utf8')), anchor: JSON.parse(fs.readFileSync(path.join(dir, `${label}.anchor.json`), 'utf8')) };
}

/** The innermost frame of our extension on a node's stack (`name file:line`), if any. */
function ourFrameOf(node, parents) {
  for (let n = node; n; n = parents.get(n.id)) {
    if (/\/extensions\/postmortem-writer\./.test(n.callFrame.url ?? '')) return `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  }
  return undefined;
}

/** Who a profile node's time belongs to: the innermost extension on its stack, else VS Code's host, else V8's pseudo-frames. */
function sourceOf(node, parents) {
  const fn = node.callFrame.functionName;
  if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)' || fn === '(root)') return fn;
  for (let n = node; n; n = parents.get(n.id)) {
    const m = /\/extensions\/([^/]+)\//.exec(n.callFrame.url ?? '');
    if (m) return m[1].replace(/^postmortem-writer\.postmortem-writer-.*$/, 'postmortem (ours)');
  }
  for (let n = node; n; n = parents.get(n.id)) if (/\/vs\//.test(n.callFrame.url ?? '')) return 'vscode host';
  return 'node/other';
}

/**
 * The profile's samples as `{t, source, leaf}`, `t` on the epoch clock (ms): V8's sample times are
 * CLOCK_MONOTONIC µs, the anchor is one instant on both clocks.
 */
export function profileSamples({ profile, anchor }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n);
  const source = new Map();
  const ours = new Map();
  const hr0 = Number(BigInt(anchor.hrtimeNs) / 1000n);
  const out = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i];
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    let s = source.get(node.id);
    if (s === undefined) {
      s = sourceOf(node, parents);
      source.set(node.id, s);
    }
    let o = ours.get(node.id);
    if (o === undefined) {
      o = s === 'postmortem (ours)' ? ourFrameOf(node, parents) : '';
      ours.set(node.id, o);
    }
    out.push({ t: anchor.epoch + (ts - hr0) / 1000, source: s, ours: o, leaf: `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}` });
  }
  return out;
}

/** Host-thread ms by source between two epoch times (each sample stands for the time to the next one). */
export function hostCpuBetween(samples, from, to) {
  const out = {};
  for (let i = 0; i < samples.length - 1; i++) {
    const a = Math.max(from, samples[i].t);
    const b = Math.min(to, samples[i + 1].t);
    if (b <= a) continue;
    const s = samples[i].source;
    out[s] = (out[s] ?? 0) + (b - a);
  }
  return out;
}

/** Our extension's host-thread time by its innermost own frame between two epoch times, `[frame, ms]`, at most `n`. */
export function ourFrames(samples, from, to, n = 10) {
  const out = new Map();
  for (let i = 0; i < samples.length - 1; i++) {
    const a = Math.max(from, samples[i].t);
    const b = Math.min(to, samples[i + 1].t);
    if (b <= a || !samples[i].ours) continue;
    const k = `${samples[i].ours} ← ${samples[i].leaf}`;
    out.set(k, (out.get(k) ?? 0) + (b - a));
  }
  return [...out.entries()].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, v]) => [k, Math.round(v * 10) / 10]);
}

/** The busiest leaf functions (not idle) between two epoch times, `[label, ms]`, at most `n`. */
export function topLeaves(samples, from, to, n = 8) {
  const out = new Map();
  for (let i = 0; i < samples.length - 1; i++) {
    const a = Math.max(from, samples[i].t);
    const b = Math.min(to, samples[i + 1].t);
    if (b <= a || samples[i].source === '(idle)') continue;
    const k = `[${samples[i].source}] ${samples[i].leaf}`;
    out.set(k, (out.get(k) ?? 0) + (b - a));
  }
  return [...out.entries()].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, v]) => [k, Math.round(v * 10) / 10]);
}
