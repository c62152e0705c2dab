// Issue 9, session 18: as you type, the lint worker receives the document's changes, not its whole
// text, and applies them to its copy. In the real editor, a big document typed into (keystrokes,
// multi-cursor edits, deletions, a replacement, an undo, Korean text) shows the same diagnostics as
// the same text opened afresh (linted from its whole text). No timing here: figures are in the benchmarks.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generatePostmortem } from '../../../bench/generate';
import { api, postmortemDiagnostics, ruleOf, Scratch, settle, withSetting } from './support';

/** A document's diagnostics in a comparable form, in order. */
function shown(uri: vscode.Uri): string[] {
  return postmortemDiagnostics(uri)
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${ruleOf(d)} ${d.message}`)
    .sort();
}

/** The first line (from `from`) matching `re`. */
function lineMatching(doc: vscode.TextDocument, re: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matches ${re}`);
}

describe('edits s18: a document typed into is linted from its edits, as if opened afresh', function () {
  this.timeout(600_000);
  const scratch = new Scratch('edits');
  // These tests are about the edits, not the budget (a loaded CI machine can take seconds per lint).
  let restoreBudget: () => Promise<void> = async () => undefined;
  before(async () => {
    restoreBudget = await withSetting('postmortem', 'lint.timeBudgetMs', 300_000);
  });
  after(async () => {
    await restoreBudget();
    await scratch.dispose();
  });

  it('typing, multi-cursor edits, deletions, an undo: the same diagnostics as the final text opened afresh', async () => {
    const a = await api();
    const editor = await scratch.open('typed-postmortem.md', generatePostmortem({ targetBytes: 150_000, seed: 18 }).text);
    const doc = editor.document;
    await settle(doc);
    const key = doc.uri.toString();
    const opened = doc.version;

    // Keystrokes in a paragraph in the middle (the 'type' command, as the keyboard does).
    const prose = lineMatching(doc, /^[A-Za-z].{20,}/, Math.floor(doc.lineCount / 2));
    editor.selection = new vscode.Selection(prose, 5, prose, 5);
    for (const ch of ['x', 'y', ' ', 'z']) await vscode.commands.executeCommand('type', { text: ch });
    await a.idle();

    // Three changes in one edit (one change event with three changes): a blaming sentence, a timeline entry, a vague action item.
    const timeline = lineMatching(doc, /^## (Timeline|타임라인)/);
    // The generated document's action items are a table: a row after its header.
    const actions = lineMatching(doc, /^\| --- \|/, lineMatching(doc, /^## Action items/));
    await editor.edit((e) => {
      e.insert(new vscode.Position(prose + 1, 0), 'The engineer forgot to restart the cache, so the queue backed up.\n');
      e.insert(new vscode.Position(timeline + 2, 0), '- 10:42 UTC the rollback started\n');
      e.insert(new vscode.Position(actions + 1, 0), '| 99 | Improve monitoring | mitigate | TBD | | |\n');
    });
    // A deletion of a few lines, a heading replaced, Korean text typed at the top, then an undo of the last.
    const from = Math.floor(doc.lineCount / 3);
    await editor.edit((e) => e.delete(new vscode.Range(from, 0, from + 4, 0)));
    const heading = lineMatching(doc, /^## /, Math.floor(doc.lineCount / 4));
    await editor.edit((e) => e.replace(doc.lineAt(heading).range, '## Root cause'));
    await a.idle();
    editor.selection = new vscode.Selection(prose, 0, prose, 0);
    await vscode.commands.executeCommand('type', { text: '담당자가 실수로 설정을 잘못 바꿨다. ' });
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), '\n'));
    await vscode.commands.executeCommand('undo');
    await a.idle();
    await settle(doc);

    // The lints after the open received edits (counted, not timed), and the last one is of the current version.
    const runs = a.lintTraces().filter((t) => t.key === key && t.version > opened && t.outcome === 'published');
    assert.ok(runs.length > 0, 'lints after the edits');
    assert.ok(runs.some((t) => t.input === 'edits'), `the worker received edits: ${runs.map((t) => `${t.version}:${t.input}`).join(', ')}`);
    assert.equal(runs[runs.length - 1].version, doc.version);
    const typed = shown(doc.uri);
    assert.ok(typed.some((d) => d.includes('blameful-language')), 'the typed blaming sentence has its squiggle');

    // The same text, opened afresh (a new document: its first lint gets the whole text).
    const fresh = await scratch.open('typed-postmortem-reopened.md', doc.getText());
    await settle(fresh.document);
    const reopened = a.lintTraces().filter((t) => t.key === fresh.document.uri.toString() && t.outcome === 'published');
    assert.equal(reopened[0]?.input, 'text');
    assert.deepEqual(typed, shown(fresh.document.uri));
  });
});
