import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { fallbackRewrites } from '../../src/core/language/fallback';
import { keepMarks } from '../../src/core/language/rewriteMarks';
import { rewriteDamage, sweepOne } from '../../scripts/ko-rewrite-sweep';

/**
 * Session 18, fixes: rewrites found unsound by the English sweep (`npx tsx scripts/ko-rewrite-sweep.ts --lang en`,
 * `--generate`), fixed as classes at their cause.
 *
 * KIND (one line each):
 * (a) a bracket or quote at an edge of the replaced words: a module's rewrite took the "(" that opens the sentence or the
 *     ")" that closes it ("(Kenji showed … calendar.)" → "Nothing in the process enforced … calendar.)"). Every prose
 *     rewrite now goes through language/rewriteMarks.ts keepMarks: a mark the replacement drops at an edge stays outside;
 * (b) a quotation the rewrite paraphrases, one of its marks inside the span and one just after it ('they "let the host go
 *     to sleep".' → 'nothing alerted them while the host went to sleep".'): the quotation is taken whole and the paraphrase
 *     carries no quote marks; a rewrite that still changes a bracket, a quote, bold or code marks or a table cell border
 *     (a scare-quoted verb, 'Ines "forgot" to …') is not offered, the finding stays;
 * (c) a second blame clause the first rewrite uncovers (the brief's "X deleted the table and then failed to notify
 *     anyone" → "… and was not prompted to notify anyone", after which "X deleted" is flagged; the sweep's joined pairs
 *     ", and …"): the rewrite check (findings.ts checkClean) counted a phrase-list entry and a module detection on the
 *     same words as two findings, so a rewrite that removed both while uncovering another "lowered" the count. Findings are
 *     now counted by stretch, as they are reported: such a rewrite is not offered (no sound single edit exists), the
 *     finding stays;
 * (d) Korean: a clause joined by a connective ending after its past stem ("어리석은 결정이었고, …", "성급한 판단이었지만, …")
 *     was rewritten with a final ending in the middle of the sentence ("…내린 결정이었다, …"): the rewrite keeps the
 *     word's connective (ko/prose.ts joinedEnding); the sweep's rewriteDamage now reports a final ending before a comma.
 * Korean mirrors: (a) and (b) hold in Korean through the same keepMarks (tested below; the Korean modules kept their
 * brackets already); (c) Korean coordinated clauses are read clause by clause (tested as a sound pair below); the
 * Korean mirror of "X deleted the table and failed to notify anyone" is lang-ko's this session (coordinated verb phrases).
 * English has no connective endings (d): its mirror, a verdict before ", but …", keeps its clause (tested).
 *
 * Sentences written for this test (none from the evaluation set or the corpus).
 */
const RULES = ['blameful-language', 'counterfactual-language'];
const isKo = (s: string) => /[\uac00-\ud7a3]/u.test(s);
const doc = (s: string) => (isKo(s) ? `# 장애 회고\n\n## 개요\n\n${s}\n` : `# Incident\n\n## Summary\n\n${s}\n`);
const language = (text: string, ko: boolean) => lint(text, { locale: ko ? 'ko' : 'en' }).findings.filter((f) => RULES.includes(f.ruleId));

const FIXED: [kind: string, sentence: string, expected: string][] = [
  ['a', '(Priya showed a blatant disregard for the rollout checklist.)', '(Nothing in the process enforced the rollout checklist.)'],
  ['a', '(Hamid is to blame for the expired certificate.)', '(The expired certificate traces back to gaps in the process.)'],
  ['a', '(We later added a canary stage that would have caught the broken build on Monday)', '(We later added a canary stage that was not part of the process at the time)'],
  ['a', '(야간 당직자가 메모리 경보를 무시했다.)', '(메모리 경보가 대응이 필요한 신호로 눈에 띄지 않았다.)'],
  ['a', '(리뷰어가 변경을 제대로 보지 않았다)', '(변경을 어디까지 확인할지 정한 기준이 없었다)'],
  ['b', 'The retry failed because they "let the batch host go to sleep during the copy".', 'The retry failed because nothing alerted them while the batch host went to sleep during the copy.'],
  ['b', '당직자가 "경보를 무시했다".', '"경보가 대응이 필요한 신호로 눈에 띄지 않았다".'],
  ['d', '새벽에 배포한 것은 어리석은 결정이었고, 카나리를 건너뛴 것도 명백한 실수였다.', '새벽에 배포한 것은 당시 알 수 있던 정보로 내린 결정이었고, 카나리를 건너뛴 것도 확인 절차의 공백이었다.'],
  ['d', '주말에 마이그레이션을 돌린 건 성급한 판단이었지만, 복구는 빨랐다.', '주말에 마이그레이션을 돌린 건 당시 알 수 있던 정보로 내린 결정이었지만, 복구는 빨랐다.'],
  ['d', '당직자가 경보를 무시했는데, 다행히 피해는 작았다.', '경보가 대응이 필요한 신호로 눈에 띄지 않았는데, 다행히 피해는 작았다.'],
  ['d', 'Deploying on a Saturday was a reckless call, but recovery was quick.', 'Deploying on a Saturday was a decision made without the information we have now, but recovery was quick.'],
];

