// UI checks for issue 9 in a real workbench, with screenshots in test-results/ui: the status bar
// says how many findings are hidden past VS Code's 1000 per file, a fresh document's placeholders
// are information (blue) with a "Select next placeholder" quick fix, and each rule has a level
// dropdown in the Settings UI.
import * as assert from 'node:assert/strict';
import { closeAllEditors, editorCursor, focusEditor, openFile, openQuickFixes, pickQuickItem, readWorkspaceFile, runCommand, saveActiveEditor, screenshot, waitFor, workbench, writeWorkspaceFile, goToLineColumn } from './harness.mjs';

describe('UI: issue 9 (editor)', () => {
  beforeEach(async () => {
    await closeAllEditors(workbench().page);
  });

  it('says in the status bar how many findings are hidden when there are more than 1000', async () => {
    const { page } = workbench();
    const rows = Array.from({ length: 1400 }, (_, i) => `| Add check number ${i + 1} to the deploy pipeline | TBD |`);
    writeWorkspaceFile('postmortems/many-findings.md', ['---', 'type: postmortem', '---', '# Postmortem: many items', '', '## Action Items', '', '| Action | Owner |', '| --- | --- |', ...rows, ''].join('\n'));
    await openFile(page, 'postmortems/many-findings.md');
    const item = page.locator('.statusbar-item', { hasText: 'hidden' }).first();
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    const text = await item.innerText();
    assert.match(text, /Postmortem: 14\d\d \(4\d\d hidden\)/);
    await screenshot(page, 'editor-status-bar-hidden-findings');
  });

  it('shows a fresh document\'s placeholders as information with a "Select next placeholder" quick fix', async () => {
    const { page } = workbench();
    const text = ['---', 'type: postmortem', 'status: draft', '---', '# Postmortem: checkout', '', '## Summary', '', 'TODO: What happened, in two or three sentences.', '', '## Action Items', '', '| Action Item | Type | Owner |', '| --- | --- | --- |', '| TODO: a concrete change | prevent | @name |', ''].join('\n');
    writeWorkspaceFile('postmortems/fresh-draft.md', text);
    await openFile(page, 'postmortems/fresh-draft.md');
    await goToLineColumn(page, 9, 1);
    await waitFor(async () => (await page.locator('.squiggly-info').count()) > 0 || undefined, { timeoutMs: 45_000, message: 'no information squiggle' });
    const labels = await openQuickFixes(page);
    assert.ok(labels.some((l) => l.includes('Select next placeholder')), labels.join(' | '));
    await screenshot(page, 'editor-placeholder-quick-fix');
    await page.keyboard.press('Escape');
  });

  it('offers a level dropdown per rule in the Settings UI', async () => {
    const { page } = workbench();
    await runCommand(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .search-container textarea').first();
    await search.waitFor({ state: 'visible', timeout: 30_000 });
    await search.fill('postmortem.rule.');
    const row = page.locator('.setting-item', { hasText: 'Blameful-language' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok((await row.locator('select, .monaco-select-box').count()) > 0, 'a dropdown');
    await screenshot(page, 'editor-settings-rule-levels');
  });

  it('asks for a milestone when Insert Timeline Entry runs from the palette, and writes its marker (en, ko)', async () => {
    const { page } = workbench();
    const cases = [
      { file: 'postmortems/marker-en.md', text: '---\ntype: postmortem\n---\n# Postmortem: checkout\n\n## Timeline\n\nAll times UTC.\n\n- 00:00 — Deploy started\n', pick: 'Detected', marker: '[detected]', command: 'Postmortem: Insert Timeline Entry' },
      { file: 'postmortems/marker-ko.md', text: '---\ntype: postmortem\n---\n# 장애 보고서: 결제\n\n## 타임라인\n\n모든 시각은 KST.\n\n- 00:00 — 배포 시작\n', pick: 'Mitigated', marker: '[완화]', command: 'Postmortem: Insert Timeline Entry' },
    ];
    for (const c of cases) {
      writeWorkspaceFile(c.file, c.text);
      await openFile(page, c.file);
      await runCommand(page, c.command);
      // The pick lists each milestone with the marker as the document's language writes it.
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: c.marker }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await screenshot(page, `editor-timeline-marker-pick-${c.file.includes('-ko') ? 'ko' : 'en'}`);
      await pickQuickItem(page, c.pick);
      // The entry is written after the pick closes; then the cursor waits where its text goes.
      await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: c.marker }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await focusEditor(page);
      // The command writes the entry and its cursor as one snippet (one message to the window); the wait only makes a
      // failure say what went wrong (the cursor is still at the top of the file, where it was when the file opened).
      await waitFor(async () => ((await editorCursor(page))?.line ?? 1) > 1, { timeoutMs: 15_000, message: 'the cursor did not move to the new entry' });
      await page.keyboard.type('Paged');
      await saveActiveEditor(page);
      await waitFor(() => new RegExp(`\\n- \\d\\d:\\d\\d — \\${c.marker.slice(0, -1)}\\] Paged\\n`).test(readWorkspaceFile(c.file)), { timeoutMs: 15_000, message: `no "${c.marker} Paged" entry in ${c.file}: ${readWorkspaceFile(c.file)}` });
    }
  });
});
