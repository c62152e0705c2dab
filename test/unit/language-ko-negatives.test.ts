// Korean hard negatives by kind (issue 8, lang-ko second round): blame the sentence negates
// mid-clause, rejects after reporting it, considers and does not apply, or places in an artefact;
// slips talked about as a practice of reporting them; apologies that name no failure. Each is
// linted whole (phrase lists included). And the readings added beside them, with their spans.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { koreanProse } from '../../src/core/language/ko/prose';
import { infinitiveSyllable } from '../../src/core/language/ko/grammar';

const prose = (s: string) => koreanProse({ start: 0, end: s.length, text: s }, s);
const apply = (s: string, r: { start: number; end: number; text: string }) => s.slice(0, r.start) + r.text + s.slice(r.end);

function languageFindings(sentence: string): string[] {
  const doc = `---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${sentence}\n`;
  return lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language').map((f) => f.message);
}

describe('Korean hard negatives by kind (language/ko/neutral)', function () {
  this.timeout(60_000);
  const CLEAN: [string, string][] = [
    ['negated mid-sentence', '야간 운영자는 경보를 놓치지 않았고 곧바로 트래픽을 돌렸다.'],
    ['negated mid-sentence', '리뷰어는 체크리스트를 건너뛰지 않았으며 모든 항목에 서명했습니다.'],
    ['negated noun + 함', '작업 과정에서 부주의함은 발견되지 않았고 안일함도 없었음.'],
    ['unrelated to blame', '이번 지연은 배포 담당자 실수와 관계가 없다.'],
    ['raised, then found otherwise', '회의에서 당직자의 방심을 지적했지만 확인해 보니 호출이 아예 발송되지 않았다.'],
    ['raised, then found otherwise', '리뷰어 과실이 거론됐으나 실제로는 리뷰 화면이 변경의 절반을 숨기고 있었다.'],
    ['label considered, not applied', '개인의 부주의로 치부하는 대신 화면 구성이 어땠는지 살폈다.'],
    ['label considered, not applied', '작업자 탓으로 몰아가는 건 편한 결론이지만 재발을 막지 못한다.'],
    ['label considered, not applied', '사람의 실수로 마무리할 수도 있었지만 팀은 그렇게 하지 않았습니다.'],
    ['slip in an artefact', '반올림 실수가 정산 스크립트에 남아 있어 금액이 1원씩 어긋났다.'],
    ['reporting slips as a practice', '자기 실수를 먼저 공유하는 동료가 많을수록 회고가 깊어진다.'],
    ['reporting slips as a practice', '실수를 보고해도 인사상 불이익은 없다.'],
    ['apology naming no failure', '서비스 운영사로서 이용자 여러분께 불편을 드린 점 사과드립니다.'],
    ['apology naming no failure', '원인 제공자로서 제가 먼저 고객사에 사과드렸다.'],
  ];
  for (const [kind, s] of CLEAN) {
    it(`${kind}: “${s}” is clean`, () => assert.deepEqual(languageFindings(s), []));
  }

  // The same shapes asserting blame stay flagged.
  const STILL: string[] = [
    '야간 운영자는 경보를 놓쳤고 트래픽을 돌리지 않았다.',
    '제 실수로 장애가 나서 사과드립니다.',
    '당직자는 호출을 무시하지 않았고 경보를 놓쳤다.',
    '담당자가 실수로 롤백하는 대신 재시작을 눌렀다.',
  ];
  for (const s of STILL) {
    it(`still flagged: “${s}”`, () => assert.ok(languageFindings(s).length > 0, s));
  }
});

describe('Korean readings added beside the hard negatives (language/ko/prose)', function () {
  this.timeout(60_000);
  const KINDS: [string, string, string][] = [
    // -아/-어 infinitives of any shape before 야 했다.
    ['운영자는 경고가 뜨자마자 작업을 멈춰야 했다.', 'ko.who.hindsight-modal', '멈춰야 했다'],
    ['리뷰어는 승인 버튼 대신 반려를 눌러야 했음.', 'ko.who.hindsight-modal', '눌러야 했음'],
    // A duty deferred with words between the object and the verb.
    ['품질팀은 점검을 다음 주 월요일까지 미뤘다.', 'ko.who.late', '품질팀은 점검을 다음 주 월요일까지 미뤘다'],
  ];
  for (const [s, id, span] of KINDS) {
    it(`${id}: “${s}”`, () => {
      const found = prose(s);
      assert.deepEqual(found.map((d) => [d.id, s.slice(d.start, d.end)]), [[id, span]]);
      assert.ok(found[0].rewrites.length >= 1, 'a rewrite');
      for (const r of found[0].rewrites) assert.deepEqual(languageFindings(apply(s, r)), [], apply(s, r));
    });
  }

  it('tells infinitive syllables from others', () => {
    for (const c of ['해', '봐', '멈춰'.slice(-1), '떠', '러', '꺼', '돼', '려']) assert.ok(infinitiveSyllable(c), c);
    for (const c of ['했', '한', '음', '이', '고', 'a', undefined]) assert.ok(!infinitiveSyllable(c), String(c));
  });
});
