import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { fallbackRewrites } from '../../src/core/language/fallback';
import { lint } from '../../src/core/lint';
import { checkDocument } from '../fuzz/fuzz';
import { rewriteDamage } from '../../scripts/ko-rewrite-sweep';

/**
 * Session 17, fixes: Korean rewrites that a re-lint finds clean but that damage the sentence, found by the sweep's new
 * checks and `--generate` mode (scripts/ko-rewrite-sweep.ts: endings crossed with Markdown contexts; rewriteDamage).
 *
 * KIND (one line each):
 * (a) a spoken ending after a past predicate that the rewrite builder does not read (-네요, -죠, -잖아요, -거든요,
 *     -더라고요): the builder ended its rewrite with a final ending and the word's own ending followed it ("…없었다네요",
 *     which reads as hearsay; "…않았다네요"). Now the word's ending joins the past stem ("…없었네요") — ko/prose.ts
 *     joinedEnding, for every Korean module rewrite;
 * (b) a polite sentence with trailing marks ("…텐데요 ㅠㅠ", "…했습니다;;", "(…이었어요.)") was read as plain, and its
 *     rewrite ended in "…없었다", "…결정이었다", "…필요하다": the style is read with the marks set aside (ko/prose.ts
 *     polite, needIn);
 * (c) "실수로 X를 V했다" was rewritten first as "X를 막아 주는 안전장치가 없었다" (a safeguard that blocks the object, the
 *     act lost): with an object, the check before handling it comes first ("X를 다루기 전에 확인을 요구하는 단계가 …"), and
 *     the safeguard is one against unintended work on X;
 * (d) rewrite coverage: a check named by its noun and not done ("백업 확인을 안 했다", "스키마 검토를 못 했습니다") was
 *     flagged with no rewrite: "…확인을 거치도록 하는 단계가 없었다", the word's ending kept (fallback.ts).
 * English mirrors: English has no stacked endings or speech levels (a, b); its trailing marks and fragments are kept by
 * the passive rewrites (tested below); (c) "accidentally deleted X" names the act ("…stopped the engineer from deleting
 * X"); (d) "didn't test X" is read by the module ("X was not tested").
 *
 * Sentences written for this test (none from the evaluation set or the corpus). Every one: flagged, offers a rewrite, the
 * preferred rewrite is the one expected, it leaves no language finding, damages nothing, and a second run has nothing to fix.
 */
const RULES = ['blameful-language', 'counterfactual-language'];
const doc = (s: string, ko: boolean) => (ko ? `# 장애 회고\n\n## 개요\n\n${s}\n` : `# Incident\n\n## Summary\n\n${s}\n`);
const language = (text: string, ko: boolean) => lint(text, { locale: ko ? 'ko' : 'en' }).findings.filter((f) => RULES.includes(f.ruleId));

const CASES: [kind: string, sentence: string, expected: string][] = [
  // (a) spoken endings after the past stem.
  ['a', '제가 너무 안일했네요', '위험이 드러나지 않았네요'],
  ['a', '당직자가 디스크 경보를 놓쳤네요 ㅠ', '디스크 경보가 대응이 필요한 신호로 눈에 띄지 않았네요 ㅠ'],
  ['a', '김 대리님이 배포 전에 설정을 확인하지 않았잖아요.', '배포 전에 설정을 확인하도록 하는 장치가 없었잖아요.'],
  ['a', '운영자가 인증서 갱신을 깜빡했죠..', '인증서 갱신을 상기시켜 주는 장치가 없었죠..'],
  ['a', '야간 작업자가 롤백 테스트를 하지 않았거든요.', '롤백 테스트를 하도록 하는 장치가 없었거든요.'],
  // (a) + (c) a slip with an object, a spoken ending and trailing marks.
  ['c', '제가 실수로 운영 DB를 지워버렸네요 ㅠㅠ', '운영 DB를 다루기 전에 확인을 요구하는 단계가 없었네요 ㅠㅠ'],
  // (b) the polite style read past the trailing marks.
  ['b', '조금만 더 일찍 롤백했더라면 피해가 적었을 텐데요 ㅠㅠ', '조금만 더 일찍 롤백하도록 하는 장치가 없었습니다'],
  ['b', '제가 경고를 무시했어요 ㅠ', '경고가 대응이 필요한 신호로 눈에 띄지 않았어요 ㅠ'],
  ['b', '(새벽에 캐시를 비운 것은 어리석은 결정이었어요.)', '(새벽에 캐시를 비운 것은 당시 알 수 있던 정보로 내린 결정이었습니다.)'],
  ['b', '- 온콜 담당자들에게 주의를 당부했죠..', '- 위험한 단계를 자동으로 막는 검사가 필요합니다..'],
  // (d) a check named by its noun, not done.
  ['d', '신입 개발자가 백업 확인을 안 했다.', '신입 개발자가 백업 확인을 거치도록 하는 단계가 없었다.'],
  ['d', '리뷰어가 스키마 검토를 못 했습니다 ㅠㅠ', '리뷰어가 스키마 검토를 거치도록 하는 단계가 없었습니다 ㅠㅠ'],
  ['d', '배포 담당자가 롤백 테스트를 안 했어요.', '배포 담당자가 롤백 테스트를 거치도록 하는 단계가 없었어요.'],
  // English mirrors.
  ['a', 'I forgot to renew the cert, sorry :(', 'The cert was not renewed, sorry :('],
  ['a', 'Our on-call engineer ignored the disk alert, as usual...', 'The disk alert was not acted on, as usual...'],
  ['c', 'Dana accidentally deleted the production database :(', 'Nothing in the process stopped the engineer from deleting the production database :('],
  ['d', "The new developer didn't test the rollback.", 'The rollback was not tested.'],
];

