// Every language finding offers a rewrite, and applying any offered fix and re-linting leaves no
// language finding on that sentence. Sentences written for this test, one or more per kind (not
// taken from the evaluation set).
import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';

const RULES = ['blameful-language', 'counterfactual-language'];
const doc = (s: string) => `# Incident\n\n## Summary\n\n${s}\n`;
const languageFindings = (text: string) => lint(text).findings.filter((f) => RULES.includes(f.ruleId));

const BLAME_AND_HINDSIGHT = [
  'Ingrid dropped the sessions table during the cleanup.',
  'Karim deleted the wrong bucket while tidying up the test account.',
  'The on-call ignored the queue-depth warning for an hour.',
  'Farah failed to rotate the signing key before it expired.',
  'The reviewer never tested the migration on a copy of the data.',
  'Tomas forgot to renew the wildcard certificate.',
  'Responsibility for the broken export falls on the billing team.',
  'This incident is squarely on the data team.',
  'Moving the cron job during the freeze was a poor decision.',
  'It was a lapse in judgement to disable the health check.',
  'Operators need to be more careful when resizing volumes.',
  'The on-call should have escalated to the database team.',
  'The stale lock could easily have been caught by the reviewer.',
  'A staged rollout would have prevented the regional outage.',
  'The data loss was entirely avoidable.',
];

const HARD_NEGATIVES = [
  'Nobody skipped the checklist: the checklist had no step for the replica.',
  'The scheduler dropped the stale leases after the restart.',
  'The alerting pipeline should have paged within a minute.',
  'It could have gone unnoticed for a week.',
  'We do not look for a culprit; asking who slipped would not tell us why the tool allowed it.',
  'Thanks to Ingrid for keeping the review honest.',
  'The health check failed to detect the hung worker.',
  'Karim rolled back the release at 14:02.',
  'The ticket was titled "Tomas forgot the cert" and we renamed it.',
  // Something to have, not a deed missed: forward-looking "should have" + a noun in -ing.
  'We should have alerting on queue depth before the next release.',
  'Each team should have monitoring for its own consumers.',
];

describe('hard negatives stay clean', () => {
  for (const sentence of HARD_NEGATIVES) {
    it(`“${sentence}”`, () => assert.deepEqual(languageFindings(doc(sentence)).map((f) => f.message), []));
  }
});

describe('language fixes are sound', () => {
  for (const sentence of BLAME_AND_HINDSIGHT) {
    it(`“${sentence}”: flagged, rewritable, and clean after each fix`, () => {
      const text = doc(sentence);
      const found = languageFindings(text);
      assert.ok(found.length > 0, 'flagged');
      for (const f of found) {
        assert.ok(f.suggestions.length > 0, `a rewrite for ${f.message}`);
        for (const s of f.suggestions) {
          const fixed = applyFixes(text, [s.edits]).text;
          const left = languageFindings(fixed);
          assert.deepEqual(left.map((x) => x.message), [], `after “${s.title}”: ${fixed.split('\n')[4]}`);
        }
      }
    });
  }
});
