// Reading of document structure, session 17 (issue 7). Every document here is new, invented for its kind (other subjects,
// systems and people than the corpus documents that showed it), in English and Korean, with controls.
//
// Kind 1, advice to other people: a list under a heading or lead-in of advice or lessons (Recommendations, What can we
//   learn, Lessons; 권고, 교훈) whose items are addressed to third parties ("Plugin authors should …", "사용자는 … 해야
//   합니다") is not the team's work: no owner finding, no vague finding, and no blame finding for a call for care in it.
//   The team's own items under such a heading ("We should …", "We will …") stay work.
// Kind 2, status labels under a lead-in that names the team: "`TODO`: …" / "`DONE`: …" / "완료: …" items under "To …, the
//   X team is implementing the following measures:" are owned by that team, and the done ones are closed.
// Kind 3, prose plans: a follow-up section told only in prose (no list, table or sub-heading) whose paragraph says "we need
//   to …" or "we are therefore going to …", or plans a change in the passive future ("old rows will be removed
//   automatically"), holds one item per such paragraph, with no owner beyond "we". "We have started …" (work under way) is
//   left unread: the vague rule reads "more quickly" in such a paragraph as a degree word (a wrong finding on dev).
// Kind 4, timelines: a kramdown attribute line after a timeline table is not an entry; lead-up entries placed by a label
//   ("**Before the outage**:", "**Late evening, 3 March**:", "사고 전날 저녁:") ahead of the timed entries need no time.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { addressedToOthers, adviceContext } from '../../src/core/model/adviceList';
import { leadUpLabel } from '../../src/core/model/timeline/leadUp';

const lines = (...ls: string[]) => [...ls, ''].join('\n');
const found = (text: string, rule: string, locale: 'en' | 'ko' = 'en'): number[] =>
  lint(text, { locale }).findings.filter((f) => f.ruleId === rule).map((f) => f.line);
const items = (text: string) => parseDocument(text).actionItems;

const restEn = [
  '## Timeline', '', 'All times are UTC.', '',
  '- 09:12 The first build fails with a checksum error.', '- 09:30 The release engineer pulls the bad version.', '- 10:05 Builds pass again.', '',
  '## Impact', '', 'About 4,000 projects that depend on the plugin could not build for an hour.', '',
  '## Root cause', '', 'A stolen publishing token was used to upload a version with a changed checksum.', '',
];
const restKo = [
  '## 타임라인', '', '모든 시각은 KST입니다.', '',
  '- 09:12 첫 빌드 실패가 보고됨', '- 09:30 배포 담당자가 문제 버전을 내림', '- 10:05 빌드가 정상화됨', '',
  '## 영향', '', '플러그인에 의존하는 프로젝트 약 4천 개가 한 시간 동안 빌드하지 못했습니다.', '',
  '## 근본 원인', '', '유출된 배포 토큰으로 변조된 버전이 올라갔습니다.', '',
];

