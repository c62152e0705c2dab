import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { LineIndex } from '../../src/core/model/lines';
import { classifyHeading, headingKey } from '../../src/core/model/sections';
import { sourceRange } from '../../src/core/model/prose';
import { isPlaceholderOwner, knownOwners, ownerEdit } from '../../src/core/model/actionItems';
import { whyChains } from '../../src/core/model/fiveWhys';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns for LF, CRLF and CR', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `ab${eol}cd${eol}${eol}e`;
      const idx = new LineIndex(text);
      assert.equal(idx.lineCount, 4);
      assert.deepEqual(idx.position(text.indexOf('d')), { line: 2, column: 2 });
      assert.deepEqual(idx.position(text.length), { line: 4, column: 2 });
      assert.equal(idx.offset(2, 2), text.indexOf('d'));
      assert.equal(text.slice(idx.offset(2), idx.lineEnd(2)), 'cd');
    }
  });
  it('tells the dominant line ending', () => {
    assert.equal(new LineIndex('a\r\nb\r\nc\n').eol, '\r\n');
    assert.equal(new LineIndex('a\nb').eol, '\n');
    assert.equal(new LineIndex('').eol, '\n');
  });
  it('counts columns in UTF-16 units (Korean, emoji)', () => {
    const idx = new LineIndex('장애 🔥 x');
    assert.deepEqual(idx.position('장애 🔥 x'.indexOf('x')), { line: 1, column: 7 });
  });
});

describe('front matter', () => {
  it('parses YAML after a BOM and with CRLF, keeping body offsets', () => {
    const text = '\uFEFF---\r\ntitle: 장애\r\nseverity: SEV-1\r\n---\r\n# 장애 보고서\r\n';
    const doc = parseDocument(text);
    assert.equal(doc.hasBom, true);
    assert.deepEqual(doc.meta, { title: '장애', severity: 'SEV-1' });
    const h = doc.sections[0];
    assert.equal(text.slice(h.start, h.contentStart), '# 장애 보고서');
  });
  it('reports YAML errors with positions instead of throwing', () => {
    const text = '---\ntitle: [unclosed\n---\n# Postmortem\n';
    const doc = parseDocument(text);
    assert.equal(doc.frontMatter?.data, undefined);
    assert.ok(doc.frontMatter!.errors.length > 0);
    assert.ok(doc.frontMatter!.errors[0].start >= doc.frontMatter!.contentStart);
    assert.equal(doc.sections[0].title, 'Postmortem', 'the body still parses');
  });
  it('treats a non-mapping as an error and an empty block as no data', () => {
    assert.ok(parseDocument('---\n- a\n- b\n---\n').frontMatter!.errors.length > 0);
    assert.deepEqual(parseDocument('---\n---\n# T\n').meta, {});
  });
  it('does not take an unclosed "---" for front matter', () => {
    const doc = parseDocument('---\ntitle: x\n\n# T\n');
    assert.equal(doc.frontMatter, undefined);
  });
  it('records where each field value is', () => {
    const text = '---\ntitle: x\nseverity: huge\n---\n';
    const f = parseDocument(text).frontMatter!.fields.get('severity')!;
    assert.equal(text.slice(f.valueStart, f.valueEnd), 'huge');
  });
});

describe('sections', () => {
  const cases: [string, string | undefined][] = [
    ['Summary', 'summary'],
    ['1. Overview', 'summary'],
    ['개요', 'summary'],
    ['Impact (customers)', 'impact'],
    ['영향 범위', 'impact'],
    ['Timeline (2015-10-21)', 'timeline'],
    ['타임라인 (KST)', 'timeline'],
    ['경과', 'timeline'],
    ['Root Causes', 'root-causes'],
    ['근본 원인', 'root-causes'],
    ['근본 원인 분석(5 Whys)', 'five-whys'],
    ['Root Cause Analysis', 'five-whys'],
    ['5 Whys', 'five-whys'],
    ['Action Items', 'action-items'],
    ['재발 방지 대책', 'action-items'],
    ['재발방지대책', 'action-items'],
    ['후속 조치', 'action-items'],
    ['Preventative Measures', 'action-items'],
    ['Action Items / 후속 조치', 'action-items'],
    ['Lessons Learned', 'lessons-learned'],
    ['교훈', 'lessons-learned'],
    ['What went well', 'went-well'],
    ['잘 된 일', 'went-well'],
    ['잘 안 된 일', 'went-wrong'],
    ['운이 좋았던 일', 'got-lucky'],
    ['Where we got lucky', 'got-lucky'],
    ['Shakespeare search outage', undefined],
    ['Appendix: raw logs', 'supporting-information'],
    ['Postmortem: next steps after the outage', undefined],
  ];
  for (const [title, kind] of cases) {
    it(`classifies "${title}" as ${kind ?? 'nothing'}`, () => assert.equal(classifyHeading(title), kind));
  }
  it('folds case, spaces, punctuation and numbering', () => {
    assert.equal(headingKey('  2.1 Action-Items: '), 'actionitems');
    assert.equal(headingKey('잘 된 일'), headingKey('잘된 일'));
  });
  it('nests sections and ends each at the next heading of the same or higher level', () => {
    const text = '# T\n## Timeline\n### 2015-10-21\n- 14:51 a\n## Impact\nx\n';
    const doc = parseDocument(text);
    const timeline = doc.sectionsOf('timeline')[0];
    assert.equal(timeline.children.length, 1);
    assert.equal(timeline.end, text.indexOf('## Impact'));
    assert.equal(doc.sections[0].end, text.length);
  });
  it('takes extra aliases from configuration', () => {
    const doc = parseDocument('## Chronik\n', { sectionAliases: { timeline: ['Chronik'] } });
    assert.equal(doc.sections[0].kind, 'timeline');
  });
});

