import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { checkDocument } from '../fuzz/fuzz';
import { rewriteCoverage, rightWithoutRewrite } from '../realworld/score';

/**
 * Session 15, fixes: the unsound fix fuzz doc 93945 showed (left open in session 14), fixed as a KIND with NEW English and
 * Korean documents, checked the way the fuzzer checks a document: every single fix resolves its finding and brings none,
 * all preferred fixes together bring none, a second --fix is a no-op.
 *
 * KIND: a rewrite changes what another rule reads structurally: a row, list item of an action-item area that the model
 * reads as NO work (a rule kept, "It is up to each engineer to …"; reported speech, "…해야 한다는 의견이 나왔다"; a fact)
 * holds a call for care; the blame rewrite ("the process needs a check …", "… 검사가 필요하다") makes it read as work, an
 * open item with no owner, so action-item-owner reports what the fix wrote. Such a rewrite is not offered; the same
 * sentence outside an action-item area keeps it.
 */
function assertSound(text: string, what: string): void {
  const c = checkDocument({ text, origin: what }, { budgetMs: 10_000, maxSingleFixes: 50, determinism: true, fix: true });
  assert.deepEqual(c.violations.map((v) => `${v.kind} ${v.ruleId}: ${v.detail}`), [], `${what}:\n${text}`);
}

const blame = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'blameful-language');
const owners = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'action-item-owner').length;

const EN_HEAD = '# Stale search index\n\n## Summary\n\nSearch served results a day old for six hours.\n\n## Impact\n\nAbout a fifth of queries showed removed listings.\n\n## Root cause\n\nThe reindex job skipped shards it could not lock.\n\n';
const EN_TAIL = '\n\n## Timeline\n\nAll times UTC.\n\n- 07:40 Freshness alert fires.\n- 13:35 Reindex completes.\n';
const KO_HEAD = '# 검색 인덱스 지연\n\n## 개요\n\n여섯 시간 동안 검색 결과가 하루 전 데이터로 나갔다.\n\n## 영향\n\n검색 요청의 약 5분의 1에서 삭제된 상품이 보였다.\n\n## 근본 원인\n\n재색인 작업이 잠금을 얻지 못한 샤드를 건너뛰었다.\n\n';
const KO_TAIL = '\n\n## 타임라인\n\n모든 시각은 KST 기준이다.\n\n- 07:40 최신성 알림 발생\n- 13:35 재색인 완료\n';

const cases: [string, string][] = [
  // A rule kept, written as a table row with an empty owner cell.
  ['EN table row, a rule kept', `${EN_HEAD}## Follow-up items\n\n| Item | Owner | Due |\n| --- | --- | --- |\n| Alert when the index is more than an hour old | @noor | 2025-09-12 |\n| It is up to the operators to stay vigilant about locked shards. | | |${EN_TAIL}`],
  // The fuzz case's layout: a row cut short (one cell, no closing pipe) with a call for care before a fact.
  ['EN short row, care then a fact', `${EN_HEAD}## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Log every skipped shard at warning level | @ines | 2025-09-20 |\n| It is important to double-check the lock timeout. The shards were rebuilt by noon.${EN_TAIL}`],
  // A list item that reports what was said in the review.
  ['EN list item, a rule kept', `${EN_HEAD}## Action items\n\n- [ ] Alert when the index is more than an hour old @noor\n- It is up to each operator to stay careful when shards are locked.${EN_TAIL}`],
  ['KO table row, reported speech', `${KO_HEAD}## 재발 방지 대책\n\n| 항목 | 담당 | 기한 |\n| --- | --- | --- |\n| 인덱스가 한 시간 이상 오래되면 알림 | 정유나 | 2025-09-12 |\n| 운영자들이 더 주의를 기울여야 한다는 의견이 나왔다. | | |${KO_TAIL}`],
  ['KO list item, reported speech', `${KO_HEAD}## 후속 조치\n\n- [ ] 인덱스가 한 시간 이상 오래되면 알림 (담당: 정유나)\n- 운영자들이 좀 더 조심해야 한다는 이야기가 있었다.${KO_TAIL}`],
];

