import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { readTextFile } from '../../src/cli/files';
import { FixWriteError, fixUntilStable, writeFixedFile } from '../../src/cli/fix';
import { lint } from '../../src/core/lint';
import { escapeControl } from '../../src/cli/format';
import { run, type RunContext } from '../../src/cli/run';
import type { Rule } from '../../src/core/types';

/**
 * --fix and the CLI against hostile files: read-only files, files changed while the fix ran,
 * hard links, owners, symlinks, control characters in names and text. Permission cases run the
 * real CLI bundle as the unprivileged user `nobody` (uid 65534) through `setpriv`, because root
 * may write any file and so cannot show a refusal.
 */

const ROOT = resolve(__dirname, '../..');
const NOBODY = 65534;

const fixme: Rule = {
  meta: { id: 'no-fixme', description: 'FIXME left in the text.', tags: ['test'], defaultSeverity: 'error', fixable: true, rationale: 'Test rule.' },
  check(ctx) {
    const re = /FIXME/g;
    for (let m = re.exec(ctx.doc.text); m; m = re.exec(ctx.doc.text)) {
      ctx.report({ start: m.index, end: m.index + 5, message: 'FIXME left in the text', suggestions: [{ title: 'DONE', edits: [{ start: m.index, end: m.index + 5, newText: 'DONE' }] }] });
    }
  },
};
/** Echoes the first line of the document in its message (how document text reaches output). */
const echo: Rule = {
  meta: { id: 'echo', description: 'Echo.', tags: ['test'], defaultSeverity: 'warning', fixable: false, rationale: 'Test rule.' },
  check(ctx) {
    ctx.report({ start: 0, end: 1, message: `first line: ${ctx.doc.text.split('\n')[0]}` });
  },
};

