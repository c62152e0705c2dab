// Mocha bootstrap for the web worker extension host (code-server with the extension moved to the
// worker by `remote.extensionKind`; the same host vscode.dev and github.dev use). The counterpart of
// ../index.ts, which the Node host loads: same suite files, same reporter, same closing line.
//
// The worker host loads `extensionTestsPath` as one script with `require('vscode')` only, so this
// file is bundled (esbuild.mjs) with mocha's browser build and every suite/*.test.ts, and
// `node:assert/strict` is mapped to ./assert.ts. Options come from the runner, which prepends
// `globalThis.__POSTMORTEM_IT__ = {grep, timeoutMs}` to its copy of the bundle (a worker has no
// environment variables).
import mochaBrowser from 'mocha/mocha.js';
import { files, load } from 'postmortem:suite-files';

interface RunOptions {
  grep?: string;
  timeoutMs?: number;
}

/** The browser build's `mocha` object: a Mocha instance with the browser's setup/run. */
type BrowserMocha = Mocha & { setup(options: Mocha.MochaOptions): BrowserMocha };

/**
 * Why this is not a web worker, or undefined when it is one: no Node `process` (nor `require` of
 * Node modules), no DOM, and the worker global scope's `importScripts`.
 */
export function notAWorker(): string | undefined {
  const g = globalThis as Record<string, unknown>;
  if (typeof g.process !== 'undefined') return 'a global `process` exists: this is a Node extension host';
  if (typeof g.document !== 'undefined') return 'a `document` exists: this is a page, not a worker';
  if (typeof g.importScripts !== 'function') return 'no `importScripts`: this is not a worker global scope';
  return undefined;
}

/** `util.format` for the placeholders mocha's reporters use (%s, %d, %i, %j, %%). */
export function format(...args: unknown[]): string {
  if (typeof args[0] !== 'string') return args.map(String).join(' ');
  let i = 1;
  const head = args[0].replace(/%[sdijoO%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const v = args[i++];
    if (m === '%d' || m === '%i') return String(m === '%i' ? Math.trunc(Number(v)) : Number(v));
    if (m === '%j' || m === '%o' || m === '%O') {
      try {
        return JSON.stringify(v);
      } catch {
        return String(v);
      }
    }
    return String(v);
  });
  return [head, ...args.slice(i).map(String)].join(' ');
}

/** Entry point VS Code calls in the extension host; rejects when any test fails. */
export async function run(): Promise<void> {
  const why = notAWorker();
  if (why) throw new Error(`the web test bundle must run in the web worker extension host: ${why}`);
  const options = ((globalThis as Record<string, unknown>).__POSTMORTEM_IT__ ?? {}) as RunOptions;
  const mocha = mochaBrowser as unknown as BrowserMocha;
  // As in ../index.ts: one finished line per report (the console may forward "%s" unformatted).
  const Base = (globalThis as unknown as { Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void; symbols: Record<string, string> } } } }).Mocha.reporters.Base;
  Base.consoleLog = (...args) => console.log(format(...args));
  // The browser build marks tests with emoji; the same marks as in Node keep the two logs alike.
  Base.symbols = { ...Base.symbols, ok: '✔', err: '✖' };
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: options.timeoutMs || 60_000 });
  if (options.grep) mocha.grep(options.grep);
  if (files.length === 0) throw new Error('no suite files were bundled: was the build run?');
  load();

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
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
