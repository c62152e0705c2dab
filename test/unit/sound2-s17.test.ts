import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';

/**
 * Session 17, sound2 (second round): rewrites that were unsound or broke the meaning, fixed as classes at their cause.
 *
 * KIND (one line each):
 * (1) English hindsight passive on a phrasal verb or with an adverb after the object: the particle or adverb was read as
 *     the object ("The back was not rolled right away", "AWS back was not used then", "The tool properly was not used");
 *     now a particle right after the participle gives no passive (the "Nothing at the time prompted …" rewrite stays) and
 *     an adverb ends the object (en/prose.ts passive; an acronym ending in S is singular, "AWS was").
 * (2) English person-act passive on coordinated verb phrases: the second verb lost its subject ("The staging table was
 *     dropped and later forgot to restore it"); now any "and/then/but …" after the object gives no passive, the
 *     "Nothing in the process stopped X from …" rewrite turns the second verb into a gerund across adverbs, and a negated
 *     second act ("and never told anyone", "and failed to …") gets no rewrite of that shape.
 * (3) Korean vague decision rewrite after a predicate ending ("검토가 필요합니다 후 결정 사항을 …"): a need keeps its
 *     register ("… 검토 후 결정 사항을 이 문서에 기록합니다"), a 하다 verb keeps its ending ("… 점검하고 결정을 이 문서에
 *     기록한다"), and any other predicate ending gets no addition after it (rules/vague-action-item.ts).
 * (4) Korean could-have-known rewrite that reversed the meaning ("누구든 원인을 짐작할 수 있었던 상황" → "…신호가 없던"):
 *     the signs were there, so the rewrite keeps them ("원인을 알려 주는 신호가 있던 상황"), and a generic subject (누구든,
 *     누구나) whose point was "it was obvious" goes with it (ko/prose.ts couldAt, and the "이미 … 파악할 수 있었다" path).
 * Korean mirror of (1): none (no particles). Of (2): "…을 삭제하고 나중에 복구하는 것도 잊었다" is rewritten with the first
 * act inside the reminder (seen, left: reported). English mirror of (3): "Review of X is needed, and record the decision"
 * (seen, left: reported). (4) has no English mirror ("anyone could have" is read as clearing a person in English).
 *
 * Sentences written for this test. Every case: flagged, the preferred rewrite is the one expected, no language finding
 * after it, and a second run has nothing to change.
 */
const RULES = ['blameful-language', 'counterfactual-language', 'vague-action-item'];
const ko = (s: string) => /[\uac00-\ud7a3]/u.test(s);
const sentenceDoc = (s: string) => (ko(s) ? `# 장애 회고\n\n## 개요\n\n${s}\n` : `# Incident\n\n## Summary\n\n${s}\n`);
const actionDoc = (s: string) => (ko(s) ? `# 장애 회고\n\n## 개요\n\n요약입니다.\n\n## 후속 조치\n\n- [ ] ${s} (담당: 플랫폼팀)\n` : `# Incident\n\n## Summary\n\nA summary.\n\n## Action items\n\n- [ ] ${s} (owner: @platform-team)\n`);
const found = (text: string, k: boolean) => lint(text, { locale: k ? 'ko' : 'en' }).findings.filter((f) => RULES.includes(f.ruleId));
const fixAll = (text: string, k: boolean) => {
  const fs = found(text, k).filter((f) => f.suggestions.length);
  return fs.length ? applyFixes(text, fs.map((f) => f.suggestions[0].edits)).text : text;
};

function check(make: (s: string) => string, sentence: string, expected: string): void {
  const k = ko(sentence);
  const text = make(sentence);
  const fs = found(text, k);
  assert.ok(fs.length >= 1, 'flagged');
  assert.ok(fs.some((f) => f.suggestions.length), 'offers a rewrite');
  const first = fixAll(text, k);
  assert.equal(first, make(expected));
  assert.deepEqual(found(first, k).map((f) => f.message), [], 'no finding after the fix');
  assert.equal(fixAll(first, k), first, 'a second run is a no-op');
}

