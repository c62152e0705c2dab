// Kinds of English sentence the language rules misread in the half of the blind fresh-s9 part drawn into dev in session 10
// (GitHub issue threads, forum and advice-column threads, columns, code comments).
// False alarms: a fault denied through a verb of seeming, a counterfactual about someone's reaction or fate, blame that an
// approach presumes, an expectation on an earlier stage conceded by a defensive guard, a safeguard named by what it would
// stop, a capability stated in general (its object a bare plural of trouble). Misses: the contracted "would’ve" of a missing safeguard, the contracted future of a care pledge ("I’ll be more
// cautious"), common misspellings of "accidentally", a hyphenated "mis-" verb, a hedge before the writer's own slip ("I think
// maybe I misclicked"), a person leaving a shared thing broken, "even" before an act left undone, a typographic apostrophe
// in "didn’t" + a duty (read as the plain one, with its rewrite).
// Each kind: hard negatives stay clean; the blameful shape beside it is still flagged at the given words, with a rewrite.
// Korean sentences of the same kind where the Korean reading already holds (the Korean module is not changed here).
// Sentences written for this test, not from the evaluation set.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

const KINDS: Kinds = {
  'a fault denied through a verb of seeming (en)': {
    clean: [
      'It doesn’t look like the tester’s fault to me.',
      'That does not seem to be her mistake at all.',
      'Honestly, this didn’t feel like anyone’s fault.',
      'From the logs it doesn’t appear to be the contractor’s error.',
    ],
    flagged: [
      ['It looks like your fault.', [['b', 'your fault']]],
      ['This was the tester’s fault.', [['b', 'the tester’s fault']]],
    ],
  },
  'a fault denied through a verb of seeming (ko)': {
    clean: ['그건 네 잘못 같지는 않아 보인다.'],
    flagged: [],
  },
  'a counterfactual about someone’s reaction or fate (en)': {
    clean: [
      'My manager would have been furious.',
      'In a bigger company I would have been fired on the spot.',
      'Our old director wouldn’t have been so forgiving.',
      'Had the invoice gone out twice, the finance lead would’ve been livid.',
    ],
    flagged: [
      ['Had the engineer checked the dashboard, the outage would have been shorter.', [['c', 'Had the engineer checked the dashboard, the outage would have']]],
      ['The on-call should have been more careful.', [['c', 'The on-call should have been more careful']]],
    ],
  },
  'blame that an approach or a culture presumes (en)': {
    clean: [
      'The old review template presumes carelessness and ends in a formal reprimand.',
      'Traditional root-cause forms assume human error and stop there.',
      'A blame culture takes for granted that there was negligence, which makes people hide their slips.',
    ],
    flagged: [
      ['I assume negligence on his part.', [['b', 'negligence']]],
      ['The audit found negligence by the night operator.', [['b', 'negligence']]],
    ],
  },
  'an expectation on an earlier stage, conceded by a defensive guard (en)': {
    clean: [
      'The token should already have been refreshed by the client, but to be safe we retry once.',
      'Malformed rows should have been rejected by the importer, but just in case the exporter skips them too.',
      'The path should have been normalised upstream, but the handler checks it again anyway.',
      'Should have been filtered out by the gateway, but as a precaution',
    ],
    flagged: [
      ['The wrong region should have been caught in review.', [['c', 'should have been caught']]],
      ['The expired card should have been flagged by the reviewer, but nobody looked.', [['c', 'should have been flagged']]],
    ],
  },
  'a safeguard opening the sentence, named by what it would stop (en)': {
    clean: [
      'Policies that would have prevented most public-bucket leaks ship with the new console.',
      'Default settings that would have blocked the open port are now enforced.',
      'Quotas which would have contained the runaway job exist only in the staging cluster.',
    ],
    flagged: [
      ['A canary stage would have caught this.', [['c', 'would have caught']]],
      ['The reviewer would have caught the typo with a second look.', [['c', 'would have caught']]],
    ],
  },
  'a capability stated in general, its object a bare plural of trouble (en)': {
    clean: [
      'A stricter retention setting would’ve caught issues earlier.',
      'Fuzzing would have caught memory bugs sooner.',
      'Signed commits would have prevented most supply-chain attacks.',
    ],
    flagged: [
      ['A second reviewer would have caught mistakes like this.', [['c', 'would have caught']]],
      ['Reading the runbook would have prevented outages like ours.', [['c', 'would have prevented']]],
      ['A dry run would have caught the bad flag.', [['c', 'would have caught']]],
    ],
  },
  'a safeguard named by what it would stop (ko)': {
    clean: ['공개 버킷을 막았을 기본 설정이 새 버전에 포함되었다.'],
    flagged: [],
  },
  // Misses.
  'the contracted "would’ve" of a missing safeguard (en)': {
    clean: ['We had no load test that would’ve caught it.', 'Things could’ve been far worse than they were.'],
    flagged: [
      ['A dry run would’ve caught the typo.', [['c', 'would’ve caught']]],
      ['Pinning the base image would\'ve prevented the broken build.', [['c', 'would\'ve prevented']]],
      ['Splitting the migration into two steps would’ve avoided the lock.', [['c', 'would’ve avoided']]],
    ],
  },
  'the contracted future of a care pledge (en)': {
    clean: ['It’ll be more careful to roll out by region.', 'We’ll be more precise about rollout windows in the runbook.'],
    flagged: [
      ['I’ll be more cautious when editing the firewall rules.', [['b', 'I’ll be more cautious']]],
      ['We\'ll stay vigilant during the holiday freeze.', [['b', 'We\'ll stay vigilant']]],
      ['Next time we’ll try to be more careful with the billing exports.', [['b', 'we’ll try to be more careful']]],
    ],
  },
  'a common misspelling of "accidentally" (en)': {
    clean: ['Accidents in the data centre are logged by facilities.', 'The outage was an accident of timing, not of tooling.'],
    flagged: [
      ['I accidently dropped the staging schema.', [['b', 'I accidently dropped']]],
      ['A contractor accidently revoked the signing key.', [['b', 'A contractor accidently revoked']]],
      ['Our intern accidentaly pushed to main.', [['b', 'Our intern accidentaly pushed']]],
    ],
  },
  'a hyphenated "mis-" verb (en)': {
    clean: ['The parser mis-labelled the field.', 'A mis-configured proxy dropped requests for an hour.'],
    flagged: [
      ['I mis-typed the hostname.', [['b', 'I mis-typed']]],
      ['She mis-configured the load balancer.', [['b', 'She mis-configured']]],
    ],
  },
  'a hedge before the writer’s own slip (en)': {
    clean: ['I think we restored the backup at 10:00.', 'Maybe the pager misfired.', 'I guess the scheduler skipped a run.'],
    flagged: [
      ['I think maybe I misclicked.', [['b', 'I misclicked']]],
      ['The rollout was fine, and I think I mis-clicked the wrong region afterwards.', [['b', 'I mis-clicked']]],
      ['Perhaps she skipped the canary by mistake.', [['b', 'she skipped']]],
    ],
  },
  'a person left a shared thing broken (en)': {
    clean: ['The migration left the table in a broken state.', 'She left the old primary running as a hot spare.', 'The storm left the building dark.'],
    flagged: [
      ['He left the build red over the weekend.', [['b', 'He left']]],
      ['The contractor left the nightly job broken.', [['b', 'The contractor left']]],
      ['I left the release branch in a failing state for a month.', [['b', 'I left']]],
    ],
  },
  '"even" before an act left undone (en)': {
    clean: [
      'We didn’t even notice until Monday.',
      'The alert didn’t even fire.',
      'The customer didn’t even notice the outage.',
      'She didn’t even need to restart the service.',
      'It never even compiled.',
    ],
    flagged: [
      ['The reviewer never even opened the pull request.', [['b', 'The reviewer never even opened']]],
      ['The contractor didn’t even write a rollback plan.', [['b', 'The contractor didn’t even write']]],
      ['Dana didn’t even look at the alert.', [['b', 'Dana didn’t even look at']]],
    ],
  },
  'a typographic apostrophe in a duty left undone (en)': {
    clean: ['We didn’t page the database team that night.', 'The cron job didn’t run.'],
    flagged: [
      ['The reviewer didn’t check the dashboard.', [['b', 'The reviewer didn’t check']]],
      ['Dana didn’t escalate the page.', [['b', 'Dana didn’t escalate']]],
    ],
  },
  'a care pledge (ko)': {
    clean: [],
    flagged: [['다음부터는 더 조심하겠습니다.', [['b', '다음부터는 더 조심하겠습니다']]]],
  },
};

