import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { adaptiveDebounce, AFTER_PAUSE_DEBOUNCE_MS, debounceAfterEdit, mapRange, mapUntouched, MAX_DIAGNOSTICS, MIN_DEBOUNCE_MS, samePublished, type PublishedMark, moveFindings, pickShown, type Change } from '../../src/extension/findingsMap';
import { mulberry32 } from '../../bench/generate';

/** Applies changes (each in the coordinates of the text before it) to a text. */
function apply(text: string, changes: readonly (Change & { text: string })[]): string {
  let t = text;
  for (const c of changes) t = t.slice(0, c.offset) + c.text + t.slice(c.offset + c.length);
  return t;
}

function positionOf(text: string) {
  return (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
}

describe('findings carried across edits (code actions while a lint runs)', () => {
  it('moves ranges past edits before them, keeps them for edits after, drops them when an edit touches them', () => {
    assert.deepEqual(mapRange(10, 20, [{ offset: 0, length: 0, inserted: 5 }]), { start: 15, end: 25 });
    assert.deepEqual(mapRange(10, 20, [{ offset: 20, length: 0, inserted: 5 }]), { start: 10, end: 20 });
    assert.deepEqual(mapRange(10, 20, [{ offset: 2, length: 8, inserted: 0 }]), { start: 2, end: 12 });
    assert.deepEqual(mapRange(10, 20, [{ offset: 10, length: 0, inserted: 3 }]), { start: 13, end: 23 });
    assert.equal(mapRange(10, 20, [{ offset: 15, length: 0, inserted: 1 }]), undefined);
    assert.equal(mapRange(10, 20, [{ offset: 5, length: 10, inserted: 0 }]), undefined);
    assert.deepEqual(mapRange(10, 10, [{ offset: 10, length: 0, inserted: 2 }]), { start: 12, end: 12 });
  });

  it('over random edits, every finding it keeps names the same text and its fixes still replace the same text', () => {
    const base = [
      '# Postmortem', '', '## Summary', '', 'Bob forgot to restart the cache, and we should have caught it.', '',
      '## Action Items', '', '| Action | Owner |', '| --- | --- |', '| Add a canary stage | TBD |', '| Be more careful when deploying | @ann |', '',
    ].join('\n');
    const rnd = mulberry32(7);
    const found = lint(base).findings;
    assert.ok(found.length >= 3);
    for (let round = 0; round < 300; round++) {
      let text = base;
      const changes: (Change & { text: string })[] = [];
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
        const offset = Math.floor(rnd() * (text.length + 1));
        const length = Math.min(text.length - offset, Math.floor(rnd() * 4));
        const ins = ['', 'x', '\n', ' ok '][Math.floor(rnd() * 4)];
        changes.push({ offset, length, inserted: ins.length, text: ins });
        text = apply(text, [changes[changes.length - 1]]);
      }
      for (const f of moveFindings(found, changes, positionOf(text))) {
        assert.equal(text.slice(f.start, f.end), base.slice(f.origin.start, f.origin.end), `round ${round}`);
        for (const s of f.suggestions) {
          const orig = f.origin.suggestions.find((o) => o.title === s.title)!;
          s.edits.forEach((e, i) => assert.equal(text.slice(e.start, e.end), base.slice(orig.edits[i].start, orig.edits[i].end)));
        }
        const p = positionOf(text)(f.start);
        assert.deepEqual([f.line, f.column], [p.line, p.column]);
      }
    }
  });
});

describe('publishing within the 1000-diagnostics limit', () => {
  const make = (n: number, severity: 'error' | 'warning' | 'info', fromLine = 1) =>
    Array.from({ length: n }, (_, i) => ({ severity, line: fromLine + i, start: (fromLine + i) * 10 }));

  it('publishes everything up to the limit', () => {
    const all = make(MAX_DIAGNOSTICS, 'warning');
    assert.equal(pickShown(all, []).length, MAX_DIAGNOSTICS);
  });

  it('beyond it keeps the most severe, then those nearest the visible lines, in document order', () => {
    const infos = make(1500, 'info');
    const errors = make(10, 'error', 5000);
    const shown = pickShown([...infos, ...errors].sort((a, b) => a.start - b.start), [{ start: 1199, end: 1249 }]);
    assert.equal(shown.length, MAX_DIAGNOSTICS);
    assert.equal(shown.filter((f) => f.severity === 'error').length, 10);
    // The visible lines (0-based 1199–1249 are lines 1200–1250) and the last lines are kept; the first are not.
    assert.ok(shown.some((f) => f.line === 1500) && shown.some((f) => f.line === 1225));
    assert.ok(!shown.some((f) => f.line === 1));
    assert.deepEqual(shown.map((f) => f.start), [...shown.map((f) => f.start)].sort((a, b) => a - b));
  });
});

