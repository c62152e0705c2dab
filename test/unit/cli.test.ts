import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { displayPath, readTextFile, resolveInputs } from '../../src/cli/files';
import { fixUntilStable, writeFixedFile } from '../../src/cli/fix';
import { run, type RunContext } from '../../src/cli/run';
import { TOOL_VERSION } from '../../src/cli/meta';
import { lint } from '../../src/core/lint';
import type { Finding, Rule } from '../../src/core/types';

const ROOT = resolve(__dirname, '../..');

/** Test rules, so that the CLI is tested independently of the real rules being written. */
const fixmeRule: Rule = {
  meta: { id: 'no-fixme', description: 'FIXME left in the text.', tags: ['test'], defaultSeverity: 'error', fixable: true, rationale: 'Test rule.' },
  check(ctx) {
    const re = /FIXME/g;
    for (let m = re.exec(ctx.doc.text); m; m = re.exec(ctx.doc.text)) {
      ctx.report({ start: m.index, end: m.index + 5, message: 'FIXME left in the text', suggestions: [{ title: 'Replace with DONE', edits: [{ start: m.index, end: m.index + 5, newText: 'DONE' }] }] });
    }
  },
};
const maybeRule: Rule = {
  meta: { id: 'no-maybe', description: 'A hedge word.', tags: ['test'], defaultSeverity: 'warning', fixable: false, rationale: 'Test rule.' },
  check(ctx) {
    const re = /maybe|아마도/g;
    for (let m = re.exec(ctx.doc.text); m; m = re.exec(ctx.doc.text)) ctx.report({ start: m.index, end: m.index + m[0].length, message: `Hedge "${m[0]}"` });
  },
};
const noteRule: Rule = {
  meta: { id: 'note-todo', description: 'A TODO.', tags: ['test'], defaultSeverity: 'info', fixable: false, rationale: 'Test rule.' },
  check(ctx) {
    const i = ctx.doc.text.indexOf('TODO');
    if (i >= 0) ctx.report({ start: i, end: i + 4, message: 'TODO noted' });
  },
};
const RULES = [fixmeRule, maybeRule, noteRule];

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], ctx: Partial<RunContext> & { cwd: string }): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    rules: RULES,
    ...ctx,
    stdout: { write: (s: string) => (stdout += s), isTTY: ctx.stdout?.isTTY },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

let dir: string;
const write = (rel: string, content: string | Buffer) => {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli: arguments', () => {
  it('parses flags, values and inputs', () => {
    const o = parseArgs(['-f', 'json', '--fix', '--config=x.yaml', '--max-warnings', '3', '--no-color', '--quiet', 'a.md', '--', '--b.md']);
    assert.equal(o.format, 'json');
    assert.equal(o.fix, true);
    assert.equal(o.config, 'x.yaml');
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.color, false);
    assert.equal(o.quiet, true);
    assert.deepEqual(o.inputs, ['a.md', '--b.md']);
  });

  it('rejects unknown options, bad formats and bad numbers with a one-line UsageError', () => {
    for (const argv of [['--frobnicate'], ['--format', 'xml'], ['--max-warnings', 'lots'], ['--max-warnings', '-1'], ['--config'], ['--fix=yes']]) {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && !e.message.includes('\n'), argv.join(' '));
    }
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: postmortem-lint/);
    assert.match(help.stdout, /--format <text\|json\|sarif>/);
    const version = await cli(['--version'], { cwd: dir });
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    assert.equal(TOOL_VERSION, version.stdout.trim());
  });

  it('usage problems exit 2 with one line on stderr and nothing on stdout', async () => {
    for (const argv of [[], ['--format', 'xml', 'a.md'], ['--nope', 'a.md']]) {
      const r = await cli(argv, { cwd: dir });
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.match(r.stderr, /^postmortem-lint: /);
    }
  });
});

