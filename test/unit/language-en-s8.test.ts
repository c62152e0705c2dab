// Kinds of English sentence and action item the language rules misread in the half of the blind fresh-s7 part drawn into
// dev in session 8 (forum threads, apologies, personal outage stories, news, postmortem follow-up lists).
// False alarms: blame negated with a modifier before the person's noun ("definitely not the junior developer's fault"), a
// safeguard the follow-up looks for ("looking for tests that would have detected the problem"), human error named as what
// a design makes impossible ("making human mistakes structurally impossible"), an act supposed in a condition ("If you
// bypassed standard protocols, the insurer might …"), a threat of firing told as a past event ("her boss was going to fire
// her"). Misses: "at fault" said of a person ("I am at fault here"; the phrase list had no "am" and no rewrite), the other
// nouns of a slip in a relative clause ("one such slip I made"), an aspect verb before a harmful act ("ended up deleting",
// "kept deleting", "wound up dropping"), a refusal to take in a warning ("refused to listen to the specialists"), care
// asked as a rule ("Always double-check what machine you're working on", "it's always important to double-check …"), a
// missing safeguard judged as what should have existed ("There probably should have been a test for it"), the cause put on
// a person acting ("Caused by somebody disconnecting a power supply").
// Action items: a thorough inquiry after a light verb ("Conduct a thorough review of …"), a cadence with no period
// ("Implement regular maintenance"), "Come up with …".
// Each kind: hard negatives stay clean, the blameful shape is flagged at the given words, every finding offers a rewrite.
// Korean mirrors where the Korean reading already holds (gaps of the Korean reading are left to the Korean rules).
// Sentences and items written for this test, not from the evaluation set.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  'blame negated, a modifier before the person (en)': {
    clean: [
      "And it's certainly not the new on-call engineer's fault.",
      "This was never the night shift operator's doing.",
      "It's not necessarily the release manager's fault either.",
    ],
    flagged: [["It was the new on-call engineer's fault.", [['b', "the new on-call engineer's fault"]]]],
  },
  'blame negated, a modifier before the person (ko)': {
    clean: ['이건 결코 신입 운영자의 잘못이 아니다.'],
    flagged: [],
  },
  'a safeguard the follow-up looks for (en)': {
    clean: [
      'The review should include looking for alerts that would have caught the disk filling up.',
      'Next we will identify the checks that would have flagged the bad config.',
    ],
    flagged: [['A staging soak would have caught the leak.', [['c', 'would have caught']]]],
  },
  'human error as what a design makes impossible (en)': {
    clean: [
      'Good guard rails make operator mistakes harmless.',
      'The point of the two-step delete is making human errors recoverable.',
    ],
    flagged: [['The outage was a human mistake.', [['b', 'a human mistake']]]],
  },
  'an act supposed in a condition (en)': {
    clean: [
      'If you skipped the approval step, the auditors might reject the release.',
      'If you bypassed the change freeze, the pipeline would still block the deploy.',
    ],
    flagged: [['The contractor bypassed the change freeze.', [['b', 'The contractor bypassed']]]],
  },
  'a threat of firing told as a past event (en)': {
    clean: ['He said his manager was going to fire him over the outage.', 'The director had threatened to sack them after the last incident.'],
    flagged: [['They should fire him for that.', [['b', 'fire him']]]],
  },
  'a person at fault (en)': {
    clean: ['Nobody was at fault.', 'I am not at fault here.', 'The load balancer was at fault.'],
    flagged: [
      ['I think I am at fault here.', [['b', 'am at fault']]],
      ['The on-call engineer was partly at fault.', [['b', 'was partly at fault']]],
      ['Priya was at fault.', [['b', 'was at fault']]],
    ],
  },
  'a person at fault (ko)': {
    clean: ['이번 일은 누구의 잘못도 아니다.'],
    flagged: [['이번 장애는 제 잘못입니다.', [['b', '제 잘못입니다']]]],
  },
  'a slip owned in a relative clause (en)': {
    clean: ['A slip in the schedule moved the migration to Monday.'],
    flagged: [
      ['That was the lapse she made.', [['b', 'lapse she made']]],
      ['Here are two slips I made that week.', [['b', 'slips I made']]],
    ],
  },
  'a slip owned in a relative clause (ko)': {
    clean: [],
    flagged: [['그날 제가 저지른 실수 하나를 소개합니다.', [['b', '실수']]]],
  },
  'an aspect verb before a harmful act (en)': {
    clean: ['We ended up restarting the cluster.', 'The team kept adding capacity through the night.', 'The on-call engineer ended up rolling back the release.'],
    flagged: [
      ['The intern ended up deleting the production bucket.', [['b', 'The intern ended up deleting']]],
      ['The admin kept deleting the production logs.', [['b', 'The admin kept deleting']]],
      ['The operator wound up dropping the wrong table.', [['b', 'The operator wound up dropping']]],
      ['I ended up wiping the production database.', [['b', 'I ended up wiping']]],
    ],
  },
  'a refusal to take in a warning (en)': {
    clean: ['The engineer refused to deploy on a Friday.', 'The database refused to accept new connections.'],
    flagged: [
      ['The shift lead refused to listen to the warnings.', [['b', 'The shift lead refused to listen to']]],
      ['Marek refused to heed the alert.', [['b', 'Marek refused to heed']]],
    ],
  },
  'care asked as a rule (en)': {
    clean: [
      'The deploy script always double-checks the target cluster.',
      'Always page the database team when replication lag passes a minute.',
      'It is important to patch the kernel before Friday.',
    ],
    flagged: [
      ['Always double-check which cluster your shell points at.', [['b', 'Always double-check']]],
      ['The lesson is that it is always important to be careful with root credentials.', [['b', 'it is always important to be careful']]],
    ],
  },
  'a missing safeguard judged as what should have existed (en)': {
    clean: [
      'There should have been a log line for every retry.',
      'There should have been three replicas, but only one was running.',
      'There should have been no impact on users.',
    ],
    flagged: [
      ['There should have been an alert on the queue depth.', [['c', 'There should have been an']]],
      ['Honestly, there probably should have been a canary stage.', [['c', 'there probably should have been a']]],
      ['There should have been more integration tests.', [['c', 'There should have been more']]],
    ],
  },
  'the cause put on a person acting (en)': {
    clean: [
      'The outage was caused by a customer uploading a very large file.',
      'The restart was triggered by the scheduler draining the node.',
      'The spike was caused by a bot crawling the search pages.',
    ],
    flagged: [
      ['The outage was caused by someone unplugging the core switch.', [['b', 'someone unplugging the core switch']]],
      ['Caused by a technician accidentally pulling the wrong cable.', [['b', 'a technician accidentally pulling the wrong cable']]],
    ],
  },
};

