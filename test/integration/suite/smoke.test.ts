// Runs inside a real VS Code extension host (code-server or test-electron) with
// test/fixtures/workspace open: the extension is installed from this repository and wakes up for a
// postmortem.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'postmortem-writer.postmortem-writer';

/** Polls `cond` until it holds or `timeoutMs` passes; the extension host gives no activation event. */
async function waitFor(cond: () => boolean, { timeoutMs = 25_000, stepMs = 100 } = {}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return cond();
}

/** The fixture workspace's folder; both runners open it. */
function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner should open test/fixtures/workspace as the workspace folder');
  return folder;
}

describe('smoke: the extension in a real VS Code', () => {
  it('is installed and activates when a postmortem Markdown file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this extension host`);

    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'postmortems', '2025-03-14-checkout-latency.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');

    const active = await waitFor(() => ext.isActive);
    assert.ok(active, `extension ${EXTENSION_ID} did not activate within 25 s of opening ${uri.path}`);
  });
});
