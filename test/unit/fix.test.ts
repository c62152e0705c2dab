import { strict as assert } from 'node:assert';
import { applyFixes, applyPreferredFixes, preferredSuggestions, type Fix } from '../../src/core/fix';
import type { Finding, Suggestion, TextEdit } from '../../src/core/types';

const e = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

interface Case {
  name: string;
  text: string;
  fixes: Fix[];
  text_: string;
  applied: number;
  skipped: number;
}

// Offsets below are computed from the text where they are not obvious, so a reader can check them.
const BOM_CRLF = '\uFEFF# 장애\r\nBob forgot the flag.\r\n';
const bob = BOM_CRLF.indexOf('Bob forgot');
const KO = '배포 과정의 실수로 설정이 배포되었다.';
const silsu = KO.indexOf('실수');
const EMOJI = 'fire 🔥 at 14:51';
const fire = EMOJI.indexOf('🔥');

const cases: Case[] = [
  { name: 'empty list leaves the text alone', text: 'abc', fixes: [], text_: 'abc', applied: 0, skipped: 0 },
  { name: 'empty text, insertion at 0', text: '', fixes: [e(0, 0, 'x')], text_: 'x', applied: 1, skipped: 0 },
  { name: 'one replacement', text: 'hello world', fixes: [e(6, 11, 'there')], text_: 'hello there', applied: 1, skipped: 0 },
  { name: 'deletion', text: 'hello cruel world', fixes: [e(5, 11, '')], text_: 'hello world', applied: 1, skipped: 0 },
  {
    name: 'non-overlapping edits given out of order are applied by position',
    text: 'a b c d',
    fixes: [e(6, 7, 'D'), e(0, 1, 'A'), e(4, 5, 'C')],
    text_: 'A b C D',
    applied: 3,
    skipped: 0,
  },
  { name: 'touching ranges do not overlap', text: 'abcdef', fixes: [e(0, 3, 'X'), e(3, 6, 'Y')], text_: 'XY', applied: 2, skipped: 0 },
  { name: 'overlap: the later fix is skipped whole', text: 'abcdef', fixes: [e(1, 4, 'X'), e(3, 5, 'Y')], text_: 'aXef', applied: 1, skipped: 1 },
  { name: 'overlap: order given decides, not position', text: 'abcdef', fixes: [e(3, 5, 'Y'), e(1, 4, 'X')], text_: 'abcYf', applied: 1, skipped: 1 },
  { name: 'identical ranges: only the first', text: 'abcdef', fixes: [e(2, 4, '1'), e(2, 4, '2')], text_: 'ab1ef', applied: 1, skipped: 1 },
  { name: 'range inside a range is skipped', text: 'abcdef', fixes: [e(0, 6, 'Z'), e(2, 3, 'q')], text_: 'Z', applied: 1, skipped: 1 },
  {
    name: 'insertions at the same offset keep the given order',
    text: 'ab',
    fixes: [e(1, 1, '1'), e(1, 1, '2'), e(1, 1, '3')],
    text_: 'a123b',
    applied: 3,
    skipped: 0,
  },
  {
    name: 'insertion at the start of a replaced range goes before the replacement',
    text: 'abcdef',
    fixes: [e(2, 4, 'X'), e(2, 2, '>')],
    text_: 'ab>Xef',
    applied: 2,
    skipped: 0,
  },
  {
    name: 'insertion at the end of a replaced range goes after it',
    text: 'abcdef',
    fixes: [e(4, 4, '<'), e(2, 4, 'X')],
    text_: 'abX<ef',
    applied: 2,
    skipped: 0,
  },
  { name: 'insertion strictly inside a replaced range is skipped', text: 'abcdef', fixes: [e(2, 5, 'X'), e(3, 3, '!')], text_: 'abXf', applied: 1, skipped: 1 },
  { name: 'insertion at the end of the text', text: 'abc', fixes: [e(3, 3, '\n')], text_: 'abc\n', applied: 1, skipped: 0 },
  { name: 'out of range: end past the text', text: 'abc', fixes: [e(1, 4, 'X')], text_: 'abc', applied: 0, skipped: 1 },
  { name: 'out of range: negative start', text: 'abc', fixes: [e(-1, 1, 'X')], text_: 'abc', applied: 0, skipped: 1 },
  { name: 'out of range: start after end', text: 'abc', fixes: [e(2, 1, 'X')], text_: 'abc', applied: 0, skipped: 1 },
  { name: 'a bad fix does not stop the good ones', text: 'abc', fixes: [e(5, 6, '?'), e(0, 1, 'A')], text_: 'Abc', applied: 1, skipped: 1 },
  {
    name: 'a group is applied together',
    text: 'Bob forgot. Bob ignored.',
    fixes: [[e(0, 3, 'The deploy'), e(12, 15, 'The tool')]],
    text_: 'The deploy forgot. The tool ignored.',
    applied: 1,
    skipped: 0,
  },
  {
    name: 'a group with one clashing edit is skipped whole',
    text: 'abcdefgh',
    fixes: [e(6, 8, 'GH'), [e(0, 1, 'A'), e(7, 8, 'h!')]],
    text_: 'abcdefGH',
    applied: 1,
    skipped: 1,
  },
  {
    name: 'a group with one out-of-range edit is skipped whole',
    text: 'abc',
    fixes: [[e(0, 1, 'A'), e(2, 9, 'C')]],
    text_: 'abc',
    applied: 0,
    skipped: 1,
  },
  {
    name: 'a group whose own edits overlap is skipped whole',
    text: 'abcdef',
    fixes: [[e(0, 3, 'X'), e(2, 4, 'Y')]],
    text_: 'abcdef',
    applied: 0,
    skipped: 1,
  },
  {
    name: 'a later fix clashing with an accepted group is skipped',
    text: 'abcdef',
    fixes: [[e(0, 1, 'A'), e(4, 5, 'E')], e(4, 6, 'ZZ'), e(2, 3, 'C')],
    text_: 'AbCdEf',
    applied: 2,
    skipped: 1,
  },
  {
    name: 'BOM and CRLF are untouched by an edit elsewhere',
    text: BOM_CRLF,
    fixes: [e(bob, bob + 'Bob forgot'.length, 'The runbook omitted')],
    text_: '\uFEFF# 장애\r\nThe runbook omitted the flag.\r\n',
    applied: 1,
    skipped: 0,
  },
  {
    name: 'Korean: replacing a word keeps the particles around it',
    text: KO,
    fixes: [e(silsu, silsu + 2, '검증 부재')],
    text_: '배포 과정의 검증 부재로 설정이 배포되었다.',
    applied: 1,
    skipped: 0,
  },
  {
    name: 'surrogate pair replaced whole (two UTF-16 units)',
    text: EMOJI,
    fixes: [e(fire, fire + 2, '(alert)')],
    text_: 'fire (alert) at 14:51',
    applied: 1,
    skipped: 0,
  },
  {
    name: 'edits after a surrogate pair use UTF-16 offsets',
    text: EMOJI,
    fixes: [e(EMOJI.indexOf('14:51'), EMOJI.length, '14:51 KST')],
    text_: 'fire 🔥 at 14:51 KST',
    applied: 1,
    skipped: 0,
  },
  {
    name: 'an edit that would split a surrogate pair is skipped',
    text: 'fire 🔥 now',
    fixes: [e(6, 7, 'x'), e(0, 4, 'FIRE')],
    text_: 'FIRE 🔥 now',
    applied: 1,
    skipped: 1,
  },
  { name: 'an empty group is neither applied nor skipped', text: 'abc', fixes: [[], e(0, 1, 'A')], text_: 'Abc', applied: 1, skipped: 0 },
];

