// Shared by the language-kind tests that check sentences one at a time (language-en-session6/7): each sentence is the
// only paragraph of a minimal postmortem's summary, and a kind is a list of hard negatives that must stay clean and of
// blameful shapes that must be flagged at the given words, each finding offering a rewrite.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

const RULES = ['blameful-language', 'counterfactual-language'];

/** The flagged spans of one sentence, as [rule initial, text, offset in the sentence, has a rewrite]. */
export function spans(sentence: string): [string, string, number, boolean][] {
  const ko = /[가-힣]/.test(sentence);
  const head = ko ? '---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n' : '---\nlang: en\n---\n# Outage\n\n## Summary\n\n';
  const doc = `${head}${sentence}\n`;
  return lint(doc, { locale: ko ? 'ko' : 'en' })
    .findings.filter((f) => RULES.includes(f.ruleId))
    .map((f) => [f.ruleId[0], doc.slice(f.start, f.end), f.start - head.length, (f.suggestions ?? []).length > 0]);
}

/** [sentence, the expected findings: rule initial (b / c) and flagged text; the offset is found in the sentence]. */
export type Flagged = [string, [string, string][]];

export type Kinds = Record<string, { clean: string[]; flagged: Flagged[] }>;

/** One describe block per kind: clean sentences give no finding; flagged ones give exactly the expected spans, each with a rewrite. */
export function describeKinds(title: string, kinds: Kinds): void {
  describe(title, () => {
    for (const [kind, { clean, flagged }] of Object.entries(kinds)) {
      describe(kind, () => {
        for (const s of clean) {
          it(`clean: ${s}`, () => assert.deepEqual(spans(s), []));
        }
        for (const [s, want] of flagged) {
          it(`flagged: ${s}`, () => {
            const got = spans(s);
            assert.deepEqual(
              got.map(([r, t, at]) => [r, t, at]),
              want.map(([r, t]) => [r, t, s.indexOf(t)]),
            );
            assert.ok(got.every(([, , , fix]) => fix), `every finding offers a rewrite: ${JSON.stringify(got)}`);
          });
        }
      });
    }
  });
}
