import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { parseConfigText } from '../../src/core/configText';
import { lint, isInternalError } from '../../src/core/lint';

/** Wrongly typed configuration values are messages with their path, never accepted silently (issue 11). */
describe('config: every wrong value is a message with its path', () => {
  const problems = (yaml: string) => parseConfigText(yaml, 'rc.yaml').problems.map((p) => p.replace(/^rc\.yaml: /, ''));

  it('a list or a mapping where a level is expected', () => {
    assert.deepEqual(problems('rules:\n  blameful-language: [error]\n'), ['rule "blameful-language": unknown level a list (use error, warning, info or off)']);
    assert.deepEqual(problems('rules:\n  blameful-language:\n    level: {a: 1}\n'), ['rule "blameful-language": unknown level a mapping (use error, warning, info or off)']);
    assert.deepEqual(problems('rules:\n  blameful-language: off\n'), []);
    assert.deepEqual(problems('rules:\n  blameful-language: false\n'), [], 'YAML false still means off');
  });

  it('unknown keys at every level, and unknown or ill-typed rule options', () => {
    assert.deepEqual(problems('sections:\n  alias: {}\n'), ['sections: unknown key "alias" (known: aliases, required)']);
    assert.deepEqual(problems('rules:\n  timeline-order:\n    level: error\n    strict: true\n'), ['rules.timeline-order.strict: unknown option']);
    assert.deepEqual(problems('rules:\n  blameful-language:\n    ignore: blame.hero\n'), ['rules.blameful-language.ignore must be a list of phrase ids, not string "blame.hero"']);
    assert.deepEqual(problems('rules:\n  blameful-language:\n    ignores: [x]\n'), ['rules.blameful-language.ignores: unknown option (known: ignore)']);
    assert.deepEqual(problems('severities: [SEV1, {a: 1}]\n'), ['severities[1] must be a name such as "SEV1", not a mapping']);
    assert.deepEqual(problems('$schema: 1\n'), ['$schema must be a string, not number 1']);
  });

  it('__proto__, constructor and prototype are refused in any mapping, and pollute nothing', () => {
    const p = problems('__proto__:\n  polluted: true\nrules:\n  constructor: error\n  blameful-language:\n    __proto__: {level: off}\nsections:\n  required:\n    constructor: [summary]\n  aliases:\n    prototype: [x]\n');
    for (const path of ['__proto__', 'rules.constructor', 'rules.blameful-language.__proto__', 'sections.required.constructor', 'sections.aliases.prototype']) {
      assert.ok(p.some((m) => m.startsWith(`${path}: the key`)), `${path} in ${p.join('\n')}`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const { config } = resolveConfig({ rules: JSON.parse('{"constructor": "error"}') });
    assert.equal(Object.hasOwn(config.rules, 'constructor'), false);
  });

  it('a configuration with required sections and a front matter template named "constructor" lints without an internal error', () => {
    const { config } = resolveConfig({ sections: { required: ['summary'] } });
    for (const template of ['constructor', '__proto__', 'toString']) {
      const { findings } = lint(`---\ntemplate: ${template}\n---\n# Postmortem\n`, { config });
      assert.deepEqual(findings.filter(isInternalError), [], template);
      assert.ok(findings.some((f) => f.ruleId === 'required-sections'));
    }
  });
});
