import { strict as assert } from 'node:assert';
import { parseDocument, type PostmortemDocument } from '../../src/core/model/document';
import type { WhyNode } from '../../src/core/model/fiveWhys';
import { applyFixes } from '../../src/core/fix';
import {
  addFactor, addWhy, attachEvidence, customerQuestion, deleteNode, markRootCause, printWhyTree, startFiveWhys,
  unmarkRootCause, whyQuestion, type WhyEdit,
} from '../../src/core/fiveWhysEdits';

/** A tree as nested [text, rootCause, children] for comparisons. */
type Shape = [string, boolean, Shape[]];
const shape = (nodes: readonly WhyNode[]): Shape[] => nodes.map((n) => [n.text, n.rootCause, shape(n.children)]);
const roots = (doc: PostmortemDocument) => doc.fiveWhys[0]?.roots ?? [];
const apply = (doc: PostmortemDocument, e: WhyEdit | undefined) => {
  assert.ok(e, 'an edit is expected');
  return applyFixes(doc.text, [e.edits]).text;
};
/** Finds a node by its answer text. */
const find = (doc: PostmortemDocument, text: string): WhyNode => {
  const stack = [...roots(doc)];
  while (stack.length) {
    const n = stack.shift()!;
    if (n.text === text) return n;
    stack.push(...n.children);
  }
  throw new Error(`no node "${text}"`);
};

const NESTED = `# Postmortem

## 5 Whys

1. Customers saw payment errors
   1. Why? The payment API timed out
      1. Why? The connection pool was exhausted
   2. Why? Clients retried without backoff

## Action Items
`;

const FLAT_KO = `# 장애 보고서

## 근본 원인 분석(5 Whys)

- 고객이 결제를 완료하지 못했다
- 왜? 결제 API가 타임아웃되었다
- 왜? 커넥션 풀이 고갈되었다
`;

const PARAGRAPHS = `## Root Cause Analysis

아이들의 점심 주문이 되어 있지 않았다.

Why? 점심은 최소 2일 전에 미리 주문해야만 한다.

Why? 한 달에 한번 있는 일이라 잊기가 쉽다.
`;

