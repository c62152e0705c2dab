// Runs the TextMate assertion files in test/grammar (the same files `npm run test:grammar` feeds to the
// vscode-tmgrammar-test CLI) through that tool's API, so `npm test` covers the highlighting too. The injection
// is wired in exactly as VS Code would: from the `contributes.grammars` entry of package.json.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar, Registry } from 'vscode-textmate';
import { createRegistryFromGrammars, loadConfiguration, type IGrammarConfig } from 'vscode-tmgrammar-test/dist/common/index';
import { parseGrammarTestCase, runGrammarTestCase, type GrammarTestCase, type TestFailure } from 'vscode-tmgrammar-test/dist/unit/index';

const ROOT = join(__dirname, '..', '..');
const CASES = join(ROOT, 'test', 'grammar');
const VENDOR = join(CASES, 'vendor');
const MARKDOWN = 'text.html.markdown';
const INJECTION = 'markdown.postmortem.injection';
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'postmortem.injection.tmLanguage.json');
const BASE_GRAMMARS = [
  join(VENDOR, 'markdown.tmLanguage.json'),
  join(VENDOR, 'yaml.stub.tmLanguage.json'),
  join(VENDOR, 'html-derivative.stub.tmLanguage.json'),
];
const OUR_SCOPES = [
  'constant.numeric.timestamp.postmortem',
  'variable.other.owner.postmortem',
  'keyword.other.severity.postmortem',
  'keyword.other.severity.label.postmortem',
  'support.type.action-type.postmortem',
  'keyword.control.root-cause.postmortem',
  'keyword.other.why.postmortem',
  'invalid.deprecated.placeholder.postmortem',
];

type Source = { grammar: IGrammarConfig; content: string };

/** Empty grammars for the languages Markdown embeds in fenced code, so the registry neither warns nor drops rules. */
function stubsFor(sources: Source[]): Source[] {
  const known = new Set(sources.map((s) => s.grammar.scopeName || (JSON.parse(s.content) as { scopeName: string }).scopeName));
  const wanted = new Set<string>();
  for (const s of sources) {
    for (const m of s.content.matchAll(/"include"\s*:\s*"([^"#$][^"#]*)/g)) wanted.add(m[1]);
  }
  return [...wanted]
    .filter((scope) => !known.has(scope))
    .map((scope) => ({ grammar: { path: `${scope}.stub.json`, scopeName: scope }, content: JSON.stringify({ scopeName: scope, patterns: [] }) }));
}

function makeRegistry(options: { withInjection: boolean }): Registry {
  const { grammars } = loadConfiguration(join(ROOT, 'package.json'), undefined, BASE_GRAMMARS);
  const chosen = options.withInjection ? grammars : grammars.filter((g) => g.scopeName !== INJECTION);
  const sources: Source[] = chosen.map((grammar) => ({ grammar, content: readFileSync(grammar.path, 'utf8') }));
  return createRegistryFromGrammars([...sources, ...stubsFor(sources)]);
}

function describeFailures(file: string, tc: GrammarTestCase, failures: TestFailure[]): string {
  return failures
    .map((f) => {
      const src = tc.source[f.srcLine] ?? '';
      const what = [f.missing.length ? `missing ${f.missing.join(' ')}` : '', f.unexpected.length ? `unexpected ${f.unexpected.join(' ')}` : '']
        .filter(Boolean)
        .join('; ');
      return `${file}:${f.line + 1} [${f.start},${f.end}) ${JSON.stringify(src.slice(f.start, f.end))} in ${JSON.stringify(src)}: ${what}\n    actual: ${f.actual.join(' ')}`;
    })
    .join('\n');
}

function collectRegexes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) collectRegexes(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') out.push(value);
      else collectRegexes(value, out);
    }
  }
  return out;
}

/** The unbounded quantifiers (`*`, `+`, `{n,}`) of an Oniguruma pattern, ignoring escapes and character classes. */
function unboundedQuantifiers(pattern: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '*' || c === '+') {
      found.push(`${c} at ${i}`);
    } else if (c === '{') {
      const m = /^\{\d*,\}/.exec(pattern.slice(i));
      if (m) found.push(`${m[0]} at ${i}`);
    }
  }
  return found;
}

/** The top-level alternatives of every positive look-behind `(?<=…)` in a pattern. */
function lookbehindAlternatives(pattern: string): string[] {
  const out: string[] = [];
  for (let start = pattern.indexOf('(?<='); start !== -1; start = pattern.indexOf('(?<=', start + 1)) {
    let depth = 0;
    let from = start + 4;
    for (let i = from; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '[') {
        for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      } else if (c === '(') depth++;
      else if (c === '|' && depth === 0) {
        out.push(pattern.slice(from, i));
        from = i + 1;
      } else if (c === ')') {
        if (depth === 0) {
          out.push(pattern.slice(from, i));
          break;
        }
        depth--;
      }
    }
  }
  return out;
}