describeKinds('language rules: kinds of real English text, session 8 (fresh-s7 draw)', KINDS);

function vagueSpans(item: string): string[] {
  const head = '---\nlang: en\n---\n# Outage\n\n## Action items\n\n- [ ] ';
  const doc = `${head}${item} (owner: @platform-team)\n`;
  return lint(doc, { locale: 'en' })
    .findings.filter((f) => f.ruleId === 'vague-action-item')
    .map((f) => doc.slice(f.start, f.end));
}

const ITEMS: Record<string, { concrete: string[]; vague: [string, string][] }> = {
  'a thorough inquiry after a light verb': {
    concrete: [
      'Conduct a thorough review of the 12 IAM roles and remove unused ones.',
      'Run a load test of checkout at twice the peak traffic.',
    ],
    vague: [
      ['Perform a comprehensive security audit of the payments service.', 'Perform a comprehensive security audit'],
      ['Carry out a detailed assessment of the storage layer.', 'Carry out a detailed assessment'],
    ],
  },
  'a cadence with no period': {
    concrete: [
      'Run weekly restore drills of the orders database.',
      'Rotate the API keys every 90 days.',
      'Fix the regular expression that parses the host header.',
      'Add a retry to the nightly backup routine.',
      // What exists, told before the plan (found on the realworld dev corpus while tuning).
      'We already run periodic checks on the broker; add a probe that pages when the admin console is down.',
    ],
    vague: [
      ['Implement regular patching of the build hosts.', 'regular patching'],
      ['Periodically review who has admin access.', 'Periodically'],
    ],
  },
  'a non-committal opener': {
    concrete: ['Write the recovery runbook for the orders database and link it from the alert.'],
    vague: [['Come up with a better disaster recovery plan.', 'Come up with']],
  },
};

describe('vague-action-item: kinds of real English follow-up lists, session 8 (fresh-s7 draw)', () => {
  for (const [kind, { concrete, vague }] of Object.entries(ITEMS)) {
    describe(kind, () => {
      for (const s of concrete) it(`concrete: ${s}`, () => assert.deepEqual(vagueSpans(s), []));
      for (const [s, want] of vague) it(`vague: ${s}`, () => assert.deepEqual(vagueSpans(s), [want]));
    });
  }
});

describe('English rewrites read as English (session 8, noticed while reviewing)', () => {
  const rewrites = (sentence: string): string[] => {
    const doc = `# Postmortem\n\n## Summary\n\n${sentence}\n`;
    return lint(doc)
      .findings.filter((f) => f.ruleId === 'blameful-language')
      .flatMap((f) => f.suggestions.map((s) => applyFixes(doc, [s.edits]).text.split('\n')[4]));
  };

  it('a failure to listen is rewritten as the warning not acted on, never "were not listened"', () => {
    const out = rewrites('Priya failed to listen to the alerts from the database team.');
    assert.ok(out.length > 0);
    assert.equal(out[0], 'The alerts were not acted on from the database team.');
    assert.ok(out.every((s) => !/\blistened\b|\blisten the\b/u.test(s)), out.join(' | '));
  });

  it('a determiner that opened the sentence is not kept capitalised mid-rewrite', () => {
    const out = rewrites('This guy deleted the production database.');
    assert.ok(out.some((s) => s === 'Nothing in the process stopped this guy from deleting the production database.'), out.join(' | '));
    assert.ok(out.every((s) => !/ This guy/u.test(s)), out.join(' | '));
  });
});
