import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { addActionItemInsertion } from '../../src/core/edits/actionItem';
import { fixAllEdits, fixableCount } from '../../src/core/edits/fixAll';
import { firstFreeFileName, formatIncidentStart, numberedFileName, parseAuthors, parseIncidentStart, titleProblem } from '../../src/core/edits/incident';
import type { Insertion } from '../../src/core/edits/insert';
import { actionItemAt, assignOwnerEdit, frontMatterAuthors, ownerCandidates } from '../../src/core/edits/owner';
import { disableLineEdit, sanitizeReason } from '../../src/core/edits/suppress';
import { timelineEntryInsertion } from '../../src/core/edits/timeline';
import { applyFixes } from '../../src/core/fix';
import { parseDocument } from '../../src/core/model/document';
import { walk } from '../../src/core/model/markdown';
import type { Finding, TextEdit } from '../../src/core/types';

/** Applies an insertion and marks the cursor with ‸ (so expectations show where typing goes). */
function apply(text: string, ins: Insertion): string {
  const out = applyFixes(text, [ins.edits]);
  assert.equal(out.skipped, 0);
  return out.text.slice(0, ins.cursor) + '‸' + out.text.slice(ins.cursor);
}

/** Counts of the block structures whose shape an edit must keep. */
function shape(text: string): Record<string, number> {
  const counts: Record<string, number> = { list: 0, table: 0, code: 0, heading: 0 };
  walk(parseDocument(text).root, (n: Nodes) => {
    if (n.type in counts) counts[n.type]++;
  });
  return counts;
}

function apply1(text: string, edit: TextEdit): string {
  return applyFixes(text, [edit]).text;
}

