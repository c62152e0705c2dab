// UI test: "Postmortem: New Incident Document" run from the command palette of a real workbench,
// every question answered the way a person would (template, language, title, severity, the default
// start, authors), writes postmortems/<YYYY-MM-DD>-<slug>.md and opens it with the cursor in the
// summary. In English, and with a Korean title whose slug keeps the Hangul.
import * as assert from 'node:assert/strict';
import {
  answerQuickInput,
  cleanUpAfterTest,
  closeAllEditorsWithoutSaving,
  editorCursor,
  parkMouse,
  pickQuickItem,
  quickInputValue,
  readWorkspaceFile,
  runCommand,
  screenshot,
  visibleEditorLines,
  waitFor,
  waitForQuickInput,
  workbench,
  workspaceFileExists,
} from './harness.mjs';

const CASES = [
  {
    lang: 'en',
    template: 'Google SRE postmortem',
    language: 'English',
    // A different title from the README picture's, so the two never compete for one file name.
    title: 'Checkout API errors after a config push',
    slug: 'checkout-api-errors-after-a-config-push',
    severity: 'SEV-2',
    authors: 'Chris Lee, Dana Kim',
    summaryHeading: '## Summary',
  },
  {
    lang: 'ko',
    template: 'Incident report (장애 보고서)',
    language: '한국어',
    title: '결제 API 응답 지연 (2차)',
    slug: '결제-api-응답-지연-2차',
    severity: 'SEV-3',
    authors: '박지훈, 김서연',
    summaryHeading: '## 개요',
  },
];

/** 1-based line numbers of the summary section's body: after its heading, before the next heading. */
function summaryLines(text, heading) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  if (end < 0) end = lines.length;
  return { first: start + 2, last: end };
}

describe('UI: New Incident Document', () => {
  beforeEach(async () => {
    await closeAllEditorsWithoutSaving(workbench().page);
  });
  // A failed step may leave an unsaved editor behind; the next test file must not find it.
  afterEach(async function () {
    await cleanUpAfterTest(this.currentTest);
  });

  for (const c of CASES) {
    it(`creates postmortems/<date>-<slug>.md from the palette and opens it at the summary (${c.lang})`, async () => {
      const { page } = workbench();
      await runCommand(page, 'Postmortem: New Incident Document');

      await waitForQuickInput(page, 'New Incident Document: template');
      await pickQuickItem(page, c.template);
      await waitForQuickInput(page, 'New Incident Document: language');
      await pickQuickItem(page, c.language);
      await waitForQuickInput(page, 'New Incident Document: title');
      await answerQuickInput(page, c.title);
      await waitForQuickInput(page, 'New Incident Document: severity');
      await pickQuickItem(page, c.severity);

      // The default start is "now" as the extension host sees it; its date names the file.
      await waitForQuickInput(page, 'New Incident Document: incident start');
      const start = await waitFor(async () => /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}$/.exec(await quickInputValue(page)), {
        message: 'the start prompt offers no default of the form YYYY-MM-DD HH:mm',
      });
      await page.keyboard.press('Enter');

      await waitForQuickInput(page, 'New Incident Document: authors');
      await answerQuickInput(page, c.authors);

      const rel = `postmortems/${start[1]}-${c.slug}.md`;
      const name = rel.split('/').pop();
      await waitFor(() => workspaceFileExists(rel), { timeoutMs: 20_000, message: `${rel} was not written` });
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });

      const text = readWorkspaceFile(rel);
      assert.match(text, /^---\n/, 'the file starts with front matter');
      assert.ok(text.includes(`title: "${c.title}"`), `the front matter has the title:\n${text.slice(0, 400)}`);
      assert.ok(text.includes(`severity: "${c.severity}"`), 'the front matter has the severity');
      assert.ok(text.includes(`lang: ${c.lang}`), 'the front matter has the language');
      for (const author of c.authors.split(', ')) assert.ok(text.includes(author), `the front matter names ${author}`);

      // The editor shows the new document, and its cursor sits in the summary's body.
      const summary = summaryLines(text, c.summaryHeading);
      assert.ok(summary, `the template has no “${c.summaryHeading}” heading`);
      const cursor = await waitFor(
        async () => {
          const cur = await editorCursor(page);
          return cur && cur.line >= summary.first && cur.line < summary.last ? cur : undefined;
        },
        { message: `the cursor is not in the summary (lines ${summary.first}–${summary.last - 1}): ${JSON.stringify(await editorCursor(page))}` },
      );
      assert.ok(cursor.selected > 0, 'the summary placeholder is selected, so typing replaces it');
      const shown = await visibleEditorLines(page);
      assert.ok(shown.includes(c.summaryHeading), `the editor shows the summary heading: ${shown.join(' / ')}`);
      assert.ok(shown.some((l) => l.includes(c.title)), 'the editor shows the title');

      await parkMouse(page);
      await screenshot(page, `new-incident-${c.lang}`);
    });
  }
});
