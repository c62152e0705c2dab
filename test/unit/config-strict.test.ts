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

  it('front matter: __proto__, constructor and prototype at any depth are a finding with their path (EN and KO)', () => {
    const doc = '---\n__proto__: {severity: SEV-1}\nconstructor: y\nauthors:\n  - name: a\n    prototype: x\nimpact:\n  __proto__: 1\n---\n# Postmortem\n';
    const messages = (locale?: 'ko') => lint(doc, locale ? { locale } : {}).findings.filter((f) => f.ruleId === 'front-matter');
    const en = messages();
    assert.deepEqual(
      en.map((f) => /^Front matter key "([^"]+)" is not allowed/u.exec(f.message)?.[1]),
      ['__proto__', 'constructor', 'authors[0].prototype', 'impact.__proto__'],
    );
    assert.equal(doc.slice(en[2].start, en[2].end), 'prototype', 'the finding points at the key');
    assert.deepEqual(
      messages('ko').map((f) => /^프런트 매터 키 "([^"]+)"는 쓸 수 없습니다/u.exec(f.message)?.[1]),
      ['__proto__', 'constructor', 'authors[0].prototype', 'impact.__proto__'],
    );
    assert.equal(({} as Record<string, unknown>).severity, undefined);
  });

  it('front matter: a list or a mapping where a date or a severity is expected says so, with the field (EN and KO)', () => {
    const doc = '---\ndate: [2024-01-01]\nseverity: {level: SEV-1}\n---\n# Postmortem\n';
    const en = lint(doc).findings.filter((f) => f.ruleId === 'front-matter').map((f) => f.message);
    assert.deepEqual(en, ['"date" must be one date (YYYY-MM-DD), not a list', '"severity" must be one severity (such as SEV-2), not a mapping']);
    const ko = lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'front-matter').map((f) => f.message);
    assert.deepEqual(ko, ['"date"에는 날짜(YYYY-MM-DD) 하나를 쓰세요. 목록은(는) 쓸 수 없습니다', '"severity"에는 심각도(예: SEV-2) 하나를 쓰세요. 매핑은(는) 쓸 수 없습니다']);
  });

  it('phrase entries: forbidden keys in an entry, its note or its verbs are messages with their path', () => {
    const entry = (extra: string) => `phrases:\n  blameful:\n    - id: team.x\n      patterns: ["x y"]\n${extra}`;
    assert.ok(problems(entry('      note: n\n      __proto__: {kind: punitive}\n')).includes('phrases.blameful[0].__proto__: the key "__proto__" is not allowed'));
    assert.deepEqual(problems(entry('      note: {en: n, constructor: z}\n')), ['phrases.blameful[0].note.constructor: the key "constructor" is not allowed']);
    assert.deepEqual(problems('slos:\n  checkout: {objective: 99.9%, window: 30d, prototype: 1}\n'), ['slos.checkout.prototype: the key "prototype" is not allowed']);
  });

  it('SLOs are checked when the file is read, not only when a postmortem names one', () => {
    assert.deepEqual(problems('slos:\n  checkout: {objective: 99.9%, window: 30d, description: x}\n  api: {target: 99.5, period: 4w}\n'), []);
    assert.deepEqual(problems('slos:\n  checkout: [99.9%, 30d]\n'), ['slos.checkout must be a mapping with objective and window, not a list']);
    assert.deepEqual(problems('slos:\n  checkout: {objective: 99.9%, window: 30d, windows: 4w}\n'), ['slos.checkout: unknown key "windows" (known: objective, window, description)']);
    assert.deepEqual(problems('slos:\n  checkout: {objective: [99.9%], window: {days: 30}}\n'), [
      'slos.checkout.objective must be a percentage such as 99.9%, not a list',
      'slos.checkout.window must be a duration such as 30d, not a mapping',
    ]);
    assert.deepEqual(problems('slos:\n  checkout: {objective: 120%}\n'), [
      'slos.checkout: the objective "120%" is not a percentage between 0 and 100 % (exclusive)',
      'slos.checkout: the window is missing (e.g. window: 30d)',
    ]);
  });
});
