// Helpers for UI tests that drive a real VS Code workbench (code-server) in Chromium with playwright.
// run.mjs starts one workbench for the whole run (`startWorkbench`) and the tests reach it through
// `workbench()`. Every helper waits with a deadline: a UI that never shows something fails the test
// with a message (and a screenshot), it never hangs.
//
// Adding a scenario: a new `test/ui/<name>.test.mjs` with `describe`/`it`, using
//   const { page } = workbench();
//   await openFile(page, 'postmortems/…md');   // or: await runCommand(page, 'Postmortem: New Incident Document');
//   await pickQuickItem(page, 'Google SRE');   // answer the command's questions
//   await answerQuickInput(page, 'Checkout outage');
//   await screenshot(page, 'what-it-shows');   // then LOOK at test-results/ui/what-it-shows.png
//   assert.match(readWorkspaceFile('postmortems/…md'), /…/);
// The workspace is a fresh copy of test/fixtures/workspace per run, shared by the tests of that run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import { startCodeServer } from '../../scripts/vscode/launch.mjs';

/** Repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The example workspace the UI tests open (the runner opens a fresh copy of it). */
export const FIXTURE_WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');
/** Where screenshots go (gitignored). */
export const RESULTS_DIR = path.join(repoRoot, 'test-results', 'ui');

/** The platform's modifier for VS Code's Ctrl/Cmd shortcuts (Linux here; kept for laptops). */
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

let current;

/** The running workbench: `{page, server, browser, workspace}`; only valid while run.mjs runs tests. */
export function workbench() {
  if (!current) throw new Error('no workbench: UI tests run through `node test/ui/run.mjs` (npm run test:ui)');
  return current;
}

