// Issue 9, session 18: the lint worker receives an open document's edits, not its whole text, on
// each keystroke. The worker applies them to its copy of the version it last received; the whole
// text goes on open, after a version gap, and whenever the worker has no copy (restarted, the copy
// dropped, the in-thread fallback). Whatever the path, the findings are those of a full-text lint.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generatePostmortem, mulberry32 } from '../../bench/generate';
import { defaultConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { BoundedLinter, type DocumentVersion, type WorkerFactory, type WorkerHandle } from '../../src/extension/lint/bounded';
import { EditLog, MAX_LOGGED_EVENTS } from '../../src/extension/lint/editLog';
import { applyChanges, createLintServer, type LintReply, type LintRequest, type TextChange, type WorkerMessage } from '../../src/extension/lint/protocol';

const CONFIG = JSON.stringify(defaultConfig());

/** Changes applied one after the other, each in the coordinates of the text after the ones before it (VS Code's model). */
function naive(text: string, changes: readonly TextChange[]): string {
  let t = text;
  for (const c of changes) t = t.slice(0, c.offset) + c.text + t.slice(c.offset + c.length);
  return t;
}

const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '장애', ' 한국어 문장입니다.', '#', '## ', '## Timeline\n', '\n### 14:05 KST\n', '\n## 액션 아이템\n\n', '```\n', '\n```\n',
  '- ', '1. ', '> ', '- [ ] ', ' | ', '\n| a | b |\n| - | - |\n', '<!--', '-->', '\n---\n', '\r\n', '\n- 10:42 UTC the deploy was rolled back\n',
  'The engineer forgot to check the alert. ', '담당자가 실수로 설정을 잘못 바꿨다. ', 'should have', '(owner: @bob)', ' 14:32 ',
  '\n- [ ] Improve monitoring\n', '\n## 5 Whys\n\n1. Why did the cache fail?\n', '<!-- postmortem-lint-disable-next-line blameful-language -->\n',
];

/**
 * One change event, as VS Code reports it: usually one change (typing, deleting, pasting), sometimes
 * several at once (multi-cursor, replace all), listed last first; `text` is the document before it.
 */
function randomEvent(text: string, rnd: () => number): TextChange[] {
  const one = (limit: number): TextChange => {
    const offset = Math.floor(rnd() * (limit + 1));
    const r = rnd();
    if (r < 0.55) return { offset, length: 0, text: SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] };
    const length = Math.min(limit - offset, 1 + Math.floor(rnd() * (r < 0.8 ? 6 : 120)));
    return { offset, length, text: r < 0.9 ? '' : SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] };
  };
  if (rnd() < 0.8) return [one(text.length)];
  // Several non-overlapping changes of the same text, last first (how the editor lists them).
  const out: TextChange[] = [];
  let limit = text.length;
  for (let n = 1 + Math.floor(rnd() * 4); n > 0 && limit > 0; n--) {
    const c = one(limit);
    out.push(c);
    limit = c.offset;
  }
  return out;
}

