// Sections by meaning (issue 7): headings that say the same thing in other words, with numbering,
// emoji or trailing remarks; overview-table field rows; one required-sections finding per document
// with one sound fix (never inside an unclosed fence, comment, table or front matter; a second fix is a no-op).
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { parseDocument } from '../../src/core/model/document';
import { classifyHeading, headingHead } from '../../src/core/model/sections';
import { presentSectionKinds } from '../../src/core/requirements';
import { defaultConfig } from '../../src/core/config';

const rs = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'required-sections');

describe('sections by meaning', () => {
  const cases: [string, string | undefined][] = [
    ['Why it broke', 'root-causes'],
    ['Who was affected', 'impact'],
    ['Customer impact and data loss', 'impact'],
    ['How users were affected', 'impact'],
    ['What we will change', 'action-items'],
    ['Preventing a recurrence', 'action-items'],
    ['Hardening work', 'action-items'],
    ['Next steps', 'action-items'],
    ['Remediation', 'action-items'],
    ['Follow-ups', 'action-items'],
    ['Corrective actions', 'action-items'],
    ['## 1. Summary', 'summary'],
    ['II. Impact', 'impact'],
    ['🔥 Impact', 'impact'],
    ['3) Timeline — all times UTC', 'timeline'],
    ['Root cause (preliminary)', 'root-causes'],
    ['Root cause: a stale DNS record', 'root-causes'],
    ['파급 효과', 'impact'],
    ['세 줄 요약', 'summary'],
    ['원인 파악', 'root-causes'],
    ['원인 분석', 'five-whys'],
    ['영향 범위', 'impact'],
    ['장애 내용', 'summary'],
    ['재발 방지를 위한 작업', 'action-items'],
    ['앞으로의 개선', 'action-items'],
    ['후속 과제', 'action-items'],
    ['① 개요', 'summary'],
    ['4. 재발 방지 대책: 단기', 'action-items'],
    ['📌 장애 원인 — 설정 오류', 'root-causes'],
    ['16:20 we found the cause', undefined],
    ['Background', undefined],
  ];
  for (const [title, kind] of cases) {
    it(`reads "${title}" as ${kind ?? 'nothing'}`, () => assert.equal(classifyHeading(title), kind));
  }

  it('cuts a trailing remark after a dash, colon or parenthesis, keeping leading numbering', () => {
    assert.equal(headingHead('Impact — 2 hours of errors'), 'Impact');
    assert.equal(headingHead('1. 원인: 설정 오류'), '1. 원인');
  });

  it('does not read a lone document title by keywords (EN and KO)', () => {
    const en = parseDocument('# Postmortem: next steps after the outage\n\n## Summary\n\nx\n');
    assert.equal(en.sections[0].kind, undefined);
    const ko = parseDocument('# 결제 장애의 원인과 대책\n\n## 개요\n\nx\n');
    assert.equal(ko.sections[0].kind, undefined);
  });

  it('does not make timeline entries sections of their own', () => {
    const doc = parseDocument('## Timeline\n\n### Root cause found\n\nx\n\n## 타임라인\n\n### 원인 파악 완료\n\ny\n');
    assert.deepEqual(doc.sections.map((s) => s.kind), ['timeline', undefined, 'timeline', undefined]);
  });

  it('keeps configured aliases working', () => {
    const config = { ...defaultConfig(), sectionAliases: { impact: ['Blast zone'] } };
    const doc = lint('# X\n\n## Blast zone\n\nx\n', { config }).doc;
    assert.equal(doc.sections[1].kind, 'impact');
  });

  it('counts field rows of an overview table and bold labels (EN and KO)', () => {
    const ko = parseDocument('# 장애 보고서\n\n| 항목 | 내용 |\n|---|---|\n| 영향 | 결제 실패 1,200건 |\n| 원인 | 설정 오류 |\n');
    const kinds = presentSectionKinds(ko);
    assert.ok(kinds.has('impact') && kinds.has('root-causes'));
    const en = parseDocument('# Outage\n\n**Impact:** 3% of requests failed.\n\n**Root cause:** a bad config.\n');
    assert.ok(presentSectionKinds(en).has('impact') && presentSectionKinds(en).has('root-causes'));
  });
});

