// Session 17 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s17]". These checks pin
// that it is read as its own part and kept in holdout, like fresh-s7…s16 (test/language/README.md, "Fresh blind part
// (session 17)"), and that a later draw of it goes to dev.
import { strict as assert } from 'node:assert';
import { LANGS, LANGUAGE_DIR, SETS, SPLITS, caseFile, freshPart, loadCases, type EvalCase } from '../language/harness';
import { assignSplit, pinnedSplit } from '../language/split';

describe('language evaluation set: the session-17 fresh blind part (issue 8)', () => {
  it('reads "[fresh-s17]" at the end of a source as the part fresh-s17 and pins it to holdout', () => {
    const source = 'https://github.com/example/repo/pull/4 (description) (no licence stated; quoted verbatim), collected blind by langhold for the fresh holdout, session 17 [fresh-s17]';
    assert.equal(freshPart(source), 'fresh-s17');
    assert.equal(pinnedSplit(source), 'holdout');
    const c: EvalCase = { id: 'en-99998', text: 'The deploy finished at noon.', label: 'neutral', kind: 'plain-narrative', source };
    assert.equal(assignSplit('sentences.en', [c]).get(c.id), 'holdout');
  });

  it('keeps fresh-s17 apart from fresh-s1 and fresh-s16', () => {
    assert.notEqual(freshPart('https://example.org/post [fresh-s17]'), 'fresh-s1');
    assert.notEqual(freshPart('https://example.org/post [fresh-s17]'), 'fresh-s16');
    assert.equal(freshPart('https://example.org/post [fresh-s17] (moved)'), undefined);
  });

  it('sends a fresh-s17 case drawn for dev in a later session to dev', () => {
    assert.equal(pinnedSplit('https://example.org/post [fresh-s17, drawn for dev in session 18]'), 'dev');
  });

  it('holds the collected part in holdout only, with ids in the session-17 ranges', () => {
    let n = 0;
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) !== 'fresh-s17') continue;
            n += 1;
            assert.equal(split, 'holdout', `${c.id}: a fresh-s17 case outside holdout`);
            assert.match(c.id, /^(en|ko)-23[0-4]\d{2}$|^(en|ko)-act-235\d{2}$/, `${c.id}: id outside the session-17 ranges`);
          }
        }
      }
    }
    assert.ok(n > 0, 'the fresh-s17 part is loaded');
  });

  it('repeats no text that another case of the set already holds', () => {
    const others = new Set<string>();
    const mine: EvalCase[] = [];
    for (const split of SPLITS) {
      for (const set of SETS) {
        for (const lang of LANGS) {
          for (const c of loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set)) {
            if (freshPart(c.source) === 'fresh-s17') mine.push(c);
            else others.add(c.text.normalize('NFC'));
          }
        }
      }
    }
    const seen = new Set<string>();
    for (const c of mine) {
      const t = c.text.normalize('NFC');
      assert.ok(!others.has(t), `${c.id}: its text is already in the set`);
      assert.ok(!seen.has(t), `${c.id}: its text repeats another fresh-s17 case`);
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
            if (freshPart(c.source) === 'fresh-s17') mine.push(c);
            // A case of this part drawn for dev later ("[fresh-s17, drawn for dev in session N]") is not an earlier part.
            else if (!/\[fresh-s17, drawn for dev in session \d+\]$/.test(c.source)) earlier.add(lead(c.source));
          }
        }
      }
    }
    for (const c of mine) assert.ok(!earlier.has(lead(c.source)), `${c.id}: ${lead(c.source)} is quoted by an earlier part`);
  });
});
