// Helpers shared by the extension's integration tests (bundled into each *.test.js).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../src/extension/api';
import { DIAGNOSTIC_SOURCE } from '../../../src/extension/ids';

/** The extension's id (publisher.name). */
export const EXTENSION_ID = 'postmortem-writer.postmortem-writer';

/** The activated extension's test API. */
export async function api(): Promise<PostmortemApi> {
  const ext = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Polls `cond` until it holds (file watchers and configuration events arrive asynchronously). */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(await cond(), `timed out waiting for: ${what}`);
}

/** The workspace folder the runners open (test/fixtures/workspace). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner should open test/fixtures/workspace');
  return folder;
}

/**
 * A scratch folder inside the workspace (under `.tmp/`, which git ignores): config files must sit
 * inside a workspace folder for the file watcher to see them. Removed by `dispose()`.
 */
export class Scratch {
  readonly uri: vscode.Uri;

  constructor(name: string) {
    this.uri = vscode.Uri.joinPath(workspaceFolder().uri, '.tmp', `it-${name}-${Date.now().toString(36)}`);
  }

  /** Path of the folder relative to the workspace folder (for settings such as postmortem.folder). */
  get relativePath(): string {
    return vscode.workspace.asRelativePath(this.uri, false);
  }

  /** Writes a file (creating folders) and returns its URI. */
  async write(name: string, text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(this.uri, name);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  /** Writes a file and opens it in an editor. */
  async open(name: string, text: string): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(await this.write(name, text));
    return vscode.window.showTextDocument(doc);
  }

  async delete(name: string): Promise<void> {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.uri, name), { useTrash: false });
  }

  async dispose(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try {
      // The shared .tmp folder stays (the runners create it in the workspace copy before the workbench starts): a
      // recursive file watcher adds a folder when it sees it created, so a scratch folder made inside a watched .tmp
      // is watched, while ".tmp/it-…" made in one step, both new, can leave the inner one unwatched for good (a CI
      // run of session 9 saw no probe file in 30 s).
      await vscode.workspace.fs.delete(this.uri, { recursive: true, useTrash: false });
    } catch {
      // Already gone.
    }
  }
}

/** The extension's diagnostics of a document. */
export function postmortemDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** The rule id of a diagnostic. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** Lints a document now and waits for every pending lint, so diagnostics are settled. */
export async function settle(document: vscode.TextDocument): Promise<void> {
  const a = await api();
  await a.lint(document);
  await a.idle();
}

/** A postmortem in English with known findings: hindsight wording (two rewrites) and an owner placeholder. */
export const EN_POSTMORTEM = `---
type: postmortem
lang: en
authors: [Alice Kim]
---
# Postmortem: search outage

## Summary

The deploy failed. The engineer should have checked the config before the push.

## Impact

Search was down for 25 minutes.

## Timeline

All times UTC.

- 10:03 — Config pushed.
- 10:30 — Config restored.

## Root Causes

The push tool does not validate configuration.

## Action Items

| Action | Owner |
| --- | --- |
| Validate config in the push tool | TBD |
| Canary the config push | @search-team |
`;

/** A Korean postmortem (장애 보고서) with an action item whose owner is a placeholder. */
export const KO_POSTMORTEM = `# 장애 보고서: 결제 지연

## 개요

결제 요청이 20분 동안 지연되었다.

## 영향

결제 시도의 15%가 실패했다.

## 타임라인

모든 시각은 KST.

- 14:00 — 배포 시작
- 14:20 — 롤백 완료

## 근본 원인

설정 검증 단계가 없었다.

## 재발 방지 대책

- [ ] 설정 검증 추가 (담당: 미정)
`;

/** Sets a user setting for the duration of a test; returns the function that restores it. */
export async function withSetting(section: string, key: string, value: unknown, languageId?: string): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = config.inspect(key);
  const old = languageId ? before?.globalLanguageValue : before?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  return async () => {
    await vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined).update(key, old, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  };
}

/** A timeline with milestones, for the metrics CodeLens and table (metrics, latency-s11). */
export const METRICS_TIMELINE_DOC = `---
type: postmortem
title: Checkout outage
---
# Checkout outage

## Summary

Checkout failed.

## Timeline (UTC)

- 09:32 [start] Errors begin
- 09:44 Alert fires
- 10:19 [mitigated] Rolled back
- 11:04 [resolved] All clear
`;

/** The titles of the metrics CodeLenses of a document ("… after N min"). */
export async function metricsLensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.map((l) => l.command?.title ?? '').filter((t) => /after|까지/.test(t));
}
