// Korean hard negatives by kind (issue 8, lang-ko second round): blame the sentence negates
// mid-clause, rejects after reporting it, considers and does not apply, or places in an artefact;
// slips talked about as a practice of reporting them; apologies that name no failure. Each is
// linted whole (phrase lists included). And the readings added beside them, with their spans.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { koreanProse } from '../../src/core/language/ko/prose';
import { infinitiveSyllable } from '../../src/core/language/ko/grammar';
import { koreanNeutral } from '../../src/core/language/ko/neutral';

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
    ['a system as the topic, the person embedded', '배포 도구는 운영자가 확인하지 않은 변경도 그대로 적용했다.'],
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
    ['blame weighed below', '개인의 과실보다는 검토 단계의 공백을 먼저 본다.'],
    ['seeking blame is not the purpose', '잘못한 사람을 밝히는 것은 이 회의의 목적이 아니다.'],
    ['blame not asked for', '우리는 작업자의 실수를 따지지 않는다.'],
    ['punishment feared', '징계가 두려우면 누구도 먼저 말하지 않는다.'],
    ['demand declined', '누군가 경위서를 요구했지만 팀장이 거절했다.'],
    ['label too small', '운영자 부주의로 설명하기엔 같은 일이 너무 자주 일어났다.'],
    ['label not written down', '이 건은 휴먼 에러로 분류하지 않았다.'],
    ['no failed part', '검토 기록상 리뷰어가 놓친 부분은 없었다.'],
    ['not because of', '이번 지연은 당직자의 방심 때문이 아니었다.'],
    ['rather than the slip', '작업자의 착오라기보다 화면 설계의 한계였다.'],
    ['others voicing blame', '개발자를 비난하던 사내 여론은 사실관계가 공유된 뒤 잦아들었다.'],
    ['slip of an artefact', '스크립트의 날짜 계산 실수로 정산이 하루 밀렸다.'],
    ['slip as a concept', '실수란 복잡한 시스템에서 일하는 사람에게 늘 따라오는 것이다.'],
    ['slip explained by conditions', '사람이 경보를 흘려보내게 되는 것은 경보가 너무 잦기 때문이다.'],
    ['label denied as the cause', '"당직자 부주의"는 원인이 아니라 더 물어야 할 질문이다.'],
    ['slip reframed', '운영자의 실수를 설계의 약점을 알려 주는 단서로 다룬다.'],
    ['general hypothetical', '한 사람의 착오로 결제가 멈춘다면 그것은 구조의 문제다.'],
    ['claim contradicted', '리뷰어가 대충 봤다는 짐작과 달리 리뷰 기록은 꼼꼼했다.'],
    ['label as a past category', '휴먼 에러로 종결되었던 작년 장애를 다시 들여다봤다.'],
    ['blaming question set aside', '누가 확인했어야 했는지가 아니라 무엇이 확인을 어렵게 했는지를 적는다.'],
    ['blaming wording replaced', '리뷰어가 놓쳤다는 문장은 "리뷰 화면에 변경이 보이지 않았다"로 고쳤다.'],
    ['blaming explanation not the end', '운영자가 실수했다는 결론으로 끝내지 않고 콘솔 화면을 다시 봤다.'],
    ['punishment refused', '이번 장애로 누구에게도 경위서를 받지 않는다.'],
    ['punishment instead', '반성문 대신 재발 방지 항목을 쓴다.'],
    ['punishment as a general topic', '처벌 중심의 문화는 사람들이 실수를 숨기게 만든다.'],
    ['reported demand declined', '당직자를 징계하라는 메시지가 왔지만 팀은 정중히 거절했다.'],
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
    '운영자의 실수보다는 리뷰어의 부주의가 컸다.',
    '시스템 문제라기보다 운영자의 실수다.',
    '운영자가 경고를 놓친 것은 피곤했기 때문이다.',
    '되돌아보면 작업자가 경고를 가볍게 여겼다.',
    '담당자의 실수로 장애가 나면 책임을 묻겠다.',
    '징계는 불가피하다.',
    '재발하면 담당자를 징계하겠다.',
    '왜 운영자가 확인하지 않았는지가 핵심이다.',
  ];

  it('an apology that names the apologiser as the cause is judged on what they did, not on 원인제공자', () => {
    const s = '이번 일은 제가 일으킨 것이라 원인제공자인 제가 사과드립니다.';
    const found = prose(s).map((d) => s.slice(d.start, d.end));
    assert.ok(found.includes('제가 일으킨'), JSON.stringify(found));
    assert.ok(!found.some((f) => f.includes('원인제공자')), JSON.stringify(found));
  });
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

  it('“무시하지/놓치지” inside hindsight (말았어야, 않았더라면) or a safeguard (않도록) is the hindsight finding only, and its rewrite is clean', () => {
    for (const s of ['당직자가 그 경보를 무시하지 말았어야 했다.', '리뷰어가 그 줄을 놓치지 않았더라면 배포는 멈췄을 것이다.']) {
      const doc = `---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${s}\n`;
      const found = lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language');
      assert.deepEqual(found.map((f) => f.ruleId), ['counterfactual-language'], s);
      assert.ok(found[0].suggestions.length >= 1, s);
    }
    assert.deepEqual(languageFindings('당직자가 그 경보를 무시하지 않도록 막는 장치가 없었다.'), []);
  });

  it('tells infinitive syllables from others', () => {
    for (const c of ['해', '봐', '멈춰'.slice(-1), '떠', '러', '꺼', '돼', '려']) assert.ok(infinitiveSyllable(c), c);
    for (const c of ['했', '한', '음', '이', '고', 'a', undefined]) assert.ok(!infinitiveSyllable(c), String(c));
  });
});

