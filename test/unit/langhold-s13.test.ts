// Session 13 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s13]". These checks pin
// that it is read as its own part and kept in holdout, like fresh-s7…s12 (test/language/README.md, "Fresh blind part
// (session 13)"), and that a later draw of it goes to dev.
import { strict as assert } from 'node:assert';
import { LANGS, LANGUAGE_DIR, SETS, SPLITS, caseFile, freshPart, loadCases, type EvalCase } from '../language/harness';
import { assignSplit, pinnedSplit } from '../language/split';

describe('language evaluation set: the session-13 fresh blind part (issue 8)', () => {
  it('reads "[fresh-s13]" at the end of a source as the part fresh-s13 and pins it to holdout', () => {
    const source = 'https://github.com/example/repo/pull/2 (description) (no licence stated; quoted verbatim), collected blind by langhold for the fresh holdout, session 13 [fresh-s13]';
    assert.equal(freshPart(source), 'fresh-s13');
    assert.equal(pinnedSplit(source), 'holdout');
    const c: EvalCase = { id: 'en-99999', text: 'The deploy finished at noon.', label: 'neutral', kind: 'plain-narrative', source };
    assert.equal(assignSplit('sentences.en', [c]).get(c.id), 'holdout');
  });

  it('keeps fresh-s13 apart from fresh-s1 and fresh-s12', () => {
    assert.notEqual(freshPart('https://example.org/post [fresh-s13]'), 'fresh-s1');
    assert.notEqual(freshPart('https://example.org/post [fresh-s13]'), 'fresh-s12');
    assert.equal(freshPart('https://example.org/post [fresh-s13] (moved)'), undefined);
  });

  it('sends a fresh-s13 case drawn for dev in a later session to dev', () => {
    assert.equal(pinnedSplit('https://example.org/post [fresh-s13, drawn for dev in session 14]'), 'dev');
  });

  it('holds the collected part in holdout only, with ids in the session-13 ranges', () => {
    let n = 0;
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) !== 'fresh-s13') continue;
            n += 1;
            assert.equal(split, 'holdout', `${c.id}: a fresh-s13 case outside holdout`);
            assert.match(c.id, /^(en|ko)(-act)?-17[5-9]\d{2}$/, `${c.id}: id outside the session-13 ranges`);
          }
        }
      }
    }
    assert.ok(n > 0, 'the fresh-s13 part is loaded');
  });
});
