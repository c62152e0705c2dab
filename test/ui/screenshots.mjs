#!/usr/bin/env node
// The README's pictures, taken from the real workbench (code-server in Chromium) with the packaged
// extension installed and a fresh copy of test/fixtures/workspace open:
//   docs/images/problems-quick-fix.png  an English draft: a blaming phrase flagged, its quick fixes
//                                       open, the Problems view listing the findings;
//   docs/images/new-incident.png        a postmortem just created with New Incident Document;
//   docs/images/korean-report.png       a Korean 장애 보고서 draft with its findings, in a workbench
//                                       whose display language is Korean;
//   docs/images/incident-metrics.png    the metrics CodeLens above the timeline of the Google SRE
//                                       example, and the table Insert / Update Incident Metrics wrote.
// Not part of `npm test`: run `npm run screenshots` after a change that shows, then look at them.
//
// Usage: node test/ui/screenshots.mjs [--vsix FILE] [--out DIR] [--only NAME]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer } from '../../scripts/vscode/install-code-server.mjs';
import { freshRunDir } from '../../scripts/vscode/launch.mjs';
import { packageVsix } from '../../scripts/vscode/vsix.mjs';
import {
  answerQuickInput,
  closeAllEditorsWithoutSaving,
  goToLineColumn,
  openFile,
  openProblems,
  openQuickFixes,
  parkMouse,
  pickQuickItem,
  positionOf,
  problemRows,
  readWorkspaceFile,
  repoRoot,
  runCommand,
  startWorkbench,
  stopWorkbench,
  waitFor,
  waitForQuickInput,
  workspaceFileExists,
  writeWorkspaceFile,
} from './harness.mjs';

const VIEWPORT = { width: 1400, height: 900 };
const STUB_DIR = path.join(repoRoot, '.vscode-test', 'ko-display-stub');

function parseArgs(argv) {
  const o = { vsix: undefined, out: path.join(repoRoot, 'docs', 'images'), only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') o.vsix = path.resolve(argv[++i]);
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--only') o.only = argv[++i];
    else {
      console.error(`unknown argument: ${a}\nusage: node test/ui/screenshots.mjs [--vsix FILE] [--out DIR] [--only NAME]`);
      process.exit(2);
    }
  }
  return o;
}

