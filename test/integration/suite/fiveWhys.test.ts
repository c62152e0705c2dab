// The 5 Whys view and its guided commands in a real extension host: the tree's items for English and
// Korean documents, every command's edit (prompts skipped through the hooks argument), one undo
// step per command restoring the text exactly, and untitled documents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhyItemData } from '../../../src/extension/fiveWhys/view';
import { answerValidation } from '../../../src/extension/fiveWhys/commands';
import { Commands, ContextKeys } from '../../../src/extension/ids';
import { api, Scratch, waitFor } from './support';

const EN = `---
type: postmortem
lang: en
authors: [Alice Kim, Dana Park]
---
# Postmortem: checkout errors after a pool change

## Summary

Checkout failed for 25 minutes.

## 5 Whys

1. Customers saw payment errors at checkout
   1. Why? The payment API timed out ([dashboard](https://grafana.example.com/d/pay))
      1. Why? The connection pool was exhausted (evidence: INC-42 logs)
         1. Why? The pool size is a constant that no load test covers (root cause)
   2. Why? Clients retried without backoff
   3. Why? Bob forgot to enable the circuit breaker

## Action Items

| Action | Type | Owner | Due |
| --- | --- | --- | --- |
| Size the pool from load tests: the pool size is a constant that no load test covers | prevent | @alice | 2025-10-01 |
`;

const KO = `---
lang: ko
---
# 장애 보고서: 결제 승인 지연

## 근본 원인 분석(5 Whys)

- 고객이 결제를 완료하지 못했다
  - 왜? 결제 서버의 스레드가 모두 점유되었다 ([근거](https://grafana.example.com/d/threads))
    - 왜? PG사 호출 타임아웃이 30초로 설정되어 있었다 (근본 원인)
  - 왜? 재시도가 부하를 키웠다

## 재발 방지 대책

- [ ] 결제 알림 추가 (담당: 김민수)
`;

const NO_WHYS = `# Postmortem: search outage

## Summary

Search was down.
`;

/** Every item of the view, depth first. */
function flat(items: readonly WhyItemData[]): WhyItemData[] {
  return items.flatMap((i) => [i, ...flat(i.children)]);
}

function item(items: readonly WhyItemData[], label: string): WhyItemData {
  const found = flat(items).find((i) => i.label.startsWith(label));
  assert.ok(found, `no item "${label}" in ${flat(items).map((i) => i.label).join(' | ')}`);
  return found;
}

/** The view's items once it follows `document` and has caught up with its text. */
async function itemsOf(document: vscode.TextDocument): Promise<WhyItemData[]> {
  const a = await api();
  await waitFor(() => a.fiveWhys.document()?.uri.toString() === document.uri.toString(), 'the view follows the editor');
  await a.fiveWhys.idle();
  return a.fiveWhys.items();
}

/** A reference the commands accept in place of a tree element: the item's id carries its path. */
function ref(document: vscode.TextDocument, data: WhyItemData): { uri: vscode.Uri; path: number[]; text?: string } {
  const path = data.id.slice(data.id.lastIndexOf('#') + 1).split('.').map(Number);
  return { uri: document.uri, path };
}

/** Runs a command, checks it changed the text, then undoes once and checks the text is back exactly. */
async function runAndUndo(editor: vscode.TextEditor, run: () => Thenable<unknown>, check: (text: string) => void): Promise<void> {
  const document = editor.document;
  const before = document.getText();
  const ok = await run();
  assert.equal(ok, true, 'the command reports that it applied its edit');
  const after = document.getText();
  assert.notEqual(after, before);
  check(after);
  await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), before, 'one undo restores the text exactly');
}