/** Polls `fn` until it returns a truthy value; throws `message` (with the last error) at the deadline. */
export async function waitFor(fn, { timeoutMs = 15_000, stepMs = 200, message = 'condition not met' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${message} (after ${timeoutMs} ms)${lastError ? `: ${lastError.message ?? lastError}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/**
 * Starts code-server with the packaged extension installed into a fresh extensions folder, opens
 * a copy of the fixture workspace (tests may create and edit files) in Chromium and waits for the
 * workbench. Sets the workbench that `workbench()` returns. `extraVsix`: more packages to install
 * (the screenshots' Korean display stub, for one); `beforeStart({runDir, workspace, userDataDir})`:
 * a hook that may seed the run folder.
 */
export async function startWorkbench({ vsix, extraVsix = [], runDir, settings = {}, viewport = { width: 1280, height: 800 }, locale, beforeStart } = {}) {
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  // The extension (desktop / remote host) appends each lint run's trace here (src/extension/lint/traceFile.ts);
  // code-server passes its environment on to the extension host. Read with lintTraces().
  const traceFile = path.join(runDir, 'lint-traces.jsonl');
  process.env.POSTMORTEM_LINT_TRACE_FILE = traceFile;
  // POSTMORTEM_UI_PROFILE (a folder): the host may also be CPU-profiled on demand (src/extension/lint/hostProfile.ts).
  if (process.env.POSTMORTEM_UI_PROFILE) process.env.POSTMORTEM_HOST_PROFILE = path.join(path.resolve(process.env.POSTMORTEM_UI_PROFILE), 'host');
  else delete process.env.POSTMORTEM_HOST_PROFILE;
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true, filter: (src) => path.basename(src) !== '.tmp' });
  // The hook runs after the run folder is wiped and before code-server reads it (launch.mjs keeps
  // its user data in <runDir>/user-data), e.g. to seed files code-server only reads at start.
  if (beforeStart) await beforeStart({ runDir, workspace, userDataDir: path.join(runDir, 'user-data') });
  const server = await startCodeServer({
    workspace,
    runDir,
    vsixFiles: [...(vsix ? [vsix] : []), ...extraVsix],
    settings,
    extraArgs: locale ? ['--locale', locale] : [],
  });
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    await page.goto(server.workbenchUrl({ folder: workspace }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // The explorer lists the folder once the remote connection and file service are up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    current = { page, server, browser, workspace, consoleLines, traceFile };
    return current;
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    const tail = server.log().split('\n').slice(-40).join('\n');
    throw new Error(`the workbench did not come up: ${e instanceof Error ? e.message : String(e)}\n--- code-server log (${server.logFile}) ---\n${tail}`);
  }
}

/**
 * The lint runs the extension has traced so far (one object per run: src/extension/lint/trace.ts's
 * LintTrace, times on the epoch clock in ms), oldest first; none when the host does not write them
 * (the web worker extension host has no files).
 */
export function lintTraces() {
  const file = workbench().traceFile;
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Closes Chromium and stops code-server (idempotent, bounded). */
export async function stopWorkbench() {
  const w = current;
  current = undefined;
  if (!w) return;
  await Promise.race([w.browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
  await w.server.stop();
}

/** The quick input (command palette / quick open) widget. */
function quickInput(page) {
  return page.locator('.quick-input-widget');
}

/** Opens the command palette (F1, which browsers do not claim, unlike Ctrl+Shift+P) and returns its input. */
export async function openCommandPalette(page) {
  const widget = quickInput(page);
  if (await widget.isVisible()) await page.keyboard.press('Escape');
  await page.locator('.monaco-workbench').focus().catch(() => {});
  await page.keyboard.press('F1');
  const input = widget.locator('input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  return input;
}

/** Labels of the rows the quick input shows now. */
async function quickPickLabels(page) {
  return quickInput(page)
    .locator('.monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
}

/**
 * Runs a command by its palette title ("Postmortem: New Incident Document"). The palette can open
 * before the extension has registered its commands, so when the title is not offered the palette is
 * closed and reopened until `timeoutMs`.
 */
export async function runCommand(page, title, { timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let seen = [];
  while (Date.now() < deadline) {
    const input = await openCommandPalette(page);
    await input.fill(`>${title}`);
    const row = quickInput(page).locator('.monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      // Several commands may contain the title; take the one whose label is exactly it.
      const labels = await quickPickLabels(page);
      const exact = labels.findIndex((l) => l === title || l.startsWith(`${title},`) || l.startsWith(`${title} `));
      if (exact >= 0) {
        await quickInput(page).locator('.monaco-list-row').nth(exact).click();
      } else {
        await row.click();
      }
      await quickInput(page).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
      return;
    } catch {
      seen = await quickPickLabels(page).catch(() => []);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  throw new Error(`command "${title}" not found in the palette within ${timeoutMs} ms; offered: ${seen.slice(0, 8).join(' | ') || 'nothing'}`);
}

/**
 * Opens a workspace file by its path relative to the workspace folder (quick open in the same
 * palette, without the `>` prefix) and waits until its editor tab is active.
 */
export async function openFile(page, relPath, { timeoutMs = 30_000 } = {}) {
  const name = relPath.split('/').pop();
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const input = await openCommandPalette(page);
    await input.fill(relPath);
    try {
      // The file search needs the remote file service (and ripgrep); it may take a moment at start.
      const row = quickInput(page).locator('.monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await page.keyboard.press('Enter');
      await page
        .locator('.tabs-container .tab.active', { hasText: name })
        .waitFor({ state: 'visible', timeout: 10_000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (e) {
      lastError = e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  throw new Error(`could not open ${relPath} within ${timeoutMs} ms: ${lastError?.message ?? ''}`);
}

/**
 * Chooses an item in an open quick pick (a command's own questions: template, language…) by its
 * label: a string matches rows containing it, a RegExp is tested against the row's text.
 */
export async function pickQuickItem(page, label, { timeoutMs = 15_000 } = {}) {
  const rows = quickInput(page).locator('.monaco-list-row');
  const row = rows.filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
}

/** Types an answer into an open input box (a command's prompt) and confirms it with Enter. */
export async function answerQuickInput(page, text, { timeoutMs = 15_000 } = {}) {
  const input = quickInput(page).locator('input.input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Reads a file of the running workbench's workspace copy from disk (after the editor saved it). */
export function readWorkspaceFile(relPath) {
  return fs.readFileSync(path.join(workbench().workspace, relPath), 'utf8');
}

/** Closes every editor, so each test starts from an empty editor area. */
export async function closeAllEditors(page) {
  await runCommand(page, 'View: Close All Editors');
}

/** Shows the Problems view (a panel) and returns its locator. */
export async function openProblems(page) {
  await runCommand(page, 'Problems: Focus on Problems View');
  const view = page.locator('.markers-panel');
  await view.waitFor({ state: 'visible', timeout: 10_000 });
  return view;
}

/**
 * The Problems view's rows as the screen shows them: a file row (`message` empty), then its markers,
 * each with `message`, `source` ("postmortem"), `code` (the rule id), `position` ("[Ln 39, Col 51]")
 * and `text`, all the row's visible text on one line.
 */
export async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => {
      const part = (sel) => (r.querySelector(sel)?.textContent ?? '').trim();
      return {
        message: part('.marker-message'),
        source: part('.marker-source'),
        code: part('.marker-code'),
        position: part('.marker-line'),
        text: (r.innerText || r.textContent || '').replace(/\s+/g, ' ').trim(),
      };
    }),
  );
}

/** Saves a PNG of the whole window to test-results/ui/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Editor, quick input, quick fix and suggestion helpers (New Incident, quick fix and snippet tests).

/** Writes a file into the running workbench's workspace copy (tests work on copies of fixtures). */
export function writeWorkspaceFile(relPath, text) {
  const file = path.join(workbench().workspace, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Whether a file exists in the running workbench's workspace copy. */
export function workspaceFileExists(relPath) {
  return fs.existsSync(path.join(workbench().workspace, relPath));
}

/**
 * 1-based line and column (UTF-16 code units, as VS Code counts) of the first `needle` in `text`;
 * undefined when it does not occur. Lets a test find a phrase in a fixture instead of hard-coding.
 */
export function positionOf(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Waits until the quick input shows a prompt whose title contains `title` and returns its input.
 * A command's prompts replace each other in one widget, so typing before the next one is up would
 * answer the previous one.
 */
export async function waitForQuickInput(page, title, { timeoutMs = 15_000 } = {}) {
  const widget = quickInput(page);
  await waitFor(
    async () => (await widget.isVisible()) && ((await widget.locator('.quick-input-title').textContent()) ?? '').includes(title),
    { timeoutMs, stepMs: 100, message: `no prompt titled “${title}”` },
  );
  return widget.locator('input.input');
}

/** The value an open quick input shows now (e.g. a prompt's default answer). */
export async function quickInputValue(page) {
  return quickInput(page).locator('input.input').inputValue();
}

/** Gives the active editor's text area the keyboard focus. */
export async function focusEditor(page) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

/**
 * The active editor's cursor as the status bar shows it: `{line, column, selected}` (selected =
 * characters selected, 0 without a selection); undefined while the item is not shown.
 */
export async function editorCursor(page) {
  const item = page.locator('.statusbar-item[id="status.editor.selection"]');
  if (!(await item.isVisible())) return undefined;
  const text = (await item.textContent()) ?? '';
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]), selected: Number(m[3] ?? 0) } : undefined;
}

/** Moves the cursor of the active editor with Go to Line/Column (Ctrl+G) and waits until it is there. */
export async function goToLineColumn(page, line, column, { timeoutMs = 15_000 } = {}) {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+g`);
  const input = quickInput(page).locator('input.input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: timeoutMs });
  await waitFor(
    async () => {
      const c = await editorCursor(page);
      return c && c.line === line && c.column === column;
    },
    { timeoutMs, message: `the cursor did not reach Ln ${line}, Col ${column}` },
  );
}

/**
 * The active editor's lines that are on screen, as `{line, text}` (1-based line numbers). A long
 * line that word wrap shows on several rows comes back whole: rows are matched to the gutter's
 * line numbers by their vertical position, and a row without a number continues the one above.
 * Monaco renders spaces as no-break spaces; they come back as spaces.
 */
export async function visibleEditorLineMap(page) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const { rows, numbers } = await editor.evaluate((el) => {
    const top = (e) => Math.round(parseFloat(e.style.top) || 0);
    return {
      rows: [...el.querySelectorAll('.view-lines .view-line')].map((l) => ({ top: top(l), text: l.textContent ?? '' })),
      numbers: [...el.querySelectorAll('.margin-view-overlays > div')].map((d) => ({
        top: top(d),
        n: Number((d.querySelector('.line-numbers')?.textContent ?? '').trim()) || 0,
      })),
    };
  });
  const numberAt = new Map(numbers.filter((x) => x.n > 0).map((x) => [x.top, x.n]));
  const out = [];
  for (const row of rows.sort((a, b) => a.top - b.top)) {
    const text = row.text.replace(/\u00a0/g, ' ');
    const n = numberAt.get(row.top);
    if (n) out.push({ line: n, text });
    else if (out.length) out[out.length - 1].text += text;
    // A continuation row above the first numbered one belongs to a line scrolled out of view.
  }
  return out;
}

/** The text of the active editor's lines that are on screen (wrapped lines whole), one string per line. */
export async function visibleEditorLines(page) {
  return (await visibleEditorLineMap(page)).map((l) => l.text);
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function saveActiveEditor(page, { timeoutMs = 15_000 } = {}) {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+s`);
  await waitFor(async () => !/\bdirty\b/.test((await page.locator('.tabs-container .tab.active').getAttribute('class')) ?? ''), {
    timeoutMs,
    message: 'the active editor is still dirty after Ctrl+S',
  });
}

/** The open quick-fix / code-action menu. */
function actionWidget(page) {
  return page.locator('.action-widget');
}

/**
 * Opens the quick fix menu at the cursor (Ctrl+.) and returns the labels of its actions (group
 * headers left out), in menu order. Retries once: the first Ctrl+. can come before the extension
 * has answered for a freshly linted document.
 */
export async function openQuickFixes(page, { timeoutMs = 15_000 } = {}) {
  const rows = actionWidget(page).locator('.monaco-list-row.action');
  for (let attempt = 0; ; attempt++) {
    await focusEditor(page);
    await page.keyboard.press(`${MOD}+.`);
    try {
      await rows.first().waitFor({ state: 'visible', timeout: attempt === 0 ? timeoutMs / 2 : timeoutMs });
      break;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (attempt > 0) throw new Error(`no quick fix menu opened: ${e.message}`);
    }
  }
  return rows.evaluateAll((els) => els.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
}

/** Chooses an action of the open quick fix menu by its label (or its index) and waits for the menu to close. */
export async function chooseQuickFix(page, which, { timeoutMs = 10_000 } = {}) {
  const rows = actionWidget(page).locator('.monaco-list-row.action');
  const row = typeof which === 'number' ? rows.nth(which) : rows.filter({ hasText: which }).first();
  await row.click({ timeout: timeoutMs });
  await actionWidget(page).waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** The suggestion (completion) list. */
function suggestWidget(page) {
  return page.locator('.editor-widget.suggest-widget');
}

/**
 * Opens the suggestion list at the cursor (Ctrl+Space, as the snippets README tells Markdown
 * writers) and waits for a row whose label is `label`; returns every row's label. Retries once.
 */
export async function triggerSuggest(page, label, { timeoutMs = 15_000 } = {}) {
  const row = suggestWidget(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+Space');
    try {
      await row.waitFor({ state: 'visible', timeout: attempt === 0 ? timeoutMs / 2 : timeoutMs });
      break;
    } catch (e) {
      if (attempt > 0) throw new Error(`the suggestion “${label}” was not offered: ${e.message}`);
      await page.keyboard.press('Escape');
    }
  }
  return suggestWidget(page)
    .locator('.monaco-list-row')
    .evaluateAll((els) => els.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
}

/**
 * Accepts the suggestion labelled exactly `label` (by keyboard: moves the focus to it, then Enter)
 * and waits for the list to close.
 */
export async function acceptSuggestion(page, label, { timeoutMs = 10_000 } = {}) {
  const widget = suggestWidget(page);
  const labels = () => widget.locator('.monaco-list-row .label-name').allTextContents();
  const focused = () => widget.locator('.monaco-list-row.focused .label-name').textContent();
  // The list is short (a few prefixes match); walk down to the wanted row rather than clicking,
  // which could land on a row the list is still re-rendering.
  const all = await labels();
  if (!all.map((l) => l.trim()).includes(label)) throw new Error(`“${label}” is not in the suggestions: ${all.join(' | ')}`);
  await waitFor(
    async () => {
      if (((await focused()) ?? '').trim() === label) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    },
    { timeoutMs, stepMs: 100, message: `could not focus the suggestion “${label}”` },
  );
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * The Problems view's rows grouped by file: `{[fileName]: markerRows[]}` (rows as `problemRows`
 * gives them). Only rows on screen are listed: the view renders the visible part of its list.
 */
export async function problemsByFile(page) {
  const out = {};
  let current;
  for (const row of await problemRows(page)) {
    if (!row.message) {
      // A file row reads "<name><folder> <count>"; its name is the row's first "….md" word.
      current = /^(\S+?\.md)/.exec(row.text)?.[1] ?? row.text;
      out[current] ??= [];
    } else if (current) {
      out[current].push(row);
    }
  }
  return out;
}

/** Moves the mouse onto the empty title bar, so no hover or tooltip covers a screenshot. */
export async function parkMouse(page) {
  await page.mouse.move(200, 12);
}

/**
 * Closes every editor and answers "Don't Save" for each one with unsaved changes, so a test that
 * failed halfway leaves no dirty editor (whose save dialog would block the next test's palette).
 */
export async function closeAllEditorsWithoutSaving(page, { timeoutMs = 20_000 } = {}) {
  const dialog = page.locator('.monaco-dialog-box');
  if (await dialog.isVisible()) await page.keyboard.press('Escape');
  // An open quick fix menu or suggestion list takes the focus back when it closes, which would
  // close the command palette right after it opens.
  for (const widget of [actionWidget(page), suggestWidget(page)]) {
    if (await widget.isVisible()) {
      await page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    }
  }
  // Without unsaved editors no dialog comes: do not wait for one.
  const dirty = await page.locator('.tabs-container .tab.dirty').count();
  await runCommand(page, 'View: Close All Editors');
  if (dirty === 0) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dontSave = dialog.locator('.monaco-button', { hasText: /^Don.t Save$|^저장 안 함$/ });
    try {
      await dontSave.waitFor({ state: 'visible', timeout: 1_500 });
    } catch {
      return;
    }
    await dontSave.click();
  }
  throw new Error(`editors with unsaved changes were still asking to be saved after ${timeoutMs} ms`);
}

/**
 * An `afterEach` for test files whose tests edit documents: a failed test gets its picture first
 * (`FAILED-<title>-at-failure.png`; the runner's own is taken after this cleanup), then every
 * editor is closed without saving, so no unsaved document blocks the tests that follow.
 */
export async function cleanUpAfterTest(test) {
  const { page } = workbench();
  if (test?.state === 'failed') {
    const file = await screenshot(page, `FAILED-${test.fullTitle()}-at-failure`).catch(() => undefined);
    if (file) console.log(`      screenshot at the failure: ${path.relative(repoRoot, file)}`);
  }
  await closeAllEditorsWithoutSaving(page);
}

/**
 * Types `text` into the Problems view's filter box (a glob such as `**\/name.md` keeps one file's
 * findings; '' clears it) and waits a moment for the list to follow. The view lists only the rows
 * on screen, so a test looking for one file's findings filters first. The filter outlives the
 * test: clear it when done.
 */
export async function filterProblems(page, text, { timeoutMs = 10_000 } = {}) {
  const input = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input[aria-label="Filter Problems"]').first();
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(text);
  // The view filters after a short delay; wait until every file row left matches (or none is left).
  const name = text.replace(/^.*\//, '');
  await waitFor(
    async () => {
      const rows = await problemRows(page);
      return !text || !name || rows.filter((r) => !r.message).every((r) => r.text.startsWith(name));
    },
    { timeoutMs, stepMs: 100, message: `the Problems view did not apply the filter “${text}”` },
  );
}
