// The extension's bounded lint (src/extension/lint/): the worker protocol's data is plain and
// survives structured cloning, the queue keeps the latest request per document, a request over
// its budget terminates the worker (a fresh one starts for the next), and the in-thread fallback.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BoundedLinter, BUDGET_WALL_FACTOR, type WorkerFactory, type WorkerHandle } from '../../src/extension/lint/bounded';
import { threadCpuMs } from '../../src/extension/lint/nodeWorker';
import { createLintServer, FLAG_ASSIGN_OWNER, FLAG_DISABLE_LINE, lintText, type LintReply, type LintRequest, type WorkerMessage } from '../../src/extension/lint/protocol';
import { defaultConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { epochNow, LintTraces, traceSteps } from '../../src/extension/lint/trace';
import { schedstatTimes } from '../../src/extension/lint/worker.node';

const DOC = `---
type: postmortem
---
# Postmortem: search outage

## Summary

Bob forgot to restart the cache. The engineer should have checked the config.

## Action items

- Add an alert on cache misses

\`\`\`
Bob forgot to restart the cache.
\`\`\`
`;
const KO_DOC = '---\ntype: postmortem\nlang: ko\n---\n# 장애 보고서: 검색 장애\n\n## 요약\n\n값을 true로 잘못 넣었다. 김철수가 실수로 캐시를 지웠다.\n';
const CONFIG = JSON.stringify(defaultConfig());

function request(text: string, extra: Partial<LintRequest> = {}): LintRequest {
  return { type: 'lint', id: 1, text, configJson: CONFIG, locale: 'en', ...extra };
}

describe('lint worker protocol', () => {
  it('replies with plain data: findings (fixes included) survive structured cloning unchanged', () => {
    const serve = createLintServer();
    for (const [text, locale] of [[DOC, 'en'], [KO_DOC, 'ko']] as const) {
      const reply = serve(request(text, { locale }));
      assert.equal(reply.type, 'result');
      if (reply.type !== 'result') return;
      assert.ok(reply.findings.some((f) => f.suggestions.length > 0), 'some findings carry fixes');
      assert.deepEqual(structuredClone(reply), reply);
      assert.deepEqual(JSON.parse(JSON.stringify(reply.findings)), reply.findings);
      assert.deepEqual(reply.findings, lint(text, { locale }).findings, 'the same findings as the engine');
      assert.equal(reply.flags.length, reply.findings.length);
    }
  });

  it('flags what quick fixes need from the parse: an owner can be assigned, a line can take a comment', () => {
    const reply = createLintServer()(request(DOC));
    assert.equal(reply.type, 'result');
    if (reply.type !== 'result') return;
    const owner = reply.findings.findIndex((f) => f.ruleId === 'action-item-owner');
    assert.ok(owner >= 0);
    assert.ok(reply.flags[owner] & FLAG_ASSIGN_OWNER);
    const blame = reply.findings.findIndex((f) => f.ruleId === 'blameful-language');
    assert.ok(reply.flags[blame] & FLAG_DISABLE_LINE);
    assert.ok(!(reply.flags[blame] & FLAG_ASSIGN_OWNER));
  });

  it('lints through one function (lintText), the place an incremental session can take over', () => {
    assert.deepEqual(lintText(DOC, {}).findings, lint(DOC).findings);
  });

  it('starts a document afresh after a lint of it failed (a session may have moved part of its tree)', () => {
    const serve = createLintServer();
    const doc = 'file:///a.md';
    assert.equal((serve(request(DOC, { document: doc })) as { session?: string }).session, 'new');
    assert.equal((serve(request(DOC, { document: doc })) as { session?: string }).session, 'kept');
    assert.equal(serve(request(DOC, { document: doc, configJson: '{not json' })).type, 'error');
    const after = serve(request(DOC, { document: doc }));
    assert.equal(after.type, 'result');
    assert.equal((after as { session?: string }).session, 'new');
    if (after.type === 'result') assert.deepEqual(after.findings, lint(DOC).findings);
  });

  it('keeps a lint session per open document: edits of two documents interleaved give what a fresh lint gives', () => {
    const serve = createLintServer();
    const edits = (text: string, n: number) => Array.from({ length: n }, (_, i) => text.replace(/(## [^\n]*\n)/, `$1\nLine ${i}: the deploy was rolled back at 10:0${i % 10}.\n`));
    const en = edits(DOC, 6);
    const ko = edits(KO_DOC.replace('## 요약', '## 요약\n\n## 타임라인'), 6);
    for (let i = 0; i < 6; i++) {
      for (const [doc, text, locale] of [['file:///a.md', en[i], 'en'], ['file:///b.md', ko[i], 'ko']] as const) {
        const reply = serve(request(text, { document: doc, locale }));
        assert.equal(reply.type, 'result');
        if (reply.type === 'result') assert.deepEqual(reply.findings, lint(text, { locale }).findings, `${doc} edit ${i}`);
      }
    }
    // Many documents: the oldest sessions are dropped, results stay exact.
    for (let i = 0; i < 12; i++) {
      const reply = serve(request(en[i % 6], { document: `file:///n${i}.md` }));
      if (reply.type === 'result') assert.deepEqual(reply.findings, lint(en[i % 6]).findings);
    }
  });
});

/** A worker in this thread: replies after `delayMs` of timer time (a hang: never). */
class FakeWorkers {
  started = 0;
  terminated = 0;
  posted: LintRequest[] = [];
  delayMs = 5;
  hang = false;
  failToLoad = false;
  /** The worker thread's CPU time (ms) as the handle reports it; none: not known. */
  cpu: (() => number) | undefined;
  readonly factory: WorkerFactory = async (onMessage) => {
    if (this.failToLoad) return undefined;
    this.started++;
    const serve = createLintServer();
    let alive = true;
    setTimeout(() => onMessage({ type: 'ready' }), 1);
    const handle: WorkerHandle = {
      post: (r) => {
        this.posted.push(r);
        if (this.hang) return;
        setTimeout(() => alive && onMessage(serve(r) as WorkerMessage), this.delayMs);
      },
      terminate: () => {
        alive = false;
        this.terminated++;
      },
      cpuMs: () => this.cpu?.(),
    };
    return handle;
  };
}

describe('lint traces (where keystroke → diagnostics time goes)', () => {
  it('the worker stamps when it began and when its lint was done, on the clock the host shares', () => {
    const before = epochNow();
    const reply = createLintServer()(request(DOC));
    const after = epochNow();
    assert.equal(reply.type, 'result');
    if (reply.type !== 'result') return;
    assert.ok(reply.began !== undefined && reply.linted !== undefined);
    assert.ok(before <= reply.began && reply.began <= reply.linted && reply.linted <= after, `${before} ${reply.began} ${reply.linted} ${after}`);
    assert.ok(Math.abs(reply.began + reply.ms - after) < 50);
  });

  it('keeps the last runs and turns their marks into steps, leaving out steps with a missing mark', () => {
    const traces = new LintTraces(2);
    traces.begin({ key: 'a', version: 1 });
    const t = traces.begin({ key: 'b', version: 2, edit: 1000, debounceMs: 25, fired: 1025 });
    t.sent = 1026;
    t.workerBegan = 1030;
    t.workerLinted = 1100;
    t.workerEnded = 1102;
    t.received = 1105;
    t.published = 1110;
    t.notified = 1110.5;
    traces.begin({ key: 'c', version: 3 });
    assert.deepEqual(
      traces.all().map((x) => x.key),
      ['b', 'c'],
    );
    assert.deepEqual(traceSteps(traces.all()[0]), { debounce: 25, prepare: 1, toWorker: 4, lint: 70, reply: 2, fromWorker: 3, publish: 5, notify: 0.5, total: 110.5 });
    assert.deepEqual(traceSteps({ key: 'd', version: 1, fired: 5, sent: 6 }), { prepare: 1 });
    assert.deepEqual(traceSteps({ key: 'e', version: 2, workerBegan: 10, workerLinted: 50, lintCpu: { onCpu: 30, waiting: 9.5, hostThread: 12, process: 60 }, session: 'kept' }), { lint: 40, lintOnCpu: 30, lintWaiting: 9.5, hostThreadCpu: 12, processCpu: 60, sessionKept: 1 });
  });

  it("says how the lint's thread spent its time and whether the document's session was kept", () => {
    let clock = 0;
    const serve = createLintServer(() => {
      clock += 10;
      return { onCpu: clock, waiting: clock / 2, process: clock * 3 };
    });
    const first = serve(request(DOC, { document: 'file:///a.md' }));
    const second = serve(request(`${DOC}\nMore text.\n`, { document: 'file:///a.md' }));
    const closed = serve(request(DOC));
    assert.ok(first.type === 'result' && second.type === 'result' && closed.type === 'result');
    assert.equal(first.session, 'new');
    assert.equal(second.session, 'kept');
    assert.equal(closed.session, undefined, 'a one-off lint has no session');
    assert.deepEqual(second.cpu, { onCpu: 10, waiting: 5, process: 30 });
    // Without a source of thread times (the in-thread fallback, a web worker): no figures.
    const plain = createLintServer()(request(DOC));
    assert.ok(plain.type === 'result' && plain.cpu === undefined);
  });

  it('reads a worker thread\'s CPU and run-queue times on Linux', function () {
    if (process.platform !== 'linux') this.skip();
    const a = schedstatTimes();
    const until = Date.now() + 30;
    while (Date.now() < until) {
      // Spend some CPU.
    }
    const b = schedstatTimes();
    assert.ok(a && b, 'figures on Linux');
    assert.ok(b.onCpu > a.onCpu && b.waiting >= a.waiting, JSON.stringify({ a, b }));
    // Here this thread is the main thread, and the process has run at least as long.
    assert.ok(a.hostThread !== undefined && b.hostThread! > a.hostThread, JSON.stringify({ a, b }));
    assert.ok(b.process! >= a.process! && b.process! >= b.onCpu - 10, JSON.stringify({ a, b }));
  });
});

describe('bounded linter (one worker, a queue, a time budget)', () => {
  const inThread = createLintServer();

  it('runs one worker for many lints and hands back the findings', async () => {
    const w = new FakeWorkers();
    const linter = new BoundedLinter(w.factory, inThread);
    const a = await linter.lint({ key: 'a', tag: '1', budgetMs: 5000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    const b = await linter.lint({ key: 'b', tag: '1', budgetMs: 5000 }, { text: KO_DOC, configJson: CONFIG, locale: 'ko' });
    assert.equal(a.kind, 'done');
    assert.equal(b.kind, 'done');
    assert.equal(w.started, 1);
    assert.ok(linter.usesWorker);
    linter.dispose();
  });

  it('keeps the latest request of a document: a queued older one is dropped unrun; an equal one is shared', async () => {
    const w = new FakeWorkers();
    const linter = new BoundedLinter(w.factory, inThread);
    const busy = linter.lint({ key: 'other', tag: '1', budgetMs: 5000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    const v1 = linter.lint({ key: 'a', tag: '1', budgetMs: 5000 }, { text: 'v1', configJson: CONFIG, locale: 'en' });
    const v2 = linter.lint({ key: 'a', tag: '2', budgetMs: 5000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    const v2again = linter.lint({ key: 'a', tag: '2', budgetMs: 5000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.equal(v2again, v2);
    assert.equal((await v1).kind, 'dropped');
    assert.equal((await v2).kind, 'done');
    await busy;
    assert.deepEqual(w.posted.map((r) => r.text), [DOC, DOC], 'v1 never reached the worker');
    linter.dispose();
  });

  it('runs requests of visible documents first', async () => {
    const w = new FakeWorkers();
    const linter = new BoundedLinter(w.factory, inThread);
    const order: string[] = [];
    const run = (key: string, priority: boolean) => linter.lint({ key, tag: '1', budgetMs: 5000, priority }, { text: key, configJson: CONFIG, locale: 'en' }).then(() => order.push(key));
    await Promise.all([run('first', false), run('background', false), run('visible', true)]);
    assert.deepEqual(order, ['first', 'visible', 'background']);
    linter.dispose();
  });

  it('stops a lint over its budget, terminates the worker, and starts a fresh one for the next request', async () => {
    const w = new FakeWorkers();
    const logged: string[] = [];
    const linter = new BoundedLinter(w.factory, inThread, (m) => logged.push(m));
    w.hang = true;
    const hung = await linter.lint({ key: 'a', tag: '1', budgetMs: 30 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.deepEqual(hung, { kind: 'timeout', budgetMs: 30 });
    assert.equal(w.terminated, 1);
    assert.match(logged.join('\n'), /exceeded 30 ms/);
    w.hang = false;
    const next = await linter.lint({ key: 'a', tag: '2', budgetMs: 5000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.equal(next.kind, 'done');
    assert.equal(w.started, 2);
    linter.dispose();
  });

  it("counts the worker's CPU time against the budget where it is known, within a limit of wall time", async () => {
    const w = new FakeWorkers();
    const linter = new BoundedLinter(w.factory, inThread);
    const began = Date.now();
    // A busy machine: the lint takes 90 ms of wall time but runs a quarter of it.
    w.delayMs = 90;
    w.cpu = () => (Date.now() - began) / 4;
    const slow = await linter.lint({ key: 'a', tag: '1', budgetMs: 40 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.equal(slow.kind, 'done', 'a lint that waited for a core is not "too complex"');
    assert.equal(w.terminated, 0);
    // A hang that burns CPU: stopped once the budget of CPU is used.
    w.hang = true;
    const hangStart = Date.now();
    w.cpu = () => Date.now() - hangStart;
    const hung = await linter.lint({ key: 'a', tag: '2', budgetMs: 40 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.deepEqual(hung, { kind: 'timeout', budgetMs: 40 });
    assert.ok(Date.now() - hangStart < 40 * BUDGET_WALL_FACTOR, `${Date.now() - hangStart} ms`);
    // A lint that never gets a core: stopped at the wall-time limit.
    const starved = Date.now();
    w.cpu = () => 0;
    const stuck = await linter.lint({ key: 'a', tag: '3', budgetMs: 30 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.deepEqual(stuck, { kind: 'timeout', budgetMs: 30 });
    assert.ok(Date.now() - starved >= 30 * BUDGET_WALL_FACTOR - 5, `${Date.now() - starved} ms`);
    linter.dispose();
  });

  it("reads a thread's CPU time from its schedstat file (Linux), and nothing without one", function () {
    assert.equal(threadCpuMs(undefined), undefined);
    assert.equal(threadCpuMs('/nonexistent/schedstat'), undefined);
    if (process.platform !== 'linux') this.skip();
    const a = threadCpuMs('/proc/thread-self/schedstat');
    assert.ok(a !== undefined && a > 0);
  });

  it('lints in the calling thread when no worker can start, reporting a lint over budget the same way', async () => {
    const w = new FakeWorkers();
    w.failToLoad = true;
    const linter = new BoundedLinter(w.factory, inThread);
    const ok = await linter.lint({ key: 'a', tag: '1', budgetMs: 60_000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.equal(ok.kind, 'done');
    assert.equal(linter.usesWorker, false);
    const slow = await linter.lint({ key: 'a', tag: '2', budgetMs: 20 }, { text: DOC, configJson: CONFIG, locale: 'en', testDelayMs: 40 });
    assert.deepEqual(slow, { kind: 'timeout', budgetMs: 20 });
    const none = new BoundedLinter(undefined, inThread);
    assert.equal((await none.lint({ key: 'a', tag: '1', budgetMs: 60_000 }, { text: DOC, configJson: CONFIG, locale: 'en' })).kind, 'done');
    linter.dispose();
    none.dispose();
  });

  it('a real worker_threads worker: the test hook hangs it, the budget ends it', async function () {
    this.timeout(60_000);
    // The bundle the extension ships (npm run build); the unit suite builds nothing, so skip without it.
    const file = join(__dirname, '..', '..', 'dist', 'lintWorker.js');
    const { existsSync } = await import('node:fs');
    if (!existsSync(file)) this.skip();
    const workers: Worker[] = [];
    const factory: WorkerFactory = async (onMessage, onError) => {
      const worker = new Worker(file);
      workers.push(worker);
      worker.on('message', onMessage);
      worker.on('error', onError);
      return { post: (r) => worker.postMessage(r), terminate: () => void worker.terminate() };
    };
    const linter = new BoundedLinter(factory, inThread);
    const hung = await linter.lint({ key: 'a', tag: '1', budgetMs: 300 }, { text: DOC, configJson: CONFIG, locale: 'en', testDelayMs: 600_000 });
    assert.equal(hung.kind, 'timeout');
    const next = await linter.lint({ key: 'a', tag: '2', budgetMs: 30_000 }, { text: DOC, configJson: CONFIG, locale: 'en' });
    assert.equal(next.kind, 'done');
    if (next.kind === 'done') assert.deepEqual(next.reply.findings, lint(DOC).findings);
    assert.equal(workers.length, 2);
    linter.dispose();
    await Promise.all(workers.map((w) => w.terminate()));
  });
});

// Keep the imported reply type used (documentation of the protocol's shape).
export type { LintReply };
