// Session 11, helper `gate`: precision of the language rules per detection id (the measuring tool), and the gates
// chosen from the first-run table in test/language/AUDITS.md ("Session 11: first-run precision by detection id").
import { strict as assert } from 'node:assert';
import { countById, drawSession, idRows, NO_ID, partOf, precision } from '../language/byId';
import { firstRunTable, GATE_RULE } from '../language/first-run';

describe('language gate s11: counting per detection id', () => {
  it('counts flagged-right and flagged-wrong per id, once per case, a case with two ids for each', () => {
    const t = countById([
      { positive: true, ids: ['a', 'a'] },
      { positive: true, ids: ['a', 'b'] },
      { positive: false, ids: ['b'] },
      { positive: false, ids: [] },
      { positive: false, ids: [undefined] },
    ]);
    assert.deepEqual(t.get('a'), { right: 2, wrong: 0 });
    assert.deepEqual(t.get('b'), { right: 1, wrong: 1 });
    assert.deepEqual(t.get(NO_ID), { right: 0, wrong: 1 });
    assert.equal(t.size, 3);
  });

  it('names the part of a case from its source tag', () => {
    assert.equal(partOf('https://x [fresh-s10, drawn for dev in session 11]', 'dev'), 'fresh-s10-drawn');
    assert.equal(partOf('https://x [fresh-s7]', 'holdout'), 'fresh-s7');
    assert.equal(partOf('https://x [dev-only]', 'dev'), 'dev-only');
    assert.equal(partOf('written (dev only: added while tuning)', 'dev'), 'dev-only');
    assert.equal(partOf('written', 'holdout'), 'holdout');
    assert.equal(drawSession('https://x [fresh-s9, drawn for dev in session 10]'), 10);
    assert.equal(drawSession('https://x [fresh-s9]'), undefined);
  });

  it('pools rows over parts and sorts by language, set and number of findings', () => {
    const rows = idRows([
      { lang: 'en', set: 'sentences', part: 'p1', cases: [{ positive: true, ids: ['x'] }, { positive: false, ids: ['y'] }] },
      { lang: 'en', set: 'sentences', part: 'p2', cases: [{ positive: false, ids: ['x'] }, { positive: true, ids: ['x'] }] },
      { lang: 'ko', set: 'actions', part: 'p1', cases: [{ positive: true, ids: ['z'] }] },
    ]);
    assert.deepEqual(rows.map((r) => r.id), ['x', 'y', 'z']);
    assert.deepEqual(rows[0].byPart, { p1: { right: 1, wrong: 0 }, p2: { right: 1, wrong: 1 } });
    assert.deepEqual(rows[0].total, { right: 2, wrong: 1 });
    assert.equal(precision(rows[0].total), '67% (2/3)');
    assert.equal(precision({ right: 0, wrong: 0 }), '-');
  });

  it('the first-run table pools cases and documents and marks candidates by the stated rule', () => {
    const table = firstRunTable([
      { session: 9, tallies: { 'ko sentences': { 'ko.a': { right: 1, wrong: 2 } } }, documents: { tallies: { 'ko.a': { right: 0, wrong: 1 } } } },
      { session: 8, tallies: { 'ko sentences': { 'ko.a': { right: 0, wrong: 0 }, 'ko.b': { right: 3, wrong: 1 } } } },
    ]);
    const lines = table.split('\n');
    assert.match(lines[0], /draw s8 \| draw s9/);
    const a = lines.find((l) => l.includes('ko.a'))!;
    assert.match(a, /\| 1\/2 \+ 0\/1 docs \|/);
    assert.match(a, /\| 1\/3 \| 25 % \(gate candidate\) \|$/);
    const b = lines.find((l) => l.includes('ko.b'))!;
    assert.match(b, /75 % \|$/);
    assert.equal(GATE_RULE.minFindings, 4);
    assert.equal(GATE_RULE.maxPrecision, 0.6);
  });
});

