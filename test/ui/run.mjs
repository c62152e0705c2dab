#!/usr/bin/env node
// UI tests: package the extension (.vsix), install it into a fresh code-server, open a copy of
// test/fixtures/workspace in Chromium and run test/ui/*.test.mjs with mocha against that workbench.
// Screenshots land in test-results/ui/ (a failing test gets one automatically).
//
// Usage: node test/ui/run.mjs [--web] [--vsix FILE] [--grep TEXT] [--timeout MS]
//   --vsix FILE  use this package instead of running `vsce package` (which does a production build).
//   --web        run test/ui/*.web.test.mjs instead of the others, with the extension moved to
//                code-server's web worker extension host (the host of vscode.dev and github.dev) by
//                the user setting `remote.extensionKind`.
// Exit code: 0 when every test passed (and at least one ran), else 1; the last line is `ui: N passed, N failed`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { ensureCodeServer } from '../../scripts/vscode/install-code-server.mjs';
import { freshRunDir } from '../../scripts/vscode/launch.mjs';
import { packageVsix } from '../../scripts/vscode/vsix.mjs';
import { repoRoot, RESULTS_DIR, screenshot, startWorkbench, stopWorkbench, workbench } from './harness.mjs';

function parseArgs(argv) {
  const o = { web: false, vsix: undefined, grep: undefined, timeoutMs: Number(process.env.POSTMORTEM_UI_TOTAL_TIMEOUT_MS) || 10 * 60_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--web') o.web = true;
    else if (a === '--vsix') o.vsix = path.resolve(argv[++i]);
    else if (a === '--grep') o.grep = argv[++i];
    else if (a === '--timeout') o.timeoutMs = Number(argv[++i]);
    else {
      console.error(`unknown argument: ${a}\nusage: node test/ui/run.mjs [--web] [--vsix FILE] [--grep TEXT] [--timeout MS]`);
      process.exit(2);
    }
  }
  return o;
}

const t0 = Date.now();
function say(msg) {
  console.log(`[ui +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);
}

/** `publisher.name`, the key of the `remote.extensionKind` setting. */
function extensionId() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}`;
}

async function runMocha(grep, web) {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000, grep });
  const dir = path.join(repoRoot, 'test', 'ui');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.mjs') && f.endsWith('.web.test.mjs') === web)
    .sort();
  if (files.length === 0) throw new Error(`no test/ui/*${web ? '.web' : ''}.test.mjs files`);
  for (const f of files) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  // A failing test leaves a picture of what the workbench showed at that moment.
  mocha.suite.afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const file = await screenshot(workbench().page, `FAILED-${this.currentTest.fullTitle()}`).catch(() => undefined);
      if (file) console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
    }
  });
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      resolve({ passed: runner.stats?.passes ?? 0, failed: failures });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let stopping;
  const stop = () => (stopping ??= stopWorkbench());
  // Bounded as a whole: whatever hangs, code-server and Chromium are stopped and the run fails.
  const hardTimeout = setTimeout(() => {
    console.error(`[ui] ERROR: the UI tests did not finish within ${opts.timeoutMs} ms`);
    void stop().finally(() => process.exit(1));
  }, opts.timeoutMs);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => void stop().finally(() => process.exit(130)));
  }

  // The web run comes after the desktop one (npm test) and keeps its pictures.
  if (!opts.web) fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  let summary;
  let runDir;
  let code = 1;
  try {
    ensureCodeServer();
    const vsix = opts.vsix ?? packageVsix();
    say(`starting code-server with ${path.relative(repoRoot, vsix)} installed${opts.web ? ', in the web worker extension host' : ''}`);
    runDir = freshRunDir(opts.web ? 'ui-web' : 'ui');
    const settings = opts.web ? { 'remote.extensionKind': { [extensionId()]: ['web'] } } : {};
    const w = await startWorkbench({ vsix, runDir, settings });
    say(`workbench ready at ${w.server.url} (workspace copy: ${path.relative(repoRoot, w.workspace)})`);
    summary = await runMocha(opts.grep, opts.web);
    code = summary.failed > 0 || summary.passed === 0 ? 1 : 0;
    if (code !== 0) {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(RESULTS_DIR, 'browser-console.log'), w.consoleLines.join('\n'));
      say(`screenshots and browser console: ${path.relative(repoRoot, RESULTS_DIR)}/; code-server log: ${path.relative(repoRoot, w.server.logFile)}`);
    }
    return code;
  } catch (e) {
    console.error(`[ui] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await stop();
    clearTimeout(hardTimeout);
    say('code-server and Chromium stopped');
    // A failed run keeps its folder (code-server log, workspace copy) for a look; a passed one does not.
    if (runDir && code === 0) fs.rmSync(runDir, { recursive: true, force: true });
    else if (runDir) say(`run folder kept: ${path.relative(repoRoot, runDir)}`);
    // Last, so it is the closing line a CI log reader sees.
    if (summary) console.log(`ui: ${summary.passed} passed, ${summary.failed} failed`);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[ui] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
