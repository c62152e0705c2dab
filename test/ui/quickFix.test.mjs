// UI test: a blaming phrase shows up in the Problems view, and its quick fix (Ctrl+. at the phrase,
// first rewrite) replaces it in the editor, after which the finding is gone. Each case works on its
// own copy of a fixture draft, so the other UI tests still see the drafts as committed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  chooseQuickFix,
  cleanUpAfterTest,
  closeAllEditorsWithoutSaving,
  FIXTURE_WORKSPACE,
  filterProblems,
  goToLineColumn,
  openFile,
  openProblems,
  openQuickFixes,
  parkMouse,
  positionOf,
  problemsByFile,
  readWorkspaceFile,
  saveActiveEditor,
  screenshot,
  visibleEditorLines,
  waitFor,
  workbench,
  writeWorkspaceFile,
} from './harness.mjs';

const CASES = [
  // "The outage was caused by human error: Bob forgot to run the config validator"
  { lang: 'en', fixture: 'postmortems/2025-09-02-config-push-draft.md', copy: 'postmortems/ui-quick-fix-en.md', phrase: 'human error' },
  // "담당자의 실수로 검증 없이 설정이 배포되었다" (by the operator's mistake, the config went out unchecked)
  { lang: 'ko', fixture: 'postmortems/2025-10-01-search-config-draft-ko.md', copy: 'postmortems/ui-quick-fix-ko.md', phrase: '담당자의 실수' },
];

/** The Problems view's blameful-language rows for `fileName` that quote `phrase`. */
async function blamingRows(page, fileName, phrase) {
  const rows = (await problemsByFile(page))[fileName] ?? [];
  return rows.filter((r) => r.code === 'blameful-language' && r.message.includes(phrase));
}

describe('UI: quick fix for a blaming phrase', () => {
  beforeEach(async () => {
    await closeAllEditorsWithoutSaving(workbench().page);
  });
  // A failed step may leave an unsaved editor behind; the next test file must not find it.
  afterEach(async function () {
    await cleanUpAfterTest(this.currentTest);
    await filterProblems(workbench().page, '').catch(() => {});
  });

  for (const c of CASES) {
    it(`lists the phrase in Problems, and the first rewrite replaces it (${c.lang})`, async () => {
      const { page } = workbench();
      const original = fs.readFileSync(path.join(FIXTURE_WORKSPACE, c.fixture), 'utf8');
      writeWorkspaceFile(c.copy, original);
      const name = path.basename(c.copy);
      const at = positionOf(original, c.phrase);
      assert.ok(at, `the fixture no longer contains “${c.phrase}”`);

      await openFile(page, c.copy);
      await openProblems(page);
      // Only this file's findings: the view shows just the rows that fit on screen.
      await filterProblems(page, `**/${name}`);
      await waitFor(async () => (await blamingRows(page, name, c.phrase)).length > 0, {
        timeoutMs: 45_000,
        message: `no blameful-language finding for “${c.phrase}” under ${name} in the Problems view`,
      });

      // Inside the phrase, not at its first character, so the cursor is unambiguously in the range.
      await goToLineColumn(page, at.line, at.column + 1);
      const actions = await openQuickFixes(page);
      // “…” around the rewrite in both UI languages: Replace with “…” / 다음으로 바꾸기: “…”.
      const rewrite = /“([^”]+)”/.exec(actions[0] ?? '')?.[1];
      assert.ok(rewrite, `the first quick fix is not a rewrite: ${actions.join(' | ')}`);
      assert.ok(actions.length >= 2, `a blaming phrase offers more than one fix: ${actions.join(' | ')}`);
      await parkMouse(page);
      await screenshot(page, `quick-fix-menu-${c.lang}`);

      await chooseQuickFix(page, 0);
      const line = await waitFor(
        async () => {
          const shown = (await visibleEditorLines(page)).find((l) => l.includes(rewrite));
          return shown && !shown.includes(c.phrase) ? shown : undefined;
        },
        { message: `the editor line does not read “${rewrite}” instead of “${c.phrase}”` },
      );
      assert.ok(line.includes(rewrite));

      await saveActiveEditor(page);
      const saved = readWorkspaceFile(c.copy);
      assert.ok(!saved.includes(c.phrase), `the saved file still contains “${c.phrase}”`);
      assert.ok(saved.includes(rewrite), `the saved file does not contain “${rewrite}”`);
      // Only the phrase's line changed: the rest of the draft is as it was.
      const before = original.split('\n');
      const after = saved.split('\n');
      assert.equal(after.length, before.length, 'the fix added or removed lines');
      const changed = after.map((l, i) => (l === before[i] ? -1 : i + 1)).filter((n) => n > 0);
      assert.deepEqual(changed, [at.line], 'the fix changed other lines than the phrase’s');

      // Gone, while the file's other findings (the placeholder owner) are still listed: the view
      // shows this file's current findings, not an empty list.
      await waitFor(
        async () => {
          const rows = (await problemsByFile(page))[name] ?? [];
          return rows.some((r) => r.code === 'action-item-owner') && !rows.some((r) => r.code === 'blameful-language' && r.message.includes(c.phrase));
        },
        { message: `the finding for “${c.phrase}” is still in the Problems view after the fix (or the file's other findings are gone)` },
      );
      await parkMouse(page);
      await screenshot(page, `quick-fix-applied-${c.lang}`);
    });
  }
});
