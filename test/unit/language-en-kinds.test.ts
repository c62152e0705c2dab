// English blame and hindsight by KIND (issue 8), with sentences written for this test (not from the
// evaluation set): each kind is flagged, each hard negative stays clean, and every finding offers a
// rewrite after which the sentence re-lints clean.
import { strict as assert } from 'node:assert';
import { applyPreferredFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { nameLike, verbBase } from '../../src/core/language/en/names';
import { luckSteps } from '../../src/core/language/en/prose';
import { teamNamesOwnGap } from '../../src/core/phrase/match';
import counterfactualEn from '../../src/core/data/phrases/counterfactual.en.json';
import type { Finding } from '../../src/core/types';

const RULES = ['blameful-language', 'counterfactual-language'];

// Under a section: a sentence that is the whole lede of a bare document could not be rewritten longer
// without changing whether that document has a summary (a required-sections finding), so rewrites
// that cross that length are not offered there (test/unit/fix-soundness.test.ts).
function findings(text: string, front = ''): Finding[] {
  return lint(`${front}# Outage\n\n## What happened\n\n${text}\n`, { locale: 'en' }).findings.filter((f) => RULES.includes(f.ruleId));
}

/** Flagged, every finding offers a rewrite, and the preferred fixes leave the sentence clean. */
function flaggedAndFixable(text: string, front = ''): string {
  const doc = `${front}# Outage\n\n## What happened\n\n${text}\n`;
  const found = findings(text, front);
  assert.ok(found.length > 0, `not flagged: ${text}`);
  for (const f of found) assert.ok(f.suggestions.length > 0, `no rewrite for “${doc.slice(f.start, f.end)}” in: ${text}`);
  const fixed = applyPreferredFixes(doc, found).text;
  const again = lint(fixed, { locale: 'en' }).findings.filter((f) => RULES.includes(f.ruleId));
  assert.deepEqual(again.map((f) => f.message), [], `still flagged after the fix: ${fixed}`);
  return fixed;
}

const KINDS: Record<string, string[]> = {
  'undeclared name as subject, with an act only people do': [
    'Ottilie approved her own pull request on Sunday night.',
    'Radomir deleted the wrong partition during the cleanup.',
    'Yevgenia never replied to the escalation.',
  ],
  'role or pronoun as subject, also after a relative clause or a coordinating comma': [
    'The contractor who set up the VPN never documented the routes.',
    'A staff engineer edited the shared config and broke the signup flow.',
    'The deploy failed, and the release manager skipped the rollback check.',
  ],
  'attribution to a person or a team': [
    'The data loss traces back to Quintus’s rushed hotfix.',
    'This regression is on the mobile team.',
    'The slip-up was entirely ours.',
  ],
  'negligence in adjectives, nouns and adverbs': [
    'The analysts were careless with the export script.',
    'A reckless engineer restarted every broker at once.',
    'The corruption came down to operator negligence.',
  ],
  'calls for vigilance aimed at people': [
    'Operators will have to be far more careful with the admin console.',
    'Each engineer needs to double-check the target cluster.',
  ],
  'self-blame and verdicts on a decision': [
    'Honestly, that was my blunder.',
    'Turning off the rate limiter was a reckless decision.',
  ],
  'hindsight in other shapes': [
    'The on-call could at least have paged the storage team.',
    'Had Vivienne reverted the flag, checkout would have recovered.',
    'If only the reviewer had asked for a load test.',
    'This incident should never have happened.',
    'Anyone watching the graphs would have noticed the climbing latency.',
    'We knew better than to migrate during the sale.',
    'How could the release crew miss such an obvious warning?',
  ],
  'punitive asks': ['Whoever merged this should be let go.'],
};

const HARD_NEGATIVES = [
  'Ravensburg approved the request automatically.',
  'Nobody on the rotation did anything wrong.',
  'Zephyrine skipped nothing; the tooling skipped the stage.',
  'The storage controller ignored the flush request.',
  'The batch job failed to reach the queue.',
  'The engineer deleted the orphaned volumes as planned.',
  'The squad missed its quarterly latency objective.',
  'Without the snapshot from Tuesday, we would have lost the uploads.',
  'If the retry logic had not kicked in, we would have been down all night.',
  'How could anyone have known the vendor would change the default?',
  'We are not blaming the reviewer for this.',
  'Labelling this operator error would hide the missing confirmation prompt.',
  'The failure was the result of a race in the lock manager.',
  'The error was clearly visible in the logs.',
  'The support team sent an apology email and disabled the broken importer.',
  'Huge thanks to Ottilie for spotting the leak.',
];

describe('English blame and hindsight by kind (issue 8)', () => {
  for (const [kind, sentences] of Object.entries(KINDS)) {
    it(`${kind}: flagged, with a rewrite that re-lints clean`, () => {
      for (const s of sentences) flaggedAndFixable(s);
    });
  }

  it('leaves the hard negatives alone', () => {
    for (const s of HARD_NEGATIVES) assert.deepEqual(findings(s).map((f) => f.message), [], s);
  });

  it('offers “Replace the name with the role” where a name is the subject, with the role the document declares', () => {
    const title = (fs: Finding[]) => fs.flatMap((f) => f.suggestions.map((s) => s.title)).find((t) => t.startsWith('Replace the name with the role'));
    assert.match(title(findings('Theodora forgot to rotate the API keys.')) ?? '', /the engineer to rotate the API keys/u);
    const declared = '---\noncall: Theodora\n---\n';
    const fixedTitle = title(findings('Theodora forgot to rotate the API keys.', declared)) ?? '';
    assert.match(fixedTitle, /the on-call engineer to rotate the API keys/u);
  });

  it('restructures a missed duty around the condition', () => {
    const fixed = flaggedAndFixable('Greta did not renew the wildcard certificate.');
    assert.match(fixed, /The wildcard certificate was not renewed\./u);
  });

  it('reads base forms and name-like words', () => {
    assert.deepEqual(['escalated', 'replied', 'stopped', 'deleted', 'targeted', 'ran', 'double-checked'].map(verbBase), ['escalate', 'reply', 'stop', 'delete', 'target', 'run', 'double-check']);
    assert.ok(nameLike('Yevgenia'));
    for (const w of ['Scheduler', 'Retries', 'Monitoring', 'Terraform', 'Nobody', 'Replication']) assert.ok(!nameLike(w), w);
  });
});

// Readings added with the grown dev set (lang-en, 2026-11-26): each case names the sentence and the
// exact span that must be flagged (its position in the document), and its rewrite must re-lint clean.
const SPANS: [kind: string, sentence: string, span: string][] = [
  ['any past act with a marker, after an opening phrase', 'Shortly after 09:00, Wilhelmina rebooted the primary without draining the queue.', 'Wilhelmina rebooted'],
  ['a marker of a secret put where it leaks', 'The intern committed the API keys into the public repository.', 'The intern committed'],
  ['a mis- verb', 'Bartholomew mislabelled the production volume as scratch.', 'Bartholomew mislabelled'],
  ['a silenced signal with a marker', 'The on-call engineer snoozed the disk alert and went back to sleep.', 'The on-call engineer snoozed'],
  ['a negligence idiom around an object', 'The duty manager sat on the rollback request for forty minutes.', 'The duty manager sat on'],
  ['attribution: down to a team', 'The corrupted export was largely down to the billing team.', 'was largely down to the billing team'],
  ['attribution: the one responsible for', 'In the end, the network crew was the one responsible for opening the firewall.', 'the network crew was the one responsible for'],
  ['human error in other nouns', 'Root cause: a staff slip while rotating the certificates.', 'a staff slip'],
  ['punishment in other words', 'Whoever approved this deserves to lose their production access.', 'deserves to lose their production access'],
  ['self-blame in other words', 'We completely botched it up during the cutover.', 'We completely botched it up'],
  ['a verdict on a decision', 'Scaling down before the sale was a short-sighted gamble.', 'was a short-sighted gamble'],
  ['a verdict on "the decision to"', 'The decision to skip the dry run was plainly wrong.', 'The decision to skip the dry run was plainly wrong'],
  ['an avoidable noun', 'It was a preventable outage.', 'a preventable outage'],
  ['need not have happened', 'The data loss need not have happened.', 'need not have happened'],
  ['passive hindsight with "would" and an adverb', 'The typo would readily have been caught by a linter.', 'would readily have been caught'],
  ['a loaded passive question', 'Why wasn’t the release paused earlier?', 'Why wasn’t the release paused earlier?'],
  ['knowing and not acting', 'The DBA was fully aware of the lag and kept going.', 'The DBA was fully aware of the lag and kept going'],
  ['a modal with a parenthetical', 'The reviewer should, in fairness, have asked about the index.', 'should, in fairness, have asked'],
  ['on someone’s watch', 'The backlog grew on Ignatius’s watch.', 'on Ignatius’s watch'],
];

const NEW_HARD_NEGATIVES = [
  'Shortly after 09:00, Wilhelmina rebooted the primary without dropping any requests.',
  'Leopold noticed the wrong region in the config and corrected it.',
  'Cordelia removed the stale bucket as the cleanup checklist required.',
  'If the replica had fallen behind, we could have lost an hour of writes.',
  'It would be unfair to say the reviewer overlooked anything.',
  'We rejected the claim that the operator was negligent.',
  'Calling this a human mistake would stop the conversation too early.',
  'Saying the on-call should have known ignores what the dashboard showed.',
  'The engineer did not ignore the page; it never arrived.',
  'Neither operator skipped a step.',
  'None of this was the contractor’s fault.',
  'It is not true that the release manager bypassed the checks.',
  'There was no carelessness involved.',
];

/** Each sentence is flagged at the span given and its rewrite re-lints clean; the hard negatives stay clean. */
function spansAndNegatives(spans: readonly (readonly [string, string, string])[], negatives: readonly string[]): void {
  for (const [kind, sentence, span] of spans) {
    it(`${kind}: flags “${span}” at its position, and the rewrite re-lints clean`, () => {
      const doc = `# Outage\n\n## What happened\n\n${sentence}\n`;
      const found = findings(sentence);
      const at = doc.indexOf(span);
      assert.ok(found.some((f) => f.start === at && f.end === at + span.length), `${sentence}: ${found.map((f) => `${f.start}-${f.end} “${doc.slice(f.start, f.end)}”`).join(', ') || 'nothing'} (want ${at}-${at + span.length})`);
      flaggedAndFixable(sentence);
    });
  }

  it('leaves the new hard negatives alone', () => {
    for (const s of negatives) assert.deepEqual(findings(s).map((f) => f.message), [], s);
  });
}

describe('English readings added with the grown dev set', () => {
  spansAndNegatives(SPANS, NEW_HARD_NEGATIVES);

  it('does not take a clause-opening preposition for the subject of a coordinated verb', () => {
    // "In addition this was a known breaking change but originally incorrectly incremented …": the
    // subject is "this" (a thing); "In" was read as an unknown word, which an agent adverb accepts.
    assert.deepEqual(findings('In addition this was a known breaking change but originally incorrectly incremented the minor version.').map((f) => f.message), []);
    const doc = '# Outage\n\n## What happened\n\nIn the end Ottilie panicked but wrongly restarted the database.\n';
    const at = doc.indexOf('wrongly');
    assert.ok(findings('In the end Ottilie panicked but wrongly restarted the database.').some((f) => f.start === at && f.end === at + 'wrongly'.length));
  });

  it('does not take a verb and its object before a relative clause for a subject ("Block the deploy Bob botched …")', () => {
    // Was: the rewrite "Nothing in the process stopped Block the deploy Bob from …".
    const doc = '# Outage\n\n## Action items\n\n- [ ] Block the deploy Bob botched from recurring (owner: Lee)\n';
    const titles = lint(doc, { locale: 'en' }).findings.filter((f) => RULES.includes(f.ruleId)).flatMap((f) => f.suggestions.map((s) => s.title));
    assert.deepEqual(titles.filter((t) => /Block the deploy/u.test(t)), []);
    // A subject with its determiner first is still one: "The release manager skipped the rollback check".
    flaggedAndFixable('The deploy failed, and the release manager skipped the rollback check.');
  });

  it('keeps a time or a grouped number inside its clause, and turns a coordinated past verb into a gerund', () => {
    const fixed = flaggedAndFixable('Per the change log, Octavia force-pushed over main at 16:05 and wiped two commits.');
    assert.match(fixed, /from force-pushing over main at 16:05 and wiping two commits/u);
  });

  it('reads base forms of -nced/-rced/-psed verbs', () => {
    assert.deepEqual(['glanced', 'forced', 'collapsed', 'reversed'].map(verbBase), ['glance', 'force', 'collapse', 'reverse']);
  });
});

// Readings by kind added with the second grown dev set (lang-en, 2026-11-26, en-0801…): sentences
// written for this test, each with the span that must be flagged; the rewrite must re-lint clean.
const SPANS_2: [kind: string, sentence: string, span: string][] = [
  ['a role and any act it "never" did', 'The shift lead never posted the customer notice.', 'The shift lead never posted'],
  ['a role with where it sits, before its verb', 'A developer on the payments squad skipped the load test.', 'A developer on the payments squad skipped'],
  ['a time opening the sentence without a comma', 'At 22:40 UTC Heloise deleted the staging bucket by mistake.', 'Heloise deleted'],
  ['a short opening phrase before the subject', 'Sadly, the night operator bypassed the approval gate.', 'the night operator bypassed'],
  ['the documented step passed over', 'The release engineer pushed the build to all regions rather than following the staged rollout.', 'The release engineer pushed'],
  ['a signal named red after "even though"', 'The approver merged the patch even though the checks were failing.', 'The approver merged'],
  ['an act at peak', 'The operator restarted the cache cluster during peak traffic.', 'The operator restarted'],
  ['ignoring in other words', 'The platform lead brushed aside two warnings about the disk.', 'The platform lead brushed aside'],
  ['a signal silenced for a long stretch', 'The on-call engineer muted the queue alarm for the entire weekend.', 'The on-call engineer muted'],
  ['a broken artefact shipped', 'The reviewer approved the broken schema change.', 'The reviewer approved'],
  ['a token pasted somewhere public', 'The contractor pasted the deploy token into a public channel.', 'The contractor pasted'],
  ['attribution: the fault of a team', 'The data loss was entirely the fault of the storage team.', 'was entirely the fault of the storage team'],
  ['attribution: a team’s failure', 'It was the billing team’s oversight that let the invoices double.', 'the billing team’s oversight'],
  ['attribution: an error by a person', 'An error by the operator wiped the cache.', 'error by the operator'],
  ['attribution: a judged act in a possessive', 'The outage traces back to Dagmar’s botched upgrade.', 'Dagmar’s botched upgrade'],
  ['negligence: a cursory look', 'The reviewer gave the diff only a cursory look.', 'cursory'],
  ['negligence: asleep at the wheel, with a rewrite', 'The night shift was asleep at the wheel.', 'asleep at the wheel'],
  ['vigilance: a subject with a place', 'Everyone on the support rota needs to be more careful with refunds.', 'Everyone on the support rota needs to be more careful'],
  ['punishment as access taken away', 'We recommend revoking Leontine’s production access for a month.', 'recommend revoking Leontine’s production access'],
  ['punishment: a formal warning', 'A formal warning should go in the deployer’s file.', 'A formal warning'],
  ['a verdict that "proved to be" a poor call', 'Raising the timeout proved to be a poor call.', 'proved to be a poor call'],
  ['a passive "should have been" with a time', 'The ticket should have been picked up within the hour.', 'should have been picked up'],
  ['a hindsight question about a role’s head noun', 'How did the release manager skip the checklist?', 'How did the release manager skip the checklist?'],
  ['a hindsight question with a marker', 'Why did Casimir deploy without a review?', 'Why did Casimir deploy without a review?'],
  ['knowing and acting anyway', 'The operator knew the replica was stale and promoted it anyway.', 'The operator knew the replica was stale and promoted it anyway'],
  ['an inverted conditional with "could" in the outcome', 'Had the on-call engineer paused the rollout, we could have kept the error budget.', 'Had the on-call engineer paused the rollout, we could have'],
  ['a contracted modal perfect', 'The approver should’ve caught the missing index.', 'should’ve caught'],
  ['a judging adverb before any past verb', 'The incident commander prematurely closed the incident.', 'The incident commander prematurely closed'],
  ['a judged act after a name’s possessive', 'The regression came from Dagmar’s sloppy rebase.', 'sloppy'],
  ['an inverted conditional whose outcome is "would not be"', 'Had the reviewer opened the diff, we would not be here.', 'Had the reviewer opened the diff, we would not be'],
  ['"if X had been more …": the person’s state wished otherwise', 'If the approver had been more careful, the bad config would not have shipped.', 'If the approver had been more careful, the bad config would'],
  ['an inverted "were" of a person’s state', 'Were the reviewer more attentive, the typo would have been caught.', 'Were the reviewer more attentive, the typo would have'],
];

const NEW_HARD_NEGATIVES_2 = [
  'The release manager never received the page because the rota was stale.',
  'The incident commander did not restart the service because the runbook said to wait.',
  'We never saw the alert; it went to an archived channel.',
  'The scheduler skipped the job rather than following the retry policy.',
  'The engineer on the storage team restored the snapshot during peak traffic.',
  'Had the replica also been in that zone, we would have lost everything.',
  'Human error is a symptom of deeper trouble in the system.',
  'We rejected “operator mistake” as a root cause.',
  'Punishing the deployer would only teach people to hide mistakes.',
  'The job should have been retried automatically by the scheduler.',
  'Were the scheduler faster, the job would have finished.',
  'An error by the payment processor failed 40 charges.',
  'The team’s failure budget was spent by Tuesday.',
  'Yusuf monitored the queue for the whole weekend.',
  'The contractor never worked on the payments service.',
  'The engineer quickly restarted the pod.',
  'The lead engineer never deployed on Fridays.',
  'The on-call engineer did not page the database team, as the runbook said the cache team owned it.',
  'The team ran the failover drill during peak traffic on purpose, to test capacity.',
  'The operator chose to restart rather than following the slower drain procedure, which the runbook allows.',
  'The incident was the responsibility of the infrastructure on-call rotation to coordinate.',
  'Had the cache warmed faster, we would have recovered sooner.',
  'The on-call engineer silenced the alert for the whole night after filing a ticket to fix its threshold.',
  'We recommend revoking the leaked token’s access immediately.',
  'The ticket should have been closed automatically by the bot.',
  'The DBA knew the replica was behind and promoted it anyway after the primary died, because there was no other option.',
];

describe('English readings added with the second grown dev set', () => {
  spansAndNegatives(SPANS_2, NEW_HARD_NEGATIVES_2);

  it('keeps inline code out of a rewrite: only the words around it change', () => {
    const fixed = flaggedAndFixable('Our DBA ran `VACUUM FULL` on the orders table during peak traffic.');
    assert.match(fixed, /stopped our DBA from running `VACUUM FULL` on the orders table during peak traffic/u);
    const fixed2 = flaggedAndFixable('The reviewer could have spotted the missing `WHERE` clause.');
    assert.match(fixed2, /`WHERE` clause/u);
    const fixed3 = flaggedAndFixable('Operators have to be more careful with `kubectl delete`.');
    assert.match(fixed3, /with `kubectl delete`/u);
  });
});

// Round 2 (sentences written for this test, not from the evaluation set).
const SPANS_3: readonly (readonly [string, string, string])[] = [
  ['a given name ending in -dor (not an agent noun)', 'Isodor misconfigured the proxy pool before the launch.', 'Isodor misconfigured'],
  ['a person acting in an opening "because" clause', 'Because Tamsin mistyped the bucket name, the sync job wrote nowhere.', 'Tamsin mistyped'],
  ['an act that landed on the wrong target', 'Olamide rebooted the leader instead of the follower during the upgrade.', 'Olamide rebooted'],
  ['a judging adverb before a comma', 'The schema change was reviewed perfunctorily, without a staging run.', 'perfunctorily'],
];

const NEW_HARD_NEGATIVES_3 = [
  'We do not hold individuals accountable for outages.',
  'The operator restarted the pod instead of the usual rolling update because the node was wedged.',
  'Because the collector dropped spans, the trace was incomplete.',
  'Further checks showed the disk was healthy.',
  'The Compactor deleted the expired blocks as designed.',
];

describe('English readings added in round 2', () => {
  spansAndNegatives(SPANS_3, NEW_HARD_NEGATIVES_3);

  it('reads given names shaped like agent nouns, but not agent nouns', () => {
    for (const w of ['Teodor', 'Igor', 'Trevor', 'Viktor', 'Gunther', 'Xavier', 'Hector', 'Lior']) assert.ok(nameLike(w), w);
    for (const w of ['Scheduler', 'Vendor', 'Compactor', 'Operator', 'Further', 'Whether', 'Monitor']) assert.ok(!nameLike(w), w);
  });
});

// Round 3 (lang-en, 2026-11-26): readings by kind for vocabulary the engine did not list; sentences written for this test.
const SPANS_4: readonly (readonly [string, string, string])[] = [
  ['self-approval by an undeclared name', 'Wilhelmina self-merged the config change just before midnight.', 'Wilhelmina self-merged'],
  ['an act that goes round a rule, said after a comma', 'Ottavio pushed the migration straight to `master`, bypassing the release checklist.', 'Ottavio pushed'],
  ['a role after a relative clause with its own verb, acting for speed', 'The staff engineer who maintained the exporter commented out the retry guard to save time.', 'The staff engineer who maintained the exporter commented'],
  ['a possessive before the role', "The agency's contractor restarted the wrong database node.", "The agency's contractor restarted"],
  ['letting something lapse, after a "despite" opening', 'Despite two warnings in the channel, Leocadia let the signing key expire.', 'Leocadia let the signing key expire'],
  ['kept + a gerund of ignoring', 'The operator kept snoozing the replication alarm until the replica fell a day behind.', 'The operator kept snoozing'],
  ['glossing over', 'The approver glossed over the firewall diff and merged it.', 'The approver glossed over'],
  ['leaving the post', 'The on-call engineer acknowledged the alert and nodded off.', 'The on-call engineer acknowledged'],
  ['knowing and going ahead after a comma', 'The reviewer was well aware the index was missing, yet approved the change anyway.', 'The reviewer was well aware the index was missing, yet approved the change anyway'],
  ['blame that lies with a team, with "here"', 'Most of the fault here lies with the billing squad.', 'the fault here lies with the billing squad'],
  ['attribution by irony', 'You have the networking team to thank for this outage.', 'You have the networking team to thank for this outage'],
  ['user error on someone’s part', "The review found the outage was down to user error on the operator's part.", "down to user error on the operator's part"],
  ['self-blame: my doing', 'The data loss was entirely my doing.', 'was entirely my doing'],
  ['self-blame: we blundered by …', 'We blundered by restoring the wrong snapshot.', 'We blundered by restoring'],
  ['a verdict on a decision named by its gerund', 'Rolling out to every region at once was an unjustifiable gamble.', 'was an unjustifiable gamble'],
  ['urging people to double-check', 'We urge all reviewers to double-check every migration.', 'We urge all reviewers to double-check'],
  ['asking people to work more carefully', 'Reviewers must read schema changes far more carefully from now on.', 'Reviewers must read schema changes far more carefully'],
  ['it would have jumped out at anyone', 'The schema drift would have jumped out at any reviewer.', 'would have jumped out at'],
  ['needless downtime', 'The resulting downtime was completely needless.', 'downtime was completely needless'],
  ['should never have got past review', 'This change should never have got past code review.', 'should never have got past code review'],
  ['what was X thinking', 'What was the deployer thinking, shipping on a holiday?', 'What was the deployer thinking'],
  ['an inverted conditional with "should"', 'Should the release manager have paused the rollout, the errors would have stayed below 1 %.', 'Should the release manager have paused the rollout, the errors would have'],
  ['a late "had anyone …"', 'The cert expiry was easily visible days earlier had anyone checked the dashboard.', 'visible days earlier had anyone checked the dashboard'],
  ['a question about a person’s state', 'Why was the incident commander still offline an hour in?', 'Why was the incident commander still offline an hour in?'],
  ['remiss', 'The platform engineers were remiss in their handling of the keys.', 'were remiss in their handling of the keys'],
  ['too lax about', 'Our admins were far too lax about sharing root credentials.', 'were far too lax about sharing root credentials'],
  ['a name’s impatience', "Mirela's impatience with the rollout schedule caused the overlap.", "Mirela's impatience"],
  ['treated with indifference', 'The operators treated the disk alerts with total indifference.', 'treated the disk alerts with total indifference'],
  ['disregard for a rule', 'The analyst showed a blatant disregard for the retention policy.', 'showed a blatant disregard for the retention policy'],
  ['a judging adverb', 'The responder was inexcusably late to acknowledge the page.', 'inexcusably'],
  ['access taken away', 'We recommend that the deployer be taken off production access for a month.', 'taken off production access'],
  ['consequences asked for', 'There should be consequences for whoever disabled the backups.', 'should be consequences'],
  ['not doing their job', 'The root cause was the platform team not doing their job.', 'not doing their job'],
  ['let down by a team', 'We were badly let down by the storage vendor, who missed the SLA.', 'were badly let down by the storage vendor'],
  ['it was X who caused it', 'It was the DBA team who caused the outage.', 'It was the DBA team who caused the outage'],
  ['stop being careless', 'Engineers should stop being so sloppy with secrets.', 'Engineers should stop being so sloppy'],
  ['should not have been doing', 'I should not have been deploying that late at night.', 'I should not have been '],
  ['with more attention X would have noticed', 'With more attention the reviewer would have spotted the typo.', 'With more attention the reviewer would have spotted the typo'],
  ['a step by a person that would have revealed it', 'A glance at the logs by the on-call would have revealed the loop.', 'A glance at the logs by the on-call would have revealed'],
  ['holding someone accountable', 'Staff must hold the deployer accountable for this.', 'must hold the deployer accountable'],
  ['down to a name forgetting', 'The outage was down to Benedikt forgetting to renew the certificate.', 'down to Benedikt forgetting to renew the certificate'],
  ['avoidable had …', 'The outage was entirely preventable had the alerts been read.', 'preventable had'],
  ['how did X not see, kept as a question', 'How did the on-call not see the disk filling up?', 'How did the on-call not see the disk filling up?'],
];

const NEW_HARD_NEGATIVES_4 = [
  'We do not hold individuals accountable for incidents.',
  'The scheduler kept skipping the job until the lock expired.',
  "Tom's script deleted the stale rows as designed.",
  'The night-shift operator restarted the pod after confirming the runbook step.',
  'Some called it human error, but the logs showed a race in the deploy tool.',
  'The engineer never disabled the flag; it had been removed by the cleanup job.',
  'The analyst showed the dashboard to the incident commander.',
  'Choosing the smaller instance type was a reasonable call at the time.',
  'A write-up for the incident is in the wiki.',
  'Users were let down by the slow checkout page.',
  'We remind customers to rotate their API keys regularly.',
  'The first instinct was to blame the network; the packet captures showed the proxy had dropped the header.',
  'The cache would have served stale data to anyone reading the old key.',
  'Why was the queue still growing after the fix?',
  'What was the team working on when the page fired?',
];

describe('English readings added in round 3', () => {
  spansAndNegatives(SPANS_4, NEW_HARD_NEGATIVES_4);

  it('keeps the rewrites that restructure: the question asked of the conditions, the particle with its participle', () => {
    assert.equal(flaggedAndFixable('How did the on-call not see the disk filling up?').trim().split('\n').pop(), 'What made it hard for the on-call to see the disk filling up?');
    assert.equal(flaggedAndFixable('The staff engineer who maintained the exporter commented out the retry guard to save time.').trim().split('\n').pop(), 'The retry guard was commented out to save time.');
    assert.equal(flaggedAndFixable('The outage was entirely preventable had the alerts been read.').trim().split('\n').pop(), 'The outage was possible because the alerts were not read.');
  });
});

// Round 3, second pass: more kinds, sentences written for this test.
const SPANS_5: readonly (readonly [string, string, string])[] = [
  ['a role choosing an omission', 'The shift lead chose to ignore the disk alarm.', 'The shift lead chose to ignore'],
  ['hindsight: it was obvious', 'With hindsight, the gaps in the backup plan were painfully obvious.', 'With hindsight, the gaps in the backup plan were painfully obvious'],
  ['not paying attention', 'Honestly the reviewers were not paying attention.', 'were not paying attention'],
  ['a name made a typo', 'The rollback failed because Ingmar made a careless typo.', 'Ingmar made a careless typo'],
  ['nobody bothered', 'No one bothered to check the quota.', 'No one bothered to'],
  ['an indefinite role’s oversight', "The corruption came from a developer's oversight.", "a developer's oversight"],
  ['a passive question with "not" after the subject', 'Why were the pages not acknowledged sooner?', 'Why were the pages not acknowledged sooner?'],
  ['a could-have question about a role', "Couldn't the incident commander have declared the SEV-1 earlier?", "Couldn't the incident commander have declared the SEV-1 earlier?"],
  ['avoidable if a person had …', 'The data loss could easily have been avoided if the DBA had checked the replica.', 'could easily have been avoided if the DBA had checked the replica'],
  ['too slow to react', 'The release captain was far too slow to react.', 'The release captain was far too slow to react'],
  ['refusal to heed the warnings', 'Refusal to heed the warnings made the outage longer.', 'Refusal to heed the warnings'],
];

const NEW_HARD_NEGATIVES_5 = [
  'Could we have detected this sooner?',
  'Could the pipeline have caught this earlier?',
  'The team made a decision to roll back at 14:10.',
  'Management chose to skip the freeze because the fix was urgent.',
  'The release manager decided to skip the canary after confirming the change was docs-only.',
  'The failure to renew the certificate was caused by a misconfigured ClusterIssuer.',
  'The service was too slow to respond under load.',
  'Looking back, the timeline is clear.',
  "The scheduler's disregard for node taints caused the imbalance.",
];

describe('English readings added in round 3, second pass', () => {
  spansAndNegatives(SPANS_5, NEW_HARD_NEGATIVES_5);

  it('rebuilds a passive avoidable-if around the person’s step', () => {
    assert.equal(flaggedAndFixable('The data loss could easily have been avoided if the DBA had checked the replica.').trim().split('\n').pop(), 'Nothing at the time prompted the DBA to check the replica.');
  });
});

// Session 4 (lang-en, 2026-11-27): readings generalised from real English text (en-1400…1513). Sentences
// written for this test, each with the span that must be flagged; the rewrite must re-lint clean.
const SPANS_6: readonly (readonly [string, string, string])[] = [
  ['past perfect: "had" + participle', 'She had deleted the wrong bucket before anyone noticed.', 'She had deleted'],
  ['a reported clause with a name in apposition', 'During the review it was found that a contractor, Mirela, had pushed an untested migration.', 'a contractor, Mirela, had pushed'],
  ['an aside between the role and its verb', 'A platform engineer, while rotating the keys, mistakenly revoked the production token.', 'A platform engineer, while rotating the keys, mistakenly revoked'],
  ['a person in a mid-sentence "because" clause putting something broken in place', 'The checkout page broke because an analyst uploaded a malformed price sheet.', 'an analyst uploaded'],
  ['an opening manner phrase that leaves a step out', 'Without checking the target cluster, the SRE applied the manifest.', 'the SRE applied'],
  ['a diary sentence without its subject', 'Forgot to renew the wildcard certificate before the holiday.', 'Forgot to renew'],
  ['a diary sentence without its subject (omission)', 'Overlooked the warning in the deploy log.', 'Overlooked'],
  ['a coordinated "but failed to"', 'The on-call noticed the lag but failed to page the database team.', 'failed to'],
  ['a coordinated "didn\'t" + a duty', "The reviewer approved the diff and didn't test the rollback.", "didn't test"],
  ['a coordinated "missed"', 'The operators watched the graphs and missed the climbing error rate.', 'missed'],
  ['an act whose relative clause names the damage', 'A contractor deployed a schema change that took down the billing API for an hour.', 'A contractor deployed'],
  ['a decision as the subject of "a mistake"', 'The decision to skip the load test turned out to be a costly mistake.', 'The decision to skip the load test turned out to be a costly mistake'],
  ['a review’s omission in the passive', 'The off-by-one was missed during code review.', 'was missed during code review'],
  ['care promised as the safeguard', 'We will be more careful with schema changes.', 'We will be more careful'],
  ['care asked for in the imperative', 'Be vigilant when touching production.', 'Be vigilant'],
  ['"a mistake of mine"', 'That outage was a mistake of mine.', 'a mistake of mine'],
  ['the writer admitting the mistake', 'I admit the mistake.', 'I admit the mistake'],
  ['sarcasm about a person’s idea', 'Someone thought it would be a good idea to disable the rate limiter.', 'thought it would be a good idea to'],
  ['a verdict on an act named by its infinitive', 'To skip the dry run was simply reckless.', 'To skip the dry run was simply reckless'],
  ['the failure of a role to act', 'The failure of the release manager to announce the freeze confused everyone.', 'failure of the release manager to announce'],
  ['people’s part of the response judged afterwards', 'Escalation could have been much faster.', 'Escalation could have been much faster'],
  ['a long passive if-clause about a step nobody took', 'If the capacity review had been scheduled a month earlier, the shortage would have been spotted.', 'If the capacity review had been scheduled a month earlier, the shortage would have'],
  ['"I\'d" in a conditional', "If I'd paged the DBA, we would have saved an hour.", "If I'd paged the DBA, we would"],
  ['"fat fingered" in two words', 'i fat fingered the hostname.', 'i fat fingered'],
  ['taking down a service', 'I took down the checkout service.', 'I took down the checkout'],
];

const NEW_HARD_NEGATIVES_6 = [
  'The decision to roll back was not a mistake.',
  'It was our tooling that let us down, not the on-call.',
  'The retro asked how the outage could have been prevented.',
  'A lint rule that would have caught the typo did not exist yet.',
  'If the disk had been full, we would have lost the writes.',
  'Had the primary been overloaded, the replica would have taken over.',
  'If the replica had been promoted automatically, the outage would have lasted seconds.',
  'We are not asking who broke the build.',
  'Missed heartbeats triggered the failover.',
  'Dropped the cache TTL to 30 seconds at 14:02.',
  'Restarted the ingest workers at 03:10 after the queue drained.',
  'The operator left the maintenance page up until the migration finished.',
  'The decision to fail over turned out to be the right call.',
  'The on-call acknowledged the page and escalated to the database team.',
];

describe('English readings added in session 4 (real text)', () => {
  spansAndNegatives(SPANS_6, NEW_HARD_NEGATIVES_6);

  it('keeps the state after the participle when a person left something blank, and rewrites the passive if-clause as what was not done', () => {
    assert.equal(flaggedAndFixable('The operator left a specific input parameter blank.').trim().split('\n').pop(), 'A specific input parameter was left blank.');
    assert.equal(flaggedAndFixable('If the monitoring work had been started two weeks earlier, the problem would have been discovered.').trim().split('\n').pop(), 'The monitoring work had not been started at the time, and nothing then made it urgent.');
  });
});

describe('English: the team naming a gap in its own checks', () => {
  it('leaves "we failed to <check>" alone, in prose and in the phrase list, but not "I failed to" or a name', () => {
    for (const s of [
      'We failed to consider the case where the only spend in a bundle was a fast-forward spend.',
      'However, we failed to validate that the singleton still existed.',
      'We failed to check the replica lag before promoting it.',
    ]) assert.deepEqual(findings(s).map((f) => f.message), [], s);
    flaggedAndFixable('I failed to check the replica lag before promoting it.');
    flaggedAndFixable('Kofi failed to validate the input before the import.');
  });
});

describe('English: what the team’s own step spared, told as luck', () => {
  it('leaves "had we not been monitoring / caught it, … would have …" alone, but not "had we tested …, we would have …"', () => {
    for (const s of [
      'However, had we not been monitoring, any running node that was restarted would have advanced the chain.',
      'Had we not caught it, the queue would have filled by morning.',
      'If we had not rolled back, the corruption would have spread to every shard.',
    ]) assert.deepEqual(findings(s).map((f) => f.message), [], s);
    flaggedAndFixable('Had we tested the migration on a copy, we would have caught this.');
  });
});

// Session 5: kinds seen in real text never used before (forums, comment threads, news), written anew here.
const SPANS_7: readonly (readonly [string, string, string])[] = [
  ['a person who made mistakes with modifiers between the article and the noun', 'He made some basic mistakes while editing the routing table.', 'He made some basic mistakes'],
  ['self-blame: a mistake with a list of modifiers', 'I made a small, silly copy-paste mistake in the zone file.', 'I made a small, silly copy-paste mistake'],
  ['a colloquial word for a mistake', 'The contractor made a big boo-boo in the DNS change.', 'The contractor made a big boo-boo'],
  ['a role noun + "error" as the cause', 'The outage came down to technician error.', 'technician error'],
  ['a fat-fingered person as the cause', 'The root cause was a fat-fingered operator on the admin console.', 'a fat-fingered operator'],
  ['a role described by what they were doing, then an inadvertent act', 'A technician running the upgrade inadvertently unplugged the core switch.', 'A technician running the upgrade inadvertently unplugged'],
  ['an inadvertent act in a "when" clause', 'The outage began when an engineer accidentally deleted the routing table.', 'an engineer accidentally deleted'],
  ['a hindsight question with nobody as its subject', 'Why did nobody spot the expiring certificate?', 'Why did nobody spot the expiring certificate?'],
  ['the outage put on the writer', 'The whole outage was because of me.', 'was because of me'],
  ['care asked as a prohibition', 'Don’t be careless with production credentials.', 'Don’t be careless'],
  ['a hasty person', 'The reviewer was hasty.', 'was hasty'],
  ['a hindsight question after a lead-in that ends in a colon', 'The question remains: why did nobody spot it?', 'why did nobody spot it?'],
  ['"should have been more" + a state, rewritten as the state it was in', 'Looking back, we should have been more aligned and ready for the launch.', 'we should have been more aligned and ready'],
  ['a question asking whose fault it was', 'Whose fault was this?', 'Whose fault was this?'],
];

const NEW_HARD_NEGATIVES_7: readonly string[] = [
  'None of these gaps were the fault of the on-call engineer.',
  'Honestly, it was totally not her fault.',
  'Everyone screws up now and then; what matters is the recovery.',
  'Human errors are inevitable, so the deploy tool asks for confirmation.',
  'No disciplinary action was taken after the review.',
  'Where there are harsh punishments, people hide their mistakes.',
  'We are proud of not blaming people when the system fails.',
  'The retro was tense, with fingers pointed at whoever had merged last.',
  'People like to argue about how someone should have read the runbook.',
  'The team made some error handling changes in the client.',
  'A technician running the upgrade carefully unplugged the old switch.',
  'Why did the pager not fire?',
  'The delay was because of the vendor.',
  'Anyone could have made that mistake.',
  'Any of us could have pushed that change.',
];

describe('English readings added in session 5 (real text never used before)', () => {
  spansAndNegatives(SPANS_7, NEW_HARD_NEGATIVES_7);
});

// The same kinds in Korean: flagged or left alone as in English (the Korean reading is language/ko).
describe('Korean counterparts of the session-5 English kinds', function () {
  this.timeout(60_000);
  const ko = (s: string) => lint(`---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${s}\n`, { locale: 'ko' }).findings.filter((f) => RULES.includes(f.ruleId));
  it('flags a mistake with modifiers, a role\'s mistake as the cause, an inadvertent act, a nobody-question and a hasty person, at their positions', () => {
    for (const [s, span] of [
      ['그가 기초적인 실수를 몇 가지 저질렀다.', '실수를'],
      ['외주 작업자의 실수로 911 장애가 발생했다.', '작업자의 실수로'],
      ['정비 작업을 하던 외주 기술자가 실수로 전원을 내렸다.', '실수로'],
      ['왜 아무도 이걸 예상하지 못했나?', '왜 아무도 이걸 예상하지 못했나'],
      ['엔지니어가 성급했다.', '엔지니어가 성급했다'],
    ] as const) {
      const doc = `---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${s}\n`;
      const at = doc.indexOf(span);
      const found = ko(s);
      assert.ok(found.some((f) => f.start === at && f.end === at + span.length), `${s}: ${found.map((f) => doc.slice(f.start, f.end)).join(', ') || 'nothing'}`);
      assert.ok(found.every((f) => f.suggestions.length > 0), `no rewrite: ${s}`);
    }
  });
  it('leaves negated fault, generalisations about everyone, no punishment and not-blaming alone', () => {
    for (const s of ['여러 문제가 있었지만 그중 어느 것도 작성자의 잘못이 아니었다.', '그건 전혀 그의 잘못이 아니었다.', '누구나 실수를 한다.', '사람의 실수는 피할 수 없다.', '징계 조치는 없었다.', '사람을 탓하지 않는 문화가 그립다.']) {
      assert.deepEqual(ko(s).map((f) => f.message), [], s);
    }
  });
});

describe('English: readings kept in one place', () => {
  it('reads the luck steps ("had we not caught it") from the phrase data, where both of its patterns list the same steps', () => {
    const data = counterfactualEn as { entries: { id: string; unless?: string[] }[] };
    const unless = data.entries.find((e) => e.id === 'en.cf.if-person-had')?.unless ?? [];
    const lists = unless.filter((u) => /we (?:not|\{hadn't\|had not\}) \{/u.test(u)).map((u) => /\{([^}]*)\}$/u.exec(u)?.[1]);
    assert.equal(lists.length, 2);
    assert.equal(lists[0], lists[1]);
    assert.deepEqual(luckSteps(), lists[0]!.split('|'));
    for (const s of ['Had we not spotted it, the queue would have filled by morning.', 'If we had not rolled back, the corruption would have spread.']) assert.deepEqual(findings(s).map((f) => f.message), [], s);
  });
  it('asks one predicate whether "we failed to …" is the team naming its own gap', () => {
    assert.equal(teamNamesOwnGap('We', 'failed to check'), true);
    assert.equal(teamNamesOwnGap('I', 'failed to check'), false);
    assert.equal(teamNamesOwnGap(undefined, 'failed to check'), false);
    assert.deepEqual(findings('We failed to check the replica lag before promoting it.').map((f) => f.message), []);
  });
});

// Session 5, second pass: more kinds from the same real text, written anew here.
const SPANS_8: readonly (readonly [string, string, string])[] = [
  ['a comma splice whose second clause has a person and a wrong target', 'The rollout stalled, someone pushed the config to the wrong cluster.', 'someone pushed'],
  ['self-blame: one\'s own mistake with modifiers', 'We had our own little screw-up during the cutover.', 'our own little screw-up'],
  ['hindsight whose person subject follows a subordinator', 'That is exactly why they should have tested the rollback first.', 'should have tested'],
  ['a dismissal asked for in the progressive', 'I am terminating the engineer who pushed it.', 'terminating the engineer'],
  ['past perfect contracted onto the pronoun', 'Later that night, he\'d wiped the staging bucket by mistake.', 'he\'d wiped'],
];
const NEW_HARD_NEGATIVES_8: readonly string[] = [
  'The rollout stalled, someone restarted the pods and it recovered.',
  'Our error budget was spent by noon.',
  'We are terminating the old instances tonight.',
  'He\'d rather we paged him earlier.',
];
describe('English readings added in session 5, second pass', () => {
  spansAndNegatives(SPANS_8, NEW_HARD_NEGATIVES_8);
});
describe('Korean counterparts of the second pass', function () {
  this.timeout(60_000);
  const ko = (s: string) => lint(`---\nlang: ko\n---\n# 장애 보고서\n\n## 개요\n\n${s}\n`, { locale: 'ko' }).findings.filter((f) => RULES.includes(f.ruleId));
  it('flags the same kinds in Korean and leaves their negatives alone', () => {
    for (const s of ['배포가 멈췄고, 누군가 설정을 엉뚱한 클러스터에 밀어 넣었다.', '그래서 그들은 롤백을 먼저 테스트했어야 했다.', '배포한 엔지니어를 해고해야 한다.']) assert.ok(ko(s).length > 0, `not flagged: ${s}`);
    for (const s of ['오류 예산은 정오에 소진되었다.', '오늘 밤 오래된 인스턴스를 종료한다.']) assert.deepEqual(ko(s).map((f) => f.message), [], s);
  });
});
