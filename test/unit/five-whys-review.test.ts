import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { actionItemFromCause, causeActionType, causeDescription } from '../../src/core/edits/causeActionItem';
import { applyFixes } from '../../src/core/fix';
import { addWhy } from '../../src/core/fiveWhysEdits';
import {
  allWhyNodes, answerText, causeKey, findWhyNode, linkedActionItems, reviewFiveWhys, whyNodeAt, whyNodeByPath, whyNodePath, wordingWarnings,
  type WhyReview,
} from '../../src/core/fiveWhysReview';
import { parseDocument, type PostmortemDocument } from '../../src/core/model/document';
import type { WhyNode } from '../../src/core/model/fiveWhys';

const EN = `---
authors: [Alice Kim]
---
# Postmortem: checkout errors

## 5 Whys

1. Customers saw payment errors at checkout
   1. Why? The payment API timed out ([dashboard](https://grafana.example.com/d/pay))
      1. Why? The connection pool was exhausted (evidence: INC-42 logs)
         1. Why? Pool size is a fixed constant that no load test covers (root cause)
   2. Why? Clients retried without backoff
   3. Why? Bob forgot to enable the circuit breaker

## Action Items

| Action | Type | Owner | Due |
| --- | --- | --- | --- |
| Size the pool from load tests: pool size is a fixed constant that no load test covers | prevent | @alice | 2025-10-01 |
`;

const KO = `# 장애 보고서

## 근본 원인 분석(5 Whys)

- 고객이 결제를 완료하지 못했다
  - 왜? 결제 서버의 스레드가 모두 점유되었다 ([근거](https://grafana.example.com/d/threads))
    - 왜? PG사 호출 타임아웃이 30초로 설정되어 있었다 (근본 원인)
  - 왜? 담당자의 실수로 재시도 설정이 배포되었다 (근거: PAY-77)

## 재발 방지 대책

- [ ] 알림 추가 (담당: 김민수)
`;

const byText = (doc: PostmortemDocument, text: string): WhyNode => {
  const n = allWhyNodes(doc.fiveWhys).find((x) => x.text.startsWith(text));
  assert.ok(n, `no node "${text}"`);
  return n;
};
const kinds = (r: WhyReview | undefined) => (r?.problems ?? []).map((p) => p.kind).sort();

describe('5-whys review: node identity', () => {
  it('gives every node a path that finds it again in a fresh parse', () => {
    for (const text of [EN, KO]) {
      const doc = parseDocument(text);
      const again = parseDocument(text);
      for (const node of allWhyNodes(doc.fiveWhys)) {
        const path = whyNodePath(doc.fiveWhys, node);
        assert.ok(path, node.text);
        assert.equal(whyNodeByPath(again.fiveWhys, path)?.text, node.text);
      }
    }
  });

  it('keeps the path of a node while its text is edited, and of earlier siblings when one is added', () => {
    const doc = parseDocument(EN);
    const node = byText(doc, 'Clients retried');
    const path = whyNodePath(doc.fiveWhys, node)!;
    assert.deepEqual(path, [0, 0, 1]);
    const edited = parseDocument(EN.replace('retried without backoff', 'retried at once, without backoff'));
    assert.equal(whyNodeByPath(edited.fiveWhys, path)?.text, 'Clients retried at once, without backoff');
    const grown = applyFixes(doc.text, [addWhy(doc, byText(doc, 'Customers saw'), 'A deploy changed the timeout')!.edits]).text;
    assert.equal(whyNodeByPath(parseDocument(grown).fiveWhys, path)?.text, 'Clients retried without backoff');
  });

  it('refuses a stale reference that now points at another answer, unless the answer is unique elsewhere', () => {
    const doc = parseDocument(KO);
    const target = byText(doc, 'PG사 호출');
    const path = whyNodePath(doc.fiveWhys, target)!;
    // The sibling subtree above it was deleted: the path now points elsewhere or nowhere.
    const moved = parseDocument(KO.replace(/ {2}- 왜\? 결제 서버[^\n]*\n/u, ''));
    assert.equal(findWhyNode(moved.fiveWhys, { path, text: target.text })?.text, target.text);
    assert.equal(findWhyNode(moved.fiveWhys, { path: [0, 0, 0], text: 'no such answer' }), undefined);
    assert.equal(findWhyNode(doc.fiveWhys, { path: [9, 9] }), undefined);
    assert.equal(whyNodeByPath(doc.fiveWhys, [0, -1]), undefined);
    assert.equal(whyNodeByPath(doc.fiveWhys, [0]), undefined);
  });

  it('finds the node under a cursor: the innermost answer line', () => {
    const doc = parseDocument(EN);
    assert.equal(whyNodeAt(doc.fiveWhys, EN.indexOf('connection pool'))?.text.startsWith('The connection pool'), true);
    assert.equal(whyNodeAt(doc.fiveWhys, EN.indexOf('Customers saw'))?.depth, 0);
    assert.equal(whyNodeAt(doc.fiveWhys, EN.indexOf('## Action Items')), undefined);
    const ko = parseDocument(KO);
    assert.equal(whyNodeAt(ko.fiveWhys, KO.indexOf('30초'))?.rootCause, true);
  });
});

