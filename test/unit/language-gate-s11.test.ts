// Session 11, helper `gate`: precision of the language rules per detection id (the measuring tool), and the gates
// chosen from the first-run table in test/language/AUDITS.md ("Session 11: first-run precision by detection id").
import { strict as assert } from 'node:assert';
import { countById, drawSession, idRows, NO_ID, partOf, precision } from '../language/byId';
import { firstRunTable, GATE_RULE } from '../language/first-run';

describe('language gate s11: counting per detection id', () => {
  it('counts flagged-right and flagged-wrong per id, once per case, a case with two ids for each', () => {
    const t = countById([
      { positive: true, ids: ['a', 'a'] },
      { positive: true, ids: ['a', 'b'] },
      { positive: false, ids: ['b'] },
      { positive: false, ids: [] },
      { positive: false, ids: [undefined] },
    ]);
    assert.deepEqual(t.get('a'), { right: 2, wrong: 0 });
    assert.deepEqual(t.get('b'), { right: 1, wrong: 1 });
    assert.deepEqual(t.get(NO_ID), { right: 0, wrong: 1 });
    assert.equal(t.size, 3);
  });

  it('names the part of a case from its source tag', () => {
    assert.equal(partOf('https://x [fresh-s10, drawn for dev in session 11]', 'dev'), 'fresh-s10-drawn');
    assert.equal(partOf('https://x [fresh-s7]', 'holdout'), 'fresh-s7');
    assert.equal(partOf('https://x [dev-only]', 'dev'), 'dev-only');
    assert.equal(partOf('written (dev only: added while tuning)', 'dev'), 'dev-only');
    assert.equal(partOf('written', 'holdout'), 'holdout');
    assert.equal(drawSession('https://x [fresh-s9, drawn for dev in session 10]'), 10);
    assert.equal(drawSession('https://x [fresh-s9]'), undefined);
  });

  it('pools rows over parts and sorts by language, set and number of findings', () => {
    const rows = idRows([
      { lang: 'en', set: 'sentences', part: 'p1', cases: [{ positive: true, ids: ['x'] }, { positive: false, ids: ['y'] }] },
      { lang: 'en', set: 'sentences', part: 'p2', cases: [{ positive: false, ids: ['x'] }, { positive: true, ids: ['x'] }] },
      { lang: 'ko', set: 'actions', part: 'p1', cases: [{ positive: true, ids: ['z'] }] },
    ]);
    assert.deepEqual(rows.map((r) => r.id), ['x', 'y', 'z']);
    assert.deepEqual(rows[0].byPart, { p1: { right: 1, wrong: 0 }, p2: { right: 1, wrong: 1 } });
    assert.deepEqual(rows[0].total, { right: 2, wrong: 1 });
    assert.equal(precision(rows[0].total), '67% (2/3)');
    assert.equal(precision({ right: 0, wrong: 0 }), '-');
  });

  it('the first-run table pools cases and documents and marks candidates by the stated rule', () => {
    const table = firstRunTable([
      { session: 9, tallies: { 'ko sentences': { 'ko.a': { right: 1, wrong: 2 } } }, documents: { tallies: { 'ko.a': { right: 0, wrong: 1 } } } },
      { session: 8, tallies: { 'ko sentences': { 'ko.a': { right: 0, wrong: 0 }, 'ko.b': { right: 3, wrong: 1 } } } },
    ]);
    const lines = table.split('\n');
    assert.match(lines[0], /draw s8 \| draw s9/);
    const a = lines.find((l) => l.includes('ko.a'))!;
    assert.match(a, /\| 1\/2 \+ 0\/1 docs \|/);
    assert.match(a, /\| 1\/3 \| 25 % \(gate candidate\) \|$/);
    const b = lines.find((l) => l.includes('ko.b'))!;
    assert.match(b, /75 % \|$/);
    assert.equal(GATE_RULE.minFindings, 4);
    assert.equal(GATE_RULE.maxPrecision, 0.6);
  });
});
