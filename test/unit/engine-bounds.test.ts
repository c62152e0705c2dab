import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { ENGINE_ID, isInternalError, lint } from '../../src/core/lint';
import { guardMarkdown, parseMarkdown, PARSE_LIMITS, walk } from '../../src/core/model/markdown';
import { allRules } from '../../src/core/rules';
import type { Rule, TextEdit } from '../../src/core/types';

/** CPU milliseconds one call takes (wall time means little on a shared machine). */
function timed(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const BASE = '# Postmortem\n\n## Summary\n\nBob forgot the flag.\n';

function rule(id: string, check: Rule['check']): Rule {
  return { meta: { id, description: 'test', tags: [], defaultSeverity: 'warning', fixable: false, rationale: '' }, check };
}

describe('engine: a rule that cannot check never passes silently', () => {
  it('reports an exception at error level with the rule id, keeps the findings made before it and the other rules', () => {
    const boom = rule('boom', (ctx) => {
      ctx.report({ start: 2, end: 12, message: 'before the crash' });
      throw new TypeError('order.forEach is not a function');
    });
    const fine = rule('fine', (ctx) => ctx.report({ start: 0, end: 1, message: 'fine finding' }));
    const { findings } = lint(BASE, { rules: [boom, fine] });
    const crash = findings.find(isInternalError);
    assert.ok(crash, 'an internal-error finding');
    assert.equal(crash.ruleId, 'boom');
    assert.equal(crash.severity, 'error');
    assert.match(crash.message, /boom/);
    assert.match(crash.message, /TypeError: order\.forEach is not a function/);
    assert.ok(findings.some((f) => f.message === 'before the crash'));
    assert.ok(findings.some((f) => f.message === 'fine finding'));
  });

  it('contains a failure to one unit: the place is reported and the rule goes on with the next unit', () => {
    const units = rule('units', (ctx) => {
      for (const block of ctx.doc.prose) {
        ctx.contain(block, () => {
          if (block.text.includes('Bob')) throw new RangeError('Maximum call stack size exceeded');
          ctx.report({ start: block.start, end: block.end, message: `checked ${block.text}` });
        });
      }
    });
    const { findings } = lint(BASE, { rules: [units] });
    const crash = findings.find(isInternalError);
    assert.ok(crash);
    assert.equal(crash.line, 5, 'the failing paragraph, not line 1');
    assert.match(crash.message, /this part/);
    assert.ok(findings.some((f) => f.message === 'checked Summary'), 'the units after and before still report');
    assert.ok(findings.some((f) => f.message === 'checked Postmortem'));
  });

  it('writes the internal error in Korean for a Korean UI, and a suppression comment cannot hide it', () => {
    const boom = rule('boom', () => {
      throw new Error('x');
    });
    const { findings } = lint(`<!-- postmortem-disable boom -->\n${BASE}`, { rules: [boom], locale: 'ko' });
    assert.ok(findings.some((f) => isInternalError(f) && /내부 오류/.test(f.message)));
  });

  it('required-sections: a front matter template named after an Object property does not crash (issue 11)', () => {
    for (const template of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { findings } = lint(`---\ntemplate: ${template}\n---\n${BASE}`);
      assert.deepEqual(findings.filter(isInternalError), [], template);
      assert.ok(findings.some((f) => f.ruleId === 'required-sections'), template);
    }
  });
});

describe('engine: bounded parse', () => {
  it('walk is iterative and keeps document order and skip semantics', () => {
    const root = parseMarkdown('# A *b*\n\n- x\n  - y\n\nz\n');
    const seen: string[] = [];
    walk(root, (n) => {
      seen.push(n.type);
      if (n.type === 'heading') return false;
    });
    assert.deepEqual(seen, ['root', 'heading', 'list', 'listItem', 'paragraph', 'text', 'list', 'listItem', 'paragraph', 'text', 'paragraph', 'text']);
  });

  const deep: [string, string][] = [
    ['20,000 nested blockquotes on one line', '>'.repeat(20000) + ' hi'],
    ['3,000 nested list markers on one line', '- '.repeat(3000) + 'x'],
    ['a list nested by indentation 400 levels', Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')],
    ['2,000 blockquote lines, each one deeper', Array.from({ length: 2000 }, (_, i) => '>'.repeat(i + 1) + ' hi').join('\n')],
  ];
  for (const [name, body] of deep) {
    it(`${name}: no exception, one info finding says the block is opaque, the rest is linted`, function () {
      this.timeout(20000);
      const text = `${BASE}\n${body}\n\nBob forgot to check.\n`;
      const { findings } = lint(text);
      assert.deepEqual(findings.filter(isInternalError), []);
      const opaque = findings.filter((f) => f.ruleId === ENGINE_ID);
      assert.equal(opaque.length, 1);
      assert.equal(opaque[0].severity, 'info');
      assert.match(opaque[0].message, /opaque/);
      assert.ok(findings.some((f) => f.ruleId === 'blameful-language' && f.line > 5), 'the paragraph after the deep block is still checked');
    });
  }

  it('nesting within the limits is parsed as written, without an engine finding', () => {
    const text = `${BASE}\n${'> '.repeat(PARSE_LIMITS.maxLineContainers)}quoted\n\n${Array.from({ length: 20 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')}\n`;
    assert.equal(guardMarkdown(text).text, text);
    assert.deepEqual(lint(text).findings.filter((f) => f.ruleId === ENGINE_ID), []);
  });

  const inline: [string, string][] = [
    ['100 KB line of nested emphasis', '*a '.repeat(17000) + 'x' + ' a*'.repeat(17000)],
    ['a 40,000-star run around one letter', '*'.repeat(20000) + 'x' + '*'.repeat(20000)],
    ['*x*x… runs', '*x'.repeat(30000)],
    ['~x~x… runs', '~x'.repeat(30000)],
  ];
  for (const [name, body] of inline) {
    it(`${name}: bounded before parsing (emphasis read as plain characters, offsets kept)`, function () {
      this.timeout(30000);
      const text = `${BASE}\n${body}\n`;
      const guarded = guardMarkdown(text);
      assert.equal(guarded.text.length, text.length);
      assert.equal(guarded.regions.length, 1);
      assert.equal(guarded.regions[0].reason, 'emphasis');
      const ms = timed(() => lint(text));
      assert.ok(ms < 15000, `${ms} ms`);
    });
  }

  it('an ordinary table with bold times in every row is not touched (marks are counted per row)', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| **10:${String(i % 60).padStart(2, '0')}** | __step__ ${i} |`).join('\n');
    const text = `${BASE}\n## Timeline\n\n| Time | Event |\n|---|---|\n${rows}\n`;
    assert.equal(guardMarkdown(text).text, text);
  });

  it('fenced code is never blanked or rewritten', () => {
    const text = `${BASE}\n\`\`\`\n${'> '.repeat(100)}x\n${'*'.repeat(1000)}\n\`\`\`\n`;
    assert.equal(guardMarkdown(text).text, text);
  });
});

describe('engine: applying fixes is linear', () => {
  it('applies 20,000 non-overlapping fixes in a blink, and keeps first-wins overlap rules', () => {
    const text = 'ab '.repeat(20000);
    const fixes: TextEdit[] = [];
    for (let i = 20000 - 1; i >= 0; i--) fixes.push({ start: i * 3, end: i * 3 + 2, newText: 'XY' });
    fixes.push({ start: 1, end: 4, newText: 'clash' });
    let result = applyFixes(text, fixes);
    const ms = timed(() => (result = applyFixes(text, fixes)));
    assert.equal(result.applied, 20000);
    assert.equal(result.skipped, 1);
    assert.equal(result.text, 'XY '.repeat(20000));
    assert.ok(ms < 1000, `${ms} ms`);
    // Overlaps everywhere: each second fix clashes with the one before it (first wins).
    const clashing: TextEdit[] = [];
    for (let i = 0; i < 20000; i++) clashing.push({ start: i * 3, end: i * 3 + 2, newText: 'XY' }, { start: i * 3 + 1, end: i * 3 + 3, newText: '!!' });
    const ms2 = timed(() => (result = applyFixes(text, clashing)));
    assert.equal(result.applied, 20000);
    assert.equal(result.skipped, 20000);
    assert.ok(ms2 < 2000, `${ms2} ms`);
  });

  it('every built-in rule is registered once (engine findings use their own id)', () => {
    assert.ok(!allRules.some((r) => r.meta.id === ENGINE_ID));
  });
});
