#!/usr/bin/env node
// The README's "see it for real" command, followed as a user would: `npm start` opens a copy of the
// bundled examples (with the file the README names), and a SIGTERM to the npm process stops the
// launcher and code-server with it: nothing it started is left running.
// Runs after the integration tests (code-server is installed by then). Closing line: "N passed, N failed".
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runDir = path.join(repoRoot, '.vscode-test', 'runs', 'launch');
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✔' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

/** Processes (pid → command line) whose command line mentions `needle`, this test's own excepted. */
function processesMentioning(needle) {
  const out = new Map();
  for (const pid of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (cmd.includes(needle)) out.set(Number(pid), cmd);
    } catch {
      /* gone */
    }
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  console.log('npm start: the README quick start, then SIGTERM to npm');
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const opens = /`npm start`[\s\S]{0,400}?opens a copy of\s+`examples\/`/.test(readme);
  const named = /open\s+`([^`]+\.md)`/.exec(readme)?.[1];
  check('the README says npm start opens a copy of examples/ and names a file to open', opens && !!named, `opens=${opens} named=${named}`);

  const npm = spawn('npm', ['start', '--', '--no-extension'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  let out = '';
  npm.stdout.on('data', (d) => (out += d));
  npm.stderr.on('data', (d) => (out += d));
  const deadline = Date.now() + 180_000;
  while (!/workspace: (.+)/.test(out) && Date.now() < deadline && npm.exitCode === null) await sleep(200);
  const workspace = /workspace: (.+)/.exec(out)?.[1]?.trim();
  check('npm start prints the workbench URL and the workspace', !!workspace && /http:\/\/127\.0\.0\.1:\d+/.test(out), out.slice(-2000));
  if (workspace && named) {
    const found = fs.existsSync(workspace) && fs.readdirSync(workspace, { recursive: true }).some((f) => path.basename(String(f)) === named);
    check(`the workspace has ${named}, as the README says`, found, `workspace: ${workspace}`);
    const examples = fs.readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.md'));
    const all = examples.every((f) => fs.readdirSync(workspace, { recursive: true }).some((g) => path.basename(String(g)) === f));
    check('every bundled example (English and Korean) is in the workspace', all, examples.join(', '));
  }
  const before = processesMentioning(runDir);
  check('code-server runs from the launch folder', before.size > 0);

  npm.kill('SIGTERM');
  const stopBy = Date.now() + 20_000;
  let left = processesMentioning(runDir);
  const launcher = () => processesMentioning('scripts/vscode/launch.mjs');
  while ((left.size || launcher().size) && Date.now() < stopBy) {
    await sleep(250);
    left = processesMentioning(runDir);
  }
  check('SIGTERM to npm stops the launcher and code-server: no orphan left', left.size === 0 && launcher().size === 0, [...left.values(), ...launcher().values()].join('\n      '));
  for (const pid of [...left.keys(), ...launcher().keys()]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

main()
  .catch((e) => {
    failed++;
    console.log(`  ✗ ${e instanceof Error ? e.stack : String(e)}`);
  })
  .finally(() => {
    console.log(`\nlauncher: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
