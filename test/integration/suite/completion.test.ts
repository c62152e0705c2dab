// Snippet completions while typing "pm-" / "장애-" in a postmortem (Markdown has quick suggestions off).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EN_POSTMORTEM, Scratch, settle } from './support';

async function completionsAt(editor: vscode.TextEditor, typed: string): Promise<vscode.CompletionItem[]> {
  const doc = editor.document;
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  await editor.edit((b) => b.insert(end, `\n${typed}`));
  const pos = doc.lineAt(doc.lineCount - 1).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, '-');
  // Only this extension's provider: the contributed snippets may answer the command too.
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && typeof i.label !== 'string' && i.label.detail === ' (postmortem)');
}

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('snippet completions', () => {
  const scratch = new Scratch('completion');
  after(() => scratch.dispose());

  it('offers the English snippets after "pm-" in a postmortem, as snippets', async () => {
    const editor = await scratch.open('en.md', EN_POSTMORTEM);
    await settle(editor.document);
    const items = await completionsAt(editor, 'pm-');
    const labels = items.map(labelOf);
    assert.ok(labels.includes('pm-timeline'), labels.join(', '));
    assert.ok(labels.includes('pm-5whys'));
    assert.ok(!labels.some((l) => l.startsWith('장애-')));
    const timeline = items.find((i) => labelOf(i) === 'pm-timeline')!;
    assert.ok(timeline.insertText instanceof vscode.SnippetString);
  });

  it('offers the Korean snippets after "장애-"', async () => {
    const editor = await scratch.open('ko.md', '# 장애 보고서: 결제 지연\n\n## 타임라인\n');
    await settle(editor.document);
    const labels = (await completionsAt(editor, '장애-')).map(labelOf);
    assert.ok(labels.includes('장애-타임라인'), labels.join(', '));
    assert.ok(!labels.includes('pm-timeline'));
  });

  it('stays out of ordinary Markdown', async () => {
    const editor = await scratch.open('notes.md', '# Team notes\n\nGroceries.\n');
    assert.deepEqual((await completionsAt(editor, 'pm-')).map(labelOf), []);
  });
});
