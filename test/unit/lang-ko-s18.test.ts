// Korean language rules, session 18 (lang-ko). Part A: the s18 language draw's Korean cases (the fresh-s17 half drawn into
// dev; test/language/AUDITS.md "Session 18: draw s18 first run (Korean)"), tuned by kind, false alarms first. Part B: Korean
// mirrors of the English kinds of session 17 (test/unit/lang-en-s17.test.ts, sound2-s17.test.ts). Every sentence here is NEW
// (written for its kind, other words than the drawn case it was read from); ids ko-24000… in the order they appear below.
// English mirrors are asserted where the English engine holds them; the others are listed in EN_MIRROR_MISSING (not asserted
// as expectations: asserted as what the English engine does today, so that a change shows).
import { strict as assert } from 'node:assert';
import { clean, flagged, rewritten } from './language-cases';

describe('lang-ko s18 A: false-alarm kinds from the s18 draw', function () {
  this.timeout(120_000);

  // A1 (ko-23004, neutral/blameless-principle): A BLAMING ENVIRONMENT, CULTURE OR PLACE DENIED as what the practice is
  // ("…처벌하는 조직이 아니라", "…문책하는 회사가 아닙니다"): a mistake word in it is nobody's (neutral.ts BLAMING_PLACE_DENIED).
  // A past blame after the denial stays judged. ko-24000 … ko-24004.
  it('A1: a blaming environment denied is a blameless principle', () => {
    for (const s of [
      '배포가 실패했을 때 누군가를 처벌하는 조직이 아니라 원인을 같이 찾는 조직이 되고 싶다.',
      '설정을 잘못 건드린 사람이 생겨도 추궁하는 분위기가 아니라서 다들 바로 말해 줍니다.',
      '우리는 실수가 드러났을 때 문책하는 회사가 아닙니다.',
    ]) clean('ko', s);
    for (const s of [
      '우리 팀은 실수를 탓하는 문화가 아니지만, 이번에는 담당자가 절차를 무시했다.',
      '담당자가 실수했을 때 팀장이 책임을 물었다.',
    ]) flagged('ko', s);
  });

  // A2 (ko-23010, neutral/rejected-blame): BLAME SET ASIDE BY "X할 시간에 Y" (instead of blaming, do Y): "…탓할/비난할/원망할
  // 시간에", "…했는지 따질 시간에" (neutral.ts BLAME_TIME_INSTEAD). Blaming reported, and "탓할 시간도 없이", stay judged.
  // ko-24005 … ko-24009.
  it('A2: blame turned down for the time it would take is not blame', () => {
    for (const s of [
      '신입이 실수했다 탓할 시간에 배포 스크립트에 확인 단계를 넣는 편이 낫다.',
      '리뷰어가 꼼꼼히 보지 않았다고 원망할 시간에 자동 검사를 하나 더 붙입시다.',
      '누가 알림을 무시했는지 따질 시간에 알림 규칙부터 손보자.',
    ]) clean('ko', s);
    for (const s of ['담당자가 정신 차리지 않았다고 팀장이 탓했다.', '탓할 시간도 없이 담당자가 알림을 무시한 채 퇴근했다.']) flagged('ko', s);
  });

  // A3 (ko-23045, neutral/technical-failure): A PROGRAM'S DEFECT named by what it does not do properly, a present adnominal
  // before a defect noun ("…제대로 인식하지 못하는 현상", "…끝까지 전달하지 못하는 문제"; prose.ts DEFECT_AFTER), with no person as
  // the subject. A person named, or a past act, stays judged. ko-24010 … ko-24014.
  it('A3: "…제대로 V하지 못하는 문제/현상/버그" with no person is a defect', () => {
    for (const s of [
      '설정 파일의 주석을 제대로 읽지 못하는 버그가 있었다.',
      'CSV 업로드 시 날짜 형식을 제대로 인식하지 못하는 현상이 발생했다.',
      '리버스 프록시가 긴 헤더를 끝까지 전달하지 못하는 문제',
    ]) clean('ko', s);
    for (const s of ['리뷰어가 코드를 제대로 보지 않는 문제가 반복됐다.', '로그를 제대로 확인하지 않았다.']) flagged('ko', s);
  });

  it('English mirrors of A2 and A3 (clean today)', () => {
    clean('en', "Rather than blaming the engineer for not staying alert, we should fix the alert routing.");
    clean('en', 'A bug where the loader does not properly parse quoted values in the .env file.');
  });
});

