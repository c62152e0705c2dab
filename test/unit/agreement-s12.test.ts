import * as assert from 'node:assert/strict';
import { agreement, SECOND_JUDGE_RULES } from '../realworld/agreement';

// Session 12: a second blind judge re-judged three structural rules on the 16 fresh holdout documents; the tool that
// compares the two judges must find every second-judge file's first judge and count only the rules judged twice.
describe('real-world inter-judge agreement (session 12)', () => {
  it('pairs every second-judge file with its first judge and counts the twice-judged rules', () => {
    const { documents, rules } = agreement();
    assert.ok(documents >= 16, `documents ${documents}`);
    assert.deepEqual(Object.keys(rules), [...SECOND_JUDGE_RULES]);
    for (const c of Object.values(rules)) for (const n of Object.values(c)) assert.ok(Number.isInteger(n) && n >= 0);
  });
});
