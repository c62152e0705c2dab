// Session 16 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s16]". These checks pin
// that it is read as its own part and kept in holdout, like fresh-s7…s15 (test/language/README.md, "Fresh blind part
// (session 16)"), and that a later draw of it goes to dev.
import { strict as assert } from 'node:assert';
import { LANGS, LANGUAGE_DIR, SETS, SPLITS, caseFile, freshPart, loadCases, type EvalCase } from '../language/harness';
import { assignSplit, pinnedSplit } from '../language/split';

describe('language evaluation set: the session-16 fresh blind part (issue 8)', () => {
  it('reads "[fresh-s16]" at the end of a source as the part fresh-s16 and pins it to holdout', () => {
    const source = 'https://github.com/example/repo/pull/4 (description) (no licence stated; quoted verbatim), collected blind by langhold for the fresh holdout, session 16 [fresh-s16]';
    assert.equal(freshPart(source), 'fresh-s16');
    assert.equal(pinnedSplit(source), 'holdout');
    const c: EvalCase = { id: 'en-99999', text: 'The deploy finished at noon.', label: 'neutral', kind: 'plain-narrative', source };
    assert.equal(assignSplit('sentences.en', [c]).get(c.id), 'holdout');
  });

  it('keeps fresh-s16 apart from fresh-s1 and fresh-s15', () => {
    assert.notEqual(freshPart('https://example.org/post [fresh-s16]'), 'fresh-s1');
    assert.notEqual(freshPart('https://example.org/post [fresh-s16]'), 'fresh-s15');
    assert.equal(freshPart('https://example.org/post [fresh-s16] (moved)'), undefined);
  });

  it('sends a fresh-s16 case drawn for dev in a later session to dev', () => {
    assert.equal(pinnedSplit('https://example.org/post [fresh-s16, drawn for dev in session 17]'), 'dev');
  });

  it('holds the collected part in holdout only, with ids in the session-16 ranges', () => {
    let n = 0;
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) !== 'fresh-s16') continue;
            n += 1;
            assert.equal(split, 'holdout', `${c.id}: a fresh-s16 case outside holdout`);
            assert.match(c.id, /^(en|ko)(-act)?-20[0-3]\d{2}$/, `${c.id}: id outside the session-16 ranges`);
          }
        }
      }
    }
    assert.ok(n > 0, 'the fresh-s16 part is loaded');
  });

  it('repeats no text that another case of the set already holds', () => {
    const others = new Set<string>();
    const mine: EvalCase[] = [];
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) === 'fresh-s16') mine.push(c);
            else others.add(c.text.normalize('NFC'));
          }
        }
      }
    }
    const seen = new Set<string>();
    for (const c of mine) {
      const t = c.text.normalize('NFC');
      assert.ok(!others.has(t), `${c.id}: its text is already in the set`);
      assert.ok(!seen.has(t), `${c.id}: its text repeats another fresh-s16 case`);
      seen.add(t);
    }
  });
  it('takes no source an earlier part of the set already quoted', () => {
    // The leading address of a source (a URL, or "code-index file <id>") names the page, thread or file quoted.
    const lead = (source: string): string => {
      const words = source.split(/\s+/);
      return words[0] === 'code-index' ? words.slice(0, 3).join(' ') : words[0];
    };
    const earlier = new Set<string>();
    const mine: EvalCase[] = [];
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) === 'fresh-s16') mine.push(c);
            // A case of this part drawn for dev later ("[fresh-s16, drawn for dev in session N]") is not an earlier part.
            else if (!/\[fresh-s16, drawn for dev in session \d+\]$/.test(c.source)) earlier.add(lead(c.source));
          }
        }
      }
    }
    for (const c of mine) assert.ok(!earlier.has(lead(c.source)), `${c.id}: ${lead(c.source)} is quoted by an earlier part`);
  });
});