async function cli(argv: string[], ctx: Partial<RunContext> & { cwd: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { rules: [fixme], ...ctx, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

function snapshotOf(path: string) {
  const r = readTextFile(path);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-hostile-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli --fix: careful writes', () => {
  it('--fix does not grow a file with an unclosed comment or fence: it is closed where it ended and the sections come after it, and a second run is a no-op', () => {
    for (const [text, close] of [['# T\n\n## Summary\n\nx\n\n<!-- draft\n', '-->'], ['# T\n\n## Summary\n\nx\n\n```\ncode\n', '```']]) {
      const r = fixUntilStable(text, { lint: (t) => lint(t).findings });
      assert.ok(r.text.startsWith(`${text}${close}\n\n## `), `the unclosed block keeps its place and content, closed where it ended:\n${r.text}`);
      assert.ok(!r.findings.some((f) => f.ruleId === 'required-sections'), 'the inserted sections resolve the finding');
      const again = fixUntilStable(r.text, { lint: (t) => lint(t).findings });
      assert.equal(again.text, r.text);
      assert.equal(again.passes, 0);
    }
  });

  it('detects a change made while the fix ran (a rule edits the file during lint): leaves it, exit 2, no temp file', async () => {
    const file = join(dir, 'pm.md');
    writeFileSync(file, 'FIXME one\n');
    const meddler: Rule = {
      meta: { id: 'meddler', description: 'x', tags: [], defaultSeverity: 'info', fixable: false, rationale: 'x' },
      check() {
        writeFileSync(file, 'FIXME one\nand a line typed by someone else\n');
      },
    };
    const r = await cli(['--fix', 'pm.md'], { cwd: dir, rules: [fixme, meddler] });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /pm\.md: the file changed since it was read; fixes not written/);
    assert.equal(readFileSync(file, 'utf8'), 'FIXME one\nand a line typed by someone else\n');
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });

  it('detects a same-size change with the same mtime just before the replace (content compare)', () => {
    const file = join(dir, 'pm.md');
    writeFileSync(file, 'FIXME\n');
    const snap = snapshotOf(file);
    assert.throws(
      () =>
        writeFixedFile(file, 'DONE\n', snap, {
          beforeReplace: () => {
            const st = statSync(file);
            writeFileSync(file, 'fixme\n');
            require('node:fs').utimesSync(file, st.atime, st.mtime);
          },
        }),
      (err: unknown) => err instanceof FixWriteError && err.reason === 'changed',
    );
    assert.equal(readFileSync(file, 'utf8'), 'fixme\n');
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });

  it('keeps hard links (writes in place when the file has other links)', async () => {
    const file = join(dir, 'pm.md');
    writeFileSync(file, 'FIXME\n');
    mkdirSync(join(dir, 'other'));
    linkSync(file, join(dir, 'other', 'link.txt'));
    const ino = statSync(file).ino;
    const r = await cli(['--fix', 'pm.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'other', 'link.txt'), 'utf8'), 'DONE\n');
    assert.equal(statSync(file).ino, ino);
    assert.equal(statSync(file).nlink, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['other', 'pm.md']);
  });

  it('keeps mode, owner and group, and a symlink stays a symlink', async function () {
    if (process.getuid?.() !== 0) this.skip(); // chown to another user needs root; the nobody cases below cover the rest
    const file = join(dir, 'pm.md');
    writeFileSync(file, 'FIXME\n');
    chmodSync(file, 0o640);
    chownSync(file, NOBODY, NOBODY);
    symlinkSync('pm.md', join(dir, 'alias.md'));
    const r = await cli(['--fix', 'alias.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const st = statSync(file);
    assert.equal(st.mode & 0o7777, 0o640);
    assert.equal(st.uid, NOBODY);
    assert.equal(st.gid, NOBODY);
    assert.ok(lstatSync(join(dir, 'alias.md')).isSymbolicLink());
    assert.equal(readFileSync(file, 'utf8'), 'DONE\n');
    assert.deepEqual(readdirSync(dir).sort(), ['alias.md', 'pm.md']);
  });

  it('refuses a file with no write permission bits even for root (exit 2, file untouched)', async () => {
    const file = join(dir, 'pm.md');
    writeFileSync(file, 'FIXME\n');
    chmodSync(file, 0o444);
    const r = await cli(['--fix', 'pm.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pm\.md: the file (is read-only|is not writable)/);
    assert.equal(readFileSync(file, 'utf8'), 'FIXME\n');
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });
});

describe('cli as an unprivileged user (setpriv, uid 65534)', function () {
  this.timeout(60000);
  let bundle: string;
  let bundleDir: string;
  const canDrop = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

  before(async function () {
    // Root is needed to become nobody; as a normal user the refusal is shown by the OS itself.
    if (!canDrop) this.skip();
    bundleDir = mkdtempSync(join(tmpdir(), 'pm-cli-bundle-'));
    bundle = join(bundleDir, 'cli.js');
    await build({
      entryPoints: [join(ROOT, 'src/cli/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      loader: { '.yaml': 'text' },
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    chmodSync(bundleDir, 0o755);
    chmodSync(bundle, 0o644);
  });
  after(() => {
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  function asNobody(args: string[], cwd: string) {
    const r = spawnSync('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath, bundle, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function ownedByNobody(path: string) {
    chownSync(path, NOBODY, NOBODY);
  }

  it('refuses to fix a read-only file (mode 444): exit 2, one-line message, file and folder untouched', () => {
    chmodSync(dir, 0o755);
    ownedByNobody(dir);
    const file = join(dir, 'pm.md');
    writeFileSync(file, '# Postmortem\n\n## Summary\n\nJohn forgot the flag.\n');
    ownedByNobody(file);
    chmodSync(file, 0o444);
    const r = asNobody(['--fix', 'pm.md'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /pm\.md: the file is not writable \(EACCES\); fixes not written/);
    assert.equal(readFileSync(file, 'utf8'), '# Postmortem\n\n## Summary\n\nJohn forgot the flag.\n');
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });

  it('writes in place (owner kept) when the file is writable but its folder is not', () => {
    chmodSync(dir, 0o755); // owned by root: nobody cannot create a temp file here
    const file = join(dir, 'pm.md');
    writeFileSync(file, '# Postmortem\n\n## Summary\n\nJohn forgot the flag.\n');
    ownedByNobody(file);
    chmodSync(file, 0o600);
    const r = asNobody(['--fix', '--format', 'json', 'pm.md'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(statSync(file).uid, NOBODY);
    assert.equal(statSync(file).mode & 0o7777, 0o600);
    assert.deepEqual(readdirSync(dir), ['pm.md']);
  });

  it('notes an unreadable folder in a walk and still lints the rest', () => {
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'docs', 'locked'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'pm.md'), '# Postmortem\n');
    writeFileSync(join(dir, 'docs', 'locked', 'secret.md'), '# x\n');
    chmodSync(join(dir, 'docs'), 0o755);
    chmodSync(join(dir, 'docs', 'locked'), 0o700); // root's; nobody cannot list it
    const r = asNobody(['--format', 'json', 'docs'], dir);
    assert.match(r.stderr, /note: .*locked: cannot read folder \(EACCES\)/);
    assert.ok(JSON.parse(r.stdout).every((f: { file: string }) => f.file === 'docs/pm.md'));
  });
});

describe('cli: output safety and odd inputs', () => {
  it('escapes control characters from file names and document text in text output; JSON keeps them exact', async () => {
    const name = 'evil\u001b[31m\nname.md';
    writeFileSync(join(dir, name), '\u001b]0;owned\u0007 title\u202e\n');
    const text = await cli(['--format', 'text', name], { cwd: dir, rules: [echo] });
    assert.doesNotMatch(text.stdout, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    assert.equal(text.stdout.split('\n').filter(Boolean).length, 2, text.stdout);
    assert.match(text.stdout, /evil\\x1B\[31m\\nname\.md:1:1 {2}warning {2}first line: \\x1B\]0;owned\\x07 title\\u202E {2}\[echo\]/);
    const json = await cli(['--format', 'json', name], { cwd: dir, rules: [echo] });
    const out = JSON.parse(json.stdout) as { file: string; message: string }[];
    assert.equal(out[0].file, name);
    assert.equal(out[0].message, 'first line: \u001b]0;owned\u0007 title\u202e');
  });

  it('escapeControl leaves ordinary text, Korean and emoji alone', () => {
    assert.equal(escapeControl('값을 true로 잘못 넣었다 🔥 — ok'), '값을 true로 잘못 넣었다 🔥 — ok');
    assert.equal(escapeControl('a\tb\r\n\u0085'), 'a\\tb\\r\\n\\x85');
  });

  it('reads a file whose size reads 0 to its end (/proc)', () => {
    const r = readTextFile('/proc/self/status');
    assert.ok(r.ok);
    assert.match(r.text, /\nPid:\s+\d+/);
  });

  it('a run whose only file was skipped exits 2, not 0', async () => {
    mkdirSync(join(dir, 'pms'));
    writeFileSync(join(dir, 'pms', 'binary.md'), Buffer.from([0x23, 0x00, 0x01]));
    const r = await cli(['pms'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no file was linted \(the only file was skipped\)/);
  });

  it('a rule that throws makes the run exit 2 with one line naming the file and the rule', async () => {
    writeFileSync(join(dir, 'pm.md'), 'FIXME\n');
    const boom: Rule = { meta: { id: 'boom', description: 'x', tags: [], defaultSeverity: 'info', fixable: false, rationale: 'x' }, check: () => { throw new RangeError('Maximum call stack size exceeded'); } };
    const r = await cli(['pm.md'], { cwd: dir, rules: [fixme, boom] });
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /pm\.md: internal error: Internal error: rule boom could not check this document \(RangeError: Maximum call stack size exceeded\)/);
    assert.match(r.stdout, /FIXME left in the text/, 'the other rules\' findings are still reported');
  });
});
