#!/usr/bin/env node
// Runs the integration suite inside a real VS Code extension host: code-server 4.100.3
// (VS Code 1.100.3) on 127.0.0.1, driven by Debian's Chromium through playwright-core. Works offline,
// unlike @vscode/test-electron (run-test-electron.mjs), which downloads VS Code.
//
// How: code-server has no --extensionDevelopmentPath flag, but its workbench reads the same settings
// from the URL's `payload` query. The workbench then reports the extension host's log through
// `window.codeAutomationLog(level, message)` and the result of `run()` in test/integration/index.ts
// through `window.codeAutomationExit(code)`: both are exposed to the page by playwright.
//
// Usage: node test/integration/run-code-server.mjs [--web] [--no-build] [--timeout MS] [--grep TEXT] [--keep]
//   --web   run the suite in code-server's web worker extension host (the host of vscode.dev and
//           github.dev) instead of its Node one: the user setting `remote.extensionKind` moves the
//           extension, which has both `main` and `browser`, to the worker, and the tests come from
//           the web bundle (dist/test/web/index.js, see test/integration/web/index.ts).
//   --keep  keep the run folder (.vscode-test/runs/integration-<pid>) even when the tests pass.
// Environment, for diagnosis: POSTMORTEM_IT_CODE_SERVER_ARGS (extra code-server arguments, split at
// spaces, e.g. "--disable-extension vscode.markdown-language-features"), POSTMORTEM_IT_SETTINGS
// (user settings as JSON, merged over the runner's).
// Exit code: the tests' (0 = all passed); 1 for a harness failure, with the reason printed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import { ensureCodeServer } from '../../scripts/vscode/install-code-server.mjs';
import { freshRunDir, startCodeServer } from '../../scripts/vscode/launch.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const nodeTestsIndex = path.join(repoRoot, 'dist', 'test', 'integration', 'index.js');
const webTestsIndex = path.join(repoRoot, 'dist', 'test', 'web', 'index.js');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
/** `publisher.name`, the key of the `remote.extensionKind` setting. */
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const resultsDir = path.join(repoRoot, 'test-results', 'integration');

function parseArgs(argv) {
  const o = { web: false, build: true, timeoutMs: Number(process.env.POSTMORTEM_IT_TOTAL_TIMEOUT_MS) || 10 * 60_000, grep: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') o.build = false;
    else if (a === '--web') o.web = true;
    else if (a === '--timeout') o.timeoutMs = Number(argv[++i]);
    else if (a === '--grep') o.grep = argv[++i];
    else if (a === '--keep') o.keep = true;
    else {
      console.error(`unknown argument: ${a}\nusage: run-code-server.mjs [--web] [--no-build] [--timeout MS] [--grep TEXT] [--keep]`);
      process.exit(2);
    }
  }
  return o;
}

