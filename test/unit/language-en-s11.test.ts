// Kinds of English sentence the language rules misread in the half of the blind fresh-s10 part drawn into dev in session 11
// (GitHub issue threads, code comments, blog posts on blameless reviews), mirrors of session 10's Korean frames
// (src/core/language/ko/frames.ts), and two known bugs. Frames: src/core/language/en/frames.ts.
// False alarms: a punishment as what people fear, no room for a careless manner, a blameless principle with a frequency
// adverb, mistakes one can make (a modal of ability or leave), prevention asked as an embedded question, code catching an
// exception or a code case, the unreal present ("If we had X, we would …" with no perfect), "for a week" read as a marked
// duration for any act. Misses: "on accident" (the American form of "by accident"), "caused by <person> <doing> <object>"
// with a bare object, "not due to A but (rather) due to B" (the blame after "but" is asserted), a person or role who
// "introduced a typo", a missing safeguard named by the speed it would have given ("would have helped us spot it sooner").
// Ports of Korean frames: blame as one alternative of "whether A or B", an appearance corrected.
// Each kind: hard negatives stay clean; the blameful shape beside it is still flagged at the given words, with a rewrite.
// Sentences written for this test, not from the evaluation set.
import { strict as assert } from 'node:assert';
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { vagueFindings } from './language-cases';
import { actionDocument } from '../language/harness';