describe('perf s18: edits to the worker (applying changes)', () => {
  it('applies changes in order as the editor does, one pass for a run listed last first, and refuses ones outside the text', () => {
    const text = 'The deploy failed at 10:42.\nBob rolled it back.\n';
    // Typing, a deletion, a replacement, in order: each in the coordinates of the text before it.
    const seq: TextChange[] = [
      { offset: 4, length: 0, text: 'canary ' },
      { offset: 0, length: 4, text: '' },
      { offset: 14, length: 6, text: 'stalled' },
    ];
    assert.equal(applyChanges(text, seq), naive(text, seq));
    // Replace all: three changes last first (a single pass), then one more before the first.
    const all: TextChange[] = [
      { offset: 44, length: 4, text: 'reverted' },
      { offset: 28, length: 3, text: 'Carol' },
      { offset: 4, length: 6, text: 'release' },
      { offset: 4, length: 0, text: '' },
      { offset: 0, length: 3, text: 'A' },
    ];
    assert.equal(applyChanges(text, all), naive(text, all));
    // Two insertions at the same place, the later one listed first, and an empty list.
    const same: TextChange[] = [
      { offset: 5, length: 0, text: 'B' },
      { offset: 5, length: 0, text: 'A' },
    ];
    assert.equal(applyChanges(text, same), naive(text, same));
    assert.equal(applyChanges(text, []), text);
    // Korean text and CRLF line breaks are characters like any other.
    const ko = '## 타임라인\r\n- 10:42 배포 실패\r\n';
    const koChanges: TextChange[] = [{ offset: 10, length: 2, text: '롤백' }, { offset: 0, length: 0, text: '# 장애 보고서\r\n' }];
    assert.equal(applyChanges(ko, koChanges), naive(ko, koChanges));
    // Outside the text: no result (the worker then asks for the whole text).
    assert.equal(applyChanges(text, [{ offset: text.length + 1, length: 0, text: 'x' }]), undefined);
    assert.equal(applyChanges(text, [{ offset: 3, length: text.length, text: '' }]), undefined);
    assert.equal(applyChanges(text, [{ offset: -1, length: 0, text: 'x' }]), undefined);
    assert.equal(applyChanges(text, [{ offset: 1.5, length: 0, text: 'x' }]), undefined);
  });

  it('equals the changes applied one by one for random events (single changes and runs listed last first)', () => {
    const rnd = mulberry32(18);
    let text = generatePostmortem({ targetBytes: 3_000, seed: 18 }).text;
    for (let i = 0; i < 400; i++) {
      const changes = randomEvent(text, rnd);
      const next = naive(text, changes);
      assert.equal(applyChanges(text, changes), next, `event ${i}: ${JSON.stringify(changes)}`);
      text = next;
    }
    // Thousands of matches replaced at once stay one pass (no copy of the text per change).
    const big = 'deploy '.repeat(60_000);
    const many: TextChange[] = [];
    for (let at = big.length - 7; at >= 0; at -= 7) many.push({ offset: at, length: 6, text: 'release' });
    const began = process.cpuUsage();
    const out = applyChanges(big, many);
    const used = process.cpuUsage(began);
    assert.equal(out, 'release '.repeat(60_000));
    // Not a timing assertion: a sanity bound far above one pass (the quadratic way copies 420 KB 60,000 times).
    assert.ok((used.user + used.system) / 1000 < 20_000, `${(used.user + used.system) / 1000} ms`);
  });
});

describe('perf s18: the edit log (changes since the worker\'s version)', () => {
  const c = (offset: number, text: string): TextChange[] => [{ offset, length: 0, text }];

  it('chains change events from a version to a later one; says nothing across a gap', () => {
    const log = new EditLog();
    log.seen('a', 1);
    log.record('a', 2, c(0, 'x'));
    log.record('a', 3, c(1, 'y'));
    log.record('a', 4, [...c(5, 'z'), ...c(0, 'w')]);
    assert.deepEqual(log.between('a', 1, 4), [...c(0, 'x'), ...c(1, 'y'), ...c(5, 'z'), ...c(0, 'w')]);
    assert.deepEqual(log.between('a', 2, 3), c(1, 'y'));
    assert.deepEqual(log.between('a', 4, 4), []);
    assert.equal(log.between('a', 0, 4), undefined, 'before the log begins');
    assert.equal(log.between('b', 1, 2), undefined, 'an unknown document');
    // An event without its changes (line endings changed) moves the version: no chain across it.
    log.record('a', 5, undefined);
    log.record('a', 6, c(0, 'v'));
    assert.equal(log.between('a', 4, 6), undefined);
    assert.deepEqual(log.between('a', 5, 6), c(0, 'v'));
    // The same version again without changes (only the dirty state changed): nothing lost.
    log.record('a', 6, undefined);
    assert.deepEqual(log.between('a', 5, 6), c(0, 'v'));
    // A version the log never saw (an event it missed): the history starts over there.
    log.seen('a', 9);
    assert.equal(log.between('a', 6, 9), undefined);
    log.record('a', 10, c(2, 'u'));
    assert.deepEqual(log.between('a', 9, 10), c(2, 'u'));
  });

  it('drops what the worker has, starts over past its limits, and forgets a closed document', () => {
    const log = new EditLog();
    log.seen('a', 1);
    for (let v = 2; v <= 6; v++) log.record('a', v, c(0, String(v)));
    log.trim('a', 4);
    assert.equal(log.size('a'), 2);
    assert.equal(log.between('a', 1, 6), undefined);
    assert.deepEqual(log.between('a', 4, 6), [...c(0, '5'), ...c(0, '6')]);
    // A first event of a document never linted: no base yet, its history starts after it.
    log.record('b', 3, c(0, 'x'));
    assert.equal(log.between('b', 2, 3), undefined);
    log.record('b', 4, c(0, 'y'));
    assert.deepEqual(log.between('b', 3, 4), c(0, 'y'));
    // Typing for a long time without a lint (lint on save): past the limit, the whole text goes instead.
    for (let v = 5; v <= MAX_LOGGED_EVENTS + 6; v++) log.record('b', v, c(0, 'k'));
    assert.ok(log.size('b') <= MAX_LOGGED_EVENTS);
    assert.equal(log.between('b', 3, MAX_LOGGED_EVENTS + 6), undefined);
    log.forget('a');
    assert.equal(log.between('a', 4, 6), undefined);
  });
});

