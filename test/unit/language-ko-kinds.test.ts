// Korean blame and hindsight by kind, on shapes the engine first missed on sentences it had not
// seen (issue 8): each reading with the exact span it reports, its hard negatives (through the
// whole lint, phrase lists included), and rewrites that are never flagged again.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { koreanSubjectBefore } from '../../src/core/people';
import { koreanProse } from '../../src/core/language/ko/prose';

const prose = (s: string) => koreanProse({ start: 0, end: s.length, text: s }, s);
const apply = (s: string, r: { start: number; end: number; text: string }) => s.slice(0, r.start) + r.text + s.slice(r.end);

function languageFindings(sentence: string): string[] {
  const doc = `---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${sentence}\n`;
  return lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language').map((f) => f.message);
}

describe('Korean kinds on unseen shapes (language/ko)', function () {
  this.timeout(60_000);
  // [sentence, detection id, the exact text it reports]
  const KINDS: [string, string, string][] = [
    ['당직자가 디스크 경고를 외면했다.', 'ko.who.ignore', '당직자가 디스크 경고를 외면했다'],
    ['운영팀은 증설 요청을 몇 주나 묵혀 두었다.', 'ko.who.ignore', '운영팀은 증설 요청을 몇 주나 묵혀 두었다'],
    ['엔지니어가 복제 지연을 보고도 페일오버를 진행했다.', 'ko.who.despite', '엔지니어가 복제 지연을 보고도 페일오버를 진행했다'],
    ['모든 작업자는 평소보다 한 번 더 생각하고 움직여야 한다.', 'ko.who.vigilance', '모든 작업자는 평소보다 한 번 더 생각하고 움직여야 한다'],
    ['해당 개발자의 운영 권한을 회수해야 한다.', 'ko.who.punitive', '해당 개발자의 운영 권한을 회수해야 한다'],
    ['롤백을 미루기로 한 결정은 패착이었다.', 'ko.who.verdict', '패착이었다'],
    ['되짚어 보면 우리는 엉뚱한 지표만 보고 있었다.', 'ko.who.hindsight-reflection', '우리는 엉뚱한 지표만 보고 있었다'],
    ['사전 점검으로 충분히 예방 가능했던 장애였다.', 'ko.who.hindsight-could', '충분히 예방 가능했던'],
    ['이 버그는 리뷰에서 걸러졌어야 했다.', 'ko.who.hindsight-modal', '걸러졌어야 했다'],
    ['당직자가 호출에 답하지 않음.', 'ko.who.neg', '당직자가 호출에 답하지 않음'],
    ['야간 운영자가 용량 경고를 두 번이나 확인만 하고 넘겼다.', 'ko.who.handsoff', '야간 운영자가 용량 경고를 두 번이나 확인만 하고 넘겼다'],
    ['당직자가 알림 채널을 음소거해 둔 채 퇴근했다.', 'ko.who.left', '당직자가 알림 채널을 음소거해 둔 채 퇴근했다'],
    ['제가 경로를 잘못 적는 바람에 로그가 지워졌습니다.', 'ko.who.wrong', '제가 경로를 잘못 적는'],
    ['세린이 인증서 갱신을 깜빡했다.', 'ko.who.forget', '세린이 인증서 갱신을 깜빡했다'],
    ['다온이가 배포 전에 설정을 확인하지 않았다.', 'ko.who.neg', '다온이가 배포 전에 설정을 확인하지 않았다'],
    ['Chris 님이 경고를 무시하고 배포했다.', 'ko.who.ignore', 'Chris 님이 경고를 무시하고'],
    ['누가 방화벽 규칙을 지운 것인가?', 'ko.who.hindsight-question', '누가 방화벽 규칙을 지운 것인가'],
    ['왜 운영자는 경고를 넘겼습니까?', 'ko.who.hindsight-question', '왜 운영자는 경고를 넘겼습니까'],
    ['운영자가 방화벽을 꺼 둔 채로 작업을 마쳤다.', 'ko.who.left', '운영자가 방화벽을 꺼 둔 채로 작업을 마쳤다'],
    ['제가 승인 버튼을 너무 빨리 눌렀다.', 'ko.who.hasty', '제가 승인 버튼을 너무 빨리 눌렀다'],
    ['당직자 경보 미확인으로 복구가 늦어졌다.', 'ko.who.attribution', '당직자 경보 미확인으로'],
    ['당직자는 디스크가 가득 차자마자 트래픽을 돌려야 했다.', 'ko.who.hindsight-modal', '돌려야 했다'],
  ];

  for (const [s, id, span] of KINDS) {
    it(`${id}: “${s}”`, () => {
      const found = prose(s);
      assert.deepEqual(found.map((d) => [d.id, s.slice(d.start, d.end)]), [[id, span]]);
      // Every finding offers a rewrite, and no rewrite is flagged again (module and phrase lists).
      assert.ok(found[0].rewrites.length >= 1, 'a rewrite');
      for (const r of found[0].rewrites) {
        const fixed = apply(s, r);
        assert.deepEqual(prose(fixed).map((d) => d.id), [], fixed);
        assert.deepEqual(languageFindings(fixed), [], fixed);
      }
    });
  }

  it('rewrites keep the particles and the ending of the sentence', () => {
    const first = (s: string) => apply(s, prose(s)[0].rewrites[0]);
    assert.equal(first('당직자가 호출에 답하지 않음.'), '호출에 답하도록 하는 장치가 없었음.');
    assert.equal(first('제가 경로를 잘못 적는 바람에 로그가 지워졌습니다.'), '경로를 검증하는 단계가 없는 바람에 로그가 지워졌습니다.');
    assert.equal(first('해당 설정 오류는 리뷰에서 잡혔어야 할 부분이다.'), '해당 설정 오류는 리뷰에서 잡히도록 하는 장치가 없던 부분이다.');
    assert.equal(first('롤백을 미루기로 한 결정은 패착이었다.'), '롤백을 미루기로 한 결정은 당시 알 수 있던 정보로 내린 것이었다.');
    assert.equal(first('엔지니어가 복제 지연을 보고도 페일오버를 진행했다.'), '복제 지연이 대응이 필요한 신호로 보이지 않았다.');
  });

  // Hard negatives, through the whole lint (phrase lists included).
  const CLEAN = [
    '누구의 실수도 이번 장애의 원인이 아니었다.',
    '리뷰어가 대충 본 것은 아니었다.',
    '이 변경에 작업자의 실수는 개입되지 않았다.',
    '알림은 10분 안에 울렸어야 했지만 큐가 밀려 늦게 도착했다.',
    '누군가의 부주의로 치부할 문제가 아니다.',
    '일부는 운영자를 징계하자고 했으나 팀은 그 의견을 받아들이지 않았다.',
    '실수는 누구나 할 수 있다.',
    '운영자가 실수했다고 적는 것은 분석의 시작일 뿐이다.',
    '담당자가 알림을 무시했다는 설명은 사실과 달랐다.',
    '운영자는 로그를 확인했고, 해당 경보는 대시보드에 표시되지 않았다.',
    '재시도 로직이 응답 헤더를 무시했다.',
    '큐가 가득 차자마자 워커가 재시작되었다.',
    '커뮤니티에는 "엔지니어들이 대충 일한다"는 글이 올라왔다.',
    '그 실수를 가능하게 한 조건을 찾았다.',
    '책임을 묻는 것보다 원인을 이해하는 것이 먼저다.',
    '과거에는 장애가 나면 담당자에게 경위서를 쓰게 했지만 지금은 그렇게 하지 않는다.',
    '개인의 잘못을 찾는 회고는 아무것도 바꾸지 못한다.',
    '사고 보고서에는 부주의나 실수 같은 단어를 원인으로 쓰지 않는다.',
    '당직자는 경보를 받고도 원인을 찾을 수 없었다.',
    '작업자의 실수를 원인으로 지목한 초기 보고는 정정되었다.',
    '담당자의 실수라고 단정하기에는 근거가 부족했다.',
    '리뷰어가 놓쳤다고 보기는 어렵다.',
  ];
  for (const s of CLEAN) {
    it(`clean: “${s}”`, () => assert.deepEqual(languageFindings(s), []));
  }

  it('a system named as the topic is the subject of a should-have form (phrase lists too)', () => {
    const s = '알림은 10분 안에 울렸어야 했다.';
    assert.equal(koreanSubjectBefore(s, s.indexOf('울렸'), undefined).kind, 'thing');
  });
});

