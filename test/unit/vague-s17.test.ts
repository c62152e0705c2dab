// Session 17 (vague): vague-action-item kinds from the session-17 draw, English and Korean. Every item here is NEW (written
// for this file, ids en-act-22300… / ko-act-22300…; no content words of the corpus items that showed the kind). Each kind is
// stated in one line with the item that showed it; controls are near-misses that must stay clean.
import { strict as assert } from 'node:assert';
import { vagueFindings } from './language-cases';
import { actionDocument } from '../language/harness';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

type Lang = 'en' | 'ko';

/** Items by id: [id, lang, item, the finding texts expected ([] = clean)]. */
function kind(title: string, cases: [string, Lang, string, string[]][]): void {
  describe(title, () => {
    for (const [id, lang, item, at] of cases) it(`${id} ${at.length ? 'vague' : 'clean'}: ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));
  });
}

/** A finding's first rewrite, applied: the item is no longer vague, no rule of ours flags it, and a second run is a no-op. */
function soundRewrite(lang: Lang, item: string, expected: string): void {
  it(`rewrite (${lang}): ${item}`, () => {
    const p = actionDocument(lang, item);
    const found = lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
    assert.ok(found.length >= 1, item);
    const s = found[0].suggestions[0];
    assert.ok(s, `${item}: a rewrite is offered`);
    assert.ok(s.manual, `${item}: a manual suggestion`);
    const fixed = applyFixes(p.text, [s.edits]).text;
    assert.equal(fixed.split('\n')[p.line - 1], expected);
    const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
    assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], fixed);
  });
}

/** The vague findings of a document, as [line text, finding text]. */
function docFindings(lang: Lang, text: string): string[][] {
  const lines = text.split('\n');
  return lint(text, { locale: lang })
    .findings.filter((f) => f.ruleId === 'vague-action-item')
    .map((f) => [lines[f.line - 1], text.slice(f.start, f.end)]);
}

describe('vague-action-item, session 17', () => {
  // Kind 1 (miss; allegro 2014 "We need to take necessary steps to increase the reliability and resilience …"): STEPS OR
  // MEASURES TAKEN WITH NONE NAMED. Vague when nothing follows or only a goal ("to prevent …", "to keep …", "going forward");
  // a change named after "to" is left alone, as are "take a snapshot", "take X out of the pool", "take ownership of".
  kind('steps or measures taken with none named', [
    ['en-act-22300', 'en', 'We will take the necessary steps to stop the ledger from double-posting again.', ['take the necessary steps']],
    ['en-act-22301', 'en', 'Take appropriate measures to keep the upload service available during peaks.', ['Take appropriate measures']],
    ['en-act-22302', 'en', 'The platform group will take all necessary precautions going forward.', ['take all necessary precautions']],
    ['en-act-22303', 'en', 'Take steps to reduce the chance of another expired signing key.', ['Take steps']],
    ['en-act-22304', 'en', "We'll take the required actions to make sure the nightly export completes.", ['take the required actions']],
    ['en-act-22305', 'en', 'Take the necessary steps to retire the single shared NFS mount behind the render farm.', []],
    ['en-act-22306', 'en', 'Take a snapshot of the orders volume before each schema change.', []],
    ['en-act-22307', 'en', 'Take the billing host out of the load balancer pool before a restart.', []],
    ['en-act-22308', 'en', 'Take ownership of the alert routing file in the on-call repo.', []],
    ['ko-act-22300', 'ko', '필요한 조치를 취하겠습니다.', ['필요한 조치를']],
    ['ko-act-22301', 'ko', '정산 배치의 중복 전기를 막기 위해 필요한 조치를 취할 예정입니다.', ['위해 필요한 조치를']],
    ['ko-act-22302', 'ko', '업로드 서비스의 가용성을 높이기 위해 적절한 조치를 취해야 합니다.', ['적절한 조치를']],
    ['ko-act-22303', 'ko', '후속 조치를 취하겠습니다.', ['후속 조치를']],
    ['ko-act-22304', 'ko', '필요한 조치를 취해 렌더 팜의 공유 NFS 마운트를 제거합니다.', []],
    ['ko-act-22305', 'ko', '스키마 변경 전에 주문 볼륨의 스냅샷을 생성합니다.', []],
    ['ko-act-22306', 'ko', '조치 결과를 장애 보고서 위키에 기록합니다.', []],
  ]);
  describe('steps: the rewrite asks for the steps to be named', () => {
    soundRewrite('en', 'Take steps to reduce the chance of another expired signing key.', '- [ ] Take steps to reduce the chance of another expired signing key: name the steps and record them in this postmortem. (owner: @platform-team)');
    soundRewrite('en', 'The platform group will take all necessary precautions going forward.', '- [ ] The platform group will take all necessary precautions going forward: name the steps and record them in this postmortem. (owner: @platform-team)');
    soundRewrite('ko', '후속 조치를 취하겠습니다.', '- [ ] 후속 조치를 취하겠습니다: 취할 조치를 정해 이 문서에 기록. (담당: 플랫폼팀)');
    soundRewrite('ko', '정산 배치의 중복 전기를 막기 위해 필요한 조치를 취할 예정입니다.', '- [ ] 정산 배치의 중복 전기를 막기 위해 필요한 조치를 취할 예정입니다: 취할 조치를 정해 이 문서에 기록. (담당: 플랫폼팀)');
  });

  // Kind 2 (miss; opentelemetry 2025 "going to look into moving away from … into …", usegalaxy 2019 "We will investigate the
  // possibility to trigger a backup …"): A LOOK-INTO OR AN INQUIRY INTO WHETHER, told with a CONTRACTED MODAL ("We'll look into
  // …") or in the FUTURE PROGRESSIVE ("We will be looking into …"), or with "study": read as "will look into" was. The
  // Korean mirror: a PLAN OR POLITE ENDING after the inquiry verb ("… 방안을 검토하겠습니다", "… 살펴볼 예정입니다", "… 가능성을
  // 검토하고자 합니다") no longer lets a concrete noun elsewhere in the item ("스크립트 추가", "SMTP API로 교체") make it read concrete;
  // a change considered as a clause ("…로 전환하는 방안을 살펴볼") is a considered change, as "… 전환 검토" is.
  kind('a look-into or an inquiry into whether, told as a plan', [
    ['en-act-22310', 'en', "We'll look into replacing the mail relay with the provider's SMTP API.", ["'ll look into"]],
    ['en-act-22311', 'en', 'We’ll investigate moving the image cache off the shared disk.', ['’ll investigate']],
    ['en-act-22312', 'en', 'We will be looking into switching the build agents to ARM machines.', ['will be looking into']],
    ['en-act-22313', 'en', 'We will study the option of a second certificate authority.', ['will study']],
    ['en-act-22314', 'en', "We'll be evaluating whether the nightly vacuum can run on the replica.", ["'ll be evaluating"]],
    ['en-act-22315', 'en', "We'll move the image cache off the shared disk by 2026-12-20.", []],
    ['en-act-22316', 'en', 'We will be rotating the signing keys every 90 days.', []],
    ['en-act-22317', 'en', "We'll add a CAA record check to the certificate renewal job.", []],
    ['ko-act-22310', 'ko', '배포 에이전트를 스팟 인스턴스로 전환하는 방안을 살펴볼 예정입니다.', ['살펴볼']],
    ['ko-act-22311', 'ko', '메일 릴레이를 공급자 SMTP API로 교체하는 방안을 검토하겠습니다.', ['검토하겠습니다']],
    ['ko-act-22312', 'ko', '야간 작업 전 DB 스냅샷 스크립트 추가를 검토하겠습니다.', ['검토하겠습니다']],
    ['ko-act-22313', 'ko', '렌더 서버 모니터링을 강화할 예정입니다.', ['강화할']],
    ['ko-act-22314', 'ko', '두 번째 인증 기관 도입 가능성을 검토하고자 합니다.', ['검토하고자']],
    ['ko-act-22315', 'ko', '서명 키 만료 알림을 만료 30일 전에 보내도록 갱신 잡을 수정하겠습니다.', []],
    ['ko-act-22316', 'ko', '이미지 캐시를 공유 디스크에서 로컬 SSD로 옮기겠습니다.', []],
    ['ko-act-22317', 'ko', '인증서 갱신 잡에 CAA 레코드 확인 단계를 추가할 예정입니다.', []],
  ]);
  describe('an inquiry told as a plan: the decision goes before the ending', () => {
    soundRewrite('en', 'We will study the option of a second certificate authority.', '- [ ] We will study the option of a second certificate authority, and record the decision in this postmortem. (owner: @platform-team)');
    soundRewrite('ko', '메일 릴레이를 공급자 SMTP API로 교체하는 방안을 검토하겠습니다.', '- [ ] 메일 릴레이를 공급자 SMTP API로 교체하는 방안을 검토하고 결정을 이 문서에 기록하겠습니다. (담당: 플랫폼팀)');
    soundRewrite('ko', '배포 에이전트를 스팟 인스턴스로 전환하는 방안을 살펴볼 예정입니다.', '- [ ] 배포 에이전트를 스팟 인스턴스로 전환하는 방안을 살펴보고 결정을 이 문서에 기록할 예정입니다. (담당: 플랫폼팀)');
    soundRewrite('ko', '두 번째 인증 기관 도입 가능성을 검토하고자 합니다.', '- [ ] 두 번째 인증 기관 도입 가능성을 검토하고 결정을 이 문서에 기록하고자 합니다. (담당: 플랫폼팀)');
    soundRewrite('ko', '작업 큐 서버 재시작 절차를 살펴보겠습니다.', '- [ ] 작업 큐 서버 재시작 절차를 살펴보고 결정을 이 문서에 기록하겠습니다. (담당: 플랫폼팀)');
  });

  // Kind 3 (wrong; eslint 2018 "Package maintainers should be careful with using any services that auto-merge …"): ADVICE TO
  // PEOPLE OUTSIDE THE TEAM among the items (users, customers, package maintainers, plugin authors, downstream projects; 사용자,
  // 이용자, 고객) is not the team's action, so a call for care in it is not flagged. The team's own people stay judged
  // (engineers, developers, on-call, 운영자, 개발자), and so does what the team must do for outsiders (an outcome or a capability).
  kind('advice to people outside the team', [
    ['en-act-22320', 'en', 'Package maintainers should be careful with bots that merge dependency bumps on their own.', []],
    ['en-act-22321', 'en', 'Users should be cautious about pasting API tokens into public issue threads.', []],
    ['en-act-22322', 'en', 'Plugin authors should double-check the tag before each release.', []],
    ['en-act-22323', 'en', 'Downstream projects should consider pinning the workflow to a commit hash.', []],
    ['en-act-22324', 'en', 'Application developers should be mindful of lockfile drift.', []],
    ['en-act-22325', 'en', 'Engineers should be more careful when restarting the task servers.', ['be more careful']],
    ['en-act-22326', 'en', 'Developers should be careful with manual migrations.', ['be careful']],
    ['en-act-22327', 'en', 'The on-call engineer should stay alert during the database failover.', ['stay alert']],
    ['en-act-22328', 'en', 'Customers should get clearer status updates during an outage.', ['clearer']],
    ['en-act-22329', 'en', 'Users should be able to see incidents faster on the status page.', ['faster']],
    ['ko-act-22320', 'ko', '사용자는 의존성 자동 병합 봇 사용에 주의해야 합니다.', []],
    ['ko-act-22321', 'ko', '이용자분들은 공개 이슈에 API 토큰을 붙여 넣지 않도록 유의하시기 바랍니다.', []],
    ['ko-act-22322', 'ko', '고객께서는 공유 링크 관리에 주의해 주세요.', []],
    ['ko-act-22323', 'ko', '개발자는 수동 마이그레이션에 더 주의해야 합니다.', ['더 주의해야']],
    ['ko-act-22324', 'ko', '운영자는 작업 서버 재시작 시 주의해야 합니다.', ['주의해야']],
    ['ko-act-22325', 'ko', '사용자는 장애 상황을 상태 페이지에서 더 빨리 확인할 수 있어야 합니다.', ['더 빨리 확인할']],
  ]);
  describe('advice to outsiders in a follow-up list: only the team’s own item is judged', () => {
    it('en: a follow-up list mixing advice to library users with the team’s own call for care', () => {
      const text = '# Postmortem: broken release of the parser library\n\n## Summary\n\nVersion 4.2.0 shipped without its type definitions.\n\n## Follow-up actions\n\n- Library users should be careful with floating version ranges in production builds.\n- Plugin authors should double-check that their peer dependency ranges match.\n- We should be more careful when publishing from a local machine.\n';
      assert.deepEqual(docFindings('en', text), [['- We should be more careful when publishing from a local machine.', 'be more careful']]);
    });
    it('ko: 후속 조치 목록에서 사용자에게 하는 권고와 팀의 주의 다짐', () => {
      const text = '# 장애 보고서: 파서 라이브러리 배포 오류\n\n## 요약\n\n4.2.0 버전이 타입 정의 없이 배포되었다.\n\n## 후속 조치\n\n- 사용자는 운영 빌드에서 버전 범위 고정에 주의해야 합니다.\n- 고객께서는 업그레이드 전 변경 기록 확인에 유의해 주세요.\n- 로컬 장비에서 배포할 때 더 주의하겠습니다.\n';
      assert.deepEqual(docFindings('ko', text), [['- 로컬 장비에서 배포할 때 더 주의하겠습니다.', '더 주의하겠습니다']]);
    });
  });
});
