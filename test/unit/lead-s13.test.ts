// Session 13 (lead): an empty list item in a 5-whys chain ("1." being typed, or an item cut off by a half-typed table) is
// no answer. Before, it was a node: a branch ending on it was "unmarked", and the fix appended "(root cause)" to the bare
// number, which made the marker the whole answer and re-shaped the chain, so a new five-whys finding appeared after the
// fix (fuzz doc 77595's shape). Now an item with no paragraph and no nested list is not a node. New documents, EN and KO.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

const fiveWhys = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'five-whys-root-cause');

/** Applies the five-whys fix once; the findings after it. */
function fixOnce(text: string): { fixed: string; after: ReturnType<typeof fiveWhys>; edits: number } {
  const [f] = fiveWhys(text);
  assert.ok(f, 'a five-whys finding before the fix');
  const s = f.suggestions[0];
  const { text: fixed } = applyFixes(text, [s.edits]);
  return { fixed, after: fiveWhys(fixed), edits: s.edits.length };
}

describe('lead s13: an empty item in a 5-whys chain is no answer', () => {
  const cases: Record<string, { text: string; branches: number }> = {
    'EN, an empty sub-item after two answers': {
      text: '# Postmortem\n\n## 5 Whys\n\n1. Exports to S3 stalled for two hours\n   1. Why? The uploader ran out of file handles\n   2. Why? Retries opened new handles without closing old ones\n   3.\n',
      branches: 2,
    },
    'EN, an empty item being typed at the end of a flat chain': {
      text: '# Postmortem\n\n## Five whys\n\n1. Search returned stale results for an hour\n2. Why? The index refresh job was paused\n3. Why? A maintenance flag was never cleared\n4.\n',
      branches: 1,
    },
    'EN, an empty item cut off by a table': {
      text: '# Postmortem\n\n## 5 Whys\n\n1. Logins failed for EU users\n   1. Why? The session store was read-only\n   2.\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      branches: 1,
    },
    'KO, an empty sub-item after two answers': {
      text: '---\nlang: ko\n---\n# 장애 보고서\n\n## 5 Whys\n\n1. 결제 알림이 40분 동안 발송되지 않았다\n   1. 왜? 메시지 큐의 소비자가 멈춰 있었다\n   2. 왜? 배포 후 소비자 설정이 비어 있었다\n   3.\n',
      branches: 2,
    },
    'KO, an empty item being typed at the end of a flat chain': {
      text: '---\nlang: ko\n---\n# 장애 보고서\n\n## 왜 5번\n\n1. 검색 결과가 한 시간 동안 갱신되지 않았다\n2. 왜? 색인 갱신 작업이 중지되어 있었다\n3.\n',
      branches: 1,
    },
  };
  for (const [name, { text, branches }] of Object.entries(cases)) {
    it(`${name}: the fix marks only written answers and leaves no five-whys finding`, () => {
      const { fixed, after, edits } = fixOnce(text);
      assert.equal(edits, branches);
      assert.deepEqual(after.map((f) => f.message), []);
      assert.doesNotMatch(fixed, /^\s*\d+\.\s*\((?:root cause|근본 원인)\)/mu, 'no bare number marked');
    });
  }

  it('keeps an item whose only content is a nested list (its answers are below it)', () => {
    const text = '# Postmortem\n\n## 5 Whys\n\n1. Builds timed out all afternoon\n   1.\n      1. Why? The cache volume was full\n';
    const { after, edits } = fixOnce(text);
    assert.equal(edits, 1);
    assert.deepEqual(after, []);
  });
});