describe('Korean rewrites round 3: inline code kept, self-blame stated as a belief (language/ko, phraseRules)', function () {
  this.timeout(60_000);
  const lintOne = (sentence: string) => {
    const doc = `---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${sentence}\n`;
    const found = lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language');
    return { doc, found };
  };

  it('a rewrite over inline code copies the code back in, in place, and the fixed text is clean', () => {
    const s = '검수자가 `config.yaml`의 타임아웃 값을 0으로 바꾼 줄을 그냥 통과시켰다.';
    const { doc, found } = lintOne(s);
    assert.equal(found.length, 1);
    const f = found[0];
    assert.equal(doc.slice(f.start, f.end), '검수자가 `config.yaml`의 타임아웃 값을 0으로 바꾼 줄을 그냥 통과시켰다');
    assert.ok(f.suggestions.length >= 1);
    const e = f.suggestions[0].edits[0];
    assert.equal(doc.slice(e.start, e.end), '검수자가 `config.yaml`의 타임아웃 값을 0으로 바꾼 줄을 그냥 통과시켰다');
    assert.ok(e.newText.startsWith('`config.yaml`의 타임아웃 값을'), e.newText);
    assert.ok(!e.newText.includes('\uFFFC'));
    assert.ok(f.suggestions[0].title.includes('`config.yaml`'), f.suggestions[0].title);
    const fixed = doc.slice(0, e.start) + e.newText + doc.slice(e.end);
    assert.deepEqual(lint(fixed, { locale: 'ko' }).findings.filter((x) => x.ruleId === 'blameful-language' || x.ruleId === 'counterfactual-language'), []);
  });

  it('a rewrite that would drop the inline code is not offered', () => {
    const { doc, found } = lintOne('개발자가 테스트가 깨진 것을 알고도 `--no-verify`로 커밋을 밀어 넣었다.');
    for (const f of found) for (const sug of f.suggestions) for (const e of sug.edits) {
      if (doc.slice(e.start, e.end).includes('`--no-verify`')) assert.ok(e.newText.includes('`--no-verify`'), e.newText);
    }
  });

  it('a concession ("알고도") or a call for care with inline code gets a rewrite that keeps the code verbatim, clean on re-lint', () => {
    for (const [s, expected] of [
      ['개발자가 테스트가 깨진 것을 알고도 `--no-verify`로 커밋을 밀어 넣었다.', '테스트가 깨진 것이 대응이 필요한 신호로 보이지 않았고, `--no-verify`로 커밋을 밀어 넣는 것을 막는 장치도 없었다.'],
      ['운영자가 경고를 보고도 `kubectl delete`를 실행했습니다.', '경고가 대응이 필요한 신호로 보이지 않았고, `kubectl delete`를 실행하는 것을 막는 장치도 없었습니다.'],
      // A call for care whose object holds the code: the code is what a check covers.
      // A 명사형 bullet keeps its ending (session 4): "…봤어야 함" → "…필요함".
      ['리뷰어는 `max_connections` 변경을 더 꼼꼼히 봤어야 함.', '`max_connections` 변경을 자동으로 검사하는 단계가 필요함.'],
      ['배포 담당자는 `values.yaml` 수정을 더 신중하게 검토해야 합니다.', '`values.yaml` 수정을 자동으로 검사하는 단계가 필요합니다.'],
    ]) {
      const { doc, found } = lintOne(s);
      const blame = found.filter((f) => f.ruleId === 'blameful-language');
      assert.equal(blame.length, 1, s);
      assert.ok(blame[0].suggestions.length >= 1, s);
      const e = blame[0].suggestions[0].edits[0];
      const fixed = doc.slice(0, e.start) + e.newText + doc.slice(e.end);
      assert.ok(fixed.includes(expected), fixed);
      const again = lint(fixed, { locale: 'ko' }).findings;
      assert.deepEqual(again.filter((x) => /language|vague/.test(x.ruleId)).map((x) => x.ruleId), [], fixed);
      // No finding left, so a second run offers nothing to apply: a no-op.
    }
  });

  it('a Latin given name as a Korean subject is a person, as in English ("Alex가 경고를 무시하고"): rewrites, role fix, clean; products that share a name are not', () => {
    const s = 'Alex가 경고를 무시하고 마이그레이션을 실행했다.';
    const { doc, found } = lintOne(s);
    assert.deepEqual(found.map((f) => [f.ruleId, doc.slice(f.start, f.end)]), [['blameful-language', 'Alex가 경고를 무시하고']]);
    const fixes = found[0].suggestions.map((x) => x.edits[0]).map((e) => doc.slice(0, e.start) + e.newText + doc.slice(e.end));
    assert.ok(fixes.length >= 2, 'rewrites');
    assert.ok(fixes.some((f) => f.includes('담당 엔지니어가')), 'the role fix');
    for (const f of fixes) {
      assert.ok(!f.includes('Alex'), f);
      assert.deepEqual(lint(f, { locale: 'ko' }).findings.filter((x) => /language/.test(x.ruleId)).map((x) => x.ruleId), [], f);
    }
    // English reads the same name as a person.
    const en = lint('# Postmortem\n\n## Summary\n\nAlex ignored the warning and ran the migration.\n', { locale: 'en' }).findings.filter((x) => x.ruleId === 'blameful-language');
    assert.equal(en.length, 1);
    for (const t of ['Aurora가 페일오버를 건너뛰었다.', 'Cassandra가 쓰기 요청을 무시했다.', 'Hugo가 빌드를 건너뛰었다.', 'Kafka가 메시지를 누락했다.']) {
      assert.deepEqual(prose(t).map((d) => d.id), [], t);
    }
  });

  it('"제 탓이라고 생각합니다" is self-blame with a rewrite (particle after a final-less noun); negated or turned beliefs are not', () => {
    const d = prose('전부 제 탓이라고 생각하고 있습니다.');
    const self = d.find((x) => x.id === 'ko.who.self-blame');
    assert.ok(self);
    assert.equal('전부 제 탓이라고 생각하고 있습니다.'.slice(self!.start, self!.end), '제 탓이라고');
    assert.deepEqual(self!.rewrites.map((r) => apply('전부 제 탓이라고 생각하고 있습니다.', r)), ['전부 확인 절차의 공백이라고 생각하고 있습니다.', '전부 안전장치의 부재라고 생각하고 있습니다.']);
    for (const s of ['제 잘못이라고 생각하지는 않습니다.', '제 탓이라고 생각했지만 로그를 보니 아니었다.']) {
      assert.ok(!prose(s).some((x) => x.id === 'ko.who.self-blame'), s);
    }
  });

  it('"-해야 했는데 그러지 않았다": the clause saying it was not done goes with the rewrite, which is clean', () => {
    const s = '담당 엔지니어가 고객사에 먼저 연락해야 했는데 그러지 않았다.';
    const d = prose(s).find((x) => x.id === 'ko.who.hindsight-modal');
    assert.ok(d);
    assert.equal(s.slice(d!.start, d!.end), '연락해야 했는데 그러지 않았다');
    assert.deepEqual(d!.rewrites.map((r) => apply(s, r)), ['담당 엔지니어가 고객사에 먼저 연락하도록 하는 장치가 없었다.', '담당 엔지니어가 고객사에 먼저 연락하는 단계가 절차에 없었다.']);
    for (const r of d!.rewrites) assert.deepEqual(languageFindings(apply(s, r)), [], apply(s, r));
    // Without that clause the rewrite keeps the connective.
    const t = '당직자가 먼저 연락해야 했는데 장애가 길어졌다.';
    assert.ok(prose(t).find((x) => x.id === 'ko.who.hindsight-modal')!.rewrites.every((r) => r.text.endsWith('없었는데')));
  });

  it('the role fix names the role the front matter declares for a Korean name ("당직자: 김민수" → 당직 엔지니어), else the one the sentence implies, else 담당 엔지니어', () => {
    const roleFix = (fm: string) => {
      const doc = `---\nlang: ko\n${fm}\n---\n# 장애 보고서\n\n## 개요\n\n민수 님이 디스크 경고를 무시했다.\n`;
      const f = lint(doc, { locale: 'ko' }).findings.find((x) => x.ruleId === 'blameful-language');
      assert.ok(f, fm);
      const fix = f!.suggestions.find((x) => x.title.startsWith('이름을 역할로 바꾸기'));
      assert.ok(fix, fm);
      const e = fix!.edits[0];
      const fixed = doc.slice(0, e.start) + e.newText + doc.slice(e.end);
      assert.deepEqual(lint(fixed, { locale: 'ko' }).findings.filter((x) => x.ruleId === 'blameful-language' || x.ruleId === 'counterfactual-language'), [], fixed);
      return e.newText;
    };
    assert.ok(roleFix('당직자: 김민수').startsWith('당직 엔지니어가 작업할 때 '));
    assert.ok(roleFix('oncall: [김민수]').startsWith('당직 엔지니어가 작업할 때 '));
    assert.ok(roleFix('reviewers: 김민수, 이서준').startsWith('리뷰어가 작업할 때 '));
    // No declared role: the one the sentence implies (a warning → 당직자); 담당 엔지니어 is the second option.
    assert.ok(roleFix('authors: 김민수').startsWith('당직자가 작업할 때 '));
    assert.ok(roleFix('').startsWith('당직자가 작업할 때 '));
  });
});

