// Korean language rules, session 17 (lang-ko). Part A: the lead's decision on the safeguard convention (issue 8): a missing
// safeguard or measure named as what would have caught or prevented the failure IS hindsight, in both languages
// (ko/safeguard.ts, ko.who.hindsight-safeguard; session 16's kind restored and widened). Every sentence here is NEW (other
// safeguards, harms and domains than the golden fixture test/fixtures/counterfactual-language/*.ko.md and the precision
// corpus), with controls decided as the decision says, and one English mirror per Korean case.
import { strict as assert } from 'node:assert';
import { clean, flagged, rewritten } from './language-cases';

describe('lang-ko s17 A: a missing safeguard named as what would have caught or prevented it is hindsight', function () {
  this.timeout(120_000);

  // Kind A1: the safeguard's EXISTENCE as the condition, any would-have consequence: another act ("더 빨리 대응했을"),
  // knowing ("더 일찍 알았을"), a smaller harm ("피해가 작았을", "복구 시간이 짧았을"), a wish ("좋았을"), or the bare
  // "-ㄹ 수 있었다" with a place ("CI에 있었다면"). Rewrite: the forward-looking lesson ("…하려면 X가 있어야 한다").
  it('A1: existence of a safeguard as the condition', () => {
    const cases: [string, string][] = [
      ['복제 지연 알림이 있었다면 더 빨리 대응했을 것입니다.', '더 빨리 대응하려면 복제 지연 알림이 있어야 합니다.'],
      ['인증서 만료 알림이 있었다면 더 일찍 알았을 것이다.', '더 일찍 알려면 인증서 만료 알림이 있어야 한다.'],
      ['점진적 배포가 있었더라면 피해가 훨씬 작았을 것이다.', '피해를 훨씬 줄이려면 점진적 배포가 있어야 한다.'],
      ['롤백 리허설이 있었다면 복구 시간이 짧았을 거예요.', '복구 시간을 줄이려면 롤백 리허설이 있어야 해요.'],
      ['용량 점검 절차가 있었다면 좋았을 것이다.', '용량 점검 절차가 있어야 한다.'],
      ['마이그레이션 검증 스크립트가 배포 파이프라인에 있었다면 누락된 컬럼을 잡을 수 있었다.', '누락된 컬럼을 잡으려면 마이그레이션 검증 스크립트가 배포 파이프라인에 있어야 한다.'],
    ];
    for (const [s, fixed] of cases) {
      flagged('ko', s);
      assert.equal(rewritten('ko', s), fixed);
    }
  });

  // Kind A2: a SETTING of a safeguard (a threshold, a timeout, a retry count) as the condition, with a catch / prevent verb:
  // the setting is a decision. Rewrite: "…하려면 X를 낮춰야 한다" (the change as a requirement).
  it('A2: a safeguard setting as the condition', () => {
    const cases: [string, string][] = [
      ['연결 타임아웃이 짧았다면 스레드 고갈을 막을 수 있었습니다.', '스레드 고갈을 막으려면 연결 타임아웃을 줄여야 합니다.'],
      ['재시도 횟수가 적었다면 요청 폭주를 막았을 것이다.', '요청 폭주를 막으려면 재시도 횟수를 줄여야 한다.'],
      ['디스크 경보 임계값이 더 낮았다면 용량 부족이 감지되었을 것이다.', '디스크 경보 임계값을 낮춰야 용량 부족이 감지될 수 있다.'],
    ];
    for (const [s, fixed] of cases) {
      flagged('ko', s);
      assert.equal(rewritten('ko', s), fixed);
    }
  });

  // Controls: a state with no decision or measure in it (the warm cache of the English valid.md), luck and near misses, a
  // harm as the measure's cost, a system as the subject of should-have, forward-looking lessons, a measure that did exist.
  it('controls stay clean', () => {
    for (const s of [
      '캐시가 미리 채워져 있었다면 응답 시간은 일정하게 유지되었을 것이다.',
      '디스크 사용량이 낮았다면 장애를 피할 수 있었다.',
      '서버 메모리가 컸다면 막을 수 있었다.',
      '트래픽이 평소 수준이었다면 기존 경보가 지연을 잡았을 것이다.',
      '백업이 없었다면 주문 데이터를 모두 잃었을 것이다.',
      '주말이 아니었다면 더 많은 사용자가 영향을 받았을 것이다.',
      '체크리스트가 있었다면 배포가 조금 지연했을 것이다.',
      '배포 파이프라인이 자동으로 멈췄어야 했다.',
      '스토리지 도구는 삭제 전에 스냅샷을 요구해야 한다.',
      '더 빨리 대응하려면 복제 지연 알림이 있어야 한다.',
      '다행히 헬스 체크가 있어서 멈춘 워커를 바로 감지할 수 있었다.',
      '경보가 있었기에 빨리 대응할 수 있었다.',
    ]) clean('ko', s);
  });

  // English mirrors: the English engine flags the active safeguard form and the existence condition with a person's act.
  it('English mirrors (flagged today)', () => {
    for (const s of [
      'If we had had a replication-lag alert, we would have responded sooner.',
      'A queue-depth alarm would have caught the backlog.',
      'With a certificate expiry alert, we would have known earlier.',
    ]) flagged('en', s);
    for (const s of [
      'If the cache had been hot, response times would have stayed constant.',
      'Had it not been a weekend, more users would have been affected.',
      'The deploy pipeline should have stopped automatically.',
      'To respond sooner, we need a replication-lag alert.',
    ]) clean('en', s);
  });
});

