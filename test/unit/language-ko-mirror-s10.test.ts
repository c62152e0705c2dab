// Korean mirrors of three English false-alarm kinds fixed in session 10 (src/core/language/en/aside.ts): each kind in
// new sentences (other subjects, verbs and domains than the cases that showed it in English), and what must stay flagged.
import { clean, flagged } from './language-cases';

describe('Korean blame and hindsight, session 10: mirrors of English kinds (issue 8)', () => {
  it('a counterfactual about a person\'s reaction or fate is not hindsight', () => {
    for (const s of [
      '그 메일을 고객에게 그대로 보냈더라면 우리 팀장은 노발대발했을 것이다.',
      '만약 로그를 지웠다면 저는 그날 바로 잘렸을 거예요.',
      '데모 중에 화면이 꺼졌으면 투자자들이 크게 실망했을 것입니다.',
    ]) clean('ko', s);
    // A consequence that prevents or finds something is hindsight; so is blame in the condition's own clause.
    flagged('ko', '카나리 배포를 거쳤다면 이번 장애를 막았을 것이다.');
    flagged('ko', '당직자가 경보를 확인했더라면 고객 불만을 피할 수 있었을 것이다.');
  });

  it('an expectation on an earlier stage, then a defensive guard, judges nobody', () => {
    for (const s of [
      '주소 형식은 가입 화면에서 검증됐어야 하지만, 혹시 몰라 배송 서비스에서도 다시 확인한다.',
      '중복 결제는 게이트웨이에서 차단되었어야 하는데, 만일을 대비해 정산 배치에서도 걸러 낸다.',
      '이미지 크기는 업로드 단계에서 줄여졌어야 하지만, 안전을 위해 렌더러가 한 번 더 자른다.',
    ]) clean('ko', s);
    flagged('ko', '검토자가 그 변경을 걸렀어야 했다.');
    flagged('ko', '배포 담당자가 체크리스트를 확인했어야 했지만 그러지 않았다.');
  });

  it('blame that a method, culture or form presumes, described, is not blame', () => {
    for (const s of [
      '낡은 회고 양식은 작성자의 부주의를 전제하고 반성문처럼 읽힌다.',
      '기존 감사 절차는 현장 직원의 실수를 가정한다.',
      '이런 문화는 잘못을 깔고 시작해서 보고를 늦춘다.',
    ]) clean('ko', s);
    // The writer's own presumption, and a person's slip asserted, stay judged.
    flagged('ko', '나는 처음부터 운영자의 과실을 전제하고 조사했다.');
    flagged('ko', '이번 누락은 명백히 담당자의 부주의였다.');
  });
});
