import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { SECTION_KINDS } from '../../src/core/model/sections';
import { allRules } from '../../src/core/rules';
import { ConfigLoader, findConfigFile, loadConfigFile, parseConfigText } from '../../src/node/config-file';

const ROOT = resolve(__dirname, '../..');
const RULE_IDS = allRules.map((r) => r.meta.id);

let dir: string;
const write = (rel: string, content: string | Buffer) => {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('config file: finding', () => {
  it('finds the nearest config upward, preferring .yaml over .yml over .json in one folder', () => {
    write('.postmortemrc.json', '{}');
    write('a/.postmortemrc.yml', '{}');
    write('a/.postmortemrc.json', '{}');
    mkdirSync(join(dir, 'a/b/c'), { recursive: true });
    assert.equal(findConfigFile(join(dir, 'a/b/c')), join(dir, 'a/.postmortemrc.yml'));
    write('a/.postmortemrc.yaml', '{}');
    assert.equal(findConfigFile(join(dir, 'a/b/c')), join(dir, 'a/.postmortemrc.yaml'));
    assert.equal(findConfigFile(dir), join(dir, '.postmortemrc.json'));
  });

  it('stops at stopAt and ignores a directory named like a config file', () => {
    write('.postmortemrc.yaml', '{}');
    mkdirSync(join(dir, 'x/.postmortemrc.yaml'), { recursive: true });
    mkdirSync(join(dir, 'x/y'), { recursive: true });
    assert.equal(findConfigFile(join(dir, 'x/y'), { stopAt: join(dir, 'x') }), undefined);
    assert.equal(findConfigFile(join(dir, 'x/y')), join(dir, '.postmortemrc.yaml'));
  });
});

describe('config file: loading', () => {
  it('reads YAML and JSON into a resolved config', () => {
    const y = loadConfigFile(write('.postmortemrc.yaml', 'rules:\n  blameful-language: error\n  timeline-timezone: off\n  action-item-owner: { level: info, placeholders: [미정] }\n'));
    assert.deepEqual(y.problems, []);
    assert.equal(y.fatal, false);
    assert.deepEqual(y.config.rules['blameful-language'], { level: 'error', options: {} });
    assert.deepEqual(y.config.rules['timeline-timezone'], { level: 'off', options: {} });
    assert.deepEqual(y.config.rules['action-item-owner'], { level: 'info', options: { placeholders: ['미정'] } });
    const j = loadConfigFile(write('.postmortemrc.json', '{ "$schema": "./schema.json", "sections": { "required": ["summary", "timeline"] } }'));
    assert.deepEqual(j.problems, []);
    assert.deepEqual(j.config.requiredSections, { default: ['summary', 'timeline'] });
  });

  it('reads Korean aliases (with a BOM and CRLF) and they change how headings are read', () => {
    const loaded = loadConfigFile(write('.postmortemrc.yaml', '\ufeffsections:\r\n  aliases:\r\n    timeline: [사건 흐름]\r\n    summary: ["At a glance"]\r\n'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config.sectionAliases, { timeline: ['사건 흐름'], summary: ['At a glance'] });
    const { doc } = lint('# 보고서\n\n## 사건 흐름\n\n- 10:00 KST 배포\n\n## At a glance\n', { config: loaded.config });
    assert.deepEqual(doc.sections.map((s) => s.kind), [undefined, 'timeline', 'summary']);
  });

  it('an empty file or a file of comments is the default configuration', () => {
    for (const text of ['', '# nothing yet\n', '\ufeff']) {
      const r = parseConfigText(text, 'x.yaml');
      assert.deepEqual(r.problems, [], JSON.stringify(text));
      assert.deepEqual(r.config.rules, {});
    }
  });

  it('a YAML syntax error is fatal and names file, line and column', () => {
    const p = write('.postmortemrc.yaml', 'rules:\n  blameful-language: error\n  bad: [unclosed\n');
    const r = loadConfigFile(p);
    assert.equal(r.fatal, true);
    assert.ok(r.problems.length >= 1);
    assert.match(r.problems[0], new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: syntax error: `));
    assert.deepEqual(r.config.rules, {}, 'nothing of a broken file applies');
  });

  it('reports duplicate keys and broken JSON as syntax errors with positions', () => {
    const dup = parseConfigText('rules:\n  blameful-language: error\n  blameful-language: off\n', 'rc.yaml');
    assert.equal(dup.fatal, true);
    assert.match(dup.problems[0], /^rc\.yaml:3:3: syntax error: .*unique/i);
    const json = parseConfigText('{ "rules": { "blameful-language": "error", } ', 'rc.json');
    assert.equal(json.fatal, true);
    assert.match(json.problems[0], /^rc\.json:\d+:\d+: syntax error/);
  });

  it('phrase entry problems name the file and the entry', () => {
    const r = parseConfigText('phrases:\n  blameful:\n    - id: team.blame.x\n      patterns: [게으름]\n', 'rc.yaml');
    assert.equal(r.fatal, false);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /^rc\.yaml: phrases\.blameful\[0\] \(id "team\.blame\.x"\): .*note/);
    assert.deepEqual(resolveConfig({ phrases: { blameful: [] } }).problems, [], 'resolveConfig alone checks only the list shape');
  });

  it('validation problems name the file and keep the valid parts', () => {
    const r = parseConfigText('rules:\n  no-such-rule: error\n  vague-action-item: loud\n  blameful-language: warn\nextra: 1\n', 'team/.postmortemrc.yaml');
    assert.equal(r.fatal, false);
    assert.deepEqual(r.problems.sort(), [
      'team/.postmortemrc.yaml: rule "vague-action-item": unknown level "loud" (use error, warning, info or off)',
      'team/.postmortemrc.yaml: unknown key "extra"',
      'team/.postmortemrc.yaml: unknown rule "no-such-rule"',
    ]);
    assert.deepEqual(r.config.rules['blameful-language'], { level: 'warning', options: {} });
  });

  it('a config that is not a mapping is a problem, not an exception', () => {
    for (const text of ['- a\n- b\n', '42\n', '"just a string"\n']) {
      const r = parseConfigText(text, 'rc.yaml');
      assert.equal(r.problems.length, 1, text);
      assert.match(r.problems[0], /^rc\.yaml: the configuration must be a mapping/);
    }
  });

  it('a missing file, a directory and an alias bomb give one-line problems', () => {
    assert.deepEqual(loadConfigFile(join(dir, 'nope.yaml'), { displayPath: () => 'nope.yaml' }).problems, ['nope.yaml: config file not found']);
    mkdirSync(join(dir, 'folder.yaml'));
    assert.match(loadConfigFile(join(dir, 'folder.yaml')).problems[0], /is a directory/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'rules: {}'].join('\n');
    const r = parseConfigText(bomb, 'bomb.yaml');
    assert.equal(r.fatal, true);
    assert.equal(r.problems.length, 1);
    assert.ok(!r.problems[0].includes('\n'));
  });

  it('ConfigLoader reads each config once and honours an explicit path', () => {
    write('.postmortemrc.yaml', 'rules:\n  blameful-language: error\n');
    write('fixed.yml', 'rules:\n  blameful-language: info\n');
    const loader = new ConfigLoader();
    const a = loader.forFile(join(dir, 'a/one.md'));
    const b = loader.forFile(join(dir, 'b/two.md'));
    assert.equal(a, b);
    assert.equal(a.path, join(dir, '.postmortemrc.yaml'));
    const forced = new ConfigLoader({ configPath: join(dir, 'fixed.yml') }).forFile(join(dir, 'a/one.md'));
    assert.equal(forced.config.rules['blameful-language']?.level, 'info');
    const none = new ConfigLoader().forFile('/definitely/not/a/dir/with/config/x.md');
    assert.equal(none.problems.length, 0);
  });
});

// A small JSON-schema checker (draft-07 subset: type, enum, required, properties,
// additionalProperties, items, minItems, uniqueItems, minLength, pattern, oneOf, allOf, $ref) —
// enough to test the schema without a validator dependency.
type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/postmortemrc.schema.json'), 'utf8')) as Schema;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function validate(value: unknown, s: Schema, path = '$'): string[] {
  if (typeof s.$ref === 'string') {
    const target = s.$ref.replace(/^#\//, '').split('/').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], schema);
    assert.ok(target, `unresolved ${s.$ref}`);
    return validate(value, target as Schema, path);
  }
  const errors: string[] = [];
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => e === value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: does not match ${s.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: duplicate items`);
  }
  if (Array.isArray(s.allOf)) for (const sub of s.allOf) errors.push(...validate(value, sub as Schema, path));
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((sub) => validate(value, sub as Schema, path).length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf`);
  }
  if (typeOf(value) === 'object') {
    for (const k of (s.required ?? []) as string[]) if (!(k in (value as object))) errors.push(`${path}: "${k}" is required`);
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (props[k]) errors.push(...validate(v, props[k], `${path}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected "${k}"`);
      else if (typeof s.additionalProperties === 'object') errors.push(...validate(v, s.additionalProperties as Schema, `${path}.${k}`));
    }
  }
  if (Array.isArray(value) && s.items) value.forEach((v, i) => errors.push(...validate(v, s.items as Schema, `${path}[${i}]`)));
  return errors;
}

describe('config file: JSON schema', () => {
  const props = schema.properties as Record<string, Schema>;

  it('is a draft-07 schema whose $refs all resolve', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 0);
    for (const ref of refs) validate(null, { $ref: JSON.parse(`{${ref}}`).$ref });
  });

  it('lists every rule id and nothing else', () => {
    assert.deepEqual(Object.keys((props.rules.properties as Record<string, unknown>) ?? {}), RULE_IDS);
    assert.equal(props.rules.additionalProperties, false);
  });

  it('lists every section kind for aliases and required sections', () => {
    const sections = props.sections.properties as Record<string, Schema>;
    assert.deepEqual(Object.keys(sections.aliases.properties as Record<string, unknown>), [...SECTION_KINDS]);
    assert.deepEqual(((schema.definitions as Record<string, Schema>).sectionKind.enum as string[]), [...SECTION_KINDS]);
  });

  // Each case: a config, and whether it is valid. The schema and resolveConfig must agree.
  const cases: [string, unknown, boolean][] = [
    ['empty', {}, true],
    ['levels', { rules: { 'blameful-language': 'error', 'timeline-order': 'off', 'vague-action-item': 'warn' } }, true],
    ['level as boolean and number', { rules: { 'front-matter': false, 'timeline-timezone': 2 } }, true],
    ['level with options', { rules: { 'action-item-owner': { level: 'info', placeholders: ['미정', 'TBD'] } } }, true],
    ['Korean aliases', { sections: { aliases: { timeline: ['사건 흐름'], 'action-items': ['후속 작업'] } } }, true],
    ['required list', { sections: { required: ['summary', 'timeline', 'five-whys'] } }, true],
    ['required per template', { sections: { required: { default: ['summary'], 'ko-incident-report': ['summary', 'lessons-learned'] } } }, true],
    ['severities', { severities: ['SEV-1', 'SEV-2', '1등급'] }, true],
    ['phrase entries (EN and KO)', { phrases: { blameful: [{ id: 'team.blame.slacked', patterns: ['slacked off'], note: 'describe the workload instead' }], vague: [{ id: 'team.vague.check', lang: 'ko', kind: 'vague', patterns: ['꼼꼼히 확인'], note: { en: 'name the check', ko: '무엇을 확인할지 적으세요' } }] } }, true],
    ['a phrase entry without a note', { phrases: { blameful: [{ id: 'team.blame.x', patterns: ['slacked off'] }] } }, false],
    ['a phrase entry with one suggestion', { phrases: { counterfactual: [{ id: 'team.cf.x', patterns: ['ought to have'], note: 'n', suggestions: ['only one'] }] } }, false],
    ['a phrase entry of the wrong kind for its list', { phrases: { vague: [{ id: 'team.v.x', kind: 'punitive', patterns: ['tidy up'], note: 'n' }] } }, false],
    ['a phrase entry with a bad id', { phrases: { vague: [{ id: 'Team Vague', patterns: ['tidy up'], note: 'n' }] } }, false],
    ['an unknown phrase list', { phrases: { rude: [] } }, false],
    ['$schema key', { $schema: '../schemas/postmortemrc.schema.json' }, true],
    ['unknown top-level key', { rulez: {} }, false],
    ['unknown rule', { rules: { 'no-such-rule': 'error' } }, false],
    ['unknown level', { rules: { 'blameful-language': 'loud' } }, false],
    ['unknown section kind in aliases', { sections: { aliases: { postscript: ['PS'] } } }, false],
    ['aliases not a list', { sections: { aliases: { timeline: 'Chronology' } } }, false],
    ['unknown required kind', { sections: { required: ['summary', 'epilogue'] } }, false],
    ['severities not a list', { severities: 'SEV-1' }, false],
    ['phrases not a list', { phrases: { blameful: 'oops' } }, false],
    ['rules not a mapping', { rules: ['blameful-language'] }, false],
  ];
  for (const [name, config, valid] of cases) {
    it(`${valid ? 'accepts' : 'rejects'} ${name}, as the loader does`, () => {
      const errors = validate(config, schema);
      assert.equal(errors.length === 0, valid, errors.join('; '));
      const { problems } = parseConfigText(JSON.stringify(config), 'x.json');
      assert.equal(problems.length === 0, valid, problems.join('; '));
    });
  }

  it('the bundled examples/.postmortemrc.yaml is valid by both the schema and the loader', () => {
    const path = join(ROOT, 'examples/.postmortemrc.yaml');
    const text = readFileSync(path, 'utf8');
    assert.deepEqual(validate(parseYaml(text), schema), []);
    assert.deepEqual(loadConfigFile(path).problems, []);
  });
});
