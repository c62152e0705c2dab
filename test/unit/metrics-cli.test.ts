// Golden output of `postmortem-lint metrics` on examples/ (regenerate with UPDATE_GOLDEN=1, then review the diff).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
});