describe('prose', () => {
  it('joins emphasis, drops code, HTML and bare URLs, and maps back to source', () => {
    const text = 'The **on-call** _forgot_ `kubectl` <b>x</b> see https://example.com/a now.\n';
    const doc = parseDocument(text);
    const block = doc.prose[0];
    assert.ok(block.text.startsWith('The on-call forgot '));
    assert.ok(!block.text.includes('kubectl'));
    assert.ok(!block.text.includes('example.com'));
    const i = block.text.indexOf('forgot');
    const r = sourceRange(block, i, i + 'forgot'.length);
    assert.equal(text.slice(r.start, r.end), 'forgot');
    assert.equal(r.contiguous, true);
    const j = block.text.indexOf('on-call forgot');
    assert.equal(sourceRange(block, j, j + 'on-call forgot'.length).contiguous, false);
  });
  it('includes headings and table cells but not code blocks or front matter', () => {
    const doc = parseDocument('---\nnote: human error\n---\n# Title\n\n```\nhuman error\n```\n\n| a | b |\n|---|---|\n| c | d |\n');
    assert.deepEqual(doc.prose.map((p) => p.text), ['Title', 'a', 'b', 'c', 'd']);
  });
  it('keeps link text (it is prose) but not the URL', () => {
    const doc = parseDocument('See [the runbook](https://x.example/runbook).\n');
    assert.equal(doc.prose[0].text, 'See the runbook.');
  });
});

describe('language', () => {
  it('detects Korean and English documents, and honours front matter lang', () => {
    assert.equal(parseDocument('# 장애 보고서\n\n결제 오류가 발생했다.\n').language, 'ko');
    assert.equal(parseDocument('# Postmortem\n\nCheckout failed for 5 minutes.\n').language, 'en');
    assert.equal(parseDocument('---\nlang: ko\n---\n# Postmortem\n').language, 'ko');
  });
});

