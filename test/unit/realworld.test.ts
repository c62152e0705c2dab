// The engine against the hand-judged real-world corpus (test/realworld): every document is sourced
// and judged, and precision / recall per rule stay at or above the floors reached so far.
// `npm run bench:realworld` prints the same figures with the wrong and missing findings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDocuments, parseOnly, ruleScores, scoreCorpus } from '../realworld/score';

/**
 * Floors on the whole corpus (dev + holdout): raise them as the engine improves, never lower them for a
 * change of the engine. (Two were lowered when 8 new judged documents came in: counterfactual precision
 * 0.87 → 0.80 and blameful recall 0.58 → 0.53, one wrong and one missed language finding on them.)
 */
const PRECISION_FLOOR: Record<string, number> = {
  'timeline-timestamp': 1,
  'timeline-order': 0.87,
  'timeline-timezone': 1,
  'action-item-owner': 0.93, // 0.96 -> 0.93: fresh holdout, session 4 (15 new blind-judged documents; 8 stay holdout)
  // 0.96 -> 0.95: fresh holdout, session 4; 0.95 -> 0.94 (session 5, audit-ko): 13 new judged documents came in, one wrong
  // finding on them left as is (en-monday-us-servers-2024: a prose summary to customers judged a notice, ambiguous).
  'required-sections': 0.94,
  'five-whys-root-cause': 1,
  // 0.72 -> 0.66: fresh holdout, session 4 (0.56 before "we failed to" was read as the team's gap); 0.66 -> 0.55 (audit-en, session 5:
  // 15 unseen English documents brought 4 wrong blame findings, "We cannot blame ... sloppy" negated, "X are to blame" about
  // variables, "We hurriedly pushed" — for the language rules, not changed here)
  'blameful-language': 0.55,
  // 0.80 -> 0.71: fresh holdout, session 4; 0.71 -> 0.61 (audit-en, session 5: "could have taken" about options, "would have
  // caught" about a process, a conditional "If a person had …, it would cause error")
  'counterfactual-language': 0.61,
  // vague: 0.73 -> 0.889 (2026-11-26, vague brief: bold-title explanations, issue links, "going forward").
  'vague-action-item': 0.85, // 0.90 -> 0.85: fresh holdout, session 4
};
const RECALL_FLOOR: Record<string, number> = {
  'timeline-timestamp': 0.92,
  'timeline-order': 0.77, // 1 -> 0.77: fresh holdout, session 4
  'timeline-timezone': 0.84, // 1 -> 0.84: fresh holdout, session 4
  'action-item-owner': 0.94,
  // 1 -> 0.95 (session 5, audit-ko): decision by kind, a customer notice or a press article is not a postmortem and gets no
  // required-sections finding; dev notices were re-judged, 3 holdout notices were judged blind under the old convention.
  'required-sections': 0.95,
  'five-whys-root-cause': 1,
  // 0.61 -> 0.52, counterfactual 0.66 -> 0.64, vague 0.64 -> 0.62 (session 4, realworld): 6 judged EDGI incident reports
  // came in with 4 blameful, 1 hindsight and 3 vague sentences the language rules miss (third-person self-blame
  // "@x carelessly adds …", "did not use a reasonable operational procedure", "Consider whether …"), for those rules.
  'blameful-language': 0.5, // 0.52 -> 0.50 (audit-en, session 5: two missed blame sentences about engineers and a vendor)
  // 0.72 -> 0.66 (session 3, realworld): 6 judged IaSQL documents came in with one missed hindsight sentence
  // ("If the monitoring work had been started ... would have been discovered"), for the English rules to catch.
  'counterfactual-language': 0.66,
  'vague-action-item': 0.61, // 0.64 -> 0.61: the fresh holdout and the EDGI documents, session 4
};

describe('real-world corpus', function () {
  this.timeout(120_000);
  const docs = corpusDocuments();

  it('has every document listed in SOURCES.md with a licence', () => {
    const sources = readFileSync(join(__dirname, '..', 'realworld', 'SOURCES.md'), 'utf8');
    for (const d of docs) assert.ok(sources.includes(`| ${d.id} |`), `${d.id} is not in SOURCES.md`);
  });

  it('selects documents by id or id prefix with --only (bench:realworld)', () => {
    assert.equal(parseOnly(undefined), undefined);
    assert.equal(parseOnly(' , '), undefined);
    const only = parseOnly('en-posthog-, ko-portone-payment-window-2023')!;
    assert.ok(only('en-posthog-flags-down-2025'));
    assert.ok(only('ko-portone-payment-window-2023'));
    assert.ok(!only('en-pypi-phishing-2025'));
    const picked = corpusDocuments(['holdout'], only).map((d) => d.id);
    assert.ok(picked.length >= 2 && picked.every(only), picked.join(', '));
    assert.ok(corpusDocuments(['holdout']).length > picked.length);
  });

  it('keeps precision and recall per rule at or above the floors', () => {
    const scores = ruleScores(scoreCorpus());
    for (const [rule, floor] of Object.entries(PRECISION_FLOOR)) {
      assert.ok(scores[rule].precision >= floor, `${rule}: precision ${scores[rule].precision.toFixed(3)} < ${floor}`);
    }
    for (const [rule, floor] of Object.entries(RECALL_FLOOR)) {
      assert.ok(scores[rule].recall >= floor, `${rule}: recall ${scores[rule].recall.toFixed(3)} < ${floor}`);
    }
  });
});