const KINDS: Kinds = {
  'a punishment as what people fear (en)': {
    clean: [
      'When engineers fear punishment, near misses stop being reported.',
      'Nurses who are afraid of being blamed keep quiet about dosage slips.',
      'The survey showed that drivers dread disciplinary action more than the accidents themselves.',
      'She stayed silent for fear of being written up.',
    ],
    flagged: [
      ['The operator should be punished for this.', [['b', 'be punished']]],
      ['The manager said the operator should be fired.', [['b', 'be fired']]],
    ],
  },
  // Korean: the same fear already reads as no call for punishment ("처벌이 두려우면 사람들은 문제를 숨긴다" is clean).
  'a punishment as what people fear (ko)': {
    clean: ['처벌이 두려우면 사람들은 문제를 숨긴다.', '징계를 받을까 두려워 보고하지 않는 문화가 생긴다.'],
    flagged: [],
  },
  'no room for a careless manner, in the present (en; mirror of Korean "소홀히 다룰 수 없다")': {
    clean: [
      'There is no room for complacency in how we store backups.',
      'In a cockpit there’s no place for guesswork.',
      'Sloppiness has no place in a payroll migration.',
      'A hospital pharmacy cannot afford carelessness with labels.',
    ],
    flagged: [
      ['The night clerk was complacent about the backups.', [['b', 'was complacent about the backups']]],
      ['The pharmacist\'s carelessness caused the mix-up.', [['b', 'The pharmacist\'s carelessness']]],
    ],
  },
  'no room for a careless manner (ko)': {
    clean: ['보안 경고를 소홀히 다룰 수는 없다.'],
    flagged: [],
  },
  'a blameless principle with a frequency adverb (en)': {
    clean: [
      'Operator error is generally a symptom of awkward tooling.',
      'Human mistakes are frequently the starting point of a review, not its end.',
      'Human error is usually just a signal that the interface invites it.',
    ],
    flagged: [['The outage was human error.', [['b', 'human error']]]],
  },
  'a blameless principle with a frequency adverb (ko)': {
    clean: ['휴먼 에러는 대개 더 깊은 문제의 증상이다.'],
    flagged: [],
  },
  'mistakes one can make, with a modal of ability or leave (en)': {
    clean: [
      'We want a lab where students can make mistakes without breaking shared equipment.',
      'In the sandbox, new hires are free to make errors and reset everything.',
      'A good staging setup is one where anyone may make a mistake and roll it back in seconds.',
    ],
    flagged: [['The cashier made a careless mistake with the refund.', [['b', 'a careless mistake']]]],
  },
  'mistakes one can make (ko)': {
    clean: ['실수해도 빨리 복구할 수 있는 환경이 이상적이다.'],
    flagged: [],
  },
  'prevention asked as an embedded question (en)': {
    clean: [
      'For every page, ask which dashboard would have caught the drift sooner.',
      'The review should identify what check would have stopped the duplicate invoices.',
      'We brainstormed which alarms might have detected the leak earlier.',
    ],
    flagged: [
      ['A second reviewer would have caught the wrong dosage.', [['c', 'would have caught']]],
      ['The technician should have stopped the pump.', [['c', 'should have stopped']]],
    ],
  },
  // Korean mirror ("어떤 규칙이 이를 막을 수 있었을지 묻고 …") is flagged today by the Korean modal-perfect reading; the Korean
  // module is lang-ko's this session, so it is reported, not changed here.
  'code catching an exception or a code case (en)': {
    clean: [
      'We should have caught the ParseError in the outer handler instead of letting the worker die.',
      'Honestly we should have caught every exception in the retry wrapper’s catch block.',
      'We should have caught the case where len(items) == 0 before indexing.',
    ],
    flagged: [
      ['We should have caught the typo in review.', [['c', 'should have caught']]],
      ['The reviewer should have caught the missing index.', [['c', 'should have caught']]],
    ],
  },
  // Korean mirror ("catch 블록에서 예외를 잡았어야 했다") is flagged today (ko.who.hindsight-modal); left to lang-ko as above.
  'the unreal present: "if we had X, we would …" with no perfect (en)': {
    clean: [
      'If we had a staging cluster, we would test these upgrades there first.',
      'If the clinic had a second pharmacist, refills would not wait until Monday.',
      'If I had more time I would write a fuzzer for the parser.',
    ],
    flagged: [
      ['If the operator had checked the dashboard, he would see the spike.', [['c', 'If the operator had checked the dashboard, he would']]],
      ['If we had tested it, we would know by now.', [['c', 'If we had tested it, we would']]],
    ],
  },
  'the unreal present (ko)': {
    clean: ['자동 테스트가 있다면 지금 이걸 푸시할 수 없을 것이다.'],
    flagged: [],
  },
  'blame as one alternative of "whether A or B" (en; mirror of Korean "…의 실수인지 …의 결함인지")': {
    clean: [
      'We still need to find out whether this was human error or a race in the scheduler.',
      'The board asked whether the loss was operator error or a gap in the ledger software.',
      'Nobody can yet say whether it was carelessness or not.',
    ],
    flagged: [['This was human error, not a race in the scheduler.', [['b', 'human error']]]],
  },
  'blame as one alternative of "whether A or B" (ko)': {
    clean: ['이것이 사람의 실수인지 스케줄러의 경합인지 아직 조사 중이다.'],
    flagged: [],
  },
  'an appearance corrected (en; mirror of Korean "…의 실수로 보였던 X가 실제로는 …")': {
    clean: [
      'What looked like an operator’s slip turned out to be a default in the installer.',
      'The change that seemed like a careless mistake was actually caused by the tool’s default.',
      'At first the gap appeared to be negligence but was in fact a missing permission.',
    ],
    flagged: [['What looked like a bug turned out to be a careless mistake.', [['b', 'a careless mistake']]]],
  },
  'an appearance corrected (ko)': {
    clean: ['운영자의 실수로 보였던 변경은 실제로는 설치 도구의 기본값 때문이었다.'],
    flagged: [],
  },
  '"for a week" and other durations mark only a silenced signal (en; known bug)': {
    clean: [
      'We left the old cluster running for a week as a fallback.',
      'I ran the old exporter for three days alongside the new one.',
      'The team kept the legacy queue for two weeks during the migration.',
    ],
    flagged: [
      ['She muted the disk alert for a week.', [['b', 'She muted']]],
      ['He snoozed the pager for two days.', [['b', 'He snoozed']]],
      // What the duration used to mark by accident, now read by the state left ("unattended", "unanswered").
      ['Our vendor manager left the renewal emails unanswered for weeks.', [['b', 'Our vendor manager left']]],
      ['The security lead left the disk alert unattended.', [['b', 'The security lead left']]],
    ],
  },
  'a duration (ko)': {
    clean: ['예비용으로 구 클러스터를 일주일 동안 켜 두었다.'],
    flagged: [],
  },
  '"on accident", the American form of "by accident" (en)': {
    clean: ['We kept the feature flag off on purpose.'],
    flagged: [
      ['The on-call restarted the primary database on accident.', [['b', 'The on-call restarted']]],
      ['I deleted the staging bucket on accident.', [['b', 'I deleted']]],
      ['She merged the draft branch into main on accident.', [['b', 'She merged']]],
    ],
  },
  // Korean has one form for this ("실수로"), already read; there is no dialect variant to mirror.
  '"caused by <person> <doing> <object>" with a bare object (en)': {
    clean: [
      'The spike was caused by the scheduler retrying failed jobs.',
      'The slowdown was caused by customers uploading large files.',
      'The outage was caused by Redis evicting keys under memory pressure.',
    ],
    flagged: [
      ['The lockout was caused by the admin rotating credentials without notice.', [['b', 'the admin rotating credentials']]],
      ['The page storm was triggered by a contractor restarting every node at once.', [['b', 'a contractor restarting every node']]],
      ['The outage was caused by an engineer running the cleanup job against production.', [['b', 'an engineer running the cleanup job']]],
    ],
  },
  'a person or role who introduced a slip (en; as "made a typo" is read)': {
    clean: [
      'The upgrade introduced an error in the monthly totals.',
      'Renovate introduced a typo in the lockfile.',
      'We introduced a typo in the manifest.',
    ],
    flagged: [
      ['Our intern introduced a typo in the cron schedule.', [['b', 'Our intern introduced a typo']]],
      ['She introduced a mistake in the tax table last spring.', [['b', 'She introduced a mistake']]],
      ['I introduced a typo in the billing export.', [['b', 'I introduced a typo']]],
    ],
  },
  // Korean mirror ("신입이 설정 파일에 오타를 냈다") is not flagged today; left to lang-ko (Korean module).
  'a missing safeguard named by the speed it would have given this response (en)': {
    clean: [
      'Better documentation would have helped new users.',
      'A stricter setting would have helped catch issues earlier.',
      'Pair programming would have helped me learn faster.',
      'We had no alert that would have helped us react sooner.',
    ],
    flagged: [
      ['A disk-usage alert would have helped us spot the full volume much sooner.', [['c', 'would have helped us spot the full volume much sooner']]],
      ['A heartbeat check would have let the on-call notice the stalled queue far earlier.', [['c', 'would have let the on-call notice the stalled queue far earlier']]],
      ['Structured logs would’ve allowed faster diagnosis of the billing drift.', [['c', 'would’ve allowed faster']]],
    ],
  },
  // Korean mirror ("디스크 사용량 경보가 있었다면 더 빨리 발견할 수 있었을 것이다") is not flagged today; left to lang-ko.
  // Korean mirror ("장애는 김 대리가 검증되지 않은 코드를 배포해서 발생했다") is not flagged today; left to lang-ko (Korean module).
  '"not due to A but (rather) due to B": the blame after "but" is asserted (en)': {
    clean: [
      'The data loss was not due to human error but due to a race in the scheduler.',
      'The outage was not caused by operator error.',
      'The delay was not due to a careless operator but to a missing alert.',
    ],
    flagged: [
      ['The failure was not caused by the network but by human error.', [['b', 'human error']]],
      ['The stock mismatch was not due to the scanner but rather due to operator error.', [['b', 'operator error']]],
    ],
  },
  'not A but B (ko)': {
    clean: [],
    flagged: [['이번 장애는 네트워크 문제가 아니라 작업자의 실수 때문이었다.', [['b', '작업자의 실수']]]],
  },
};