describe('reading (session 17): advice to other people is not the team\'s action item', () => {
  it('tells items addressed to others from the team\'s own', () => {
    for (const t of [
      'Plugin authors should turn on two-step login for their registry accounts.',
      'Library maintainers and CI operators should rotate tokens after every release.',
      'Site administrators who run their own mirror should delete the bad version.',
      'Mobile developers must pin the SDK to an exact version.',
      'You should check your lockfile for the affected version.',
      'Rotate your publishing tokens every 90 days.',
      'We recommend pinning base images by digest.',
      'Theme authors should be careful when granting publish rights.',
      '사용자는 다른 사이트와 같은 비밀번호를 쓰지 않아야 합니다.',
      '플러그인 개발자분들은 배포 계정에 2단계 인증을 켜 주시기 바랍니다.',
    ]) assert.ok(addressedToOthers(t), t);
    for (const t of [
      'We should rotate the publishing token after every release.',
      'We will add a checksum check to the release pipeline.',
      'Our release engineers should sign every artifact.',
      'The on-call engineer must page the registry team.',
      'Users should be notified on the status page within 15 minutes.',
      'Customers should receive an e-mail when a build is blocked.',
      'Add a checksum check to the release pipeline.',
      'Enable two-step login for the release bot account.',
      'We recommend that we review publish rights every quarter.',
      '배포 파이프라인에 체크섬 검사를 추가하겠습니다.',
      '사용자에게 상태 페이지로 공지할 예정입니다.',
      '릴리스 담당자는 모든 산출물에 서명해야 합니다.',
    ]) assert.ok(!addressedToOthers(t), t);
  });

  it('knows headings and lead-ins of advice or lessons, not other ones', () => {
    for (const t of ['Recommendations', 'What can we learn?', 'Lessons for plugin authors', 'Advice to self-hosters', 'we have some recommendations for theme authors:', '권고 사항', '교훈', '사용자 당부'])
      assert.ok(adviceContext(t), t);
    for (const t of ['Action items', 'Next steps', 'Follow-up work', 'Going forward, we will:', '재발 방지 대책', '후속 조치'])
      assert.ok(!adviceContext(t), t);
  });

  it('a "Recommendations" heading over advice to plugin authors: no owner or vague finding, the section counts as missing (EN)', () => {
    const text = lines('# Tampered plugin release, 4 March', '', '## Summary', '',
      'A tampered version of our image plugin was published to the registry with a stolen token and pulled an hour later.', '',
      ...restEn,
      '## Recommendations', '',
      'Looking back at this incident, we have a few recommendations for plugin authors and site builders in the future:', '',
      '- Plugin authors should turn on two-step login for their registry accounts.',
      '- Plugin authors should be careful with tokens stored in CI settings.',
      '- Site builders should use a lockfile so that a new version is never picked up by surprise.', '');
    assert.deepEqual(items(text).length, 0);
    assert.deepEqual(found(text, 'action-item-owner'), []);
    assert.deepEqual(found(text, 'vague-action-item'), []);
    assert.deepEqual(found(text, 'blameful-language'), []);
    const req = lint(text).findings.filter((f) => f.ruleId === 'required-sections').map((f) => f.message);
    assert.equal(req.length, 1);
    assert.match(req[0], /Action Items/u);
  });

  it('a "What can we learn?" heading mixing advice with the team\'s own items: only "We should …" stays work (EN)', () => {
    const text = lines('# Calendar sync outage', '', '## Summary', '',
      'Calendar invitations stopped syncing for six hours after a certificate on the sync host expired.', '',
      ...restEn,
      '## Action items', '', '- Renew the sync certificate automatically (owner: @ines)', '',
      '## What can we learn?', '', 'Going forward:', '',
      '- Teams that self-host the sync bridge should monitor certificate expiry.',
      '- We should document the bridge\'s certificate path in the runbook.', '');
    const open = items(text).map((i) => i.description.text);
    assert.ok(open.some((t) => t.startsWith('We should document')), open.join(' | '));
    assert.ok(!open.some((t) => t.startsWith('Teams that self-host')), open.join(' | '));
  });

  it('control: an action-items section whose item names the team\'s own admins stays flagged (EN)', () => {
    const text = lines('# Staging push reached production', '', '## Summary', '', 'A chart meant for staging was applied to production.', '',
      ...restEn,
      '## Action items', '', '1. Admins should re-read the deployment policy before merging to production.',
      '1. Block merges to production while the staging check is red (owner: @kofi)', '');
    const flagged = found(text, 'action-item-owner');
    assert.equal(flagged.length, 1);
    assert.match(text.split('\n')[flagged[0] - 1], /Admins should re-read/u);
  });

  it('control: a lead-in of recommendations for readers over the team\'s own plans keeps the plans (EN)', () => {
    const text = lines('# Search index lag', '', '## Summary', '', 'Search results lagged by up to two hours after a reindex job stalled.', '',
      ...restEn,
      '## Lessons', '', 'Going forward, we will:', '',
      '- Alert when the index lags by more than ten minutes.',
      '- Split the reindex job into batches of one million documents.', '');
    assert.equal(found(text, 'action-item-owner').length, 2);
  });

  it('"## 권고 사항" over advice to users and plugin developers: no owner finding (KO)', () => {
    const text = lines('# 이미지 플러그인 변조 배포', '', '## 개요', '', '유출된 토큰으로 이미지 플러그인의 변조 버전이 배포되었다가 한 시간 뒤 내려갔습니다.', '',
      ...restKo,
      '## 권고 사항', '', '재발 방지를 위해 다음과 같이 권고합니다:', '',
      '- 플러그인 개발자분들은 배포 계정에 2단계 인증을 켜 주시기 바랍니다.',
      '- 사용자는 잠금 파일을 사용해 새 버전이 자동으로 설치되지 않도록 해야 합니다.', '');
    assert.deepEqual(items(text).length, 0);
    assert.deepEqual(found(text, 'action-item-owner', 'ko'), []);
  });

  it('"## 교훈" mixing advice with the team\'s own plan: the plan stays (KO)', () => {
    const text = lines('# 일정 동기화 장애', '', '## 개요', '', '동기화 서버의 인증서가 만료되어 여섯 시간 동안 일정이 동기화되지 않았습니다.', '',
      ...restKo,
      '## 재발 방지 대책', '', '- 인증서 자동 갱신 적용 (담당: 박하늘)', '',
      '## 교훈', '', '앞으로 다음을 진행합니다:', '',
      '- 운영자는 인증서 만료일을 직접 점검해야 합니다.',
      '- 런북에 인증서 경로를 기록하겠습니다.', '');
    const open = items(text).map((i) => i.description.text);
    assert.ok(open.some((t) => t.startsWith('런북에')), open.join(' | '));
    assert.ok(!open.some((t) => t.startsWith('운영자는')), open.join(' | '));
  });
});

