import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { SECTION_KINDS } from '../../src/core/model/sections';
import {
  BUILTIN_TEMPLATES,
  SEVERITIES,
  SLUG_MAX,
  incidentFileName,
  isValidSeverity,
  normalizeTimeZone,
  parseCustomTemplate,
  renderCustomTemplate,
  renderTemplate,
  requiredSectionsFor,
  slugify,
  snippetFileText,
  snippetSpecs,
  snippetTable,
  summaryCursor,
  summaryPlaceholder,
  type TemplateVars,
} from '../../src/core/templates';
import { SKELETON_DEFAULTS, SKELETON_SEVERITIES, escapeSnippetText } from '../../src/core/templates/snippets';
import { assertGrowth } from './growth-check';
import type { Lang } from '../../src/core/types';

const root = resolve(__dirname, '../..');
const LANGS: Lang[] = ['en', 'ko'];
const IDS = ['google-sre', 'lightweight', 'ko-incident-report'];
// 2024-03-01 15:30 UTC is already 2024-03-02 00:30 in Seoul: the date depends on the zone.
const NEAR_MIDNIGHT = new Date('2024-03-01T15:30:00Z');

function vars(over: Partial<TemplateVars> = {}): TemplateVars {
  return { title: 'Checkout failures', severity: 'SEV-2', start: NEAR_MIDNIGHT, timezone: 'Asia/Seoul', authors: ['alice', '김민지'], lang: 'en', ...over };
}

function headings(text: string): string[] {
  return parseDocument(text).sections.map((s) => `${'#'.repeat(s.depth)} ${s.title}`);
}

// ---- A small reader of VS Code snippet syntax, strict where VS Code is lenient (an unescaped
// `$` or `}` in text is an error here), so that bodies mean exactly what they look like.

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

const VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER',
  'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