describe('fixes-s18: rewrites keep the marks around them and the clause’s ending', () => {
  for (const [kind, sentence, expected] of FIXED) {
    it(`(${kind}) “${sentence}”`, () => {
      const ko = isKo(sentence);
      const text = doc(sentence);
      const found = language(text, ko);
      assert.ok(found.length >= 1, 'flagged');
      assert.ok(found.every((f) => f.suggestions.length > 0), 'every finding offers a rewrite');
      const first = applyFixes(text, found.map((f) => f.suggestions[0].edits)).text;
      assert.equal(first, doc(expected));
      assert.equal(rewriteDamage(ko ? 'ko' : 'en', sentence, expected), undefined);
      assert.deepEqual(language(first, ko).map((f) => f.message), [], 'no finding after the fix');
      const r = sweepOne(ko ? 'ko' : 'en', sentence);
      assert.ok(!r.unsound, r.reason);
    });
  }
});

describe('fixes-s18: no unsound rewrite where none keeps the marks or the other clause (the finding stays)', () => {
  const WITHHELD = [
    // (b) a scare-quoted verb or subject inside the replaced words.
    'Ines "forgot" to rotate the signing key before the release.',
    'The "approvers" skimmed the migration and merged it within a minute.',
    // (c) a second blame clause uncovered by the first rewrite.
    'Noor dropped the cache table and then failed to tell the on-call channel.',
    'The operator truncated the audit log and then forgot to restore it.',
    'Shipping the schema change at midnight was a foolish gamble, and the choice to skip the dry run was plainly wrong.',
    'Basic care from the deployer would have prevented this, and a single smoke test would have stopped the bad build.',
  ];
  for (const s of WITHHELD) {
    it(`EN “${s}”`, () => {
      const r = sweepOne('en', s);
      assert.ok(r.flagged, 'still flagged');
      assert.ok(!r.unsound, `${r.reason}: ${r.fixedText}`);
    });
  }
  // Korean mirrors: the same shapes, read soundly (a rewrite, if any, resolves every finding and damages nothing).
  const KO = [
    '운영자가 캐시 테이블을 지웠고, 리뷰어는 변경을 제대로 보지 않았다.',
    '당직자가 "디스크 경보"를 무시했다.',
    '(배포 담당자가 롤백 절차를 확인하지 않았습니다.)',
    '새벽 배포는 무모한 선택이었고, 리뷰 없이 머지한 것도 잘못된 판단이었다.',
  ];
  for (const s of KO) {
    it(`KO “${s}”`, () => {
      const r = sweepOne('ko', s);
      assert.ok(r.flagged, 'flagged');
      assert.ok(!r.unsound, `${r.reason}: ${r.fixedText}`);
    });
  }
});

describe('fixes-s18: keepMarks', () => {
  it('returns a rewrite that keeps the marks as it is', () => {
    const text = 'Kai deleted the table.';
    const r = { start: 0, end: 11, text: 'The table was deleted' };
    assert.equal(keepMarks(text, r), r);
  });
  it('leaves an opening or closing bracket outside the span', () => {
    const text = '(Kai wiped the disk.)';
    assert.deepEqual(keepMarks(text, { start: 0, end: 19, text: 'The disk was wiped' }), { start: 1, end: 19, text: 'The disk was wiped' });
    assert.deepEqual(keepMarks(text, { start: 1, end: 21, text: 'The disk was wiped.' }), { start: 1, end: 20, text: 'The disk was wiped.' });
  });
  it('takes a paraphrased quotation whole, the shared mark at the edge set aside', () => {
    const text = 'It failed because they "let it sleep".';
    const start = text.indexOf('they');
    const end = text.indexOf('".') + 1;
    assert.deepEqual(keepMarks(text, { start, end, text: 'nothing woke it"' }), { start, end: end - 1 + 1, text: 'nothing woke it' });
  });
  it('never moves over a table cell border, bold or code marks it cannot keep', () => {
    assert.equal(keepMarks('| 10:02 | Kai wiped it |', { start: 6, end: 20, text: 'It was wiped' }), undefined);
    assert.equal(keepMarks('Kai **wiped** it', { start: 0, end: 11, text: 'It was wiped' }), undefined);
    assert.equal(keepMarks('Kai ran `rm -rf` on it', { start: 0, end: 14, text: 'It was run' }), undefined);
  });
  it('the sweep reports a final ending inside a Korean sentence, not a reported -다고 or a connective', () => {
    assert.match(rewriteDamage('ko', '결정이었고, 복구했다.', '결정이었다, 복구했다.') ?? '', /final ending inside/u);
    assert.equal(rewriteDamage('ko', '결정이었고, 복구했다.', '결정이었고, 복구했다.'), undefined);
    assert.equal(rewriteDamage('ko', '없었다고 한다.', '없었다고 한다.'), undefined);
  });
});