describe('edits: disable for this line', () => {
  const rule = 'blameful-language';
  const reason = 'quoting the customer';

  /** Applies the edit, then checks the original line is now suppressed and the structure kept. */
  function disable(text: string, line: number): { out: string; directive: string } {
    const r = disableLineEdit(parseDocument(text), { line, ruleId: rule, reason });
    assert.ok(r, `an edit for line ${line}`);
    const out = apply1(text, r.edit);
    const after = parseDocument(out);
    const target = r.directive === 'disable-next-line' ? line + 1 : line;
    assert.ok(after.suppressions.isSuppressed(rule, target), `line ${line} is suppressed after the edit:\n${out}`);
    assert.ok(!after.suppressions.isSuppressed(rule, target + 2), 'only that line');
    assert.equal(after.suppressions.comments[0].reason, reason);
    assert.deepEqual(shape(out), shape(text), 'lists, tables and headings keep their shape');
    return { out, directive: r.directive };
  }

  it('puts a comment line above a paragraph, heading and block quote (English and Korean)', () => {
    assert.equal(disable('# Postmortem\n\nBob broke the deploy.\n', 3).out, `# Postmortem\n\n<!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\nBob broke the deploy.\n`);
    assert.equal(disable('# 장애 보고서\n\n김철수가 실수로 배포했다.\n', 3).out, `# 장애 보고서\n\n<!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n김철수가 실수로 배포했다.\n`);
    assert.equal(disable('# Bob broke it\n', 1).out, `<!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n# Bob broke it\n`);
    assert.equal(disable('# T\n\n> Bob said so\n> twice\n', 3).directive, 'disable-next-line');
    assert.equal(disable('# T\n\n> intro\n>\n> Bob said so\n', 5).out, `# T\n\n> intro\n>\n> <!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n> Bob said so\n`);
  });

  it('indents the comment inside a list so the list stays one list', () => {
    const text = '# T\n\n- first\n- Bob forgot the flag\n  - nested: Bob again\n';
    assert.equal(disable(text, 4).out, `# T\n\n- first\n  <!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n- Bob forgot the flag\n  - nested: Bob again\n`);
    assert.equal(disable(text, 5).out, `# T\n\n- first\n- Bob forgot the flag\n  <!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n  - nested: Bob again\n`);
    const ko = '# 장애\n\n1. 첫째\n2. 담당자가 실수로 설정을 바꿈\n';
    assert.equal(disable(ko, 4).out, `# 장애\n\n1. 첫째\n   <!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n2. 담당자가 실수로 설정을 바꿈\n`);
  });

  it('puts the first item’s comment at the marker column (never an indented code block)', () => {
    const text = '# T\n\n10. Bob did it\n11. other\n';
    assert.equal(disable(text, 3).out, `# T\n\n<!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\n10. Bob did it\n11. other\n`);
  });

  it('writes disable-line inside the last cell of a table row (a line between rows would end the table)', () => {
    const text = '# T\n\n| Time | What |\n| --- | --- |\n| 10:00 | Bob pushed |\n| 10:05 | 김철수 실수 |\n';
    const r = disable(text, 5);
    assert.equal(r.directive, 'disable-line');
    assert.equal(r.out.split('\n')[4], `| 10:00 | Bob pushed <!-- postmortem-lint-disable-line ${rule} -- ${reason} --> |`);
    assert.equal(disable(text, 6).out.split('\n')[5], `| 10:05 | 김철수 실수 <!-- postmortem-lint-disable-line ${rule} -- ${reason} --> |`);
    // Header row too; a table without outer pipes gets the comment at the end.
    assert.equal(disable(text, 3).directive, 'disable-line');
    const bare = '# T\n\nTime | What\n--- | ---\n10:00 | Bob pushed\n';
    assert.equal(disable(bare, 5).out.split('\n')[4], `10:00 | Bob pushed <!-- postmortem-lint-disable-line ${rule} -- ${reason} -->`);
  });

  it('writes disable-line at the end of a paragraph’s continuation line, keeping hard breaks', () => {
    const text = '# T\n\nThe deploy went out.\nBob skipped the review.\nThen it failed.\n';
    const r = disable(text, 4);
    assert.equal(r.directive, 'disable-line');
    assert.equal(r.out.split('\n')[3], `Bob skipped the review. <!-- postmortem-lint-disable-line ${rule} -- ${reason} -->`);
    const hard = '# T\n\nfirst line\nBob again  \nnext\n';
    assert.equal(disable(hard, 4).out.split('\n')[3], `Bob again <!-- postmortem-lint-disable-line ${rule} -- ${reason} -->  `);
    const slash = '# T\n\nfirst line\nBob again\\\nnext\n';
    assert.equal(disable(slash, 4).out.split('\n')[3], `Bob again <!-- postmortem-lint-disable-line ${rule} -- ${reason} -->\\`);
  });

  it('keeps the BOM first and the document’s line breaks', () => {
    const bom = '\uFEFF# Bob broke it\r\n\r\ntext\r\n';
    const r = disableLineEdit(parseDocument(bom), { line: 1, ruleId: rule, reason });
    assert.ok(r);
    const out = apply1(bom, r.edit);
    assert.ok(out.startsWith(`\uFEFF<!-- postmortem-lint-disable-next-line ${rule} -- ${reason} -->\r\n# Bob`));
    assert.ok(parseDocument(out).suppressions.isSuppressed(rule, 2));
  });

  it('offers nothing where no comment can work', () => {
    const text = '---\ntitle: Bob\n---\n# T\n\n```\nBob\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n';
    const doc = parseDocument(text);
    const none = (line: number, ruleId = rule) => assert.equal(disableLineEdit(doc, { line, ruleId, reason }), undefined, `line ${line}`);
    none(2); // front matter
    none(7); // code block
    none(6); // fence line
    none(5); // blank
    none(11); // delimiter row
    none(0);
    none(999);
    none(4, 'Bad Rule!');
    assert.doesNotThrow(() => disableLineEdit(parseDocument(''), { line: 1, ruleId: rule, reason }));
  });

  it('makes reasons safe inside a comment and a table cell', () => {
    assert.equal(sanitizeReason('  a\nb -->  c <!-- d  '), 'a b -> c <!- d');
    assert.equal(sanitizeReason('x ----> y'), 'x --> y'.replace('-->', '->').replace('--', '-'));
    assert.equal(sanitizeReason('a | b', { inTable: true }), 'a / b');
    assert.equal(sanitizeReason('고객 인용 | 원문', { inTable: true }), '고객 인용 / 원문');
    const r = disableLineEdit(parseDocument('# T\n\nBob did it.\n'), { line: 3, ruleId: rule, reason: 'evil --> <b>' });
    assert.ok(r && !r.edit.newText.slice(4, -4).includes('-->'));
  });
});

