// Issue 11, "a bounded engine", in the real editor: lints run off the extension host's thread (a
// worker where the host can start one), and a lint over postmortem.lint.timeBudgetMs is stopped and
// shows one information diagnostic at the top of the document instead of freezing anything.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EN_POSTMORTEM, postmortemDiagnostics, ruleOf, Scratch, settle, waitFor, withSetting } from './support';

declare const POSTMORTEM_IT_HOST: 'node' | 'web';

/** Runs `fn` while a 10 ms interval ticks in this (the extension host's) thread; returns the longest gap between ticks. */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    const value = await fn();
    return { value, stallMs: Math.max(worst, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe('diagnostics: a bounded lint (worker, time budget)', () => {
  const scratch = new Scratch('bounded');
  after(async () => {
    (await api()).setTestLintDelay(0);
    await scratch.dispose();
  });

  it(`lints in a worker in the ${POSTMORTEM_IT_HOST} host, one for the extension`, async () => {
    const editor = await scratch.open('worker-postmortem.md', EN_POSTMORTEM);
    await settle(editor.document);
    const engine = (await api()).lintEngine();
    console.log(`      lint engine: ${engine.usesWorker ? `worker (${engine.workersStarted} started)` : "the extension host's thread (no worker in this host)"}`);
    // The Node host always has worker_threads; the web host uses a nested worker where the browser gives one.
    if (POSTMORTEM_IT_HOST === 'node') assert.ok(engine.usesWorker, 'a worker_threads worker in the Node host');
    assert.ok(postmortemDiagnostics(editor.document.uri).some((d) => ruleOf(d) === 'counterfactual-language'));
  });

  it('a lint over the budget shows one information diagnostic at the top, the host stays responsive, and the next edit lints again', async function () {
    this.timeout(120_000);
    const a = await api();
    const editor = await scratch.open('hang-postmortem.md', EN_POSTMORTEM);
    const doc = editor.document;
    await settle(doc);
    const before = a.lintEngine();
    // In a worker the test hook hangs it for ten minutes (only terminating it ends that); in the
    // host's own thread (a web host without nested workers) it can only be a short stall.
    const budgetMs = 1500;
    a.setTestLintDelay(before.usesWorker ? 600_000 : budgetMs + 500);
    const restore = await withSetting('postmortem', 'lint.timeBudgetMs', budgetMs);
    try {
      const { stallMs } = await longestStall(async () => {
        await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), 'More text.\n'));
        await waitFor(() => postmortemDiagnostics(doc.uri).length === 1 && /too complex to lint in time/.test(postmortemDiagnostics(doc.uri)[0].message), 'the "too complex to lint in time" diagnostic', 60_000);
      });
      const [notice] = postmortemDiagnostics(doc.uri);
      assert.equal(notice.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(notice.range.start.line, 0);
      assert.match(notice.message, new RegExp(`longer than ${budgetMs} ms`));
      assert.equal(ruleOf(notice), 'postmortem-engine');
      if (before.usesWorker) {
        console.log(`      longest stall of the extension host while the worker hung: ${Math.round(stallMs)} ms`);
        // The worker hung for the whole budget; the host's timers kept running (a loaded machine may delay them a little).
        assert.ok(stallMs < budgetMs, `the host stalled ${Math.round(stallMs)} ms`);
        assert.equal(a.lintEngine().workersStarted, before.workersStarted, 'a fresh worker starts lazily, on the next lint');
      }
      assert.match(a.statusBarText(), /Postmortem/);
    } finally {
      a.setTestLintDelay(0);
      await restore();
    }
    // The next edit tries again, in a fresh worker, and the findings are back.
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), 'Even more text.\n'));
    await waitFor(() => postmortemDiagnostics(doc.uri).some((d) => ruleOf(d) === 'counterfactual-language'), 'findings after the next edit', 60_000);
    assert.ok(!postmortemDiagnostics(doc.uri).some((d) => /too complex/.test(d.message)));
    if (before.usesWorker) assert.equal(a.lintEngine().workersStarted, before.workersStarted + 1);
    // Quick fixes answer from the fresh worker's findings.
    const hindsight = postmortemDiagnostics(doc.uri).find((d) => ruleOf(d) === 'counterfactual-language')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, hindsight.range)) ?? [];
    assert.ok(actions.some((x) => x.kind?.value === 'quickfix' && x.edit), actions.map((x) => x.title).join(' | '));
    assert.ok(actions.some((x) => /^Disable "counterfactual-language" for this line/.test(x.title)));
  });
});
