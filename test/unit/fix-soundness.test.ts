import { strict as assert } from 'node:assert';
import { fixAllEdits } from '../../src/core/edits/fixAll';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import type { Finding } from '../../src/core/types';
import { checkDocument } from '../fuzz/fuzz';

/**
 * The minimal reproductions of what the long fuzz run (`npm run fuzz -- --docs 20000`) found, each
 * checked the way the fuzzer checks a document: every single fix resolves its finding and brings
 * no new one, all preferred fixes together (as `--fix`) bring none, a second `--fix` is a no-op.
 */
function assertSound(text: string, what: string): void {
  const c = checkDocument({ text, origin: what }, { budgetMs: 10_000, maxSingleFixes: 50, determinism: true, fix: true });
  assert.deepEqual(c.violations.map((v) => `${v.kind} ${v.ruleId}: ${v.detail}`), [], `${what}:\n${text}`);
}

const titles = (text: string, ruleId: string) => lint(text).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.suggestions.map((s) => s.title));

describe('fix soundness: what the long fuzz run found, minimised (EN and KO)', () => {
  it('Add sections after a front matter that ends the text without a line break does not reopen it', () => {
    // Was: "---## Summary": the front matter became unclosed (front-matter, template-placeholder,
    // timeline and owner findings appeared on the text it had hidden).
    assertSound('---\ntitle: Checkout errors\n\n# Checkout errors\n* 09:32 Error rate rises to 38%.\n---', 'EN');
    assertSound('---\ntitle: 결제 실패\nstatus: draft\n\n# 장애 보고서: 결제 실패\n* [ ] 결제 오류율 알림 추가 (담당: <이름>)\n---', 'KO');
  });

  it('Add sections after a fence or comment left open does not empty the section that holds it', () => {
    // Was: the headings went in before the open block, so the section above lost its only content.
    assertSound('# Login outage\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n~~~\n- 09:20 The admin ', 'EN fence');
    assertSound('# 장애 보고서\r\n\r\n## 개요\r\n\r\nx\r\n\r\n## 영향\r\n\r\nx\r\n\r\n## 재발 방지 대책\r\n\r\n<!-- TODO -- should have >\r\n\r\n## 교훈\r\n', 'KO comment');
  });

  it('Add sections never goes between a disable-next-line comment and the line it governs', () => {
    // Was (fuzz doc 21461): the headings went in right after the comment, so it governed the first of them and the
    // line it had silenced (a setext heading closing the summary) was reported.
    assertSound('# Login outage\n\n## Summary\n\nUsers could not log in.\n\n<!-- postmortem-lint-disable-next-line counterfactual-language -- quoted -->\nIf only someone had looked at the logs\n---\n', 'EN');
    assertSound('# 장애 보고서\r\n\r\n## 요약\r\n\r\n로그인 실패.\r\n\r\n<!-- postmortem-lint-disable-next-line counterfactual-language -- 인용 -->\r\n그때 로그를 확인했어야 했다\r\n---\r\n', 'KO');
  });

  it('Add sections never puts a heading above a deeper one it would swallow', () => {
    // Was: "# 타임라인" inserted above "## 근본 원인 분석(5 Whys)" made the 5-whys chain timeline entries.
    assertSound('# 장애 보고서\r\n\r\n## 근본 원인 분석(5 Whys)\r\n\r\n* 고객이 결제 실패를 보았다\r\n* 왜? 결제 API가 타임아웃되었다\r\n* 왜? 커넥션 풀이 고갈되었다\r\n\r\n# 근본 원인\r\n\r\nx\r\n', 'KO');
    assertSound('# Outage report\n\n## 5 Whys\n\n* Customers saw errors\n* Why? The API timed out\n* Why? The pool was exhausted\n\n# Root cause\n\nx\n', 'EN');
  });

  it('offers no Add sections fix when closing the open comment would make it a suppression directive', () => {
    for (const [text, lang] of [
      ['# Postmortem\n\n## Summary\n\nx\n\n<!-- postmortem-lint-disable-next-line blameless-langage -- typo\n### Timeline\n\nSome text.', 'EN'],
      ['# 장애\n\n## 개요\n\nx\n\n<!-- postmortem-lint-disable-next-line blameless-langage -- 규칙 이름 오타\n### 타임라인\n\n내용.', 'KO'],
    ]) {
      const f = lint(text).findings.filter((x) => x.ruleId === 'required-sections');
      assert.equal(f.length, 1, lang);
      assert.deepEqual(f[0].suggestions, [], lang);
      assertSound(text, lang);
    }
  });

  it('a rewrite that would make an opening label too long to name its section is not offered', () => {
    // "The outage was caused by human error:" is the root-cause label; "… caused by insufficient
    // validation:" is past the 40 characters of a label, so the fix removed the root causes.
    const en = '# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\nThe outage was caused by human error: the deploy had no check.\n\n## Action Items\n\n- [ ] Add a check @bob\n';
    assert.deepEqual(titles(en, 'blameful-language'), []);
    assertSound(en, 'EN');
    const ko = (label: string) => `# 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST x\n\n${label}: 알림이 없었다.\n\n## 재발 방지 대책\n\n- [ ] 확인 절차 추가 (담당: 김민수)\n`;
    const long = ko('근본 원인은 지난주 야간 당직 담당자가 인증서 갱신을 깜빡했다');
    const short = ko('근본 원인은 당직 담당자가 인증서 갱신을 깜빡했다');
    // The longer rewrite would push the label past 40 characters; the shorter one keeps it.
    assert.equal(titles(long, 'blameful-language').length, 1);
    assert.equal(titles(short, 'blameful-language').length, 2);
    assertSound(long, 'KO long label');
    assertSound(short, 'KO short label');
  });

  it('a rewrite that would make the prose before the first section cross the length of a summary is not offered', () => {
    // 80 characters of prose before the first section make the summary: a rewrite that crosses
    // that line changes the required-sections finding (found with a Korean counterfactual rewrite).
    const en = '# T\n\nCheckout failed. The outage was caused by human error. We rolled back.\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- [ ] Add a check @bob\n';
    // 70 characters: "insufficient validation" (+12) would cross, "missing automation" (+7) does not.
    assert.deepEqual(titles(en, 'blameful-language'), ['Replace with “missing automation”']);
    assertSound(en, 'EN');
    // Korean prose makes a summary at 45 characters (it says in about half the characters what English
    // does): 41 here, and the rewrite (+8) would cross.
    const ko = '# 장애\n\n결제 승인이 지연되었다. 배포 전에 설정을 더 주의했어야 했다. 롤백했다.\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST x\n\n## 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 확인 절차 추가 (담당: 김민수)\n';
    assert.deepEqual(titles(ko, 'counterfactual-language'), []);
    assertSound(ko, 'KO');
  });

  it('a rewrite under action items never turns a report (done) into an open item, or back', () => {
    // Was: "당직자가 알림을 무시했다" reads as done (past tense), its rewrite "… 대응이 필요한 신호로 눈에
    // 띄지 않았다" as an open item without an owner. Such a rewrite is not offered.
    const ko = '# 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST x\n\n## 원인\n\nx\n\n## 재발 방지 대책\n\n- 10:10 당직자가 알림을 무시했다.\n- 10:20 담당자가 인증서 갱신을 깜빡했다.\n- Add a load test for깜빡했다.\n';
    assert.ok(!titles(ko, 'blameful-language').some((t) => t.includes('필요한 신호')));
    assertSound(ko, 'KO');
    assertSound('# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- 10:10 The on-call ignored the alert.\n- 10:20 Bob forgot to renew the certificate.\n', 'EN');
    // Still open: an item that asks for work, whatever its tense words inside.
    const open = lint('# 장애\n\n## 재발 방지 대책\n\n- [ ] 대응이 필요한 알림 정리\n- [ ] 모니터링 추가가 필요함\n').findings.filter((f) => f.ruleId === 'action-item-owner');
    assert.equal(open.length, 2);
  });

  it('a rewrite never replaces an action item\'s owner', () => {
    // Was: a Korean finding spanning the item and a lazy continuation line, rewritten whole, took "(담당: 김민수)" with it.
    const ko = '# 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST x\n\n## 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 설정 키를 환경별로 분리 (담당: 김민수)\n배포 시 더 주의해야 한다는 의견이 있었지만, 이 문단은 조치 항목이 아니다.\n';
    const owner = ko.indexOf('(담당: 김민수)');
    for (const f of lint(ko).findings) for (const sg of f.suggestions) for (const e of sg.edits) assert.ok(e.end <= owner || e.start >= owner + 9, `${f.ruleId}: ${sg.title}`);
    assertSound(ko, 'KO');
    assertSound('# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- [ ] Split config keys by environment (owner: Bob)\nBob should have been more careful, some said.\n', 'EN');
  });

  it('a rewrite never replaces the time written on a timeline entry', () => {
    // Was: a punitive finding spanning an entry and its lazy continuation lines, from "10:20" on,
    // was rewritten whole and the entry lost its time.
    const ko = '# 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:10 KST 알림 발생\n- 10:20 담당자가 인증서 갱신을 깜빡김 대리님이 배포 전 설정을 확인하지 않아 오류가 발생했다배포 장애\n담당자를 징계하고 책임을 물어야 한다는 의견이 있었다.\n\n## 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 확인 절차 추가 (담당: 김민수)\n';
    const time = ko.indexOf('10:20');
    for (const f of lint(ko).findings) for (const sg of f.suggestions) for (const e of sg.edits) assert.ok(e.end <= time || e.start >= time + 5, `${f.ruleId}: ${sg.title}`);
    assertSound(ko, 'KO');
    assertSound('# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:10 UTC Alert fires\n- 10:20 Bob forgot to renew the certificate\nand he should be disciplined for it.\n\n## Root cause\n\nx\n\n## Action Items\n\n- [ ] Add a check @bob\n', 'EN');
  });

  it('a time is not inserted where it would stop an opening label from naming its section', () => {
    // Was (doc 4837): "- [ ] 재발 방지 …: …" in a timeline that the timeline reads as an entry and the
    // section count reads as the action items' label; "- [ ] 19:41 재발 …" names nothing, and the
    // action items became a missing section.
    const ko = '# 결제 지연 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 경과\n\n- 19:02 KST PG사 API 응답 시간 증가\n- 19:41 KST 장애 종료 선언\n- [ ] 재발 방지 대책: 타임아웃 조정 (담당: 이지은)\n- 장애 원인 공유\n\n## 원인\n\nx\n';
    const en = '# Checkout latency\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 19:02 UTC Gateway latency rises\n- 19:41 UTC Incident closed\n- [ ] Action items: tune the timeout (owner: Lee)\n- Shared the cause\n\n## Root cause\n\nx\n';
    for (const [text, what] of [[ko, 'KO'], [en, 'EN']]) {
      const offered = lint(text).findings.filter((f) => f.ruleId === 'timeline-timestamp').map((f) => [f.line, f.suggestions.map((s) => s.title)]);
      // The labelled line gets no time; the plain entry after it still does.
      assert.deepEqual(offered, [[15, []], [16, ["Insert the previous entry's time (19:41)"]]], what);
      assertSound(text, what);
    }
  });

  it('blame reworded inside an open action item never makes the item vague', () => {
    // Was (docs 6145, 6275): "실수로" → "확인 절차의 공백으로" put a 확인 in the action, which
    // vague-action-item then reported. (The English item is the same check on an English rewrite.)
    const ko = '# 결제 장애\n\n## 개요\n\n결제 승인 요청의 12%가 40분 동안 실패했다. 설정 변경이 원인이었고 롤백으로 복구했다.\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST 알림\n\n## 근본 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 설정 키 실수로 삭제 방지 (담당: 김민수)\n';
    assert.ok(lint(ko).findings.some((f) => f.ruleId === 'blameful-language'));
    assertSound(ko, 'KO');
    assertSound('# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- [ ] Restore the keys Bob carelessly deleted, with a script (owner: Lee)\n', 'EN');
  });

  it('no time is inserted on an entry whose continuation line words a milestone the text gives a duration for', () => {
    // Was (doc 6986): "back at baseline" on the entry's second line made it the mitigation; the
    // previous entry's time made the timeline contradict "47 minutes" (incident-duration).
    const en = '# Checkout errors\n\n## Summary\n\nCheckout failed for 47 minutes. All times are UTC.\n\n## Impact\n\nx\n\n## Timeline\n\n- 09:30 Configuration change sets the pool size to 20.\n- 09:32 Error rate rises to 38%.\n- Rolled back\nthe change; error rate back at baseline.\n\n## Root cause\n\nx\n\n## Action items\n\n- [ ] Add a check (owner: Lee)\n';
    const ko = '# 결제 오류\n\n## 개요\n\n결제가 47분 동안 실패했다. 모든 시각은 KST 기준이다.\n\n## 영향\n\nx\n\n## 타임라인\n\n- 09:30 설정 변경으로 풀 크기가 20으로 줄어듦\n- 09:32 오류율 38%로 상승\n- 설정 되돌림\n이후 오류율 정상화, 복구 완료\n\n## 근본 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 점검 추가 (담당: 이지은)\n';
    for (const [text, what] of [[en, 'EN'], [ko, 'KO']]) {
      assert.deepEqual(titles(text, 'timeline-timestamp'), [], what);
      assertSound(text, what);
    }
  });

  it('a rewrite before the first section never changes whether that prose is Korean enough to be a summary', () => {
    // Was (doc 9740): a rewrite of the same Hangul count but one more space moved the lede's
    // Hangul share under half, and with it the length that makes a summary (45 → 80).
    const ko = '배포 전에 설정을 확인했어야 했다. 당직자가 알림을 봤어야 했고, 미리 알았더라면 대응이 빨랐을\n\ndate: 2025-07-22\nlang: ko\n## 근본 원인\n\nx\n';
    assertSound(ko, 'KO');
  });

  it('no time is inserted where the next word would be read as its zone', () => {
    // Was (doc 12406): "-  UTC 본사에서 …" in a KST timeline became "- 19:02 UTC 본사에서 …".
    const ko = '# 결제 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인 (KST)\n\n- 19:00 PG사 응답 지연\n- 19:02 PG사 API 응답 시간 증가\n- UTC 본사에서 장애 종료 확인\n\n## 근본 원인\n\nx\n\n## 재발 방지 대책\n\n- [ ] 점검 추가 (담당: 이지은)\n';
    const en = '# Checkout errors\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline (UTC)\n\n- 10:00 Gateway latency rises\n- 10:02 Error rate at 38%\n- PST office confirms the recovery\n\n## Root cause\n\nx\n\n## Action items\n\n- [ ] Add a check (owner: Lee)\n';
    for (const [text, what] of [[ko, 'KO'], [en, 'EN']]) {
      assert.deepEqual(titles(text, 'timeline-timestamp'), [], what);
      assertSound(text, what);
    }
  });

  it('the decision rewrite of an inquiry item never lands inside an owner left open', () => {
    // Was (docs 1257, 3252, 5650): "- PG사 타임아웃 설정 점검 (담당: 김민수 확인 필요" — the owner's
    // parenthesis never closes; the rewrite went after "(담당: " and the item stayed vague.
    const ko = '# 결제 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST 알림\n\n## 근본 원인\n\nx\n\n## 후속 조치\n\n- PG사 타임아웃 설정 점검 (담당: 김민수 발생\n- 장애 대응 채널 개설\n';
    const en = '# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- Investigate the retry storm (owner: Lee from payments\n- Add a canary stage (owner: Kim)\n';
    for (const [text, what] of [[ko, 'KO'], [en, 'EN']]) assertSound(text, what);
  });

  it('the decision rewrite lands after the last word of a table cell, and is offered only where it resolves the item', () => {
    // Was (doc 11904): an insertion at the end of "… 원인 분석(5 Whys)" had no source offset and
    // went to the finding's start; (doc 11909) an English item with Korean in its due date did not
    // read the appended decision, and stayed vague.
    const ko = '# 결제 장애\n\n## 개요\n\nx\n\n## 영향\n\nx\n\n## 타임라인\n\n- 10:00 KST 알림\n\n## 근본 원인\n\nx\n\n## 재발 방지 대책\n\n| 조치 | 담당 |\n| --- | --- |\n| PG사 호출 타임아웃 원인 분석(5 Whys) | |\n';
    const fix = lint(ko).findings.find((f) => f.ruleId === 'vague-action-item')?.suggestions[0];
    // The rewrite rewrites the cell's last character with itself and the addition (one rewrite per item).
    assert.equal(fix?.edits[0].end, ko.indexOf('(5 Whys)') + '(5 Whys)'.length);
    assert.ok(fix?.edits[0].newText.startsWith(')'), fix?.edits[0].newText);
    assertSound(ko, 'KO');
    assertSound('# T\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:00 UTC x\n\n## Root cause\n\nx\n\n## Action Items\n\n- [ ] **Look into** the retry storm (owner: @dana, d한국어 문장ue 2025-04-15)\n', 'EN');
  });
});

