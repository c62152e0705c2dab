// Korean blame and hindsight, session 9 (issue 8): kinds behind the Korean false alarms of the part of the blind
// fresh-s8 set drawn for dev, and then miss kinds. Every case is a NEW sentence of the kind (other subjects, verbs
// and domains than the corpus case that showed it); each kind has its hard negatives (what must stay flagged), in
// Korean and, where the English engine already reads the same shape, in English. Rewrites re-lint clean.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { actionDocument } from '../language/harness';
import { clean, flagged, rewritten, type Lang } from './language-cases';

function foundItem(lang: Lang, item: string) {
  const p = actionDocument(lang, item);
  return lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.line >= p.line);
}
const concreteItem = (lang: Lang, item: string) => assert.deepEqual(foundItem(lang, item).map((f) => f.message), [], item);
const vagueItem = (lang: Lang, item: string) => assert.ok(foundItem(lang, item).length > 0, `not flagged: ${item}`);

describe('Korean action items, session 9: a false-alarm kind from the drawn fresh-s8 items (issue 8)', function () {
  this.timeout(60_000);

  // Kind: a check at a stated step whose object is named in code, with 반드시 (must not be skipped) — an obligation, not
  // a manner of care.
  it('"반드시" before a check of something named in code at a stated step is no call for care', () => {
    for (const s of ['릴리스 전 반드시 `npm audit` 결과를 확인합니다.', '스키마 변경 전 반드시 `pg_dump` 백업 파일 크기를 확인', '인증서 교체 후 반드시 `openssl s_client` 출력의 만료일을 확인한다']) concreteItem('ko', s);
    concreteItem('en', 'Before every release, always check the output of `npm audit`.');
    // Nothing named, or a manner of care, stays vague.
    for (const s of ['배포 전 반드시 설정 확인', '배포 전 꼼꼼히 `values.yaml` 확인', '작업 전 반드시 한 번 더 확인하기']) vagueItem('ko', s);
  });
});