describe('reading (session 17): status labels under a lead-in that names the team', () => {
  it('"`TODO`:" / "`DONE`:" under "To …, the Payments team is implementing the following measures:" (EN)', () => {
    const text = lines('# Card refunds delayed', '', '## Summary', '', 'Refunds were delayed for a day because a settlement file was never picked up.', '',
      ...restEn,
      '## Next steps', '',
      'To avoid a repeat, the Payments team is implementing the following measures:',
      '- `TODO`: Alert when the settlement file has not arrived by 06:00.',
      '- `DONE`: We now fetch the settlement file from both SFTP hosts.', '');
    const got = items(text);
    assert.equal(got.length, 2);
    assert.ok(got.every((i) => i.owner?.text === 'Payments team'), JSON.stringify(got.map((i) => i.owner)));
    assert.deepEqual(got.map((i) => i.done), [false, true]);
    assert.deepEqual(found(text, 'action-item-owner'), []);
  });

  it('"**Done:**" and "In progress:" labels under a lead-in without a team: done is closed, in progress stays open (EN)', () => {
    const text = lines('# Card refunds delayed', '', '## Summary', '', 'Refunds were delayed for a day because a settlement file was never picked up.', '',
      ...restEn,
      '## Next steps', '',
      '- **Done:** We now fetch the settlement file from both SFTP hosts.',
      '- _In progress_: Alert when the settlement file has not arrived by 06:00.', '');
    assert.deepEqual(items(text).map((i) => i.done), [true, false]);
    assert.equal(found(text, 'action-item-owner').length, 1);
  });

  it('"완료:" / "진행 중:" under "재발 방지를 위해 정산팀은 다음 조치를 진행합니다:" (KO)', () => {
    const text = lines('# 환불 지연', '', '## 개요', '', '정산 파일을 가져오지 못해 환불이 하루 늦어졌습니다.', '',
      ...restKo,
      '## 재발 방지 대책', '',
      '재발 방지를 위해 정산팀은 다음 조치를 진행합니다:',
      '- `완료`: 두 SFTP 서버에서 정산 파일을 모두 가져오도록 변경',
      '- 진행 중: 06시까지 정산 파일이 없으면 알림 발송', '');
    const got = items(text);
    assert.equal(got.length, 2);
    assert.ok(got.every((i) => i.owner?.text === '정산팀'), JSON.stringify(got.map((i) => i.owner)));
    assert.deepEqual(got.map((i) => i.done), [true, false]);
    assert.deepEqual(found(text, 'action-item-owner', 'ko'), []);
  });

  it('control: a purpose clause without a team leaves the items ownerless (EN, KO)', () => {
    const en = lines('# Card refunds delayed', '', '## Summary', '', 'Refunds were delayed for a day.', '', ...restEn,
      '## Next steps', '', 'To avoid a repeat, we will:', '', '- `TODO`: Alert when the settlement file is late.', '');
    assert.equal(found(en, 'action-item-owner').length, 1);
    const ko = lines('# 환불 지연', '', '## 개요', '', '환불이 하루 늦어졌습니다.', '', ...restKo,
      '## 재발 방지 대책', '', '재발 방지를 위해 다음 조치를 진행합니다:', '', '- 진행 중: 정산 파일 지연 알림 추가', '');
    assert.equal(found(ko, 'action-item-owner', 'ko').length, 1);
  });
});

