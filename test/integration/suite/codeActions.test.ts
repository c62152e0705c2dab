// Quick fixes, fix-all, fix-on-save, "assign owner…" and "disable for this line…" in a real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyFixes } from '../../../src/core/fix';
import { Commands, FIX_ALL_KIND } from '../../../src/extension/ids';
import { api, EN_POSTMORTEM, KO_POSTMORTEM, postmortemDiagnostics, ruleOf, Scratch, settle, waitFor, withSetting } from './support';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function findingOf(doc: vscode.TextDocument, ruleId: string) {
  const f = (await api()).findings(doc.uri)?.find((x) => x.ruleId === ruleId);
  assert.ok(f, `a ${ruleId} finding`);
  return f;
}

describe('code actions: quick fixes as WorkspaceEdits', () => {
  const scratch = new Scratch('actions');
  after(() => scratch.dispose());

  it('offers each suggestion as its own quick fix, the first preferred, and applies its edit', async () => {
    // A sentence whose hindsight has two rewrites (the document's own has one).
    const editor = await scratch.open('fixes.md', EN_POSTMORTEM.replace('The engineer should have checked the config before the push.', 'The on-call should have paged the database team.'));
    const doc = editor.document;
    await settle(doc);
    const finding = await findingOf(doc, 'counterfactual-language');
    assert.ok(finding.suggestions.length >= 2, 'the rule offers several rewrites');
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
    // The first request in a freshly started (and, in CI, busy) workbench can come back before the
    // provider answers; the light bulb asks again on its own, so the test does too.
    let actions: vscode.CodeAction[] = [];
    await waitFor(async () => {
      actions = (await codeActions(doc.uri, range)).filter((a) => a.kind?.value === 'quickfix');
      return actions.length >= finding.suggestions.length;
    }, 'quick fixes for the counterfactual finding');
    const titles = actions.map((a) => a.title);
    for (const s of finding.suggestions) assert.ok(titles.includes(s.title), `"${s.title}" in ${titles.join(' | ')}`);
    const first = actions.find((a) => a.title === finding.suggestions[0].title)!;
    const second = actions.find((a) => a.title === finding.suggestions[1].title)!;
    assert.equal(first.isPreferred, true);
    assert.notEqual(second.isPreferred, true);
    assert.ok(first.edit, 'a WorkspaceEdit, not a command');
    assert.ok(titles.some((t) => t.includes('counterfactual-language') && t.endsWith('…')), 'a "disable for this line…" action');

    const expected = applyFixes(doc.getText(), [finding.suggestions[1].edits]).text;
    assert.ok(await vscode.workspace.applyEdit(second.edit!));
    assert.equal(doc.getText(), expected);
  });

  it('fixes all findings of one rule at once', async () => {
    // Two blaming sentences: two blameful-language findings with rewrites (missing sections are one finding per document).
    const text = EN_POSTMORTEM.replace('The engineer should have checked the config before the push.', 'Bob forgot to renew the certificate. Ana ignored the page.');
    const editor = await scratch.open('fix-all-rule.md', text);
    const doc = editor.document;
    await settle(doc);
    const findings = (await api()).findings(doc.uri)!.filter((f) => f.ruleId === 'blameful-language' && f.suggestions.length > 0);
    assert.ok(findings.length >= 2, 'several fixable findings of one rule');
    const range = new vscode.Range(doc.positionAt(findings[0].start), doc.positionAt(findings[0].end));
    const fixAll = (await codeActions(doc.uri, range)).find((a) => a.title.includes('blameful-language') && !a.title.endsWith('…') && !findings.some((f) => f.suggestions.some((s) => s.title === a.title)));
    assert.ok(fixAll?.edit, 'a "fix all blameful-language problems" action');
    const expected = applyFixes(doc.getText(), findings.map((f) => f.suggestions[0].edits)).text;
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(doc.getText(), expected);
    await settle(doc);
    assert.equal(postmortemDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'blameful-language').length, 0);
  });

  it('provides source.fixAll.postmortem, and editor.codeActionsOnSave applies it on save', async () => {
    const restore = await withSetting('editor', 'codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, 'markdown');
    try {
      const editor = await scratch.open('on-save.md', EN_POSTMORTEM);
      const doc = editor.document;
      await settle(doc);
      const all = (await api()).findings(doc.uri)!;
      const expected = applyFixes(doc.getText(), all.filter((f) => f.suggestions.length).map((f) => f.suggestions[0].edits)).text;
      assert.notEqual(expected, doc.getText(), 'the document has fixable findings');
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const source = await codeActions(doc.uri, whole, FIX_ALL_KIND);
      assert.equal(source.length, 1);
      assert.equal(source[0].kind?.value, FIX_ALL_KIND);

      await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), ''));
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' ')); // make it dirty
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 1)));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => !doc.isDirty && doc.getText() === expected, 'the fixes applied on save');
    } finally {
      await restore();
    }
  });

  it('assigns an owner to an action item (table cell, English)', async () => {
    const editor = await scratch.open('owner.md', EN_POSTMORTEM);
    const doc = editor.document;
    await settle(doc);
    const finding = await findingOf(doc, 'action-item-owner');
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
    const assign = (await codeActions(doc.uri, range)).find((a) => a.command?.command === Commands.assignOwner);
    assert.ok(assign, 'an "Assign owner…" action');
    // The action's command with the owner given (the picker is skipped).
    const ok = await vscode.commands.executeCommand(Commands.assignOwner, ...(assign.command!.arguments ?? []), '@alice');
    assert.equal(ok, true);
    assert.match(doc.getText(), /\| Validate config in the push tool \| @alice \|/);
    await settle(doc);
    assert.equal(postmortemDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'action-item-owner').length, 0);
  });

  it('assigns an owner to a Korean checklist item as (담당: 이름)', async () => {
    const editor = await scratch.open('담당.md', KO_POSTMORTEM);
    const doc = editor.document;
    await settle(doc);
    const finding = await findingOf(doc, 'action-item-owner');
    assert.equal(await vscode.commands.executeCommand(Commands.assignOwner, doc.uri, finding.start, '김민수'), true);
    assert.match(doc.getText(), /- \[ \] 설정 검증 추가 \(담당: 김민수\)/);
  });

  it('disables a rule for one line with the reason, and the finding goes away', async () => {
    const editor = await scratch.open('disable.md', EN_POSTMORTEM);
    const doc = editor.document;
    await settle(doc);
    const finding = await findingOf(doc, 'counterfactual-language');
    const ok = await vscode.commands.executeCommand(Commands.disableForLine, doc.uri, finding.line, 'counterfactual-language', 'quoting the review');
    assert.equal(ok, true);
    assert.match(doc.getText(), /<!-- postmortem-lint-disable-next-line counterfactual-language -- quoting the review -->\nThe deploy failed\./);
    await settle(doc);
    const diags = postmortemDiagnostics(doc.uri);
    assert.equal(diags.filter((d) => ruleOf(d) === 'counterfactual-language').length, 0);
    assert.equal(diags.filter((d) => ruleOf(d) === 'suppression-comment').length, 0, 'the comment has a reason');
  });

  it('disables a rule on a table row inside the row, keeping the table whole', async () => {
    const editor = await scratch.open('disable-row.md', EN_POSTMORTEM);
    const doc = editor.document;
    await settle(doc);
    const finding = await findingOf(doc, 'action-item-owner');
    assert.equal(await vscode.commands.executeCommand(Commands.disableForLine, doc.uri, finding.line, 'action-item-owner', 'owner chosen on Monday'), true);
    assert.match(doc.getText(), /\| TBD <!-- postmortem-lint-disable-line action-item-owner -- owner chosen on Monday --> \|\n\| Canary the config push/);
    await settle(doc);
    assert.equal(postmortemDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'action-item-owner').length, 0);
  });
});