describe('action items', () => {
  const doc = parseDocument(`# PM
## Action Items
| Action Item | Type | Owner | Bug | Status |
|---|---|---|---|---|
| Add canary stage | prevent | @alice | PROJ-12 | open |
| Update runbook | process | TBD | | |
| Load test |  |  | | done |

- [x] Patch leak (owner: Clara) due 2024-03-01
- [ ] Add alert @bob [detect]
- [ ] Email alice@example.com about it
- 단기:
  - 설정 검증 추가 (담당: 미정)
  - 알림 강화 (담당: 김민수) - 완료

## 재발 방지 대책
### 중장기
- 아키텍처 개선 담당자: 이영희, 기한: 2024-06-30
- 레거시 제거
`);
  const items = doc.actionItems;
  it('reads table rows with columns found by their headers', () => {
    assert.equal(items[0].kind, 'table');
    assert.equal(items[0].description.text, 'Add canary stage');
    assert.equal(items[0].owner?.text, '@alice');
    assert.equal(items[0].type, 'prevent');
    assert.equal(items[0].ticket?.text, 'PROJ-12');
    assert.equal(items[1].ownerPlaceholder?.text, 'TBD');
    assert.equal(items[1].owner, undefined);
    assert.equal(items[2].ownerCell?.text, '');
    assert.equal(items[2].done, true);
  });
  it('reads list items: owner labels, handles, due dates, types, done', () => {
    assert.equal(items[3].owner?.text, 'Clara');
    assert.equal(items[3].due?.text, '2024-03-01');
    assert.equal(items[3].done, true);
    assert.equal(items[4].owner?.text, '@bob');
    assert.equal(items[4].type, 'detect');
    assert.equal(items[5].owner, undefined, 'an e-mail address is not a handle');
  });
  it('descends into group items and sub-headings for the term (단기 / 중장기)', () => {
    const ko = items.filter((i) => /[가-힣]/.test(i.description.text));
    assert.deepEqual(ko.map((i) => [i.description.text.split(' (')[0].split(' 담당')[0], i.term]), [
      ['설정 검증 추가', 'short'],
      ['알림 강화', 'short'],
      ['아키텍처 개선', 'long'],
      ['레거시 제거', 'long'],
    ]);
    assert.equal(ko[0].ownerPlaceholder?.text, '미정');
    assert.equal(ko[1].done, true);
    assert.equal(ko[2].owner?.text, '이영희');
    assert.equal(ko[2].due?.text, '2024-06-30');
  });
  it('knows placeholders in both languages', () => {
    for (const p of ['TBD', 'tba', '?', '-', 'N/A', 'none', 'Unassigned', '미정', '없음', '', '  ', '@tbd', '**TBD**']) assert.ok(isPlaceholderOwner(p), p);
    for (const o of ['@alice', 'SRE team', '김민수', 'Bob']) assert.ok(!isPlaceholderOwner(o), o);
  });
  it('writes an owner where it belongs: cell, placeholder or appended in the item language', () => {
    const apply = (i: number, owner: string) => {
      const e = ownerEdit(items[i], owner, doc.language);
      assert.ok(e, `edit for item ${i}`);
      return applyFixes(doc.text, [e]).text;
    };
    assert.ok(apply(1, 'dana').includes('| Update runbook | process | dana |'));
    assert.ok(apply(2, 'dana').includes('| Load test |  | dana | | done |'));
    assert.ok(apply(5, 'dana').includes('Email alice@example.com about it (owner: @dana)'));
    assert.ok(apply(6, '박지훈').includes('설정 검증 추가 (담당: 박지훈)'));
    assert.ok(apply(9, '박지훈').includes('레거시 제거 (담당: 박지훈)'));
    assert.equal(ownerEdit(items[0], 'x', 'en'), undefined, 'an owner already there is not overwritten');
  });
  it('lists known owners, most used first', () => {
    assert.deepEqual(knownOwners(items).sort(), ['@alice', '@bob', 'Clara', '김민수', '이영희'].sort());
    const twice = parseDocument('## Action Items\n- a @x\n- b @y\n- c @y\n').actionItems;
    assert.deepEqual(knownOwners(twice), ['@y', '@x']);
  });
  it('ignores a row with only empty cells and lists outside the section', () => {
    const d = parseDocument('## Summary\n- not an action\n## Action Items\n| Action | Owner |\n|---|---|\n|  |  |\n');
    assert.equal(d.actionItems.length, 0);
  });
});

describe('5 whys', () => {
  it('nests answers, treats siblings as contributing factors, reads markers and evidence', () => {
    const doc = parseDocument(`## 5 Whys
1. Users saw 500 errors on checkout
   1. Why? The payment service timed out ([dashboard](https://x.example/y))
      1. Why? Its connection pool was exhausted (root cause)
   2. Why? Retries amplified the load
`);
    const [tree] = doc.fiveWhys;
    assert.equal(tree.roots.length, 1);
    const root = tree.roots[0];
    assert.equal(root.text, 'Users saw 500 errors on checkout');
    assert.equal(root.children.length, 2);
    assert.equal(root.children[0].evidence.length, 1);
    assert.equal(root.children[0].whyMarker?.text, 'Why?');
    assert.equal(root.children[0].children[0].rootCause, true);
    assert.equal(root.children[0].children[0].text, 'Its connection pool was exhausted');
    assert.equal(whyChains(tree.roots).length, 2);
  });
  it('reads a flat Korean chain with a bold marker and a written question', () => {
    const doc = parseDocument(`## 근본 원인 분석(5 Whys)
- 고객은 결제 페이지에서 오류를 보았다
- 왜? 결제 API가 타임아웃되었다
- 왜 타임아웃되었나? 커넥션 풀이 고갈되었다. 근거: https://grafana.example/x
- **근본 원인**: 풀 크기 설정이 트래픽 증가를 반영하지 않았다
`);
    const chain = whyChains(doc.fiveWhys[0].roots)[0];
    assert.equal(chain.length, 4);
    assert.equal(chain[2].question?.text, '왜 타임아웃되었나?');
    assert.equal(chain[2].evidence.length, 1);
    assert.equal(chain[3].rootCause, true);
    assert.equal(chain[3].text, '풀 크기 설정이 트래픽 증가를 반영하지 않았다');
  });
  it('reads the seed\'s "Why?" paragraphs and skips label paragraphs', () => {
    const doc = parseDocument(`## Root Cause Analysis

점심을 오더 하는 것은 잊기 쉬운 일이다.

5 Why Analysis:

아이들의 점심 주문이 되어 있지 않았다.

Why? 점심은 최소 2일 전에 미리 주문해야만 한다.

Why? 습관적으로 반복되지 않는 일은 잊기가 쉽다.
`);
    const roots = doc.fiveWhys[0].roots;
    assert.equal(roots.length, 1);
    assert.equal(roots[0].text, '아이들의 점심 주문이 되어 있지 않았다.');
    assert.equal(whyChains(roots)[0].length, 3);
  });
  it('never throws on malformed lists', () => {
    for (const md of ['## 5 whys\n-\n  -\n    - \n', '## 5 whys\n1.\n\n   * x\n 2) y\n', '## 5 whys\n- Why?\n- Why? (root cause)\n', '## 5 whys\n' + '  '.repeat(200) + '- deep\n']) {
      assert.doesNotThrow(() => parseDocument(md).fiveWhys);
    }
  });
});