describe('reading (session 17): timeline lead-up labels and attribute lines', () => {
  it('knows lead-up labels, not timed or plain ones', () => {
    for (const t of ['Before the outage: a config change was merged.', 'Late evening, 3 March: the backup job was disabled.', 'The night before: the certificate was renewed by hand.', '사고 전날 저녁: 배포 브랜치가 병합되었다', '장애 발생 전: 디스크 사용량이 90%를 넘었다'])
      assert.ok(leadUpLabel(t), t);
    for (const t of ['09:12 UTC: the first build fails.', 'Deploy: the new version went out.', 'The attacker published a new version.', '오후 2시 10분: 알림 수신', '원인 확인: 설정 오류'])
      assert.ok(!leadUpLabel(t), t);
  });

  it('"**Before the outage**:" and "**Late evening, 3 March**:" ahead of timed entries need no time (EN)', () => {
    const text = lines('# Backup restore after a failed upgrade', '', '## Summary', '', 'A failed upgrade forced a restore from backup.', '',
      '## Timeline', '',
      '* **Before the outage**: A configuration change that disabled nightly backups was merged.',
      '* **Late evening, 3 March**: The last good backup finished.',
      '* **2025-03-04 08:10 UTC**: The upgrade starts.',
      '* **2025-03-04 08:55 UTC**: A schema migration fails.',
      '* **2025-03-04 11:30 UTC**: Service is restored from backup.', '');
    assert.deepEqual(found(text, 'timeline-timestamp'), []);
  });

  it('control: an untimed entry after the first timed one, or without a lead-up label, is still flagged (EN)', () => {
    const text = lines('# Backup restore after a failed upgrade', '', '## Summary', '', 'A failed upgrade forced a restore from backup.', '',
      '## Timeline', '',
      '* **Deploy**: The upgrade is announced.',
      '* **2025-03-04 08:10 UTC**: The upgrade starts.',
      '* **Before the restore**: The team checks the backup.',
      '* **2025-03-04 11:30 UTC**: Service is restored from backup.', '');
    assert.deepEqual(found(text, 'timeline-timestamp'), [9, 11]);
  });

  it('"사고 전날 저녁:" ahead of timed entries needs no time; an untimed entry later still does (KO)', () => {
    const text = lines('# 업그레이드 실패 후 백업 복구', '', '## 개요', '', '업그레이드 실패로 백업에서 복구했습니다.', '',
      '## 타임라인 (KST)', '',
      '- 사고 전날 저녁: 야간 백업을 끄는 설정 변경이 병합됨',
      '- 2025-03-04 08:10 업그레이드 시작',
      '- 2025-03-04 08:55 스키마 마이그레이션 실패',
      '- 복구 준비: 백업 파일 확인',
      '- 2025-03-04 11:30 백업에서 복구 완료', '');
    assert.deepEqual(found(text, 'timeline-timestamp', 'ko'), [12]);
  });

  it('a kramdown attribute line after a timeline table is not an entry (EN, KO)', () => {
    const en = lines('# Upgrade downtime', '', '## Summary', '', 'An upgrade went wrong and we restored from backup.', '',
      '## Timeline', '', 'Date | Time (UTC) | Event', '--- | --- | ---',
      'May 2 | 14:00 | Upgrade starts', 'May 2 | 15:10 | Migration fails', 'May 2 | 18:30 | Service back', '{: .table.table-bordered }', '');
    assert.deepEqual(found(en, 'timeline-timestamp'), []);
    const ko = lines('# 업그레이드 중단', '', '## 개요', '', '업그레이드가 실패해 백업에서 복구했습니다.', '',
      '## 타임라인', '', '| 날짜 | 시각 (KST) | 내용 |', '| --- | --- | --- |',
      '| 5월 2일 | 14:00 | 업그레이드 시작 |', '| 5월 2일 | 15:10 | 마이그레이션 실패 |', '{:.striped}', '');
    assert.deepEqual(found(ko, 'timeline-timestamp', 'ko'), []);
  });

  it('control: a real untimed row in the same table is still flagged', () => {
    const en = lines('# Upgrade downtime', '', '## Summary', '', 'An upgrade went wrong and we restored from backup.', '',
      '## Timeline', '', 'Date | Time (UTC) | Event', '--- | --- | ---',
      'May 2 | 14:00 | Upgrade starts', 'May 2 | | Migration fails', 'May 2 | 18:30 | Service back', '{: .table }', '');
    assert.deepEqual(found(en, 'timeline-timestamp'), [12]);
  });
});