describe('required-sections: one finding, one sound fix', () => {
  const blog = '# How we lost DNS for an hour\n\nOn Tuesday our DNS provider failed.\n\nWe switched providers.\n';
  it('reports a blog-style write-up once, listing what is missing (EN)', () => {
    const f = rs(blog);
    assert.equal(f.length, 1);
    assert.equal(f[0].line, 1);
    assert.equal(f[0].message, 'Missing sections: "Summary", "Impact", "Timeline", "Root Causes" or "5 Whys", "Action Items"');
    assert.equal(f[0].suggestions.length, 1);
  });
  it('reports a blog-style write-up once, listing what is missing (KO)', () => {
    const f = rs('# 결제 장애 후기\n\n어제 결제가 멈췄습니다.\n\n원인은 설정이었습니다.\n', 'ko');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^필수 섹션 5개가 없습니다: "개요", "영향", "타임라인", /);
  });
  it('does not ask for sections present under other words (EN and KO)', () => {
    assert.deepEqual(rs('# X\n\n## TL;DR\n\nx\n\n## Who was affected\n\nx\n\n## 3. Timeline (UTC)\n\n- 10:00 x\n\n## Why it broke\n\nx\n\n## What we will change\n\n- a @bob\n'), []);
    assert.deepEqual(rs('# X\n\n## 세 줄 요약\n\nx\n\n## 파급 효과\n\nx\n\n## 🕐 장애 경과\n\n- 10:00 x\n\n## 원인 파악\n\nx\n\n## 앞으로의 개선\n\n- a (담당: 김민수)\n', 'ko'), []);
  });
  it('counts action items written outside a section of their own', () => {
    const f = rs('# X\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 x\n\n## Root cause\n\nx\n\n**Follow-up actions:**\n\n- Add an alert @bob\n');
    assert.deepEqual(f, []);
  });

  const fixTwice = (text: string) => {
    const once = applyFixes(text, rs(text).map((f) => f.suggestions[0].edits)).text;
    assert.deepEqual(rs(once).map((f) => f.message), [], `after one fix:\n${once}`);
    const twice = applyFixes(once, rs(once).map((f) => f.suggestions[0].edits)).text;
    assert.equal(twice, once);
    return once;
  };
  it('inserts every missing heading in one fix, and a second fix is a no-op', () => {
    const out = fixTwice(blog);
    assert.equal(out, `${blog}\n## Summary\n\n<!-- TODO -->\n\n## Impact\n\n<!-- TODO -->\n\n## Timeline\n\n<!-- TODO -->\n\n## Root Causes\n\n<!-- TODO -->\n\n## Action Items\n\n<!-- TODO -->\n`);
  });
  it('never inserts inside a fence left open at the end: closes it where it ended, then the sections', () => {
    const text = '# X\n\n## Summary\n\nx\n\n```\ncode never closed\n';
    const out = fixTwice(text);
    assert.ok(out.startsWith(`${text}\`\`\`\n\n## Impact\n\n<!-- TODO -->\n\n`), out);
    assert.ok(out.endsWith('## Action Items\n\n<!-- TODO -->\n'), out);
  });
  it('never inserts inside an HTML comment left open at the end (KO)', () => {
    const text = '# X\n\n## 개요\n\nx\n\n<!-- 메모: 나중에 채우기';
    const f = rs(text, 'ko');
    const once = applyFixes(text, f.map((x) => x.suggestions[0].edits)).text;
    assert.ok(once.startsWith(`${text}\n-->\n\n## 영향\n\n<!-- TODO -->`), once);
    assert.deepEqual(rs(once, 'ko'), []);
  });
  it('never takes a block left open away from the section it ends (EN and KO): the section keeps it as content', () => {
    // Found by the fuzzer: the sections went in before the fence (or comment), which left the
    // section above them empty, so the fix traded one missing section for another.
    for (const [text, lang] of [
      ['# X\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n~~~\n- 09:20 The admin ', 'en'],
      ['# X\r\n\r\n## 개요\r\n\r\nx\r\n\r\n## 영향\r\n\r\nx\r\n\r\n## 타임라인\r\n\r\n<!-- TODO -- 나중에\r\n\r\n## 교훈\r\n', 'ko'],
    ] as const) {
      const once = applyFixes(text, rs(text, lang).map((x) => x.suggestions[0].edits)).text;
      assert.ok(once.startsWith(text), once);
      assert.deepEqual(rs(once, lang), [], once);
    }
  });
  it('after a front matter that ends the text without a line break, the headings start on a line of their own (EN and KO)', () => {
    // Found by the fuzzer: "---## Summary" reopened the front matter.
    for (const [text, lang] of [['---\ntitle: x\n\n# Outage\n---', 'en'], ['---\ntitle: 결제 실패\n\n# 장애 보고서\n---', 'ko']] as const) {
      const once = applyFixes(text, rs(text, lang).map((x) => x.suggestions[0].edits)).text;
      assert.ok(once.startsWith(`${text}\n\n## `), once);
      assert.deepEqual(rs(once, lang), [], once);
      const all = lint(once).findings.filter((f) => f.ruleId === 'front-matter');
      assert.deepEqual(all, []);
    }
  });
  it('never inserts inside front matter or a table', () => {
    const fm = '---\ntitle: x\n---\n';
    const out = fixTwice(fm);
    assert.ok(out.startsWith(fm), out);
    const table = '# X\n\n## Summary\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    const outT = fixTwice(table);
    assert.ok(outT.includes('| 1 | 2 |\n\n## Impact'), outT);
  });
  it('does not count a heading left empty as the section (EN and KO)', () => {
    assert.match(rs('# X\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 x\n\n## Root cause\n\nx\n\n## Follow-ups\n')[0].message, /"Action Items"/);
    assert.match(rs('# X\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 x\n\n## 원인\n\nx\n\n## 향후 진행 사항\n', 'ko')[0].message, /"재발 방지 대책"/);
  });
  it('keeps CRLF line endings', () => {
    const out = fixTwice('# X\r\n\r\n## Summary\r\n\r\nx\r\n');
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
  });
});
