import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileReport } from '../../src/cli/format';
import { run } from '../../src/cli/run';
import { FINGERPRINT_KEY, relativeUri, sarifLevel, toSarif } from '../../src/cli/sarif';
import { lint } from '../../src/core/lint';
import { allRules } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';

type Json = Record<string, unknown>;
const LEVELS = ['none', 'note', 'warning', 'error'];

function isAbsoluteUri(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    return new URL(s).protocol.length > 1;
  } catch {
    return false;
  }
}

/** A URI reference that is relative (no scheme, no leading slash) and percent-encoded (RFC 3986 characters only). */
function isRelativeUriReference(s: unknown): boolean {
  if (typeof s !== 'string' || s.length === 0) return false;
  if (/^[a-zA-Z][\w+.-]*:/.test(s) || s.startsWith('/')) return false;
  return /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})+$/.test(s);
}

function checkRegion(r: unknown, where: string, errors: string[]): void {
  const region = r as Json | undefined;
  if (!region || typeof region !== 'object') return void errors.push(`${where}: region missing`);
  for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    if (!Number.isInteger(region[k]) || (region[k] as number) < 1) errors.push(`${where}.${k} must be an integer >= 1`);
  }
  const { startLine, startColumn, endLine, endColumn } = region as Record<string, number>;
  if (endLine < startLine) errors.push(`${where}: endLine < startLine`);
  if (endLine === startLine && endColumn < startColumn) errors.push(`${where}: endColumn < startColumn on one line`);
}

function checkArtifactLocation(a: unknown, where: string, errors: string[]): void {
  const loc = a as Json | undefined;
  if (!loc || typeof loc.uri !== 'string') return void errors.push(`${where}.uri missing`);
  if (loc.uriBaseId !== undefined) {
    if (loc.uriBaseId !== '%SRCROOT%') errors.push(`${where}.uriBaseId is not %SRCROOT%`);
    if (!isRelativeUriReference(loc.uri)) errors.push(`${where}.uri is not a relative, encoded URI reference: ${String(loc.uri)}`);
  } else if (!isAbsoluteUri(loc.uri)) errors.push(`${where}.uri must be absolute without uriBaseId`);
}

/**
 * The essential constraints of the SARIF 2.1.0 schema plus what GitHub code scanning requires
 * (rules with descriptions and help links, results with message, location, region, ruleIndex).
 * Returns every violation found.
 */