function parseSnippet(body: string): SnippetNode[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 20), i + 20))}`);
  };
  const readInt = () => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) fail('expected a number');
    i += m![0].length;
    return Number(m![0]);
  };
  const readName = () => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(i));
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  const nodes = (inside: boolean): SnippetNode[] => {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const n = body[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          i += 2;
        } else {
          text += c;
          i++;
        }
      } else if (c === '}') {
        if (!inside) fail('unescaped }');
        break;
      } else if (c === '$') {
        flush();
        i++;
        if (/\d/.test(body[i] ?? '')) out.push({ kind: 'tabstop', index: readInt() });
        else if (/[_a-zA-Z]/.test(body[i] ?? '')) out.push({ kind: 'variable', name: readName() });
        else if (body[i] === '{') {
          i++;
          if (/\d/.test(body[i] ?? '')) {
            const index = readInt();
            if (body[i] === '}') {
              i++;
              out.push({ kind: 'tabstop', index });
            } else if (body[i] === ':') {
              i++;
              const children = nodes(true);
              if (body[i] !== '}') fail('unclosed placeholder');
              i++;
              out.push({ kind: 'tabstop', index, children });
            } else if (body[i] === '|') {
              i++;
              const options: string[] = [];
              let opt = '';
              for (;;) {
                if (i >= body.length) fail('unclosed choice');
                const d = body[i];
                if (d === '\\' && /[$}\\,|]/.test(body[i + 1] ?? '')) {
                  opt += body[i + 1];
                  i += 2;
                } else if (d === ',') {
                  options.push(opt);
                  opt = '';
                  i++;
                } else if (d === '|' && body[i + 1] === '}') {
                  options.push(opt);
                  i += 2;
                  break;
                } else {
                  opt += d;
                  i++;
                }
              }
              out.push({ kind: 'choice', index, options });
            } else fail('expected }, : or | after a tab stop number');
          } else {
            const name = readName();
            if (body[i] === '}') {
              i++;
              out.push({ kind: 'variable', name });
            } else if (body[i] === ':') {
              i++;
              const children = nodes(true);
              if (body[i] !== '}') fail('unclosed variable default');
              i++;
              out.push({ kind: 'variable', name, children });
            } else fail('expected } or : after a variable name');
          }
        } else fail('unescaped $');
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const result = nodes(false);
  if (i !== body.length) fail('trailing input');
  return result;
}

function visit(nodes: SnippetNode[], f: (n: SnippetNode) => void): void {
  for (const n of nodes) {
    f(n);
    if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) visit(n.children, f);
  }
}

/** Checks what VS Code would accept silently but a person would not mean. Returns problems. */
function snippetProblems(body: string): string[] {
  let tree: SnippetNode[];
  try {
    tree = parseSnippet(body);
  } catch (e) {
    return [(e as Error).message];
  }
  const problems: string[] = [];
  const defs = new Map<number, number>();
  const seen = new Set<number>();
  let finals = 0;
  visit(tree, (n) => {
    if (n.kind === 'variable' && !VARIABLES.has(n.name)) problems.push(`unknown variable ${n.name}`);
    if (n.kind === 'choice' && (n.options.length < 2 || n.options.some((o) => o === ''))) problems.push(`choice ${n.index} needs two or more non-empty options`);
    if (n.kind === 'tabstop' || n.kind === 'choice') {
      seen.add(n.index);
      if (n.index === 0) finals++;
      if (n.kind === 'choice' || n.children) defs.set(n.index, (defs.get(n.index) ?? 0) + 1);
    }
  });
  if (finals > 1) problems.push('more than one $0');
  for (const [index, count] of defs) if (count > 1) problems.push(`tab stop ${index} is defined ${count} times (later ones should be mirrors)`);
  const numbered = [...seen].filter((n) => n > 0).sort((a, b) => a - b);
  numbered.forEach((n, k) => {
    if (n !== k + 1) problems.push(`tab stops are not numbered 1..${numbered.length}: ${numbered.join(',')}`);
  });
  return [...new Set(problems)];
}

/** Expands a snippet the way VS Code does when the user accepts every default (first choice). */
function expandSnippet(body: string, env: Record<string, string>): string {
  const tree = parseSnippet(body);
  const values = new Map<number, string>();
  const render = (nodes: SnippetNode[]): string =>
    nodes
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            return n.options[0];
          case 'variable':
            return env[n.name] ?? (n.children ? render(n.children) : '');
          case 'tabstop':
            return n.children ? render(n.children) : values.get(n.index) ?? '';
        }
      })
      .join('');
  visit(tree, (n) => {
    if (n.kind === 'choice') values.set(n.index, n.options[0]);
    if (n.kind === 'tabstop' && n.children && !values.has(n.index)) values.set(n.index, render(n.children));
  });
  return render(tree);
}

// 2024-03-02 00:30:00 in a +09:00 editor: the same instant as NEAR_MIDNIGHT.
const SNIPPET_ENV: Record<string, string> = {
  CURRENT_YEAR: '2024', CURRENT_MONTH: '03', CURRENT_DATE: '02', CURRENT_HOUR: '00', CURRENT_MINUTE: '30', CURRENT_SECOND: '00',
  CURRENT_TIMEZONE_OFFSET: '+09:00',
};

describe('templates', () => {
  describe('BUILTIN_TEMPLATES', () => {
    it('lists google-sre, lightweight and ko-incident-report, each in English and Korean', () => {
      assert.deepEqual(BUILTIN_TEMPLATES.map((t) => t.id), IDS);
      for (const t of BUILTIN_TEMPLATES) {
        assert.equal(t.source, 'builtin');
        assert.deepEqual([...t.languages].sort(), ['en', 'ko']);
        assert.ok(t.label && t.description, t.id);
        assert.match(t.labelKo ?? '', /[가-힣]/, t.id);
        assert.match(t.descriptionKo ?? '', /[가-힣]/, t.id);
      }
    });
  });

  describe('renderTemplate', () => {
    for (const id of IDS) {
      for (const lang of LANGS) {
        describe(`${id} (${lang})`, () => {
          const text = renderTemplate(id, vars({ lang }));
          const result = lint(text);
          const doc = result.doc;

          it('has front matter that parses, with every field', () => {
            assert.ok(doc.frontMatter, 'front matter found');
            assert.deepEqual(doc.frontMatter.errors, []);
            assert.deepEqual(doc.meta, {
              title: 'Checkout failures',
              date: '2024-03-02',
              start: '2024-03-02T00:30:00+09:00',
              severity: 'SEV-2',
              status: 'draft',
              authors: ['alice', '김민지'],
              template: id,
              type: 'postmortem',
              timezone: 'Asia/Seoul',
              lang,
            });
            assert.equal(doc.language, lang);
          });

          it('lints with no required-sections finding', () => {
            assert.deepEqual(result.findings.filter((f) => f.ruleId === 'required-sections'), []);
          });

          it('has every section requiredSectionsFor() asks for', () => {
            for (const alternatives of requiredSectionsFor(id)) {
              assert.ok(alternatives.some((k) => doc.sectionsOf(k).length > 0), `${alternatives.join('|')} missing in\n${headings(text).join('\n')}`);
            }
          });

          it('draws no blame, hindsight, timeline, 5-whys or front matter findings', () => {
            const quiet = ['blameful-language', 'counterfactual-language', 'front-matter', 'timeline-timestamp', 'timeline-order', 'timeline-timezone', 'five-whys-root-cause', 'suppression-comment'];
            assert.deepEqual(result.findings.filter((f) => quiet.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), []);
          });

          it('keeps guidance in HTML comments, out of the prose', () => {
            const prose = doc.prose.map((p) => p.text).join('\n');
            assert.doesNotMatch(prose, /blame|비난/i);
            assert.match(text, lang === 'ko' ? /<!--[^]*비난 없는\(blameless\)[^]*-->/ : /<!--[^]*Blameless postmortem[^]*-->/);
            // Every paragraph the author must fill in says so.
            for (const p of doc.prose.filter((b) => b.kind === 'paragraph')) {
              assert.match(p.text, /TODO|^All times |^모든 시각은 /, p.text);
            }
          });

          it('has a title heading, a timeline note naming the zone and a first entry at the start time', () => {
            const h1 = lang === 'ko' ? (id === 'ko-incident-report' ? '장애 보고서' : '포스트모템') : id === 'ko-incident-report' ? 'Incident report' : 'Postmortem';
            assert.equal(headings(text)[0], `# ${h1}: Checkout failures`);
            const timeline = doc.sectionsOf('timeline')[0];
            const body = text.slice(timeline.contentStart, timeline.end);
            assert.match(body, lang === 'ko' ? /모든 시각은 UTC\+09:00 \(Asia\/Seoul\) 기준입니다\./ : /All times UTC\+09:00 \(Asia\/Seoul\)\./);
            assert.match(body, /^- 00:30 — TODO/m);
          });

          it('puts the cursor on the summary placeholder', () => {
            const at = summaryCursor(text);
            const summary = doc.sectionsOf('summary')[0];
            assert.ok(at > summary.contentStart && at < summary.end);
            assert.ok(text.slice(at).startsWith('TODO: '), text.slice(at, at + 40));
            const range = summaryPlaceholder(text)!;
            assert.equal(range.start, at);
            assert.match(text.slice(range.start, range.end), /^TODO: [^\n]+$/);
          });
        });
      }
    }

    it('lints quietly in any zone: the timeline note and first entry parse as one zone', () => {
      const quiet = new Set(['blameful-language', 'counterfactual-language', 'front-matter', 'timeline-timestamp', 'timeline-order', 'timeline-timezone', 'five-whys-root-cause', 'required-sections']);
      for (const timezone of ['UTC', 'UTC+09:00', 'UTC-03:30', 'America/New_York', 'Asia/Kolkata']) {
        for (const id of IDS) {
          for (const lang of LANGS) {
            const found = lint(renderTemplate(id, vars({ timezone, lang }))).findings.filter((f) => quiet.has(f.ruleId));
            assert.deepEqual(found.map((f) => `${f.ruleId}: ${f.message}`), [], `${timezone} ${id} ${lang}`);
          }
        }
      }
    });

    it('uses the Korean headings of the Google SRE template', () => {
      assert.deepEqual(headings(renderTemplate('google-sre', vars({ lang: 'ko' }))).slice(1), [
        '## 개요', '## 영향', '## 근본 원인', '## 트리거', '## 해결', '## 탐지', '## 후속 조치', '## 교훈',
        '### 잘된 일', '### 잘 안 된 일', '### 운이 좋았던 일', '## 타임라인', '## 참고 자료',
      ]);
      assert.deepEqual(headings(renderTemplate('google-sre', vars())).slice(1), [
        '## Summary', '## Impact', '## Root Causes', '## Trigger', '## Resolution', '## Detection', '## Action Items', '## Lessons Learned',
        '### What went well', '### What went wrong', '### Where we got lucky', '## Timeline', '## Supporting information',
      ]);
    });

    it('gives Google SRE action items a Type/Owner/Bug table with a known type', () => {
      for (const lang of LANGS) {
        const text = renderTemplate('google-sre', vars({ lang }));
        assert.match(text, lang === 'ko' ? /^\| 조치 항목 \| 유형 \| 담당자 \| 버그 \|$/m : /^\| Action Item \| Type \| Owner \| Bug \|$/m);
        assert.match(text, /^\| TODO[^|]*\| (?:prevent|mitigate|detect|process) \| @\S+ \| TODO \|$/m);
      }
    });

    it('starts the lightweight 5 whys from the customer and lists owned checklist items', () => {
      const en = renderTemplate('lightweight', vars());
      assert.deepEqual(headings(en).slice(1), ['## Overview', '## Timeline', '## Immediate Action', '## Root Cause Analysis', '## Discussion', '## Preventative Measures', '## Monitoring']);
      assert.match(en, /^- What did affected users experience\? TODO\n {2}- Why\? TODO\n/m);
      assert.match(en, /^- \[ \] TODO: .*\(owner: @name\)$/m);
      const ko = renderTemplate('lightweight', vars({ lang: 'ko' }));
      assert.deepEqual(headings(ko).slice(1), ['## 개요', '## 타임라인', '## 즉각 조치', '## 근본 원인 분석', '## 논의', '## 재발 방지 대책', '## 모니터링']);
      assert.match(ko, /^- 고객은 어떤 영향을 받았나요\? TODO\n {2}- 왜\? TODO\n/m);
      assert.match(ko, /^- \[ \] TODO: .*\(담당: @이름\)$/m);
      for (const text of [en, ko]) {
        const doc = parseDocument(text);
        assert.equal(doc.sectionsOf('five-whys').length, 1);
        assert.match(text, /^ {8}- (?:Why|왜)\? TODO \((?:root cause|근본 원인)\)$/m);
      }
    });

    it('splits the incident report measures into short and mid/long term tables', () => {
      const ko = renderTemplate('ko-incident-report', vars({ lang: 'ko' }));
      assert.deepEqual(headings(ko).slice(1), [
        '## 개요', '## 영향', '## 타임라인', '## 근본 원인 분석(5 Whys)', '## 재발 방지 대책', '### 단기', '### 중장기', '## 교훈',
        '### 잘된 일', '### 잘 안 된 일', '### 운이 좋았던 일',
      ]);
      assert.equal(ko.match(/^\| 대책 \| 유형 \| 담당자 \| 기한 \| 상태 \|$/gm)?.length, 2);
      assert.match(ko, /고객 관점에서 시작/);
      assert.match(ko, /검증 가능한 사실/);
      assert.match(ko, /5는 상징적/);
      const doc = parseDocument(ko);
      const measures = doc.sectionsOf('action-items')[0];
      assert.deepEqual(measures.children.map((c) => c.title), ['단기', '중장기']);
      const en = renderTemplate('ko-incident-report', vars());
      assert.deepEqual(headings(en).slice(1, 7), ['## Overview', '## Impact', '## Timeline', '## Root Cause Analysis (5 Whys)', '## Preventive Measures', '### Short term']);
      assert.equal(en.match(/^\| Measure \| Type \| Owner \| Due \| Status \|$/gm)?.length, 2);
    });

    it('dates the document in the given zone: near midnight, Seoul is a day ahead of UTC', () => {
      for (const [timezone, date, start, note] of [
        ['Asia/Seoul', '2024-03-02', '2024-03-02T00:30:00+09:00', 'UTC+09:00 (Asia/Seoul)'],
        ['UTC', '2024-03-01', '2024-03-01T15:30:00+00:00', 'UTC'],
        [undefined, '2024-03-01', '2024-03-01T15:30:00+00:00', 'UTC'],
        ['KST', '2024-03-02', '2024-03-02T00:30:00+09:00', 'UTC+09:00 (Asia/Seoul)'],
        ['+09:00', '2024-03-02', '2024-03-02T00:30:00+09:00', 'UTC+09:00'],
        ['America/Los_Angeles', '2024-03-01', '2024-03-01T07:30:00-08:00', 'UTC-08:00 (America/Los_Angeles)'],
        ['Asia/Kolkata', '2024-03-01', '2024-03-01T21:00:00+05:30', 'UTC+05:30 (Asia/Kolkata)'],
      ] as const) {
        for (const lang of LANGS) {
          const text = renderTemplate('lightweight', vars({ timezone, lang }));
          const doc = parseDocument(text);
          assert.equal(doc.meta.date, date, `${timezone}`);
          assert.equal(doc.meta.start, start, `${timezone}`);
          assert.equal(Date.parse(String(doc.meta.start)), NEAR_MIDNIGHT.getTime());
          assert.ok(text.includes(note), `${timezone}: ${note}`);
          const file = incidentFileName(NEAR_MIDNIGHT, 'Checkout failures', { timezone });
          assert.equal(file, `${doc.meta.date}-checkout-failures.md`);
        }
      }
    });

    it('follows daylight saving time for the offset', () => {
      const summer = renderTemplate('google-sre', vars({ start: new Date('2024-07-01T12:00:00Z'), timezone: 'America/New_York' }));
      assert.match(summer, /^start: 2024-07-01T08:00:00-04:00$/m);
      const winter = renderTemplate('google-sre', vars({ start: new Date('2024-01-01T12:00:00Z'), timezone: 'America/New_York' }));
      assert.match(winter, /^start: 2024-01-01T07:00:00-05:00$/m);
    });

    it('keeps any title, severity and author intact in valid YAML', () => {
      const title = 'DB: "primary" failover — yes #1 \\ @ops - [sev]';
      const text = renderTemplate('google-sre', vars({ title, severity: 'P1', authors: ['@ops-team', 'kim, minji', ' '] }));
      const doc = parseDocument(text);
      assert.deepEqual(doc.frontMatter?.errors, []);
      assert.equal(doc.meta.title, title);
      assert.equal(doc.meta.severity, 'P1');
      assert.deepEqual(doc.meta.authors, ['@ops-team', 'kim, minji']);
      for (const t of ['yes', 'null', '2024-01-01', '- x', ': y', '{a: b}', '*alias', '!tag', '%x', "'quoted'", '12']) {
        assert.equal(parseDocument(renderTemplate('lightweight', vars({ title: t }))).meta.title, t, t);
      }
    });

    it('keeps titles on one line and a trailing # in the heading', () => {
      const text = renderTemplate('lightweight', vars({ title: 'Line one\nline two\r\n# not a heading\u0000', lang: 'ko' }));
      const doc = parseDocument(text);
      assert.equal(doc.meta.title, 'Line one line two # not a heading');
      assert.equal(doc.sections[0].title, '포스트모템: Line one line two # not a heading');
      assert.equal(parseDocument(renderTemplate('google-sre', vars({ title: 'Issue #' }))).sections[0].title, 'Postmortem: Issue #');
    });

    it('never throws on bad input', () => {
      const bad = [
        vars({ timezone: 'Mars/Olympus_Mons' }),
        vars({ timezone: '+25:00' }),
        vars({ start: new Date('not a date') }),
        vars({ title: '' }),
        vars({ title: '   ', lang: 'ko' }),
        vars({ authors: [] }),
        vars({ severity: '' }),
        { lang: 'fr' } as unknown as TemplateVars,
        undefined as unknown as TemplateVars,
      ];
      for (const v of bad) {
        for (const id of [...IDS, 'no-such-template', '']) {
          const text = renderTemplate(id, v);
          const doc = parseDocument(text);
          assert.deepEqual(doc.frontMatter?.errors, []);
          assert.match(String(doc.meta.date), /^\d{4}-\d{2}-\d{2}$/);
          assert.ok(doc.sectionsOf('summary').length === 1);
        }
      }
      assert.equal(parseDocument(renderTemplate('x', vars({ timezone: 'Mars/Olympus_Mons' }))).meta.timezone, 'UTC');
      assert.equal(parseDocument(renderTemplate('x', vars({ title: '' }))).meta.title, 'Untitled incident');
      assert.equal(parseDocument(renderTemplate('x', vars({ title: '', lang: 'ko' }))).meta.title, '제목 없는 장애');
      assert.equal(parseDocument(renderTemplate('no-such-template', vars())).meta.template, 'google-sre');
    });
  });

  describe('normalizeTimeZone', () => {
    it('accepts IANA names, UTC spellings, offsets and KST; rejects the rest', () => {
      assert.equal(normalizeTimeZone('asia/seoul'), 'Asia/Seoul');
      assert.equal(normalizeTimeZone('KST'), 'Asia/Seoul');
      for (const u of ['', undefined, 'UTC', 'utc', 'Z', 'GMT', 'Etc/UTC', '+00:00', 'UTC+0']) assert.equal(normalizeTimeZone(u), 'UTC', String(u));
      assert.equal(normalizeTimeZone('UTC+9'), 'UTC+09:00');
      assert.equal(normalizeTimeZone('-03:30'), 'UTC-03:30');
      for (const bad of ['Mars/Base', '+15:00', '+09:75', 'x'.repeat(500), 'Asia/Seoul; rm -rf']) assert.equal(normalizeTimeZone(bad), undefined, bad);
    });
  });

  describe('slugify', () => {
    const cases: [string, string][] = [
      ['Checkout failures after deploy', 'checkout-failures-after-deploy'],
      ['  Shakespeare Search: 66-minute outage!! ', 'shakespeare-search-66-minute-outage'],
      ["Bob's deploy broke the API (v2)", 'bobs-deploy-broke-the-api-v2'],
      ['결제 서비스 장애', '결제-서비스-장애'],
      ['[긴급] 결제(PG) 연동 장애 — 2차', '긴급-결제-pg-연동-장애-2차'],
      ['Redis 클러스터 failover 지연', 'redis-클러스터-failover-지연'],
      ['🔥 DB down 🔥', 'db-down'],
      ['❤️ 로그인 오류 👩‍💻', '로그인-오류'],
      ['Café résumé naïve', 'cafe-resume-naive'],
      ['ＡＰＩ　게이트웨이', 'api-게이트웨이'],
      ['api/v2_users.list', 'api-v2-users-list'],
      ['ㅋㅋ 테스트', 'ㅋㅋ-테스트'],
      ['', 'incident'],
      ['   ', 'incident'],
      ['!!! ??? 🔥🔥', 'incident'],
      ['———', 'incident'],
    ];
    for (const [title, slug] of cases) {
      it(`${JSON.stringify(title)} → ${slug}`, () => assert.equal(slugify(title), slug));
    }

    it('keeps Hangul in NFC even when the title arrives decomposed (macOS file names)', () => {
      const nfd = '결제 장애'.normalize('NFD');
      assert.notEqual(nfd, '결제 장애');
      assert.equal(slugify(nfd), '결제-장애');
      assert.equal(slugify(nfd), slugify(nfd).normalize('NFC'));
    });

    it('cuts long titles at a word boundary, at most SLUG_MAX characters', () => {
      const en = slugify('Elevated error rates in the checkout service caused by connection pool exhaustion after a configuration change');
      assert.ok(en.length <= SLUG_MAX, en);
      assert.equal(en, 'elevated-error-rates-in-the-checkout-service-caused-by');
      const ko = slugify('주문 서비스의 데이터베이스 커넥션 풀이 고갈되어 결제 요청이 실패하고 일부 고객의 주문이 중복으로 생성된 장애에 대한 보고서');
      assert.ok(Array.from(ko).length <= SLUG_MAX, ko);
      assert.ok(!ko.endsWith('-'));
      assert.ok('주문-서비스의-데이터베이스-커넥션-풀이-고갈되어-결제-요청이-실패하고-일부-고객의-주문이-중복으로-생성된'.startsWith(ko), ko);
      const oneWord = slugify('a'.repeat(200));
      assert.equal(oneWord, 'a'.repeat(SLUG_MAX));
      // Astral letters are cut whole, never in the middle of a surrogate pair.
      const astral = slugify('𝒜'.repeat(100));
      assert.equal(Array.from(astral).length, SLUG_MAX);
      assert.doesNotMatch(astral, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    });

    it('stays fast on huge, hostile input', () => {
      // slugify reads the first 2000 code units only: the huge inputs (the first loop) cost no more than small ones; under
      // that cap, 4× the input costs at most 10× the CPU time (quadratic would be 16×), a ratio measured in this test, so a
      // busy machine does not fail it (was a wall-clock bound of 1 s on the huge inputs).
      const hostile = (n: number) => ['a-'.repeat(n), '-'.repeat(2 * n), '\u0301'.repeat(2 * n), '가 '.repeat(n), '🔥'.repeat(n)];
      for (const s of hostile(200000)) assert.ok(slugify(s).length <= SLUG_MAX * 2);
      const [small, large] = [hostile(250), hostile(1000)];
      assertGrowth('slugify', () => small.forEach((s) => slugify(s)), () => large.forEach((s) => slugify(s)), { scale: 4, maxRatio: 10 });
    });

    it('never throws on non-strings', () => {
      assert.equal(slugify(undefined as unknown as string), 'incident');
      assert.equal(slugify(42 as unknown as string), 'incident');
    });
  });

  describe('incidentFileName', () => {
    it('is YYYY-MM-DD-<slug>.md with the date in the given zone', () => {
      assert.equal(incidentFileName(NEAR_MIDNIGHT, '결제 서비스 장애', { timezone: 'Asia/Seoul' }), '2024-03-02-결제-서비스-장애.md');
      assert.equal(incidentFileName(NEAR_MIDNIGHT, '결제 서비스 장애', { timezone: 'UTC' }), '2024-03-01-결제-서비스-장애.md');
      assert.equal(incidentFileName(NEAR_MIDNIGHT, 'DB outage'), '2024-03-01-db-outage.md');
      assert.equal(incidentFileName(new Date('2024-03-01T23:59:59Z'), '', { timezone: 'America/Los_Angeles' }), '2024-03-01-incident.md');
      assert.equal(incidentFileName(NEAR_MIDNIGHT, 'x', { timezone: 'Nowhere/Land' }), '2024-03-01-x.md');
      assert.match(incidentFileName(new Date(Number.NaN), 'x'), /^\d{4}-\d{2}-\d{2}-x\.md$/);
    });
  });

  describe('summaryCursor', () => {
    it('finds the placeholder in a custom document, with CRLF and a BOM', () => {
      const text = '\uFEFF---\r\ntitle: x\r\n---\r\n# Postmortem\r\n\r\n## 개요\r\n\r\n<!-- guidance -->\r\n\r\nWrite here.\r\n\r\n## 영향\r\n';
      const at = summaryCursor(text);
      assert.ok(text.slice(at).startsWith('Write here.'));
    });

    it('falls back to the blank line after an empty summary, the first heading, the front matter, or 0', () => {
      const empty = '# P\n\n## Summary\n\n## Impact\n';
      assert.equal(summaryCursor(empty), empty.indexOf('## Summary') + '## Summary\n'.length);
      const tight = '# P\n## Summary\n## Impact\n';
      assert.equal(summaryCursor(tight), tight.indexOf('## Summary') + '## Summary'.length);
      assert.equal(summaryPlaceholder(tight), undefined);
      const noSummary = '# Title\n\nText\n';
      assert.equal(summaryCursor(noSummary), '# Title\n'.length);
      assert.equal(summaryCursor('---\na: 1\n---\nplain text\n'), '---\na: 1\n---\n'.length);
      assert.equal(summaryCursor(''), 0);
      assert.equal(summaryCursor(undefined as unknown as string), 0);
    });
  });

  describe('SEVERITIES and isValidSeverity', () => {
    it('offers SEV-1…SEV-4 with English and Korean labels and descriptions, each valid', () => {
      assert.deepEqual(SEVERITIES.map((s) => s.id), ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
      for (const s of SEVERITIES) {
        assert.ok(s.label.startsWith(s.id) && s.description.length > 10);
        assert.match(s.labelKo, /[가-힣]/);
        assert.match(s.descriptionKo, /[가-힣]/);
        assert.ok(isValidSeverity(s.id));
      }
    });

    it('accepts the usual scales in any case, English and Korean', () => {
      for (const s of ['SEV-1', 'sev-5', 'SEV0', 'Sev 2', 'sev_3', 'P0', 'p4', 'Critical', 'HIGH', 'medium', 'low', 'major', 'minor', '1등급', '5등급', '심각', '높음', '보통', '낮음', ' SEV-2 ']) {
        assert.ok(isValidSeverity(s), s);
      }
    });

    it('rejects what no scale has', () => {
      for (const s of ['', '  ', 'huge', 'SEV-9', 'P7', '6등급', 'sev--1x', 'very bad', '매우 심각함']) assert.ok(!isValidSeverity(s), s);
      assert.ok(!isValidSeverity(undefined as unknown as string));
    });

    it('uses only the configured list when one is given', () => {
      assert.ok(isValidSeverity('Gold', { allowed: ['gold', 'silver'] }));
      assert.ok(!isValidSeverity('SEV-1', { allowed: ['gold', 'silver'] }));
    });
  });

  describe('requiredSectionsFor', () => {
    it('gives the default set for unknown or missing template ids', () => {
      const def = [['summary'], ['impact'], ['timeline'], ['root-causes', 'five-whys'], ['action-items']];
      assert.deepEqual(requiredSectionsFor(undefined), def);
      assert.deepEqual(requiredSectionsFor('my-team'), def);
      assert.deepEqual(requiredSectionsFor(''), def);
    });

    it('gives each built-in template its own set, root causes satisfiable by a 5-whys section', () => {
      for (const id of IDS) {
        const set = requiredSectionsFor(id);
        assert.ok(set.some((alts) => alts.includes('five-whys') && alts.includes('root-causes')), id);
        for (const alts of set) for (const k of alts) assert.ok((SECTION_KINDS as readonly string[]).includes(k), k);
      }
      assert.ok(requiredSectionsFor('google-sre').some((a) => a.includes('trigger')));
      assert.ok(!requiredSectionsFor('lightweight').some((a) => a.includes('impact')));
      assert.deepEqual(requiredSectionsFor(' Google-SRE '), requiredSectionsFor('google-sre'));
    });

    it('returns a copy callers may change', () => {
      requiredSectionsFor('google-sre')[0].push('impact');
      assert.deepEqual(requiredSectionsFor('google-sre')[0], ['summary']);
    });
  });

  describe('custom templates', () => {
    const withMeta = [
      '---',
      'template:',
      '  id: Security Incident',
      '  label: Security incident',
      '  description: For data exposure and access incidents',
      '  languages: [en, ko]',
      'title: {{title}}',
      'date: {{ date }}',
      'severity: "{{severity}}"',
      'authors: {{authors}}',
      'custom: {{unknown}}',
      '---',
      '# Security review: {{title}}',
      '',
      '## Summary',
      '',
      'Reported by {{authors}} at {{time}} ({{timezone}}) on {{date}}; started {{start}}; {{lang}} {{Severity}} {{nope}}',
      '',
    ].join('\n');

    it('reads metadata from `template:` in the front matter', () => {
      const t = parseCustomTemplate('/ws/.postmortem/templates/security.md', withMeta);
      assert.equal(t.id, 'security-incident');
      assert.equal(t.label, 'Security incident');
      assert.equal(t.description, 'For data exposure and access incidents');
      assert.deepEqual(t.languages, ['en', 'ko']);
      assert.equal(t.source, 'custom');
      assert.equal(t.path, '/ws/.postmortem/templates/security.md');
      assert.deepEqual(t.placeholders, ['title', 'date', 'severity', 'authors', 'time', 'timezone', 'start', 'lang']);
      assert.deepEqual(t.problems, []);
    });

    it('renders placeholders as valid YAML in front matter and as text in the body', () => {
      const t = parseCustomTemplate('security.md', withMeta);
      const title = 'Token leak: "staging" #2';
      const text = renderCustomTemplate(t, vars({ title, authors: ['@sec', '이보안'], severity: 'SEV-1' }));
      const doc = parseDocument(text);
      assert.deepEqual(doc.frontMatter?.errors, []);
      assert.equal(doc.meta.title, title);
      assert.equal(doc.meta.date, '2024-03-02');
      assert.equal(doc.meta.severity, 'SEV-1');
      assert.deepEqual(doc.meta.authors, ['@sec', '이보안']);
      assert.equal(doc.meta.template, 'security-incident');
      assert.equal(doc.meta.type, 'postmortem');
      // Unknown placeholders stay as written (quoted in front matter, where `{{x}}` is not a string).
      assert.equal(doc.meta.custom, '{{unknown}}');
      assert.match(text, /^# Security review: Token leak: "staging" #2$/m);
      assert.match(text, /Reported by @sec, 이보안 at 00:30 \(Asia\/Seoul\) on 2024-03-02; started 2024-03-02T00:30:00\+09:00; en SEV-1 \{\{nope\}\}/);
      assert.ok(!/label: Security incident/.test(text), 'template metadata is not copied into documents');
    });

    it('adds the standard front matter to a template without one, and names it after the file', () => {
      const t = parseCustomTemplate('C:\\repo\\.postmortem\\templates\\DB 장애.md', '# {{title}}\n\n## 개요\n\n내용\n');
      assert.equal(t.id, 'db-장애');
      assert.equal(t.label, 'DB 장애');
      assert.deepEqual(t.languages, ['ko']);
      const text = renderCustomTemplate(t, vars({ lang: 'ko', title: '복제 지연' }));
      const doc = parseDocument(text);
      assert.deepEqual(doc.frontMatter?.errors, []);
      assert.equal(doc.meta.template, 'db-장애');
      assert.equal(doc.meta.lang, 'ko');
      assert.equal(doc.sections[0].title, '복제 지연');
      assert.ok(text.slice(summaryCursor(text)).startsWith('내용'));
    });

    it('keeps CRLF line endings and strips a BOM', () => {
      const src = '\uFEFF---\r\ntitle: {{title}}\r\nlang: {{lang}}\r\n---\r\n# {{title}}\r\n';
      const t = parseCustomTemplate('crlf.md', src);
      assert.deepEqual(t.languages, ['en', 'ko']);
      const text = renderCustomTemplate(t, vars());
      assert.equal(text, '---\r\ntitle: "Checkout failures"\r\nlang: en\r\ntemplate: crlf\r\ntype: postmortem\r\n---\r\n# Checkout failures\r\n');
      assert.deepEqual(parseDocument(text).frontMatter?.errors, []);
    });

    it('reports bad metadata without throwing and still renders', () => {
      const t = parseCustomTemplate('broken.md', '---\ntitle: [unclosed\n---\n# {{title}}\n');
      assert.equal(t.id, 'broken');
      assert.ok(t.problems.length > 0);
      assert.match(renderCustomTemplate(t, vars()), /^# Checkout failures$/m);
      for (const junk of ['', '---', '---\n', '{{', '{{title', '}}{{}}', '\u0000\uFFFF', '---\n---\n']) {
        const j = parseCustomTemplate('', junk);
        assert.ok(j.id);
        assert.equal(typeof renderCustomTemplate(j, vars()), 'string');
      }
      assert.equal(typeof renderCustomTemplate(undefined as never, vars()), 'string');
    });

    it('stays fast on a huge template', () => {
      // 4× the template costs at most 10× the time (quadratic would be 16×), a ratio measured in this test, so a busy
      // machine does not fail it (was a wall-clock bound of 2 s on the large template, which is still rendered below).
      const template = (n: number) => `---\ntitle: {{title}}\n${'x: {{'.repeat(n)}\n---\n${'{{title}} {{ unknown_name_that_is_long }} {{'.repeat(n)}`;
      const [small, big] = [template(5000), template(20000)];
      assert.equal(typeof renderCustomTemplate(parseCustomTemplate('big.md', big), vars()), 'string');
      const render = (t: string) => () => renderCustomTemplate(parseCustomTemplate('big.md', t), vars());
      assertGrowth('a custom template', render(small), render(big), { scale: 4, maxRatio: 10 });
    });
  });

  describe('snippets', () => {
    const file = readFileSync(resolve(root, 'snippets/postmortem.code-snippets'), 'utf8');

    it('are committed exactly as scripts/gen-snippets.ts generates them', () => {
      assert.equal(file, snippetFileText(), 'run: npx tsx scripts/gen-snippets.ts');
    });

    it('are valid JSON with scope, prefix, body and description', () => {
      const json = JSON.parse(file) as Record<string, Record<string, unknown>>;
      assert.ok(Object.keys(json).length >= 20);
      for (const [name, s] of Object.entries(json)) {
        assert.equal(s.scope, 'markdown', name);
        assert.equal(typeof s.prefix, 'string', name);
        assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), name);
        assert.ok(typeof s.description === 'string' && s.description.length > 5, name);
      }
    });

    it('have unique prefixes: pm-… in English, 장애-… in Korean', () => {
      const specs = snippetSpecs();
      assert.equal(new Set(specs.map((s) => s.prefix)).size, specs.length);
      for (const s of specs) {
        if (s.lang === 'en') assert.match(s.prefix, /^pm-[a-z0-9-]+$/);
        else assert.match(s.prefix, /^장애-[가-힣a-z0-9-]+$/);
      }
      for (const lang of LANGS) {
        const mine = specs.filter((s) => s.lang === lang).map((s) => s.body);
        assert.ok(mine.some((b) => b.includes('${CURRENT_HOUR}:${CURRENT_MINUTE}') && b.startsWith('- ')), 'timeline entry');
        assert.ok(mine.some((b) => b.startsWith('| ') && b.includes('${2|prevent,mitigate,detect,process|}')), 'action row');
        assert.ok(mine.some((b) => /^- \[ \] .*\((?:owner|담당): \$\{2:@/.test(b)), 'checklist item with an owner tab stop');
        assert.ok(mine.some((b) => /\$\{6\|\((?:root cause|근본 원인)\),/.test(b)), '5 whys with a root-cause marker choice');
        assert.ok(mine.some((b) => /(?:Where we got lucky|운이 좋았던 일)/.test(b) && !b.startsWith('---')), 'lessons learned');
      }
      assert.ok(specs.some((s) => s.lang === 'ko' && s.body.startsWith('- 고객은 어떤 영향을 받았나요?')));
      assert.ok(specs.some((s) => s.lang === 'en' && s.body.startsWith('- What did affected users experience?')));
    });

    it('have well-formed bodies: balanced, escaped, known variables, tab stops 1..n, one $0', () => {
      for (const s of snippetSpecs()) assert.deepEqual(snippetProblems(s.body), [], s.name);
    });

    it('the checker itself catches broken bodies', () => {
      assert.notDeepEqual(snippetProblems('${1:unclosed'), []);
      assert.notDeepEqual(snippetProblems('costs $5'), []);
      assert.notDeepEqual(snippetProblems('a } b'), []);
      assert.notDeepEqual(snippetProblems('${1:a} ${3:b}'), []);
      assert.notDeepEqual(snippetProblems('$0 and $0'), []);
      assert.notDeepEqual(snippetProblems('${NOT_A_VARIABLE}'), []);
      assert.notDeepEqual(snippetProblems('${1|only|}'), []);
      assert.notDeepEqual(snippetProblems('${1:a} ${1:b}'), []);
      assert.deepEqual(snippetProblems('\\$5 \\} ${1:a ${2:b}} $1 ${CURRENT_YEAR} $0'), []);
      assert.equal(expandSnippet(escapeSnippetText('a $b } \\c'), {}), 'a $b } \\c');
    });

    it('include one skeleton per built-in template and language, equal to the rendered template', () => {
      const skeletons = snippetSpecs().filter((s) => s.template);
      assert.deepEqual(skeletons.map((s) => `${s.template}/${s.lang}`).sort(), IDS.flatMap((id) => LANGS.map((l) => `${id}/${l}`)).sort());
      for (const s of skeletons) {
        const expanded = expandSnippet(s.body, SNIPPET_ENV);
        const expected = renderTemplate(s.template!, {
          title: SKELETON_DEFAULTS[s.lang].title,
          severity: SKELETON_SEVERITIES[0],
          start: NEAR_MIDNIGHT,
          timezone: 'UTC+09:00',
          authors: [SKELETON_DEFAULTS[s.lang].author],
          lang: s.lang,
        });
        assert.equal(expanded, expected, s.name);
        assert.deepEqual(lint(expanded).findings.filter((f) => f.ruleId === 'required-sections'), [], s.name);
        // The final cursor lands on the summary placeholder, like the New Incident command's.
        const marked = expandSnippet(s.body.replace('$0', '\\$CURSOR\\$'), SNIPPET_ENV);
        assert.equal(marked.indexOf('$CURSOR$'), summaryCursor(expected), s.name);
      }
    });

    it('are listed in snippets/README.md (generated table)', () => {
      const readme = readFileSync(resolve(root, 'snippets/README.md'), 'utf8');
      assert.ok(readme.includes(`\n${snippetTable()}\n`), 'run: npx tsx scripts/gen-snippets.ts');
      for (const s of snippetSpecs()) assert.ok(readme.includes(`\`${s.prefix}\``), s.prefix);
    });

    it('are contributed for Markdown in package.json', () => {
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { contributes?: { snippets?: { language: string; path: string }[] } };
      assert.deepEqual(pkg.contributes?.snippets, [{ language: 'markdown', path: './snippets/postmortem.code-snippets' }]);
    });
  });
});