describeKinds('language kinds, session 11 (en)', KINDS);

describe('"didn’t even know": the rewrite is grammatical and keeps the tense (known bug)', () => {
  const fixed = (s: string): string => {
    const head = '---\nlang: en\n---\n# Outage\n\n## Summary\n\n';
    const doc = `${head}${s}\n`;
    const f = lint(doc, { locale: 'en' }).findings.filter((x) => x.ruleId === 'blameful-language');
    assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
    const out = applyFixes(doc, [f[0].suggestions[0].edits]).text;
    assert.deepEqual(spans(out.slice(head.length).trim()), [], 'the rewrite is not flagged');
    return out.slice(head.length).trim();
  };
  it('past', () => assert.equal(fixed('The new tester didn’t even know the service existed.'), 'The new tester had not been told the service existed.'));
  it('past, with "about"', () => assert.equal(fixed('He did not even know about the feature flag.'), 'He had not been told about the feature flag.'));
  it('present', () => assert.equal(fixed('This intern doesn’t even know what a rebase is.'), 'This intern has not been told what a rebase is.'));
});

// Action items (vague-action-item), drawn fresh-s10 misses and a false alarm beside them. Kinds: a verb of gradual change
// with no end state ("Evolve …", "Mature …", "Iterate on …", read like "Rework …"); a record of work still to be decided
// ("Document next steps …", "Write up options …"); a number only inside a parenthetical question is a guess, not a measure;
// "Keep N more …" counts what it keeps (a false alarm of the "keep more" opener).
// Korean mirrors ("온콜 핸드북 발전시키기", "다음 단계를 문서화한다", "코드 리뷰 늘리기 (2명 필수?)") are not flagged today; the
// Korean action module is lang-ko's this session, so they are reported, not changed here.
describe('action items, session 11 (en)', () => {
  const vague: [string, string][] = [
    ['Evolve the on-call handbook', 'Evolve'],
    ['Mature the change-approval process for the data team', 'Mature'],
    ['Iterate on the alert wording with the support desk', 'Iterate on'],
    ['Document next steps for retiring the old ticket queue', 'Document next steps'],
    ['Write up options for shrinking the nightly build', 'Write up options'],
    ['Outline a plan to move the warehouse off the legacy cron host', 'Outline a plan to'],
    ['More smoke tests (maybe 3 per service?)', 'More'],
    ['Faster failover (under a minute?)', 'Faster'],
    ['Smarter paging for the night shift (2 tiers?)', 'Smarter'],
  ];
  for (const [item, at] of vague) it(`vague: ${item}`, () => assert.deepEqual(vagueFindings('en', item), [at]));
  const concrete = [
    'Document the procedure for rotating the payroll signing key in RUNBOOK.md',
    'Document options for the queue retirement in ADR-12',
    'Keep 2 more replicas in the EU region',
    'Keep 14 more days of WAL on the primary',
    'Add 3 smoke tests per service (checkout, search, login)',
  ];
  for (const item of concrete) it(`concrete: ${item}`, () => assert.deepEqual(vagueFindings('en', item), []));
});

