#!/usr/bin/env node
// Runs the same integration suite with @vscode/test-electron, for machines that can download VS Code
// (a developer's laptop, hosted CI). This machine is offline: use run-code-server.mjs here.
//
// Usage: node test/integration/run-test-electron.mjs [--no-build] [--version X.Y.Z|stable|insiders]
// Env:   VSCODE_TEST_VERSION (default 1.100.3: the oldest VS Code engines.vscode allows, and the one
//        code-server 4.100.3 ships, so both runners test the same API).
// On Linux without a display, run it under `xvfb-run -a`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const runDir = path.join(repoRoot, '.vscode-test', 'runs', 'electron');

async function main() {
  const argv = process.argv.slice(2);
  const vi = argv.indexOf('--version');
  const version = (vi >= 0 && argv[vi + 1]) || process.env.VSCODE_TEST_VERSION || '1.100.3';
  if (!argv.includes('--no-build')) {
    const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit', timeout: 120_000 });
    if (r.status !== 0) throw new Error('build failed (node esbuild.mjs)');
  }
  const extensionTestsPath = path.join(repoRoot, 'dist', 'test', 'integration', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run \`npm run build\``);
  fs.rmSync(runDir, { recursive: true, force: true });
  // A copy of the example workspace, as in run-code-server.mjs: test writes stay out of the repo.
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true, filter: (src) => path.basename(src) !== '.tmp' });
  // The tests' scratch folders go under .tmp; it exists before the workbench starts so that the file watcher watches it.
  fs.mkdirSync(path.join(workspace, '.tmp'), { recursive: true });
  return runTests({
    version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    // Its own user data and extensions, like the code-server runner, so results do not depend on
    // the developer's own VS Code setup.
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(runDir, 'user-data'),
      '--extensions-dir',
      path.join(runDir, 'extensions'),
    ],
  });
}

main().then(
  (code) => process.exit(code ?? 0),
  (e) => {
    console.error(`[integration:electron] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    if (process.platform === 'linux' && !process.env.DISPLAY) console.error('No DISPLAY: try `xvfb-run -a npm run test:integration:electron`.');
    // TestRunFailedError carries the tests' exit code; anything else (download, launch) is 1.
    const code = e && typeof e === 'object' && 'code' in e && typeof e.code === 'number' && e.code > 0 ? e.code : 1;
    process.exit(code);
  },
);