describe('fixes-s17: Korean rewrites keep the sentence’s ending, style and act', () => {
  for (const [kind, sentence, expected] of CASES) {
    it(`(${kind}) “${sentence}”`, () => {
      const ko = /[\uac00-\ud7a3]/u.test(sentence);
      const text = doc(sentence, ko);
      const found = language(text, ko);
      assert.ok(found.length >= 1, 'flagged');
      assert.ok(found.every((f) => f.suggestions.length > 0), 'every finding offers a rewrite');
      const first = applyFixes(text, found.map((f) => f.suggestions[0].edits)).text;
      assert.equal(first, doc(expected, ko));
      assert.equal(rewriteDamage(ko ? 'ko' : 'en', sentence, expected), undefined);
      assert.deepEqual(language(first, ko).map((f) => f.message), [], 'no finding after the fix');
      for (const f of found)
        for (const s of f.suggestions) {
          const fixed = applyFixes(text, [s.edits]).text;
          assert.deepEqual(language(fixed, ko).filter((g) => g.line === f.line && g.column === f.column).map((g) => g.message), [], `after “${s.title}”`);
          assert.equal(rewriteDamage(ko ? 'ko' : 'en', text, fixed), undefined, `after “${s.title}”`);
        }
    });
  }
});

describe('fixes-s17: the same sentences in Markdown contexts (a table cell, a list, a checklist, a blockquote)', () => {
  const ko = CASES.filter(([, s]) => /[\uac00-\ud7a3]/u.test(s)).map(([, s]) => s);
  const en = CASES.filter(([, s]) => !/[\uac00-\ud7a3]/u.test(s)).map(([, s]) => s);
  const body = (xs: string[], head: string) => `${head}\n\n${xs.map((s, i) => (i % 4 === 0 ? `| 10:0${i % 10} | ${s} |` : i % 4 === 1 ? `- ${s}` : i % 4 === 2 ? `- [x] ${s}` : `> ${s}`)).join('\n\n')}`;
  it('Korean', () => {
    const text = `# 장애 회고\n\n## 개요\n\n요약입니다.\n\n## 타임라인\n\n| 시각 | 내용 |\n| --- | --- |\n${body(ko, '').trim()}\n\n## 근본 원인\n\n원인입니다.\n`;
    const c = checkDocument({ text, origin: 'fixes-s17 KO' }, { budgetMs: 20_000, maxSingleFixes: 50, determinism: true, fix: true });
    assert.deepEqual(c.violations.map((v) => `${v.kind} ${v.ruleId}: ${v.detail}`), []);
  });
  it('English', () => {
    const text = `# Incident\n\n## Summary\n\nA summary.\n\n## Timeline\n\n| Time | What |\n| --- | --- |\n${body(en, '').trim()}\n\n## Root cause\n\nA cause.\n`;
    const c = checkDocument({ text, origin: 'fixes-s17 EN' }, { budgetMs: 20_000, maxSingleFixes: 50, determinism: true, fix: true });
    assert.deepEqual(c.violations.map((v) => `${v.kind} ${v.ruleId}: ${v.detail}`), []);
  });
});

describe('fixes-s17: controls', () => {
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it('(d) no check rewrite in a condition, a report or a negated verdict', () => {
    for (const [s, w] of [
      ['백업 확인을 안 했다면 복구가 늦었을 것이다.', '확인을 안 했'],
      ['테스트를 하지 않았다고 보기는 어렵다.', '테스트를 하지 않았'],
      ['검토를 못 했나요?', '검토를 못 했'],
      ['확인을 안 하는 경우가 있다.', '확인을 안 하'],
    ] as const)
      assert.deepEqual(fallbackRewrites(s, at(s, w)).filter((r) => r.text.includes('거치도록')), [], s);
  });
  it('(a) a plain final ending stays whole; a reported -다고 and a -다는 adnominal are not stacked endings', () => {
    const text = doc('담당자가 설정을 확인하지 않았다.', true);
    const found = language(text, true);
    assert.equal(applyFixes(text, [found[0].suggestions[0].edits]).text, doc('설정을 확인하도록 하는 장치가 없었다.', true));
    assert.equal(rewriteDamage('ko', '원인은 없었다고 한다.', '원인은 없었다고 한다.'), undefined);
    assert.equal(rewriteDamage('ko', '점검했다.', '점검 단계가 없었다는 점이 문제였다.'), undefined);
    assert.match(rewriteDamage('ko', '지웠네요', '장치가 없었다네요') ?? '', /stacked/u);
    assert.match(rewriteDamage('ko', '무시했어요.', '장치가 없었다.') ?? '', /register/u);
  });
  it('(b) neutral sentences with spoken endings and trailing marks stay clean', () => {
    for (const s of ['서버가 또 죽었네요 ㅠㅠ', '디스크가 가득 찼더라고요;;', '배포 파이프라인이 멈췄잖아요.', '필요한 조치는 모두 끝났어요 ^^'])
      assert.deepEqual(language(doc(s, true), true).map((f) => f.message), [], s);
  });
});