describe('action items, session 11 (en): the rewrite resolves the finding and a second fix-all is a no-op', () => {
  const fixAll = (text: string, line: number): { text: string; left: number } => {
    const fs = lint(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= line);
    const out = applyFixes(text, fs.filter((f) => f.suggestions.length).map((f) => f.suggestions[0].edits)).text;
    return { text: out, left: lint(out, { locale: 'en' }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= line).length };
  };
  const cases: [string, string][] = [
    ['More smoke tests (maybe 3 per service?)', 'More smoke tests (maybe 3 per service?): set the target measure and how it is checked, and record them in this postmortem'],
    ['Document next steps for retiring the old ticket queue', 'Document next steps for retiring the old ticket queue, and record the decision in this postmortem'],
    ['Evolve the on-call handbook', 'Evolve the on-call handbook: set the target measure and how it is checked, and record them in this postmortem'],
  ];
  for (const [item, want] of cases) {
    it(item, () => {
      const p = actionDocument('en', item);
      const fs = lint(p.text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
      assert.ok(fs.length > 0 && fs.every((f) => f.suggestions.length > 0), 'flagged, with a rewrite');
      // The rewrite is manual (a person confirms the commitment it adds); applied, the item is no longer vague.
      const once = applyFixes(p.text, fs.map((f) => f.suggestions[0].edits)).text;
      assert.ok(once.split('\n')[p.line - 1].includes(want), once.split('\n')[p.line - 1]);
      const again = fixAll(once, p.line);
      assert.equal(again.left, 0);
      assert.equal(again.text, once);
    });
  }
});
