// UI test in the web worker extension host (node test/ui/run.mjs --web): the packaged extension,
// moved to code-server's worker host by `remote.extensionKind` as vscode.dev and github.dev would run
// it, creates a postmortem with New Incident Document and fixes a blaming phrase typed into it.
// There is no git in a worker: the authors prompt starts from a name the workspace's postmortems use.
// With UPDATE_README_IMAGES=1 it refreshes the README's docs/images/web-worker-quick-fix.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  chooseQuickFix,
  cleanUpAfterTest,
  closeAllEditorsWithoutSaving,
  editorCursor,
  filterProblems,
  FIXTURE_WORKSPACE,
  goToLineColumn,
  openProblems,
  openQuickFixes,
  parkMouse,
  pickQuickItem,
  problemsByFile,
  quickInputValue,
  readWorkspaceFile,
  repoRoot,
  runCommand,
  saveActiveEditor,
  screenshot,
  visibleEditorLines,
  waitFor,
  waitForQuickInput,
  workbench,
  workspaceFileExists,
  answerQuickInput,
} from './harness.mjs';

const TITLE = 'Search timeouts in the browser build';
const SLUG = 'search-timeouts-in-the-browser-build';
const SENTENCE = 'The outage was caused by human error during the index rebuild.';
const PHRASE = 'human error';

/** Every author the fixture workspace's postmortems name in their front matter. */
function fixtureAuthors() {
  const dir = path.join(FIXTURE_WORKSPACE, 'postmortems');
  const names = new Set();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const m = /^authors:\s*\[([^\]]*)\]/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const n of m?.[1].split(',') ?? []) if (n.trim()) names.add(n.trim().replace(/^"|"$/g, ''));
  }
  return names;
}

/**
 * The extensions code-server's Node extension host activated, from its log (remoteexthost.log:
 * `ExtensionService#_doActivateExtension <id>, …`). In web mode ours must not be among them.
 */
function nodeHostActivations(runDir) {
  const logs = path.join(runDir, 'user-data', 'logs');
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'remoteexthost.log') files.push(p);
    }
  };
  if (fs.existsSync(logs)) walk(logs);
  assert.ok(files.length > 0, `no remoteexthost.log under ${logs}: cannot tell which host ran the extension`);
  return files.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/_doActivateExtension ([\w.-]+)/g)].map((m) => m[1]));
}

describe('UI (web worker host): New Incident Document, then a quick fix on a blaming phrase', () => {
  beforeEach(async () => {
    await closeAllEditorsWithoutSaving(workbench().page);
  });
  afterEach(async function () {
    await cleanUpAfterTest(this.currentTest);
    await filterProblems(workbench().page, '').catch(() => {});
  });

  it('creates a postmortem, lists the blaming phrase typed into it, and rewrites it', async () => {
    const { page, server } = workbench();
    await runCommand(page, 'Postmortem: New Incident Document');
    await waitForQuickInput(page, 'New Incident Document: template');
    await pickQuickItem(page, 'Google SRE postmortem');
    await waitForQuickInput(page, 'New Incident Document: language');
    await pickQuickItem(page, 'English');
    await waitForQuickInput(page, 'New Incident Document: title');
    await answerQuickInput(page, TITLE);
    await waitForQuickInput(page, 'New Incident Document: severity');
    await pickQuickItem(page, 'SEV-3');
    await waitForQuickInput(page, 'New Incident Document: incident start');
    const start = await waitFor(async () => /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}$/.exec(await quickInputValue(page)), {
      message: 'the start prompt offers no default of the form YYYY-MM-DD HH:mm',
    });
    await page.keyboard.press('Enter');

    // No git in a worker: the prompt starts from a name the workspace's postmortems already use.
    await waitForQuickInput(page, 'New Incident Document: authors');
    const offered = await quickInputValue(page);
    assert.ok(fixtureAuthors().has(offered), `the authors prompt starts from “${offered}”, not from a name in the workspace's postmortems (${[...fixtureAuthors()].join(', ')})`);
    await answerQuickInput(page, 'Chris Lee');

    const rel = `postmortems/${start[1]}-${SLUG}.md`;
    const name = rel.split('/').pop();
    await waitFor(() => workspaceFileExists(rel), { timeoutMs: 20_000, message: `${rel} was not written` });
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(readWorkspaceFile(rel).includes(`title: "${TITLE}"`), 'the front matter has the title');

    // The summary's placeholder is selected: typing replaces it.
    const cursor = await waitFor(async () => {
      const cur = await editorCursor(page);
      return cur && cur.selected > 0 ? cur : undefined;
    }, { message: 'the summary placeholder is not selected' });
    await page.keyboard.type(SENTENCE);
    await saveActiveEditor(page);

    await openProblems(page);
    await filterProblems(page, `**/${name}`);
    await waitFor(async () => ((await problemsByFile(page))[name] ?? []).some((r) => r.code === 'blameful-language' && r.message.includes(PHRASE)), {
      timeoutMs: 45_000,
      message: `no blameful-language finding for “${PHRASE}” under ${name} in the Problems view`,
    });

    const column = SENTENCE.indexOf(PHRASE) + 1;
    await goToLineColumn(page, cursor.line, column + 1);
    const actions = await openQuickFixes(page);
    const rewrite = /“([^”]+)”/.exec(actions[0] ?? '')?.[1];
    assert.ok(rewrite, `the first quick fix is not a rewrite: ${actions.join(' | ')}`);
    await parkMouse(page);
    const file = await screenshot(page, 'web-worker-quick-fix');
    if (process.env.UPDATE_README_IMAGES === '1') fs.copyFileSync(file, path.join(repoRoot, 'docs', 'images', 'web-worker-quick-fix.png'));

    await chooseQuickFix(page, 0);
    await waitFor(async () => (await visibleEditorLines(page)).some((l) => l.includes(rewrite) && !l.includes(PHRASE)), {
      message: `the editor line does not read “${rewrite}” instead of “${PHRASE}”`,
    });
    await saveActiveEditor(page);
    const saved = readWorkspaceFile(rel);
    assert.ok(!saved.includes(PHRASE) && saved.includes(rewrite), 'the saved file has the rewrite instead of the phrase');
    await waitFor(async () => !((await problemsByFile(page))[name] ?? []).some((r) => r.code === 'blameful-language'), {
      message: `the finding for “${PHRASE}” is still in the Problems view after the fix`,
    });
    await screenshot(page, 'web-worker-quick-fix-applied');

    // And all of this ran in the worker: code-server's Node extension host never activated it.
    const activated = nodeHostActivations(path.dirname(server.logFile));
    assert.ok(!activated.includes('postmortem-writer.postmortem-writer'), `the Node extension host activated the extension: ${activated.join(', ')}`);
  });
});
