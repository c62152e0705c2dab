import assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { findPlaceholders, isDraft, isTemplatePlaceholder, nextPlaceholder } from '../../src/core/rules/template-placeholder';
import { BUILTIN_TEMPLATES, renderTemplate } from '../../src/core/templates';
import { addActionItemInsertion } from '../../src/core/edits/actionItem';
import type { Lang } from '../../src/core/types';

const LANGS: Lang[] = ['en', 'ko'];
const fresh = (id: string, lang: Lang) =>
  renderTemplate(id, { title: 'Checkout failures', severity: 'SEV-2', start: new Date('2024-03-01T15:30:00Z'), timezone: 'Asia/Seoul', authors: ['alice'], lang });
const placeholders = (md: string) => findPlaceholders(parseDocument(md)).map((p) => p.text);
const ofRule = (md: string, locale: Lang = 'en') => lint(md, { locale }).findings.filter((f) => f.ruleId === 'template-placeholder');

describe('template-placeholder', () => {
  for (const t of BUILTIN_TEMPLATES) {
    for (const lang of LANGS) {
      describe(`a fresh ${t.id} document (${lang})`, () => {
        const text = fresh(t.id, lang);
        const { doc, findings } = lint(text, { locale: lang });

        it('has no warnings or errors: what is left to write is information while it is a draft', () => {
          assert.ok(isDraft(doc));
          assert.deepEqual(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`), []);
        });

        it('reports each section with placeholders once, and the owner placeholder not as a missing owner', () => {
          const own = findings.filter((f) => f.ruleId === 'template-placeholder');
          assert.ok(own.length >= 5, `${own.length} findings`);
          const sections = own.map((f) => doc.sections.filter((s) => s.start <= f.start && f.start < s.end).sort((a, b) => b.depth - a.depth)[0]?.title);
          assert.equal(new Set(sections).size, sections.length, sections.join(' | '));
          // Every section whose prose says TODO has its finding.
          for (const s of doc.sections) {
            const hasTodo = doc.prose.some((p) => p.start >= s.contentStart && p.start < s.end && p.text.includes('TODO') && !s.children.some((c) => p.start >= c.start && p.start < c.end));
            if (hasTodo) assert.ok(sections.includes(s.title), s.title);
          }
          assert.deepEqual(findings.filter((f) => f.ruleId === 'action-item-owner'), []);
          assert.ok(placeholders(text).includes(lang === 'ko' ? '@이름' : '@name'));
        });

        it('turns into warnings once the status is no longer draft', () => {
          const done = lint(text.replace('status: draft', 'status: final')).findings.filter((f) => f.ruleId === 'template-placeholder');
          assert.ok(done.length > 0 && done.every((f) => f.severity === 'warning'));
        });
      });
    }
  }

  it('finds TODO, placeholder handles, written-out formats, <…> and {{…}} blanks in prose', () => {
    const md = [
      '## Impact', '', 'TODO: fill in. Started YYYY-MM-DD at HH:MM; owner @name or @이름, ticket {{ticket}}.', '',
      '- Service: <service name>', '- 담당: <이름>', '- <describe the change>', '',
      '| What | Owner |', '| --- | --- |', '| Add an alert | <owner> |', '',
    ].join('\n');
    assert.deepEqual(placeholders(md), ['TODO', 'YYYY-MM-DD', 'HH:MM', '@name', '@이름', '{{ticket}}', '<service name>', '<이름>', '<describe the change>', '<owner>']);
  });

  it('leaves real text alone: words containing TODO, markup, code, comments, e-mail, types and times', () => {
    const md = [
      '## Impact', '',
      'The TODOs list and todo app stayed up; <b>bold</b>, <br> and <details open> are markup, mail ops@name.com, `TODO` in code,',
      'Optional<Foo> is a type, @namespace and @nameless are handles, 14:05 is a time, 2024-03-01 a date.', '',
      'Say "changed <this file> on <this server>", not "tweaked it". **\\<END OF OUTAGE>** marks the end.', '',
      '### 2) TODO Configuration management', '',
      '<!-- TODO: guidance in a comment -->', '', '```', 'TODO in a code block', '```', '',
    ].join('\n');
    assert.deepEqual(placeholders(md), []);
  });

  it('reports once per section, at the first placeholder, in English and Korean', () => {
    const md = '---\nstatus: draft\n---\n\n## Impact\n\nTODO one.\n\nTODO two.\n\n## Timeline\n\n- HH:MM — TODO\n';
    const en = ofRule(md);
    assert.equal(en.length, 2);
    assert.equal(en[0].severity, 'info');
    assert.equal(md.slice(en[0].start, en[0].end), 'TODO');
    assert.match(en[0].message, /"Impact" still has 2 template placeholders \(TODO\)/);
    assert.match(en[1].message, /"Timeline" still has 2 template placeholders \(HH:MM, TODO\)/);
    const ko = ofRule(md, 'ko');
    assert.match(ko[0].message, /"Impact" 절에 채우지 않은 템플릿 자리표시자가 2개 남아 있습니다/);
  });

  it('reads draft from status in either language, and never raises a level the configuration lowered', () => {
    for (const status of ['draft', 'Draft', 'WIP', '초안', '작성 중']) assert.ok(isDraft(parseDocument(`---\nstatus: ${status}\n---\n`)), status);
    for (const status of ['final', 'published', '완료']) assert.ok(!isDraft(parseDocument(`---\nstatus: ${status}\n---\n`)), status);
    assert.ok(!isDraft(parseDocument('# No front matter\n')));
    const md = '## Impact\n\nTODO\n';
    assert.equal(ofRule(md)[0].severity, 'warning');
    const level = (text: string, rules: Record<string, string>) => lint(text, { config: resolveConfig({ rules }).config }).findings.find((f) => f.ruleId === 'template-placeholder')?.severity;
    assert.equal(level(md, { 'template-placeholder': 'error' }), 'error');
    assert.equal(level(`---\nstatus: draft\n---\n${md}`, { 'template-placeholder': 'error' }), 'info');
    assert.equal(level(md, { 'template-placeholder': 'info' }), 'info');
    assert.equal(level(md, { 'template-placeholder': 'off' }), undefined);
  });

  it('says which whole values are template placeholders (for action-item-owner)', () => {
    for (const v of ['TODO', '@name', '@이름', ' @owner ', '<owner>', '<이름>', '{{owner}}', 'YYYY-MM-DD']) assert.ok(isTemplatePlaceholder(v), v);
    for (const v of ['TBD', '미정', '@alice', 'name', 'TODO later', '', '@names']) assert.ok(!isTemplatePlaceholder(v), v);
    // A real missing owner is still action-item-owner's.
    const md = '## Action Items\n\n| Action | Owner |\n| --- | --- |\n| Add a canary stage | TBD |\n| Add an alert | @name |\n';
    const owner = lint(md).findings.filter((f) => f.ruleId === 'action-item-owner');
    assert.deepEqual(owner.map((f) => md.slice(f.start, f.end)), ['TBD']);
  });

  it('selects the next placeholder from the cursor or the selected one, wrapping around', () => {
    const list = [{ start: 10, end: 14, text: 'TODO' }, { start: 30, end: 35, text: '@name' }];
    assert.equal(nextPlaceholder(list, 0, 0)?.start, 10);
    assert.equal(nextPlaceholder(list, 12, 12)?.start, 10);
    assert.equal(nextPlaceholder(list, 10, 14)?.start, 30);
    assert.equal(nextPlaceholder(list, 30, 35)?.start, 10);
    assert.equal(nextPlaceholder(list, 40, 40)?.start, 10);
    assert.equal(nextPlaceholder([], 0, 0), undefined);
  });
});

describe('Add Action Item as a snippet', () => {
  /** The text a snippet inserts when every tab stop keeps its default (choices: the first). */
  const expand = (snippet: string) =>
    snippet
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .replace(/\\([\\$}])/g, '$1');

  it('walks description, owner, type and due in a table; left as is, the owner is a placeholder, not a missing owner', () => {
    const md = '# P\n\n## Action Items\n\n| Action | Type | Owner | Due |\n| --- | --- | --- | --- |\n| Add a canary | prevent | @alice | 2024-05-01 |\n';
    const ins = addActionItemInsertion(parseDocument(md));
    assert.equal(ins.snippet, '\n| $1 | ${3|prevent,mitigate,detect,process|} | ${2:@name} | ${4:YYYY-MM-DD} |$0');
    const out = md.slice(0, ins.edits[0].start) + expand(ins.snippet) + md.slice(ins.edits[0].end);
    assert.ok(out.endsWith('|  | prevent | @name | YYYY-MM-DD |\n'), out);
    const found = lint(out).findings;
    assert.ok(!found.some((f) => f.ruleId === 'action-item-owner'));
    assert.ok(found.some((f) => f.ruleId === 'template-placeholder'));
  });

  it('adds owner and type to a Korean checklist item, and escapes the literal text', () => {
    const md = '# 장애 보고서\n\n## 재발 방지 대책\n\n- [ ] 설정 검증 (담당: 김민수)\n';
    const ins = addActionItemInsertion(parseDocument(md));
    assert.equal(ins.snippet, '\n- [ ] $1 (담당: ${2:@이름}) [${3|prevent,mitigate,detect,process|}]');
    const withDollar = addActionItemInsertion(parseDocument('# P\n\n## Action Items\n\n| Cost $ | Owner |\n| --- | --- |\n| x | @a |\n'));
    assert.ok(!/(^|[^\\])\$(?![0-9{])/.test(withDollar.snippet), withDollar.snippet);
  });
});