// ------------------------------------------------------------------------------------------------
// The gates (src/core/language/gate.ts). Every sentence below is new, written for its kind; none is a corpus line.

import { lint } from '../../src/core/lint';
import { actionDocument, sentenceDocument, SENTENCE_RULES, ACTION_RULES } from '../language/harness';

function flags(lang: 'en' | 'ko', set: 'sentences' | 'actions', text: string): string[] {
  const placed = set === 'sentences' ? sentenceDocument(lang, text) : actionDocument(lang, text);
  const rules = set === 'sentences' ? SENTENCE_RULES : ACTION_RULES;
  return lint(placed.text, { locale: lang }).findings.filter((f) => rules.includes(f.ruleId) && f.endLine >= placed.line).map((f) => String(f.data?.phraseId));
}

function silent(lang: 'en' | 'ko', set: 'sentences' | 'actions', texts: string[]): void {
  for (const t of texts) assert.deepEqual(flags(lang, set, t), [], t);
}

function flagged(lang: 'en' | 'ko', set: 'sentences' | 'actions', texts: string[]): void {
  for (const t of texts) assert.ok(flags(lang, set, t).length > 0, `not flagged: ${t}`);
}

describe('language gate s11: a mistake inside an irrealis clause (ko.blame.silsu, en.blame.made-mistake)', () => {
  it('Korean: condition, concession, purpose, possibility, generic "when": not flagged', () => {
    silent('ko', 'sentences', [
      '회원이 실수로 탈퇴 버튼을 눌러도 30일 동안 계정이 남는다.',
      '번역가가 실수로 태그를 지우더라도 빌드는 깨지지 않는다.',
      '관리자가 실수로 권한을 모두 회수하면 복구 계정으로 되돌릴 수 있다.',
      '상담원이 실수로 고객 정보를 다른 창에 붙여 넣지 않도록 클립보드를 막았다.',
      '교사가 실수로 성적을 덮어쓸 수 있다.',
      '실수로 잘못된 브랜치를 배포하는 일을 막는 검사가 필요하다.',
    ]);
  });
  it('English: the same kinds, not flagged', () => {
    silent('en', 'sentences', [
      'Even if someone makes a mistake in the form, the validator rejects it.',
      'Anyone can make a mistake with this flag, so the CLI asks twice.',
      'Whenever a reviewer makes a mistake in the changelog, the bot reverts it.',
    ]);
  });
  it('controls: a mistake that happened, a past conditional about one, stay flagged (EN and KO)', () => {
    flagged('ko', 'sentences', [
      '실수로 캐시를 비우는 스크립트를 돌렸다.',
      '당직자가 실수로 알람을 꺼서 장애를 늦게 알았다.',
      '실수로 방화벽 규칙을 막는 설정을 배포했다.',
      '실수로 DB를 지웠을 때 알람이 울리지 않았다.',
      '담당자가 실수하지 않았으면 장애는 없었다.',
      '내 실수로 큐가 비워졌다.',
      '야간 당직자의 실수로 데이터가 유실될 수 있었다.',
      '앞으로는 실수하면 안 된다.',
    ]);
    flagged('en', 'sentences', [
      'The intern made a mistake in the region flag.',
      'We made a mistake by skipping the canary.',
      'If Bob had not made that mistake, nothing would have broken.',
    ]);
  });
});

describe('language gate s11: mistakes as a class, in a general statement (ko.blame.silsu)', () => {
  it('Korean: a classifier before the mistake and no past verb: not flagged', () => {
    silent('ko', 'sentences', ['우리는 여러 종류의 실수를 한다.', '초보자가 흔히 저지르는 실수는 인덱스를 빼먹는 것이다.', '실수를 하는 것은 사람이라면 당연하다.']);
  });
  it('Korean controls: the same words over a past event stay flagged', () => {
    flagged('ko', 'sentences', ['지난주 두 명이 여러 가지 실수를 저질렀다.', '개발자 여러 명이 다양한 실수를 저질렀다.']);
  });
  it('English: the class reading is not matched by the made-mistake entry at all (it needs "make a mistake"); silent', () => {
    silent('en', 'sentences', ['The most common mistake is a timeout set too long.', 'Making mistakes is part of learning.']);
  });
});