describe('5 Whys view: the tree', () => {
  const scratch = new Scratch('five-whys-tree');
  after(() => scratch.dispose());

  it('shows an English analysis: answers, questions, root cause, evidence, action items and problems', async () => {
    const editor = await scratch.open('tree-en.md', EN);
    const items = await itemsOf(editor.document);
    assert.equal((await api()).fiveWhys.state(), 'analysis');
    assert.equal(items.length, 1);
    const root = items[0];
    assert.equal(root.label, 'Customers saw payment errors at checkout');
    assert.equal(root.icon, 'account');
    assert.equal(root.children.length, 3, 'three contributing factors');
    assert.match(root.tooltip, /What did affected users experience\?/);

    const api1 = item(items, 'The payment API timed out');
    assert.equal(api1.label, 'The payment API timed out', 'the evidence link is not part of the label');
    assert.match(api1.description, /dashboard/);
    assert.equal(api1.icon, 'pass');
    assert.match(api1.tooltip, /Why did "Customers saw payment errors at checkout" happen\?/);
    assert.ok(api1.collapsible);

    const pool = item(items, 'The connection pool was exhausted');
    assert.equal(pool.label, 'The connection pool was exhausted');
    assert.match(pool.description, /INC-42 logs/);

    const rc = item(items, 'The pool size is a constant');
    assert.match(rc.description, /root cause/);
    assert.match(rc.description, /1 action item/);
    assert.match(rc.contextValue, /\bunmarkRootCause\b/);
    assert.doesNotMatch(rc.contextValue, /\bmarkRootCause\b/);
    assert.equal(rc.icon, 'warning', 'no evidence for the root cause');
    assert.match(rc.tooltip, /No evidence/);
    assert.ok(!rc.collapsible);

    const bob = item(items, 'Bob forgot');
    assert.equal(bob.icon, 'warning');
    assert.match(bob.tooltip, /pins the incident on a person/);
    assert.match(bob.tooltip, /stops here without a root cause/);
    assert.match(bob.contextValue, /\baskWhy\b.*\baddFactor\b.*\bmarkRootCause\b/);
    assert.match(root.contextValue, /\baskWhy\b/);
    assert.doesNotMatch(root.contextValue, /\baddFactor\b|\bmarkRootCause\b|\bcause\b/);
  });

  it('shows a Korean analysis with its questions, and the root cause without an action item marked', async () => {
    const editor = await scratch.open('tree-ko.md', KO);
    const items = await itemsOf(editor.document);
    const root = item(items, '고객이 결제를 완료하지 못했다');
    assert.match(root.tooltip, /고객은 어떤 영향을 받았나요\?/);
    const threads = item(items, '결제 서버의 스레드가 모두 점유되었다');
    assert.equal(threads.label, '결제 서버의 스레드가 모두 점유되었다');
    // A link that says only 근거 ("evidence") is named by its target, as in English.
    assert.equal(threads.description, 'evidence: grafana.example.com › threads');
    const rc = item(items, 'PG사 호출 타임아웃이 30초로 설정되어 있었다');
    assert.equal(rc.icon, 'warning');
    assert.match(rc.tooltip, /왜 "결제 서버의 스레드가 모두 점유되었다/);
    assert.match(rc.tooltip, /No action item addresses this root cause|근본 원인을 다루는 조치 항목이 없습니다/);
  });

  it('keeps item ids while an answer is edited, and updates the tree (debounced)', async () => {
    const editor = await scratch.open('tree-edit.md', EN);
    const before = await itemsOf(editor.document);
    const old = item(before, 'Clients retried without backoff');
    const at = editor.document.getText().indexOf('without backoff');
    await editor.edit((e) => e.insert(editor.document.positionAt(at), 'at once, '));
    const a = await api();
    await waitFor(async () => {
      await a.fiveWhys.idle();
      return flat(await a.fiveWhys.items()).some((i) => i.label === 'Clients retried at once, without backoff');
    }, 'the tree shows the edited answer');
    const after = flat(await a.fiveWhys.items());
    assert.equal(after.find((i) => i.label === 'Clients retried at once, without backoff')?.id, old.id);
    assert.deepEqual(after.map((i) => i.id), flat(before).map((i) => i.id));
  });

  it('shows the welcome content for a postmortem without 5 whys, and follows the active editor', async () => {
    const editor = await scratch.open('no-whys.md', NO_WHYS);
    assert.deepEqual(await itemsOf(editor.document), []);
    assert.equal((await api()).fiveWhys.state(), 'noAnalysis');
    const other = await scratch.open('tree-again.md', EN);
    assert.equal((await itemsOf(other.document)).length, 1);
    assert.equal((await api()).fiveWhys.state(), 'analysis');
    assert.ok(ContextKeys.fiveWhysState);
  });

  it('reveals and selects an answer in the editor when its item is clicked', async () => {
    const editor = await scratch.open('reveal.md', EN);
    const items = await itemsOf(editor.document);
    const target = item(items, 'Clients retried without backoff');
    await vscode.commands.executeCommand(Commands.fiveWhysReveal, ref(editor.document, target));
    const active = vscode.window.visibleTextEditors.find((e) => e.document === editor.document);
    assert.ok(active);
    assert.equal(active.document.getText(active.selection), 'Clients retried without backoff');
  });

  it('does not rebuild the tree (a parse on the extension host thread) while the view is hidden; it catches up on demand', async () => {
    const a = await api();
    const editor = await scratch.open('hidden.md', EN);
    await itemsOf(editor.document);
    if (a.fiveWhys.rebuilds().visible) await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor(() => !a.fiveWhys.rebuilds().visible, 'the view is hidden');
    const before = a.fiveWhys.rebuilds().count;
    for (const word of ['at ', 'once ', 'and ']) {
      const at = editor.document.getText().indexOf('without backoff');
      await editor.edit((e) => e.insert(editor.document.positionAt(at), word));
      await new Promise((r) => setTimeout(r, 60));
    }
    // Well past the typing pause (postmortem.lint.debounceMs): still no rebuild.
    await new Promise((r) => setTimeout(r, 900));
    assert.equal(a.fiveWhys.rebuilds().count, before, 'no rebuild while hidden');
    // What the view would show (tests, commands) is rebuilt when asked for.
    assert.ok(flat(await itemsOf(editor.document)).some((i) => i.label === 'Clients retried at once and without backoff'));
    assert.equal(a.fiveWhys.rebuilds().count, before + 1);
  });
});

describe('5 Whys view: the guided commands', () => {
  const scratch = new Scratch('five-whys-commands');
  after(() => scratch.dispose());

  it('Start 5 Whys creates the section with the first answer (English heading)', async () => {
    const editor = await scratch.open('start.md', NO_WHYS);
    await itemsOf(editor.document);
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysStart, { uri: editor.document.uri, answer: 'Customers could not search for 25 minutes' }),
      (text) => assert.ok(text.includes('## 5 Whys\n\n1. Customers could not search for 25 minutes\n'), text),
    );
  });

  it('Start 5 Whys writes a Korean heading in a Korean document', async () => {
    const editor = await scratch.open('start-ko.md', '# 장애 보고서: 검색 장애\n\n## 개요\n\n검색이 25분 동안 중단되었다.\n');
    await itemsOf(editor.document);
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysStart, editor.document.uri, { answer: '고객이 25분 동안 검색하지 못했다' }),
      (text) => assert.ok(text.includes('## 근본 원인 분석(5 Whys)\n\n1. 고객이 25분 동안 검색하지 못했다\n'), text),
    );
  });

  it('names a link that only says "evidence" by its target, and links to it from the tooltip', async () => {
    const text = EN.replace('   2. Why? Clients retried without backoff\n', '   2. Why? Clients retried without backoff\n      1. Why? The SDK default has no backoff ([evidence](https://github.example.com/sdk/issues/12))\n');
    const editor = await scratch.open('evidence-link.md', text);
    const sdk = item(await itemsOf(editor.document), 'The SDK default has no backoff');
    assert.equal(sdk.description, 'evidence: github.example.com › 12');
    assert.ok(sdk.tooltipMarkdown.includes('[github\\.example\\.com › 12](https://github.example.com/sdk/issues/12)'), sdk.tooltipMarkdown);
    assert.ok(!sdk.tooltipMarkdown.includes('\\)'), 'no escaped bracket in a link target');
  });

  it('Ask Why adds a nested answer with its evidence, in the list style of the tree', async () => {
    const editor = await scratch.open('ask.md', EN);
    const items = await itemsOf(editor.document);
    const node = item(items, 'Clients retried without backoff');
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysAskWhy, ref(editor.document, node), { answer: 'The SDK default has no backoff', evidence: 'https://github.example.com/sdk/issues/12' }),
      (text) => assert.ok(text.includes('   2. Why? Clients retried without backoff\n      1. Why? The SDK default has no backoff ([evidence](https://github.example.com/sdk/issues/12))\n'), text),
    );
  });

  it('Ask Why on a Korean answer, from the answer under the cursor', async () => {
    const editor = await scratch.open('ask-ko.md', KO);
    await itemsOf(editor.document);
    const at = editor.document.positionAt(editor.document.getText().indexOf('재시도가'));
    editor.selection = new vscode.Selection(at, at);
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysAskWhy, undefined, { answer: '재시도 횟수 제한이 없었다', evidence: 'PAY-81' }),
      (text) => assert.ok(text.includes('  - 왜? 재시도가 부하를 키웠다\n    - 왜? 재시도 횟수 제한이 없었다 (근거: PAY-81)\n'), text),
    );
  });

  it('Add Contributing Factor adds a sibling after the sibling subtree', async () => {
    const editor = await scratch.open('factor.md', EN);
    const node = item(await itemsOf(editor.document), 'The payment API timed out');
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysAddFactor, ref(editor.document, node), { answer: 'A cache node was down' }),
      (text) => assert.ok(text.includes('   3. Why? Bob forgot to enable the circuit breaker\n   4. Why? A cache node was down\n'), text),
    );
  });

  it('Mark as Root Cause and Unmark Root Cause', async () => {
    const editor = await scratch.open('mark.md', KO);
    const items = await itemsOf(editor.document);
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysMarkRootCause, ref(editor.document, item(items, '재시도가 부하를 키웠다'))),
      (text) => assert.ok(text.includes('  - 왜? 재시도가 부하를 키웠다 (근본 원인)\n'), text),
    );
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysUnmarkRootCause, ref(editor.document, item(items, 'PG사 호출'))),
      (text) => assert.ok(text.includes('    - 왜? PG사 호출 타임아웃이 30초로 설정되어 있었다\n'), text),
    );
  });

  it('Attach Evidence appends a link or a reference', async () => {
    const editor = await scratch.open('evidence.md', EN);
    const node = item(await itemsOf(editor.document), 'The pool size is a constant');
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysAttachEvidence, ref(editor.document, node), { evidence: 'https://git.example.com/pool.go#L12' }),
      (text) => assert.ok(text.includes('no load test covers (root cause) ([evidence](https://git.example.com/pool.go#L12))\n'), text),
    );
  });

  it('Delete removes an answer with its subtree', async () => {
    const editor = await scratch.open('delete.md', EN);
    const node = item(await itemsOf(editor.document), 'The payment API timed out');
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysDelete, ref(editor.document, node), { confirm: true }),
      (text) => {
        assert.ok(!text.includes('timed out') && !text.includes('connection pool') && !text.includes('(root cause)'), text);
        assert.ok(text.includes('1. Customers saw payment errors at checkout\n   1. Why? Clients retried without backoff\n   2. Why? Bob forgot'), text);
      },
    );
  });

  it('Create Action Item from Cause appends a linked draft row as a snippet: what selected, Tab to owner, Tab to type', async () => {
    const editor = await scratch.open('action.md', EN);
    const node = item(await itemsOf(editor.document), 'Clients retried without backoff');
    const row = '| TODO: the change that prevents this (cause: “Clients retried without backoff”) | prevent | @name |  |';
    await runAndUndo(
      editor,
      async () => {
        const ok = await vscode.commands.executeCommand(Commands.fiveWhysCreateActionItem, ref(editor.document, node));
        const active = vscode.window.activeTextEditor;
        assert.equal(active?.document, editor.document, 'the editor has the focus');
        assert.equal(active.document.lineAt(active.selection.active.line).text, row);
        assert.equal(active.document.getText(active.selection), 'TODO: the change that prevents this');
        await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
        assert.equal(active.document.getText(active.selection), '@name');
        await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
        assert.equal(active.document.getText(active.selection), 'prevent');
        const after = flat(await (await api()).fiveWhys.items());
        assert.match(after.find((i) => i.label === 'Clients retried without backoff')?.description ?? '', /1 action item/);
        return ok;
      },
      (text) => assert.ok(text.includes(`${row}\n`), text),
    );
  });

  it('Create Action Item from a Korean cause: a checklist item, what selected, owner @이름 and the type tag', async () => {
    const editor = await scratch.open('action-ko.md', KO);
    const node = item(await itemsOf(editor.document), 'PG사 호출');
    await runAndUndo(
      editor,
      async () => {
        const ok = await vscode.commands.executeCommand(Commands.fiveWhysCreateActionItem, ref(editor.document, node));
        const active = vscode.window.activeTextEditor!;
        assert.equal(active.document.getText(active.selection), 'TODO: 재발을 막을 변경');
        return ok;
      },
      (text) => assert.ok(text.endsWith('- [ ] 결제 알림 추가 (담당: 김민수)\n- [ ] TODO: 재발을 막을 변경 (원인: “PG사 호출 타임아웃이 30초로 설정되어 있었다”) (담당: @이름) [예방]\n'), text),
    );
  });

  it('works in an untitled document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: EN });
    const editor = await vscode.window.showTextDocument(document);
    const items = await itemsOf(document);
    assert.equal(items.length, 1);
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysMarkRootCause, ref(document, item(items, 'Clients retried'))),
      (text) => assert.ok(text.includes('Clients retried without backoff (root cause)\n')),
    );
    await runAndUndo(
      editor,
      () => vscode.commands.executeCommand(Commands.fiveWhysAskWhy, ref(document, item(items, 'Bob forgot')), { answer: 'The breaker is off by default', evidence: '' }),
      (text) => assert.ok(text.includes('   3. Why? Bob forgot to enable the circuit breaker\n      1. Why? The breaker is off by default\n'), text),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('refuses a stale reference instead of editing another answer', async () => {
    const editor = await scratch.open('stale.md', EN);
    await itemsOf(editor.document);
    const before = editor.document.getText();
    const ok = await vscode.commands.executeCommand(Commands.fiveWhysMarkRootCause, { uri: editor.document.uri, path: [0, 0, 1], text: 'An answer that is not there' });
    assert.equal(ok, false);
    assert.equal(editor.document.getText(), before);
  });

  it('warns (without blocking) about blaming and hindsight wording while an answer is typed', () => {
    const en = answerValidation('Bob forgot to run the validator', undefined, 'en');
    assert.equal(en?.severity, vscode.InputBoxValidationSeverity.Warning);
    assert.match(en?.message ?? '', /forgot/);
    const ko = answerValidation('담당자가 확인했어야 했다', undefined, 'ko');
    assert.equal(ko?.severity, vscode.InputBoxValidationSeverity.Warning);
    assert.equal(answerValidation('The pool size was fixed at 10', undefined, 'en'), undefined);
  });
});

