// The checks every langhold session runs on its fresh blind part of the language evaluation set (issue 8), shared by
// test/unit/langhold-s16.test.ts, -s17 and -s18 (test/language/README.md, "Fresh blind part (session N)"): the part
// tagged "[fresh-sN]" is read as its own part and pinned to holdout, a later draw of it goes to dev, its ids sit in the
// session's ranges, no text repeats one the set already holds, and no source is one an earlier part quoted.
import { strict as assert } from 'node:assert';
import { LANGS, LANGUAGE_DIR, SETS, SPLITS, caseFile, freshPart, loadCases, type EvalCase } from '../language/harness';
import { assignSplit, pinnedSplit } from '../language/split';

/** Every case of the set, with the split it was read from. */
function everyCase(): Array<{ c: EvalCase; split: string }> {
  const out: Array<{ c: EvalCase; split: string }> = [];
  for (const split of SPLITS) {
    for (const set of SETS) {
      for (const lang of LANGS) {
        for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) out.push({ c, split });
      }
    }
  }
  return out;
}

/** The leading address of a source (a URL, or "code-index file <id>") names the page, thread or file quoted. */
function lead(source: string): string {
  const words = source.split(/\s+/);
  return words[0] === 'code-index' ? words.slice(0, 3).join(' ') : words[0];
}

/**
 * Describes the checks of the fresh blind part collected in session `session` ("[fresh-s<session>]").
 * `ids` matches every id of the part; `exampleId` is an id no real case uses (for the split check).
 */
export function describeFreshPart(session: number, ids: RegExp, exampleId: string): void {
  const part = `fresh-s${session}`;
  describe(`language evaluation set: the session-${session} fresh blind part (issue 8)`, () => {
    it(`reads "[${part}]" at the end of a source as the part ${part} and pins it to holdout`, () => {
      const source = `https://github.com/example/repo/pull/4 (description) (no licence stated; quoted verbatim), collected blind by langhold for the fresh holdout, session ${session} [${part}]`;
      assert.equal(freshPart(source), part);
      assert.equal(pinnedSplit(source), 'holdout');
      const c: EvalCase = { id: exampleId, text: 'The deploy finished at noon.', label: 'neutral', kind: 'plain-narrative', source };
      assert.equal(assignSplit('sentences.en', [c]).get(c.id), 'holdout');
    });

    it(`keeps ${part} apart from fresh-s1 and fresh-s${session - 1}`, () => {
      assert.notEqual(freshPart(`https://example.org/post [${part}]`), 'fresh-s1');
      assert.notEqual(freshPart(`https://example.org/post [${part}]`), `fresh-s${session - 1}`);
      assert.equal(freshPart(`https://example.org/post [${part}] (moved)`), undefined);
    });

    it(`sends a ${part} case drawn for dev in a later session to dev`, () => {
      assert.equal(pinnedSplit(`https://example.org/post [${part}, drawn for dev in session ${session + 1}]`), 'dev');
    });

    it(`holds the collected part in holdout only, with ids in the session-${session} ranges`, () => {
      let n = 0;
      for (const { c, split } of everyCase()) {
        if (freshPart(c.source) !== part) continue;
        n += 1;
        assert.equal(split, 'holdout', `${c.id}: a ${part} case outside holdout`);
        assert.match(c.id, ids, `${c.id}: id outside the session-${session} ranges`);
      }
      assert.ok(n > 0, `the ${part} part is loaded`);
    });

    it('repeats no text that another case of the set already holds', () => {
      const others = new Set<string>();
      const mine: EvalCase[] = [];
      for (const { c } of everyCase()) {
        if (freshPart(c.source) === part) mine.push(c);
        else others.add(c.text.normalize('NFC'));
      }
      const seen = new Set<string>();
      for (const c of mine) {
        const t = c.text.normalize('NFC');
        assert.ok(!others.has(t), `${c.id}: its text is already in the set`);
        assert.ok(!seen.has(t), `${c.id}: its text repeats another ${part} case`);
        seen.add(t);
      }
    });

    it('takes no source an earlier part of the set already quoted', () => {
      const earlier = new Set<string>();
      const mine: EvalCase[] = [];
      // A case of this part drawn for dev later ("[fresh-sN, drawn for dev in session M]") is not an earlier part.
      const drawn = new RegExp(`\\[${part}, drawn for dev in session \\d+\\]$`);
      for (const { c } of everyCase()) {
        if (freshPart(c.source) === part) mine.push(c);
        else if (!drawn.test(c.source)) earlier.add(lead(c.source));
      }
      for (const c of mine) assert.ok(!earlier.has(lead(c.source)), `${c.id}: ${lead(c.source)} is quoted by an earlier part`);
    });
  });
}