describeKinds('language kinds of session 10 (en)', KINDS);

describe('language kinds of session 10 (en): rewrites', () => {
  const rewrites = (sentence: string): string[] => {
    const doc = `---\nlang: en\n---\n# Outage\n\n## Summary\n\n${sentence}\n`;
    return lint(doc, { locale: 'en' })
      .findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language')
      .flatMap((f) => f.suggestions.map((s) => applyFixes(doc, [s.edits]).text.split('\n')[7]));
  };
  for (const [s, first] of [
    ['A dry run would’ve caught the typo.', 'A dry run was not part of the process at the time.'],
    ['Splitting the migration into two steps would’ve avoided the lock.', 'Splitting the migration into two steps was not part of the process at the time.'],
    ['I’ll be more cautious when editing the firewall rules.', 'The process needs a check that does not depend on individual care.'],
    // A parenthesis ends the clause the rewrite replaces; its own dots do not end the sentence.
    ['The contractor didn’t even write a rollback plan.', 'Nothing prompted the contractor to write a rollback plan.'],
    ['She didn’t even put the key back.', 'Nothing prompted her to put the key back.'],
    ['I mis-typed the hostname.', 'The hostname was mistyped.'],
    // "didn't bother to" is read before "didn't": the verb after it is the act (it was "the check was not bothered").
    ['The on-call did not bother to read the runbook.', 'The runbook was not read.'],
    ['He didn’t bother to check the backups.', 'The backups were not checked.'],
    ['He left the build red over the weekend.', 'The build was left red over the weekend.'],
    ['I think maybe I misclicked.', 'I think maybe nothing in the process stopped me from misclicking.'],
    [
      'We’ll be more careful when resizing volumes (e.g. drain first, then resize).',
      'The process needs a check that does not depend on individual care (e.g. drain first, then resize).',
    ],
  ] as const) {
    it(s, () => {
      const out = rewrites(s);
      assert.equal(out[0], first);
      for (const r of out) assert.deepEqual(spans(r), [], `the rewrite is clean: ${r}`);
    });
  }
});