describe('Korean readings of session 4 (language/ko): blame in a contrast, nominal negligence, notices, rewrites that keep the register', function () {
  this.timeout(60_000);
  // [sentence, detection id, the exact text it reports, the first rewrite applied to the sentence]
  const READINGS: [string, string, string, string][] = [
    // Blame asserted in the second part of a contrast: 에게 (a person), not 에 (a thing).
    ['장애의 책임은 시스템이 아니라 당시 작업자 개인에게 있다.', 'ko.who.attribution', '장애의 책임은 시스템이 아니라 당시 작업자 개인에게 있다', '확인 절차의 공백이 원인이다.'],
    ['문제는 파이프라인이 아니라 검토를 소홀히 한 리뷰어들에게 있었음.', 'ko.who.attribution', '문제는 파이프라인이 아니라 검토를 소홀히 한 리뷰어들에게 있었음', '확인 절차의 공백이 원인이었음.'],
    // Negligence named as a noun phrase about work people do.
    ['관제 시스템의 운영 미숙으로 사태 확산을 초래했습니다.', 'ko.who.attribution', '운영 미숙으로', '관제 시스템의 운영 절차의 공백으로 사태 확산을 초래했습니다.'],
    ['안일한 대응과 부실한 관리가 겹치면서 서비스가 멈췄다.', 'ko.who.attribution', '안일한 대응과', '대응 절차의 공백과 부실한 관리가 겹치면서 서비스가 멈췄다.'],
    ['관리자의 업무상 주의의무 위반으로 해석된다.', 'ko.who.attribution', '주의의무 위반으로', '관리자의 업무상 확인 절차의 공백으로 해석된다.'],
    // A notice's call for care at people, in its own register.
    ['향후 작업자 각별한 주의 요망.', 'ko.who.vigilance', '향후 작업자 각별한 주의 요망', '위험한 단계를 자동으로 막는 검사가 필요함.'],
    ['당직자는 알림이 울리면 즉시 확인하도록 각별히 유의 바람.', 'ko.who.vigilance', '당직자는 알림이 울리면 즉시 확인하도록 각별히 유의 바람', '위험한 단계를 자동으로 막는 검사가 필요함.'],
    // Someone, a forced change, a misjudgement as the cause, a query sent without a guard.
    ['누군가 쿼리를 잘못 날렸다.', 'ko.who.ruin', '누군가 쿼리를 잘못 날렸다', '쿼리를 실행하기 전에 검토를 요구하는 단계가 없었다.'],
    ['DBA께서 인덱스 재생성 작업을 피크 시간대인 14시에 강행하셨습니다.', 'ko.who.hasty', 'DBA께서 인덱스 재생성 작업을 피크 시간대인 14시에 강행하셨습니다', '인덱스 재생성 작업을 피크 시간대인 14시에 진행하기 전에 영향을 확인하는 단계가 없었습니다.'],
    ['제가 마이그레이션 순서를 착각하는 바람에 15분간 주문이 실패했습니다.', 'ko.who.misjudge', '제가 마이그레이션 순서를 착각하는 바람에', '마이그레이션 순서에 대한 판단에 필요한 정보가 한눈에 보이지 않은 탓에 15분간 주문이 실패했습니다.'],
    // A team's subject before a time clause whose own subject is a thing.
    ['CS팀에서는 고객 문의가 200건을 넘을 때까지 개발팀에 아무것도 전달하지 않았습니다.', 'ko.who.neg', 'CS팀에서는 고객 문의가 200건을 넘을 때까지 개발팀에 아무것도 전달하지 않았습니다', '고객 문의가 200건을 넘을 때까지 개발팀에 상황을 전달하도록 하는 장치가 없었습니다.'],
    // A 명사형 bullet reporting an act done without a step ("…함"), not a state ("배포 가능함").
    ['배포자가 승인 없이 운영 DB 재시작함.', 'ko.who.without', '배포자가 승인 없이 운영 DB 재시작함', '승인을 거치도록 강제하는 장치가 없었음.'],
    // A person's slip as the adnominal of what then caused harm ("내가 놓친 버그로").
    ['5년 전 내가 놓친 버그로 장애 났을 때.', 'ko.who.miss', '내가 놓친', '5년 전 눈에 띄지 않았던 버그로 장애 났을 때.'],
    ['당직자가 놓친 알림이 장애를 키웠다.', 'ko.who.miss', '당직자가 놓친', '눈에 띄지 않았던 알림이 장애를 키웠다.'],
    // Hindsight in a 명사형 bullet and as an avoidable incident.
    ['작업자가 옵션만 붙였어도 데이터 삭제는 막을 수 있었음.', 'ko.who.hindsight-could', '막을 수 있었음', '작업자가 옵션만 붙였어도 데이터 삭제는 막는 장치가 없었음.'],
    ['사전 점검만 충실했다면 충분히 예방 가능한 장애였다.', 'ko.who.hindsight-could', '충분히 예방 가능한 장애였다', '사전 점검만 충실했다면 막아 줄 장치가 없던 장애였다.'],
  ];
  for (const [s, id, span, rewritten] of READINGS) {
    it(`${id}: “${span}”`, () => {
      const d = prose(s).find((x) => x.id === id && s.slice(x.start, x.end) === span);
      assert.ok(d, JSON.stringify(prose(s).map((x) => [x.id, s.slice(x.start, x.end)])));
      assert.equal(apply(s, d!.rewrites[0]), rewritten);
    });
  }

  // Hard negatives of the same shapes, through the whole lint.
  const CLEAN = [
    '책임은 개인이 아니라 변경 승인 절차의 빈틈에 있다.',
    '원인은 결제팀에서 배포한 설정에 있었다.',
    '문제는 담당자에게 있지 않았다.',
    '메모리 관리 부실로 OOM이 발생했다.',
    '관리 소홀이 아니라 설계의 한계였다.',
    '대응 미숙을 원인으로 적지 않는다.',
    '부실한 관리라기보다 설계 문제였다.',
    '공사 구간 주의 요망.',
    '모니터링이 놓친 신호가 있었다.',
    '리뷰어가 놓친 부분은 없었다.',
    '배포자가 승인 없이 배포 가능함.',
    '배포 파이프라인이 롤아웃을 강행했다.',
    '누군가 알림을 확인했다.',
    '예방 가능한 장애 유형을 정리했다.',
    '알림이 울릴 때까지 배포가 멈추지 않았다.',
    // Principles, rejected blame, a dispute, a first belief, accepted criticism.
    '“그럴 수 있다”는 분위기, “다음엔 조심하자”는 반성으로는 변화가 어렵습니다.',
    '핵심은 ‘누구 탓’이 아니라 시스템 개선에 초점을 맞추는 문화입니다.',
    '처음에는 단순한 기술적 결함이나 실수라고만 생각했습니다.',
    '책임 소재 논란 등이 복합적으로 작용해 담당자들의 중압감이 커졌다.',
    '이 보고서는 징계 여부를 판단하기 위한 문서가 아니다.',
    '원인 제공자를 찾는 회의가 되지 않도록 진행자가 타임라인부터 읽었다.',
    '운영하는 사람들의 휴먼 오류도 아닌 장애는 처리가 어렵다.',
    '회사는 따가운 질책과 조언을 아프게 받아들이겠다고 밝혔다.',
  ];
  for (const s of CLEAN) it(`clean: ${s}`, () => assert.deepEqual(languageFindings(s), [], s));

  it('a hindsight finding inside a call for care takes the care rewrite, and one fix clears both', () => {
    const doc = '---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n담당자가 더 주의를 기울였어야 했고, 앞으로는 더 신중해야 한다.\n';
    const found = lint(doc, { locale: 'ko' }).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language');
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['blameful-language', 'counterfactual-language']);
    for (const f of found) assert.ok(f.suggestions.length > 0, f.message);
    const e = found.find((f) => f.ruleId === 'counterfactual-language')!.suggestions[0].edits[0];
    const fixed = doc.slice(0, e.start) + e.newText + doc.slice(e.end);
    assert.deepEqual(lint(fixed, { locale: 'ko' }).findings.filter((x) => /language/.test(x.ruleId)), [], fixed);
  });
});
