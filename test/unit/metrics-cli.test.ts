// Golden output of `postmortem-lint metrics` on examples/ (regenerate with UPDATE_GOLDEN=1, then review the diff).
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMetrics } from '../../src/cli/metrics';

const repo = join(__dirname, '..', '..');
const golden = join(repo, 'test', 'fixtures', 'metrics-cli');
const update = process.env.UPDATE_GOLDEN === '1';

async function metrics(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runMetrics(args, { cwd: repo, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe('cli: postmortem-lint metrics', () => {
  for (const format of ['text', 'json', 'csv']) {
    it(`prints the golden ${format} report for examples/`, async () => {
      const r = await metrics(['--format', format, 'examples']);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
      const file = join(golden, `examples.${format === 'text' ? 'txt' : format}`);
      if (update || !existsSync(file)) writeFileSync(file, r.out);
      assert.equal(r.out, readFileSync(file, 'utf8'));
    });
  }

  it('shows the budget of the example that declares an SLO: 38% × 47 min ÷ 43.2 min = 41%', async () => {
    const r = await metrics(['--format', 'json', 'examples/en-google-sre-style.md']);
    const [row] = JSON.parse(r.out);
    assert.equal(row.impactMinutes, 47);
    assert.equal(Math.round(row.budgetBurned * 100), 41);
  });

  it('rejects an unknown format and no inputs with exit 2', async () => {
    assert.equal((await metrics(['--format', 'sarif', 'examples'])).code, 2);
    assert.equal((await metrics([])).code, 2);
    assert.match((await metrics(['--help'])).out, /one row per postmortem/);
  });

  it('escapes control characters of file names and document text in the text table; JSON stays exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-metrics-'));
    try {
      const name = 'evil\u001b[31m\nname.md';
      writeFileSync(join(dir, name), '---\nseverity: "SEV-1\\u001b]0;owned\\u0007"\nslo: "x\\u001b[2J"\n---\n# Outage \u001b[31mred\u202e\n\n## Summary\n\nx\n');
      const run = async (format: string) => {
        let out = '';
        let err = '';
        const code = await runMetrics(['--format', format, '.'], { cwd: dir, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
        return { code, out, err };
      };
      const text = await run('text');
      assert.doesNotMatch(text.out + text.err, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
      assert.match(text.out, /evil\\x1B\[31m\\nname\.md +Outage \\x1B\[31mred\\u202E +\S* +SEV-1\\x1B\]0;owned\\x07/u);
      const json = JSON.parse((await run('json')).out) as { file: string; title: string; severity: string }[];
      assert.equal(json[0].file, name);
      assert.equal(json[0].title, 'Outage \u001b[31mred\u202e');
      assert.equal(json[0].severity, 'SEV-1\u001b]0;owned\u0007');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