describe('lang-ko s18 A: missed kinds from the s18 draw', function () {
  this.timeout(120_000);

  // A4 (ko-23064, blame/self-blame): NEGLECT with 신경 쓰다 negated in the past and an adverb of totality or care ("전혀", "제대로",
  // "별로" …; prose.ts neglect). Rewrite: what was not looked after, with nothing reminding anyone ("…을 챙기도록 알려 주는 장치가
  // 없었다"). Controls: a present or a permission, customers minding something, luck, a question. ko-24015 … ko-24021.
  it('A4: neglect told with 신경 쓰지 못했다/않았다', () => {
    for (const [s, fixed] of [
      ['그동안 디스크 사용량을 전혀 신경 쓰지 않았다.', '그동안 디스크 사용량을 챙기도록 알려 주는 장치가 없었다.'],
      ['담당자가 인증서 만료일에 제대로 신경을 쓰지 않았습니다.', '인증서 만료일을 챙기도록 알려 주는 장치가 없었습니다.'],
      ['이사 준비로 바빠서 백업에 별로 신경을 못 썼어요.', '이사 준비로 바빠서 백업을 챙기도록 알려 주는 장치가 없었어요.'],
    ]) assert.equal(rewritten('ko', s), fixed);
    for (const s of [
      '로그 보존 기간은 신경 쓰지 않아도 된다.',
      '다행히 사용자들은 지연을 크게 신경 쓰지 않았다.',
      '사용자들은 지연을 거의 신경 쓰지 않았다.',
      '디스크 사용량을 전혀 신경 쓰지 않았나요?',
    ]) clean('ko', s);
  });

  // A5 (ko-23037, blame/self-blame): THE WRITER'S OWN ARTEFACT AS THE CAUSE ("제가 올린 커밋 때문에 빌드가 깨졌습니다"; addressed.ts
  // selfArtefactCause). Rewrite: the writer goes, the artefact stays. Controls: credit ("덕분에"), a finding, a question, another
  // person (left to the other rules). ko-24022 … ko-24028.
  it('A5: the writer’s own change named as the cause', () => {
    for (const [s, fixed] of [
      ['알고 보니 제가 올린 커밋 때문에 빌드가 깨졌습니다.', '알고 보니 올린 커밋 때문에 빌드가 깨졌습니다.'],
      ['결국 내가 바꾼 설정값 탓에 캐시 서버가 죽었다.', '결국 바꾼 설정값 탓에 캐시 서버가 죽었다.'],
      ['제가 작성한 마이그레이션으로 인해 주문 테이블에 장애가 발생했습니다.', '작성한 마이그레이션으로 인해 주문 테이블에 장애가 발생했습니다.'],
    ]) assert.equal(rewritten('ko', s), fixed);
    for (const s of [
      '제가 올린 패치 덕분에 장애가 빨리 끝났습니다.',
      '제가 찾은 로그 때문에 원인을 알 수 있었습니다.',
      '내가 만든 대시보드 때문에 문제를 빨리 발견했다.',
      '내가 올린 커밋 때문에 빌드가 깨졌나요?',
    ]) clean('ko', s);
  });

  // A6 (ko-23042, hindsight/hindsight-question): A WHY-NOT REPROACH IN SPEECH aimed at the listener: "왜", a negated act only a
  // person does, a spoken question ending (…는데요, …은 거예요, …았어요, …았냐; prose.ts spokenWhyNot). Controls: the written
  // review forms (…는가?, …나요?), a thing as the subject or topic, a state, no negation. ko-24029 … ko-24039.
  it('A6: a spoken why-not question to the listener is hindsight; review questions are not', () => {
    for (const s of [
      '근데 배포 전에 왜 스테이징에서 안 돌려 본 거예요?',
      '왜 백업을 하지 않았어요?',
      '그럼 왜 런북을 안 따랐어요?',
      '왜 경보를 안 껐어요?',
    ]) flagged('ko', s);
    for (const s of [
      '서버가 왜 안 뜬 거예요?',
      '왜 안 되는데요?',
      '왜 더 일찍 알아채지 못했는가?',
      '왜 더 일찍 알아채지 못했나요?',
      '왜 백업을 했어요?',
      '왜 알림이 안 갔는데요?',
      '왜 그 기능은 아직 안 만든 거예요? 다음 분기에 하기로 했잖아요.',
    ]) clean('ko', s);
  });
});