const SENTENCES: [kind: string, sentence: string, expected: string][] = [
  // (1) particles and adverbs.
  ['1', 'I should have just rolled back right away.', 'Nothing at the time prompted me to roll back right away.'],
  ['1', 'I should have rolled back the deploy right away.', 'Nothing at the time prompted me to roll back the deploy right away.'],
  ['1', 'Sam should have just switched DNS back that night.', 'DNS was not switched back that night.'],
  ['1', 'I should have just used AWS back then.', 'AWS was not used back then.'],
  ['1', 'I should have used the tool properly.', 'The tool was not used properly.'],
  ['1', 'The on-call engineer should have paged the vendor right then.', 'The vendor was not paged right then.'],
  // (2) coordinated verb phrases.
  ['2', 'The contractor dropped the staging table and later forgot to restore it.', 'Nothing in the process stopped the contractor from dropping the staging table and later forgetting to restore it.'],
  ['2', 'The engineer restarted the wrong server and then quickly rebooted the primary.', 'Nothing in the process stopped the engineer from restarting the wrong server and then quickly rebooting the primary.'],
  // (4) could-have-known keeps the signs.
  ['4', '누구든 원인을 짐작할 수 있었던 상황이었고 대응이 늦었다.', '원인을 알려 주는 신호가 있던 상황이었고 대응이 늦었다.'],
  ['4', '누구나 장애 징후를 알아차릴 수 있었던 상황이었다.', '장애 징후를 알려 주는 신호가 있던 상황이었다.'],
  ['4', '인프라팀은 이미 지난주에 용량 부족을 파악할 수 있었습니다.', '인프라팀은 지난주에 용량 부족을 알려 주는 신호가 있었습니다.'],
];

const ACTIONS: [kind: string, item: string, expected: string][] = [
  // (3) a need, a 하다 verb with its ending.
  ['3', '배포 절차 추가 검토가 필요합니다.', '배포 절차 추가 검토 후 결정 사항을 이 문서에 기록합니다.'],
  ['3', '결제 모듈 재시도 정책 논의가 필요합니다.', '결제 모듈 재시도 정책 논의 후 결정 사항을 이 문서에 기록합니다.'],
  ['3', '로그 보존 기간 조사가 필요함', '로그 보존 기간 조사 후 결정 사항을 이 문서에 기록함'],
  ['3', '백업 복구 절차를 점검한다', '백업 복구 절차를 점검하고 결정을 이 문서에 기록한다'],
];

describe('sound2-s17: rewrites that were unsound or reversed the meaning', () => {
  for (const [kind, s, e] of SENTENCES) it(`(${kind}) “${s}”`, () => check(sentenceDoc, s, e));
  for (const [kind, s, e] of ACTIONS) it(`(${kind}) item “${s}”`, () => check(actionDoc, s, e));
});

describe('sound2-s17: controls whose rewrites stay as they were', () => {
  const CONTROLS: [string, string][] = [
    ['She should have cleaned up the old branches.', 'Nothing at the time prompted her to clean up the old branches.'],
    ['We should have moved the jobs over to the new queue.', 'The jobs were not moved over to the new queue.'],
    ['The admin reverted the wrong commit and took the page down.', 'Nothing in the process stopped the admin from reverting the wrong commit and taking the page down.'],
    ['이번 장애는 충분히 막을 수 있었던 사고였다.', '이번 장애는 막는 장치가 없던 사고였다.'],
  ];
  for (const [s, e] of CONTROLS) it(`“${s}”`, () => check(sentenceDoc, s, e));
  const ACTION_CONTROLS: [string, string][] = [
    ['배포 절차를 검토하겠습니다.', '배포 절차를 검토하고 결정을 이 문서에 기록하겠습니다.'],
    ['원인을 분석할 예정', '원인을 분석하고 결정을 이 문서에 기록할 예정'],
    ['DB 커넥션 풀 설정 검토', 'DB 커넥션 풀 설정 검토 후 결정 사항을 이 문서에 기록'],
  ];
  for (const [s, e] of ACTION_CONTROLS) it(`item “${s}”`, () => {
    // Vague rewrites are manual: read the offered suggestion directly.
    const text = actionDoc(s);
    const f = found(text, true).find((x) => x.ruleId === 'vague-action-item');
    assert.ok(f && f.suggestions.length, 'flagged with a rewrite');
    assert.equal(applyFixes(text, [f!.suggestions[0].edits]).text, actionDoc(e));
  });
  it('a negated second act gets no "stopped … from" rewrite (it would read "stopped from never telling")', () => {
    for (const s of ['The intern deleted the bucket and never told anyone.', 'The contractor wiped the cache and later failed to warm it.']) {
      const fs = found(sentenceDoc(s), false);
      assert.ok(fs.length >= 1, s);
      for (const f of fs) for (const r of f.suggestions) assert.doesNotMatch(applyFixes(sentenceDoc(s), [r.edits]).text, /stopped .* from .* (?:never|failing)/u, s);
    }
  });
});