describe('reading (session 17): prose plans in a follow-up section told only in prose', () => {
  it('"## Prevention?" with "We need to …" and "… will be removed automatically": one ownerless item (EN)', () => {
    const text = lines('# Print queue stalled', '', '## Summary', '', 'Print jobs queued for three hours after the spooler host rebooted.', '',
      ...restEn,
      '## Prevention?', '',
      'The spooler is not watched at all today. We need to add a queue-depth alert to the spooler host.',
      'Moreover, jobs older than a day will be removed from the queue automatically.', '');
    const got = items(text);
    assert.equal(got.length, 1);
    assert.equal(got[0].owner, undefined);
    assert.equal(found(text, 'action-item-owner').length, 1);
  });

  it('"We are therefore going to …" in an "## Action items" section told in prose (EN)', () => {
    const text = lines('# Docs site certificate expired', '', '## Summary', '', 'The docs site served an expired certificate for five hours.', '',
      ...restEn,
      '## Action items', '',
      'We are therefore going to move the docs site, the only one we still host by hand, to the same static host as the blog.', '');
    assert.equal(items(text).length, 1);
  });

  it('controls: a need stated about others, a prediction, work under way, a named team (EN)', () => {
    const base = (para: string) => lines('# Docs site certificate expired', '', '## Summary', '', 'The docs site served an expired certificate.', '',
      ...restEn, '## Action items', '', para, '');
    // A prediction with no plan: not an item.
    assert.equal(items(base('This change will make the renewal far less fragile than before.')).length, 0);
    // Work under way ("We have started …") is left unread (see the header).
    assert.equal(items(base('We have started moving the docs site to the static host.')).length, 0);
    // A named team planning the work: an item with its owner.
    const team = items(base('The web platform team will move the docs site to the static host next sprint.'));
    assert.equal(team.length, 1);
    assert.equal(team[0].owner?.text, 'web platform team');
  });

  it('Korean mirror: a follow-up section told in prose with a plan ending holds one ownerless item (already read)', () => {
    const text = lines('# 인쇄 대기열 정체', '', '## 개요', '', '스풀러 서버가 재시작된 뒤 세 시간 동안 인쇄 작업이 대기했습니다.', '',
      ...restKo,
      '## 재발 방지 대책', '',
      '현재는 스풀러를 전혀 감시하지 않고 있습니다. 스풀러 서버에 대기열 길이 알림을 추가할 예정입니다.', '');
    const got = items(text);
    assert.equal(got.length, 1);
    assert.equal(found(text, 'action-item-owner', 'ko').length, 1);
  });
});
