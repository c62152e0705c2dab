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
 * workbench. Sets the workbench that `workbench()` returns.
 */
export async function startWorkbench({ vsix, runDir, settings = {}, viewport = { width: 1280, height: 800 }, locale } = {}) {
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true, filter: (src) => path.basename(src) !== '.tmp' });
  const server = await startCodeServer({
    workspace,
    runDir,
    vsixFiles: vsix ? [vsix] : [],
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
    current = { page, server, browser, workspace, consoleLines };
    return current;
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    const tail = server.log().split('\n').slice(-40).join('\n');
    throw new Error(`the workbench did not come up: ${e instanceof Error ? e.message : String(e)}\n--- code-server log (${server.logFile}) ---\n${tail}`);
  }
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