describe('language gate s11: a yes/no check as an action item (ko.vague.review, en.vague.whole-item)', () => {
  it('Korean: "…하는지 확인", "… 여부 체크": not vague', () => {
    silent('ko', 'actions', ['롤백 스크립트가 스테이징에서 끝까지 도는지 확인', '알림 수신자 목록이 최신인지 여부 체크', '배포 후 헬스 체크가 통과하는지 확인', '백업 파일 존재 여부 확인']);
  });
  it('English: "Check whether …", "Verify if …": not vague', () => {
    silent('en', 'actions', ['Check whether the health check passes after each deploy', 'Verify if the nightly backup finished before 06:00']);
  });
  it('controls: an inquiry (what, why, whether we need) and a bare check stay vague (EN and KO)', () => {
    flagged('ko', 'actions', ['장애 원인이 무엇인지 확인', '결제 모듈이 왜 멈췄는지 확인', '샤드를 더 늘려야 하는지 확인', '전체 설정 확인', '재시작 후 잘 올라오는지 확인', '변경 사항이 제대로 반영됐는지 확인']);
    flagged('en', 'actions', ['Check whether we need more shards', 'Check if the alert fires and why it was late', 'Check the config']);
  });
});

describe('language gate s11: the human-error term as the subject of a habitual statement (en.blame.human-error)', () => {
  it('English: a frequency adverb after its verb: not flagged', () => {
    silent('en', 'sentences', ['Human error is rarely the whole story.', 'Human errors are usually a symptom of a design gap.', 'Human error is usually where the analysis stops, not where it should end.']);
  });
  it('Korean: the term as a topic is already dropped by an unless of ko.blame.human-error; the gate adds nothing there', () => {
    silent('ko', 'sentences', ['휴먼 에러는 대개 설계의 빈틈을 드러내는 증상이다.']);
  });
  it('controls: the term naming this incident\'s cause stays flagged (EN and KO)', () => {
    flagged('en', 'sentences', ['Human error is the root cause of this outage.', 'Operator error was the cause.', 'The outage was human error, and it is often like that.']);
    flagged('ko', 'sentences', ['이번 장애는 휴먼 에러였다.']);
  });
});

describe('language gate s11: punishment set aside in a clause of what comes before or instead (punitive ids)', () => {
  it('Korean: "… 전에", "… 대신", "…에 앞서" after the punishment: not flagged', () => {
    silent('ko', 'sentences', ['징계를 논하기 전에 배포 절차의 빈틈부터 찾아야 한다.', '누구를 처벌할지 묻는 대신 무엇이 바뀌어야 하는지 물었다.', '책임자 문책에 앞서 로그부터 확보해야 한다.']);
  });
  it('English: "Before anyone is disciplined, …", "Rather than punishing …", "instead of reprimanding …": not flagged', () => {
    silent('en', 'sentences', ['Before anyone is disciplined, we need to understand the cause.', 'Rather than punishing the engineer, we fixed the deploy script.', 'We fixed the deploy script instead of reprimanding anyone.']);
  });
  it('controls: punishment asked for, also with a "before" of its own, stays flagged (EN and KO)', () => {
    flagged('ko', 'sentences', ['징계하기 전에 경위서를 받아야 한다.', '원인을 찾기 전에 징계부터 해야 한다.', '담당자를 징계해야 한다.', '책임자를 문책하고 원인을 분석해야 한다.']);
    flagged('en', 'sentences', ['The engineer should be disciplined.', 'Before the review, the engineer should be disciplined.', 'He should be fired before he breaks prod again.']);
  });
});
