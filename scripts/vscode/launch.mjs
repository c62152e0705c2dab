#!/usr/bin/env node
// Starts code-server (a real VS Code in the browser) on 127.0.0.1 for tests and demos.
//
// As a module: `startCodeServer({workspace, extensionsDir, userDataDir, ...})` → `{url, port, stop()}`,
// used by the integration runner and the UI tests. Each run gets its own config, extensions,
// user data and TMPDIR under `runDir`, so runs never see each other's state or the user's.
//
// As a command (the README's "see it for real" command):
//   node scripts/vscode/launch.mjs [--workspace DIR] [--vsix FILE | --no-extension] [--port N]
// installs code-server if needed, packages the extension (unless --vsix/--no-extension), installs it,
// opens the example workspace, prints the URL and runs until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCodeServer, codeServerPaths, defaultInstallDir, isInstalled } from './install-code-server.mjs';

/** Repository root (two folders up from this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Settings that keep a test workbench quiet and deterministic (no welcome page, no update checks). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'files.autoSave': 'off',
};

/**
 * Environment for code-server: without the variables of a surrounding VS Code, which would make
 * code-server hand the folder to that instance (VSCODE_IPC_HOOK_CLI) instead of starting its own.
 */
function cleanEnv(tmpDir) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('CODE_SERVER_')) continue;
    if (v !== undefined) env[k] = v;
  }
  env.TMPDIR = tmpDir;
  // No extension gallery: this machine is offline, and code-server's default (open-vsx.org) only
  // produces ENOTFOUND errors in the test logs. An empty object leaves the gallery disabled.
  if (env.EXTENSIONS_GALLERY === undefined) env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/**
 * A run folder of its own under .vscode-test/runs (`<kind>-<pid>`), so test runs started at the same
 * time (two terminals, two helpers) never delete each other's state. Folders left by runs whose
 * process is gone are removed first.
 */
export function freshRunDir(kind) {
  const runs = path.join(repoRoot, '.vscode-test', 'runs');
  fs.mkdirSync(runs, { recursive: true });
  for (const name of fs.readdirSync(runs)) {
    const m = new RegExp(`^${kind}-(\\d+)$`).exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch (e) {
      alive = alive || e.code === 'EPERM';
    }
    if (!alive) fs.rmSync(path.join(runs, name), { recursive: true, force: true });
  }
  const dir = path.join(runs, `${kind}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Creates the run folder's parts and the user settings; returns their paths. */
function prepareRunDir({ runDir, extensionsDir, userDataDir, settings }) {
  const dirs = {
    runDir,
    extensionsDir: extensionsDir ?? path.join(runDir, 'extensions'),
    userDataDir: userDataDir ?? path.join(runDir, 'user-data'),
    tmpDir: path.join(runDir, 'tmp'),
    config: path.join(runDir, 'config.yaml'),
    logFile: path.join(runDir, 'code-server.log'),
  };
  for (const d of [dirs.runDir, dirs.extensionsDir, dirs.userDataDir, dirs.tmpDir]) fs.mkdirSync(d, { recursive: true });
  // Its own config file: otherwise code-server reads (and on first start writes) ~/.config/code-server.
  fs.writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const userDir = path.join(dirs.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    /* first run, or not JSON we wrote: start over */
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...QUIET_SETTINGS, ...settings }, null, 2));
  return dirs;
}

function baseArgs(dirs) {
  return ['--extensions-dir', dirs.extensionsDir, '--user-data-dir', dirs.userDataDir];
}

/**
 * Installs `.vsix` files (or marketplace-style ids) into an extensions folder with
 * `--install-extension`; copying a folder in is ignored once `extensions.json` exists.
 */
export function installExtensions({ vsixFiles, runDir, extensionsDir, userDataDir, timeoutMs = 120_000 }) {
  const paths = codeServerPaths();
  const dirs = prepareRunDir({ runDir, extensionsDir, userDataDir, settings: {} });
  for (const vsix of vsixFiles) {
    const args = [paths.entry, '--config', dirs.config, ...baseArgs(dirs), '--install-extension', vsix, '--force'];
    const r = spawnSync(process.execPath, args, {
      env: cleanEnv(dirs.tmpDir),
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    fs.appendFileSync(dirs.logFile, `--- install ${vsix}\n${out}\n`);
    // code-server exits 0 even when an install fails, so look for its success line.
    if (r.status !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`code-server could not install ${vsix} (exit ${r.status ?? r.signal}):\n${out}`);
    }
  }
}

/**
 * Starts code-server and resolves once it listens. Rejects (with its log) when it exits or does not
 * listen within `startTimeoutMs`. `stop()` kills its whole process group (server, extension hosts).
 */
export async function startCodeServer({
  workspace,
  runDir = path.join(repoRoot, '.vscode-test', 'runs', `run-${process.pid}`),
  extensionsDir,
  userDataDir,
  vsixFiles = [],
  settings = {},
  host = '127.0.0.1',
  port = 0,
  startTimeoutMs = 60_000,
  echo = false,
  extraArgs = [],
} = {}) {
  if (!isInstalled(defaultInstallDir())) {
    throw new Error(`code-server is not installed in ${defaultInstallDir()}: run \`npm run setup:vscode\` first`);
  }
  const paths = codeServerPaths();
  const dirs = prepareRunDir({ runDir, extensionsDir, userDataDir, settings });
  if (vsixFiles.length) installExtensions({ vsixFiles, runDir, extensionsDir: dirs.extensionsDir, userDataDir: dirs.userDataDir });

  const args = [
    paths.entry,
    '--config', dirs.config,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...baseArgs(dirs),
    ...extraArgs,
    ...(workspace ? [path.resolve(workspace)] : []),
  ];
  const logStream = fs.createWriteStream(dirs.logFile, { flags: 'a' });
  let logText = '';
  // Detached = its own process group, so stop() reaches the extension hosts it forks too.
  const child = spawn(process.execPath, args, {
    env: cleanEnv(dirs.tmpDir),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  // Last resort if the caller crashes before stop(): 'exit' handlers may only do synchronous work.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let exited = false;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      logStream.end();
      resolve({ code, signal });
    });
  });

  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const s = chunk.toString();
      logText += s;
      if (logText.length > 2_000_000) logText = logText.slice(-1_000_000);
      logStream.write(s);
      if (echo) process.stdout.write(s.replace(/^/gm, '[code-server] '));
      const m = /HTTP server listening on (https?:\/\/[^\s/]+:(\d+))\//.exec(logText);
      if (m) resolve({ url: m[1], port: Number(m[2]) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => reject(new Error(`could not start code-server: ${e.message}`)));
    void exitPromise.then(({ code, signal }) =>
      reject(new Error(`code-server exited before listening (code ${code}, signal ${signal})`)),
    );
  });

  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`code-server did not listen within ${startTimeoutMs} ms`)), startTimeoutMs);
  });

  const stop = async ({ graceMs = 5_000 } = {}) => {
    process.off('exit', onExit);
    if (exited) return;
    killGroup('SIGTERM');
    const t = setTimeout(() => killGroup('SIGKILL'), graceMs);
    await exitPromise;
    clearTimeout(t);
    // Extension hosts may outlive the main process by a moment; make sure none is left.
    killGroup('SIGKILL');
  };

  try {
    const { url, port: actualPort } = await Promise.race([listening, timeout]);
    clearTimeout(timer);
    return {
      url,
      port: actualPort,
      authority: new URL(url).host,
      pid: child.pid,
      ...dirs,
      /** The workbench URL opening `folder` (absolute path), with optional extra query parameters. */
      workbenchUrl: ({ folder = workspace, query = {} } = {}) => {
        // Slashes left readable in `folder`, so the printed URL shows the path a person expects.
        const enc = (v) => encodeURIComponent(v).replace(/%2F/g, '/');
        const params = [];
        if (folder) params.push(`folder=${enc(path.resolve(folder))}`);
        for (const [k, v] of Object.entries(query)) params.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
        return `${url}/${params.length ? `?${params.join('&')}` : ''}`;
      },
      /** A path on this machine as a URI the workbench resolves on the server (for the `payload` query). */
      remoteUri: (absPath) => `vscode-remote://${new URL(url).host}${path.resolve(absPath)}`,
      log: () => logText,
      exited: () => exited,
      stop,
    };
  } catch (e) {
    clearTimeout(timer);
    await stop({ graceMs: 1_000 });
    const err = new Error(`${e instanceof Error ? e.message : String(e)}\n--- code-server log (${dirs.logFile}) ---\n${logText}`);
    throw err;
  }
}