describe('lang-ko s18 B: Korean mirrors of the English kinds of session 17', function () {
  this.timeout(120_000);

  // B1: A LATE-REPLY APOLOGY ("죄송합니다, 이 메시지를 놓쳤네요"): a message of the thread missed or seen late, nothing else blamed
  // (neutral.ts lateReply). An occasion before the object ("리뷰에서 이걸 놓쳤습니다") or an incident signal (경보, 호출) stays
  // judged. ko-24040 … ko-24046.
  it('B1: a late-reply apology is not blame', () => {
    for (const s of [
      '미안해요, 댓글을 이제야 봤어요. 미러는 화요일부터 정상입니다.',
      '앗 죄송합니다 보내 주신 질문을 놓쳤습니다. 네, 내보내기는 매시간 돌아요.',
      '답변이 늦어 죄송합니다.',
    ]) clean('ko', s);
    for (const s of [
      '죄송합니다, 제가 리뷰에서 이걸 놓쳤습니다.',
      '죄송합니다, 디스크 경보를 놓쳤습니다.',
      '죄송합니다, 새벽 3시 10분 호출을 놓쳤습니다.',
      '동결 공지 메시지를 놓치고 스키마 변경을 그대로 배포했습니다.',
    ]) flagged('ko', s);
  });

  // B2: AN AVOIDABILITY RAISED AND DENIED: a hedged could-have then a denial ("…예방할 수 있었을 수도 있지만, … 피할 방법이
  // 없었다"), or the could-have noun denied ("피할 수 있었던 장애는 아니었습니다"; neutral.ts AVOIDABLE_*). An unhedged or undenied
  // could-have stays judged; the hedged rewrite keeps its hedge ("…없었을 수도 있지만", it was "…없었다 수도"). ko-24047 … ko-24053.
  it('B2: an avoidability raised and denied is neutral', () => {
    for (const s of [
      '피할 수 있었던 장애는 아니었습니다.',
      '막을 수 있었던 사고가 아니었다.',
      '세 번째 투표 노드가 있었다면 막을 수 있었을지도 모르지만, 당시 예산으로는 사실상 불가피했다.',
      '리베이스로 피할 수도 있었겠지만, 이번 경우에는 피할 수 없었던 것으로 보입니다.',
    ]) clean('ko', s);
    flagged('ko', '이번 장애는 피할 수 있었지만 아무도 로그를 확인하지 않았다.');
    flagged('ko', '충분히 막을 수 있었던 장애였다.');
    assert.equal(rewritten('ko', '예방할 수 있었을 수도 있지만 아무도 두 번째 키를 추가할 시간이 없었다.'), '예방하는 장치가 없었을 수도 있지만 아무도 두 번째 키를 추가할 시간이 없었다.');
    assert.equal(rewritten('ko', '이 사고는 막을 수 있었을지도 모른다.'), '이 사고는 막는 장치가 없었을지도 모른다.');
  });

  // B3: THE ARTEFACT OF THE PERSON ADDRESSED AS THE CAUSE ("당신의 커밋이 빌드를 깨뜨렸습니다"; addressed.ts). Rewrite: the owner
  // goes ("해당 커밋이 …"). Controls: a condition, a question, a negation, a customer notice, a repair. ko-24054 … ko-24062.
  it('B3: the addressed person’s change as the cause is blame', () => {
    for (const [s, fixed] of [
      ['네가 올린 PR이 메인 브랜치를 망가뜨렸다.', '해당 PR이 메인 브랜치를 망가뜨렸다.'],
      ['당신이 머지한 PR 때문에 배포가 멈췄습니다.', '해당 PR 때문에 배포가 멈췄습니다.'],
      ['당신의 최근 마이그레이션이 주문 테이블을 손상시켰어요.', '최근 마이그레이션이 주문 테이블을 손상시켰어요.'],
      ['참고로 당신의 설정 변경이 스테이징 파이프라인을 깨뜨렸습니다.', '참고로 해당 설정 변경이 스테이징 파이프라인을 깨뜨렸습니다.'],
    ]) assert.equal(rewritten('ko', s), fixed);
    for (const s of [
      '당신의 커밋이 빌드를 깨뜨리면 되돌려 주세요.',
      '당신의 커밋이 빌드를 깨뜨렸나요?',
      '당신의 리팩터링은 통합 테스트를 하나도 깨뜨리지 않았습니다.',
      '고객님의 작업이 10시 2분부터 10시 40분 사이에 실패했습니다.',
      '고마워요, 당신의 수정이 깨진 링크를 고쳤습니다.',
    ]) clean('ko', s);
  });

  // B4: THE REWRITE OF A COORDINATED VERB PHRASE ("담당자가 테이블을 삭제하고 복구하지 않았다"): the first act stays what happened
  // ("…을 삭제한 뒤 …"), the missing safeguard covers only the second (it was "테이블을 삭제하고 복구하도록 하는 장치가 없었다", a
  // safeguard that would make someone delete the table). "아무에게도 알리지 않았다" → "관련자에게 알리도록 …". ko-24063 … ko-24068.
  it('B4: a coordinated first act keeps its place in the rewrite', () => {
    for (const [s, fixed] of [
      ['운영자가 서버를 재시작하고 알리지 않았다.', '서버를 재시작한 뒤 알리도록 하는 장치가 없었다.'],
      ['인턴이 버킷을 지우고 아무에게도 알리지 않았다.', '버킷을 지운 뒤 관련자에게 알리도록 하는 장치가 없었다.'],
      ['작업자가 캐시를 비우고 나서 다시 채우지 않았습니다.', '캐시를 비운 뒤 다시 채우도록 하는 장치가 없었습니다.'],
      ['당직자가 경보를 끄고 원인을 확인하지 않았다.', '경보를 끈 뒤 원인을 확인하도록 하는 장치가 없었다.'],
      ['운영자가 설정 파일을 열고 백업을 만들지 않았다.', '설정 파일을 연 뒤 백업을 만들도록 하는 장치가 없었다.'],
    ]) assert.equal(rewritten('ko', s), fixed);
    // Control: no coordinated act, the rewrite is as it was.
    assert.equal(rewritten('ko', '운영자가 설정을 확인하지 않았다.'), '설정을 확인하도록 하는 장치가 없었다.');
  });

  it('English mirrors of B1–B3 (held by the English engine today)', () => {
    clean('en', 'Apologies, I missed your message until now; the patch is in the nightly build.');
    clean('en', 'The lockout may have been avoidable in theory, but in practice it was unavoidable once the token expired during the freeze.');
    flagged('en', 'Your migration corrupted the invoices table.');
  });
});

