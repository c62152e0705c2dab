// UI test: a postmortem snippet expands in a real editor the way snippets/README.md tells Markdown
// writers to reach it: type the prefix, press Ctrl+Space, accept. The timeline entry gets the
// current time and selects its placeholder, so typing right after the expansion fills it in.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  acceptSuggestion,
  cleanUpAfterTest,
  closeAllEditorsWithoutSaving,
  FIXTURE_WORKSPACE,
  goToLineColumn,
  openFile,
  parkMouse,
  readWorkspaceFile,
  saveActiveEditor,
  screenshot,
  triggerSuggest,
  visibleEditorLines,
  waitFor,
  workbench,
  writeWorkspaceFile,
} from './harness.mjs';

const CASES = [
  {
    lang: 'en',
    fixture: 'postmortems/2025-09-02-config-push-draft.md',
    copy: 'postmortems/ui-snippet-en.md',
    // Right after "- 10:30 — Previous config restored; errors stop." in the timeline.
    after: '- 10:30 — Previous config restored; errors stop.',
    prefix: 'pm-timeline',
    typed: 'Rollback verified by on-call',
  },
  {
    lang: 'ko',
    fixture: 'postmortems/2025-10-01-search-config-draft-ko.md',
    copy: 'postmortems/ui-snippet-ko.md',
    after: '- 10:30 — 이전 설정으로 복구, 오류 멈춤',
    prefix: '장애-타임라인',
    typed: '당직자가 복구 확인',
  },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('UI: snippets', () => {
  beforeEach(async () => {
    await closeAllEditorsWithoutSaving(workbench().page);
  });
  // A failed step may leave an unsaved editor behind; the next test file must not find it.
  afterEach(async function () {
    await cleanUpAfterTest(this.currentTest);
  });

  for (const c of CASES) {
    it(`expands ${c.prefix} with Ctrl+Space into a timeline entry (${c.lang})`, async () => {
      const { page } = workbench();
      const original = fs.readFileSync(path.join(FIXTURE_WORKSPACE, c.fixture), 'utf8');
      const lines = original.split('\n');
      const index = lines.indexOf(c.after);
      assert.ok(index >= 0, `the fixture has no line “${c.after}”`);
      writeWorkspaceFile(c.copy, original);

      await openFile(page, c.copy);
      // A new empty line right after that timeline line. Not Enter at the line's end: Markdown's
      // on-enter rules would continue the list with "- " of their own.
      assert.equal(lines[index + 1], '', 'a blank line follows the timeline');
      await goToLineColumn(page, index + 2, 1);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type(c.prefix);

      const offered = await triggerSuggest(page, c.prefix);
      assert.ok(offered.some((l) => /snippet/i.test(l) || l.includes('스니펫')), `the suggestion is not a snippet: ${offered.join(' | ')}`);
      await parkMouse(page);
      await screenshot(page, `snippet-suggest-${c.lang}`);
      await acceptSuggestion(page, c.prefix);

      // The placeholder is selected after expansion: typing replaces it.
      await page.keyboard.type(c.typed);
      await page.keyboard.press('Escape');
      const entry = new RegExp(`^- \\d{2}:\\d{2} — ${escape(c.typed)}$`);
      await waitFor(async () => (await visibleEditorLines(page)).some((l) => entry.test(l)), {
        message: `the editor shows no expanded entry “- HH:MM — ${c.typed}”`,
      });
      assert.ok(!(await visibleEditorLines(page)).some((l) => l.includes(c.prefix)), 'the prefix was left in the text');

      await saveActiveEditor(page);
      const saved = readWorkspaceFile(c.copy).split('\n');
      assert.match(saved[index + 1] ?? '', entry, `line ${index + 2} of the saved file is not the entry`);
      assert.deepEqual([...saved.slice(0, index + 1), ...saved.slice(index + 2)], lines, 'the snippet changed other lines');
      await parkMouse(page);
      await screenshot(page, `snippet-expanded-${c.lang}`);
    });
  }
});