describe('code actions: a timeline entry without a time', () => {
  const scratch = new Scratch('entry-time');
  after(() => scratch.dispose());

  /** The quick fixes offered on the untimed entry's finding (the light bulb may need a second ask). */
  async function timeFixes(doc: vscode.TextDocument, want: number): Promise<{ finding: Awaited<ReturnType<typeof findingOf>>; actions: vscode.CodeAction[] }> {
    const finding = await findingOf(doc, 'timeline-timestamp');
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
    let actions: vscode.CodeAction[] = [];
    await waitFor(async () => {
      actions = (await codeActions(doc.uri, range)).filter((a) => a.kind?.value === 'quickfix' && a.title.startsWith('Insert the '));
      return actions.length >= want;
    }, 'the timeline-timestamp quick fixes');
    return { finding, actions };
  }

  const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

  it('inserts the previous entry’s time as that entry writes it, and the finding goes away (EN)', async () => {
    // 00:00 above: the current time always comes after it, so both fixes are offered at any hour.
    const text = EN_POSTMORTEM.replace('- 10:03 — Config pushed.\n- 10:30 — Config restored.', '- **00:00** — Config pushed.\n- Config restored.');
    const doc = (await scratch.open('previous.md', text)).document;
    await settle(doc);
    const { actions } = await timeFixes(doc, 2);
    const previous = actions.find((a) => a.title === "Insert the previous entry's time (00:00)");
    assert.ok(previous?.edit, actions.map((a) => a.title).join(' | '));
    assert.notEqual(previous.isPreferred, true, 'a guess the author confirms is never the auto-fix');
    assert.ok(await vscode.workspace.applyEdit(previous.edit));
    assert.match(doc.getText(), /\n- \*\*00:00\*\* — Config pushed\.\n- \*\*00:00\*\* — Config restored\.\n/);
    await settle(doc);
    const rules = postmortemDiagnostics(doc.uri).map(ruleOf);
    assert.ok(!rules.includes('timeline-timestamp') && !rules.includes('timeline-order'), rules.join(', '));
  });

  it('inserts the current time in the timeline’s zone and style (KO)', async () => {
    const text = KO_POSTMORTEM.replace('모든 시각은 KST.', '모든 시각은 UTC.').replace('- 14:00 — 배포 시작\n- 14:20 — 롤백 완료', '- 00:00 — 배포 시작\n- 배포 로그 확인');
    // Not a milestone ("롤백 완료" is one: a guessed time there could put milestones out of order,
    // so no time is offered for it).
    const doc = (await scratch.open('now.md', text)).document;
    await settle(doc);
    const before = new Date();
    const { actions } = await timeFixes(doc, 2);
    const after = new Date();
    const now = actions.find((a) => a.title.startsWith('Insert the current time ('));
    assert.ok(now?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok([hhmm(before), hhmm(after)].some((t) => now.title === `Insert the current time (${t})`), now.title);
    assert.ok(await vscode.workspace.applyEdit(now.edit));
    const written = /\n- (\d\d:\d\d) — 배포 로그 확인\n/.exec(doc.getText());
    assert.ok(written, doc.getText());
    assert.ok([hhmm(before), hhmm(after)].includes(written[1]), written[1]);
    await settle(doc);
    const rules = postmortemDiagnostics(doc.uri).map(ruleOf);
    assert.ok(!rules.includes('timeline-timestamp') && !rules.includes('timeline-order'), rules.join(', '));
  });
});
