import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { check, describeResult, FUZZ, linearInV8, saveCache, type Pattern } from './regex-check';

/**
 * No regular expression in the core may backtrack super-linearly (the lint runs on every
 * keystroke, on documents of any size, in the extension host). recheck decides it per pattern;
 * this test collects every pattern the core can run: regex literals and `RegExp(...)` calls with
 * literal arguments in `src/core/**`, plus every RegExp the core builds at run time (phrase
 * patterns compiled from the data files, patterns assembled from tables), caught by running the
 * linter in a child process whose `RegExp` constructor records its arguments.
 */

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // String.raw`...` keeps backslashes as written, which is what a RegExp source means.
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  return undefined;
}

/** Regex literals and literal `RegExp(...)` calls of one source file; dynamic ones are listed apart. */
function collectFromSource(fileName: string, code: string): { patterns: Pattern[]; dynamic: string[] } {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      patterns.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const source = literalText(node.arguments?.[0]);
      const flagsArg = node.arguments?.[1];
      const flags = flagsArg ? literalText(flagsArg) : '';
      if (source !== undefined && flags !== undefined) patterns.push({ source, flags, where: where(node) });
      else dynamic.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { patterns, dynamic };
}

function corePatterns(): { patterns: Pattern[]; dynamic: string[] } {
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  for (const file of tsFiles(CORE)) {
    const r = collectFromSource(relative(ROOT, file).split(sep).join('/'), readFileSync(file, 'utf8'));
    patterns.push(...r.patterns);
    dynamic.push(...r.dynamic);
  }
  return { patterns, dynamic };
}

/**
 * Runs in a fresh Node (so that module-level patterns are built after the recorder is in place):
 * replaces the global RegExp with a recording proxy, loads the core, lints every bundled example,
 * fixture and a few generated documents (English, Korean, CRLF, BOM, with a config that adds
 * phrases and aliases), and prints what was constructed with the first `src/core` frame.
 */
const RECORDER = `
const seen = new Map();
const Native = RegExp;
globalThis.RegExp = new Proxy(Native, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    record(re);
    return re;
  },
  apply(target, self, args) {
    const re = Reflect.apply(target, self, args);
    record(re);
    return re;
  },
});
function record(re) {
  const key = re.source + '/' + re.flags;
  if (seen.has(key)) return;
  const frame = (new Error().stack || '').split('\\n').find((l) => l.includes('/src/core/')) || '';
  const m = /(src\\/core\\/[^:()]+):(\\d+)/.exec(frame);
  seen.set(key, { source: re.source, flags: re.flags, where: m ? m[1] + ':' + m[2] : '(outside src/core)' });
}
const fs = require('node:fs');
const path = require('node:path');
const { lint } = require('./src/core/lint');
const { resolveConfig } = require('./src/core/config');
const { generatePostmortem } = require('./bench/generate');
const texts = [];
const walk = (dir) => {
  if (!fs.existsSync(dir)) return;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) walk(p);
    else if (/\\.(md|markdown)$/.test(d.name)) texts.push(fs.readFileSync(p, 'utf8'));
  }
};
walk('examples');
walk('test/fixtures');
for (const [i, eol] of [['1', '\\n'], ['2', '\\r\\n']]) texts.push(generatePostmortem({ targetBytes: 30000, seed: Number(i), eol }).text);
texts.push('\\uFEFF# 장애 보고서\\r\\n\\r\\n## 개요\\r\\n\\r\\n담당자의 실수로 설정이 배포되었다.\\r\\n');
const { config } = resolveConfig({
  phrases: {
    blameful: [{ id: 'custom-en', lang: 'en', patterns: ['dropped the ball'], note: 'x', suggestions: ['missed a step', 'had no check'] }],
  },
  sections: { aliases: { timeline: ['사건 흐름'] } },
});
for (const t of texts) {
  lint(t);
  lint(t, { config });
}
process.stdout.write(JSON.stringify([...seen.values()]));
`;

const RECORDING_TIMEOUT = 240000;

/** The RegExps the core builds at run time (see RECORDER). */
function runtimePatterns(): { patterns: Pattern[]; error?: string } {
  // The time limit only guards against a hang: the run takes about 10 s of CPU, but on a loaded 2-core
  // machine its wall time passed a minute (session 14), so it gets four.
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', RECORDER], { cwd: ROOT, encoding: 'utf8', timeout: RECORDING_TIMEOUT });
  if (r.status !== 0) return { patterns: [], error: `${r.stderr || r.error}`.slice(0, 2000) };
  try {
    return { patterns: (JSON.parse(r.stdout) as Pattern[]).filter((p) => p.where.startsWith('src/core/')) };
  } catch (err) {
    return { patterns: [], error: `unreadable output: ${String(err)} ${r.stdout.slice(0, 500)}` };
  }
}