describe('suppressions', () => {
  const doc = parseDocument(`a
<!-- postmortem-lint-disable-next-line blameful-language -- quoting -->
b
<!-- postmortem-lint-disable counterfactual-language, vague-action-item -- review notes -->
c
<!-- postmortem-lint-enable counterfactual-language -->
d
\`\`\`
<!-- postmortem-lint-disable -->
\`\`\`
`);
  it('parses directives, rule lists and reasons, not inside code', () => {
    assert.equal(doc.suppressions.comments.length, 3);
    assert.deepEqual(doc.suppressions.comments[1].ruleIds, ['counterfactual-language', 'vague-action-item']);
    assert.equal(doc.suppressions.comments[1].reason, 'review notes');
  });
  it('answers which lines are suppressed for which rules', () => {
    const s = doc.suppressions;
    assert.equal(s.isSuppressed('blameful-language', 3), true);
    assert.equal(s.isSuppressed('blameful-language', 5), false);
    assert.equal(s.isSuppressed('counterfactual-language', 5), true);
    assert.equal(s.isSuppressed('counterfactual-language', 7), false);
    assert.equal(s.isSuppressed('vague-action-item', 9), true, 'still disabled: never re-enabled');
  });
  it('suppressed findings are not reported', () => {
    const text = '# Postmortem\n\n## Action Items\n\n<!-- postmortem-lint-disable-next-line action-item-owner -- owner decided Monday -->\n- [ ] Add alert\n- [ ] Add dashboard\n';
    const owners = lint(text).findings.filter((f) => f.ruleId === 'action-item-owner');
    assert.deepEqual(owners.map((f) => f.line), [7]);
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const inputs = [
      '',
      '\uFEFF',
      '---',
      '---\n',
      '\0\0\0binary\0',
      '| a | b |\n|---|',
      '| Action | Owner |\n|---|---|\n| x',
      '## Timeline\n- \n- 25:99\n',
      '## Action Items\n- [ ]\n- [x]\n',
      '\r\r\r# x\r- y\r',
      '## 5 Whys\n' + '- why?\n'.repeat(500),
      'x'.repeat(100000),
      '\ud800 lone surrogate',
    ];
    for (const text of inputs) {
      assert.doesNotThrow(() => lint(text), JSON.stringify(text.slice(0, 30)));
    }
  });
});

describe('edge cases found in review', () => {
  it('does not take a title with "/" for a section', () => {
    assert.equal(classifyHeading('Postmortem: API / Impact'), undefined);
    assert.equal(classifyHeading('Action Items / 후속 조치'), 'action-items');
  });
  it('reports oversized front matter instead of parsing it', () => {
    const doc = parseDocument(`---\n${'x: {{\n'.repeat(20000)}---\n# T\n`);
    assert.equal(doc.frontMatter?.data, undefined);
    assert.match(doc.frontMatter!.errors[0].message, /KB/);
  });
});

describe('action items with suppression comments', () => {
  it('does not read a comment in the owner cell as an owner', () => {
    const doc = parseDocument('## Action Items\n| Action | Owner |\n|---|---|\n| Add alert | TBD <!-- postmortem-lint-disable-line action-item-owner -- decided Monday --> |\n');
    const [item] = doc.actionItems;
    assert.equal(item.owner, undefined);
    assert.equal(item.ownerPlaceholder?.text, 'TBD');
  });
});
