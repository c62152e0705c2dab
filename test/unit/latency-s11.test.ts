import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../src/core/model/document';
import type { Change } from '../../src/extension/findingsMap';
import { lensChanged, lensKey } from '../../src/extension/lensRefresh';
import { metricsData, moveMetricsData } from '../../src/extension/lint/metricsData';
import { LintTraces, traceSteps, type LintTrace } from '../../src/extension/lint/trace';
import { traceFileSink } from '../../src/extension/lint/traceFile';

/**
 * Issue 9, session 11. (1) The metrics CodeLens asks VS Code for the lenses again only when a
 * published lint gives another lens than the previous lint gives on the same current text (VS Code
 * asks by itself after each edit): `lensChanged(before moved to the current text, after)`, checked
 * here on English and Korean documents written for this test, after edits of each kind. (2) The
 * trace hook the browser latency test reads: each ended run goes to the sink, once, as a copy.
 */

const EN = `---
type: postmortem
title: Search index rebuild stalled
---
# Search index rebuild stalled

## Summary

The nightly index rebuild stopped halfway and search served stale results.

## Timeline (UTC)

- 02:10 [start] Rebuild job stops writing segments
- 02:25 Freshness alert pages the on-call
- 03:05 [mitigated] Previous index restored
- 04:40 [resolved] Rebuild completes

## Action items

- [ ] Add a segment-write watchdog to the rebuild job
`;

const KO = `---
type: postmortem
lang: ko
---
# 검색 색인 재구축 중단

## 요약

야간 색인 재구축이 중간에 멈춰 검색 결과가 오래된 상태로 나갔다.

## 타임라인 (KST)

- 02:10 [시작] 재구축 작업이 세그먼트 쓰기를 멈춤
- 02:25 최신성 알람이 당직자를 호출
- 03:05 [완화] 이전 색인 복원
- 04:40 [해결] 재구축 완료
`;

/** The text after one edit, and the change as VS Code reports it. */
function edit(text: string, at: number, length: number, inserted: string): { text: string; change: Change } {
  return { text: text.slice(0, at) + inserted + text.slice(at + length), change: { offset: at, length, inserted: inserted.length } };
}

/** Whether a lint of `next` (after `changes` from `text`) must refresh the lens shown for `text`'s lint. */
function refreshAfter(text: string, next: string, changes: Change[], lang: 'en' | 'ko'): boolean {
  const before = moveMetricsData(metricsData(parseDocument(text)), changes);
  return lensChanged(before, metricsData(parseDocument(next)), lang);
}

describe('latency s11: the metrics CodeLens is refreshed only when a lint changes it', () => {
  for (const [name, text, lang, prose, time, heading] of [
    ['English', EN, 'en', 'search served stale results', '03:05', '## Timeline'],
    ['Korean', KO, 'ko', '검색 결과가 오래된', '03:05', '## 타임라인'],
  ] as const) {
    it(`no refresh for prose typed above or below the timeline (${name})`, () => {
      assert.ok(lensKey(metricsData(parseDocument(text)), lang), 'the document has a lens');
      const at = text.indexOf(prose) + prose.length;
      for (const inserted of ['x', ' and more', '\n\nA new paragraph.\n', '\n']) {
        const e = edit(text, at, 0, inserted);
        assert.equal(refreshAfter(text, e.text, [e.change], lang), false, JSON.stringify(inserted));
      }
      // Deleted text above the timeline moves the lens up with it.
      const del = edit(text, text.indexOf(prose), 7, '');
      assert.equal(refreshAfter(text, del.text, [del.change], lang), false);
      // Several edits between two lints, one of them after the timeline.
      const a = edit(text, at, 0, ' today');
      const b = edit(a.text, a.text.length, 0, '\nTrailing note.\n');
      assert.equal(refreshAfter(text, b.text, [a.change, b.change], lang), false);
    });

    it(`a refresh when a milestone's time changes the figures (${name})`, () => {
      const at = text.indexOf(time);
      const e = edit(text, at, time.length, '03:35');
      assert.equal(refreshAfter(text, e.text, [e.change], lang), true);
    });

    it(`a refresh when an edit touches the timeline heading, or removes the timeline (${name})`, () => {
      const h = text.indexOf(heading);
      const e = edit(text, h, 0, '#');
      assert.equal(refreshAfter(text, e.text, [e.change], lang), true, 'the heading touched');
      const end = text.indexOf('\n## ', h + 3);
      const gone = edit(text, h, (end < 0 ? text.length : end + 1) - h, '');
      assert.equal(refreshAfter(text, gone.text, [gone.change], lang), true, 'the timeline removed');
    });

    it(`a refresh for the first lint of a document with a lens, none without one (${name})`, () => {
      assert.equal(lensChanged(undefined, metricsData(parseDocument(text)), lang), true);
      const noTimeline = text.slice(0, text.indexOf(heading));
      assert.equal(lensChanged(undefined, metricsData(parseDocument(noTimeline)), lang), false);
      // A lint that could not finish (no metrics) after one with a lens: the lens goes.
      assert.equal(lensChanged(metricsData(parseDocument(text)), undefined, lang), true);
    });
  }

  it('the same lint published twice for one version refreshes once', () => {
    const data = metricsData(parseDocument(EN));
    assert.equal(lensChanged(undefined, data, 'en'), true);
    assert.equal(lensChanged(moveMetricsData(data, []), metricsData(parseDocument(EN)), 'en'), false);
  });
});

describe('latency s11: lint traces for the browser latency test', () => {
  const trace = (): LintTrace => ({ key: 'file:///a.md', version: 3, edit: 100, fired: 101, sent: 102, workerBegan: 103, workerLinted: 110, workerEnded: 111, received: 112, converted: 113, published: 115, notified: 116 });

  it('hands each ended run to the sink as a copy, and a failing sink breaks nothing', () => {
    const seen: LintTrace[] = [];
    const traces = new LintTraces(4, (t) => seen.push(t));
    const t = traces.begin(trace());
    t.outcome = 'published';
    traces.end(t);
    t.outcome = 'changed later';
    assert.equal(seen.length, 1);
    assert.equal(seen[0].outcome, 'published');
    const failing = new LintTraces(4, () => {
      throw new Error('disk full');
    });
    assert.doesNotThrow(() => failing.end(failing.begin(trace())));
    assert.doesNotThrow(() => new LintTraces().end(trace()));
  });

  it('splits the publish step into the conversion and VS Code set()', () => {
    const s = traceSteps(trace());
    assert.equal(s.publish, 3);
    assert.equal(s.convert, 1);
    assert.equal(s.set, 2);
    assert.equal(s.total, 16);
  });

  it('writes one JSON line per run only when POSTMORTEM_LINT_TRACE_FILE is set', () => {
    assert.equal(traceFileSink({}), undefined);
    const dir = mkdtempSync(join(tmpdir(), 'pm-trace-'));
    try {
      const file = join(dir, 'traces.jsonl');
      const sink = traceFileSink({ POSTMORTEM_LINT_TRACE_FILE: file });
      assert.ok(sink);
      sink({ ...trace(), outcome: 'published' });
      sink({ ...trace(), version: 4, outcome: 'outdated' });
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => [l.version, l.outcome]), [[3, 'published'], [4, 'outdated']]);
      assert.equal(typeof lines[0].clock, 'number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