describe('5 Whys view: switching documents while it is visible', () => {
  const scratch = new Scratch('five-whys-switch');
  after(() => scratch.dispose());

  it('follows each editor and never reveals an item the tree has not fetched ("No tree item with id … found")', async () => {
    const a = await api();
    const en = await scratch.open('switch-en.md', EN);
    const ko = await scratch.open('switch-ko.md', KO);
    await vscode.commands.executeCommand('postmortem.fiveWhys.focus');
    await waitFor(() => a.fiveWhys.state() !== 'noDocument', 'the view shows a document');
    const before = a.fiveWhys.revealFailures();
    const put = (editor: vscode.TextEditor, text: string) => {
      const at = editor.document.positionAt(editor.document.getText().indexOf(text) + 2);
      editor.selection = new vscode.Selection(at, at);
    };
    for (let round = 0; round < 6; round++) {
      const editor = await vscode.window.showTextDocument(round % 2 ? ko.document : en.document, { preserveFocus: false });
      // The cursor on an answer: the view selects it (a reveal) as soon as it has the new tree.
      put(editor, round % 2 ? 'PG사 호출' : 'The connection pool');
      await new Promise((r) => setTimeout(r, round * 40));
    }
    await waitFor(() => a.fiveWhys.document()?.uri.toString() === ko.document.uri.toString(), 'the view follows the last editor');
    await a.fiveWhys.idle();
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(a.fiveWhys.revealFailures() - before, 0, 'no reveal was rejected');
    assert.ok(flat(await a.fiveWhys.items()).some((i) => i.label.startsWith('PG사 호출')));
  });
});
