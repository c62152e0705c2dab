// Reading of document structure, session 16 (issue 7). Every document here is new, invented for its kind (other subjects,
// systems and people than the corpus documents that showed it).
//
// Kind 1, the opening section under another name: a write-up whose FIRST section (after the title; only headings of no
// known kind may come before it) is headed "Description", "Background", "Problem", "Issue" (설명, 배경, 문제, 이슈) and holds
// prose tells what happened there: that section is the summary, and required-sections does not ask for a "Summary".
// Elsewhere such a heading is context (after the timeline, under an impact section, over only a list or a placeholder):
// the summary is still missing.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { isOpenerHeading } from '../../src/core/model/openingSummary';
import { applyFixes } from '../../src/core/fix';

const missing = (text: string, locale: 'en' | 'ko' = 'en'): string[] =>
  lint(text, { locale }).findings.filter((f) => f.ruleId === 'required-sections').map((f) => f.message);
const lines = (...ls: string[]) => [...ls, ''].join('\n');

const restEn = [
  '## Timeline', '', 'All times are CET.', '',
  '- 08:10 The first loan request fails.', '- 08:25 The on-call librarian pages the vendor.', '- 09:40 Loans work again.', '',
  '## Impact', '', 'About 300 readers could not borrow e-books for 90 minutes.', '',
  '## Root cause', '', 'The vendor rotated its signing key and our proxy kept the old one.', '',
  '## Action items', '', '- [ ] Reload the vendor key on rotation (owner: @mira)', '',
];
const restKo = [
  '## 타임라인', '', '모든 시각은 KST입니다.', '',
  '- 10:05 메시지 전송 실패 알림이 처음 들어옴', '- 10:20 당직자가 메시지 큐를 확인함', '- 11:00 전송이 정상화됨', '',
  '## 영향', '', '사내 메신저 사용자 약 800명이 55분 동안 메시지를 보내지 못했습니다.', '',
  '## 근본 원인', '', '큐 서버의 디스크가 가득 차서 새 메시지를 받지 못했습니다.', '',
  '## 재발 방지 대책', '', '- [ ] 큐 서버 디스크 사용량 알림 추가 (담당: 김서연)', '',
];

