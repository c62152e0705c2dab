// Session 14 (vague): vague-action-item kinds, English and Korean. Every item here is NEW (written for this file; no
// content words of the corpus items that showed the kind). Each kind is stated in one line; the first-run figures are in
// test/language/AUDITS.md "Session 14: vague actions, first run".
//
// Decision on ticket-numbered items (the brief asked): a ticket number is NOT the specification. It says where the work is
// tracked, not what changes; the README's judgement calls make an inquiry concrete only when it names the change or the
// artefact that ends it, and the dev judges flag ticket-numbered "Enhance …" items. So a leading ticket label is set aside
// and the words after it are judged as any item is (kind 3). The one exception stays as it was: an item that is ONLY a link
// to a tracked issue (its inquiry is tracked where its outcome will be recorded).
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

describe('vague-action-item, session 14', () => {
  // Kind 1 (false alarm): A NAMED CHANGE, THEN WHAT IT IS FOR — a change verb with its object, and a degree word only in the
  // clause after it that gives the reason ("… for faster failover", "…, which will help …"). Korean mirror: a change as the
  // means ("…하여/해 …"), the goal after it (README: "카나리 배포 도입을 통해 배포 안정성 강화" is concrete).
  kind(
    'a named change, then what it is for',
    [
      ['en', 'Migrate the session store to Redis Cluster for faster failover'],
      ['en', 'Finish rolling out pgbouncer to every API pod, which will help keep connection spikes lower'],
      ['en', 'Split the invoice worker into two queues so that retries drain quicker'],
      ['en', 'Shard the metrics table by tenant for better query times'],
      ['en', 'Pin the base image digest in the Dockerfile so builds are more reproducible'],
      ['ko', '세션 저장소를 Redis Cluster로 이전하여 장애 전환 속도 개선'],
      ['ko', '메트릭 테이블을 테넌트별로 샤딩하여 조회 성능 개선'],
      ['ko', '이미지 다이제스트를 고정하여 빌드 재현성 향상'],
      ['ko', 'pgbouncer 배포를 완료해 연결 급증 완화'],
    ],
    [
      // A generic verb names no change; a degree on the destination or in the change itself is the action's.
      ['en', 'Rework the billing job for better reliability', ['Rework']],
      ['en', 'Change the release process to be more robust', ['more robust']],
      ['en', 'Update the dashboards so on-call responds faster', ['faster']],
      ['en', 'Switch the jobs to a more robust scheduler', ['more robust']],
      ['ko', '재시도 로직을 손봐서 안정성 개선', ['개선']],
    ],
  );

  // Kind 2 (false alarm): AN IMPROVEMENT SPECIFIED BY THE BEHAVIOUR IT ADDS — "Improve X to <behaviour verb> …" names what the
  // changed thing will do. Korean mirror: "…하도록 개선" with a behaviour verb (README's "… 스크립트가 실행되도록 개선").
  kind(
    'an improvement specified by the behaviour it adds',
    [
      ['en', 'Improve the uploader to resume from the last chunk'],
      ['en', 'Harden the webhook handler to reject unsigned payloads'],
      ['en', 'Enhance the export job to write a checksum file'],
      ['ko', '업로더가 마지막 청크부터 재개하도록 개선'],
      ['ko', '웹훅 핸들러가 서명 없는 요청을 거부하도록 강화'],
    ],
    [
      ['en', 'Improve the uploader to be more reliable', ['Improve', 'more reliable']],
      ['en', 'Enhance the export job to handle errors better', ['Enhance', 'better']],
      ['en', 'Improve the alerting to catch problems earlier', ['Improve']],
      ['ko', '업로더가 더 안정적으로 동작하도록 개선', ['더 안정적으로 동작하도록 개선']],
    ],
  );

  // Kind 3 (layout, misses): A LEADING TICKET LABEL ("#5120 …", "QA-310 - …", "[INFRA-9](…) - …") hid the opening verb from
  // the whole-item reading. A bare id needs a colon or a spaced dash after it ("S3 buckets …" opens with no label).
  kind(
    'a leading ticket label is set aside',
    [
      ['en', '#4412 Add a 90 % disk alert on the db hosts'],
      ['en', 'PAY-78: Rotate the webhook secret'],
      ['en', 'S3 buckets in the archive account get a 30-day lifecycle rule'],
      ['ko', '#4412 DB 호스트에 디스크 90 % 알림 추가'],
    ],
    [
      ['en', '#5120 Ensure a good failover story for the search cluster', ['Ensure']],
      ['en', 'QA-310 - Discuss a freeze window for holiday releases', ['Discuss']],
      ['en', '[INFRA-9](https://tracker.example.com/browse/INFRA-9) - Revisit the backup schedule', ['Revisit']],
      ['en', 'PAY-77: Review the refund flow', ['Review']],
      ['ko', 'PAY-77: 환불 흐름 재검토', ['재검토']],
    ],
  );

  // Kind 4 (misses): A REVIEW WITH NO END STATE, whatever its length — "Review <topic> …" where nothing says what the review
  // ends in. A second action on what was reviewed, a gate, a number, a colon specification or a purpose ends it.
  // Korean: "… 검토" closing the item was already read as vague (mirror expectations only).
  kind(
    'a review with no end state',
    [
      ['en', 'Review the alert rules for the payments API and delete the ones that never fired'],
      ['en', 'Review and merge the patch for the parser crash'],
      ['en', 'Review all schema migrations before deploying to production'],
      ['en', 'Review every service account in the build project and revoke unused keys by 2025-03-01'],
      ['en', 'Audit the queue consumers: list each one with its owner in the service catalog'],
      ['en', 'Review the firewall exceptions of the billing VPC every quarter'],
      ['ko', '결제 API 알림 규칙을 검토해 한 번도 울리지 않은 규칙 삭제'],
    ],
    [
      ['en', 'Review the retention settings of every staging bucket in the EU region', ['Review']],
      ['en', 'Review for consolidation of the three notification services', ['Review']],
      ['en', 'Review the on-call escalation policy for weekend coverage gaps', ['Review']],
      ['ko', '주말 당직 에스컬레이션 정책 검토', ['검토']],
    ],
  );

  // Kind 5 (misses): A CONSIDERATION UNDER WAY, told as news among the follow-ups ("we are also evaluating …", "… 검토하고
  // 있습니다", "… 검토 중"): an open question with no decision. A decision recorded in a named place ends it. ("점검 중에 발견된
  // …": "중" as a time, not a review under way.) Lines the action-item model does not read as items ("We are also considering
  // …" as a plain statement) are the owners' part, not judged here.
  kind(
    'a consideration under way',
    [
      ['en', 'We are evaluating two tracing backends and will record the choice in ADR-21'],
      ['ko', '배포 파이프라인 점검 중에 발견된 권한 누락 수정'],
      ['ko', '점검 중 발견된 디스크 오류 수정'],
    ],
    [
      ['en', 'Longer term, we are also evaluating a move of the build cache to object storage.', ['we are also evaluating']],
      ['en', "We're also looking into a second DNS provider.", ["We're also looking into"]],
      ['ko', '모니터링 도구 교체를 검토하고 있습니다', ['검토하고 있습니다']],
      ['ko', '보조 DNS 사업자 추가를 검토 중', ['검토 중']],
    ],
  );

  // The new findings keep a sound manual rewrite: applied, the line holds the decision and a second run finds nothing.
  describe('rewrites of the new findings are sound', () => {
    for (const [lang, item, expected] of [
      ['en', 'Review the retention settings of every staging bucket in the EU region', 'Review the retention settings of every staging bucket in the EU region, and record the decision in this postmortem'],
      ['en', 'Longer term, we are also evaluating a move of the build cache to object storage.', 'object storage, and record the decision in this postmortem.'],
      ['en', 'QA-310 - Discuss a freeze window for holiday releases', 'QA-310 - Discuss a freeze window for holiday releases, and record the decision in this postmortem'],
      ['ko', '모니터링 도구 교체를 검토하고 있습니다', '모니터링 도구 교체를 검토하고 결정을 이 문서에 기록'],
      ['ko', '보조 DNS 사업자 추가를 검토 중', '보조 DNS 사업자 추가를 검토 후 결정 사항을 이 문서에 기록'],
    ] as [Lang, string, string][]) {
      it(`${lang}: ${item}`, () => {
        const p = actionDocument(lang, item);
        const found = lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
        assert.equal(found.length, 1, item);
        const s = found[0].suggestions[0];
        assert.ok(s && s.manual, `${item}: a manual suggestion`);
        const fixed = applyFixes(p.text, [s.edits]).text;
        const line = fixed.split('\n')[p.line - 1];
        assert.ok(line.includes(expected), line);
        const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
        assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], fixed);
      });
    }
  });
});
