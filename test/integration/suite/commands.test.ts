// The commands in a real extension host: New Incident Document, Insert Timeline Entry, Add Action Item,
// Lint All Postmortems in Workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/ids';
import { api, postmortemDiagnostics, ruleOf, Scratch, settle, withSetting, workspaceFolder } from './support';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('commands: New Incident Document', () => {
  const scratch = new Scratch('new-incident');
  let restore: () => Promise<void>;
  before(async () => {
    // Write into the scratch folder, not the fixture's postmortems/.
    restore = await withSetting('postmortem', 'folder', `${scratch.relativePath}/out`);
  });
  after(async () => {
    await restore();
    await scratch.dispose();
  });

  const args = { template: 'google-sre', lang: 'en', title: 'Checkout API errors', severity: 'SEV-2', start: '2024-05-01 14:30', authors: 'Alice Kim, Bob' };

  it('writes <folder>/<date>-<slug>.md from the template and opens it with the summary selected', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newIncident, args);
    assert.ok(uri, 'the command returns the new document');
    assert.equal(uri.toString(), vscode.Uri.joinPath(scratch.uri, 'out', '2024-05-01-checkout-api-errors.md').toString());
    const text = await read(uri);
    assert.match(text, /^---\n/);
    assert.match(text, /title: "Checkout API errors"/);
    assert.match(text, /severity: "SEV-2"/);
    assert.match(text, /"Alice Kim", "Bob"/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    // The cursor sits below the Summary heading.
    const summaryLine = editor.document.getText().split('\n').findIndex((l) => /^#+ Summary/.test(l));
    assert.ok(summaryLine >= 0);
    assert.ok(editor.selection.start.line > summaryLine, `cursor on line ${editor.selection.start.line}, summary heading on ${summaryLine}`);
    assert.ok((await api()).isPostmortem(editor.document));
    // Opened pinned: a preview tab would be replaced by the next click in the Explorer.
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab && tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString(), 'the new document is the active tab');
    assert.equal(tab.isPreview, false);
  });

  it('never overwrites: the same title again gets -2', async () => {
    const first = vscode.Uri.joinPath(scratch.uri, 'out', '2024-05-01-checkout-api-errors.md');
    const before = await read(first);
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newIncident, { ...args, severity: 'SEV-1' });
    assert.equal(uri?.path.split('/').pop(), '2024-05-01-checkout-api-errors-2.md');
    assert.equal(await read(first), before, 'the existing file is untouched');
  });

  it('writes a Korean document with a Korean file name', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newIncident, { template: 'ko-incident-report', lang: 'ko', title: '결제 지연 장애', severity: 'SEV-3', start: '2024-05-02 09:00', authors: ['김민수'] });
    assert.ok(uri);
    assert.equal(uri.path.split('/').pop(), '2024-05-02-결제-지연-장애.md');
    const text = await read(uri);
    assert.match(text, /결제 지연 장애/);
    assert.match(text, /김민수/);
  });

  it('uses custom templates from .postmortem/templates', async () => {
    const dir = vscode.Uri.joinPath(workspaceFolder().uri, '.postmortem', 'templates');
    const created = !(await exists(dir));
    const file = vscode.Uri.joinPath(dir, 'it-security.md');
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('# Security incident: {{title}}\n\nSeverity {{severity}}, started {{date}}.\n\n## Summary\n\n## Timeline\n'));
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newIncident, { ...args, template: 'it-security', title: 'Leaked token' });
      assert.ok(uri);
      assert.match(await read(uri), /# Security incident: Leaked token\n\nSeverity SEV-2, started 2024-05-01\./);
    } finally {
      await vscode.workspace.fs.delete(created ? vscode.Uri.joinPath(workspaceFolder().uri, '.postmortem') : file, { recursive: true, useTrash: false });
    }
  });

  it('opens an untitled document when asked (as without a workspace folder)', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newIncident, { ...args, untitled: true });
    assert.equal(uri?.scheme, 'untitled');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown');
    assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /Checkout API errors/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('refuses an invalid start or an unknown template without writing anything', async () => {
    assert.equal(await vscode.commands.executeCommand(Commands.newIncident, { ...args, title: 'Never written', start: '2024-13-45 99:99' }), undefined);
    assert.equal(await vscode.commands.executeCommand(Commands.newIncident, { ...args, title: 'Never written', template: 'no-such-template' }), undefined);
    assert.equal(await exists(vscode.Uri.joinPath(scratch.uri, 'out', '2024-05-01-never-written.md')), false);
  });
});