describe('5-whys review: problems and links', () => {
  it('marks English nodes: blame, no evidence, a chain that stops early; root cause linked to its action item', () => {
    const doc = parseDocument(EN);
    const review = reviewFiveWhys(doc);
    assert.equal(review.size, 6);
    assert.deepEqual(kinds(review.get(byText(doc, 'Customers saw'))), [], 'a problem statement needs no evidence');
    assert.deepEqual(kinds(review.get(byText(doc, 'The payment API'))), []);
    assert.deepEqual(kinds(review.get(byText(doc, 'The connection pool'))), []);
    const rc = review.get(byText(doc, 'Pool size'))!;
    assert.deepEqual(kinds(rc), ['no-evidence']);
    assert.equal(rc.actionItems.length, 1, 'the action item quotes the cause');
    assert.deepEqual(kinds(review.get(byText(doc, 'Clients retried'))), ['no-evidence', 'stops-early']);
    const bob = review.get(byText(doc, 'Bob forgot'))!;
    assert.deepEqual(kinds(bob), ['no-evidence', 'stops-early', 'wording']);
    const w = bob.problems.find((p) => p.kind === 'wording')!;
    assert.equal(doc.text.slice(w.start, w.end), 'Bob forgot to enable');
    assert.match(w.message, /pins the incident on a person/);
  });

  it('marks Korean nodes, with Korean reasons', () => {
    const doc = parseDocument(KO);
    const review = reviewFiveWhys(doc, { locale: 'ko' });
    const rc = review.get(byText(doc, 'PG사 호출'))!;
    assert.deepEqual(kinds(rc), ['no-action-item', 'no-evidence']);
    assert.ok(rc.problems.every((p) => /[\uac00-\ud7a3]/u.test(p.message)));
    const blame = review.get(byText(doc, '담당자의 실수'))!;
    assert.deepEqual(kinds(blame), ['stops-early', 'wording'], 'evidence given as "근거: …"');
    assert.equal(rc.lang, 'ko');
    assert.equal(rc.question, '왜 "결제 서버의 스레드가 모두 점유되었다"? (검증 가능한 사실로 답하세요)', 'the question leaves the evidence out');
    assert.equal(review.get(byText(doc, '고객이'))!.question, '고객은 어떤 영향을 받았나요?');
  });

  it('uses a written question when there is one', () => {
    const doc = parseDocument('## 5 Whys\n\n- Users saw errors\n  - Why did the API fail? Because the cache was cold (root cause)\n');
    const r = reviewFiveWhys(doc).get(byText(doc, 'the cache was cold'))!;
    assert.equal(r.question, 'Why did the API fail?');
    assert.equal(r.questionWritten, true);
    assert.equal(reviewFiveWhys(doc).get(byText(doc, 'Users saw'))!.question, 'What did affected users experience?');
  });

  it('flags a lone problem statement as having no answers', () => {
    const doc = parseDocument('## 5 Whys\n\n1. Users could not log in\n');
    assert.deepEqual(kinds(reviewFiveWhys(doc).get(byText(doc, 'Users could'))), ['no-answers']);
  });

  it('follows the configuration: a rule turned off marks nothing, suppressions apply', () => {
    const doc = parseDocument(EN);
    const off = resolveConfig({ rules: { 'blameful-language': 'off' } }).config;
    assert.deepEqual(kinds(reviewFiveWhys(doc, { config: off }).get(byText(doc, 'Bob forgot'))), ['no-evidence', 'stops-early']);
    const suppressed = parseDocument(EN.replace('Bob forgot to enable the circuit breaker', 'Bob forgot to enable the circuit breaker <!-- postmortem-lint-disable-line blameful-language -- quoting the chat log -->'));
    assert.deepEqual(kinds(reviewFiveWhys(suppressed).get(byText(suppressed, 'Bob forgot'))), ['no-evidence', 'stops-early']);
  });

  it('reads the answer without its evidence, wherever the evidence is written', () => {
    const doc = parseDocument(`## 5 Whys

- Users saw errors
  - Why? The API timed out ([dashboard](https://g.example.com/d/api))
  - Why? The pool was exhausted (evidence: INC-42 logs)
  - Why? See [the graph](https://g.example.com/x) for the cache miss rate
  - Why? 풀 크기가 고정되어 있었다 (근거: PAY-77) (근본 원인)
`);
    assert.equal(answerText(byText(doc, 'The API')), 'The API timed out');
    assert.equal(answerText(byText(doc, 'The pool')), 'The pool was exhausted');
    assert.equal(answerText(byText(doc, 'See')), 'See for the cache miss rate');
    const ko = byText(doc, '풀 크기');
    assert.equal(ko.rootCause, true);
    assert.equal(answerText(ko), '풀 크기가 고정되어 있었다');
    assert.equal(answerText(byText(doc, 'Users')), 'Users saw errors');
  });

  it('links action items by quoting, ignoring case, markup and evidence; not by a short answer', () => {
    const doc = parseDocument(EN);
    assert.equal(causeKey(byText(doc, 'The payment API')), 'the payment api timed out');
    assert.equal(linkedActionItems(doc, byText(doc, 'The payment API')).length, 0);
    const short = parseDocument('## 5 Whys\n\n- Users\n  - DNS (root cause)\n\n## Action Items\n\n- Fix DNS TTLs @bob\n');
    assert.equal(linkedActionItems(short, byText(short, 'DNS')).length, 0, 'a 3-letter answer links to nothing');
    const long = 'The retry policy multiplies load by five during any partial outage of the payment provider';
    const quoted = parseDocument(`## 5 Whys\n\n- Users\n  - ${long} (root cause)\n\n## Action Items\n\n- Cap retries (cause: "the retry policy multiplies load by five during…") @bob\n`);
    assert.equal(linkedActionItems(quoted, byText(quoted, 'The retry')).length, 1, 'a long cause links by its first 40 characters');
  });

  it('never throws on malformed or odd input', () => {
    const inputs = [
      '',
      '## 5 Whys\n',
      '## 5 Whys\n\n-\n  -\n    - (root cause)\n',
      '\ufeff## 5 Whys\r\n\r\n- a\r\n  - Why? b\r\n',
      `## 5 Whys\n\n${'- x\n  '.repeat(200)}`,
      '## 5 Whys\n\n- [unclosed link(\n  - **Root cause**:\n',
      `## 5 Whys\n\n- ${'a'.repeat(100_000)}\n`,
    ];
    for (const text of inputs) {
      const doc = parseDocument(text);
      reviewFiveWhys(doc);
      for (const n of allWhyNodes(doc.fiveWhys).slice(0, 3)) actionItemFromCause(doc, n);
    }
  });
});

