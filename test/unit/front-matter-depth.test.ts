// YAML nested deeper than any real front matter or config (fuzz, session 10: doc 72551 of `npm run fuzz -- --start 72000`,
// "---\ntitle: …\n[[[[…"). The YAML parser recursed until the stack ran out, at a point that depended on how deep the
// caller's stack already was (two lints of one text reported it at different offsets), repeated one error once per
// unclosed bracket (about 200 findings), and on Node 20 a later regular-expression compilation in the same process could
// then abort the process. src/core/yamlSafety.ts finds such text first; nothing here may crash the test process.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseConfigText } from '../../src/core/configText';
import { findFrontMatter, MAX_FRONT_MATTER_ERRORS } from '../../src/core/model/frontmatter';
import { MAX_YAML_DEPTH, yamlTooDeep } from '../../src/core/yamlSafety';

const fmFindings = (text: string, locale: 'en' | 'ko' = 'en') =>
  lint(text, { locale }).findings.filter((f) => f.ruleId === 'front-matter').map((f) => `${f.start}-${f.end} ${f.message}`);

/** Lints with `depth` frames already on the stack, as a caller deep in its own work would. */
function lintAtDepth(text: string, depth: number): string[] {
  return depth === 0 ? fmFindings(text) : lintAtDepth(text, depth - 1);
}

const doc = (yaml: string, title = '# Postmortem: Search outage') => `---\n${yaml}\n---\n\n${title}\n`;

describe('YAML nested deeper than any real front matter or config (session 10)', () => {
  const shapes: Record<string, string> = {
    'brackets': `title: Search outage\ntags: ${'['.repeat(2000)}`,
    'brackets and braces': `tags: ${'[{'.repeat(5000)}`,
    'brackets after a quote mark': `# it's a draft\ntags: ${'['.repeat(20000)}`,
    'brackets inside quotes': `title: "${'['.repeat(20000)}"`,
    'compact sequence entries': `${'- '.repeat(20000)}x`,
    'compact explicit keys': `${'? '.repeat(20000)}x`,
    'implicit keys on one line': `${'a: '.repeat(20000)}x`,
  };
  for (const [name, yaml] of Object.entries(shapes)) {
    it(`${name}: one finding, the same at any stack depth`, () => {
      const text = doc(yaml);
      const first = fmFindings(text);
      assert.equal(first.length, 1, first.join('\n'));
      assert.match(first[0], new RegExp(`more than ${MAX_YAML_DEPTH} levels deep.*not read`));
      for (const depth of [200, 2000]) assert.deepEqual(lintAtDepth(text, depth), first);
    });
  }

  it('says so in Korean in a Korean document', () => {
    const found = fmFindings(doc(`title: 검색 장애\ntags: ${'['.repeat(2000)}`, '# 장애 보고서: 검색 장애'), 'ko');
    assert.equal(found.length, 1);
    assert.match(found[0], /프런트 매터 오류/);
  });

  it('reports each parser error once, and at most a few from one block', () => {
    const unclosed = fmFindings(doc(`title: x\ntags: ${'['.repeat(30)}`));
    assert.equal(new Set(unclosed).size, unclosed.length, unclosed.join('\n'));
    assert.ok(unclosed.length > 0 && unclosed.length < 5, unclosed.join('\n'));
    const tags = fmFindings(doc(`a: ${'!t '.repeat(5000)}x`));
    assert.equal(tags.length, MAX_FRONT_MATTER_ERRORS + 1);
    assert.match(tags[tags.length - 1], /and \d+ more syntax errors/);
  });

  it('reads real front matter as before: nested lists and maps, brackets and colons in quoted and plain scalars', () => {
    const fm = findFrontMatter(doc('title: "Checkout [EU] outage: 5xx"\ntags: [payments, [eu, us], {team: core}]\nsummary: retries - then - timeouts\nseverity: SEV2'), 0);
    assert.ok(fm);
    assert.deepEqual(fm.errors, []);
    assert.deepEqual(fm.data?.tags, ['payments', ['eu', 'us'], { team: 'core' }]);
    for (const real of ['a:\n  - b: [1, {c: [2, 3]}]\n  - - x\n    - y', '제목: "결제 장애: [EU]"\n태그: [결제, 장애]']) assert.equal(yamlTooDeep(real), undefined, real);
  });

  it('a repository config nested that deep is refused with its line and column, not parsed (EN and KO keys)', () => {
    for (const body of [`rules: ${'['.repeat(5000)}`, `규칙:\n  ${'- '.repeat(5000)}x`]) {
      const loaded = parseConfigText(body, '.postmortemrc.yaml');
      assert.equal(loaded.fatal, true);
      assert.equal(loaded.problems.length, 1, loaded.problems.join('\n'));
      assert.match(loaded.problems[0], /^\.postmortemrc\.yaml:\d+:\d+: syntax error: the file nests .* more than 64 levels deep/);
    }
    const many = parseConfigText(`a: ${'!t '.repeat(5000)}x`, '.postmortemrc.yaml');
    assert.equal(many.problems.length, 21);
  });
});