describe('Korean neutral reading: a system as the topic (language/ko/neutral)', () => {
  it('reads a system topic near the start with a negated clause after it, and nothing else', () => {
    assert.equal(koreanNeutral({ text: '배포 도구는 운영자가 확인하지 않은 변경도 적용했다.' }), true);
    assert.equal(koreanNeutral({ text: '그날 저녁 아홉 시 무렵 사내 메신저 공지에서 배포 도구는 운영자가 확인하지 않은 변경도 적용했다.' }), false, 'topic past the first 20 characters');
    assert.equal(koreanNeutral({ text: '배포 도구는 멈췄다. 운영자가 확인하지 않은 변경이 있었다.' }), false, 'negated clause after the sentence ends');
    assert.equal(koreanNeutral({ text: '배포 도구는 운영자가 확인한 변경만 적용했다.' }), false, 'no negated clause');
  });

  it('round 2: premises, absent blame questions, quoted calls refused, blaming views and verdicts turned, claims answered by the record', () => {
    const neutral = [
      '우리 팀은 운영자가 착각할 수 있다는 가정에서 배포 화면을 다시 만들었다.',
      '회의 내내 문책에 대한 이야기는 없었다.',
      '저희는 “꼼꼼히 확인하자” 같은 문장을 재발 방지 항목으로 받아들이지 않습니다.',
      '리뷰어 탓으로 보는 의견도 나왔지만 리뷰 도구가 변경을 숨기고 있었다.',
      '담당자의 방심을 거론하는 대신 경보 임계값부터 다시 봤다.',
      '본부장은 작업자 잘못으로 판단했으나, 조사 결과 스케줄러가 같은 작업을 두 번 실행했다.',
      '당직자가 늦었다는 주장에 대해 로그는 호출 후 2분 안에 응답했음을 보여 준다.',
    ];
    for (const text of neutral) assert.equal(koreanNeutral({ text }), true, text);
    const judged = [
      '운영자가 착각해서 운영 DB를 지웠다.',
      '회의에서 담당자의 방심이 원인으로 지목되었다.',
      '본부장은 작업자 잘못으로 판단했다.',
      '리뷰어가 변경을 대충 보고 승인했다.',
    ];
    for (const text of judged) assert.equal(koreanNeutral({ text }), false, text);
  });

  it('round 3: labels negated or weighed in a past conditional, bullets that exclude blame, rejected theories, the generic one who slipped, concessions, slip-free people expected, "-했다기보다는,"', () => {
    const neutral = [
      '우리는 장애를 한 사람의 착오로 단순화하지 않는다.',
      '이번 건을 개인의 부주의로 결론지었다면 검증 단계의 공백은 드러나지 않았을 것이다.',
      '개인 책임 추궁 지양.',
      '처벌 목적의 면담 없음.',
      '운영자 과실설은 감사 로그로 반박되었다.',
      '장애를 낸 동료조차 회고에서 편하게 말할 수 있어야 한다는 것이 우리의 원칙이다.',
      '실수했다고 해서 그 엔지니어가 부주의하다는 의미는 아니다.',
      '리뷰어가 모든 줄을 놓치지 않기를 기대하는 절차는 오래 못 간다.',
      '당직자가 알림을 무시했다기보다는, 알림이 다른 채널로 가고 있었다.',
    ];
    for (const text of neutral) assert.equal(koreanNeutral({ text }), true, text);
    const judged = [
      '작업자가 부주의로 설정을 기록하지 않았다.',
      '작업자 실수설이 가장 유력하다.',
      '운영자 부주의 외 다른 원인 없음.',
      '담당자가 실수하지 않기를 바란다.',
      '그 실수를 한 사람도 김 대리였다.',
      '실수를 한 사람도 징계 대상이다.',
      '민수 씨가 실수를 했다고 해서 배포가 멈추지는 않았다.',
      '운영자가 실수로 삭제했다면 복구는 불가능했을 것이다.',
      '담당자 과실 인정됨.',
    ];
    for (const text of judged) assert.equal(koreanNeutral({ text }), false, text);
    // Whole-document lint: the bullet and the conditional report nothing from either rule.
    assert.deepEqual(languageFindings('징계 목적의 조사 아님 — 시스템 개선 목적.'), []);
    assert.deepEqual(languageFindings('만약 이 장애를 신입 사원의 실수로 정리했다면 진짜 원인은 묻혔을 것이다.'), []);
  });

  it('round 4: purpose denied, presumptions broken, the verdict on the system after a concession, the criticised protected, whose fault as a question to settle, punishment demands refused', () => {
    const neutral = [
      '이 보고서는 담당자의 잘못을 따지기 위해 쓴 것이 아니다.',
      '운영자가 명령을 잘못 넣었을 거라는 추측은 감사 로그로 뒤집혔다.',
      '당직자가 알림을 놓쳤어도 결국 호출 체계가 문제였다.',
      '잘못을 추궁당한 동료가 다음 회고에 나오지 않는 일이 없도록 진행 방식을 바꿨다.',
      '누구 책임인지 따지는 데 시간을 쓰지 않았다.',
      '본부장의 징계 요청은 CTO가 반려했다.',
      '리뷰어 실수라기엔 같은 패턴이 다섯 팀에서 반복되었다.',
      '누구 탓을 하려는 것이 아니라 구조를 보려는 것이다.',
      '개인 부주의로 종결하면 보고는 빨라지겠지만 재발은 막지 못한다.',
    ];
    for (const text of neutral) assert.equal(koreanNeutral({ text }), true, text);
    const judged = [
      '리뷰어 잘못이라기엔 너무 명백한 실수였다.',
      '누구의 잘못인지는 분명하다: 배포자가 확인을 건너뛰었다.',
      '누구의 잘못인지 가려야 한다.',
      '운영자가 실수했더라도 책임은 운영자에게 있다.',
      '작업자가 실수로 지웠다는 가정은 사실로 확인됐다.',
      '실수를 지적받은 엔지니어는 경위서를 제출했다.',
      '이 문서는 담당자의 책임을 묻기 위해 작성되었다.',
      '개인 과실로 처리했다.',
    ];
    for (const text of judged) assert.equal(koreanNeutral({ text }), false, text);
    assert.deepEqual(languageFindings('이 문서는 특정인의 책임을 묻기 위해 작성된 것이 아닙니다.'), []);
  });

  it('round 5: the individual rejected for the whole, an appearance conceded then countered, slips kept from spreading', () => {
    const neutral = [
      '장애의 책임은 한 사람이 아니라 팀 전체에 있다.',
      '리뷰어가 변경을 놓친 것처럼 보일 수도 있지만, 리뷰 화면은 그 파일을 접어 두고 있었다.',
      '착오가 고객에게 닿지 않도록 출금 전에 이중 확인 단계를 둔다.',
    ];
    for (const text of neutral) assert.equal(koreanNeutral({ text }), true, text);
    const judged = ['당직자가 경고를 무시한 것으로 보인다.', '운영자의 실수가 장애로 이어졌다.', '책임은 팀이 아니라 운영자 개인에게 있다.'];
    for (const text of judged) assert.equal(koreanNeutral({ text }), false, text);
  });
});