describe('5-whys edits', () => {
  it('asks why on a leaf: a nested item under its text, same marker style and "Why?" prefix', () => {
    const doc = parseDocument(NESTED);
    const e = addWhy(doc, find(doc, 'The connection pool was exhausted'), 'The pool size was fixed at 10');
    const out = apply(doc, e);
    assert.ok(out.includes('      1. Why? The connection pool was exhausted\n         1. Why? The pool size was fixed at 10\n'), out);
    const again = parseDocument(out);
    assert.deepEqual(find(again, 'The connection pool was exhausted').children.map((c) => c.text), ['The pool size was fixed at 10']);
    assert.equal(out.slice(e!.cursor!, e!.cursor! + 8), 'The pool');
  });

  it('asks why on a node with children: appended after the last one, numbering continued', () => {
    const doc = parseDocument(NESTED);
    const out = apply(doc, addWhy(doc, find(doc, 'Customers saw payment errors'), 'A deploy changed the timeout'));
    assert.ok(out.includes('   2. Why? Clients retried without backoff\n   3. Why? A deploy changed the timeout\n'), out);
    assert.equal(roots(parseDocument(out))[0].children.length, 3);
  });

  it('adds a contributing factor as a sibling, after the sibling subtree', () => {
    const doc = parseDocument(NESTED);
    const out = apply(doc, addFactor(doc, find(doc, 'The payment API timed out'), 'A cache node was down', 'https://grafana.example.com/d/cache'));
    const again = parseDocument(out);
    const added = find(again, 'A cache node was down ([evidence](https://grafana.example.com/d/cache))');
    assert.equal(added.parent?.text, 'Customers saw payment errors');
    assert.equal(added.evidence.length, 1);
    assert.equal(addFactor(doc, roots(doc)[0], 'x'), undefined, 'a problem statement has no siblings to add this way');
  });

  it('continues a flat Korean chain, and branches under a middle link', () => {
    const doc = parseDocument(FLAT_KO);
    const out = apply(doc, addWhy(doc, find(doc, '커넥션 풀이 고갈되었다'), '풀 크기가 트래픽 증가를 반영하지 않았다'));
    assert.ok(out.endsWith('- 왜? 커넥션 풀이 고갈되었다\n- 왜? 풀 크기가 트래픽 증가를 반영하지 않았다\n'), out);
    assert.equal(find(parseDocument(out), '풀 크기가 트래픽 증가를 반영하지 않았다').depth, 3);

    const branched = apply(doc, addWhy(doc, find(doc, '결제 API가 타임아웃되었다'), '재시도가 부하를 키웠다'));
    const node = find(parseDocument(branched), '재시도가 부하를 키웠다');
    assert.equal(node.parent?.text, '결제 API가 타임아웃되었다');
    assert.deepEqual(node.parent?.children.map((c) => c.text).sort(), ['재시도가 부하를 키웠다', '커넥션 풀이 고갈되었다'].sort());
  });

  it('adds a factor to a flat chain link by nesting under its parent', () => {
    const doc = parseDocument(FLAT_KO);
    const out = apply(doc, addFactor(doc, find(doc, '커넥션 풀이 고갈되었다'), '재시도가 부하를 키웠다'));
    const node = find(parseDocument(out), '재시도가 부하를 키웠다');
    assert.equal(node.parent?.text, '결제 API가 타임아웃되었다');
  });

  it('continues a paragraph chain with a "Why?" paragraph, and refuses to branch it', () => {
    const doc = parseDocument(PARAGRAPHS);
    const out = apply(doc, addWhy(doc, find(doc, '한 달에 한번 있는 일이라 잊기가 쉽다.'), '주문 알림이 없다'));
    assert.ok(out.endsWith('잊기가 쉽다.\n\n왜? 주문 알림이 없다\n'), out);
    assert.equal(addWhy(doc, find(doc, '아이들의 점심 주문이 되어 있지 않았다.'), 'x'), undefined);
  });

  it('marks and unmarks a root cause, restoring the text exactly', () => {
    for (const text of [NESTED, FLAT_KO, PARAGRAPHS]) {
      const doc = parseDocument(text);
      const chain = [...roots(doc)];
      let leaf = chain[0];
      while (leaf.children.length) leaf = leaf.children[leaf.children.length - 1];
      const marked = apply(doc, markRootCause(doc, leaf));
      const markedDoc = parseDocument(marked);
      const again = find(markedDoc, leaf.text);
      assert.equal(again.rootCause, true);
      assert.equal(markRootCause(markedDoc, again), undefined);
      assert.equal(apply(markedDoc, unmarkRootCause(markedDoc, again)), text);
    }
  });

  it('writes the marker in the answer language', () => {
    const doc = parseDocument(FLAT_KO);
    assert.ok(apply(doc, markRootCause(doc, find(doc, '커넥션 풀이 고갈되었다'))).includes('고갈되었다 (근본 원인)'));
    const en = parseDocument(NESTED);
    assert.ok(apply(en, markRootCause(en, find(en, 'Clients retried without backoff'))).includes('backoff (root cause)'));
  });

  it('attaches evidence as a link or a labelled reference', () => {
    const doc = parseDocument(FLAT_KO);
    const out = apply(doc, attachEvidence(doc, find(doc, '커넥션 풀이 고갈되었다'), 'https://grafana.example.com/d/db'));
    assert.ok(out.includes('커넥션 풀이 고갈되었다 ([근거](https://grafana.example.com/d/db))'));
    const en = parseDocument(NESTED);
    const out2 = apply(en, attachEvidence(en, find(en, 'The payment API timed out'), 'INC-123 logs'));
    assert.ok(out2.includes('The payment API timed out (evidence: INC-123 logs)'));
    assert.equal(find(parseDocument(out2), 'The payment API timed out (evidence: INC-123 logs)').evidence.length, 1);
  });

  it('deletes a node with its subtree, whole lines only', () => {
    const doc = parseDocument(NESTED);
    const out = apply(doc, deleteNode(doc, find(doc, 'The payment API timed out')));
    assert.ok(!out.includes('timed out') && !out.includes('exhausted'));
    assert.deepEqual(shape(roots(parseDocument(out))), [['Customers saw payment errors', false, [['Clients retried without backoff', false, []]]]]);
    const ko = parseDocument(FLAT_KO);
    const out2 = apply(ko, deleteNode(ko, find(ko, '결제 API가 타임아웃되었다')));
    assert.ok(out2.endsWith('- 고객이 결제를 완료하지 못했다\n'), out2);
    const p = parseDocument(PARAGRAPHS);
    const out3 = apply(p, deleteNode(p, find(p, '한 달에 한번 있는 일이라 잊기가 쉽다.')));
    assert.ok(out3.endsWith('미리 주문해야만 한다.\n'), JSON.stringify(out3));
  });

  it('starts a 5-whys section in the document language, after the root causes', () => {
    const en = parseDocument('# Postmortem\n\n## Root Causes\n\nA config change.\n\n## Action Items\n\n- x @a\n');
    const out = apply(en, startFiveWhys(en, 'Customers could not check out'));
    assert.ok(out.includes('A config change.\n\n## 5 Whys\n\n1. Customers could not check out\n\n## Action Items'), out);
    assert.equal(roots(parseDocument(out))[0].text, 'Customers could not check out');

    const ko = parseDocument('# 장애 보고서\n\n## 개요\n\n결제 장애.\n');
    const out2 = apply(ko, startFiveWhys(ko, '고객이 결제를 완료하지 못했다'));
    assert.ok(out2.endsWith('결제 장애.\n\n## 근본 원인 분석(5 Whys)\n\n1. 고객이 결제를 완료하지 못했다\n'), JSON.stringify(out2));
  });

  it('adds a problem statement to an existing section, with or without a list', () => {
    const empty = parseDocument('## 5 Whys\n\n## Action Items\n');
    const out = apply(empty, startFiveWhys(empty, 'Users saw errors'));
    assert.equal(roots(parseDocument(out))[0].text, 'Users saw errors');
    const doc = parseDocument(NESTED);
    const out2 = apply(doc, startFiveWhys(doc, 'Refunds were delayed'));
    assert.deepEqual(roots(parseDocument(out2)).map((r) => r.text), ['Customers saw payment errors', 'Refunds were delayed']);
    assert.ok(out2.includes('   2. Why? Clients retried without backoff\n2. Refunds were delayed\n'));
  });

  it('keeps CRLF line endings', () => {
    const doc = parseDocument(NESTED.replace(/\n/g, '\r\n'));
    const out = apply(doc, addWhy(doc, find(doc, 'The connection pool was exhausted'), 'Pool fixed at 10'));
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
  });

  it('asks questions from the customer view, in both languages', () => {
    assert.equal(customerQuestion('en'), 'What did affected users experience?');
    assert.equal(customerQuestion('ko'), '고객은 어떤 영향을 받았나요?');
    assert.ok(whyQuestion({ text: 'The API timed out.' }, 'en').startsWith('Why did "The API timed out"'));
    assert.ok(whyQuestion({ text: '결제 API가 타임아웃되었다' }, 'ko').startsWith('왜 "결제 API가 타임아웃되었다"'));
  });
});