describe('reading (session 16): the opening section under another name is the summary', () => {
  it('knows the opening names and their heads, not other headings', () => {
    for (const t of ['Description', 'Background', 'Background:', 'Problem statement', 'The issue', 'Problem — what broke', '배경', '문제', '설명', '1. 배경'])
      assert.ok(isOpenerHeading(t), t);
    for (const t of ['Timeline', 'Details', 'Context', 'Symptoms', 'Background jobs failed', 'Problems we saw with the queue', '배경 음악 오류', '해결'])
      assert.ok(!isOpenerHeading(t), t);
  });

  it('"## Description" opening a library e-book outage report (EN)', () => {
    const text = lines('# 2024-01-09 E-book loans failing', '', '## Description', '',
      'Readers could not borrow e-books through the catalogue for an hour and a half because loan requests to the vendor were rejected.', '',
      ...restEn);
    assert.deepEqual(missing(text), []);
  });

  it('"## Background" opening a mobile release review, with an author line before it (EN)', () => {
    const text = lines('# Android 5.2.1 release review', '', '**Owner**: @tomas', '', '## Background', '',
      'The 5.2.1 hotfix shipped a build with the crash reporter turned off, so crashes in the new checkout screen went unseen for two days.', '',
      ...restEn);
    assert.deepEqual(missing(text), []);
  });

  it('"## Problem" opening a school grading portal report, and "## The issue:" when the first heading is not a title (EN)', () => {
    const a = lines('# Grades portal down during report week', '', '## Problem', '',
      'On Monday morning teachers could not save grades; the portal returned an error on every save.', '', ...restEn);
    assert.deepEqual(missing(a), []);
    const b = lines('## The issue:', '', 'Parking permits bought online between 2 and 4 May were never sent to the wardens\' handhelds.', '', ...restEn);
    assert.deepEqual(missing(b), []);
  });

  it('a second title and a date heading may come before the opening section (EN)', () => {
    const text = lines('# Outage 17', '', '## March 2025 ferry booking outage', '', '### Background', '',
      'Booking confirmations for the morning sailings were not sent, and passengers arrived without tickets.', '', ...restEn.map((l) => l.replace(/^## /, '### ')));
    assert.deepEqual(missing(text), []);
  });

  it('"## 배경", "## 문제", "## 설명" opening a Korean report (KO)', () => {
    const a = lines('# 2024-05-02 사내 메신저 전송 장애', '', '## 배경', '', '오전 10시부터 약 한 시간 동안 사내 메신저에서 메시지가 전송되지 않았습니다.', '', ...restKo);
    assert.deepEqual(missing(a, 'ko'), []);
    const b = lines('# 급여 명세서 발송 지연', '', '## 문제', '', '이번 달 급여 명세서 메일이 예정보다 하루 늦게 발송되었습니다.', '', ...restKo);
    assert.deepEqual(missing(b, 'ko'), []);
    const c = lines('# 키오스크 결제 오류', '', '## 설명', '', '매장 키오스크에서 카드 결제가 승인 단계에서 계속 실패했습니다.', '', ...restKo);
    assert.deepEqual(missing(c, 'ko'), []);
  });

  it('the same names elsewhere are context: the summary is still missing (EN)', () => {
    // After the timeline.
    const after = lines('# Grades portal down', '', ...restEn.slice(0, 8), '## Background', '',
      'The portal was moved to a new host in the spring and its error pages were never checked.', '', ...restEn.slice(8));
    assert.equal(missing(after).length, 1);
    assert.match(missing(after)[0], /Summary/);
    // Over a list only, or a placeholder.
    const list = lines('# Grades portal down', '', '## Description', '', '- portal', '- grades', '', ...restEn);
    assert.match(missing(list)[0] ?? '', /Summary/);
    const todo = lines('# Grades portal down', '', '## Background', '', 'TBD', '', ...restEn);
    assert.match(missing(todo)[0] ?? '', /Summary/);
    // A recognised section before it.
    const impactFirst = lines('# Grades portal down', '', '## Impact', '', 'Teachers lost their unsaved grades for one morning.', '', '## Problem', '',
      'Saving grades returned an error on every request.', '', ...restEn.slice(0, 8), ...restEn.slice(11));
    assert.match(missing(impactFirst)[0] ?? '', /Summary/);
  });

  it('the same names elsewhere are context: the summary is still missing (KO)', () => {
    const after = lines('# 사내 메신저 전송 장애', '', ...restKo.slice(0, 8), '## 배경', '', '메시지 큐는 작년에 새 서버로 옮겨졌고 디스크 알림은 설정되지 않았습니다.', '', ...restKo.slice(8));
    assert.match(missing(after, 'ko')[0] ?? '', /개요/);
    const todo = lines('# 사내 메신저 전송 장애', '', '## 배경', '', 'TODO', '', ...restKo);
    assert.match(missing(todo, 'ko')[0] ?? '', /개요/);
  });

  it('a rewrite of the opening prose never makes or unmakes the summary (EN, KO)', () => {
    const docs = [
      lines('# Bucket gone', '', '## Background', '', 'Ann carelessly wiped the photo bucket.', '', ...restEn),
      lines('# Bucket gone', '', '## Background', '', 'Ann carelessly wiped the shared photo bucket.', '', ...restEn),
      lines('# Bucket gone', '', '## Problem', '', 'Obviously Ann should have checked the backups.', '', ...restEn),
      lines('# 버킷 삭제', '', '## 배경', '', '담당자의 부주의로 버킷이 삭제됨.', '', ...restKo),
      lines('# 버킷 삭제', '', '## 배경', '', '담당자의 부주의로 사진 버킷이 통째로 삭제되었습니다.', '', ...restKo),
    ];
    for (const text of docs) {
      const locale = /[가-힣]/.test(text) ? 'ko' : 'en';
      const before = missing(text, locale);
      for (const f of lint(text, { locale }).findings) {
        if (f.ruleId === 'required-sections') continue;
        for (const sug of f.suggestions ?? []) {
          const fixed = applyFixes(text, [sug.edits]).text;
          assert.deepEqual(missing(fixed, locale), before, `${sug.title} in ${text.slice(0, 60)}`);
        }
      }
    }
  });
});

// Kind 2, the team's plan or report written with a contraction: "We’re going to …", "We're going to …", "We are also going
// to …" in a follow-up section's prose is an open item, as "We'll …" and "We are going to …" already were; "We’ve moved …"
// with a typographic apostrophe is done, as "We've moved …" already was (the patterns spelled contractions with "'" only,
// and "we're" needed a space before "'re"). Korean has no such contraction: no mirror.
const ownerless = (text: string) => lint(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);

describe('reading (session 16): contractions in the team\'s plans and reports', () => {
  const head = ['# Nightly export stalled', '', '## Summary', '', 'The nightly export to the archive stopped for two nights.', '', '## Follow-up', ''];
  it('"We’re going to …", "We\'re going to …", "We are also going to …" in prose are open items', () => {
    const text = lines(...head,
      'We’re going to move the export job off the shared disk before the next release.', '',
      'We\'re going to page the data team when an export runs past two hours.', '',
      'We are also going to rehearse a restore from the archive every quarter.', '');
    assert.deepEqual(ownerless(text), [9, 11, 13]);
  });
  it('apologies, advice to readers and statements stay silent', () => {
    const text = lines(...head,
      'We’re sorry for the trouble the missing files caused our readers.', '',
      'You’ll find the export dashboards linked from the team wiki page.', '',
      'We’ve been running the export this way since the office moved.', '');
    assert.deepEqual(ownerless(text), []);
  });
  it('"We’ve moved …" in a list is done like "We\'ve moved …"; a task stays open', () => {
    const text = lines(...head,
      '- We’ve moved the export job to its own disk.',
      '- We\'ve added an alert on export run time.',
      '- Rotate the archive credentials used by the export.', '');
    assert.deepEqual(ownerless(text), [11]);
  });
});
