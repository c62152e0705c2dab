import assert from 'node:assert/strict';
import { authorsInText, rankAuthors } from '../../src/core/authors';

describe('authors: names the workspace postmortems already use (New Incident on the web)', () => {
  it('reads authors from front matter: a YAML list, a comma string, objects with name, Korean keys', () => {
    assert.deepEqual(authorsInText('---\ntitle: x\nauthors: [Alice Kim, "@bob"]\n---\n# x\n'), ['Alice Kim', '@bob']);
    assert.deepEqual(authorsInText('---\nauthor: Dana Lee, Chris Park\n---\n'), ['Dana Lee', 'Chris Park']);
    assert.deepEqual(authorsInText('---\nauthors:\n  - name: 김서연\n  - name: 박지훈\n---\n'), ['김서연', '박지훈']);
    assert.deepEqual(authorsInText('---\n작성자: 김민수\n---\n# 장애 보고서\n'), ['김민수']);
    assert.deepEqual(authorsInText('\ufeff---\nauthors: [Eve]\n---\n'), ['Eve']);
  });

  it('finds nothing without front matter, with broken YAML, or with placeholders only', () => {
    assert.deepEqual(authorsInText('# Postmortem\n\nauthors: Alice\n'), []);
    assert.deepEqual(authorsInText('---\nauthors: [Alice\n---\n'), []);
    assert.deepEqual(authorsInText('---\nauthors: [TBD, 미정, "?"]\n---\n'), []);
    assert.deepEqual(authorsInText(''), []);
  });

  it('reads only the top of a file: front matter pushed past it by a huge block is ignored', () => {
    assert.deepEqual(authorsInText(`---\nnotes: "${'x'.repeat(20_000)}"\nauthors: [Alice]\n---\n`), []);
  });

  it('ranks by the number of documents that name someone, ties in order of first appearance', () => {
    assert.deepEqual(rankAuthors([['Bob'], ['Alice', 'Bob'], ['Carol'], ['alice', 'Alice']]), ['Bob', 'Alice', 'Carol']);
    assert.deepEqual(rankAuthors([['@dana'], ['Dana']]), ['@dana']);
    assert.deepEqual(rankAuthors([]), []);
  });
});