const started = Date.now();
function say(msg) {
  console.log(`[integration +${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);
}

function build() {
  const t = Date.now();
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`build failed (node esbuild.mjs, exit ${r.status ?? r.signal})`);
  say(`built in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}

/** Resolves after `ms`, with a handle to cancel it so it does not keep Node alive. */
function delay(ms) {
  let timer;
  const promise = new Promise((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Workbench chatter that says nothing about the tests; shown with POSTMORTEM_IT_VERBOSE=1. */
const NOISE = [
  /^Resolv(?:ing|ed) connection token/,
  /^Creating a socket/,
  /builtin extensions (?:cache|from gallery)/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Extension host \(Remote\) is (?:un)?responsive/,
];

/** Extension host messages arrive as strings or arrays of strings; make them one printable text. */
function text(args) {
  if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return typeof args === 'string' ? args : JSON.stringify(args);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  if (opts.build) build();
  const builtIndex = opts.web ? webTestsIndex : nodeTestsIndex;
  if (!fs.existsSync(builtIndex)) throw new Error(`${builtIndex} is missing: run \`npm run build\` first`);
  ensureCodeServer();

  const runDir = freshRunDir(opts.web ? 'it-web' : 'integration');
  // A web worker has no environment: the web bundle reads its options from a global that this
  // runner prepends to a copy of it in the run folder (code-server serves any local path).
  let testsIndex = builtIndex;
  if (opts.web) {
    const dir = path.join(runDir, 'web-tests');
    fs.mkdirSync(dir, { recursive: true });
    const options = { grep: opts.grep, timeoutMs: Number(process.env.POSTMORTEM_IT_TIMEOUT_MS) || undefined };
    testsIndex = path.join(dir, 'index.js');
    fs.writeFileSync(testsIndex, `globalThis.__POSTMORTEM_IT__ = ${JSON.stringify(options)};\n${fs.readFileSync(builtIndex, 'utf8')}`);
    if (fs.existsSync(`${builtIndex}.map`)) fs.copyFileSync(`${builtIndex}.map`, `${testsIndex}.map`);
  }
  fs.rmSync(resultsDir, { recursive: true, force: true });
  // Tests open a copy of the example workspace: what they write (scratch files, config files) stays
  // out of the repository, and two runs at once do not see each other's files.
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true, filter: (src) => path.basename(src) !== '.tmp' });
  // The tests' scratch folders go under .tmp; it exists before the workbench starts so that the file watcher watches it.
  fs.mkdirSync(path.join(workspace, '.tmp'), { recursive: true });
  fs.mkdirSync(resultsDir, { recursive: true });

  let server;
  let browser;
  let cleaningUp;
  const cleanup = () => {
    cleaningUp ??= (async () => {
      if (browser) await Promise.race([browser.close().catch(() => {}), delay(10_000).promise]);
      if (server) await server.stop();
    })();
    return cleaningUp;
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      say(`${sig}: stopping code-server and Chromium`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  const browserLog = [];
  let summary;
  let passed = false;
  try {
    // The extension host inherits code-server's environment; this is how --grep reaches mocha there.
    if (opts.grep) process.env.POSTMORTEM_IT_GREP = opts.grep;
    // Both `main` and `browser`: by default code-server runs the extension in its Node host; this
    // user setting moves it to the web worker host, as vscode.dev and github.dev would run it.
    const settings = { ...(opts.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}), ...JSON.parse(process.env.POSTMORTEM_IT_SETTINGS || '{}') };
    const extraArgs = (process.env.POSTMORTEM_IT_CODE_SERVER_ARGS ?? '').split(' ').filter(Boolean);
    if (extraArgs.length || process.env.POSTMORTEM_IT_SETTINGS) say(`diagnosis: extra arguments ${JSON.stringify(extraArgs)}, settings ${JSON.stringify(settings)}`);
    server = await startCodeServer({ workspace, runDir, settings, extraArgs });
    say(`code-server ${server.url} (pid ${server.pid}, log ${path.relative(repoRoot, server.logFile)}); ${opts.web ? 'web worker' : 'Node'} extension host`);

    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsIndex)],
    ];
    const url = server.workbenchUrl({ folder: workspace, query: { payload: JSON.stringify(payload) } });

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => browserLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => browserLog.push(`[pageerror] ${e.message}`));

    let resolveExit;
    const exited = new Promise((resolve) => {
      resolveExit = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const line = text(args);
      const m = /^integration: (\d+) passed, (\d+) failed$/.exec(line.trim());
      if (m) summary = m[0];
      if (!process.env.POSTMORTEM_IT_VERBOSE && NOISE.some((re) => re.test(line))) return;
      // Mocha's spec reporter output comes through here as 'info'; show the rest only when it matters.
      if (level === 'error' || level === 'warn') console.log(`[exthost:${level}] ${line}`);
      else console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      if (Array.isArray(logs)) {
        for (const l of logs) {
          if (!l || typeof l.relativePath !== 'string') continue;
          const f = path.join(resultsDir, 'logs', l.relativePath.replace(/\.\.(\/|\\)/g, ''));
          fs.mkdirSync(path.dirname(f), { recursive: true });
          fs.writeFileSync(f, String(l.contents ?? ''));
        }
      }
      resolveExit(Number(code));
    });

    say(`opening the workbench in Chromium; tests time out after ${Math.round(opts.timeoutMs / 1000)}s`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    const timeout = delay(opts.timeoutMs);
    const serverGone = (async () => {
      while (!server.exited()) await delay(500).promise;
      return 'server-exited';
    })();
    const outcome = await Promise.race([exited, timeout.promise.then(() => 'timeout'), serverGone]);
    timeout.cancel();

    if (outcome === 'timeout' || outcome === 'server-exited') {
      await page.screenshot({ path: path.join(resultsDir, 'timeout.png') }).catch(() => {});
      fs.writeFileSync(path.join(resultsDir, 'browser-console.log'), browserLog.join('\n'));
      throw new Error(
        outcome === 'timeout'
          ? `no result from the extension host within ${opts.timeoutMs} ms (screenshot: test-results/integration/timeout.png)`
          : 'code-server exited during the tests',
      );
    }
    const code = outcome;
    passed = code === 0;
    say(`extension host exited with code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    if (code !== 0) {
      fs.writeFileSync(path.join(resultsDir, 'browser-console.log'), browserLog.join('\n'));
      say(`logs: ${path.relative(repoRoot, resultsDir)}/ (extension host logs, browser console)`);
    }
    return code;
  } catch (e) {
    console.error(`[integration] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    if (server) {
      const tail = server.log().split('\n').slice(-60).join('\n');
      console.error(`--- last lines of the code-server log (${server.logFile}) ---\n${tail}`);
    }
    if (browserLog.length) {
      fs.writeFileSync(path.join(resultsDir, 'browser-console.log'), browserLog.join('\n'));
      console.error(`--- browser console: ${path.relative(repoRoot, path.join(resultsDir, 'browser-console.log'))}`);
    }
    return 1;
  } finally {
    await cleanup();
    // A failed run keeps its folder (code-server log, user data) for a look; a passed one does not.
    if (passed && !opts.keep) fs.rmSync(runDir, { recursive: true, force: true });
    else say(`run folder kept: ${path.relative(repoRoot, runDir)}`);
    // Repeated last, so it is the closing line a CI log reader sees.
    if (summary) console.log(summary);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[integration] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
