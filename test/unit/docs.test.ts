import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDocs, readInputs, README_END, README_START, updateReadme } from '../../scripts/gen-docs';
import { docsPathOf } from '../../src/core/lint';
import { allRules } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';

const ROOT = join(__dirname, '..', '..');
const read = (rel: string) => (existsSync(join(ROOT, rel)) ? readFileSync(join(ROOT, rel), 'utf8') : undefined);

/** The rule ids listed in the README's generated table, in order. */
function readmeIds(readme: string): string[] {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  assert.ok(start >= 0 && end > start, 'README.md has the rules:start / rules:end markers');
  return [...readme.slice(start, end).matchAll(/^\|\s*\[`([a-z0-9-]+)`\]/gm)].map((m) => m[1]);
}

const fake = (over: Partial<Rule['meta']> = {}): Rule => ({
  meta: {
    id: 'fake-rule',
    description: 'Flags a | pipe and <b>tags</b>.',
    tags: ['language'],
    defaultSeverity: 'info',
    fixable: true,
    rationale: 'Because.\n\nTwo paragraphs.',
    examples: [{ bad: '담당자의 실수로 ```x``` 배포', good: '검증 부재로 배포' }],
    ...over,
  },
  check() {},
});

describe('generated docs are up to date (run `npm run docs` when this fails)', () => {
  const files = generateDocs(readInputs(ROOT));

  for (const [rel, content] of Object.entries(files)) {
    it(`${rel} matches the generator`, () => {
      const current = read(rel);
      assert.ok(current !== undefined, `${rel} is missing`);
      assert.equal(current, content, `${rel} differs from what scripts/gen-docs.ts writes`);
    });
  }

  it('the README rule table lists every rule, in registry order', () => {
    assert.deepEqual(readmeIds(read('README.md') ?? ''), allRules.map((r) => r.meta.id));
  });

  it('every rule has its docs page where findings link (docsPath), and no page outlives its rule', () => {
    for (const r of allRules) assert.ok(existsSync(join(ROOT, docsPathOf(r.meta.id))), `${docsPathOf(r.meta.id)} exists`);
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    const expected = new Set([...allRules.map((r) => `${r.meta.id}.md`), 'README.md']);
    assert.deepEqual(pages.filter((f) => !expected.has(f)), []);
  });

  it('the language rules list their phrase entries (English and Korean)', () => {
    const page = files['docs/rules/blameful-language.md'];
    assert.match(page, /## Phrases/);
    assert.match(page, /^\| `[^`]+` \| en \|/m);
    assert.match(page, /^\| `[^`]+` \| ko \|/m);
  });
});

describe('gen-docs: pages from metadata', () => {
  it('writes id, description, severity, fixable, tags, rationale and examples', () => {
    const page = generateDocs({ rules: [fake()], readme: '# T\n' })['docs/rules/fake-rule.md'];
    assert.match(page, /^# `fake-rule`\n/);
    assert.match(page, /\| Default severity \| info \|/);
    assert.match(page, /\| Fixable \| yes/);
    assert.match(page, /\| Tags \| `language` \|/);
    assert.match(page, /Because\.\n\nTwo paragraphs\./);
    // The example holds a triple backtick: the fence must be longer.
    assert.match(page, /````markdown\n담당자의 실수로 ```x``` 배포\n````/);
    assert.match(page, /rules:\n {2}fake-rule: info/);
    assert.doesNotMatch(page, /## Phrases/);
  });

  it('escapes table cells: pipes, tags and backticks in phrases; empty rewrites say what to do', () => {
    const files = generateDocs({
      rules: [fake()],
      readme: undefined,
      phrases: { 'fake-rule': [{ id: 'ko.x', lang: 'ko', phrases: ['<person>{이|가} 실수', 'a`b'], replacements: ['', '검증 <부재>'], note: 'a | b' }] },
    });
    const page = files['docs/rules/fake-rule.md'];
    assert.ok(page.includes('| `ko.x` | ko | `<person>{이\\|가} 실수`, ``a`b`` | *(drop the word)*; 검증 &lt;부재&gt; | a \\| b |'), page);
    assert.ok(files['README.md'].includes('| [`fake-rule`](docs/rules/fake-rule.md) | Flags a \\| pipe and &lt;b&gt;tags&lt;/b&gt;. | info | yes |'));
  });

  it('indexes the rules by tag', () => {
    const index = generateDocs({ rules: [fake(), fake({ id: 'other', tags: ['timeline'], fixable: false })] })['docs/rules/README.md'];
    assert.match(index, /\| \[`other`\]\(other\.md\) \| .* \| info \| no \|/);
    assert.match(index, /- `language`: \[fake-rule\]\(fake-rule\.md\)\n- `timeline`: \[other\]\(other\.md\)/);
  });
});

describe('gen-docs: README section', () => {
  const rules = [fake()];
  it('creates a README with a title and the section when there is none', () => {
    const out = updateReadme(undefined, rules);
    assert.match(out, /^# .+\n/);
    assert.deepEqual(readmeIds(out), ['fake-rule']);
  });
  it('replaces only what is between the markers', () => {
    const before = `# Title\n\nIntro 소개\n\n${README_START}\nold table\n${README_END}\n\n## After\n`;
    const out = updateReadme(before, rules);
    assert.ok(out.startsWith('# Title\n\nIntro 소개\n\n<!-- rules:start -->\n| id |'));
    assert.ok(out.endsWith(`${README_END}\n\n## After\n`));
    assert.ok(!out.includes('old table'));
    assert.equal(updateReadme(out, rules), out, 'idempotent');
  });
  it('keeps CRLF line endings', () => {
    const out = updateReadme(`# T\r\n\r\n${README_START}\r\n${README_END}\r\n`, rules);
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    assert.deepEqual(readmeIds(out.replace(/\r\n/g, '\n')), ['fake-rule']);
  });
  it('appends the section when the markers are gone', () => {
    const out = updateReadme('# Title\n\nHand-written.\n', rules);
    assert.ok(out.startsWith('# Title\n\nHand-written.\n\n## Rules\n\n<!-- rules:start -->'));
    assert.deepEqual(readmeIds(out), ['fake-rule']);
  });
});