describe('edits: assign owner', () => {
  const table = '---\nauthors: [Alice Kim, "@bob"]\n---\n# Postmortem\n\n## Action Items\n\n| Action | Owner |\n| --- | --- |\n| Add canary | TBD |\n| Fix alerts |  |\n| Docs | @carol |\n| More | @carol |\n\n- [ ] Write runbook\n';
  const ko = '---\n작성자: 김민수, 이영희\n---\n# 장애 보고서\n\n## 재발 방지 대책\n\n- [ ] 설정 검증 추가 (담당: 미정)\n- [ ] 배포 절차 개선\n';

  it('offers owners already used (most used first), then the front matter authors, without duplicates', () => {
    assert.deepEqual(ownerCandidates(parseDocument(table)), ['@carol', 'Alice Kim', '@bob']);
    assert.deepEqual(ownerCandidates(parseDocument(ko)), ['김민수', '이영희']);
    assert.deepEqual(frontMatterAuthors(parseDocument('---\nauthors:\n  - name: Dana\n  - Eve\nauthor: dana\n---\n')), ['Dana', 'Eve']);
    assert.deepEqual(ownerCandidates(parseDocument('# no front matter\n')), []);
  });

  it('writes into the owner cell, over a placeholder, or appends (owner: @x) / (담당: x)', () => {
    const doc = parseDocument(table);
    const line = (out: string, needle: string) => out.split('\n').find((l) => l.includes(needle));
    const at = (needle: string, owner: string) => {
      const e = assignOwnerEdit(doc, { offset: table.indexOf(needle), owner });
      assert.ok(e, needle);
      return line(apply1(table, e), needle);
    };
    assert.equal(at('Add canary', 'alice'), '| Add canary | alice |');
    assert.equal(at('Fix alerts', '@dana'), '| Fix alerts | @dana |');
    assert.equal(at('Write runbook', 'alice'), '- [ ] Write runbook (owner: @alice)');
    assert.equal(at('Write runbook', 'Alice Kim'), '- [ ] Write runbook (owner: Alice Kim)');
    const kdoc = parseDocument(ko);
    const kat = (needle: string) => line(apply1(ko, assignOwnerEdit(kdoc, { offset: ko.indexOf(needle), owner: '김민수' })!), needle);
    assert.equal(kat('설정 검증'), '- [ ] 설정 검증 추가 (담당: 김민수)');
    assert.equal(kat('배포 절차'), '- [ ] 배포 절차 개선 (담당: 김민수)');
  });

  it('never breaks a row with a line break or pipe in the name, and refuses blanks and non-items', () => {
    const doc = parseDocument(table);
    const e = assignOwnerEdit(doc, { offset: table.indexOf('Add canary'), owner: 'a|b\nc' });
    assert.ok(e && !/[|\n]/.test(e.newText));
    assert.equal(assignOwnerEdit(doc, { offset: table.indexOf('Add canary'), owner: '   ' }), undefined);
    assert.equal(assignOwnerEdit(doc, { offset: table.indexOf('# Postmortem'), owner: 'x' }), undefined);
    assert.equal(actionItemAt(doc, 0), undefined);
  });
});

describe('edits: fix all', () => {
  const finding = (ruleId: string, start: number, end: number, newText?: string): Finding => ({
    ruleId,
    severity: 'warning',
    start,
    end,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    message: 'm',
    docsPath: `docs/rules/${ruleId}.md`,
    suggestions: newText === undefined ? [] : [{ title: 't', edits: [{ start, end, newText }] }, { title: 'second', edits: [{ start, end, newText: 'IGNORED' }] }],
  });

  it('takes the preferred suggestion of each finding, skipping overlaps and unfixable ones', () => {
    const text = 'Bob broke it and Bob forgot';
    const findings = [finding('blameful-language', 0, 3, 'The engineer'), finding('blameful-language', 1, 5, 'X'), finding('blameful-language', 17, 20, 'The on-call'), finding('other', 6, 11), finding('other', 21, 27, 'did not run')];
    const all = fixAllEdits(findings);
    assert.equal(all.applied, 3);
    assert.equal(all.skipped, 1);
    assert.equal(applyFixes(text, all.edits).text, 'The engineer broke it and The on-call did not run');
    const one = fixAllEdits(findings, { ruleId: 'blameful-language' });
    assert.equal(applyFixes(text, one.edits).text, 'The engineer broke it and The on-call forgot');
    assert.deepEqual(one.edits.map((e) => e.start), [0, 17]);
    assert.equal(fixableCount(findings, 'blameful-language'), 3);
    assert.equal(fixableCount(findings, 'other'), 1);
  });

  it('merges insertions at one offset into one edit, in order (as applyFixes applies them)', () => {
    const text = '# T\n\n## Summary\n';
    const fs = [finding('required-sections', 4, 4, '## Impact\n\n'), finding('required-sections', 4, 4, '## 타임라인\n\n'), finding('x', 4, 6, 'Z')];
    const all = fixAllEdits(fs);
    assert.equal(all.applied, 3);
    assert.deepEqual(all.edits[0], { start: 4, end: 4, newText: '## Impact\n\n## 타임라인\n\n' });
    assert.equal(applyFixes(text, all.edits).text, applyFixes(text, fs.map((f) => f.suggestions[0].edits)).text);
    // The input findings are not changed by the merge.
    assert.equal(fs[0].suggestions[0].edits[0].newText, '## Impact\n\n');
  });
});

