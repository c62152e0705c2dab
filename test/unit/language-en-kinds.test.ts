// English blame and hindsight by KIND (issue 8), with sentences written for this test (not from the
// evaluation set): each kind is flagged, each hard negative stays clean, and every finding offers a
// rewrite after which the sentence re-lints clean.
import { strict as assert } from 'node:assert';
import { applyPreferredFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { nameLike, verbBase } from '../../src/core/language/en/names';
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