// English mirrors the English engine did not read until en-safeguard (session 17, en/safeguard.ts
// missingSafeguardCounterfactual): a smaller harm after a safeguard's existence, a safeguard setting as the condition, and a
// safeguard as the subject of a harm-reducing verb. Flagged now, with a forward-looking rewrite.
export const EN_OPEN: string[] = [
  'If there had been a staged rollout, the damage would have been much smaller.',
  'If the connection timeout had been shorter, the thread exhaustion could have been prevented.',
  'A rollback rehearsal would have shortened the recovery.',
];
// The English control the English engine flagged until en-safeguard (a state with no decision in it): clean now.
describe('lang-ko s17 A: English mirrors', () => {
  for (const s of EN_OPEN) it(`flagged (hindsight by the decision): ${s}`, () => flagged('en', s));
  it('a state as the condition stays clean', () => clean('en', 'If the cache had been pre-filled, response times would have stayed constant.'));
});

// Part B: the s17 language draw's Korean cases (dev now), tuned by kind with NEW sentences.
describe('lang-ko s17 B: Korean kinds from the s17 draw', function () {
  this.timeout(120_000);

  // Kind B1 (false alarm ko-20071): a SANCTION REPORTED as an event with "-성" and "나다" ("징계성 조치가 난 것이다", "문책성
  // 인사가 났다") is a report, like "…이 단행됐다" (frames.ts SANCTION_REPORTED); an ask ("…조치가 나야 한다", "…를 내려야
  // 한다") stays flagged.
  it('B1: a sanction reported with -성 / 나다 is a report; an ask stays flagged', () => {
    for (const s of [
      '정전 사고 석 달 뒤에야 관련 부서에 문책성 인사가 났다.',
      '복구가 끝난 다음 주에 감봉 조치가 났습니다.',
      '감사 결과가 발표된 뒤 경고성 징계가 난 것으로 전해졌다.',
    ]) clean('ko', s);
    for (const s of ['담당 임원에게 징계성 조치가 나야 한다.', '관련자에게 문책성 인사를 내려야 한다.']) flagged('ko', s);
  });

  // Kind B2 (missed ko-20101): the bare regret "-ㄹ걸/-ㄹ껄" with 그랬다 left out, with a regret adverb (차라리, 진작, 미리,
  // 그때, 처음부터, 애초에, 그냥); the guess "-ㄹ걸" (아마 …, "-았을걸", "-ㄹ걸요") stays clean.
  it('B2: the bare regret -ㄹ걸 with a regret adverb is hindsight; the guess -ㄹ걸 is not', () => {
    // Rewrite: the alternative named as one that existed ("…하는 선택지도 있었다"), sound (re-lints clean, second fix a no-op).
    for (const [s, fixed] of [
      ['진작 롤백할걸.', '진작 롤백하는 선택지도 있었다.'],
      ['그냥 처음부터 매니지드 DB를 쓸걸', '그냥 처음부터 매니지드 DB를 쓰는 선택지도 있었다'],
      ['미리 스냅샷을 떠 둘껄…', '미리 스냅샷을 떠 두는 선택지도 있었다…'],
      ['그때 테이블을 새로 만들걸.', '그때 테이블을 새로 만드는 선택지도 있었다.'],
    ]) assert.equal(rewritten('ko', s), fixed);
    for (const s of [
      '아마 내일쯤 복구가 끝날걸.',
      '그 서버는 이미 재시작됐을걸.',
      '지금쯤 배포가 끝났을걸요.',
      '그때 그 사람은 회의 중이었을걸.',
      '그 정도면 충분할걸.',
    ]) clean('ko', s);
    // English mirror: the regret "should have just …" is flagged by the English engine.
    flagged('en', 'I should have just rolled back right away.');
  });
});