// English mirrors the English engine does not hold today (for lang-en; asserted as what the engine does, so a change shows).
export const EN_MIRROR_MISSING: { sentence: string; today: 'flagged' | 'clean'; want: 'flagged' | 'clean' }[] = [
  // A1: a blaming environment denied
  { sentence: 'When a mistake happens, this is not an environment where we blame people or hold someone accountable.', today: 'clean', want: 'clean' } /* mirrors s18 */,
  // B2 (b): the could-have noun denied
  { sentence: 'It was not an outage that could have been avoided.', today: 'clean', want: 'clean' } /* mirrors s18 */,
  // A4: neglect with no neglect verb
  { sentence: 'Since I started my new job I never paid any attention to the projects linked to my AWS account.', today: 'clean', want: 'flagged' },
  // A5: the writer's own artefact as the cause
  { sentence: 'It turned out the error came from a module that I imported.', today: 'clean', want: 'flagged' },
  // A6: a spoken why-not question to the listener
  { sentence: "Why didn't you turn that into handover material?!", today: 'clean', want: 'flagged' },
];
describe('lang-ko s18: English mirrors missing (not expectations)', function () {
  this.timeout(120_000);
  for (const m of EN_MIRROR_MISSING) {
    it(`${m.today} today (want ${m.want}): ${m.sentence}`, () => (m.today === 'flagged' ? flagged('en', m.sentence) : clean('en', m.sentence)));
  }
});
