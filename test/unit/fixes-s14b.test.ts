import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { checkDocument } from '../fuzz/fuzz';

/**
 * Session 14 (lead): the unsound fix fuzz doc 90383 showed, fixed as a KIND with NEW English and Korean documents.
 * KIND: a list item over a nested block whose first line names a section ("- [x] Root cause analysis" over its
 * sub-items) is a heading in all but name (requirements.ts); a time inserted in front of it ("Insert the previous
 * entry's time") makes it stop naming that section, so required-sections reports the section missing. Such an item gets
 * no time from the quick fix, as a heading that names a section does not. A plain timeline bullet with the same words and
 * nothing nested under it keeps the quick fix.
 */
function assertSound(text: string, what: string): void {
  const c = checkDocument({ text, origin: what }, { budgetMs: 10_000, maxSingleFixes: 50, determinism: true, fix: true });
  assert.deepEqual(c.violations.map((v) => `${v.kind} ${v.ruleId}: ${v.detail}`), [], `${what}:\n${text}`);
}

const timeFixes = (text: string) =>
  lint(text).findings.filter((f) => f.ruleId === 'timeline-timestamp').flatMap((f) => f.suggestions.map((s) => s.title)).filter((t) => /previous|이전/i.test(t));

describe('fixes-s14b: no time is inserted in front of a list item that stands for a section', () => {
  it('EN: a nested "Root cause analysis" item in the timeline keeps its words; the fix stays sound', () => {
    const doc = "# Upload failures\n\n## Summary\n\nUploads failed for forty minutes.\n\n## Impact\n\nAbout 300 uploads were rejected.\n\n## Timeline\n\nAll times UTC.\n\n- 14:05 Upload error rate alert fires.\n- 14:20 Storage credentials rotated back.\n- [x] Root cause analysis\n  - The rotated credentials lacked write access to the bucket.\n- 14:45 Error rate back to normal.\n\n## Action items\n\n- [ ] Test write access before a credential rotation completes @mira\n";
    assert.deepEqual(timeFixes(doc), []);
    assertSound(doc, 'EN nested item');
  });

  it('KO: 하위 항목을 거느린 "장애 원인 분석" 항목에는 시각을 넣지 않는다', () => {
    const doc = "# 업로드 실패\n\n## 개요\n\n40분 동안 업로드가 실패했다.\n\n## 영향\n\n업로드 약 300건이 거절되었다.\n\n## 타임라인\n\n모든 시각은 KST 기준이다.\n\n- 14:05 업로드 오류율 알림 발생\n- 14:20 저장소 자격 증명 원복\n- [x] 장애 원인 분석\n  - 교체된 자격 증명에 버킷 쓰기 권한이 없었다.\n- 14:45 오류율 정상화\n\n## 재발 방지 대책\n\n- [ ] 자격 증명 교체 완료 전에 쓰기 권한 점검 (담당: 박소연)\n";
    assert.deepEqual(timeFixes(doc), []);
    assertSound(doc, 'KO nested item');
  });

  it('a plain untimed bullet with nothing nested under it keeps the quick fix (EN, KO)', () => {
    const en = "# Upload failures\n\n## Summary\n\nUploads failed.\n\n## Impact\n\nSome uploads were rejected.\n\n## Timeline\n\nAll times UTC.\n\n- 14:05 Upload error rate alert fires.\n- Storage credentials rotated back.\n- 14:45 Error rate back to normal.\n\n## Root cause\n\nThe rotated credentials lacked write access.\n\n## Action items\n\n- [ ] Test write access before a rotation completes @mira\n";
    assert.equal(timeFixes(en).length, 1);
    assertSound(en, 'EN plain');
    const ko = "# 업로드 실패\n\n## 개요\n\n업로드가 실패했다.\n\n## 영향\n\n일부 업로드가 거절되었다.\n\n## 타임라인\n\n모든 시각은 KST 기준이다.\n\n- 14:05 업로드 오류율 알림 발생\n- 저장소 자격 증명 원복\n- 14:45 오류율 정상화\n\n## 근본 원인\n\n교체된 자격 증명에 쓰기 권한이 없었다.\n\n## 재발 방지 대책\n\n- [ ] 교체 완료 전에 쓰기 권한 점검 (담당: 박소연)\n";
    assert.equal(timeFixes(ko).length, 1);
    assertSound(ko, 'KO plain');
  });
});

/**
 * KIND (fuzz doc 91949): a missing section's place is right after a section whose only content is a "disable-next-line"
 * comment governing the heading that follows. Moved before the comment (so that the comment keeps governing its line),
 * the new heading would leave that section empty, and an empty section counts as missing; after the comment, the comment
 * would govern the new heading instead. No place is safe: the finding stays, with no "Add …" fix. With anything else in
 * the section, the heading goes before the comment as before.
 */
describe('fixes-s14b: no section is inserted where it would empty the section before it', () => {
  const sre = (actionBody: string, lang: 'en' | 'ko') =>
    lang === 'en'
      ? `---\ntemplate: google-sre\n---\n# Disk pressure on the build farm\n\n## Summary\n\nBuilds queued for an hour.\n\n## Impact\n\nAbout 200 builds were delayed.\n\n## Root Causes\n\nLog rotation was off on two hosts.\n\n## Trigger\n\nA verbose debug flag.\n\n## Resolution\n\nLogs were rotated by hand.\n\n## Detection\n\nA disk alert.\n\n## Action Items\n\n${actionBody}\n\n## Timeline\n\nAll times UTC.\n\n- 09:10 Disk alert fires.\n- 09:50 Logs rotated.\n`
      : `---\ntemplate: google-sre\n---\n# 빌드 서버 디스크 부족\n\n## Summary\n\n빌드가 한 시간 동안 대기했다.\n\n## Impact\n\n빌드 약 200건이 지연되었다.\n\n## Root Causes\n\n두 호스트에서 로그 순환이 꺼져 있었다.\n\n## Trigger\n\n디버그 플래그.\n\n## Resolution\n\n로그를 수동으로 순환했다.\n\n## Detection\n\n디스크 알림.\n\n## Action Items\n\n${actionBody}\n\n## Timeline\n\n모든 시각은 KST 기준이다.\n\n- 09:10 디스크 알림 발생\n- 09:50 로그 순환 완료\n`;
  const addFixes = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'required-sections').flatMap((f) => f.suggestions.map((s) => s.title));

  it('a section holding only the comment: no "Add" fix, and every fix offered stays sound (EN, KO)', () => {
    for (const lang of ['en', 'ko'] as const) {
      const doc = sre('<!-- postmortem-disable-next-line -->', lang);
      assert.equal(lint(doc).findings.filter((f) => f.ruleId === 'required-sections').length, 1, lang);
      assert.deepEqual(addFixes(doc), [], lang);
      assertSound(doc, `${lang} directive only`);
    }
  });

  it('a section with an item above the comment keeps its "Add" fix, placed before the comment (EN, KO)', () => {
    for (const lang of ['en', 'ko'] as const) {
      const doc = sre(lang === 'en' ? '- [ ] Turn log rotation on for every build host @ari\n\n<!-- postmortem-disable-next-line -->' : '- [ ] 모든 빌드 호스트에 로그 순환 설정 (담당: 한유진)\n\n<!-- postmortem-disable-next-line -->', lang);
      assert.equal(addFixes(doc).length, 1, lang);
      assertSound(doc, `${lang} item and directive`);
    }
  });
});
