import assert from 'node:assert/strict';
import { timelineEntryInsertion } from '../../src/core/edits/timeline';
import { parseDocument } from '../../src/core/model/document';
import { insertionAsSnippet } from '../../src/extension/insertionSnippet';

/** Applies non-overlapping edits (offsets in the original text). */
function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Expands a snippet made of literal text and `$0` the way the editor does: the text and where the cursor lands. */
function expand(snippet: string): { text: string; cursor: number } {
  let text = '';
  let cursor = -1;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) text += snippet[++i];
    else if (c === '$' && snippet[i + 1] === '0') {
      assert.equal(cursor, -1, 'one $0');
      cursor = text.length;
      i++;
    } else {
      assert.ok(c !== '$' && c !== '}', `unescaped ${c} at ${i} in ${JSON.stringify(snippet)}`);
      text += c;
    }
  }
  assert.ok(cursor >= 0, 'a $0');
  return { text, cursor };
}

/** The document after applying the snippet, and the cursor's offset in it. */
function viaSnippet(text: string, s: { start: number; end: number; snippet: string }): { text: string; cursor: number } {
  const e = expand(s.snippet);
  return { text: text.slice(0, s.start) + e.text + text.slice(s.end), cursor: s.start + e.cursor };
}

describe('insertion as one snippet (edit and cursor in one message)', () => {
  it('escapes $, } and \\ in the inserted text and puts $0 at the cursor (en)', () => {
    const text = '## Timeline\n\n- 14:00 — cost $5 {x} \\ path\n';
    const s = insertionAsSnippet(text, { edits: [{ start: text.length, end: text.length, newText: '- 14:05 — cost $5 {x} \\ ' }], cursor: text.length + '- 14:05 — '.length });
    assert.ok(s);
    assert.equal(s.snippet, '- 14:05 — $0cost \\$5 {x\\} \\\\ ');
    assert.deepEqual(viaSnippet(text, s), { text: text + '- 14:05 — cost $5 {x} \\ ', cursor: text.length + '- 14:05 — '.length });
  });

  it('escapes the Korean entry the same way (ko)', () => {
    const text = '## 타임라인\n\n- 14:00 — 비용 $5 {x}\n';
    const s = insertionAsSnippet(text, { edits: [{ start: text.length, end: text.length, newText: '- 14:05 — 비용 $5 {x}' }], cursor: text.length + '- 14:05 — '.length });
    assert.ok(s);
    assert.equal(s.snippet, '- 14:05 — $0비용 \\$5 {x\\}');
    assert.equal(viaSnippet(text, s).text, text + '- 14:05 — 비용 $5 {x}');
  });

  it('merges several edits into one span, copying the text between them unchanged', () => {
    const text = 'aaa $1 bbb } ccc';
    const insertion = { edits: [{ start: 12, end: 15, newText: 'CC' }, { start: 0, end: 3, newText: 'A$' }], cursor: 2 };
    const s = insertionAsSnippet(text, insertion);
    assert.ok(s);
    assert.deepEqual([s.start, s.end], [0, 15]);
    const want = applyEdits(text, insertion.edits);
    assert.deepEqual(viaSnippet(text, s), { text: want, cursor: 2 });
  });

  it('gives up (two-step fallback) on no edits, overlapping edits, or a cursor outside the span', () => {
    assert.equal(insertionAsSnippet('abc', { edits: [], cursor: 0 }), undefined);
    assert.equal(insertionAsSnippet('abcdef', { edits: [{ start: 0, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }], cursor: 0 }), undefined);
    assert.equal(insertionAsSnippet('abcdef', { edits: [{ start: 3, end: 3, newText: 'x' }], cursor: 0 }), undefined);
    assert.equal(insertionAsSnippet('abc', { edits: [{ start: 2, end: 9, newText: 'x' }], cursor: 2 }), undefined);
  });

  for (const [lang, text] of [
    ['en', '# Postmortem: x\n\n## Timeline\n\n- 14:00 KST — alert fired\n- 14:05 KST — rollback started\n\n## Action Items\n'],
    ['ko', '---\ntimezone: Asia/Seoul\n---\n# 장애 보고서\n\n## 타임라인\n\n| 시각 | 내용 |\n| --- | --- |\n| 오후 2시 | 알람 |\n'],
    ['en, no timeline yet', '# Postmortem: x\n\n## Summary\n\nCheckout failed.\n'],
    ['ko, no timeline yet', '# 장애 보고서\n\n## 개요\n\n결제 실패.\n'],
  ] as const) {
    it(`an Insert Timeline Entry insertion gives the same text and cursor as a snippet (${lang})`, () => {
      const doc = parseDocument(text);
      const insertion = timelineEntryInsertion(doc, { now: new Date('2024-05-01T05:51:00Z'), localOffset: 540 });
      const s = insertionAsSnippet(text, insertion);
      assert.ok(s);
      assert.deepEqual(viaSnippet(text, s), { text: applyEdits(text, insertion.edits), cursor: insertion.cursor });
    });
  }
});
