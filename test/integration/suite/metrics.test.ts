// Incident metrics in a real extension host: the CodeLens above the timeline follows edits, and
// Insert / Update Incident Metrics writes the table into the summary and updates it in place.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/ids';
import { metricsLensTitles, METRICS_TIMELINE_DOC, Scratch, waitFor } from './support';

describe('incident metrics', () => {
  const scratch = new Scratch('metrics');
  after(() => scratch.dispose());

  it('shows a CodeLens above the timeline and updates it as the timeline is edited', async () => {
    const editor = await scratch.open('lens.md', METRICS_TIMELINE_DOC);
    const uri = editor.document.uri;
    await waitFor(async () => (await metricsLensTitles(uri)).some((t) => t.includes('mitigated after 47 min')), 'the lens with 47 min');
    const [title] = await metricsLensTitles(uri);
    assert.match(title, /detected after 12 min\* · mitigated after 47 min · resolved after 1 h 32 min/);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- 10:19'));
    await editor.edit((b) => b.replace(new vscode.Range(line, 2, line, 7), '10:29'));
    await waitFor(async () => (await metricsLensTitles(uri)).some((t) => t.includes('mitigated after 57 min')), 'the lens to follow the edit (57 min)');
  });

  it('puts the lens on the current timeline heading after the metrics table is inserted above it', async () => {
    const editor = await scratch.open('lens-race.md', METRICS_TIMELINE_DOC);
    const uri = editor.document.uri;
    await waitFor(async () => (await metricsLensTitles(uri)).length > 0, 'the lens');
    // A lens request racing the insert: offsets of the text before the edit must not be placed on the text after it.
    await Promise.all([vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri), vscode.commands.executeCommand(Commands.insertIncidentMetrics, uri)]);
    const heading = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## Timeline'));
    const fresh = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).filter((l) => /after/.test(l.command?.title ?? ''));
    assert.equal(fresh.length, 1);
    assert.equal(fresh[0].range.start.line, heading);
  });

  it('writes the metrics table into the summary, updates it in place, one undo step each', async () => {
    const editor = await scratch.open('table.md', METRICS_TIMELINE_DOC);
    assert.equal(await vscode.commands.executeCommand(Commands.insertIncidentMetrics, editor.document.uri), true);
    let text = editor.document.getText();
    assert.match(text, /Checkout failed\.\n\n<!-- postmortem-metrics -->[\s\S]*\| Time to mitigate \| 47 min \|[\s\S]*<!-- \/postmortem-metrics -->\n\n## Timeline/);
    const line = text.split('\n').findIndex((l) => l.startsWith('- 10:19'));
    await editor.edit((b) => b.replace(new vscode.Range(line, 2, line, 7), '10:29'));
    const beforeUpdate = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(Commands.insertIncidentMetrics, editor.document.uri), true);
    text = editor.document.getText();
    assert.match(text, /\| Time to mitigate \| 57 min \|/);
    assert.equal(text.split('<!-- postmortem-metrics -->').length, 2, 'one table, updated in place');
    // Running it again changes nothing.
    assert.equal(await vscode.commands.executeCommand(Commands.insertIncidentMetrics, editor.document.uri), true);
    assert.equal(editor.document.getText(), text);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), beforeUpdate);
  });
});