function vagueSpans(item: string): string[] {
  const doc = `---\nlang: en\n---\n# Outage\n\n## Action items\n\n- [ ] ${item} (owner: @platform-team)\n`;
  return lint(doc, { locale: 'en' })
    .findings.filter((f) => f.ruleId === 'vague-action-item')
    .map((f) => doc.slice(f.start, f.end));
}

describe('vague-action-item: kinds of session 10 (fresh-s9 draw)', () => {
  const cases: [string, string[]][] = [
    // An inquiry or a tuning asked for in the modal passive, with no measure.
    ['Retention settings should be evaluated.', ['should be evaluated']],
    ['Pager thresholds must be tuned to cut the noise.', ['must be tuned']],
    ['Autoscaling rules need to be revised so they react to real load.', ['need to be revised']],
    // The same with a measure, a named place for the decision, or a number in words: concrete.
    ['Query timeouts should be adjusted to 30 seconds.', []],
    ['The disk alert should be adjusted to fire at eighty percent.', []],
    ['Vendor options should be evaluated and the choice recorded in ADR-12.', []],
    ['The cache TTL should be revised to one hour in config/cache.yaml.', []],
  ];
  for (const [item, want] of cases) it(item, () => assert.deepEqual(vagueSpans(item), want));
  it('the suggested end state makes a passive item concrete (a second run finds nothing)', () => {
    const doc = '---\nlang: en\n---\n# Outage\n\n## Action items\n\n- [ ] Retention settings should be evaluated. (owner: @platform-team)\n';
    const f = lint(doc, { locale: 'en' }).findings.filter((x) => x.ruleId === 'vague-action-item');
    assert.equal(f.length, 1);
    assert.ok(f[0].suggestions.length > 0);
    const fixed = applyFixes(doc, [f[0].suggestions[0].edits]).text;
    assert.deepEqual(lint(fixed, { locale: 'en' }).findings.filter((x) => x.ruleId === 'vague-action-item'), []);
  });
});