describe('5-whys review: wording of a typed answer', () => {
  it('warns about blame and hindsight in English and Korean', () => {
    const en = wordingWarnings('Bob forgot to run the validator; he should have checked');
    assert.deepEqual(en.map((w) => w.start), [0, 36]);
    assert.ok(en[0].rewrite, 'the warning carries the preferred rewrite');
    assert.match(en[1].message, /hindsight/);
    const ko = wordingWarnings('담당자의 실수로 설정이 배포되었다', { locale: 'ko' });
    assert.equal(ko.length, 1);
    assert.match(ko[0].message, /사람에게/);
    assert.equal(wordingWarnings('배포 전에 더 주의했어야 했다').length, 1);
  });

  it('stays quiet for neutral answers and empty input, and follows the configuration', () => {
    assert.deepEqual(wordingWarnings('The pool size was fixed at 10'), []);
    assert.deepEqual(wordingWarnings('풀 크기가 10으로 고정되어 있었다'), []);
    assert.deepEqual(wordingWarnings('   '), []);
    const off = resolveConfig({ rules: { 'counterfactual-language': 'off' } }).config;
    assert.deepEqual(wordingWarnings('The engineer should have checked the config', { config: off }), []);
  });

  it('knows the people the document names', () => {
    const doc = parseDocument('---\nauthors: [Priya Raman]\n---\n# Postmortem\n');
    assert.ok(wordingWarnings('Priya ignored the alert', { doc }).length >= 1);
  });
});