function checkSarif(log: Json): string[] {
  const errors: string[] = [];
  if (!isAbsoluteUri(log.$schema)) errors.push('$schema must be an absolute URI');
  if (log.version !== '2.1.0') errors.push('version must be "2.1.0"');
  if (!Array.isArray(log.runs) || log.runs.length === 0) return [...errors, 'runs must be a non-empty array'];
  (log.runs as Json[]).forEach((run, ri) => {
    const driver = (run.tool as Json | undefined)?.driver as Json | undefined;
    if (!driver || typeof driver.name !== 'string' || !driver.name) return void errors.push(`runs[${ri}].tool.driver.name is required`);
    if (driver.informationUri !== undefined && !isAbsoluteUri(driver.informationUri)) errors.push('driver.informationUri must be absolute');
    if (typeof driver.version !== 'string') errors.push('driver.version must be a string');
    const rules = (driver.rules ?? []) as Json[];
    const ids = rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) errors.push('rule ids must be unique');
    rules.forEach((r, i) => {
      const w = `rules[${i}]`;
      if (typeof r.id !== 'string' || !r.id) errors.push(`${w}.id is required`);
      for (const k of ['shortDescription', 'fullDescription']) {
        const d = r[k] as Json | undefined;
        if (!d || typeof d.text !== 'string' || !d.text) errors.push(`${w}.${k}.text is required`);
      }
      if (!isAbsoluteUri(r.helpUri)) errors.push(`${w}.helpUri must be an absolute URI`);
      if (!LEVELS.includes(String((r.defaultConfiguration as Json | undefined)?.level))) errors.push(`${w}.defaultConfiguration.level invalid`);
    });
    const base = (run.originalUriBaseIds as Json | undefined)?.['%SRCROOT%'] as Json | undefined;
    if (base && (!isAbsoluteUri(base.uri) || !String(base.uri).endsWith('/'))) errors.push('%SRCROOT% must be an absolute URI ending in /');
    if (!Array.isArray(run.results)) return void errors.push(`runs[${ri}].results must be an array`);
    (run.results as Json[]).forEach((res, i) => {
      const w = `results[${i}]`;
      const msg = res.message as Json | undefined;
      if (!msg || typeof msg.text !== 'string' || !msg.text) errors.push(`${w}.message.text is required`);
      if (!LEVELS.includes(String(res.level))) errors.push(`${w}.level invalid`);
      if (typeof res.ruleId !== 'string') errors.push(`${w}.ruleId is required`);
      if (res.ruleIndex !== undefined && (!Number.isInteger(res.ruleIndex) || rules[res.ruleIndex as number]?.id !== res.ruleId)) errors.push(`${w}.ruleIndex does not point at ${String(res.ruleId)}`);
      if (res.ruleIndex === undefined && ids.includes(res.ruleId)) errors.push(`${w}.ruleIndex missing for a listed rule`);
      const locs = res.locations as Json[] | undefined;
      if (!Array.isArray(locs) || locs.length === 0) errors.push(`${w}.locations must be non-empty`);
      else
        locs.forEach((l, li) => {
          const phys = l.physicalLocation as Json | undefined;
          if (!phys) return void errors.push(`${w}.locations[${li}].physicalLocation is required`);
          checkArtifactLocation(phys.artifactLocation, `${w}.locations[${li}].artifactLocation`, errors);
          checkRegion(phys.region, `${w}.locations[${li}].region`, errors);
        });
      const fp = res.partialFingerprints as Json | undefined;
      if (!fp || Object.values(fp).some((v) => typeof v !== 'string' || !v)) errors.push(`${w}.partialFingerprints must map to non-empty strings`);
      if (res.fixes !== undefined) {
        (res.fixes as Json[]).forEach((fix, fi) => {
          const changes = fix.artifactChanges as Json[] | undefined;
          if (!Array.isArray(changes) || changes.length === 0) return void errors.push(`${w}.fixes[${fi}].artifactChanges must be non-empty`);
          for (const ch of changes) {
            checkArtifactLocation(ch.artifactLocation, `${w}.fixes[${fi}].artifactLocation`, errors);
            const reps = ch.replacements as Json[] | undefined;
            if (!Array.isArray(reps) || reps.length === 0) errors.push(`${w}.fixes[${fi}].replacements must be non-empty`);
            else for (const rep of reps) checkRegion(rep.deletedRegion, `${w}.fixes[${fi}].deletedRegion`, errors);
          }
        });
      }
    });
    for (const inv of (run.invocations ?? []) as Json[]) if (typeof inv.executionSuccessful !== 'boolean') errors.push('invocations[].executionSuccessful is required');
  });
  return errors;
}

const fixmeRule: Rule = {
  meta: { id: 'no-fixme', description: 'FIXME left in the text.', tags: ['test'], defaultSeverity: 'error', fixable: true, rationale: 'Test rule.' },
  check(ctx) {
    const re = /FIXME/g;
    for (let m = re.exec(ctx.doc.text); m; m = re.exec(ctx.doc.text)) {
      ctx.report({ start: m.index, end: m.index + 5, message: 'FIXME left', suggestions: [{ title: 'Replace with DONE', edits: [{ start: m.index, end: m.index + 5, newText: 'DONE' }] }] });
    }
  },
};
const hedgeRule: Rule = {
  meta: { id: 'no-hedge', description: 'A hedge word.', tags: ['test'], defaultSeverity: 'info', fixable: false, rationale: 'Test rule.' },
  check(ctx) {
    const re = /maybe|아마도/g;
    for (let m = re.exec(ctx.doc.text); m; m = re.exec(ctx.doc.text)) ctx.report({ start: m.index, end: m.index + m[0].length, message: `Hedge "${m[0]}"` });
  },
};
const RULES = [hedgeRule, fixmeRule];

function report(file: string, text: string, cwd = '/repo'): FileReport {
  return { path: resolve(cwd, file), file, text, findings: lint(text, { rules: RULES }).findings };
}