describe('cli: inputs', () => {
  it('walks directories for *.md and *.markdown, skipping node_modules and .git', async () => {
    write('a.md', '# A\n');
    write('sub/b.markdown', '# B\n');
    write('sub/deep/c.MD', '# C\n');
    write('notes.txt', 'FIXME\n');
    write('node_modules/pkg/readme.md', 'FIXME\n');
    write('.git/x.md', 'FIXME\n');
    const { files, errors } = await resolveInputs(['.'], { cwd: dir });
    assert.deepEqual(errors, []);
    assert.deepEqual(files.map((f) => displayPath(f.path, dir)).sort(), ['a.md', 'sub/b.markdown', 'sub/deep/c.MD']);
    assert.ok(files.every((f) => !f.explicit));
  });

  it('expands globs, prefers an existing file over glob syntax, and lints a file named twice once', async () => {
    write('docs/2025/a.md', '# A\n');
    write('docs/2025/b.md', '# B\n');
    write('docs/c.txt', 'x\n');
    write('odd[1].md', '# odd\n');
    const { files, errors } = await resolveInputs(['docs/**/*.md', 'odd[1].md', 'docs/2025/a.md', 'docs'], { cwd: dir });
    assert.deepEqual(errors, []);
    assert.deepEqual(files.map((f) => displayPath(f.path, dir)), ['docs/2025/a.md', 'docs/2025/b.md', 'odd[1].md']);
    assert.equal(files.find((f) => f.path.endsWith('a.md'))?.explicit, true, 'named explicitly as well as by the glob');
  });

  it('in a directory walk lints only postmortems, as the extension decides; named files always', async () => {
    write('postmortems/2025-01-02-db.md', '# DB failover\n\nFIXME\n');
    write('incidents/q3/cdn.md', '# CDN\n\nFIXME\n');
    write('docs/checkout-postmortem.md', '# Checkout\n\nFIXME\n');
    write('docs/typed.md', '---\ntype: postmortem\n---\n# Typed\n\nFIXME\n');
    write('docs/heading.md', '# 장애 보고서: 결제 지연\n\nFIXME\n');
    write('docs/notes.md', '# Team notes\n\nFIXME\n');
    write('README.md', '# Readme\n\nFIXME\n');
    const walked = await cli(['--format', 'json', '.'], { cwd: dir });
    const files = [...new Set(JSON.parse(walked.stdout).map((f: { file: string }) => f.file))].sort();
    assert.deepEqual(files, ['docs/checkout-postmortem.md', 'docs/heading.md', 'docs/typed.md', 'incidents/q3/cdn.md', 'postmortems/2025-01-02-db.md']);
    assert.match(walked.stderr, /note: 2 Markdown files found in directories are not a postmortem and were not linted \(--all lints every Markdown file\)/);
    const named = await cli(['--format', 'json', 'docs/notes.md', 'docs'], { cwd: dir });
    assert.ok(JSON.parse(named.stdout).some((f: { file: string }) => f.file === 'docs/notes.md'), 'a file named on the command line is linted whatever it is');
    const all = await cli(['--format', 'json', '--all', '.'], { cwd: dir });
    assert.equal(new Set(JSON.parse(all.stdout).map((f: { file: string }) => f.file)).size, 7);
  });

  it('a walk that finds Markdown but no postmortem exits 2 with a one-line message', async () => {
    write('notes/a.md', '# Notes\n\nFIXME\n');
    const r = await cli(['notes'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'postmortem-lint: no postmortems to lint: 1 Markdown file found in directories is not a postmortem (--all lints every Markdown file)\n');
  });

  it('does not follow a symlinked directory (no loops)', async () => {
    write('real/a.md', '# A\n');
    symlinkSync(dir, join(dir, 'real', 'loop'), 'dir');
    const { files } = await resolveInputs(['.'], { cwd: dir });
    assert.deepEqual(files.map((f) => displayPath(f.path, dir)), ['real/a.md']);
  });

  it('missing files, empty directories and unmatched globs exit 2, but the other files are still reported', async () => {
    write('ok.md', 'FIXME\n');
    mkdirSync(join(dir, 'empty'));
    write('empty/readme.txt', 'no markdown here');
    const r = await cli(['missing.md', 'empty', 'nothing/**/*.md', 'ok.md'], { cwd: dir });
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'postmortem-lint: missing.md: no such file or directory',
      'postmortem-lint: empty: no Markdown files (*.md, *.markdown) in this directory',
      'postmortem-lint: nothing/**/*.md: no files match this pattern',
    ]);
    assert.equal(r.stdout, 'ok.md:1:1  error  FIXME left in the text  [no-fixme]\n1 error, 0 warnings in 1 file\n');
  });

  it('a binary file named explicitly exits 2; one found in a directory is skipped with a note', async () => {
    write('bin.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    write('latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    write('fine.md', '# fine\n');
    const explicit = await cli(['bin.md'], { cwd: dir });
    assert.equal(explicit.code, 2);
    assert.equal(explicit.stderr, 'postmortem-lint: bin.md: skipped: binary file (contains NUL bytes)\n');
    const invalid = await cli(['latin1.md', 'fine.md'], { cwd: dir });
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /latin1\.md: skipped: binary file \(not valid UTF-8\)/);
    assert.match(invalid.stdout, /No problems in 1 file\n$/);
    const walked = await cli(['--all', '.'], { cwd: dir });
    assert.equal(walked.code, 0);
    assert.match(walked.stderr, /^postmortem-lint: note: bin\.md: skipped: binary file/m);
    assert.match(walked.stderr, /note: latin1\.md: skipped: binary file/);
    assert.match(walked.stdout, /No problems in 1 file/);
  });

  it('skips files above the size cap (exit 2 when named, a note when walked)', async () => {
    write('big.md', '# big\n' + 'x'.repeat(2000));
    write('small.md', '# small\n');
    const named = await cli(['big.md'], { cwd: dir, maxFileBytes: 1000 });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /big\.md: skipped: file too large \(2 KB; the limit is 1000 bytes\)/);
    const walked = await cli(['--all', '.'], { cwd: dir, maxFileBytes: 1000 });
    assert.equal(walked.code, 0);
    assert.match(walked.stderr, /note: big\.md: skipped: file too large/);
    assert.match(walked.stdout, /No problems in 1 file/);
  });

  it('reads UTF-8 with the BOM kept, and refuses NUL / invalid bytes', () => {
    const bom = write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# 개요\n', 'utf8')]));
    const r = readTextFile(bom);
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.text, '\ufeff# 개요\n');
    const nul = readTextFile(write('nul.md', Buffer.from('a\u0000b')));
    assert.deepEqual(nul, { ok: false, reason: 'binary file (contains NUL bytes)' });
    const gone = readTextFile(join(dir, 'nope.md'));
    assert.equal(gone.ok, false);
    if (!gone.ok) assert.match(gone.reason, /cannot read file \(ENOENT\)/);
  });

  it('shows files outside the working directory by absolute path', () => {
    assert.equal(displayPath('/elsewhere/x.md', '/work/here'), '/elsewhere/x.md');
    assert.equal(displayPath('/work/here/a/b.md', '/work/here'), 'a/b.md');
  });
});