describe('5-whys review: action item from a cause', () => {
  const apply = (doc: PostmortemDocument, e: { edits: { start: number; end: number; newText: string }[] }) => applyFixes(doc.text, [e.edits]).text;

  it('appends a table row drafting the item from the cause: TODO what (selected), the cause quoted, owner @name, type from the cause', () => {
    const doc = parseDocument(EN);
    const e = actionItemFromCause(doc, byText(doc, 'Clients retried'));
    assert.equal(e.edits.length, 1);
    const out = apply(doc, e);
    assert.ok(out.includes('| TODO: the change that prevents this (cause: “Clients retried without backoff”) | prevent | @name |  |\n'), out);
    assert.equal(out.slice(e.selection.start, e.selection.end), 'TODO: the change that prevents this');
    assert.equal(e.snippet.start, e.edits[0].start);
    assert.match(e.snippet.text, /\$\{1:TODO: the change that prevents this\} \(cause: “Clients retried without backoff”\) \| \$\{3\|prevent,detect,mitigate,process\|\} \| \$\{2:@name\} \|/);
    const after = parseDocument(out);
    assert.equal(linkedActionItems(after, byText(after, 'Clients retried')).length, 1);
    assert.deepEqual(kinds(reviewFiveWhys(after).get(byText(after, 'Pool size'))), ['no-evidence']);
  });

  it('appends a Korean checklist item with owner @이름 and a type tag, linked to the cause', () => {
    const doc = parseDocument(KO);
    const e = actionItemFromCause(doc, byText(doc, 'PG사 호출'));
    const out = apply(doc, e);
    assert.ok(out.endsWith('- [ ] 알림 추가 (담당: 김민수)\n- [ ] TODO: 재발을 막을 변경 (원인: “PG사 호출 타임아웃이 30초로 설정되어 있었다”) (담당: @이름) [예방]\n'), out);
    assert.equal(out.slice(e.selection.start, e.selection.end), 'TODO: 재발을 막을 변경');
    assert.match(e.snippet.text, /\(담당: \$\{2:@이름\}\) \[\$\{3\|예방,탐지,완화,절차\|\}\]/);
    const after = parseDocument(out);
    const rc = reviewFiveWhys(after).get(byText(after, 'PG사 호출'))!;
    assert.deepEqual(kinds(rc), ['no-evidence']);
    assert.equal(rc.actionItems.length, 1);
    assert.equal(after.actionItems[1].type, 'prevent');
    // The owner is a template placeholder: template-placeholder reports it, action-item-owner does not.
    const found = lint(out).findings;
    assert.ok(!found.some((f) => f.ruleId === 'action-item-owner' && f.start > doc.text.length - 5));
    assert.ok(found.some((f) => f.ruleId === 'template-placeholder' && out.slice(f.start, f.end) === 'TODO' && f.start > doc.text.length - 5));
  });

  it('creates the action-items section when missing, and keeps CRLF and the BOM', () => {
    const text = '\ufeff# Postmortem\r\n\r\n## 5 Whys\r\n\r\n- Users saw errors\r\n  - Why? The cache was cold (root cause)\r\n';
    const doc = parseDocument(text);
    const e = actionItemFromCause(doc, byText(doc, 'The cache'));
    const out = apply(doc, e);
    assert.ok(out.startsWith('\ufeff# Postmortem\r\n'));
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
    assert.ok(out.includes('## Action Items\r\n\r\n- [ ] TODO: the change that prevents this (cause: “The cache was cold”) (owner: @name) [prevent]'), JSON.stringify(out));
    assert.ok(!/[^\r]\n/.test(e.snippet.text));
  });

  it('leaves the evidence out of the quote and escapes pipes in a table cell', () => {
    const doc = parseDocument(`## 5 Whys\n\n- Users\n  - Why? The a|b flag flipped ([graph](https://g.example.com)) (root cause)\n\n## Action Items\n\n| Action | Owner |\n| --- | --- |\n| Other | @x |\n`);
    const out = apply(doc, actionItemFromCause(doc, byText(doc, 'The a|b')));
    assert.ok(out.includes('| TODO: the change that prevents this (cause: “The a\\|b flag flipped”) | @name |'), out);
    const after = parseDocument(out);
    assert.equal(after.actionItems.length, 2, 'the row stays one row');
    assert.equal(linkedActionItems(after, byText(after, 'The a|b')).length, 1);
  });

  it('picks the type from the cause: a detection gap → detect, a slow recovery → mitigate, else prevent', () => {
    assert.equal(causeActionType('There was no alert on the error rate'), 'detect');
    assert.equal(causeActionType('Nobody was monitoring the queue depth'), 'detect');
    assert.equal(causeActionType('결제 오류율에 대한 알림이 없었다'), 'detect');
    assert.equal(causeActionType('The rollback took 40 minutes'), 'mitigate');
    assert.equal(causeActionType('롤백 절차가 수동이라 오래 걸렸다'), 'mitigate');
    assert.equal(causeActionType('The config push tool does not validate input'), 'prevent');
    assert.equal(causeActionType('설정 검증 단계가 없었다'), 'prevent');
  });

  it('never writes what vague-action-item flags, whatever the cause says', () => {
    for (const cause of ['Engineers were not careful enough when deploying', 'We did not investigate the warning', '배포할 때 더 주의하지 않았다', 'Nobody made sure the alert fired']) {
      const md = `## 5 Whys\n\n- Users saw errors\n  - Why? ${cause} (root cause)\n\n## Action Items\n\n- [ ] Add a canary (owner: @a)\n`;
      const doc = parseDocument(md);
      const out = apply(doc, actionItemFromCause(doc, byText(doc, cause.slice(0, 8))));
      const vague = lint(out).findings.filter((f) => f.ruleId === 'vague-action-item' && f.start >= md.length - 1);
      assert.deepEqual(vague.map((f) => f.message), [], cause);
    }
  });

  it('words the description in the cause language', () => {
    assert.equal(causeDescription('The cache was cold', 'en'), 'TODO: the change that prevents this (cause: “The cache was cold”)');
    assert.equal(causeDescription('캐시가 비어 있었다', 'ko'), 'TODO: 재발을 막을 변경 (원인: “캐시가 비어 있었다”)');
    assert.equal(causeDescription('알림이 없었다', 'ko'), 'TODO: 이를 알아챌 알림이나 점검 (원인: “알림이 없었다”)');
  });
});

