// Bundles the CLI (and, later, the extension) with esbuild.
// `--production` minifies; `--watch` rebuilds on change. Type checks are `npm run typecheck`.
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

const builds = [
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    // ESM-only dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which is empty in a CJS bundle.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

// Integration tests run inside the VS Code extension host (see test/integration/index.ts): CJS like the
// extension, `vscode` from the host, and mocha left external so it resolves at run time from the
// repo's node_modules (dist/test/integration/ walks up to it). Not part of the packaged extension.
if (!production) {
  builds.push({
    ...common,
    entryPoints: ['test/integration/index.ts', 'test/integration/suite/*.test.ts'],
    outbase: 'test/integration',
    outdir: 'dist/test/integration',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
