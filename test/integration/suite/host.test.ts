// Which extension host the suite runs in: the same tests run twice, in code-server's Node extension
// host (run-code-server.mjs) and in its web worker extension host (run-code-server.mjs --web), the
// one vscode.dev and github.dev use. This test makes sure the second run is not the first again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './support';

declare const POSTMORTEM_IT_HOST: 'node' | 'web';

describe('host: the extension host the suite was built for', () => {
  it(`runs in the ${POSTMORTEM_IT_HOST === 'web' ? 'web worker' : 'Node'} extension host, with the extension active there`, async () => {
    const g = globalThis as Record<string, unknown>;
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'the extension is active in the host that runs the tests');
    if (POSTMORTEM_IT_HOST === 'web') {
      assert.equal(typeof g.process, 'undefined', 'a web worker has no Node `process`');
      assert.equal(typeof g.document, 'undefined', 'a web worker has no DOM');
      assert.equal(typeof g.importScripts, 'function', 'a worker global scope has importScripts');
      assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'the web worker host runs on the UI side');
    } else {
      assert.equal(typeof (g.process as { versions?: { node?: string } } | undefined)?.versions?.node, 'string', 'the Node host has `process`');
    }
  });
});

describe("host: the extension's own files", () => {
  it('opens a rule page shipped in the extension (the diagnostics link to it)', async () => {
    await api();
    const opened = await vscode.commands.executeCommand<boolean>('postmortem.openRuleDocs', 'blameful-language');
    assert.equal(opened, true, 'the rule page of blameful-language did not open');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