describe('applyFixes (table)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const fixes = structuredClone(c.fixes);
      const r = applyFixes(c.text, c.fixes);
      assert.deepEqual({ text: r.text, applied: r.applied, skipped: r.skipped }, { text: c.text_, applied: c.applied, skipped: c.skipped });
      assert.deepEqual(c.fixes, fixes, 'the fixes passed in are not modified');
    });
  }
});

describe('applyFixes against a reference', () => {
  /** Applies disjoint edits from the last to the first: obviously right, and independent of the engine's code. */
  function reference(text: string, edits: TextEdit[]): string {
    let out = text;
    for (const ed of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, ed.start) + ed.newText + out.slice(ed.end);
    return out;
  }

  it('matches right-to-left application for random disjoint edits (seeded)', () => {
    let seed = 12345;
    const rnd = () => {
      // LCG: enough randomness for shuffling test cases, and reproducible.
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const base = '장애 timeline\r\n- 14:51 Bob 🔥 rolled back\r\n- 15:02 복구 완료\r\n'.repeat(3);
    for (let round = 0; round < 200; round++) {
      // Cut points on code-point boundaries so that no edit splits a surrogate pair.
      const cuts = new Set<number>();
      for (let i = 0; i < 6; i++) {
        let at = Math.floor(rnd() * (base.length + 1));
        if (at > 0 && at < base.length && /[\uDC00-\uDFFF]/.test(base[at])) at--;
        cuts.add(at);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const edits: TextEdit[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) edits.push(e(points[i], points[i + 1], ['', 'x', '검증', '\r\n'][Math.floor(rnd() * 4)]));
      const shuffled = [...edits].sort(() => rnd() - 0.5);
      const r = applyFixes(base, shuffled);
      assert.equal(r.skipped, 0, `round ${round}`);
      assert.equal(r.applied, edits.length);
      assert.equal(r.text, reference(base, edits), `round ${round}: ${JSON.stringify(edits)}`);
    }
  });
});

describe('preferred fixes', () => {
  const finding = (start: number, end: number, suggestions: Suggestion[]): Finding => ({
    start,
    end,
    message: 'm',
    suggestions,
    ruleId: 'blameful-language',
    severity: 'warning',
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    docsPath: 'docs/rules/blameful-language.md',
  });
  const text = 'human error and 실수 here';
  const he = finding(0, 11, [
    { title: 'Use "a process gap"', edits: [e(0, 11, 'a process gap')] },
    { title: 'Use "a missing safeguard"', edits: [e(0, 11, 'a missing safeguard')] },
  ]);
  const ko = finding(16, 18, [{ title: '"검증 누락"', edits: [e(16, 18, '검증 누락')] }]);
  const none = finding(3, 5, []);

  it('takes the first suggestion of each finding that has one', () => {
    assert.deepEqual(
      preferredSuggestions([he, none, ko]).map((s) => s.title),
      ['Use "a process gap"', '"검증 누락"'],
    );
  });
  it('applies them in one pass (English and Korean)', () => {
    const r = applyPreferredFixes(text, [he, none, ko]);
    assert.deepEqual(r, { text: 'a process gap and 검증 누락 here', applied: 2, skipped: 0 });
  });
  it('keeps a multi-edit suggestion atomic', () => {
    const both = finding(0, 18, [{ title: 'both', edits: [e(0, 5, 'H'), e(16, 18, 'K')] }]);
    const r = applyPreferredFixes(text, [ko, both]);
    assert.deepEqual(r, { text: 'human error and 검증 누락 here', applied: 1, skipped: 1 });
  });
});