describe('sarif', () => {
  it('produces a log that passes the SARIF / GitHub checks, with rules and results', () => {
    const log = toSarif({ reports: [report('docs/pm.md', '# 개요\n\nFIXME 아마도\nmaybe\n')], rules: RULES, cwd: '/repo' });
    assert.deepEqual(checkSarif(log), []);
    const run0 = (log.runs as Json[])[0];
    const driver = (run0.tool as Json).driver as Json;
    assert.equal(driver.name, 'postmortem-lint');
    assert.deepEqual((driver.rules as Json[]).map((r) => r.id), ['no-hedge', 'no-fixme']);
    assert.match(String((driver.rules as Json[])[1].helpUri), /\/docs\/rules\/no-fixme\.md$/);
    assert.deepEqual((driver.rules as Json[])[1].defaultConfiguration, { level: 'error' });
    const results = run0.results as Json[];
    assert.deepEqual(results.map((r) => [r.ruleId, r.ruleIndex, r.level]), [['no-fixme', 1, 'error'], ['no-hedge', 0, 'note'], ['no-hedge', 0, 'note']]);
    assert.deepEqual((results[0].locations as Json[])[0], {
      physicalLocation: { artifactLocation: { uri: 'docs/pm.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 } },
    });
    assert.deepEqual(((results[1].locations as Json[])[0].physicalLocation as Json).region, { startLine: 3, startColumn: 7, endLine: 3, endColumn: 10 });
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run0.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('the checker itself rejects broken logs', () => {
    const good = toSarif({ reports: [report('a.md', 'FIXME\n')], rules: RULES, cwd: '/repo' });
    const broken = JSON.parse(JSON.stringify(good)) as Json;
    const run0 = (broken.runs as Json[])[0];
    const res = (run0.results as Json[])[0];
    res.ruleIndex = 0; // points at no-hedge
    ((res.locations as Json[])[0].physicalLocation as Json).region = { startLine: 0, startColumn: 1, endLine: 1, endColumn: 1 };
    ((res.locations as Json[])[0].physicalLocation as Json).artifactLocation = { uri: '/abs/a.md', uriBaseId: '%SRCROOT%' };
    delete (res.message as Json).text;
    broken.version = '2.0.0';
    (((run0.tool as Json).driver as Json).rules as Json[])[0].helpUri = 'docs/rules/x.md';
    const errors = checkSarif(broken);
    for (const expected of ['version', 'ruleIndex', 'startLine', 'uri is not a relative', 'message.text', 'helpUri']) {
      assert.ok(errors.some((e) => e.includes(expected)), `expected a "${expected}" violation in ${errors.join('; ')}`);
    }
  });

  it('maps severities to SARIF levels', () => {
    assert.equal(sarifLevel('error'), 'error');
    assert.equal(sarifLevel('warning'), 'warning');
    assert.equal(sarifLevel('info'), 'note');
  });

  it('lists every built-in rule with descriptions, help links and default levels', () => {
    const log = toSarif({ reports: [], rules: allRules, cwd: '/repo' });
    assert.deepEqual(checkSarif(log), []);
    const rules = (((log.runs as Json[])[0].tool as Json).driver as Json).rules as Json[];
    assert.deepEqual(rules.map((r) => r.id), allRules.map((r) => r.meta.id));
    for (const [i, r] of rules.entries()) assert.equal((r.defaultConfiguration as Json).level, sarifLevel(allRules[i].meta.defaultSeverity));
  });

  it('fingerprints survive lines added above and tell identical repeats apart', () => {
    const before = toSarif({ reports: [report('a.md', '# T\n\nFIXME here\nFIXME here\n')], rules: RULES, cwd: '/repo' });
    const after = toSarif({ reports: [report('a.md', '# T\n\nA new paragraph.\n\nFIXME here\nFIXME here\n')], rules: RULES, cwd: '/repo' });
    const prints = (log: Json) => ((log.runs as Json[])[0].results as Json[]).map((r) => (r.partialFingerprints as Json)[FINGERPRINT_KEY]);
    const [a1, a2] = prints(before);
    assert.notEqual(a1, a2);
    assert.deepEqual(prints(after), [a1, a2]);
    const moved = toSarif({ reports: [report('b.md', '# T\n\nFIXME here\nFIXME here\n')], rules: RULES, cwd: '/repo' });
    assert.notDeepEqual(prints(moved), [a1, a2], 'the file is part of the fingerprint');
  });

  it('encodes Korean and spaced file names, and gives absolute URIs outside the working directory', () => {
    assert.equal(relativeUri('장애 보고서/2025 07.md'), '%EC%9E%A5%EC%95%A0%20%EB%B3%B4%EA%B3%A0%EC%84%9C/2025%2007.md');
    const log = toSarif({
      reports: [report('장애 보고서.md', 'FIXME\n'), { ...report('/elsewhere/x.md', 'FIXME\n'), path: '/elsewhere/x.md' }],
      rules: RULES,
      cwd: '/repo',
    });
    assert.deepEqual(checkSarif(log), []);
    const uris = ((log.runs as Json[])[0].results as Json[]).map((r) => ((r.locations as Json[])[0].physicalLocation as Json).artifactLocation);
    assert.deepEqual(uris, [{ uri: '%EC%9E%A5%EC%95%A0%20%EB%B3%B4%EA%B3%A0%EC%84%9C.md', uriBaseId: '%SRCROOT%' }, { uri: 'file:///elsewhere/x.md' }]);
  });

  it('turns suggestions into fixes with regions that respect CRLF and a BOM', () => {
    const text = '\ufeff# 개요\r\n\r\n장애 FIXME\r\n';
    const log = toSarif({ reports: [report('ko.md', text)], rules: RULES, cwd: '/repo' });
    assert.deepEqual(checkSarif(log), []);
    const [res] = ((log.runs as Json[])[0].results as Json[]);
    assert.deepEqual(res.fixes, [
      {
        description: { text: 'Replace with DONE' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'ko.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 9 }, insertedContent: { text: 'DONE' } }],
          },
        ],
      },
    ]);
  });

  it('a fix on line 1 of a BOM file does not count the BOM as a column', () => {
    const log = toSarif({ reports: [report('bom.md', '\ufeffFIXME\n')], rules: RULES, cwd: '/repo' });
    const [res] = ((log.runs as Json[])[0].results as Json[]);
    const fix = (res.fixes as Json[])[0];
    const rep = ((fix.artifactChanges as Json[])[0].replacements as Json[])[0];
    assert.deepEqual(rep.deletedRegion, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 6 });
  });

  describe('through the CLI', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'pm-sarif-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const runCli = async (argv: string[], rules?: readonly Rule[]) => {
      let stdout = '';
      let stderr = '';
      const code = await run(argv, { cwd: dir, rules, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
      return { code, log: JSON.parse(stdout) as Json, stderr };
    };

    it('--format sarif writes a valid log, notes skipped files and keeps exit codes', async () => {
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs/a.md'), '# 개요\n\nFIXME\n');
      writeFileSync(join(dir, 'docs/b.md'), Buffer.from([0x23, 0x00]));
      const { code, log, stderr } = await runCli(['--format', 'sarif', '--all', 'docs'], RULES);
      assert.equal(code, 1);
      assert.match(stderr, /note: docs\/b\.md: skipped: binary file/);
      assert.deepEqual(checkSarif(log), []);
      const run0 = (log.runs as Json[])[0];
      assert.equal((run0.results as Json[]).length, 1);
      const [inv] = run0.invocations as Json[];
      assert.equal(inv.executionSuccessful, true);
      assert.deepEqual((inv.toolExecutionNotifications as Json[]).map((n) => [n.level, (n.message as Json).text]), [['note', 'docs/b.md: skipped: binary file (contains NUL bytes)']]);
    });

    it('is valid with the real rules on a Korean document, and when nothing is found', async () => {
      writeFileSync(join(dir, 'ko.md'), '---\ndate: 2025/07/22\n---\n# 장애 보고서\n\n## 개요\n\n결제 지연\n');
      const real = await runCli(['--format', 'sarif', 'ko.md']);
      assert.deepEqual(checkSarif(real.log), []);
      assert.ok(((real.log.runs as Json[])[0].results as Json[]).length > 0);
      writeFileSync(join(dir, 'clean.md'), '# ok\n');
      const clean = await runCli(['--format', 'sarif', 'clean.md'], RULES);
      assert.equal(clean.code, 0);
      assert.deepEqual(checkSarif(clean.log), []);
      assert.deepEqual((clean.log.runs as Json[])[0].results, []);
    });

    it('keeps control characters of document text exact in messages (only text output escapes them)', async () => {
      const title = 'Outage \u001b]0;owned\u0007 \u202e';
      writeFileSync(join(dir, 'pm.md'), `---\nseverity: "${title}"\n---\n# Postmortem\n`);
      const { log } = await runCli(['--format', 'sarif', '--all', 'pm.md']);
      assert.deepEqual(checkSarif(log), []);
      const messages = ((log.runs as Json[])[0].results as Json[]).map((r) => (r.message as Json).text as string);
      assert.ok(messages.some((m) => m.includes(title)), messages.join('\n'));
    });
  });
});
