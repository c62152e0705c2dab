// UI test: the README's quick start, followed word for word. It reads the Quick start section,
// checks it has exactly two commands, runs the first one as written (`npm start`; the `npm ci`
// before it is the install this test already runs in), opens the URL that command prints in
// Chromium, opens the file the README names the way it says (Ctrl+P), and checks what the README
// says the user will see: underlined problems, the Problems view listing the phrase it quotes under
// the rule it names, and Ctrl+. on that phrase offering neutral rewrites. A picture of the result
// goes to test/ui/screenshots/quick-start.png. Then a SIGTERM to npm stops everything it started.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusEditor, goToLineColumn, openProblems, openQuickFixes, positionOf, problemsByFile, repoRoot, waitFor, workbench } from './harness.mjs';

const SCREENSHOTS = path.join(repoRoot, 'test', 'ui', 'screenshots');

/** What the README's quick start says, read from its text (a change of wording changes the test). */
function readQuickStart() {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = /^## Quick start\n([\s\S]*?)\n## /m.exec(readme)?.[1];
  assert.ok(section, 'the README has a "## Quick start" section');
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the quick start has a sh code block');
  const commands = block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  const prose = section.slice(section.indexOf('```', section.indexOf('```sh') + 5) + 3).replace(/\s+/g, ' ');
  const file = /open `([^`]+\.md)` \(Ctrl\+P\)/.exec(prose)?.[1];
  const listed = /Problems view lists them, "([^"]+)" among them \(`([a-z-]+)`\)/.exec(prose);
  const fix = /with the cursor on "([^"]+)", Ctrl\+\. offers neutral rewrites/.exec(prose);
  return { commands, file, phrase: listed?.[1], rule: listed?.[2], fixAt: fix?.[1], prose };
}

describe('UI: the README quick start, word for word', function () {
  const qs = readQuickStart();
  let npm;
  let output = '';
  let context;
  let page;
  let workspace;

  before(async function () {
    // Packaging the extension and starting a second code-server take a while on a busy machine.
    this.timeout(360_000);
    assert.equal(qs.commands.length, 2, `exactly two commands: ${qs.commands.join(' | ')}`);
    assert.ok(qs.file && qs.phrase && qs.rule && qs.fixAt, `the README says which file to open and what it shows: ${qs.prose.slice(0, 600)}`);
    const steps = qs.commands[0].split('&&').map((s) => s.trim());
    assert.equal(steps[steps.length - 1], 'npm start', `the first command ends with npm start: ${qs.commands[0]}`);
    assert.deepEqual(steps.slice(0, -1), ['npm ci'], 'before npm start, only the install this test runs in');
    assert.equal(qs.commands[1], 'npm test');
    const [cmd, ...args] = steps[steps.length - 1].split(/\s+/);
    // Its own process group, so that nothing it started can outlive the test.
    npm = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, CI: 'true' } });
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    const url = await waitFor(() => /workspace: /.test(output) && /^\s+(http:\/\/127\.0\.0\.1:\d+\S*)$/m.exec(output)?.[1], {
      timeoutMs: 330_000,
      stepMs: 500,
      message: `npm start printed no URL and workspace:\n${output.slice(-2000)}`,
    });
    workspace = /workspace: (.+)/.exec(output)[1].trim();
    context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
  });

  after(async function () {
    this.timeout(60_000);
    await context?.close().catch(() => {});
    if (npm && npm.exitCode === null) {
      // Ctrl-C (or a SIGTERM to npm) stops it all, the README says; the launcher test checks that.
      const exited = new Promise((r) => npm.once('exit', r));
      npm.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      try {
        process.kill(-npm.pid, 'SIGKILL');
      } catch {
        // Already stopped, as it should be.
      }
    }
  });

  it(`opens the examples, and ${qs.file} shows what the README says`, async function () {
    this.timeout(180_000);
    const name = path.basename(qs.file);
    const rel = fs.readdirSync(workspace, { recursive: true }).map(String).find((f) => path.basename(f) === name);
    assert.ok(rel, `the workspace npm start opened has ${name}`);
    const text = fs.readFileSync(path.join(workspace, rel), 'utf8');

    // Open the file (Ctrl+P), as the README says.
    await page.locator('.monaco-workbench').focus().catch(() => {});
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(name);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });

    // "its problems are underlined"
    await waitFor(async () => (await page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error').count()) > 0, {
      timeoutMs: 60_000,
      message: `no problem is underlined in ${name}`,
    });

    // "the Problems view lists them, "human error" among them (`blameful-language`)"
    await openProblems(page);
    const rows = await waitFor(
      async () => {
        const mine = (await problemsByFile(page))[name] ?? [];
        return mine.some((r) => r.source === 'postmortem' && r.code === qs.rule && r.message.includes(qs.phrase)) ? mine : undefined;
      },
      { timeoutMs: 45_000, message: `the Problems view lists no ${qs.rule} finding quoting "${qs.phrase}" under ${name}` },
    );
    assert.ok(rows.length >= 2, `the Problems view lists the draft's problems: ${rows.map((r) => r.text).join(' | ')}`);

    // "with the cursor on "human error", Ctrl+. offers neutral rewrites"
    const at = positionOf(text, qs.fixAt);
    assert.ok(at, `${name} contains "${qs.fixAt}"`);
    await goToLineColumn(page, at.line, at.column + 1);
    await focusEditor(page);
    const actions = await openQuickFixes(page);
    const rewrites = actions.filter((a) => /“[^”]+”/.test(a));
    assert.ok(rewrites.length >= 2, `Ctrl+. offers rewrites: ${actions.join(' | ')}`);
    // Away from the tabs and the menu, so no hover covers the picture.
    await page.mouse.move(1000, 12);
    await page.waitForTimeout(500);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quick-start.png'), timeout: 15_000 });
    await page.keyboard.press('Escape');
  });
});
