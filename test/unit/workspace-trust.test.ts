// Restricted Mode: a repository the user has not trusted may not make the extension compile its
// phrase patterns. The decision is pure (core), so it is tested here; the integration harness runs
// VS Code with workspace trust disabled (there is no API to revoke trust), so the wiring in
// src/extension/config.ts is checked by reading it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forWorkspaceTrust, resolveConfig } from '../../src/core/config';
import { parseConfigText } from '../../src/core/configText';
import { lint } from '../../src/core/lint';

const ROOT = join(__dirname, '..', '..');

const hostile = `${Array.from({ length: 12 }, (_, i) => (i % 2 ? '{a|an|}' : '{an|a|the|}')).join(' ')} x`;
const RC = `rules:
  timeline-timezone: off
sections:
  aliases:
    timeline: [사건 흐름]
severities: [SEV-1, SEV-2]
phrases:
  blameful:
    - id: team.blame.cowboy
      patterns: ["cowboy deploy"]
      note: say what was missing instead
    - id: team.blame.hostile
      patterns: ["${hostile}"]
      note: x
  vague:
    - id: team.vague.careful
      lang: ko
      patterns: ["꼼꼼히 확인"]
      note: 누가 무엇을 확인하는지 적으세요
`;

const DOC = '# Incident\n\n## Summary\n\nThen someone did a cowboy deploy on Friday.\n';

describe('Restricted Mode: an untrusted workspace’s phrase patterns are not used', () => {
  it('a trusted workspace keeps its configuration as it is', () => {
    const { config } = resolveConfig({ phrases: { blameful: [{ id: 'x', patterns: ['a b'], note: 'n' }] } });
    const r = forWorkspaceTrust(config, true);
    assert.equal(r.config, config);
    assert.deepEqual(r.ignored, []);
  });

  it('an untrusted one loses its phrase lists and keeps everything that is read as data', () => {
    const trusted = parseConfigText(RC, '/repo/.postmortemrc.yaml');
    const untrusted = parseConfigText(RC, '/repo/.postmortemrc.yaml', { untrusted: true });
    assert.deepEqual(untrusted.ignored, ['phrases.blameful (2 entries)', 'phrases.vague (1 entry)']);
    assert.deepEqual(untrusted.config.phrases, {});
    assert.deepEqual(untrusted.config.rules, trusted.config.rules);
    assert.deepEqual(untrusted.config.sectionAliases, { timeline: ['사건 흐름'] });
    assert.deepEqual(untrusted.config.severities, ['SEV-1', 'SEV-2']);
    assert.equal(trusted.ignored, undefined);
  });

  it('the patterns are never compiled: a hostile one is a problem when trusted, nothing when not', () => {
    const trusted = parseConfigText(RC, '/repo/.postmortemrc.yaml');
    const untrusted = parseConfigText(RC, '/repo/.postmortemrc.yaml', { untrusted: true });
    assert.equal(trusted.problems.length, 1);
    assert.match(trusted.problems[0], /phrases\.blameful\[1\] \(id "team\.blame\.hostile"\): pattern .*too ambiguous/u);
    assert.deepEqual(untrusted.problems, []);
  });

  it('linting with the untrusted configuration uses the built-in phrases only', () => {
    const trusted = parseConfigText(RC, '/repo/.postmortemrc.yaml').config;
    const untrusted = parseConfigText(RC, '/repo/.postmortemrc.yaml', { untrusted: true }).config;
    const ids = (config: typeof trusted) => lint(DOC, { config }).findings.filter((f) => f.ruleId === 'blameful-language').map((f) => f.message);
    assert.ok(ids(trusted).some((m) => /cowboy deploy/iu.test(m)), 'the custom phrase applies when trusted');
    assert.ok(!ids(untrusted).some((m) => /cowboy deploy/iu.test(m)), 'and not when untrusted');
  });

  it('the extension reads config files with the trust state, says so once, and re-reads when trust is granted', () => {
    const src = readFileSync(join(ROOT, 'src', 'extension', 'config.ts'), 'utf8');
    assert.match(src, /parseConfigText\(text, label, \{ untrusted: !vscode\.workspace\.isTrusted \}\)/u);
    assert.match(src, /vscode\.workspace\.onDidGrantWorkspaceTrust\(reset\)/u);
    assert.match(src, /if \(this\.restrictedNoticeShown\) return;\s*this\.restrictedNoticeShown = true;/u);
    assert.match(src, /showInformationMessage\(vscode\.l10n\.t\('Postmortem: Restricted Mode: /u);
  });

  it('the manifest declares limited support, says what is limited in both languages, and restricts the glob setting', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations?: string[] } };
      contributes: { configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[] };
    };
    const cap = pkg.capabilities.untrustedWorkspaces;
    assert.equal(cap.supported, 'limited');
    assert.equal(cap.description, '%capabilities.untrustedWorkspaces%');
    for (const [file, word] of [
      ['package.nls.json', /custom phrases/u],
      ['package.nls.ko.json', /사용자 지정 문구/u],
    ] as const) {
      const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
      assert.match(nls['capabilities.untrustedWorkspaces'], word, file);
      assert.match(nls['capabilities.untrustedWorkspaces'], /postmortem\.files/u, file);
    }
    const configuration = pkg.contributes.configuration;
    const properties = Object.assign({}, ...(Array.isArray(configuration) ? configuration : [configuration]).map((c) => c.properties)) as Record<string, unknown>;
    assert.deepEqual(cap.restrictedConfigurations, ['postmortem.files']);
    for (const key of cap.restrictedConfigurations ?? []) assert.ok(key in properties, `${key} is not a contributed setting`);
  });
});
