// The parts of the real-VS-Code test harness that can be checked without starting VS Code: how the
// in-host bootstrap finds bundled tests, when a code-server install counts as finished, and that the
// package.json scripts and .vscodeignore point at what exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTestFiles } from '../integration/index';

const repoRoot = path.resolve(__dirname, '..', '..');

interface InstallModule {
  CODE_SERVER_VERSION: string;
  RECIPE: number;
  isInstalled(dir: string): boolean;
  codeServerPaths(dir: string): { entry: string; stamp: string };
}

/** The install script is plain .mjs (it must run before any build); load it untyped. */
async function installModule(): Promise<InstallModule> {
  const file = path.join(repoRoot, 'scripts', 'vscode', 'install-code-server.mjs');
  return (await import(file)) as InstallModule;
}

describe('vscode harness', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-harness-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('findTestFiles (integration bootstrap)', () => {
    it('finds bundled *.test.js files in nested folders, sorted, and nothing else', () => {
      fs.mkdirSync(path.join(tmp, 'suite', 'nested'), { recursive: true });
      for (const f of ['suite/b.test.js', 'suite/a.test.js', 'suite/nested/c.test.js', 'suite/a.test.js.map', 'suite/support.js', 'index.js', 'suite/d.test.ts']) {
        fs.writeFileSync(path.join(tmp, f), '');
      }
      const found = findTestFiles(tmp).map((f) => path.relative(tmp, f).split(path.sep).join('/'));
      assert.deepEqual(found, ['suite/a.test.js', 'suite/b.test.js', 'suite/nested/c.test.js']);
    });

    it('returns nothing for a folder without tests (the bootstrap then reports a missing build)', () => {
      assert.deepEqual(findTestFiles(tmp), []);
    });
  });

  describe('isInstalled (code-server cache)', () => {
    it('needs both the stamp for this version and Node ABI and the entry file', async () => {
      const m = await installModule();
      const p = m.codeServerPaths(tmp);
      assert.equal(m.isInstalled(tmp), false, 'empty folder');

      fs.mkdirSync(path.dirname(p.entry), { recursive: true });
      fs.writeFileSync(p.entry, '');
      assert.equal(m.isInstalled(tmp), false, 'entry without stamp (an interrupted install)');

      const stamp = { version: m.CODE_SERVER_VERSION, recipe: m.RECIPE, modules: process.versions.modules };
      fs.writeFileSync(p.stamp, JSON.stringify(stamp));
      assert.equal(m.isInstalled(tmp), true, 'complete install');

      fs.writeFileSync(p.stamp, JSON.stringify({ ...stamp, modules: '1' }));
      assert.equal(m.isInstalled(tmp), false, 'native modules built for another Node');

      fs.writeFileSync(p.stamp, JSON.stringify({ ...stamp, version: '4.0.0' }));
      assert.equal(m.isInstalled(tmp), false, 'another code-server version');

      fs.writeFileSync(p.stamp, '{not json');
      assert.equal(m.isInstalled(tmp), false, 'corrupt stamp');
    });
  });

  describe('package.json and .vscodeignore', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

    it('has the VS Code test, setup and packaging scripts, pointing at files that exist', () => {
      for (const name of ['test:integration', 'test:integration:electron', 'test:ui', 'setup:vscode']) {
        const script = pkg.scripts[name];
        assert.ok(script, `script ${name} is missing`);
        const file = /^node (\S+\.mjs)/.exec(script)?.[1];
        assert.ok(file, `script ${name} should run a node file: ${script}`);
        assert.ok(fs.existsSync(path.join(repoRoot, file)), `${name}: ${file} does not exist`);
      }
      assert.match(pkg.scripts['package'] ?? '', /^vsce package --no-dependencies\b/);
      assert.match(pkg.scripts['vscode:prepublish'] ?? '', /esbuild\.mjs --production/);
    });

    it('.vscodeignore leaves sources, tests and test bundles out of the .vsix', () => {
      const lines = fs
        .readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
      for (const pattern of ['src/**', 'test/**', 'dist/test/**', 'node_modules/**', '.vscode-test/**', 'scripts/**']) {
        assert.ok(lines.includes(pattern), `.vscodeignore should list ${pattern}`);
      }
      assert.ok(!lines.some((l) => l === 'dist/**' || l === 'dist/extension.js'), 'the extension bundle must stay in the package');
      assert.ok(!lines.some((l) => l.startsWith('dist/web')), 'the web bundle must stay in the package');
    });

    it('has a desktop (`main`) and a web worker (`browser`) bundle, both built by esbuild.mjs', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main?: string; browser?: string; scripts: Record<string, string> };
      assert.equal(pkg.main, './dist/extension.js');
      assert.equal(pkg.browser, './dist/web/extension.js');
      const build = fs.readFileSync(path.join(repoRoot, 'esbuild.mjs'), 'utf8');
      assert.match(build, /entryPoints: \['src\/extension\/web\.ts'\], outfile: 'dist\/web\/extension\.js'/);
      assert.match(build, /conditions: \['worker'\]/);
      // The integration suite runs in both hosts, the web one after the desktop one.
      assert.match(pkg.scripts['test'] ?? '', /test:integration -- --no-build && npm run test:integration -- --no-build --web/);
    });
  });
});