describe('commands: Insert Timeline Entry and Add Action Item', () => {
  const scratch = new Scratch('edit-commands');
  after(() => scratch.dispose());

  it('inserts a timeline entry in the document’s zone and style, cursor on its text, one undo step', async () => {
    const text = '# Postmortem: x\n\n## Timeline\n\n- 14:00 KST — alert fired\n- 14:05 KST — rollback started\n\n## Action Items\n';
    const editor = await scratch.open('timeline.md', text);
    const ok = await vscode.commands.executeCommand(Commands.insertTimelineEntry, { uri: editor.document.uri, now: '2024-05-01T05:51:00Z' });
    assert.equal(ok, true);
    assert.equal(editor.document.getText(), text.replace('rollback started\n', 'rollback started\n- 14:51 KST — \n'));
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [6, '- 14:51 KST — '.length]);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
  });

  it('inserts a timeline row in a Korean table', async () => {
    const text = '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n| 시각 | 내용 |\n| --- | --- |\n| 오후 2시 | 알람 |\n';
    const editor = await scratch.open('타임라인.md', text);
    assert.equal(await vscode.commands.executeCommand(Commands.insertTimelineEntry, { uri: editor.document.uri, now: '2024-05-01T05:51:00Z' }), true);
    assert.equal(editor.document.getText(), text + '| 오후 2시 51분 |  |\n');
  });

  it('moves the cursor with the entry in one message: a key typed the moment the text changes lands in the entry (en, ko)', async () => {
    const cases = [
      { name: 'type-at-once.md', text: '# Postmortem: x\n\n## Timeline\n\n- 14:00 KST — cost $5 {x}\n\n## Action Items\n', typed: 'paged', want: (t: string) => t.replace('{x}\n', '{x}\n- 14:51 KST — paged\n') },
      { name: '바로-입력.md', text: '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n| 시각 | 내용 |\n| --- | --- |\n| 오후 2시 | 알람 |\n', typed: '호출', want: (t: string) => t + '| 오후 2시 51분 | 호출 |\n' },
    ];
    for (const c of cases) {
      const editor = await scratch.open(c.name, c.text);
      // Type from the change event itself, before the command's promise resolves (what a person
      // typing right after the shortcut does): with the edit and a separate cursor move, the key
      // reached the window before the cursor move and landed where the cursor had been.
      let typed: Thenable<unknown> | undefined;
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === editor.document && !typed) typed = vscode.commands.executeCommand('type', { text: c.typed });
      });
      try {
        assert.equal(await vscode.commands.executeCommand(Commands.insertTimelineEntry, { uri: editor.document.uri, now: '2024-05-01T05:51:00Z', marker: 'none' }), true);
        await typed;
      } finally {
        sub.dispose();
      }
      assert.equal(editor.document.getText(), c.want(c.text));
      // One undo step for the entry (the typed text is its own).
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), c.text);
    }
  });

  it('adds an action item row as a snippet: cursor in the description, Tab to owner, type and due', async () => {
    const text = '# Postmortem: x\n\n## Action Items\n\n| Action | Type | Owner | Due |\n| --- | --- | --- | --- |\n| Add a canary | prevent | @alice | 2024-05-01 |\n';
    const editor = await scratch.open('actions.md', text);
    assert.equal(await vscode.commands.executeCommand(Commands.addActionItem, editor.document.uri), true);
    assert.equal(editor.document.getText(), text + '|  | prevent | @name | YYYY-MM-DD |\n');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [7, 2]);
    await vscode.commands.executeCommand('type', { text: 'Alert on error rate' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), '@name');
    await vscode.commands.executeCommand('type', { text: '@bob' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'prevent');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'YYYY-MM-DD');
    assert.equal(editor.document.lineAt(7).text, '| Alert on error rate | prevent | @bob | YYYY-MM-DD |');
  });

  it('adds a Korean checklist item in the last group, owner @이름 to type over', async () => {
    const text = '# 장애 보고서\n\n## 재발 방지 대책\n\n- 단기:\n  - [ ] 설정 검증 (담당: 김민수)\n- 중장기:\n  - [ ] 배포 개선 (담당: 이영희)\n';
    const editor = await scratch.open('대책.md', text);
    assert.equal(await vscode.commands.executeCommand(Commands.addActionItem, { uri: editor.document.uri }), true);
    assert.equal(editor.document.getText(), text.replace(/\n$/, '\n  - [ ]  (담당: @이름) [prevent]\n'));
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), '@이름');
  });
});

describe('commands: Lint All Postmortems in Workspace', () => {
  it('puts findings of closed postmortems into the Problems view, and none for other Markdown', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const a = await api();
    const summary = await a.lintWorkspace();
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 3, `linted ${summary.files} files`);
    const draft = vscode.Uri.joinPath(workspaceFolder().uri, 'postmortems', '2025-09-02-config-push-draft.md');
    const diags = postmortemDiagnostics(draft);
    assert.ok(diags.some((d) => ruleOf(d) === 'action-item-owner'), `findings for the draft: ${diags.map(ruleOf).join(', ')}`);
    const owner = diags.find((d) => ruleOf(d) === 'action-item-owner')!;
    const doc = await vscode.workspace.openTextDocument(draft);
    assert.equal(doc.getText(owner.range), 'TBD', 'closed-file ranges match the text');
    await settle(doc);
    assert.deepEqual(postmortemDiagnostics(vscode.Uri.joinPath(workspaceFolder().uri, 'notes', 'team-notes.md')), []);
  });
});
