// Session 10 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s10]", the first tag
// with a two-digit session number. These checks pin that it is read as its own part and kept in holdout, like
// fresh-s7…s9 (test/language/README.md, "Fresh blind part (session 10)"), and that a later draw of it goes to dev.
import { strict as assert } from 'node:assert';
import { LANGS, LANGUAGE_DIR, SETS, SPLITS, caseFile, freshPart, loadCases, type EvalCase } from '../language/harness';
import { assignSplit, pinnedSplit } from '../language/split';

describe('language evaluation set: the session-10 fresh blind part (issue 8)', () => {
  it('reads "[fresh-s10]" at the end of a source as the part fresh-s10 and pins it to holdout', () => {
    const source = 'https://github.com/example/repo/issues/1 (no licence stated; quoted verbatim), collected blind by langhold for the fresh holdout, session 10 [fresh-s10]';
    assert.equal(freshPart(source), 'fresh-s10');
    assert.equal(pinnedSplit(source), 'holdout');
    const c: EvalCase = { id: 'ko-99999', text: '배포는 정오에 끝났다.', label: 'neutral', kind: 'plain-narrative', source };
    assert.equal(assignSplit('sentences.ko', [c]).get(c.id), 'holdout');
  });

  it('reads the session number whole, and only from a complete tag at the end of the source', () => {
    assert.equal(freshPart('https://example.org/post [fresh-s1]'), 'fresh-s1');
    assert.equal(freshPart('[fresh-s10] https://example.org/post'), undefined);
    assert.equal(freshPart('https://example.org/post [fresh-s10'), undefined);
  });

  it('sends a fresh-s10 case drawn for dev in a later session to dev', () => {
    assert.equal(pinnedSplit('https://example.org/post [fresh-s10, drawn for dev in session 11]'), 'dev');
  });

  it('holds the collected part in holdout only, with ids in the session-10 ranges', () => {
    let n = 0;
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) !== 'fresh-s10') continue;
            n += 1;
            assert.equal(split, 'holdout', `${c.id}: a fresh-s10 case outside holdout`);
            assert.match(c.id, /^(en|ko)(-act)?-11\d{3}$/, `${c.id}: id outside the session-10 ranges`);
          }
        }
      }
    }
    assert.ok(n > 0, 'the fresh-s10 part is loaded');
  });
});