describe('edits: new incident inputs', () => {
  const now = new Date(2024, 4, 1, 15, 30, 0);
  const ok = (input: string) => {
    const r = parseIncidentStart(input, { now });
    assert.ok(r.ok, `${input}: ${r.ok ? '' : r.error}`);
    return r.date;
  };
  const err = (input: string) => {
    const r = parseIncidentStart(input, { now });
    assert.ok(!r.ok, input);
    return r.error;
  };

  it('reads local date-times, ISO with zones, times of today, now and relative times', () => {
    assert.equal(ok('2024-05-01 14:30').getTime(), new Date(2024, 4, 1, 14, 30).getTime());
    assert.equal(ok('2024-04-30T23:05').getTime(), new Date(2024, 3, 30, 23, 5).getTime());
    assert.equal(ok('2024-05-01T05:00:00Z').toISOString(), '2024-05-01T05:00:00.000Z');
    assert.equal(ok('2024-05-01 14:00 KST').toISOString(), '2024-05-01T05:00:00.000Z');
    assert.equal(ok('2024-05-01T14:00+09:00').toISOString(), '2024-05-01T05:00:00.000Z');
    assert.equal(ok('2024/04/30').getTime(), new Date(2024, 3, 30).getTime());
    assert.equal(ok('09:15').getTime(), new Date(2024, 4, 1, 9, 15).getTime());
    assert.equal(ok('now').getTime(), now.getTime());
    assert.equal(ok('지금').getTime(), now.getTime());
    assert.equal(ok('-2h').getTime(), now.getTime() - 2 * 3600_000);
    assert.equal(ok('-1h30m').getTime(), now.getTime() - 90 * 60_000);
    assert.equal(ok('45m ago').getTime(), now.getTime() - 45 * 60_000);
    assert.equal(ok('2시간 전').getTime(), now.getTime() - 2 * 3600_000);
    assert.equal(ok('1일 전').getTime(), now.getTime() - 86400_000);
  });

  it('refuses empty, malformed, impossible and future starts with a reason', () => {
    assert.equal(err(''), 'empty');
    assert.equal(err('   '), 'empty');
    assert.equal(err('yesterday-ish'), 'format');
    assert.equal(err('2024-13-01 10:00'), 'invalid-date');
    assert.equal(err('2024-02-30'), 'invalid-date');
    assert.equal(err('25:00'), 'invalid-date');
    assert.equal(err('2030-01-01 00:00'), 'future');
    assert.equal(err('23:59'), 'future');
    assert.equal(err('-'), 'format');
    assert.equal(err('1'.repeat(100_000)), 'format');
  });

  it('formats the default start the way the prompt reads it back', () => {
    const d = new Date(2024, 0, 2, 3, 4);
    assert.equal(formatIncidentStart(d), '2024-01-02 03:04');
    const back = parseIncidentStart(formatIncidentStart(d), { now });
    assert.ok(back.ok && back.date.getTime() === d.getTime());
  });

  it('numbers file names instead of overwriting', async () => {
    assert.equal(numberedFileName('2024-05-01-db-outage.md', 1), '2024-05-01-db-outage.md');
    assert.equal(numberedFileName('2024-05-01-db-outage.md', 2), '2024-05-01-db-outage-2.md');
    assert.equal(numberedFileName('2024-05-01-결제-지연.md', 3), '2024-05-01-결제-지연-3.md');
    const taken = new Set(['a.md', 'a-2.md']);
    assert.equal(await firstFreeFileName('a.md', async (n) => taken.has(n)), 'a-3.md');
    assert.equal(await firstFreeFileName('b.md', async () => true, 5), undefined);
  });

  it('splits authors and checks titles', () => {
    assert.deepEqual(parseAuthors('Alice, Bob ;  김민수、이영희'), ['Alice', 'Bob', '김민수', '이영희']);
    assert.deepEqual(parseAuthors(''), []);
    assert.equal(titleProblem('  '), 'empty');
    assert.equal(titleProblem('결제 지연'), undefined);
    assert.equal(titleProblem('x'.repeat(201)), 'too-long');
  });
});