/** Fake workers in this thread, each with its own lint server (a fresh one has no document's text). */
class Workers {
  started = 0;
  /** A hung worker: it never replies. */
  hang = false;
  posted: LintRequest[] = [];
  readonly handles: { serve: (r: LintRequest) => LintReply; alive: boolean }[] = [];
  readonly factory: WorkerFactory = async (onMessage) => {
    this.started++;
    const w = { serve: createLintServer(), alive: true };
    this.handles.push(w);
    setTimeout(() => onMessage({ type: 'ready' }), 1);
    const handle: WorkerHandle = {
      post: (r) => {
        // What postMessage delivers: a structured clone.
        const copy = structuredClone(r);
        this.posted.push(copy);
        if (this.hang) return;
        setTimeout(() => w.alive && onMessage(w.serve(copy) as WorkerMessage), 1);
      },
      terminate: () => {
        w.alive = false;
      },
    };
    return handle;
  };
}

/** An open document as the extension host sees it: a version, its text, and each change event given to the linter. */
class Doc {
  version = 1;
  constructor(
    readonly key: string,
    public text: string,
    private readonly linter: BoundedLinter,
  ) {}

  change(changes: TextChange[]): void {
    this.text = naive(this.text, changes);
    this.version++;
    this.linter.recordChange(this.key, this.version, changes);
  }

  source(): DocumentVersion {
    const version = this.version;
    return { version, length: this.text.length, text: () => (this.version === version ? this.text : undefined) };
  }

  lint(locale: 'en' | 'ko' = 'en'): ReturnType<BoundedLinter['lint']> {
    return this.linter.lint({ key: this.key, tag: String(this.version), budgetMs: 600_000 }, { source: this.source(), configJson: CONFIG, locale });
  }
}

async function findingsOf(outcome: ReturnType<BoundedLinter['lint']>): Promise<unknown> {
  const o = await outcome;
  assert.equal(o.kind, 'done', JSON.stringify(o));
  return o.kind === 'done' ? o.reply.findings : undefined;
}