/** The folder `npm start` opens a copy of, and where in the workspace the copy goes (README's quick start). */
export const EXAMPLES_DIR = path.join(repoRoot, 'examples');
export const EXAMPLES_TARGET = 'postmortems';

function parseArgs(argv) {
  const opts = { workspace: undefined, vsix: undefined, extension: true, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--workspace') opts.workspace = path.resolve(argv[++i]);
    else if (a === '--vsix') opts.vsix = path.resolve(argv[++i]);
    else if (a === '--no-extension') opts.extension = false;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/vscode/launch.mjs [--workspace DIR] [--vsix FILE | --no-extension] [--port N]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Stop everything this launcher started on SIGINT/SIGTERM/SIGHUP, and also when the process that
  // started it goes away: `npm start` runs us under a shell that does not pass SIGTERM on, so a
  // SIGTERM to npm would otherwise leave this launcher and code-server running.
  let server;
  let stopping = false;
  const shutdown = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[launch] ${why}: stopping code-server`);
    try {
      await server?.stop();
    } finally {
      process.exit(0);
    }
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(sig));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('the parent process ended');
  }, 500).unref();
  ensureCodeServer();
  let vsixFiles = [];
  if (opts.extension) {
    const { packageVsix } = await import('./vsix.mjs');
    vsixFiles = [opts.vsix ?? packageVsix()];
  }
  const runDir = path.join(repoRoot, '.vscode-test', 'runs', 'launch');
  // A fresh extensions folder each time, so the extension is always the one just packaged.
  fs.rmSync(runDir, { recursive: true, force: true });
  let workspace = opts.workspace;
  if (!workspace) {
    // A copy of the bundled examples (what the README tells a new user to open), so trying things
    // out never edits them; under postmortems/ so the default `postmortem.files` globs apply.
    workspace = path.join(runDir, 'workspace');
    fs.cpSync(EXAMPLES_DIR, path.join(workspace, EXAMPLES_TARGET), { recursive: true });
  }
  server = await startCodeServer({ workspace, runDir, vsixFiles, port: opts.port });
  console.log(`\nVS Code (code-server) is running with ${opts.extension ? 'the extension installed' : 'no extension'}:`);
  console.log(`  ${server.workbenchUrl()}\n`);
  console.log(`workspace: ${workspace}\nlog: ${server.logFile}\nPress Ctrl-C to stop.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(`[launch] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