describe('cli: text output', () => {
  it('prints file:line:col  severity  message  [rule-id] and a summary', async () => {
    write('a.md', '# A\n\nmaybe FIXME\nFIXME\n');
    write('b.md', '# B\n');
    const r = await cli(['a.md', 'b.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        'a.md:3:1  warning  Hedge "maybe"  [no-maybe]',
        'a.md:3:7  error  FIXME left in the text  [no-fixme]',
        'a.md:4:1  error  FIXME left in the text  [no-fixme]',
        '2 errors, 1 warning in 1 of 2 files',
        '',
      ].join('\n'),
    );
  });

  it('counts columns in UTF-16 code units for Korean text and emoji', async () => {
    write('ko.md', '# 개요\n\n장애는 아마도 😀 FIXME\n');
    const r = await cli(['ko.md'], { cwd: dir });
    // "장애는 " is 4 units, "아마도" starts at column 5; the emoji takes two units.
    assert.match(r.stdout, /^ko\.md:3:5 {2}warning {2}Hedge "아마도" {2}\[no-maybe\]$/m);
    assert.match(r.stdout, /^ko\.md:3:12 {2}error {2}FIXME left in the text {2}\[no-fixme\]$/m);
  });

  it('reports columns on line 1 of a BOM file as editors show them', async () => {
    write('bom.md', '\ufeffFIXME\n');
    const r = await cli(['--format', 'json', 'bom.md'], { cwd: dir });
    const [f] = JSON.parse(r.stdout);
    assert.deepEqual([f.line, f.column, f.endColumn], [1, 1, 6]);
    assert.deepEqual(f.suggestions[0].edits[0], { start: 1, end: 6, newText: 'DONE' }, 'offsets still count the BOM');
  });

  it('says "No problems in N files" and exits 0 when clean; warnings alone exit 0', async () => {
    write('a.md', '# A\n');
    write('b.md', '# B\n');
    const clean = await cli(['a.md', 'b.md'], { cwd: dir });
    assert.deepEqual(clean, { code: 0, stdout: 'No problems in 2 files\n', stderr: '' });
    write('c.md', 'maybe\n');
    const warn = await cli(['c.md'], { cwd: dir });
    assert.equal(warn.code, 0);
    assert.match(warn.stdout, /0 errors, 1 warning in 1 file\n$/);
  });

  it('counts info findings separately and never fails on them', async () => {
    write('a.md', 'TODO\n');
    const r = await cli(['a.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'a.md:1:1  info  TODO noted  [note-todo]\n0 errors, 0 warnings, 1 info in 1 file\n');
  });

  it('colors only on a terminal, unless forced or disabled', async () => {
    write('a.md', 'FIXME\n');
    const esc = '\u001b[';
    assert.ok(!(await cli(['a.md'], { cwd: dir })).stdout.includes(esc), 'not a TTY');
    assert.ok((await cli(['a.md'], { cwd: dir, stdout: { write: () => true, isTTY: true } })).stdout.includes(esc), 'TTY');
    assert.ok(!(await cli(['a.md'], { cwd: dir, stdout: { write: () => true, isTTY: true }, env: { NO_COLOR: '1' } })).stdout.includes(esc), 'NO_COLOR');
    assert.ok(!(await cli(['--no-color', 'a.md'], { cwd: dir, stdout: { write: () => true, isTTY: true } })).stdout.includes(esc), '--no-color');
    assert.ok((await cli(['--color', 'a.md'], { cwd: dir })).stdout.includes(esc), '--color');
    assert.ok((await cli(['a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout.includes(esc), 'FORCE_COLOR');
  });

  it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', async () => {
    write('a.md', 'maybe maybe\n');
    write('b.md', 'FIXME maybe\n');
    const quiet = await cli(['--quiet', 'a.md', 'b.md'], { cwd: dir });
    assert.equal(quiet.code, 1);
    assert.ok(!quiet.stdout.includes('warning  '));
    assert.match(quiet.stdout, /1 error, 0 warnings in 1 of 2 files/);
    const over = await cli(['--max-warnings', '1', 'a.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings \(2; --max-warnings is 1\)/);
    assert.equal((await cli(['--max-warnings', '2', 'a.md'], { cwd: dir })).code, 0);
    assert.equal((await cli(['--quiet', '--max-warnings', '0', 'a.md'], { cwd: dir })).code, 0, 'quiet drops warnings before counting');
  });
});

describe('cli: json output', () => {
  it('is an array of {file, ruleId, severity, message, line, column, endLine, endColumn, suggestions}', async () => {
    write('docs/a.md', '# 개요\n\nFIXME and maybe\n');
    write('docs/b.md', '# ok\n');
    const r = await cli(['--format', 'json', '--all', 'docs'], { cwd: dir });
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(out.length, 2);
    for (const f of out) assert.deepEqual(Object.keys(f), ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'suggestions']);
    assert.deepEqual(out[0], {
      file: 'docs/a.md',
      ruleId: 'no-fixme',
      severity: 'error',
      message: 'FIXME left in the text',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 6,
      suggestions: [{ title: 'Replace with DONE', edits: [{ start: 6, end: 11, newText: 'DONE' }] }],
    });
    assert.deepEqual({ ...out[1], suggestions: undefined }, { file: 'docs/a.md', ruleId: 'no-maybe', severity: 'warning', message: 'Hedge "maybe"', line: 3, column: 11, endLine: 3, endColumn: 16, suggestions: undefined });
  });

  it('prints [] for clean files and still a valid array when an input fails', async () => {
    write('a.md', '# A\n');
    const r = await cli(['--format', 'json', 'a.md', 'missing.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.match(r.stderr, /missing\.md: no such file or directory/);
  });
});

describe('cli: configuration', () => {
  it('finds .postmortemrc.yaml upward and applies levels', async () => {
    write('.postmortemrc.yaml', 'rules:\n  no-fixme: off\n  no-maybe: error\n');
    write('team/incidents/a.md', 'FIXME maybe\n');
    const r = await cli(['team'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'team/incidents/a.md:1:7  error  Hedge "maybe"  [no-maybe]\n1 error, 0 warnings in 1 file\n');
  });

  it('the nearest config wins, and --config overrides the search', async () => {
    write('.postmortemrc.yaml', 'rules:\n  no-maybe: error\n');
    write('team/.postmortemrc.json', '{ "rules": { "no-maybe": "off" } }');
    write('team/a.md', 'maybe\n');
    write('other/b.md', 'maybe\n');
    write('ci.yml', 'rules:\n  no-maybe: info\n');
    const nearest = await cli(['--format', 'json', '--all', 'team', 'other'], { cwd: dir });
    assert.deepEqual(JSON.parse(nearest.stdout).map((f: Finding & { file: string }) => [f.file, f.severity]), [['other/b.md', 'error']]);
    const forced = await cli(['--format', 'json', '--all', '--config', 'ci.yml', 'team', 'other'], { cwd: dir });
    assert.deepEqual(JSON.parse(forced.stdout).map((f: Finding & { file: string }) => [f.file, f.severity]), [['team/a.md', 'info'], ['other/b.md', 'info']]);
  });

  it('a missing --config exits 2 before linting', async () => {
    write('a.md', 'FIXME\n');
    const r = await cli(['--config', 'nope.yaml', 'a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'postmortem-lint: bad config: nope.yaml: config file not found\n');
  });

  it('a config with a YAML syntax error exits 2 naming file, line and column; its files are not linted', async () => {
    write('team/.postmortemrc.yaml', 'rules:\n  no-fixme: [error\n');
    write('team/a.md', 'FIXME\n');
    write('team/b.md', 'FIXME\n');
    write('solo.md', 'FIXME\n');
    const r = await cli(['--all', 'team', 'solo.md'], { cwd: dir });
    assert.equal(r.code, 2);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length >= 1, true);
    assert.ok(errors.every((l) => /^postmortem-lint: bad config: team\/\.postmortemrc\.yaml:\d+:\d+: syntax error: /.test(l)), r.stderr);
    assert.equal(r.stdout, 'solo.md:1:1  error  FIXME left in the text  [no-fixme]\n1 error, 0 warnings in 1 file\n', 'reported once, other files still linted');
  });

  it('an unknown rule or level in the config exits 2 with the problem', async () => {
    write('.postmortemrc.yml', 'rules:\n  no-such-rule: error\n  no-maybe: loud\n');
    write('a.md', 'maybe\n');
    const r = await cli(['a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad config: \.postmortemrc\.yml: unknown rule "no-such-rule"/);
    assert.match(r.stderr, /bad config: \.postmortemrc\.yml: rule "no-maybe": unknown level "loud"/);
  });

  it('applies Korean section aliases from the config to the real rules', async () => {
    const doc = '# 장애 보고서\n\n## 큰 그림\n\n내용\n';
    write('ko.md', doc);
    const without = await cli(['--format', 'json', 'ko.md'], { cwd: dir, rules: undefined });
    write('.postmortemrc.yaml', 'sections:\n  aliases:\n    summary: [큰 그림]\n');
    const withAlias = await cli(['--format', 'json', 'ko.md'], { cwd: dir, rules: undefined });
    const summaryMissing = (out: string) => (JSON.parse(out) as { ruleId: string; message: string }[]).some((f) => f.ruleId === 'required-sections' && f.message.includes('개요'));
    assert.equal(summaryMissing(without.stdout), true, without.stdout);
    assert.equal(summaryMissing(withAlias.stdout), false, withAlias.stdout);
  });
});

describe('cli: --fix', () => {
  it('writes the preferred fixes and reports what is left', async () => {
    const p = write('a.md', '# A\n\nFIXME maybe FIXME\n');
    const r = await cli(['--fix', 'a.md'], { cwd: dir });
    assert.equal(readFileSync(p, 'utf8'), '# A\n\nDONE maybe DONE\n');
    assert.equal(r.code, 0, 'only a warning remains');
    assert.equal(r.stdout, 'a.md:3:6  warning  Hedge "maybe"  [no-maybe]\nFixed 2 problems in 1 file.\n0 errors, 1 warning in 1 file\n');
  });

  it('keeps CRLF line endings and the BOM (English and Korean)', async () => {
    const en = write('en.md', '\ufeff# Summary\r\nFIXME one\r\n\r\nTwo FIXME\r\n');
    const ko = write('ko.md', '\ufeff# 개요\r\n장애 FIXME 조치\r\n');
    const r = await cli(['--fix', 'en.md', 'ko.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const enBytes = readFileSync(en);
    assert.deepEqual([...enBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(enBytes.toString('utf8'), '\ufeff# Summary\r\nDONE one\r\n\r\nTwo DONE\r\n');
    assert.equal(readFileSync(ko, 'utf8'), '\ufeff# 개요\r\n장애 DONE 조치\r\n');
  });

  it('never touches a file with nothing to fix (mtime unchanged), even one with unfixable findings', async () => {
    const clean = write('clean.md', '# Clean\n');
    const unfixable = write('warn.md', 'maybe\n');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(clean, past, past);
    utimesSync(unfixable, past, past);
    const r = await cli(['--fix', 'clean.md', 'warn.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(statSync(clean).mtimeMs, past.getTime());
    assert.equal(statSync(unfixable).mtimeMs, past.getTime());
    assert.ok(!r.stdout.includes('Fixed'));
  });

  it('keeps the file mode and leaves no temporary file behind', async () => {
    const p = write('a.md', 'FIXME\n');
    chmodSync(p, 0o640);
    await cli(['--fix', 'a.md'], { cwd: dir });
    assert.equal(statSync(p).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('fixes through a symlink without replacing the link', async () => {
    const target = write('real.md', 'FIXME\n');
    symlinkSync(target, join(dir, 'link.md'));
    await cli(['--fix', 'link.md'], { cwd: dir });
    assert.equal(readFileSync(target, 'utf8'), 'DONE\n');
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.deepEqual(readdirSync(dir).sort(), ['link.md', 'real.md']);
  });

  it('fixUntilStable re-lints until no fix applies, and stops after maxPasses', () => {
    // A rule whose fix uncovers another: "((x))" → "(x)" → "x".
    const parens = (text: string): Finding[] => {
      const m = /\((\w+)\)/.exec(text);
      if (!m) return [];
      return [{ start: m.index, end: m.index + m[0].length, message: 'parens', ruleId: 'p', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1, docsPath: '', suggestions: [{ title: 'unwrap', edits: [{ start: m.index, end: m.index + m[0].length, newText: m[1] }] }] }];
    };
    const stable = fixUntilStable('a ((x)) b', { lint: parens });
    assert.deepEqual({ text: stable.text, applied: stable.applied, passes: stable.passes, left: stable.findings.length }, { text: 'a x b', applied: 2, passes: 2, left: 0 });
    // A fix that never converges is cut off.
    let calls = 0;
    const grow = (text: string): Finding[] => {
      calls++;
      return [{ start: 0, end: 0, message: 'grow', ruleId: 'g', severity: 'warning' as const, line: 1, column: 1, endLine: 1, endColumn: 1, docsPath: '', suggestions: [{ title: 'add', edits: [{ start: 0, end: 0, newText: 'x' }] }] }].filter(() => text.length < 1000);
    };
    const capped = fixUntilStable('', { lint: grow, maxPasses: 3 });
    assert.equal(capped.text, 'xxx');
    assert.equal(capped.passes, 3);
    assert.equal(calls, 4);
  });

  it('applies a fix skipped for overlapping another in the next pass', () => {
    const upper = (id: string, re: RegExp): Rule => ({
      meta: { id, description: id, tags: [], defaultSeverity: 'warning', fixable: true, rationale: '' },
      check(ctx) {
        const m = re.exec(ctx.doc.text);
        if (m) ctx.report({ start: m.index, end: m.index + m[0].length, message: id, suggestions: [{ title: 'upper', edits: [{ start: m.index, end: m.index + m[0].length, newText: m[0].toUpperCase() }] }] });
      },
    });
    // "ab" and "bc" overlap on "b": the second fix must wait for a re-lint of "ABc".
    const rules = [upper('ab', /ab/), upper('bc', /[bB]c/)];
    const res = fixUntilStable('abc', { lint: (t) => lint(t, { rules }).findings });
    assert.deepEqual({ text: res.text, passes: res.passes, applied: res.applied, left: res.findings.length }, { text: 'ABC', passes: 2, applied: 2, left: 0 });
  });

  it('writeFixedFile removes its temporary file when the rename fails', () => {
    mkdirSync(join(dir, 'target.md'));
    writeFileSync(join(dir, 'target.md', 'inner'), 'x');
    const st = statSync(join(dir, 'target.md'));
    assert.throws(() => writeFixedFile(join(dir, 'target.md'), 'text', { text: '', mode: 0o644, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev }));
    assert.deepEqual(readdirSync(dir), ['target.md']);
  });
});

describe('cli: real rules and bundled examples', () => {
  it('reports a front matter error from the real engine with exit 1', async () => {
    write('pm.md', '---\ndate: 21/10/2015\n---\n# Postmortem\n');
    const r = await cli(['--format', 'json', 'pm.md'], { cwd: dir, rules: undefined });
    assert.equal(r.code, 1, r.stdout);
    const out = JSON.parse(r.stdout) as { ruleId: string; severity: string; line: number }[];
    assert.ok(out.some((f) => f.ruleId === 'front-matter' && f.severity === 'error' && f.line === 2), r.stdout);
  });

  it('lints the four examples: the clean ones have no findings, the draft has errors of several rules', async () => {
    const r = await cli(['--format', 'json', 'examples'], { cwd: ROOT, rules: undefined });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { file: string; ruleId: string; severity: string }[];
    const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'));
    assert.equal(files.length, 4);
    assert.deepEqual([...new Set(out.map((f) => f.file))], ['examples/draft-with-problems.md'], JSON.stringify(out, null, 1));
    assert.ok(out.some((f) => f.severity === 'error'));
    assert.ok(new Set(out.map((f) => f.ruleId)).size >= 3);
  });
});

describe('cli: the built bin', function () {
  this.timeout(60000);
  before(() => {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });

  it('package.json bin points at the bundle, which starts with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['postmortem-lint'], 'dist/cli.js');
    assert.match(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('node dist/cli.js lints files, globs and prints json with the right exit codes', () => {
    write('pm/a.md', '---\nseverity: enormous\n---\n# Summary\n');
    const cliJs = join(ROOT, 'dist/cli.js');
    const r = spawnSync(process.execPath, [cliJs, '--format', 'json', 'pm/*.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    assert.ok(out.some((f) => f.file === 'pm/a.md' && f.ruleId === 'front-matter'), r.stdout);
    const missing = spawnSync(process.execPath, [cliJs, 'nope.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'postmortem-lint: nope.md: no such file or directory\n');
  });

  it('a file over --time-budget is stopped in its worker: one line, exit 2, and the next file is still linted', () => {
    const pm = '---\ntype: postmortem\n---\n# Postmortem: x\n\n## Summary\n\nBob forgot to restart the cache.\n';
    write('a-postmortem.md', pm);
    write('b-postmortem.md', pm);
    const cliJs = join(ROOT, 'dist/cli.js');
    // The test hook hangs each lint for ten minutes: only stopping the worker ends it.
    const began = Date.now();
    const hung = spawnSync(process.execPath, [cliJs, '--time-budget', '500', 'a-postmortem.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', POSTMORTEM_TEST_LINT_DELAY_MS: '600000' }, timeout: 50_000 });
    assert.equal(hung.status, 2, hung.stderr);
    assert.ok(Date.now() - began < 45_000);
    assert.equal(hung.stderr, 'postmortem-lint: a-postmortem.md: too complex to lint in time (over 500 ms; --time-budget); not checked\n');
    assert.equal(hung.stdout, '');
    // Without the hook both files lint in the (one) worker as usual.
    const ok = spawnSync(process.execPath, [cliJs, '--format', 'json', 'a-postmortem.md', 'b-postmortem.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(ok.status, 0, ok.stderr);
    const out = JSON.parse(ok.stdout) as { file: string; ruleId: string }[];
    assert.deepEqual([...new Set(out.map((f) => f.file))], ['a-postmortem.md', 'b-postmortem.md']);
    assert.ok(out.some((f) => f.ruleId === 'blameful-language'));
  });

  it('npm run demo prints the findings of the bundled examples and exits 0', () => {
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /examples\/draft-with-problems\.md:\d+:\d+ {2}error {2}/);
    assert.match(r.stdout, /exited with 1/);
  });
});

describe('cli: time budget per file', () => {
  it('reports a file whose lint takes longer than --time-budget in one line and exits 2 (in-process, without a worker)', async () => {
    write('slow.md', '# Postmortem\n\nFIXME later\n');
    write('fast.md', '# Postmortem\n\nFIXME later\n');
    const slow = await cli(['--time-budget', '20', 'slow.md', 'fast.md'], { cwd: dir, env: { POSTMORTEM_TEST_LINT_DELAY_MS: '60' } });
    assert.equal(slow.code, 2);
    assert.equal(slow.stderr, 'postmortem-lint: slow.md: too complex to lint in time (over 20 ms; --time-budget); not checked\npostmortem-lint: fast.md: too complex to lint in time (over 20 ms; --time-budget); not checked\n');
    const fine = await cli(['--time-budget', '60000', 'slow.md'], { cwd: dir });
    assert.equal(fine.code, 1, fine.stderr);
    assert.match(fine.stdout, /FIXME/);
  });

  it('--time-budget takes a whole number of milliseconds', async () => {
    for (const bad of ['0', '-5', 'soon', '1.5']) {
      const r = await cli(['--time-budget', bad, 'x.md'], { cwd: dir });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--time-budget needs|needs a value/);
    }
  });
});

describe('cli: message language', () => {
  const doc = '# Postmortem\n\n## Action Items\n\n- [ ] Add an alert\n';
  it('writes Korean messages with --locale ko or a Korean LANG, English otherwise', async () => {
    write('a.md', doc);
    const en = await cli(['a.md'], { cwd: dir, rules: undefined });
    assert.match(en.stdout, /has no owner/);
    const ko = await cli(['--locale', 'ko', 'a.md'], { cwd: dir, rules: undefined });
    assert.match(ko.stdout, /담당자가 없습니다/);
    const env = await cli(['a.md'], { cwd: dir, rules: undefined, env: { LANG: 'ko_KR.UTF-8' } });
    assert.match(env.stdout, /담당자가 없습니다/);
    const bad = await cli(['--locale', 'fr', 'a.md'], { cwd: dir });
    assert.equal(bad.code, 2);
  });
});