describe('perf s18: a document typed into gives the findings of a full-text lint', function () {
  this.timeout(600_000);

  it('random edit sequences, sent as edits, lint exactly as the whole text does (English and Korean, LF and CRLF)', async () => {
    const workers = new Workers();
    const linter = new BoundedLinter(workers.factory, createLintServer());
    const docs: [Doc, 'en' | 'ko'][] = [
      [new Doc('file:///en.md', generatePostmortem({ targetBytes: 12_000, seed: 21 }).text, linter), 'en'],
      [new Doc('file:///crlf.md', generatePostmortem({ targetBytes: 8_000, seed: 22, eol: '\r\n' }).text, linter), 'en'],
      [
        new Doc(
          'file:///ko.md',
          '---\ntype: postmortem\nlang: ko\n---\n# 장애 보고서: 결제 지연\n\n## 요약\n\n결제 API 응답이 40분 동안 느려졌다. 김철수가 실수로 캐시를 지웠다.\n\n## 타임라인\n\n- 10:02 KST 알림 발생\n- 10:15 KST 롤백 시작\n\n## 근본 원인\n\n연결 풀 설정이 너무 작았다.\n\n## 액션 아이템\n\n- [ ] 모니터링 개선\n- [ ] 연결 풀 크기 경보 추가 (담당: @minsu)\n',
          linter,
        ),
        'ko',
      ],
    ];
    const rnd = mulberry32(1818);
    let lints = 0;
    for (let round = 0; round < 24; round++) {
      for (const [doc, locale] of docs) {
        // A few change events between lints (typing faster than the debounce), sometimes none (a re-lint).
        for (let n = Math.floor(rnd() * 4); n > 0; n--) doc.change(randomEvent(doc.text, rnd));
        const text = doc.text;
        assert.deepEqual(await findingsOf(doc.lint(locale)), lint(text, { locale }).findings, `${doc.key} round ${round}: ${JSON.stringify(text.slice(0, 200))}`);
        lints++;
      }
    }
    // The texts went whole once per document (on open); every other request carried edits.
    assert.equal(linter.sent.text, docs.length);
    assert.equal(linter.sent.edits, lints - docs.length);
    assert.ok(workers.posted.filter((r) => r.edits).every((r) => r.text === undefined));
    linter.dispose();
  });

  it('sends the whole text again to a fresh worker, after a version gap, and when the worker dropped its copy', async () => {
    const workers = new Workers();
    const linter = new BoundedLinter(workers.factory, createLintServer());
    const doc = new Doc('file:///a.md', generatePostmortem({ targetBytes: 6_000, seed: 5 }).text, linter);
    await findingsOf(doc.lint());
    doc.change([{ offset: 100, length: 0, text: ' The engineer forgot to restart the cache.' }]);
    assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings);
    assert.deepEqual([linter.sent.text, linter.sent.edits], [1, 1]);
    // A version the linter was not told about (an event missed): the whole text.
    doc.text = doc.text.replace('## ', '## Background\n\nThe operator should have checked the logs.\n\n## ');
    doc.version += 1;
    assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings);
    assert.deepEqual([linter.sent.text, linter.sent.edits], [2, 1]);
    // The worker dropped its copy (it keeps eight open documents): it asks for the text, the same request follows whole.
    for (let i = 0; i < 9; i++) await findingsOf(linter.lint({ key: `file:///other${i}.md`, tag: '1', budgetMs: 600_000 }, { text: '# Postmortem\n\nBob forgot.\n', configJson: CONFIG, locale: 'en' }));
    doc.change([{ offset: 0, length: 0, text: '<!-- draft -->\n' }]);
    assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings);
    const last = workers.posted.slice(-2);
    assert.ok(last[0].edits && last[0].text === undefined, 'edits first');
    assert.ok(last[1].text !== undefined && last[1].edits === undefined, 'then the whole text');
    assert.equal(last[0].id, last[1].id, 'the same request');
    // A fresh worker (the old one was stopped by the budget) gets the whole text.
    workers.hang = true;
    const hung = await linter.lint({ key: doc.key, tag: 'hang', budgetMs: 20 }, { source: doc.source(), configJson: CONFIG, locale: 'en' });
    assert.equal(hung.kind, 'timeout');
    workers.hang = false;
    doc.change([{ offset: 0, length: 0, text: 'x' }]);
    const before = linter.sent.text;
    assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings);
    assert.equal(workers.started, 2);
    assert.equal(linter.sent.text, before + 1);
    linter.dispose();
  });

  it('drops a request whose whole text is needed once the document has moved on (a newer lint follows)', async () => {
    const workers = new Workers();
    const linter = new BoundedLinter(workers.factory, createLintServer());
    const doc = new Doc('file:///a.md', '# Postmortem: x\n\n## Summary\n\nBob forgot to restart the cache.\n', linter);
    const source = doc.source();
    doc.change([{ offset: 0, length: 0, text: 'x' }]);
    const stale = await linter.lint({ key: doc.key, tag: '1', budgetMs: 600_000 }, { source, configJson: CONFIG, locale: 'en' });
    assert.equal(stale.kind, 'dropped');
    assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings);
    linter.dispose();
  });

  it('in the host\'s thread (no worker): edits too, with the same findings', async () => {
    const linter = new BoundedLinter(undefined, createLintServer());
    const doc = new Doc('file:///a.md', generatePostmortem({ targetBytes: 6_000, seed: 6 }).text, linter);
    const rnd = mulberry32(6);
    for (let i = 0; i < 8; i++) {
      doc.change(randomEvent(doc.text, rnd));
      assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings, `edit ${i}`);
    }
    assert.ok(linter.sent.edits >= 7, JSON.stringify(linter.sent));
    linter.dispose();
  });

  it('the bundled worker (dist/lintWorker.js) applies edits: the same findings as the whole text', async function () {
    const file = join(__dirname, '..', '..', 'dist', 'lintWorker.js');
    if (!existsSync(file)) this.skip();
    const workers: Worker[] = [];
    const factory: WorkerFactory = async (onMessage, onError) => {
      const worker = new Worker(file);
      workers.push(worker);
      worker.on('message', onMessage);
      worker.on('error', onError);
      return { post: (r) => worker.postMessage(r), terminate: () => void worker.terminate() };
    };
    const linter = new BoundedLinter(factory, createLintServer());
    const doc = new Doc('file:///real.md', generatePostmortem({ targetBytes: 10_000, seed: 31 }).text, linter);
    const rnd = mulberry32(31);
    await findingsOf(doc.lint());
    for (let i = 0; i < 6; i++) {
      doc.change(randomEvent(doc.text, rnd));
      assert.deepEqual(await findingsOf(doc.lint()), lint(doc.text).findings, `edit ${i}`);
    }
    assert.deepEqual(linter.sent, { text: 1, edits: 6 });
    linter.dispose();
    await Promise.all(workers.map((w) => w.terminate()));
  });
});