describe('fixes-s18: controls (rewrites that did not change)', () => {
  const SAME: [string, string][] = [
    ['Hamid skipped the canary stage and pushed straight to production.', 'Nothing in the process stopped the engineer from skipping the canary stage and pushing straight to production.'],
    ['The on-call engineer ignored the disk alert for two hours.', 'The disk alert was not acted on for two hours.'],
    ['We should have load-tested the new cache before the launch.', 'The new cache was not load-tested before the launch.'],
    ['야간 당직자가 메모리 경보를 무시했다.', '메모리 경보가 대응이 필요한 신호로 눈에 띄지 않았다.'],
    ['배포 담당자가 롤백 절차를 확인하지 않았습니다.', '롤백 절차를 따르도록 돕는 장치가 없었습니다.'],
    ['주말에 배포한 것은 경솔한 판단이었다.', '주말에 배포한 것은 당시 알 수 있던 정보로 내린 결정이었다.'],
    ['운영자가 캐시 테이블을 지웠고, 리뷰어는 변경을 제대로 보지 않았다.', '운영자가 캐시 테이블을 지웠고, 변경을 어디까지 확인할지 정한 기준이 없었다.'],
  ];
  for (const [s, expected] of SAME) {
    it(s, () => {
      const r = sweepOne(isKo(s) ? 'ko' : 'en', s);
      assert.ok(!r.unsound, r.reason);
      assert.equal(r.fixedText, expected);
    });
  }
});

describe('fixes-s18: rewrite coverage — neglect of a task (게을리), as 소홀 (fallback.ts)', () => {
  const CASES: [string, string][] = [
    ['마감이 겹치면서 백업 점검을 게을리했다.', '마감이 겹치면서 백업 점검에 손이 덜 갔다.'],
    ['인수인계 기간에 모니터링 정비를 다소 게을리 한 탓에 경보가 늦었다.', '인수인계 기간에 모니터링 정비에 다소 손이 덜 간 탓에 경보가 늦었다.'],
  ];
  for (const [s, expected] of CASES) {
    it(s, () => {
      const r = sweepOne('ko', s);
      assert.ok(!r.unsound, r.reason);
      assert.equal(r.fixedText, expected);
    });
  }
  // English mirror: "neglected to V" (a check) is read by the English fallback ("had no prompt to V").
  it('EN mirror: “The team neglected to review the backup job.”', () => {
    const r = sweepOne('en', 'During the handover, Ravi neglected to review the backup job.');
    assert.ok(r.withRewrite && !r.unsound, r.reason);
  });
  it('control: no neglect rewrite for a negated or planned form', () => {
    for (const s of ['백업 점검을 게을리하지 않도록 주간 점검표를 만들었다.', '앞으로 점검을 게을리하면 안 된다.']) {
      const at = s.indexOf('게을리');
      assert.deepEqual(fallbackRewrites(s, { start: at, end: at + 3 }).filter((r) => r.text.includes('손이 덜')), [], s);
    }
  });
});

describe('fixes-s18: a punitive ask rewrites its own clause, not the clauses joined before it', () => {
  // (e) The punitive rewrite replaced the whole sentence: what the first clause told was lost, and its own finding's
  // rewrite overlapped (a fix-all took two runs: the sweep's joined pairs "…, and the engineers responsible should face
  // consequences"). EN en/prose.ts processRewrites, KO ko/prose.ts punitive (clauseStart).
  const CASES: [string, string][] = [
    ['The dashboards were stale for a week, and whoever merged the patch should face disciplinary action.', 'The dashboards were stale for a week, and the process that allowed this needs to change.'],
    ['Our rollout tooling has no brakes; the engineer who ran it should face disciplinary action.', 'Our rollout tooling has no brakes; the process that allowed this needs to change.'],
    ['디스크 경보가 일주일 동안 꺼져 있었고, 담당자는 징계를 받아야 한다.', '디스크 경보가 일주일 동안 꺼져 있었고, 재발을 막을 변경 사항과 그 담당자를 정한다.'],
    ['모니터링이 부족했고, 책임자를 문책해야 합니다.', '모니터링이 부족했고, 재발을 막을 변경 사항과 그 담당자를 정합니다.'],
    // Controls: one clause (a subordinate opening is not a clause of its own), and a punitive sentence alone.
    ['Whoever pushed this, and whoever approved it, should be fired.', 'The process that allowed this needs to change.'],
    ['The engineer who ran it should face disciplinary action.', 'The process that allowed this needs to change.'],
    ['담당자는 징계를 받아야 한다.', '재발을 막을 변경 사항과 그 담당자를 정한다.'],
  ];
  for (const [s, expected] of CASES) {
    it(s, () => {
      const r = sweepOne(isKo(s) ? 'ko' : 'en', s);
      assert.ok(!r.unsound, r.reason);
      assert.equal(r.fixedText, expected);
    });
  }
  it('a vigilance call joined to a punitive ask: one fix-all resolves both', () => {
    const r = sweepOne('en', 'Reviewers have to be more careful with schema changes, and the engineers responsible should face consequences.');
    assert.ok(r.withRewrite && !r.unsound, `${r.reason}: ${r.fixedText}`);
  });
});
