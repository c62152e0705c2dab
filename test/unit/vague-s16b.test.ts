// Session 16, second round (vague2): three vague-action-item kinds, English and Korean. Every item here is NEW (written for this
// file; no content words of the items that showed the kind).
import { strict as assert } from 'node:assert';
import { vagueFindings } from './language-cases';
import { actionDocument } from '../language/harness';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

type Lang = 'en' | 'ko';

function kind(title: string, concrete: [Lang, string][], vague: [Lang, string, string[]][]): void {
  describe(title, () => {
    for (const [lang, item] of concrete) it(`concrete (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), []));
    for (const [lang, item, at] of vague) it(`vague (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));
  });
}

/** A finding's first rewrite, applied, leaves the item with no finding of ours (manual suggestions only). */
function soundRewrite(lang: Lang, item: string): void {
  const p = actionDocument(lang, item);
  const found = lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
  assert.ok(found.length >= 1, item);
  const s = found[0].suggestions[0];
  if (!s) return;
  const fixed = applyFixes(p.text, [s.edits]).text;
  const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
  assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], fixed);
}

describe('vague-action-item, session 16 (vague2)', () => {
  // Kind 1: A SENTENCE-OPENING MARKER OF THE PREFERABLE ALTERNATIVE ("Better yet, …", "Better still, …", "Even better, …"),
  // set off by a comma: it compares the item with the one before it; its "better" is no degree of the action. The item is
  // judged on what follows. Korean: "더 나아가 …", "나아가 …" (furthermore) was never read as a degree (checked here to stay).
  kind(
    'an opening "Better yet," / "Better still," is a discourse marker',
    [
      ['en', 'Better yet, add a pre-merge check that rejects expired certificates'],
      ['en', 'Better still, page the on-call when the replica lag passes 30 seconds'],
      ['en', 'Even better, move the nightly export to a read replica'],
      ['en', 'Better yet, delete the shared admin token and issue one token per service'],
      ['en', 'Better still, pin the base image digest in the Dockerfile'],
      ['ko', '더 나아가 배포 스크립트에 롤백 단계를 추가한다'],
      ['ko', '나아가, 결제 서버에 서킷 브레이커 도입'],
      ['ko', '더 나아가서 스테이징 DB 접근 권한 회수'],
      ['ko', '나아가 공용 관리자 토큰을 삭제하고 서비스별 토큰 발급'],
    ],
    [
      // The item's own vague words stay vague after the marker.
      ['en', 'Better yet, improve the alerting', ['improve']],
      ['en', 'Better still, we should look into the retry logic', ['should look into']],
      ['en', 'Better yet, be more careful with deploys', ['be more careful']],
      // Controls: "better" as the degree of the item ("Better, …" alone, "Better monitoring …").
      ['en', 'Better monitoring of the export job', ['Better']],
      ['en', 'Better, add a lint step', ['Better']],
      ['ko', '나아가 장애 대응 절차 개선', ['개선']],
      ['ko', '더 나아가 모니터링 강화', ['강화']],
    ],
  );

  // Kind 2: A DEGREE TITLE SPECIFIED BY A CHECKABLE STATE after a colon or a spaced dash: "ensure/make sure/verify" and a state
  // of a named thing (held "until/while/before …" a named event, or a state verb the ENSURE reading accepts): the specification
  // says what the degree means. A specification in vague words stays vague. Korean: "더 안전한 인증서 교체 — … 때까지 기존
  // 인증서 유지" was read as concrete already (its colon specification and 까지); checked here to stay.
  kind(
    'a degree title followed by a checkable "ensure …" specification',
    [
      ['en', 'Safer key rotation – ensure the previous signing key stays trusted until every client has fetched the new one'],
      ['en', 'Quieter paging: make sure the disk alert stays muted while the backup job runs'],
      ['en', 'Cleaner releases - verify that every tag has a signed changelog entry'],
      ['en', 'Faster restores – ensure each snapshot is copied to the second region'],
      ['ko', '더 안전한 키 교체 — 모든 클라이언트가 새 키를 받을 때까지 이전 서명 키 유지'],
      ['ko', '더 조용한 호출: 백업 작업이 도는 동안 디스크 알림 음소거'],
      ['ko', '더 깔끔한 릴리스 - 모든 태그에 서명된 변경 기록 항목 추가'],
      ['ko', '더 빠른 복구 – 각 스냅샷을 두 번째 리전에 복제'],
    ],
    [
      ['en', 'Safer deploys - ensure deploys are reliable', ['Safer']],
      ['en', 'Safer rollovers - ensure things stay safe until done', ['Safer']],
      ['en', 'Safer deploys – make sure everyone is aware of the freeze', ['Safer']],
      ['en', 'More resilient queues - ensure the consumers stay healthy until the migration', ['More resilient']],
      ['en', 'Safer certificate rollovers', ['Safer']],
      ['ko', '더 안전한 배포 - 더 주의하기', ['더 안전한 배포 - 더 주의하기']],
      // (Left as found: "더 안전한 배포 - 배포 절차 강화" is read as concrete today, a Korean miss outside this kind.)
      ['ko', '더 빠른 복구 - 복구 체계를 충분히 점검', ['더 빠른 복구 - 복구 체계를 충분히 점검']],
    ],
  );

  // Kind 3 (Korean): 이상 AFTER NO NUMBER OR QUANTITY is the noun "anomaly" ("이상 징후", "이상 현상"), not the measure "or more":
  // it no longer makes a vague item checkable. After a number or a quantity word ("하루 이상", "절반 이상", "임계치 이상") it is a
  // measure as before. English has no such homograph ("or more" is never a noun): the English items are controls of the same
  // shape (watching for unnamed anomalies stays vague; a number keeps it concrete).
  kind(
    '이상 is a measure only after a number or a quantity',
    [
      ['ko', '하루 이상 방치된 배치 작업 목록 점검'],
      ['ko', '절반 이상 실패 시 배포 중단'],
      ['ko', '일주일 이상 지난 스냅샷 정리'],
      ['ko', '디스크 사용률 80% 이상 시 슬랙 알림 추가'],
      ['ko', '세 번 이상 재시도 실패 시 당직자 호출'],
      ['en', 'Page the on-call when disk usage stays above 80 % for ten minutes'],
    ],
    [
      ['ko', 'DB 커넥션 풀 사용률을 모니터링하여 이상 징후 파악', ['파악']],
      ['ko', '이상 징후 발생 시 대응 방안 마련', ['방안 마련']],
      ['ko', '로그인 실패 로그를 분석해 이상 징후 탐지', ['분석해']],
      ['ko', '결제 대기열 지표를 살펴보고 이상 현상 식별', ['살펴보고 이상 현상 식별']],
      ['en', 'Monitor the connection pool to catch any anomalies', ['Monitor']],
    ],
  );

  describe('rewrites stay sound', () => {
    for (const [lang, item] of [
      ['en', 'Better yet, improve the alerting'],
      ['en', 'Safer deploys - ensure deploys are reliable'],
      ['ko', 'DB 커넥션 풀 사용률을 모니터링하여 이상 징후 파악'],
      ['ko', '이상 징후 발생 시 대응 방안 마련'],
    ] as [Lang, string][]) it(`${lang}: ${item}`, () => soundRewrite(lang, item));
  });
});