describe('adaptive debounce', () => {
  it('waits about half a lint, between the minimum and the configured maximum', () => {
    assert.equal(adaptiveDebounce(4, 300), MIN_DEBOUNCE_MS);
    assert.equal(adaptiveDebounce(120, 300), 60);
    assert.equal(adaptiveDebounce(2000, 300), 300);
    assert.equal(adaptiveDebounce(undefined, 300), 100);
    assert.equal(adaptiveDebounce(50, 0), 0);
  });

  it('lints the first edit after a pause at once (no wait beyond this turn), and waits inside a burst of keys', () => {
    assert.equal(AFTER_PAUSE_DEBOUNCE_MS, 0);
    // A 450 KB document: re-lints of 280 ms, a wait of 140 ms inside a burst.
    assert.equal(debounceAfterEdit(280, 300, undefined), 0, 'the first edit of the document');
    assert.equal(debounceAfterEdit(280, 300, 5_000), 0, 'a single correction after a pause');
    assert.equal(debounceAfterEdit(280, 300, 140), 0, 'the previous edit\'s wait is over: no burst to gather');
    assert.equal(debounceAfterEdit(280, 300, 60), 140, 'a key 60 ms after the last one: a burst');
    assert.equal(debounceAfterEdit(2_000, 300, 120), 300, 'never past the configured maximum');
    // A small document: inside a burst the wait is the minimum, after a pause none.
    assert.equal(debounceAfterEdit(30, 300, 10), MIN_DEBOUNCE_MS);
    assert.equal(debounceAfterEdit(30, 300, 600), 0);
    // A configured wait below the minimum is kept inside a burst; after a pause there is none.
    assert.equal(debounceAfterEdit(280, 10, undefined), 0);
    assert.equal(debounceAfterEdit(280, 10, 5), 10);
    assert.equal(debounceAfterEdit(280, 0, 5), 0);
  });
});

describe('publishing only what changed', () => {
  // A text of lines; a mark's position is "line:character" of an offset in it (as VS Code's positionAt).
  const positionIn = (text: string) => (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return `${line}:${offset - (before.lastIndexOf('\n') + 1)}`;
  };
  const marksOf = (text: string, ranges: [number, number, string][]): PublishedMark[] =>
    ranges.map(([start, end, message]) => {
      const at = `${positionIn(text)(start)}:${positionIn(text)(end)}`;
      return { start, end, at, key: `${at}|warning|blameful-language|${message}` };
    });
  const edit = (text: string, offset: number, length: number, inserted: string) => ({ text: text.slice(0, offset) + inserted + text.slice(offset + length), change: { offset, length, inserted: inserted.length } });

  it('moves a range only when no change touched it, not even at an edge', () => {
    assert.deepEqual(mapUntouched(10, 20, [{ offset: 2, length: 0, inserted: 3 }]), { start: 13, end: 23 });
    assert.deepEqual(mapUntouched(10, 20, [{ offset: 25, length: 1, inserted: 0 }]), { start: 10, end: 20 });
    assert.equal(mapUntouched(10, 20, [{ offset: 10, length: 0, inserted: 1 }]), undefined, 'typed at the start');
    assert.equal(mapUntouched(10, 20, [{ offset: 20, length: 0, inserted: 1 }]), undefined, 'typed at the end');
    assert.equal(mapUntouched(10, 20, [{ offset: 5, length: 5, inserted: 0 }]), undefined, 'deleted up to the start');
    assert.equal(mapUntouched(10, 20, [{ offset: 15, length: 1, inserted: 1 }]), undefined, 'inside');
    assert.deepEqual(mapUntouched(10, 20, [{ offset: 0, length: 1, inserted: 0 }, { offset: 30, length: 0, inserted: 4 }]), { start: 9, end: 19 });
  });

  it('is the same when a keystroke on another line left every squiggle where it was', () => {
    const before = 'The engineer forgot it.\nA plain line here.\nHe was careless.\n';
    const prev = marksOf(before, [[13, 19, 'forgot'], [50, 58, 'careless']]);
    // "x" typed in the plain line: same lines, same characters for both findings.
    const { text, change } = edit(before, 30, 0, 'x');
    const next = marksOf(text, [[13, 19, 'forgot'], [51, 59, 'careless']]);
    assert.equal(samePublished(prev, next, [change], positionIn(text)), true);
    assert.equal(samePublished(prev, next, [], positionIn(text)), true, 'no change at all (a republish)');
  });

  it('is not the same when the findings differ, an edit touched one, or one moved', () => {
    const before = 'The engineer forgot it.\nA plain line here.\nHe was careless.\n';
    const prev = marksOf(before, [[13, 19, 'forgot'], [50, 58, 'careless']]);
    // A new finding, one gone, another message.
    const typed = edit(before, 30, 0, 'x');
    assert.equal(samePublished(prev, marksOf(typed.text, [[13, 19, 'forgot']]), [typed.change], positionIn(typed.text)), false);
    assert.equal(samePublished(prev, marksOf(typed.text, [[13, 19, 'forgot'], [51, 59, 'lazy']]), [typed.change], positionIn(typed.text)), false);
    // Typed right after "forgot" (its squiggle's edge): the same finding, but the editor may have stretched it.
    const edge = edit(before, 19, 0, 's');
    assert.equal(samePublished(prev, marksOf(edge.text, [[13, 19, 'forgot'], [51, 59, 'careless']]), [edge.change], positionIn(edge.text)), false);
    // A line added above: the same text of findings, on other lines (the old marks are now elsewhere).
    const line = edit(before, 0, 0, 'New line.\n');
    assert.equal(samePublished(prev, marksOf(line.text, [[23, 29, 'forgot'], [60, 68, 'careless']]), [line.change], positionIn(line.text)), false);
    // Characters typed before a finding on its line: it moved, so its range differs.
    const moved = edit(before, 0, 0, 'So ');
    assert.equal(samePublished(prev, marksOf(moved.text, [[16, 22, 'forgot'], [53, 61, 'careless']]), [moved.change], positionIn(moved.text)), false);
    // The same coordinates again after an edit that moved the squiggle (contrived: the old one is elsewhere now).
    assert.equal(samePublished(prev, prev, [moved.change], positionIn(moved.text)), false);
  });
});
