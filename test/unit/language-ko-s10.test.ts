// Korean blame and hindsight, session 10 (issue 8): the false-alarm kinds behind the Korean false alarms of the cases
// drawn for dev from fresh-s8 and fresh-s9 (frames in which a blame, punishment or hindsight word asserts nothing about a
// person of the team; src/core/language/ko/frames.ts). Every case is a NEW sentence of the kind (other subjects, verbs and
// domains than the corpus case that showed it); each kind has its hard negatives (what must stay flagged), with sound
// rewrites, and an English mirror where the English engine already reads the same shape.
import { clean, flagged, rewritten } from './language-cases';

describe('Korean blame and hindsight, session 10: false-alarm kinds from the drawn fresh-s8 and fresh-s9 cases (issue 8)', function () {
  this.timeout(120_000);

  // Kind: an appearance corrected — blame named as how something looked ("…의 실수로 보이는/보였던 X"), then what it
  // really was ("실제로는", "사실", "알고 보면").
  it('blame named as an appearance the sentence then corrects is no blame', () => {
    for (const s of [
      '신입 사원의 착각으로 보였던 설정 변경은 사실 배포 도구의 기본값 때문이었다.',
      '운영자 부주의로 여겨졌던 결제 누락이 실제로는 큐 재시도 로직의 결함에서 나왔다.',
      '검수자의 실수처럼 보이는 라벨 오류들이 알고 보면 템플릿이 열 순서를 바꾼 결과였습니다.',
    ]) clean('ko', s);
    // No correction, or a correction that asserts the blame again, stays flagged.
    flagged('ko', '운영자 부주의로 보이는 결제 누락이 두 건 있었다.');
    flagged('ko', '신입 사원의 착각으로 보였던 설정 변경은 실제로도 그의 착각이었다.');
  });

  // Kind: alternatives in an embedded question — "A의 잘못인지 B의 결함인지": whether one or the other; neither asserted.
  it('blame as one alternative of an embedded question is not asserted', () => {
    for (const s of [
      '이번 누락이 담당자의 실수인지 절차의 빈틈인지 먼저 구분해야 한다.',
      '회의에서는 배송 지연이 기사 개인의 잘못인지 배차 시스템의 결함인지를 놓고 따졌다.',
      '우리는 그 오입금이 창구 직원의 착오였는지 화면 설계의 문제였는지부터 가려 보기로 했다.',
    ]) clean('ko', s);
    // Asked in order to punish, or asserted, stays flagged.
    flagged('ko', '담당자의 실수인지 확인하고 책임을 물어야 한다.');
    rewritten('ko', '이번 누락은 담당자의 실수였다.');
  });

  // Kind: a careless manner under a present "cannot" ("안일하게 처리할 수도 없다", "소홀히 다룰 수 없는"): a stance about
  // what the work demands; nothing happened.
  it('a careless manner one cannot afford is a stance, not a failure', () => {
    for (const s of [
      '보안 경고를 소홀히 다룰 수 없는 이유가 여기에 있다.',
      '그렇다고 환불 요청을 안일하게 처리할 수는 없습니다.',
      '환자 기록이 걸린 일이라 검수를 대충 넘길 수도 없다.',
    ]) clean('ko', s);
    // The manner asserted in the past stays flagged, with a rewrite.
    rewritten('ko', '담당자가 보안 경고를 소홀히 다뤘다.');
    flagged('ko', '운영팀은 환불 요청을 안일하게 처리했다.');
  });

  // Kind: a sanction reported as what followed ("…징계가 이어졌다", "…처분을 받았다"), the mirror of "was fired"; not an ask.
  it('a sanction reported as a past event is no call for punishment', () => {
    for (const s of [
      '정전 사고 뒤 현장 책임자 징계와 장비 교체가 잇따랐다.',
      '유출이 알려진 다음 달, 관련 임원들에 대한 문책 인사가 단행됐다.',
      '그 사고로 당시 관제사는 감봉 처분을 받았다.',
    ]) clean('ko', s);
    // Asked for, or regretted as not done, stays flagged, with rewrites.
    rewritten('ko', '관련자 징계가 이뤄져야 한다.');
    rewritten('ko', '책임자를 문책해야 한다.');
    flagged('ko', '담당 임원은 징계를 받았어야 했다.');
  });

  // Kind: a past habit of necessity — "예전에는 …했어야 했는데, 이 도구를 쓰면 …": "had to", in the old way, before a new
  // means; no verdict on anyone.
  it('"had to" in the old way, before a new means, is no hindsight', () => {
    for (const s of [
      '예전에는 인증서를 갱신할 때마다 서버에 접속해서 파일을 바꿨어야 했는데, 이 도구를 쓰면 자동으로 끝난다.',
      '기존에는 엑셀 파일을 올릴 때 열 순서를 맞춰서 다시 저장했어야 했지만 새 업로드 화면은 순서를 알아서 맞춰 준다.',
      '그동안은 로그를 볼 때마다 서버 세 대를 하나씩 열어 봤어야 했는데 이제는 한 화면에서 모아 볼 수 있다.',
    ]) clean('ko', s);
    clean('en', 'Until now we had to restart the server by hand every time, but with this tool it restarts itself.');
    // Not done, or no new means: hindsight stays, with sound rewrites.
    rewritten('ko', '예전부터 배포 전에 설정을 확인했어야 했는데 그러지 않았다.');
    rewritten('ko', '기존에도 인증서 만료일을 확인했어야 했다.');
    flagged('ko', '배포 전에는 설정을 확인했어야 했는데, 이 도구를 쓰면 자동으로 확인된다.');
  });

  // Kind: a technical caution — care about a thing, in a how-to frame ("…할 때는 …에 주의해야 한다"), nobody addressed,
  // no incident in view.
  it('a technical caution in a how-to frame is no call for vigilance', () => {
    for (const s of [
      '부동소수점 값을 비교할 때는 오차 범위에 각별히 주의해야 한다.',
      '외부 API 응답을 캐시할 경우에는 만료 시간 설정에 주의를 기울여야 합니다.',
      '정규식으로 사용자 입력을 검사할 때는 역참조 패턴에 각별한 주의를 기울여야 한다.',
    ]) clean('ko', s);
    clean('en', 'When comparing floating-point values, take particular care with the tolerance.');
    // People addressed, an incident in view, or nothing named stays a call for vigilance, with sound rewrites.
    rewritten('ko', '운영자는 작업할 때 명령어에 각별히 주의해야 한다.');
    rewritten('ko', '앞으로 날짜 데이터를 합칠 때는 모두 경계값에 더 주의해야 한다.');
    flagged('ko', '배포할 때는 앞으로 각별히 조심해야 한다.');
  });

  // Kind: a means that could prevent incidents in general ("…장애를 막을 수 있었던 규칙/방법"), not this incident.
  it('a means described as able to prevent incidents in general is no hindsight', () => {
    for (const s of [
      '과거 결제 장애 대부분을 막을 수 있었던 배포 규칙 다섯 가지를 정리했다.',
      '다른 회사들의 데이터 유출을 피할 수 있었던 설정 방법을 모은 문서입니다.',
      '대형 정전 사고를 예방할 수 있었던 점검 항목들.',
    ]) clean('ko', s);
    clean('en', 'A policy set that could have prevented real account takeovers.');
    // This incident, a missing safeguard, or the incident as the head stays hindsight, with sound rewrites.
    rewritten('ko', '이번 장애를 막을 수 있었던 경보 규칙이 꺼져 있었다.');
    rewritten('ko', '충분히 막을 수 있었던 장애였다.');
  });

  // Kind: a third party's blaming, reported ("경영진은 … 탓으로 돌리려 했다"): their attribution, not the writer's (the
  // English convention: "The company blamed the new junior analyst" is neutral).
  it('blame a third party put on someone, reported, is not the writer\'s blame', () => {
    for (const s of [
      '경영진은 사고 원인을 하청업체 직원 탓으로 돌리려 했다.',
      '은행 측은 전산 장애를 협력업체 직원의 부주의 탓으로 돌리려 했지만 조사 결과는 달랐다.',
      '구단은 처음에 티켓 오발송을 외주 상담원의 실수 탓으로 돌렸다.',
    ]) clean('ko', s);
    clean('en', 'The bank blamed the outage on a careless vendor employee, but the audit found otherwise.');
    // The writer's own blaming, or the blame asserted after it, stays flagged.
    flagged('ko', '나는 그 장애를 동료 탓으로 돌렸다.');
    flagged('ko', '팀장은 이번 장애를 신입의 실수 탓으로 돌렸는데, 실제로도 신입의 실수였다.');
  });

  // Kind: an open question under investigation — "…의 과실 여부를 조사한다", "…를 소홀히 했는지 들여다보고 있다": whether
  // someone was at fault is being looked into; nothing is asserted.
  it('blame inside a whether-question being looked into is not asserted', () => {
    for (const s of [
      '경찰은 현장 관리자의 과실 여부를 조사하고 있다.',
      '감사원은 담당 부서가 점검을 소홀히 했는지 들여다보고 있다.',
      '보험사는 운전기사가 신호를 잘못 봤는지 확인하는 중이다.',
    ]) clean('ko', s);
    clean('en', 'The auditors are looking into whether the department neglected its checks.');
    // A why-question presupposes the failure; a sentence that punishes, or asserts, stays flagged.
    flagged('ko', '왜 담당 부서가 점검을 소홀히 했는지 모르겠다.');
    flagged('ko', '운영자의 과실 여부를 따져 징계할 예정이다.');
    rewritten('ko', '담당 부서가 점검을 소홀히 했다.');
  });

  // Kind: a slip in a generic "when" — "…실수했을 때는 …한다": the perfect of a habit or a norm, the sentence in the present.
  it('a slip in a generic "-었을 때" clause of a present-tense sentence is no event', () => {
    for (const s of [
      '신입이 실수했을 때는 선배가 함께 원인을 찾는다.',
      '실수를 했을 때 빨리 공유하는 문화가 중요하다.',
      '누가 설정을 잘못 바꿨을 때도 변경 이력으로 바로 되돌릴 수 있다.',
    ]) clean('ko', s);
    // The event in the past stays flagged, with a rewrite.
    rewritten('ko', '작업자가 실수했을 때 아무도 몰랐다.');
  });

  // Kind: criticism the writer accepts ("…에 대한 지적을 겸허히 받아들인다") asks no punishment of anyone.
  it('criticism of the organisation, accepted, is no blame of a person', () => {
    for (const s of [
      '관리 소홀에 대한 지적을 겸허히 받아들이고 재발 방지에 최선을 다하겠습니다.',
      '점검 부실이라는 지적을 무겁게 받아들입니다.',
      '대응이 늦었다는 지적을 달게 받겠습니다.',
    ]) clean('ko', s);
    flagged('ko', '관리 소홀에 대한 지적을 받아들여 담당자를 징계했다.');
  });

  // Miss kind: the incident called 인재 (man-made) in quotes or with its gloss ("'인재'였다", "인재(人災)였다"), or in an
  // assertive ending ("…였던 것이다", "…라는 거죠"); 인재 as talent, or the label rejected, stays clean.
  it('the incident called 인재 in quotes, with its gloss or in an assertive ending is attribution', () => {
    for (const s of ['이번 급식 사고는 명백한 \'인재\'입니다.', '이번 화재는 전형적인 인재(人災)였다.', '그 붕괴 사고는 결국 인재라는 것이다.', '결국 "인재"였던 셈이다.']) rewritten('ko', s);
    for (const s of ['결국 \'인재\'를 뽑는 것이 회사의 경쟁력이다.', '그는 우리 팀이 오래 찾던 인재였다.', '이번 사고를 인재라고 보기는 어렵다.', '이번 사고는 인재라는 주장은 근거가 없다.']) clean('ko', s);
  });
});