describe('regular expressions do not backtrack super-linearly (recheck)', function () {
  // Generous: with an empty cache (a fresh clone) a file's patterns that the automaton cannot decide
  // go to the fuzzer, seconds each, more on a loaded machine.
  this.timeout(300000);
  after(() => saveCache());

  it('the collector finds literals, RegExp calls with literals, and flags dynamic ones', () => {
    const { patterns, dynamic } = collectFromSource(
      'x.ts',
      [
        'const a = /[가-힣]+(?:이|가)\\s/gu;',
        "const b = new RegExp('^(?:TBD|미정)$', 'i');",
        'const c = RegExp(String.raw`\\d{1,2}:\\d{2}`);',
        'const d = new RegExp(words.join("|"));',
        'const e = "/not a regex/";',
        'const f = 10 / 2 / 5;',
      ].join('\n'),
    );
    assert.deepEqual(
      patterns.map((p) => [p.source, p.flags, p.where]),
      [
        ['[가-힣]+(?:이|가)\\s', 'gu', 'x.ts:1'],
        ['^(?:TBD|미정)$', 'i', 'x.ts:2'],
        ['\\d{1,2}:\\d{2}', '', 'x.ts:3'],
      ],
    );
    assert.deepEqual(dynamic, ['x.ts:4']);
  });

  it('recheck tells a vulnerable pattern from a safe one (English and Korean)', () => {
    assert.equal(checkSync('^(a+)+$', '').status, 'vulnerable');
    assert.equal(checkSync('^(?:[가-힣]+\\s?)+$', 'u').status, 'vulnerable');
    assert.equal(checkSync('\\b(?:human|operator) error\\b', 'i').status, 'safe');
    assert.equal(checkSync('(?:실수|부주의)(?:로|로 인해)', 'u').status, 'safe');
  });

  it("a fuzzer's quadratic verdict is confirmed in V8 before it fails a pattern (look-ahead, English and Korean)", () => {
    const pumped = (prefix: string, pump: string, suffix: string) => ({ pumps: [{ prefix, pump, bias: 0 }], suffix, base: 0, string: '', pattern: '' });
    // Quadratic in V8 too: every start scans the rest of the input inside the look-ahead.
    assert.equal(linearInV8('\\s*(?=x)', 'u', pumped('', ' ', '!')), false);
    assert.equal(linearInV8('[가-힣]*(?=다$)', 'u', pumped('', '가', '!')), false);
    // Linear in V8: the look-ahead's classes are bounded, so each start does a bounded amount of work.
    assert.equal(linearInV8('(?<!재)시도(?=\\s?(?:[(][^()\\n]{0,40}\\uFFFC[^()\\n]{0,40}[)])?[.!]?\\s*$)', 'gu', pumped('력', '\t시도(\uFFFC요', '시\n')), true);
    assert.equal(linearInV8('\\btry(?=\\s?(?:[(][^()\\n]{0,40}[)])?\\s*$)', 'gu', pumped('x', ' try(ab', 'y\n')), true);
    // Where the automaton runs out of time (a long case-insensitive alternation) and the fuzzer, under one seed in 40,
    // calls a bounded word run quadratic: V8 runs the fuzzer's attack in linear time.
    assert.equal(linearInV8('\\balerts?(?: [a-z-]+){0,3} (?:fires?|fired|firing|triggers?|triggered|went off|goes off|raised|received)\\b', 'i', pumped('', 'ALERT ', '\x00AL')), true);
  });

  it("the fuzzer's verdict rests on its step counts, not on time: a run its inner time limits cut short would count as an attack", function () {
    // What a loaded machine amounts to: recheck's inner limits (incubation, attack) at 0 ms. A plainly linear pattern
    // is then "vulnerable"; with the limits off (FUZZ), the same pattern is safe, and a vulnerable one is still found.
    const busy = { ...FUZZ, incubationTimeout: 0, attackTimeout: 0 };
    assert.equal(FUZZ.incubationTimeout, null);
    assert.equal(FUZZ.attackTimeout, null);
    assert.equal(checkSync('\\b(?:human|operator) error\\b', 'i', busy).status, 'vulnerable');
    assert.equal(checkSync('\\b(?:human|operator) error\\b', 'i', FUZZ).status, 'safe');
    assert.equal(checkSync('(?:실수|부주의)(?:로|로 인해)', 'u', busy).status, 'vulnerable');
    assert.equal(checkSync('(?:실수|부주의)(?:로|로 인해)', 'u', FUZZ).status, 'safe');
    assert.equal(checkSync('^(a+)+$', '', FUZZ).status, 'vulnerable');
    assert.equal(checkSync('^(?:[가-힣]+\\s?)+$', 'u', FUZZ).status, 'vulnerable');
    const quadratic = checkSync('\\s*(?=x)', 'u', FUZZ);
    assert.equal(quadratic.status, 'vulnerable');
  });

  const { patterns, dynamic } = corePatterns();

  it('finds the patterns of the core', () => {
    assert.ok(patterns.length > 10, `only ${patterns.length} patterns found in src/core`);
  });

  // One test per file, so that a failure names the file and lists each bad pattern in it.
  const byFile = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const file = p.where.replace(/:\d+$/, '');
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  const verdicts = (list: Pattern[]) => {
    const bad = list.flatMap((p) => {
      const d = check(p);
      return d === 'safe' || d.status === 'safe' ? [] : [describeResult(p, d)];
    });
    assert.equal(bad.length, 0, `not proven safe:\n${bad.join('\n')}`);
  };
  for (const [file, list] of byFile) {
    it(`${file} (${list.length} pattern${list.length === 1 ? '' : 's'})`, () => verdicts(list));
  }

  it('patterns the core builds at run time (phrase lists, tables), and every such call site is reached', function () {
    // The recording run's own limit, then the checks of what it built (fresh cache: fuzzer minutes).
    this.timeout(RECORDING_TIMEOUT + 300000);
    const { patterns: built, error } = runtimePatterns();
    assert.equal(error, undefined, `the recording run failed: ${error}`);
    // A site that builds no pattern in the recording run would go unchecked: give it an input.
    const reached = new Set(built.map((p) => p.where));
    const missed = dynamic.filter((site) => !reached.has(site));
    assert.deepEqual(missed, [], 'RegExp call sites the recording run never reached');
    const literal = new Set(patterns.map((p) => `/${p.source}/${p.flags}`));
    verdicts(built.filter((p) => !literal.has(`/${p.source}/${p.flags}`)));
  });
});
