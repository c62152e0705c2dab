// Issue 9, session 11: what a published lint sends to the window beyond the diagnostics. VS Code asks
// for the metrics CodeLens again by itself after each edit, so a lint asks it again only when the lens
// it gives differs from the previous lint's (src/extension/lensRefresh.ts); the status bar item is
// assigned only when its text changes (VS Code sends the item to the window on every assignment).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, metricsLensTitles, METRICS_TIMELINE_DOC, Scratch, waitFor } from './support';

describe('latency s11: a lint sends the window only what changed', () => {
  const scratch = new Scratch('latency-s11');
  after(() => scratch.dispose());

  it('asks VS Code for the lenses again only when a lint changes the lens (issue 9: not on every keystroke)', async () => {
    const a = await api();
    const editor = await scratch.open('lens-refresh.md', METRICS_TIMELINE_DOC);
    const uri = editor.document.uri;
    await waitFor(async () => (await metricsLensTitles(uri)).some((t) => t.includes('mitigated after 47 min')), 'the lens with 47 min');
    await a.idle();
    const before = a.lensRefreshes();
    // Words typed into the summary: each is linted and published, the lens stays as it is.
    const summary = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Checkout failed'));
    for (const word of [' Payments', ' were', ' declined.']) {
      await editor.edit((b) => b.insert(new vscode.Position(summary, editor.document.lineAt(summary).text.length), word));
      await a.idle();
    }
    assert.equal(a.lensRefreshes(), before, 'prose edits do not refresh the lens');
    assert.ok((await metricsLensTitles(uri)).some((t) => t.includes('mitigated after 47 min')));
    // A new line above the timeline moves the lens with the text (VS Code moves it; no refresh needed)…
    await editor.edit((b) => b.insert(new vscode.Position(summary + 1, 0), '\nCards were declined for 40 minutes.\n'));
    await a.idle();
    assert.equal(a.lensRefreshes(), before, 'a line added above the timeline does not refresh the lens');
    const heading = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## Timeline'));
    const lenses = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).filter((l) => /after/.test(l.command?.title ?? ''));
    assert.equal(lenses[0]?.range.start.line, heading);
    // …and a changed milestone time changes the figures: one refresh, the new title.
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- 10:19'));
    await editor.edit((b) => b.replace(new vscode.Range(line, 2, line, 7), '10:29'));
    await a.idle();
    assert.equal(a.lensRefreshes(), before + 1, 'a new figure refreshes the lens');
    await waitFor(async () => (await metricsLensTitles(uri)).some((t) => t.includes('mitigated after 57 min')), 'the lens to follow the edit (57 min)');
  });

  it('assigns the status bar item only when its figures change', async () => {
    const a = await api();
    const editor = await scratch.open('status-pushes.md', METRICS_TIMELINE_DOC);
    await waitFor(() => a.findings(editor.document.uri) !== undefined, 'the first lint');
    await a.idle();
    const text = a.statusBarText();
    const before = a.statusBarPushes();
    const summary = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Checkout failed'));
    // Neutral words: each is linted and published with the same findings.
    for (const word of [' Retries', ' recovered', ' slowly.']) {
      await editor.edit((b) => b.insert(new vscode.Position(summary, editor.document.lineAt(summary).text.length), word));
      await a.idle();
    }
    assert.equal(a.statusBarText(), text);
    assert.equal(a.statusBarPushes(), before, 'unchanged figures are not sent again');
    // A blaming sentence adds a finding: the count changes, the item is sent once.
    const count = a.findings(editor.document.uri)!.length;
    await editor.edit((b) => b.insert(new vscode.Position(summary, editor.document.lineAt(summary).text.length), ' The engineer forgot to renew the certificate.'));
    await a.idle();
    assert.ok(a.findings(editor.document.uri)!.length > count, 'the blaming sentence is found');
    assert.notEqual(a.statusBarText(), text);
    assert.equal(a.statusBarPushes(), before + 1);
  });
});
