// The incident metrics the extension's CodeLens and hover show, as the lint worker sends them:
// plain data computed next to the parse, with offsets moved to the current text after edits.
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { incidentMetrics } from '../../src/core/metrics';
import { metricsLensText, milestoneHover } from '../../src/core/metrics/present';
import { parseDocument } from '../../src/core/model/document';
import { createLintServer } from '../../src/extension/lint/protocol';
import { metricsData, moveMetricsData } from '../../src/extension/lint/metricsData';

const EN = `---
type: postmortem
title: Checkout outage
---
# Checkout outage

## Summary

Checkout failed.

## Timeline (UTC)

- 09:32 [start] Errors begin
- 09:44 Alert fires
- 10:19 [mitigated] Rolled back
- 11:04 [resolved] All clear
`;

const KO = `---
type: postmortem
lang: ko
---
# 결제 장애

## 요약

결제가 실패했다.

## 타임라인 (KST)

- 09:32 [시작] 오류 발생
- 09:44 알람 발생
- 10:19 [완화] 롤백 완료
- 11:04 [해결] 정상화
`;

describe('incident metrics as plain data (lint worker reply)', () => {
  for (const [name, text, lang] of [['English', EN, 'en'], ['Korean', KO, 'ko']] as const) {
    it(`shows the same lens and hovers as the parse (${name})`, () => {
      const doc = parseDocument(text);
      const m = incidentMetrics(doc);
      const data = metricsData(doc);
      assert.deepEqual(structuredClone(data), data);
      assert.equal(metricsLensText(data, lang), metricsLensText(m, lang));
      assert.ok(metricsLensText(data, lang));
      assert.equal(data.lensAt, text.indexOf(lang === 'en' ? '## Timeline' : '## 타임라인'));
      for (const kind of ['start', 'detected', 'mitigated', 'resolved'] as const) {
        const ms = m.milestones[kind]!;
        assert.ok(ms.entry, kind);
        assert.deepEqual(data.milestones[kind]!.head, { start: ms.entry.headStart, end: ms.entry.headEnd });
        assert.equal(milestoneHover(data.milestones[kind]!, data, lang), milestoneHover(ms, m, lang));
      }
    });
  }

  it('comes with each lint reply (the worker computes it with the findings)', () => {
    const reply = createLintServer()({ type: 'lint', id: 1, text: EN, configJson: JSON.stringify(defaultConfig()), locale: 'en' });
    assert.equal(reply.type, 'result');
    if (reply.type !== 'result') return;
    assert.deepEqual(reply.metrics, metricsData(parseDocument(EN), defaultConfig()));
    assert.match(metricsLensText(reply.metrics!, 'en')!, /mitigated after 47 min/);
  });

  it('has no lens place without a timeline', () => {
    const data = metricsData(parseDocument('---\ntype: postmortem\n---\n# X\n\n## Summary\n\nText.\n'));
    assert.equal(data.lensAt, undefined);
    assert.equal(metricsLensText(data, 'en'), undefined);
  });

  it('moves the lens and the hovers through later edits, and drops a head an edit touched', () => {
    const data = metricsData(parseDocument(EN));
    assert.equal(moveMetricsData(data, []), data);
    // A table of 40 characters inserted in the summary, above the timeline.
    const at = EN.indexOf('Checkout failed.');
    const moved = moveMetricsData(data, [{ offset: at, length: 0, inserted: 40 }]);
    assert.equal(moved.lensAt, data.lensAt! + 40);
    assert.deepEqual(moved.milestones.start!.head, { start: data.milestones.start!.head!.start + 40, end: data.milestones.start!.head!.end + 40 });
    assert.deepEqual(moved.durations, data.durations);
    // The mitigation entry's time retyped: its head is stale until the next lint; the others stay.
    const t = EN.indexOf('10:19');
    const edited = moveMetricsData(data, [{ offset: t, length: 5, inserted: 5 }]);
    assert.equal(edited.milestones.mitigated!.head, undefined);
    assert.deepEqual(edited.milestones.resolved!.head, data.milestones.resolved!.head);
    assert.equal(edited.lensAt, data.lensAt);
    // The heading replaced as a whole: no lens until the next lint.
    assert.equal(moveMetricsData(data, [{ offset: data.lensAt! - 1, length: 5, inserted: 0 }]).lensAt, undefined);
  });
});