describe('5-whys print/parse round trip', () => {
  const docs: Record<string, string> = {
    'nested English': NESTED,
    'flat Korean': FLAT_KO,
    'paragraphs': PARAGRAPHS,
    'deep and branching': `## 5 Whys
- Users saw 502s
  - Why? The load balancer had no healthy backends
    - Why? All pods failed readiness
      - Why? The readiness probe called the database
        - Why? The probe was copied from the liveness probe (root cause)
    - Why? Autoscaling was at its maximum
  - Why? The CDN cached the errors
    - **Root cause**: error responses were cacheable
`,
    'Korean nested ordered': `## 근본 원인 분석(5 Whys)
1. 고객이 로그인하지 못했다
   1. 왜? 인증 서버가 응답하지 않았다 ([근거](https://grafana.example.com/auth))
      1. 왜? 인증서가 만료되었다 (근본 원인)
   2. 왜? 캐시된 세션도 무효화되었다
`,
  };
  for (const [name, text] of Object.entries(docs)) {
    for (const ordered of [false, true]) {
      it(`${name} → ${ordered ? 'ordered' : 'bullet'} list → same tree`, () => {
        const first = roots(parseDocument(text));
        const printed = `## 5 Whys\n\n${printWhyTree(first, { ordered })}`;
        const second = roots(parseDocument(printed));
        assert.deepEqual(shape(second), shape(first), printed);
        assert.deepEqual(second.flatMap((n) => n.evidence.length), first.flatMap((n) => n.evidence.length));
      });
    }
  }
});
