import { strict as assert } from 'node:assert';
import { fixUntilStable } from '../../src/cli/fix';
import { formatJson } from '../../src/cli/format';
import { currentTimeFix, untimedEntryAt } from '../../src/core/edits/entryTime';
import { fixAllEdits } from '../../src/core/edits/fixAll';
import { applyFixes, applyPreferredFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import type { Finding, Lang, Suggestion } from '../../src/core/types';

/*
 * Quick fixes of `timeline-timestamp` (issue 9): *Insert the previous entry's time* (from the rule,
 * a manual suggestion) and *Insert the current time* (computed with a clock the caller passes).
 * Each must resolve its finding, bring no other (no `timeline-order` above all), and land where
 * a person would type the time, written as the timeline writes its times.
 */

const NOW = new Date(Date.UTC(2026, 10, 26, 14, 16, 30)); // 14:16 UTC, 23:16 KST

const stamps = (text: string, locale: Lang = 'en'): Finding[] => lint(text, { locale }).findings.filter((f) => f.ruleId === 'timeline-timestamp');
const keys = (text: string) => lint(text).findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`);
const lineOf = (text: string, line: number) => text.split('\n')[line - 1];

/** The fix's result, checked sound: the finding gone, nothing new, a second run changes nothing. */
function applySound(text: string, finding: Finding, s: Suggestion): string {
  const out = applyFixes(text, [s.edits]).text;
  const before = keys(text).filter((k) => !k.startsWith(`timeline-timestamp ${finding.line}:`));
  const after = keys(out);
  assert.ok(!after.some((k) => k.startsWith(`timeline-timestamp ${finding.line}:`)), `"${s.title}" leaves the finding: ${after.join('; ')}`);
  const shifted = (k: string) => k.replace(/ \d+:\d+ /, ' ');
  const fresh = after.filter((k) => !before.map(shifted).includes(shifted(k)));
  assert.deepEqual(fresh, [], `"${s.title}" brings new findings`);
  // The entry now has a time: neither fix is offered again.
  assert.ok(!stamps(out).some((f) => f.line === finding.line));
  return out;
}

function previous(text: string, line: number, locale: Lang = 'en'): { title: string; line: string } | undefined {
  const f = stamps(text, locale).find((x) => x.line === line);
  assert.ok(f, `no finding on line ${line}`);
  const s = f.suggestions[0];
  if (!s) return undefined;
  assert.equal(s.manual, true);
  return { title: s.title, line: lineOf(applySound(text, f, s), line) };
}

function current(text: string, line: number, locale: Lang = 'en', now = NOW): { title: string; line: string } | undefined {
  const r = lint(text, { locale });
  const f = r.findings.find((x) => x.ruleId === 'timeline-timestamp' && x.line === line);
  assert.ok(f, `no finding on line ${line}`);
  const at = untimedEntryAt(r.doc, f.start);
  assert.ok(at);
  const s = currentTimeFix(r.doc, at.entry, at.group, { now, lang: locale, localOffset: 0 });
  if (!s) return undefined;
  assert.equal(s.manual, true);
  return { title: s.title, line: lineOf(applySound(text, f, s), line) };
}

describe('timeline-timestamp quick fixes', () => {
  describe('insert the previous entry’s time', () => {
    it('copies a list entry’s time with its markup and separator (EN)', () => {
      const text = '# Postmortem\n\n## Timeline (UTC)\n\n- **14:05** — Paged the on-call\n- Rolled back the release\n- 14:20 Error rate back to normal\n';
      const f = stamps(text)[0];
      assert.equal(`${f.line}:${f.column}`, '6:3');
      assert.deepEqual(previous(text, 6), { title: "Insert the previous entry's time (14:05)", line: '- **14:05** — Rolled back the release' });
    });

    it('copies a Korean time as written, with the zone and separator (KO)', () => {
      const text = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 오후 2시 5분: 알람 발생\n- 롤백\n- 오후 2시 40분: 복구 완료\n';
      const f = stamps(text, 'ko')[0];
      assert.equal(`${f.line}:${f.column}`, '6:3');
      assert.match(f.message, /오후 2시 51분처럼/);
      assert.deepEqual(previous(text, 6, 'ko'), { title: '위 항목의 시각 넣기 (오후 2시 5분)', line: '- 오후 2시 5분: 롤백' });
      const zoned = '# 장애 보고서\n\n## 타임라인\n\n- **14:05 KST** 알람 발생\n- 롤백\n';
      assert.deepEqual(previous(zoned, 6, 'ko'), { title: '위 항목의 시각 넣기 (14:05)', line: '- **14:05 KST** 롤백' });
    });

    it('fills the time cell of a table row, or replaces a placeholder (EN and KO)', () => {
      const en = '# Postmortem\n\n## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 14:05 | Paged |\n|  | Rolled back |\n| HH:MM | Fixed |\n';
      assert.deepEqual(stamps(en).map((f) => `${f.line}:${f.column}`), ['8:1', '9:1']);
      assert.deepEqual(previous(en, 8), { title: "Insert the previous entry's time (14:05)", line: '| 14:05 | Rolled back |' });
      assert.deepEqual(previous(en, 9), { title: "Insert the previous entry's time (14:05)", line: '| 14:05 | Fixed |' });
      const ko = '# 장애 보고서\n\n## 타임라인 (KST)\n\n| 시각 | 내용 |\n| --- | --- |\n| 14시 5분 | 알람 |\n| | 롤백 |\n';
      assert.deepEqual(previous(ko, 8, 'ko'), { title: '위 항목의 시각 넣기 (14시 5분)', line: '| 14시 5분 | 롤백 |' });
    });

    it('replaces the placeholder of a heading-per-entry timeline (EN and KO)', () => {
      const en = '# Postmortem\n\n## Timeline (UTC)\n\n### 14:05\n\nPaged.\n\n### HH:MM\n\nRolled back.\n';
      assert.deepEqual(stamps(en).map((f) => `${f.line}:${f.column}`), ['9:1']);
      assert.deepEqual(previous(en, 9), { title: "Insert the previous entry's time (14:05)", line: '### 14:05' });
      const ko = '# 장애 보고서\n\n## 타임라인 (KST)\n\n### 오후 2시 5분\n\n알람.\n\n### 1X:XX\n\n롤백.\n';
      assert.deepEqual(previous(ko, 9, 'ko'), { title: '위 항목의 시각 넣기 (오후 2시 5분)', line: '### 오후 2시 5분' });
    });

    it('puts the time after the entry’s own date, and drops the date the entry above writes', () => {
      const text = '# Postmortem\n\n## Timeline (UTC)\n\n- 2024-05-01 14:05: Paged\n- Rolled back\n- 2024-05-01 14:20: Fixed\n';
      assert.deepEqual(previous(text, 6), { title: "Insert the previous entry's time (14:05)", line: '- 14:05: Rolled back' });
      const own = '# Postmortem\n\n## Timeline (UTC)\n\n- 2024-05-01 14:05: Paged\n- 2024-05-01: Rolled back\n- 2024-05-01 14:20: Fixed\n';
      assert.deepEqual(previous(own, 6), { title: "Insert the previous entry's time (14:05)", line: '- 2024-05-01 14:05: Rolled back' });
      const ko = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 5월 1일 14:05 알람\n- 5월 1일 롤백\n- 5월 1일 14:20 복구\n';
      assert.deepEqual(previous(ko, 6, 'ko'), { title: '위 항목의 시각 넣기 (14:05)', line: '- 5월 1일 14:05 롤백' });
    });

    it('copies a time from the middle of the entry above to the start', () => {
      const text = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:00 Paged\n- Deployed at 15:00 by the pipeline\n- Fixed\n';
      assert.deepEqual(previous(text, 7), { title: "Insert the previous entry's time (15:00)", line: '- 15:00 Fixed' });
    });

    it('is not offered where the time would change what the document says: milestones out of order, a section heading (EN and KO)', () => {
      // "Rolled back" words a mitigation: at 09:30 it would come before the detection at 09:40.
      const en = '# Postmortem\n\n## Timeline (UTC)\n\n- 09:30 Config change ships\n- Rolled back the config [mitigated]\n- 09:40 Alert fires [detected]\n';
      assert.ok(stamps(en).some((f) => f.line === 6));
      assert.equal(previous(en, 6), undefined);
      const ko = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 09:30 설정 배포\n- 설정 롤백 [완화]\n- 09:40 알람 발생 [감지]\n';
      assert.equal(previous(ko, 6, 'ko'), undefined);
      // The same entry after the detection gets the fix.
      const later = '# Postmortem\n\n## Timeline (UTC)\n\n- 09:30 Config change ships\n- 09:40 Alert fires [detected]\n- Rolled back the config [mitigated]\n';
      assert.equal(previous(later, 7)?.line, '- 09:40 Rolled back the config [mitigated]');
    });

    it('is not offered where it would be wrong: first entry, another date, an entry below that steps back', () => {
      const first = '# Postmortem\n\n## Timeline (UTC)\n\n- Rolled back\n- 14:05 Paged\n';
      assert.equal(previous(first, 5), undefined);
      const dated = '# Postmortem\n\n## Timeline (UTC)\n\n### 2024-05-01\n\n- 23:50 Paged\n\n### 2024-05-02\n\n- Rolled back\n- 00:30 Fixed\n';
      assert.equal(previous(dated, 11), undefined);
      // "~14:30" tolerates the 14:25 below it; an exact copy would not.
      const approx = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged\n- ~14:30 Deployed\n- Rolled back\n- 14:25 Fixed\n';
      assert.equal(previous(approx, 7), undefined);
    });
  });

  describe('insert the current time', () => {
    it('writes now in the timeline’s zone and in the style of the entry above (EN)', () => {
      const text = '# Postmortem\n\n## Timeline (UTC)\n\n- **14:05** — Paged\n- Rolled back\n';
      assert.deepEqual(current(text, 6), { title: 'Insert the current time (14:16)', line: '- **14:16** — Rolled back' });
      const ampm = '# Postmortem\n\nAll times UTC.\n\n## Timeline\n\n- 2:05 PM: Paged\n- Rolled back\n';
      assert.deepEqual(current(ampm, 8), { title: 'Insert the current time (2:16 PM)', line: '- 2:16 PM: Rolled back' });
      const zoned = '# Postmortem\n\n## Timeline\n\n- **14:05 UTC** Paged\n- Rolled back\n';
      assert.deepEqual(current(zoned, 6), { title: 'Insert the current time (14:16)', line: '- **14:16 UTC** Rolled back' });
    });

    it('reads the clock in the document’s zone, written the Korean way (KO)', () => {
      const text = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 오후 10시 5분: 알람 발생\n- 롤백\n';
      assert.deepEqual(current(text, 6, 'ko'), { title: '현재 시각 넣기 (오후 11시 16분)', line: '- 오후 11시 16분: 롤백' });
      const table = '# 장애 보고서\n\n## 타임라인 (KST)\n\n| 시각 | 내용 |\n| --- | --- |\n| 22:05 | 알람 |\n| | 롤백 |\n';
      assert.deepEqual(current(table, 8, 'ko'), { title: '현재 시각 넣기 (23:16)', line: '| 23:16 | 롤백 |' });
    });

    it('is offered only where now keeps the timeline in order, on today’s date', () => {
      // Now (14:16) is before the entry below (14:10).
      const middle = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged\n- Rolled back\n- 14:10 Fixed\n';
      assert.equal(current(middle, 6), undefined);
      assert.ok(previous(middle, 6));
      // A dated timeline of another day.
      const old = '---\ndate: 2024-05-01\n---\n# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged\n- Rolled back\n';
      assert.equal(current(old, 9), undefined);
      const today = '---\ndate: 2026-11-26\n---\n# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged\n- Rolled back\n';
      assert.deepEqual(current(today, 9), { title: 'Insert the current time (14:16)', line: '- 14:16 Rolled back' });
      // A 12-hour clock without AM/PM ("1:17" read as 13:17): a 24-hour time would change how it reads.
      const twelve = '# Postmortem\n\n## Timeline (UTC)\n\n- 11:57 Paged\n- 1:17 Rolled back\n- Fixed\n';
      assert.equal(current(twelve, 7), undefined);
    });
  });

  describe('never applied in bulk', () => {
    const text = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged\n- Rolled back\n';

    it('--fix, Fix all and fix-on-save leave the entry as it is', () => {
      const findings = lint(text).findings.filter((f) => f.ruleId === 'timeline-timestamp');
      assert.ok(findings.some((f) => f.ruleId === 'timeline-timestamp' && f.suggestions.length === 1));
      assert.equal(applyPreferredFixes(text, findings).text, text);
      assert.deepEqual(fixAllEdits(findings).edits, []);
      const stamp = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'timeline-timestamp');
      assert.equal(fixUntilStable(text, { lint: stamp }).text, text);
    });

    it('says so in the JSON output', () => {
      const json = JSON.parse(formatJson([{ file: 'a.md', text, findings: lint(text).findings }] as never)) as { suggestions: { manual?: boolean }[] }[];
      assert.ok(json.some((f) => f.suggestions.some((s) => s.manual === true)));
    });
  });
});

describe('timeline-timestamp quick fixes: the inserted time is not extended by what follows it (fuzz, session 8)', () => {
  it('offers no time that the entry’s own words would extend into another one (KO: "오전 12시" + "1분 …" = 00:01)', () => {
    const text = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 오후 11시 40분 업그레이드 시작\n- 오전 12시 작업 시작\n- 1분 스케줄러 재시작\n- 오전 0시 30분 복구 완료\n';
    const f = stamps(text, 'ko').find((x) => x.line === 7);
    assert.ok(f, 'the entry "1분 …" has no time');
    assert.deepEqual(f.suggestions.map((s) => s.title), []);
    assert.equal(current(text, 7, 'ko', new Date(Date.UTC(2026, 10, 26, 15, 0, 0))), undefined);
  });

  it('offers no time that digits right after it would extend (EN: "14:05" + ":30 …" reads seconds)', () => {
    const text = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged the on-call\n- :30 later the page was acknowledged\n- 14:20 Error rate back to normal\n';
    const f = stamps(text).find((x) => x.line === 6);
    assert.ok(f, 'the second entry has no time');
    for (const s of f.suggestions) applySound(text, f, s);
  });

  it('still offers the time where the entry’s text does not continue it (KO and EN)', () => {
    const ko = '# 장애 보고서\n\n## 타임라인 (KST)\n\n- 오전 12시 작업 시작\n- 스케줄러 재시작\n- 오전 0시 30분 복구 완료\n';
    assert.deepEqual(previous(ko, 6, 'ko')?.line, '- 오전 12시 스케줄러 재시작');
    const en = '# Postmortem\n\n## Timeline (UTC)\n\n- 14:05 Paged the on-call\n- 3 pods restarted\n- 14:20 Error rate back to normal\n';
    assert.ok(previous(en, 6)?.line.startsWith('- 14:05'));
  });
});