describe('fixes-s15: a blame rewrite does not turn an action-area line read as no work into an ownerless item', () => {
  for (const [name, doc] of cases) {
    it(name, () => {
      const found = blame(doc);
      assert.equal(found.length, 1, `${name}: one blame finding`);
      const before = owners(doc);
      // Whatever is offered keeps the owner findings as they were, and the fixes are sound.
      for (const s of found[0].suggestions) {
        let fixed = doc;
        for (const e of [...s.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
        assert.equal(owners(fixed), before, `${name}: ${s.title}`);
      }
      assertSound(doc, name);
    });
  }

  it('a report kept between lints is not reused where the row is read as no work in an action-item area', () => {
    // The same table, first under a notes heading (a rewrite is offered), then under the follow-up heading: the second
    // lint must not reuse the first one's report (the kept reports' key holds the candidates read as no work).
    const table = '| Item | Owner | Due |\n| --- | --- | --- |\n| It is up to the operators to stay vigilant about locked shards. | | |';
    const items = '- [ ] Alert when the index is more than an hour old @noor';
    const notes = `${EN_HEAD}## Notes\n\n${table}\n\n## Action items\n\n${items}${EN_TAIL}`;
    const actions = `${EN_HEAD}## Notes\n\n${items}\n\n## Action items\n\n${table}${EN_TAIL}`;
    assert.ok(blame(notes)[0]?.suggestions.length, 'a rewrite under the notes heading');
    assertSound(notes, 'EN notes table');
    assert.equal(blame(actions).length, 1);
    assert.deepEqual(blame(actions)[0].suggestions, []);
    assertSound(actions, 'EN action table');
  });

  it('the same sentences outside an action-item area keep their rewrites (EN, KO)', () => {
    const en = `${EN_HEAD}## Discussion\n\nIt is up to the operators to stay vigilant about locked shards.${EN_TAIL}`;
    const ko = `${KO_HEAD}## 논의\n\n운영자들이 더 주의를 기울여야 한다는 의견이 나왔다.${KO_TAIL}`;
    for (const [name, doc] of [['EN', en], ['KO', ko]] as const) {
      const found = blame(doc);
      assert.equal(found.length, 1, name);
      assert.ok(found[0].suggestions.length > 0, `${name}: a rewrite is offered`);
      assertSound(doc, `${name} discussion`);
    }
  });
});

/**
 * KIND: the lede (the prose before the first section, which makes the summary when long enough) counts only top-level
 * paragraphs, but a rewrite anywhere before the first section was checked against its length: in a document written as
 * lists under its title (bold field labels, a follow-up sub-list), the rewrites of list items were refused though they
 * change nothing the lede counts (dev en-moj-cp-prometheus-wal-2024:44, "Spike into …", had none). A rewrite in a
 * top-level paragraph that would make the lede long enough to be a summary is still refused.
 */
describe('fixes-s15: the lede check reads only the paragraphs the lede counts', () => {
  const vagueTitles = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-action-item').map((f) => f.suggestions.length);
  const cases: [string, string, number[]][] = [
    ['EN lists only', '# Incident 2025-05-02: mail relay queue stalled\n\n- **Detected**: 2025-05-02 08:14\n- **Resolved**: 2025-05-02 11:40\n- **Impact**: outgoing mail waited up to three hours.\n- **Follow-up**:\n  - Add a queue age alert on the relay\n  - Improve the relay dashboards\n  - Spike into a managed mail service\n', [1, 1]],
    ['EN short intro, then lists', '# Incident 2025-05-02: mail relay queue stalled\n\nThe relay upgrade stalled the outgoing queue.\n\n- **Detected**: 2025-05-02 08:14\n- **Resolved**: 2025-05-02 11:40\n- **Follow-up**:\n  - Add a queue age alert on the relay\n  - Improve the relay dashboards\n', [1]],
    ['KO short intro, then lists', '# 2025-05-02 메일 릴레이 큐 정체\n\n릴레이 업그레이드 뒤 발송 큐가 멈췄다.\n\n- **감지**: 2025-05-02 08:14\n- **해결**: 2025-05-02 11:40\n- **후속 조치**:\n  - 릴레이 큐 대기 시간 알림 추가\n  - 릴레이 대시보드 개선\n', [2]],
    ['KO lists only', '# 2025-05-02 메일 릴레이 큐 정체\n\n- **감지**: 2025-05-02 08:14\n- **해결**: 2025-05-02 11:40\n- **영향**: 발송 메일이 최대 세 시간 지연됨\n- **후속 조치**:\n  - 릴레이 큐 대기 시간 알림 추가\n  - 릴레이 대시보드 개선\n  - 관리형 메일 서비스 검토\n', [2, 1]],
  ];
  for (const [name, doc, offered] of cases) {
    it(`${name}: the items' rewrites are offered and sound`, () => {
      assert.deepEqual(vagueTitles(doc), offered);
      assertSound(doc, name);
    });
  }

  it('a rewrite in a top-level paragraph that would make the lede a summary is still refused', () => {
    const at = (p: string) => `# Incident 2025-05-02: mail relay queue stalled\n\n${p}\n\n- **Detected**: 2025-05-02 08:14\n`;
    // 76 characters: "was careless with" → "had no safeguard around" takes it past 80.
    const crossing = at('The operator was careless with the relay flags during the night upgrade job.');
    assert.deepEqual(blame(crossing).map((f) => f.suggestions.length), [0]);
    assertSound(crossing, 'EN crossing');
    const short = at('The operator was careless with the relay flags during the night upgrade.');
    assert.deepEqual(blame(short).map((f) => f.suggestions.length), [1]);
    assertSound(short, 'EN short');
  });
});

describe('fixes-s15: rewrite coverage of right language findings (bench:realworld)', () => {
  it('counts right findings with a rewrite per language rule and lists those without by detection id', () => {
    const doc = (id: string, hits: { rule: string; line: number; detection?: string; rewrite?: boolean }[]) =>
      ({ id, split: 'dev' as const, lang: 'en', expected: [], actual: hits, hits, wrong: [], missing: [] });
    const docs = [
      doc('a', [{ rule: 'blameful-language', line: 3, detection: 'en.x', rewrite: true }, { rule: 'blameful-language', line: 9, detection: 'en.y', rewrite: false }, { rule: 'action-item-owner', line: 4 }]),
      doc('b', [{ rule: 'blameful-language', line: 5, detection: 'en.y', rewrite: false }, { rule: 'vague-action-item', line: 7, detection: 'en.v', rewrite: true }]),
    ];
    const c = rewriteCoverage(docs);
    assert.deepEqual(c['blameful-language'], { right: 3, withRewrite: 1 });
    assert.deepEqual(c['vague-action-item'], { right: 1, withRewrite: 1 });
    assert.deepEqual(c['counterfactual-language'], { right: 0, withRewrite: 0 });
    assert.deepEqual(rightWithoutRewrite(docs), [{ rule: 'blameful-language', detection: 'en.y', places: ['a:9', 'b:5'] }]);
  });
});
