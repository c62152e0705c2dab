// Bundles the CLI and the extension with esbuild: the extension twice, for the desktop / remote
// (Node) extension host (`main`) and for the web worker extension host of vscode.dev, github.dev and
// code-server (`browser`). Both bundles hold the same core and features; only the entry differs.
// `--production` minifies; `--watch` rebuilds on change. Type checks are `npm run typecheck`.
import { builtinModules } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.yaml': 'text' },
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Fails a web build on any import of a Node built-in (`fs`, `node:child_process`, …): a web worker
 * has none, and a bundle that imports one fails at activation in vscode.dev, not here. `allow` maps
 * the few a test bundle may use to browser stand-ins.
 */
function noNodeBuiltins(allow = {}) {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path) && !args.path.startsWith('node:')) return undefined;
        if (allow[args.path]) return { path: allow[args.path] };
        return {
          errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || 'the entry'}: the web bundle runs in a web worker, which has no Node APIs` }],
        };
      });
    },
  };
}

/** @type {import('esbuild').BuildOptions} */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  // A web worker: no `document`. decode-named-character-reference (under remark-parse) has a DOM
  // variant for the `browser` condition and a table for `worker`.
  conditions: ['worker'],
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const builds = [
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    // ESM-only dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which is empty in a CJS bundle.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
  { ...common, entryPoints: ['src/extension/desktop.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...web, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', plugins: [noNodeBuiltins()] },
  // The lint workers the extension starts (src/extension/lint/): the engine off the extension host's
  // thread. A worker_threads script next to dist/extension.js, and a classic web worker script.
  { ...common, entryPoints: ['src/extension/lint/worker.node.ts'], outfile: 'dist/lintWorker.js' },
  { ...web, format: 'iife', entryPoints: ['src/extension/lint/worker.web.ts'], outfile: 'dist/web/lintWorker.js', plugins: [noNodeBuiltins()] },
];

// Integration tests run inside the VS Code extension host (see test/integration/index.ts): CJS like the
// extension, `vscode` from the host, and mocha left external so it resolves at run time from the
// repo's node_modules (dist/test/integration/ walks up to it). Not part of the packaged extension.
// The web variant (test/integration/web/index.ts) is one self-contained file with mocha's browser
// build and every suite file, because the web worker host loads a single script.
if (!production) {
  builds.push(
    {
      ...common,
      entryPoints: ['test/integration/index.ts', 'test/integration/suite/*.test.ts'],
      outbase: 'test/integration',
      outdir: 'dist/test/integration',
      external: ['vscode', 'mocha'],
      define: { POSTMORTEM_IT_HOST: '"node"' },
    },
    {
      ...web,
      entryPoints: ['test/integration/web/index.ts'],
      outfile: 'dist/test/web/index.js',
      define: { ...web.define, POSTMORTEM_IT_HOST: '"web"' },
      plugins: [noNodeBuiltins({ 'node:assert/strict': new URL('test/integration/web/assert.ts', import.meta.url).pathname }), webSuiteFiles()],
    },
  );
}

/** `import 'postmortem:suite-files'` in the web test bootstrap: every suite/*.test.ts, in name order. */
function webSuiteFiles() {
  return {
    name: 'web-suite-files',
    setup(build) {
      build.onResolve({ filter: /^postmortem:suite-files$/ }, () => ({ path: 'suite-files', namespace: 'postmortem' }));
      build.onLoad({ filter: /.*/, namespace: 'postmortem' }, async () => {
        const { readdirSync } = await import('node:fs');
        const dir = new URL('test/integration/suite/', import.meta.url).pathname;
        const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
        // A function, so the bootstrap decides when the files run: after mocha has set up describe/it.
        const body = files.map((f) => `  require(${JSON.stringify(dir + f)});`).join('\n');
        return { contents: `export const files = ${JSON.stringify(files)};\nexport function load() {\n${body}\n}\n`, resolveDir: dir, loader: 'js', watchDirs: [dir] };
      });
    },
  };
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
