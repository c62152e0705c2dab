// 5 whys only where they are (issue 7): a plain causal bullet list is not a 5-whys chain unless its
// heading, a lead-in or its items say so; a real chain is reported once, on its first line, with a fix.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

const chains = (text: string) => parseDocument(text).fiveWhys.flatMap((t) => t.roots.map((r) => parseDocument(text).lines.position(r.start).line));
const findings = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'five-whys-root-cause');

describe('5 whys only where they are', () => {
  it('does not read a plain causal list under "Root cause analysis" as a chain (EN and KO)', () => {
    assert.deepEqual(chains('# X\n\n## Root Cause Analysis\n\n- The disk filled up\n- etcd writes failed\n- The API server crashed\n'), []);
    assert.deepEqual(chains('# X\n\n## 원인 분석\n\n- 스토리지 임계치 초과\n- ETCD 쓰기 실패\n- API 서버 중단\n'), []);
    assert.deepEqual(chains('# X\n\n## 원인 분석\n\n### 왜 문제가 발생했는가?\n\n- 데이터 증가\n- 모니터링 부족\n'), []);
  });
  it('reads a chain when the heading says 5 whys (EN and KO)', () => {
    assert.deepEqual(chains('# X\n\n## 5 Whys\n\n- Checkout failed\n- The pool was exhausted\n'), [5]);
    assert.deepEqual(chains('# X\n\n## 왜 5번\n\n- 결제 실패\n- 커넥션 풀 고갈\n'), [5]);
  });
  it('reads a chain when a lead-in or the items say why (EN and KO)', () => {
    assert.deepEqual(chains('# X\n\n## Root cause analysis\n\nFive whys:\n\n- Checkout failed\n- The pool was exhausted\n'), [7]);
    assert.deepEqual(chains('# X\n\n## 원인 분석\n\n- 결제 실패\n- 왜? 커넥션 풀 고갈\n'), [5]);
  });
  it('reports a chain once, on its first line, and the fix marks every open branch (EN)', () => {
    const text = '# X\n\n## 5 Whys\n\n1. Checkout failed\n   1. Why? The pool was exhausted\n   2. Why? Retries tripled the load\n';
    const f = findings(text);
    assert.deepEqual(f.map((x) => `${x.line}:${x.column}`), ['5:4']);
    const fixed = applyFixes(text, [f[0].suggestions[0].edits]).text;
    assert.ok(fixed.includes('The pool was exhausted (root cause)') && fixed.includes('Retries tripled the load (root cause)'), fixed);
    assert.deepEqual(findings(fixed), []);
  });
  it('reports a chain once, on its first line, and the fix marks it (KO)', () => {
    const text = '# X\n\n## 근본 원인 분석(5 Whys)\n\n- 결제 실패\n  - 왜? 커넥션 풀 고갈\n    - 왜? 재시도 폭주\n';
    const f = findings(text, 'ko');
    assert.deepEqual(f.map((x) => `${x.line}:${x.column}`), ['5:3']);
    assert.match(f[0].message, /3단계/);
    const fixed = applyFixes(text, [f[0].suggestions[0].edits]).text;
    assert.ok(fixed.endsWith('재시도 폭주 (근본 원인)\n'), fixed);
    assert.deepEqual(findings(fixed, 'ko'), []);
  });
});