describe('fix all: linear in the number of fixes', () => {
  const finding = (start: number, end: number, newText: string): Finding => ({
    ruleId: 'blameful-language',
    severity: 'warning',
    start,
    end,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    message: 'm',
    docsPath: 'docs/rules/blameful-language.md',
    suggestions: [{ title: 't', edits: [{ start, end, newText }] }],
  });
  // N fixable findings on a text of N words, one in five overlapping the one before and one in
  // ten an insertion at the same offset as another (the contested and merged paths).
  const make = (n: number) => {
    const text = 'blame '.repeat(n);
    const fs: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const s = i * 6;
      if (i % 10 === 9) fs.push(finding(s - 6, s - 6, '+'));
      else if (i % 5 === 4) fs.push(finding(s - 3, s + 3, 'x'));
      else fs.push(finding(s, s + 5, 'cause'));
    }
    return { text, fs };
  };
  const time = (n: number) => {
    const { text, fs } = make(n);
    let best = Infinity;
    // CPU time of this process, the best of several runs: other processes on a shared machine do not count.
    for (let k = 0; k < 9; k++) {
      const t0 = process.cpuUsage();
      const all = fixAllEdits(fs);
      applyFixes(text, all.edits);
      const d = process.cpuUsage(t0);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    return best;
  };

  it('8,000 fixable findings: well under a second, and doubling N about doubles the time', () => {
    const { text, fs } = make(8000);
    const all = fixAllEdits(fs);
    assert.equal(all.applied + all.skipped, 8000);
    assert.ok(all.skipped > 0 && all.skipped < 2000, `${all.skipped} skipped`);
    // The same choice as the CLI's applyFixes, edit for edit.
    assert.equal(applyFixes(text, all.edits).text, applyFixes(text, fs.map((f) => f.suggestions[0].edits)).text);
    time(2000); // warm up
    // Linear is about 2× (N log N a little more), quadratic 4× (the old fix-all: 8,000 fixes in 4 s).
    // The best of three pairs: a pause of the machine can only make a pair look worse, never better.
    let best = { t8: Infinity, t16: Infinity, ratio: Infinity };
    for (let k = 0; k < 3 && best.ratio >= 3.2; k++) {
      const t8 = time(8000);
      const t16 = time(16000);
      if (t16 / t8 < best.ratio) best = { t8, t16, ratio: t16 / t8 };
    }
    assert.ok(best.t8 < 1000, `${best.t8.toFixed(0)} ms for 8,000 fixes`);
    // At a few milliseconds one garbage collection can pass for a 4× ratio (3.0 → 13.6 ms was seen under
    // load in session 8), while the quadratic fix-all took seconds: under 100 ms for 16,000 fixes
    // cannot be quadratic, so the ratio is asked only above that.
    assert.ok(best.t16 < 100 || best.ratio < 3.2, `16,000 fixes took ${best.ratio.toFixed(2)}× the time of 8,000 (${best.t8.toFixed(1)} → ${best.t16.toFixed(1)} ms)`);
  });
});