const caseFiles = readdirSync(CASES)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('grammar: postmortem Markdown injection', function () {
  // Loading VS Code's Markdown grammar and compiling its scanners takes a few seconds on a busy machine.
  this.timeout(60_000);
  let registry: Registry;
  before(() => {
    registry = makeRegistry({ withInjection: true });
  });

  it('is contributed as an injection into Markdown by package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes?: { grammars?: Array<{ scopeName?: string; path?: string; injectTo?: string[] }> };
    };
    const entry = pkg.contributes?.grammars?.find((g) => g.scopeName === INJECTION);
    assert.ok(entry, 'contributes.grammars has no markdown.postmortem.injection entry');
    assert.deepEqual(entry.injectTo, [MARKDOWN]);
    assert.equal(join(ROOT, entry.path ?? ''), GRAMMAR_PATH);
    assert.ok(existsSync(GRAMMAR_PATH));
    const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, INJECTION);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-meta.embedded', '-comment']) {
      for (const part of grammar.injectionSelector.split(',')) assert.ok(part.includes(excluded), `"${part.trim()}" lacks ${excluded}`);
    }
  });

  it('uses only bounded quantifiers, so no pattern can backtrack super-linearly', () => {
    const grammar: unknown = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    const patterns = collectRegexes(grammar);
    assert.ok(patterns.length >= 10, `expected the grammar's patterns, found ${patterns.length}`);
    const offenders = patterns.map((p) => ({ p, q: unboundedQuantifiers(p) })).filter((x) => x.q.length > 0);
    assert.deepEqual(offenders, []);
    // The checker itself must notice an unbounded quantifier.
    assert.deepEqual(unboundedQuantifiers(String.raw`a\*[*+]b{2,}c+`), ['{2,} at 8', '+ at 13']);
  });

  it('repeats the "start of an entry" and "start of a table cell" look-behinds identically', () => {
    const alternatives = collectRegexes(JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'))).flatMap(lookbehindAlternatives);
    const entry = new Set(alternatives.filter((a) => a.startsWith('^[ \\t]')));
    const cell = new Set(alternatives.filter((a) => a.startsWith('\\|')));
    assert.equal(entry.size, 1, [...entry].join('\n'));
    assert.equal(cell.size, 1, [...cell].join('\n'));
    assert.ok(alternatives.filter((a) => entry.has(a)).length >= 4, 'the entry look-behind should serve timestamps, why-questions and action types');
    assert.deepEqual(lookbehindAlternatives(String.raw`(?<=^a|\|[|)]b)x(?<=(c|d))`), ['^a', String.raw`\|[|)]b`, '(c|d)']);
  });

  it('has assertion files for every area', () => {
    for (const f of ['timestamps.md', 'owners-placeholders.md', 'severity.md', 'action-types.md', 'root-cause-why.md', 'code-and-links.md', 'crlf.md']) {
      assert.ok(caseFiles.includes(f), `test/grammar/${f} is missing`);
    }
    assert.match(readFileSync(join(CASES, 'crlf.md'), 'utf8'), /\r\n/, 'crlf.md must keep its CRLF line ends');
  });

  for (const file of caseFiles) {
    it(`passes ${file}`, async () => {
      const tc = parseGrammarTestCase(readFileSync(join(CASES, file), 'utf8'));
      assert.equal(tc.metadata.scope, MARKDOWN);
      assert.ok(tc.assertions.length > 0, `${file} has no assertions`);
      const failures = await runGrammarTestCase(registry, tc);
      assert.equal(failures.length, 0, `\n${describeFailures(file, tc, failures)}`);
    });
  }

  it('gives the same result when every line of a file is fed with a stray CR (CRLF split on LF only)', async () => {
    // Front matter and fenced code need Markdown's own end-of-line anchors, which a CR defeats; the
    // injection's patterns must not care, so the files about them are re-run with a CR on every line.
    for (const file of ['timestamps.md', 'owners-placeholders.md', 'severity.md', 'action-types.md', 'root-cause-why.md', 'crlf.md']) {
      const tc = parseGrammarTestCase(readFileSync(join(CASES, file), 'utf8'));
      const withCr: GrammarTestCase = { ...tc, source: tc.source.map((line) => `${line}\r`) };
      const failures = await runGrammarTestCase(registry, withCr);
      assert.equal(failures.length, 0, `\n${describeFailures(file, withCr, failures)}`);
    }
  });

  it('fails the assertion files when the injection is not loaded (the tests can fail)', async () => {
    const bare = makeRegistry({ withInjection: false });
    for (const file of ['timestamps.md', 'crlf.md']) {
      const tc = parseGrammarTestCase(readFileSync(join(CASES, file), 'utf8'));
      const failures = await runGrammarTestCase(bare, tc);
      assert.ok(failures.length > 0, `${file} passed without the injection grammar`);
    }
  });

  it('reports a wrong expectation and a forbidden scope', async () => {
    const tc = parseGrammarTestCase(
      [
        '<!-- SYNTAX TEST "text.html.markdown" "self-check"',
        '- 14:51 paged @alice',
        '<!--<~~----- variable.other.owner.postmortem',
        '<!--          ^^^^^^ - variable.other.owner.postmortem',
      ].join('\n'),
    );
    const failures = await runGrammarTestCase(registry, tc);
    assert.equal(failures.length, 2);
    assert.deepEqual(failures[0].missing, ['variable.other.owner.postmortem']);
    assert.deepEqual(failures[1].unexpected, ['variable.other.owner.postmortem']);
  });

  describe('long and hostile lines', () => {
    // VS Code's own Markdown grammar is not linear on every input (a line of 20,000 "[" takes seconds
    // with no injection at all), so the injection is timed alone: injected into an empty stand-in for
    // Markdown, where every scan runs only our patterns.
    let bare: IGrammar;
    let full: IGrammar;
    before(async () => {
      const { grammars } = loadConfiguration(join(ROOT, 'package.json'), undefined, []);
      const ours = grammars.find((g) => g.scopeName === INJECTION);
      assert.ok(ours);
      const emptyMarkdown = { grammar: { path: 'markdown.empty.json', scopeName: MARKDOWN }, content: JSON.stringify({ scopeName: MARKDOWN, patterns: [] }) };
      const g = await createRegistryFromGrammars([emptyMarkdown, { grammar: ours, content: readFileSync(ours.path, 'utf8') }]).loadGrammar(MARKDOWN);
      const f = await registry.loadGrammar(MARKDOWN);
      assert.ok(g && f);
      bare = g;
      full = f;
    });

    function ourTokens(grammar: IGrammar, line: string): string[] {
      return grammar
        .tokenizeLine(line, null)
        .tokens.filter((t) => t.scopes.some((s) => OUR_SCOPES.includes(s)))
        .map((t) => line.slice(t.startIndex, t.endIndex));
    }

    // CPU time, not wall time: other processes on a busy machine must not make this test flaky.
    function cpuMsToTokenize(grammar: IGrammar, line: string): number {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const before = process.cpuUsage();
        grammar.tokenizeLine(line, null);
        const used = process.cpuUsage(before);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    }

    // VS Code stops tokenizing at 20,000 characters per line (editor.maxTokenizationLineLength).
    const N = 20_000;
    const hostile: Record<string, string> = {
      digits: '1'.repeat(N),
      'digit-colon': '1:'.repeat(N / 2),
      'list markers': '- '.repeat(N / 2),
      'quote and task boxes': '> ' + '* [ ] '.repeat(N / 6),
      'table pipes': '| 14:5 '.repeat(N / 7),
      'at signs': '@a.'.repeat(N / 3),
      'Korean time words': '- 오후 ' + '2시 '.repeat(N / 3),
      'severity labels': '심각도 '.repeat(N / 4),
      'why without a question mark': '- Why ' + 'x'.repeat(N),
      brackets: '['.repeat(N),
      'unclosed root-cause markers': '(root cause '.repeat(N / 12),
      'matches everywhere': '| 14:51 | SEV-1 @a TBD [prevent] (근본 원인) '.repeat(N / 40),
    };

    it('still sees the tokens in the stand-in', () => {
      assert.deepEqual(ourTokens(bare, '- 14:51 paged @alice (SEV-1)'), ['14:51', '@alice', 'SEV-1']);
    });

    for (const [name, line] of Object.entries(hostile)) {
      it(`tokenizes a ${line.length}-character line of ${name} in linear time`, () => {
        cpuMsToTokenize(bare, line.slice(0, 100));
        const quarter = cpuMsToTokenize(bare, line.slice(0, line.length / 4));
        const all = cpuMsToTokenize(bare, line);
        // Linear work grows about 4x from a quarter to the whole line, quadratic about 16x; the
        // constant absorbs garbage collection and timer granularity.
        assert.ok(all < 8 * quarter + 40, `${name}: ${quarter.toFixed(1)} ms CPU for a quarter, ${all.toFixed(1)} ms for all`);
        assert.ok(all < 1000, `${name}: ${all.toFixed(1)} ms CPU`);
      });
    }

    it('finds tokens after a long prefix in real Markdown and ignores a long line without any', () => {
      assert.deepEqual(ourTokens(full, `- 14:51 ${'x '.repeat(5000)}@alice`), ['14:51', '@alice']);
      assert.deepEqual(ourTokens(full, 'x'.repeat(N)), []);
      assert.deepEqual(ourTokens(full, ''), []);
    });
  });

  it('keeps working on BOM-prefixed, empty and half-typed input', async () => {
    const g = await registry.loadGrammar(MARKDOWN);
    assert.ok(g);
    const lines = ['\uFEFF- 14:51 paged @alice', '| 14:51 | mit', '| --- |', '- [prev', '**Root cause', '왜', '```', '14:51 @bob'];
    let stack = null;
    const found: string[] = [];
    for (const line of lines) {
      const r = g.tokenizeLine(line, stack);
      stack = r.ruleStack;
      for (const t of r.tokens) if (t.scopes.some((s) => OUR_SCOPES.includes(s))) found.push(line.slice(t.startIndex, t.endIndex));
    }
    // The BOM is not list indentation, so that first line is a paragraph with an owner in it; the
    // unterminated fence swallows the last line.
    assert.deepEqual(found, ['@alice', '14:51']);
  });
});