const t0 = Date.now();
function say(msg) {
  console.log(`[screenshots +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);
}

/**
 * A language pack with no translations, so the workbench runs with Korean as its display
 * language (`vscode.env.language` = ko: the extension's titles, prompts and findings in Korean)
 * although Microsoft's Korean pack cannot be installed offline. VS Code's own menus stay English.
 */
function koreanDisplayStub() {
  fs.rmSync(STUB_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(STUB_DIR, 'translations'), { recursive: true });
  const manifest = {
    name: 'korean-display-stub',
    displayName: 'Korean display language (test stub, no translations)',
    description: 'Lets a test workbench report Korean as its display language.',
    version: '0.0.1',
    publisher: 'postmortem-writer-tests',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'ko',
          languageName: 'Korean',
          localizedLanguageName: '한국어',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  fs.writeFileSync(path.join(STUB_DIR, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(STUB_DIR, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(STUB_DIR, 'README.md'), '# Korean display language stub for the screenshots\n');
  const out = path.join(repoRoot, '.vscode-test', 'ko-display-stub.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: STUB_DIR,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, CI: 'true' },
  });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`could not package the Korean display stub:\n${r.stdout}${r.stderr}`);
  return {
    vsix: out,
    // code-server reads languagepacks.json only at start, and writes it only when extensions
    // change; seeded here, it resolves `--locale ko` to the stub from the first window on.
    seed: ({ userDataDir }) => {
      fs.mkdirSync(userDataDir, { recursive: true });
      const packs = {
        ko: {
          hash: 'korean-display-stub-0.0.1',
          extensions: [{ extensionIdentifier: { id: 'postmortem-writer-tests.korean-display-stub' }, version: '0.0.1' }],
          translations: { vscode: path.join(STUB_DIR, 'translations', 'main.i18n.json') },
          label: '한국어',
        },
      };
      fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
    },
  };
}

/** Saves the page as a PNG; returns its size in KiB. */
async function save(page, file) {
  await parkMouse(page);
  // Hover cards and the cursor's blink settle; a picture taken mid-animation looks smeared.
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, timeout: 15_000 });
  // Whatever menu the picture shows is closed again: it would take the focus from the next step.
  await page.keyboard.press('Escape');
  return Math.round(fs.statSync(file).size / 1024);
}

/** Shows the explorer with the active file selected, so a picture shows where the file lives. */
async function revealInExplorer(page) {
  await runCommand(page, 'File: Reveal Active File in Explorer View');
  await page.locator('.explorer-folders-view .monaco-list-row.selected').first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** The Problems view's findings, waited for until `expect` rows are there. */
async function waitForFindings(page, expect) {
  return waitFor(
    async () => {
      const rows = (await problemRows(page)).filter((r) => r.source === 'postmortem');
      return rows.length >= expect ? rows : undefined;
    },
    { timeoutMs: 45_000, message: `fewer than ${expect} findings in the Problems view` },
  );
}

/** An English draft: the blaming phrase's quick fixes open above the Problems view. */
async function problemsQuickFix(page, out) {
  const rel = 'postmortems/2025-09-02-config-push-draft.md';
  await closeAllEditorsWithoutSaving(page);
  await openFile(page, rel);
  await revealInExplorer(page);
  await openProblems(page);
  await waitForFindings(page, 3);
  const at = positionOf(readWorkspaceFile(rel), 'human error');
  if (!at) throw new Error(`${rel} no longer says “human error”`);
  await goToLineColumn(page, at.line, at.column + 2);
  const actions = await openQuickFixes(page);
  if (!/^Replace with/.test(actions[0] ?? '')) throw new Error(`unexpected quick fixes: ${actions.join(' | ')}`);
  return save(page, out);
}

/** New Incident Document answered like a person would, the new file open at its summary. */
async function newIncident(page, out) {
  await closeAllEditorsWithoutSaving(page);
  // The palette offers Hide Panel only while the panel shows.
  if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'Postmortem: New Incident Document');
  await waitForQuickInput(page, 'template');
  await pickQuickItem(page, 'Google SRE postmortem');
  await waitForQuickInput(page, 'language');
  await pickQuickItem(page, 'English');
  await waitForQuickInput(page, 'title');
  await answerQuickInput(page, 'Checkout API errors after config rollout');
  await waitForQuickInput(page, 'severity');
  await pickQuickItem(page, 'SEV-2');
  // A fixed start, so the picture does not change with the day it is taken.
  await waitForQuickInput(page, 'incident start');
  await answerQuickInput(page, '2025-11-04 14:20');
  await waitForQuickInput(page, 'authors');
  await answerQuickInput(page, 'Chris Lee, Dana Kim');
  const rel = 'postmortems/2025-11-04-checkout-api-errors-after-config-rollout.md';
  await waitFor(() => workspaceFileExists(rel), { timeoutMs: 20_000, message: `${rel} was not written` });
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(rel) }).waitFor({ state: 'visible', timeout: 15_000 });
  await revealInExplorer(page);
  // Back to the editor (the explorer took the focus), whose summary placeholder the command selected.
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10_000 });
  return save(page, out);
}

/** The Korean draft with its findings and the quick fixes of its blaming phrase, in Korean. */
async function koreanReport(page, out) {
  const rel = 'postmortems/2025-10-01-search-config-draft-ko.md';
  await closeAllEditorsWithoutSaving(page);
  await openFile(page, rel);
  await revealInExplorer(page);
  await openProblems(page);
  const rows = await waitForFindings(page, 2);
  if (!rows.some((r) => /[가-힣]/.test(r.message.replace(/“[^”]*”|"[^"]*"/g, '')))) {
    throw new Error(`the findings are not in Korean (is the display language ko?): ${rows.map((r) => r.message).join(' | ')}`);
  }
  const at = positionOf(readWorkspaceFile(rel), '담당자의 실수');
  if (!at) throw new Error(`${rel} no longer says “담당자의 실수”`);
  await goToLineColumn(page, at.line, at.column + 2);
  await openQuickFixes(page);
  return save(page, out);
}

/** The Google SRE example: the metrics table written into its summary, the CodeLens above its timeline. */
async function incidentMetrics(page, out) {
  const rel = 'postmortems/en-google-sre-style.md';
  writeWorkspaceFile(rel, fs.readFileSync(path.join(repoRoot, 'examples', 'en-google-sre-style.md'), 'utf8'));
  await closeAllEditorsWithoutSaving(page);
  if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
  await openFile(page, rel);
  await runCommand(page, 'Postmortem: Insert / Update Incident Metrics');
  // The table goes into the summary (one edit); the picture shows the CodeLens above the timeline.
  await page.waitForTimeout(1_000);
  const at = positionOf(readWorkspaceFile(rel), '## Timeline');
  if (!at) throw new Error(`${rel} has no timeline heading`);
  await goToLineColumn(page, at.line, 1);
  await page.locator('.contentWidgets .codelens-decoration, .codelens-decoration').first().waitFor({ state: 'visible', timeout: 20_000 });
  return save(page, out);
}

const PICTURES = [
  { name: 'problems-quick-fix', lang: 'en', take: problemsQuickFix },
  { name: 'new-incident', lang: 'en', take: newIncident },
  { name: 'korean-report', lang: 'ko', take: koreanReport },
  { name: 'incident-metrics', lang: 'en', take: incidentMetrics },
];

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const wanted = PICTURES.filter((p) => !opts.only || p.name === opts.only);
  if (wanted.length === 0) throw new Error(`no picture named ${opts.only}; known: ${PICTURES.map((p) => p.name).join(', ')}`);
  fs.mkdirSync(opts.out, { recursive: true });
  ensureCodeServer();
  const vsix = opts.vsix ?? packageVsix();
  const runDir = freshRunDir('screenshots');
  let ok = false;
  try {
    for (const lang of ['en', 'ko']) {
      const pictures = wanted.filter((p) => p.lang === lang);
      if (pictures.length === 0) continue;
      const stub = lang === 'ko' ? koreanDisplayStub() : undefined;
      say(`starting a workbench (display language ${lang})`);
      const w = await startWorkbench({
        vsix,
        extraVsix: stub ? [stub.vsix] : [],
        runDir,
        viewport: VIEWPORT,
        locale: lang === 'ko' ? 'ko' : undefined,
        beforeStart: stub?.seed,
      });
      try {
        for (const p of pictures) {
          const file = path.join(opts.out, `${p.name}.png`);
          const kib = await p.take(w.page, file);
          say(`${path.relative(repoRoot, file)} (${kib} KiB)`);
        }
      } finally {
        await stopWorkbench();
      }
    }
    ok = true;
  } finally {
    if (ok) fs.rmSync(runDir, { recursive: true, force: true });
    else say(`run folder kept: ${path.relative(repoRoot, runDir)}`);
  }
}

// Bounded: whatever hangs, the workbench is stopped and the run fails.
const hardTimeout = setTimeout(() => {
  console.error('[screenshots] ERROR: did not finish within 5 minutes');
  void stopWorkbench().finally(() => process.exit(1));
}, 5 * 60_000);
main().then(
  () => {
    clearTimeout(hardTimeout);
    say('done; look at every picture before committing it');
  },
  async (e) => {
    console.error(`[screenshots] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    await stopWorkbench();
    process.exit(1);
  },
);