describe('edits: insert timeline entry', () => {
  // 14:51 in Seoul.
  const now = new Date('2024-05-01T05:51:00Z');
  const insert = (text: string) => apply(text, timelineEntryInsertion(parseDocument(text), { now, localOffset: 540 }));

  it('appends a list item in the last entry’s style and zone', () => {
    assert.equal(insert('# P\n\n## Timeline\n\n- 14:00 KST — alert fired\n- 14:05 KST — rollback\n\n## Next\n'), '# P\n\n## Timeline\n\n- 14:00 KST — alert fired\n- 14:05 KST — rollback\n- 14:51 KST — ‸\n\n## Next\n');
    assert.equal(insert('# P\n\n## Timeline\n\n1. **05:00** UTC: alert\n2. **05:10** UTC: rollback\n'), '# P\n\n## Timeline\n\n1. **05:00** UTC: alert\n2. **05:10** UTC: rollback\n3. **05:51** UTC: ‸\n');
    assert.equal(insert('# P\n\n## Timeline\n\nAll times UTC.\n\n* 4:10 AM - page\n'), '# P\n\n## Timeline\n\nAll times UTC.\n\n* 4:10 AM - page\n* 5:51 AM - ‸\n');
  });

  it('writes Korean clock styles and reads the zone from the front matter', () => {
    const text = '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n- 오후 2시 10분: 알람 발생\n';
    assert.equal(insert(text), '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n- 오후 2시 10분: 알람 발생\n- 오후 2시 51분: ‸\n');
  });

  it('appends a table row with the time in the time column and the cursor in the next cell', () => {
    const text = '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n| 시간 | 내용 |\n|---|---|\n| 14:02 | 알람 |\n';
    assert.equal(insert(text), '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n| 시간 | 내용 |\n|---|---|\n| 14:02 | 알람 |\n| 14:51 | ‸ |\n');
    const dated = '# P\n\n## Timeline (UTC)\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2024-04-30 | 23:50 | deploy |\n';
    assert.equal(insert(dated), '# P\n\n## Timeline (UTC)\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2024-04-30 | 23:50 | deploy |\n| 2024-05-01 | 05:51 | ‸ |\n');
    const headerOnly = '# P\n\n## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n';
    assert.equal(insert(headerOnly), '# P\n\n## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n| 14:51 | ‸ |\n');
  });

  it('creates the section (in the document’s language) or the first entry, naming the zone', () => {
    assert.equal(insert('# Postmortem\n\n## Summary\n\nx\n'), '# Postmortem\n\n## Summary\n\nx\n\n## Timeline\n\n- 14:51 +09:00 — ‸');
    assert.equal(insert('# 장애 보고서\n\n## 개요\n\n결제 지연이 있었다.'), '# 장애 보고서\n\n## 개요\n\n결제 지연이 있었다.\n\n## 타임라인\n\n- 14:51 +09:00 — ‸');
    assert.equal(insert('# P\n\n## Timeline\n\n## Next\n'), '# P\n\n## Timeline\n\n- 14:51 +09:00 — ‸\n\n## Next\n');
    assert.equal(insert('---\ntimezone: UTC\n---\n# P\n\n## Timeline\n'), '---\ntimezone: UTC\n---\n# P\n\n## Timeline\n\n- 05:51 — ‸\n');
  });

  it('keeps CRLF line breaks', () => {
    const out = insert('# P\r\n\r\n## Timeline\r\n\r\n- 14:00 KST — a\r\n');
    assert.equal(out, '# P\r\n\r\n## Timeline\r\n\r\n- 14:00 KST — a\r\n- 14:51 KST — ‸\r\n');
  });

  it('never throws on odd input', () => {
    for (const t of ['', '\uFEFF', '## Timeline\n\n- \n', '## Timeline\n\n|\n', '## Timeline\n\n- a\n  - b\n', '## 타임라인\n\n1)\n']) {
      assert.doesNotThrow(() => timelineEntryInsertion(parseDocument(t), { now }), JSON.stringify(t));
    }
  });
});

