// Mocha bootstrap that runs INSIDE the VS Code extension host. VS Code loads this file (bundled to
// dist/test/integration/index.js) as `extensionTestsPath` and awaits `run()`: resolving means the
// tests passed, rejecting means they failed. Both runners use it: code-server
// (run-code-server.mjs) and @vscode/test-electron (run-test-electron.mjs).
//
// Mocha stays a runtime require from the repo's node_modules (esbuild leaves it external): mocha 11
// is CommonJS and loads in the extension host; mocha 12 is ESM-only and does not.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Finds the bundled test files (`*.test.js`) below `dir`, sorted so the order is stable. */
export function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 8) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && e.name.endsWith('.test.js')) found.push(p);
    }
  };
  walk(dir, 0);
  return found.sort();
}

/** Entry point VS Code calls in the extension host; rejects when any test fails. */
export async function run(): Promise<void> {
  // In the code-server runner the extension host's console (not its stdout) reaches the runner, and
  // mocha's reporters write through console.log, so spec output arrives line by line. No colours:
  // the escape codes would only clutter the forwarded log.
  // Reporters call Base.consoleLog(format, ...args); the workbench forwards console arguments
  // unformatted ("✔ %s (%dms)"), so format here and hand on one finished line.
  (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args) =>
    console.log(format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.POSTMORTEM_IT_TIMEOUT_MS) || 60_000,
    grep: process.env.POSTMORTEM_IT_GREP || undefined,
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}: was the build run?`);
  for (const f of files) mocha.addFile(f);

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
        // A plain closing line that CI log readers recognise, whatever the runner around us prints.
        console.log(`integration: ${passed} passed, ${failed} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (passed === 0) reject(new Error('no integration test ran'));
        else resolve();
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