describe('5-whys review: a root cause stated apart from the chain (session 10)', () => {
  const stops = (text: string, locale: 'en' | 'ko') => {
    const doc = parseDocument(text);
    return [...reviewFiveWhys(doc, { locale }).values()].filter((r) => r.problems.some((p) => p.kind === 'stops-early')).length;
  };
  const rule = (text: string, locale: 'en' | 'ko') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'five-whys-root-cause').length;
  const EN_CHAIN = '# Postmortem: stale search index\n\n## 5 Whys\n\n1. Shoppers saw sold-out items as in stock\n   1. Why? The search index lagged the catalogue by two hours\n      1. Why? The indexer queue had no consumer after the node pool resize\n';
  const KO_CHAIN = '# 장애 보고서: 검색 색인 지연\n\n## 5 Whys\n\n1. 고객이 품절 상품을 재고 있음으로 보았다\n   1. 왜? 검색 색인이 카탈로그보다 두 시간 늦었다\n      1. 왜? 노드 풀 크기 조정 뒤 색인 큐에 소비자가 없었다\n';
  it('asks for a marker when nothing names the root cause, in the view as in the linter (EN, KO)', () => {
    assert.equal(stops(EN_CHAIN, 'en'), 1);
    assert.equal(rule(EN_CHAIN, 'en'), 1);
    assert.equal(stops(KO_CHAIN, 'ko'), 1);
    assert.equal(rule(KO_CHAIN, 'ko'), 1);
  });
  it('does not, in either, when a root-cause section states it (EN, KO)', () => {
    const en = `${EN_CHAIN}\n## Root cause\n\nThe resize script recreated nodes without re-registering the indexer consumer.\n`;
    assert.equal(stops(en, 'en'), 0);
    assert.equal(rule(en, 'en'), 0);
    const ko = `${KO_CHAIN}\n## 근본 원인\n\n크기 조정 스크립트가 노드를 다시 만들면서 색인 소비자를 다시 등록하지 않았다.\n`;
    assert.equal(stops(ko, 'ko'), 0);
    assert.equal(rule(ko, 'ko'), 0);
  });
  it('still asks when the root-cause section is a template leftover (EN, KO)', () => {
    assert.equal(stops(`${EN_CHAIN}\n## Root cause\n\nTODO\n`, 'en'), 1);
    assert.equal(stops(`${KO_CHAIN}\n## 근본 원인\n\nTODO\n`, 'ko'), 1);
  });
});
