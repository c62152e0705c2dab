// Session 12 (lead): a condition contrary to fact that negates what a person did, with a WORSE consequence, credits the
// act and judges nobody (src/core/language/gate.ts, creditNotBlame). Found beside a fuzz case (a blame rewrite inside
// such a condition, doc 76751's shape); the sentences are new, written for the kind. Before the gate, the engine of
// 8f86ccc flagged all four English sentences and one of the three Korean ones; the controls (a better consequence:
// hindsight about a person's act) stay flagged. Korean and English both have the kind.
import { strict as assert } from 'node:assert';
import { describeKinds, spans } from './sentence-kinds';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

describeKinds('lead s12: credit, not blame', {
  'a negated act with a worse consequence is credit (EN)': {
    clean: [
      'If Priya had not rolled back within minutes, the outage would have been far worse.',
      'Had the on-call engineer not spotted the disk alert, the queue would have kept growing and the outage would have lasted hours.',
      "If the reviewer hadn't caught the typo, the migration would have taken much longer to recover from.",
      'Had Omar not paused the rollout, it could have been much worse.',
    ],
    flagged: [
      ['If Sam had not skipped the review, the outage would have been avoided.', [['c', 'If Sam had not skipped the review, the outage would']]],
      ['Had the on-call not ignored the page, we would have caught it in minutes.', [['c', 'Had the on-call not ignored the page, we would have'], ['b', 'ignored']]],
    ],
  },
  'a negated act with a worse consequence is credit (KO)': {
    clean: [
      '현우 님이 바로 롤백하지 않았다면 피해가 훨씬 컸을 것이다.',
      '당직자가 경보를 확인하지 못했더라면 장애가 몇 시간 더 이어졌을 것이다.',
      '리뷰어가 오타를 잡아내지 않았다면 복구가 더 오래 걸렸을 것이다.',
    ],
    flagged: [
      ['당직자가 알림을 무시하지 않았다면 장애를 막을 수 있었을 것이다.', [['c', '않았다면 장애를 막을 수 있었을 것이다']]],
      ['운영자가 검증을 건너뛰지 않았더라면 장애는 일어나지 않았을 것이다.', [['c', '않았더라면 장애는 일어나지 않았을 것이다']]],
    ],
  },
});

describe('lead s12: a blame rewrite inside a condition contrary to fact', () => {
  it('offers no rewrite that would invert the condition or leave "…없었다더라면" (fuzz doc 76751\'s shape)', () => {
    const doc = '---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n당직자가 실수로 설정을 지우지 않았더라면 장애는 없었을 것이다.\n';
    for (const f of lint(doc, { locale: 'ko' }).findings) {
      for (const s of f.suggestions ?? []) {
        const text = JSON.stringify(s);
        assert.ok(!/없었다더라면|안전장치가 없었더라면/u.test(text), text);
      }
    }
    assert.ok(spans('당직자가 실수로 설정을 지우지 않았더라면 장애는 없었을 것이다.').length > 0, 'still flagged');
  });
});

describe('lead s12: a call for punishment rewritten inside a 5-whys answer keeps its root-cause marker', () => {
  // Fuzz doc 78940's shape, written as a user would: the answer that closes a chain holds the punitive call and the
  // marker. Each offered rewrite of the blameful finding must keep the marker, so the chain stays marked.
  const doc = [
    '# Postmortem',
    '',
    '## 5 Whys',
    '',
    '1. Customers saw "payment failed" at checkout for 23 minutes',
    '   1. Why? The payment service timed out',
    '      1. Why? Bob should be held accountable for the pool size (root cause)',
    '',
  ].join('\n');
  it('offers rewrites, and none of them brings five-whys-root-cause', () => {
    const before = lint(doc).findings;
    assert.equal(before.filter((f) => f.ruleId === 'five-whys-root-cause').length, 0);
    const blame = before.filter((f) => f.ruleId === 'blameful-language');
    assert.ok(blame.length > 0 && blame.every((f) => f.suggestions.length > 0));
    for (const f of blame) {
      for (const sg of f.suggestions) {
        const fixed = applyFixes(doc, [sg.edits]).text;
        assert.match(fixed, /\(root cause\)/u, sg.title);
        assert.deepEqual(lint(fixed).findings.filter((g) => g.ruleId === 'five-whys-root-cause').map((g) => g.message), [], sg.title);
      }
    }
  });
});