describe('a rewrite of a call for punishment under a follow-up heading brings no action item (fuzz, session 8)', () => {
  // Prose that plans work under a follow-up heading with no list is read as action items, so a
  // rewrite worded as a commitment ("We will change …") brought an ownerless one.
  const docs: [string, string][] = [
    ['EN', '# Postmortem\n\n## Summary\n\nThe login service was down.\n\n## Action Items\n\nThe people involved should be held accountable.\n'],
    ['EN', '# Postmortem\n\n## Summary\n\nThe login service was down.\n\n## Action Items\n\nWhoever pushed this should be fired.\n'],
    ['KO', '# 장애 보고서\n\n## 요약\n\n로그인 서비스가 중단되었다.\n\n## 재발 방지 대책\n\n관련자에게 책임을 물어야 한다.\n'],
  ];
  for (const [lang, text] of docs) {
    it(`${lang}: every offered rewrite resolves the finding and brings none: ${text.split('\n').at(-2)}`, () => {
      const before = lint(text).findings;
      const blame = before.filter((f) => f.ruleId === 'blameful-language');
      assert.equal(blame.length, 1);
      assert.ok(blame[0].suggestions.length > 0);
      const others = before.filter((f) => f !== blame[0]).map((f) => f.ruleId).sort();
      for (const s of blame[0].suggestions) {
        const out = applyFixes(text, [s.edits]).text;
        assert.deepEqual(lint(out).findings.map((f) => f.ruleId).sort(), others, `"${s.title}" → ${out.split('\n').at(-2)}`);
      }
    });
  }
});