describe('edits: add action item', () => {
  const add = (text: string) => apply(text, addActionItemInsertion(parseDocument(text)));

  it('adds a table row with the cursor in the description column', () => {
    assert.equal(add('# P\n\n## Action Items\n\n| Action | Type | Owner |\n| --- | --- | --- |\n| Add canary | prevent | @alice |\n'), '# P\n\n## Action Items\n\n| Action | Type | Owner |\n| --- | --- | --- |\n| Add canary | prevent | @alice |\n| ‸ |  |  |\n');
    assert.equal(add('# P\n\n## Action Items\n\n| Owner | Action |\n| --- | --- |\n'), '# P\n\n## Action Items\n\n| Owner | Action |\n| --- | --- |\n|  | ‸ |\n');
    assert.equal(add('# 장애\n\n## 재발 방지 대책\n\n담당 | 조치 내용\n--- | ---\n김민수 | 설정 검증\n'), '# 장애\n\n## 재발 방지 대책\n\n담당 | 조치 내용\n--- | ---\n김민수 | 설정 검증\n | ‸\n');
    // The bare row is still a row of the table.
    const bare = addActionItemInsertion(parseDocument('## 재발 방지 대책\n\n담당 | 조치 내용\n--- | ---\n김민수 | 설정 검증\n'));
    const after = applyFixes('## 재발 방지 대책\n\n담당 | 조치 내용\n--- | ---\n김민수 | 설정 검증\n', [bare.edits]).text;
    assert.equal(shape(after).table, 1);
    assert.equal(parseDocument(after.replace(' | \n', '새 조치 | \n')).actionItems.length, 2);
  });

  it('adds a list or checklist item after the last action item, in its group (Korean 단기/중장기)', () => {
    assert.equal(add('# 포스트모템\n\n## 재발 방지 대책\n\n- 단기:\n  - [ ] 설정 검증 (담당: 김민수)\n- 중장기:\n  - [ ] 배포 개선\n\n## 교훈\n'), '# 포스트모템\n\n## 재발 방지 대책\n\n- 단기:\n  - [ ] 설정 검증 (담당: 김민수)\n- 중장기:\n  - [ ] 배포 개선\n  - [ ] ‸\n\n## 교훈\n');
    assert.equal(add('# P\n\n## Action Items\n\n1. Add canary (owner: @a)\n2. Fix alerts (owner: @b)\n'), '# P\n\n## Action Items\n\n1. Add canary (owner: @a)\n2. Fix alerts (owner: @b)\n3. ‸\n');
    assert.equal(add('# P\n\n## Action Items\n\n* one\n\n* two\n'), '# P\n\n## Action Items\n\n* one\n\n* two\n\n* ‸\n');
  });

  it('creates the section or the first item when there is none (English and Korean)', () => {
    assert.equal(add('# Postmortem\n\n## Summary\n\nx\n'), '# Postmortem\n\n## Summary\n\nx\n\n## Action Items\n\n- [ ] ‸');
    assert.equal(add('# 장애 보고서\n\n## 개요\n\n결제 지연\n'), '# 장애 보고서\n\n## 개요\n\n결제 지연\n\n## 재발 방지 대책\n\n- [ ] ‸');
    assert.equal(add('# P\n\n## Action Items\n\nTo be decided.\n\n## Next\n'), '# P\n\n## Action Items\n\nTo be decided.\n\n- [ ] ‸\n\n## Next\n');
    assert.equal(add(''), '## Action Items\n\n- [ ] ‸');
  });

  it('keeps CRLF line breaks and never throws', () => {
    assert.equal(add('# P\r\n\r\n## Action Items\r\n\r\n- [ ] a\r\n'), '# P\r\n\r\n## Action Items\r\n\r\n- [ ] a\r\n- [ ] ‸\r\n');
    for (const t of ['\uFEFF', '## Action Items\n\n|\n', '## Action Items\n\n- \n', '## 재발 방지 대책\n\n| a |\n']) {
      assert.doesNotThrow(() => addActionItemInsertion(parseDocument(t)), JSON.stringify(t));
    }
  });
});