describe('Korean blame and hindsight, session 9: false-alarm kinds from the drawn fresh-s8 cases (issue 8)', function () {
  this.timeout(120_000);

  // Kind: a slip the sentence only supposes — the clause holding it closes as a present condition or concession
  // (-면, -라면, -더라도, -어도), as a guard (-지 않도록/않게/못하게, …는 것을 막는), or as a possibility (-ㄹ 수 있다,
  // 가능하다). Nothing in that clause happened.
  it('a slip in a present condition, a concession, a guard or a possibility is supposed, not blamed', () => {
    for (const s of [
      '운영자가 실수로 결제 테이블을 비우더라도 스냅샷에서 10분 안에 되살릴 수 있다.',
      '신규 입사자의 착각이라면 온보딩 문서부터 고쳐야 할 것이다.',
      '배포 담당자가 깜빡하면 인증서 갱신이 그대로 멈추는 구조다.',
      '누군가 실수로 운영 버킷을 지우지 못하도록 삭제 권한을 두 사람 승인으로 바꿨다.',
      '점검자가 실수로 다른 랙의 전원을 내리는 것을 막는 잠금 장치를 달았다.',
      '야간 당직자의 실수로 인한 데이터 유실이 생길 수 있습니다.',
      '이 화면에서는 누구나 착각이 가능하다.',
      '상담원이 실수로 통화를 끊어도 고객 정보는 그대로 남아 있어요.',
      '기사님이 잘못 입력하면 배차 요청이 다른 지역으로 넘어갑니다.',
      '편집자가 실수로 초안을 발행했다고 독자 알림이 나가면 곤란하다.',
    ]) clean('ko', s);
    for (const s of ['If the on-call engineer forgets, the certificate renewal simply stops.', 'A lock keeps a technician from accidentally powering down the wrong rack.']) clean('en', s);
  });

  it('the same slip asserted in the past, regretted, or forbidden stays flagged, with sound rewrites', () => {
    for (const s of [
      '운영자가 실수로 결제 테이블을 비웠다.',
      '신규 입사자의 착각으로 인증서가 만료됐다.',
      '배포 담당자가 깜빡해서 인증서 갱신이 멈췄다.',
      '점검자가 실수로 다른 랙의 전원을 내렸고, 다시는 그런 일이 없도록 잠금 장치를 달았다.',
      '야간 당직자의 실수로 데이터가 유실될 수 있었다.',
      '작업자 실수로 인한 장애였다.',
      '당직자가 실수로 스위치를 내리면서 전 구간이 끊겼다.',
    ]) rewritten('ko', s);
    for (const s of ['운영자가 실수로 테이블을 비우지 않았다면 결제는 멈추지 않았을 것이다.', '다음부터는 실수하면 안 된다.']) flagged('ko', s);
    flagged('en', 'The operator mistakenly emptied the payments table.');
  });

  // Kind: the slip as a type — "the most common / a typical mistake" as the topic of a general statement.
  it('a common or typical slip as the topic of a general statement names nobody', () => {
    for (const s of ['가장 흔한 착각 중 하나는 알림이 곧 장애라는 믿음이다.', '대표적인 실수로는 캐시 만료 시간을 너무 길게 잡는 것이 있다.', '신입 기획자가 하는 전형적인 착오는 일정에 검수 기간을 넣지 않는 것입니다.']) clean('ko', s);
    clean('en', 'The most common mistake is keeping a single backup.');
    // A verdict on one act, and a person's act under the topic, stay flagged.
    rewritten('ko', '그건 전형적인 실수였다.');
    flagged('ko', '가장 흔한 실수는 운영자가 백업을 빠뜨린 것이었다.');
  });

  // Kind: punishment put behind what is done first ("X에 앞서 / X보다 먼저 … 부터").
  it('punishment set behind finding the cause is no call for it', () => {
    for (const s of ['징계보다 먼저 재발 방지 장치를 마련해야 합니다.', '누구를 탓하기에 앞서 로그부터 모아 봅시다.', '처벌에 앞서 작업 환경이 어땠는지 들어 보기로 했다.']) clean('ko', s);
    clean('en', 'Before any discipline, find the cause.');
    // A punishment asked for after it stays.
    flagged('ko', '징계에 앞서 경위서부터 받아야 한다.');
    flagged('ko', '담당자를 징계해야 합니다.');
  });

  // Kind: a blaming or punishing culture described (범인 찾기 분위기, 징계 위주의 문화).
  it('a blaming or punishing culture described is no call for punishment', () => {
    for (const s of ['징계 위주의 문화에서는 아무도 먼저 손을 들지 않는다.', '이 팀에는 잘잘못을 따지는 분위기가 여전히 남아 있었다.', '책임자 찾기 관행 때문에 작은 장애는 아예 보고되지 않았어요.']) clean('ko', s);
    clean('en', 'A culture of hunting for the culprit after every outage keeps people quiet.');
    flagged('ko', '범인 찾기 분위기와 별개로 담당자는 징계해야 한다.');
  });

  // Kind: a careless manner inside a present condition — a general warning ("꼼꼼히 확인하지 않으면 …").
  it('a careless manner in a present condition is a warning, not a failure that happened', () => {
    for (const s of ['배포 전에 로그를 자세히 읽지 않으면 같은 경고를 또 놓치게 된다.', '계약 조건을 꼼꼼히 따져 보지 않으면 나중에 비용이 두 배로 듭니다.', '인수인계 문서를 제대로 읽지 않으면 야간 대응이 어려워진다.']) clean('ko', s);
    clean('en', "If you don't read the logs carefully before deploying, you will miss the same warning again.");
    rewritten('ko', '담당자가 배포 전에 로그를 자세히 읽지 않았다.');
  });

  // Kind (a miss): the subject of an embedded question ("…가 …는지(는/를)") is the question's own; the hindsight or
  // failure predicate after it has its own subject, named further back or dropped.
  it('a subject inside an embedded question does not stand for the predicate after it', () => {
    assert.equal(rewritten('ko', '인증서가 만료되는지는 배포 전에 점검했어야 했다.'), '인증서가 만료되는지는 배포 전에 점검하도록 하는 장치가 없었다.');
    assert.equal(rewritten('ko', '재고가 남았는지를 주문 전에 조회했어야 했습니다.'), '재고가 남았는지를 주문 전에 조회하도록 하는 장치가 없었습니다.');
    rewritten('ko', '정산 담당자가 환율이 바뀌었는지 확인하지 않았다.');
    flagged('en', 'The billing engineer did not check whether the exchange rate had changed.');
    // A thing that is the subject of the predicate itself, or nobody: no person failed.
    for (const s of ['서버가 살아 있는지 확인하지 않았다.', '캐시가 비었는지 스크립트가 확인하지 않았다.', '디스크가 찼는지 아무도 몰랐다.', '경보가 울렸는지는 아직 확인되지 않았다.']) clean('ko', s);
  });

  // Kind (a miss): a person could already (이미, 벌써), or from one signal alone (…만으로도, …만 보고도), have known —
  // hindsight cued earlier in the clause than the adverb next to the verb. The rewrite drops the cue and names the signal.
  it('"이미 … 알 수 있었다" and "…만으로도/만 보고도 … 짐작할 수 있었다" about a person are hindsight; a success or no person is not', () => {
    // Session 17 (sound2): the signal was there, so the rewrite says so ("…신호가 없었다" said the opposite of the sentence).
    assert.equal(rewritten('ko', '물류팀은 이미 월요일 오후에 재고 부족을 알아챌 수 있었다.'), '물류팀은 월요일 오후에 재고 부족을 알려 주는 신호가 있었다.');
    assert.equal(rewritten('ko', '관제 요원은 첫 번째 경보만 보고도 정전 범위를 짐작할 수 있었습니다.'), '관제 요원은 첫 번째 경보 외에는 정전 범위를 알려 주는 신호가 없었습니다.');
    assert.equal(rewritten('ko', '회계 담당자는 벌써 분기 초에 누락된 송장을 발견할 수 있었다.'), '회계 담당자는 분기 초에 누락된 송장을 알려 주는 신호가 있었다.');
    rewritten('ko', '편집팀은 그 독자 제보만으로도 오보를 감지할 수 있었다.');
    flagged('en', 'The logistics team could already have spotted the stock shortage on Monday afternoon.');
    for (const s of ['로그만으로도 원인을 파악할 수 있었다.', '당직자는 이미 10분 만에 원인을 파악할 수 있었다.', '대시보드 덕분에 운영팀은 이미 새벽에 이상을 감지할 수 있었다.', '다행히 고객센터는 이미 오전에 문의 급증을 파악할 수 있었습니다.']) clean('ko', s);
  });

  // Kind (a miss): a two-syllable noun whose last syllable looks like a particle but has the wrong form for it (가 after a
  // final consonant: 증가, 평가; 이 after a vowel: 차이) is one noun, not a subject — it no longer hides the person before it.
  it('a noun that ends like a particle of the wrong form is not read as a subject', () => {
    rewritten('ko', '당직자는 메모리 증가 추세를 보고도 그냥 퇴근했다.');
    rewritten('ko', '검토자는 두 설정의 차이 확인을 건너뛰었다.');
    // The thing that is the subject, with the right particle form, still is one.
    for (const s of ['디스크 사용량이 증가해 배치가 멈췄다.', '메모리가 한계를 넘자 프로세스가 종료되었다.']) clean('ko', s);
  });
});

