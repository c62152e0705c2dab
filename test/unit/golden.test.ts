// Golden tests for every rule with a fixture folder (test/fixtures/<rule-id>/):
//   valid.md      → no finding of that rule
//   invalid.md    → exactly the findings in expected.json ({ruleId, line, column, message}[], this rule only)
//   fixed.md      → invalid.md with the preferred fixes applied (fixable rules)
// Variants share a suffix: valid.ko.md, invalid.ko.md, expected.ko.json, fixed.ko.md (Korean is tested like English).
// and the fixed output re-linted shows none of the fixed findings.
// Regenerate expectations after a deliberate change with UPDATE_GOLDEN=1 (then review the diff).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { allRules, ruleById } from '../../src/core/rules';

const root = join(__dirname, '..', 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
const ruleDirs = readdirSync(root).filter((d) => ruleById(d));

describe('golden fixtures', () => {
  it('every rule has a fixture folder', () => {
    const missing = allRules.map((r) => r.meta.id).filter((id) => !ruleDirs.includes(id));
    assert.deepEqual(missing, []);
  });

  for (const id of ruleDirs) {
    describe(id, () => {
      const dir = join(root, id);
      const read = (f: string) => readFileSync(join(dir, f), 'utf8');
      // Korean variants (`*.ko*.md`) are linted with Korean messages, so both catalogues are checked.
      const localeOf = (file: string) => (/\.ko[.\w-]*\.md$/.test(file) ? 'ko' : 'en');
      const only = (text: string, file: string) => lint(text, { locale: localeOf(file) }).findings.filter((f) => f.ruleId === id);

      const files = readdirSync(dir);
      for (const valid of files.filter((f) => /^valid(\.[\w-]+)?\.md$/.test(f))) {
        it(`${valid} has no finding`, () => {
          assert.deepEqual(only(read(valid), valid).map((f) => `${f.line}:${f.column} ${f.message}`), []);
        });
      }

      for (const invalid of files.filter((f) => /^invalid(\.[\w-]+)?\.md$/.test(f))) {
        const suffix = invalid.slice('invalid'.length, -'.md'.length);
        const expectedFile = `expected${suffix}.json`;
        const fixedFile = `fixed${suffix}.md`;
        it(`${invalid} has the findings in ${expectedFile}`, () => {
          const actual = only(read(invalid), invalid).map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }));
          if (update) writeFileSync(join(dir, expectedFile), `${JSON.stringify(actual, null, 2)}\n`);
          assert.ok(actual.length > 0, `${invalid} must produce findings`);
          assert.deepEqual(actual, JSON.parse(read(expectedFile)));
        });

        if (!ruleById(id)!.meta.fixable || !(existsSync(join(dir, fixedFile)) || update)) continue;
        it(`${fixedFile} is ${invalid} with the preferred fixes, and re-lints clean`, () => {
          const input = read(invalid);
          const findings = only(input, invalid);
          const fixedOnes = findings.filter((f) => f.suggestions.length);
          const out = applyFixes(input, fixedOnes.map((f) => f.suggestions[0].edits)).text;
          if (update) writeFileSync(join(dir, fixedFile), out);
          assert.equal(out, read(fixedFile));
          const again = only(out, invalid).map((f) => `${f.line}:${f.column} ${f.message}`);
          const stillFixable = only(out, invalid).filter((f) => f.suggestions.length);
          assert.deepEqual(stillFixable.map((f) => f.message), [], `fixable findings left after fixing: ${again.join('; ')}`);
          assert.ok(again.length < findings.length || fixedOnes.length === 0, 'fixing must remove the fixed findings');
        });
      }
    });
  }
});
