// Session 15, second round (lang-en2): the English mirror of a Korean kind lang-ko fixed this session
// (test/unit/language-ko-s15.test.ts, ko/nearmiss.ts WORSE): a NEAR MISS whose cost is a WORSE OUTCOME rather than a loss.
// Module: src/core/language/en/expected.ts (WORSE_ANY, WORSE_HARM). The sentences below were written for this file and
// share no content words with corpus lines; the hindsight beside them stays flagged, each finding with a rewrite.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';

const KINDS: Kinds = {
  // Kind: a (not negated) past counterfactual condition, then a degree before a comparative of worsening in a would-have
  // consequence: the alternative was worse, so nobody's act is faulted. Unambiguous comparatives (worse, harder, more
  // severe, messier) take any condition; ambiguous ones (longer, larger, slower, N more days) need a harm or repair subject.
  'a near miss whose cost is a worse outcome (en)': {
    clean: [
      'If we had deleted the snapshot too, the restore would have taken far longer.',
      'Had the replica been promoted, recovery would have been much harder.',
      'If the operator had dropped the staging index as well, the rebuild would have taken several more hours.',
      'Had we wiped the cache cluster that night, the slowdown would have been far worse.',
      'If someone had forgotten the second page, the backlog would have grown much larger.',
      'If we had overwritten the config file, the maintenance window would have run twice as long.',
      'Had the cron job purged the archive bucket too, the data loss would have been far more severe.',
      'If the load balancer had been drained first, the brownout would have been much worse.',
      "If they'd rebooted the whole fleet at once, the recovery would have been considerably slower.",
      'If the intern\'s script had overwritten the ledger, the reconciliation would have taken several more days.',
      'If the vendor had revoked every token, things would have been far messier.',
    ],
    flagged: [
      // Real hindsight: a check as the condition and a discovery, a prevention or a better outcome as the consequence.
      ['If we had checked the dashboard, we would have caught it.', [['c', 'If we had checked the dashboard, we would']]],
      ['If we had tested the migration, the outage would have been much shorter.', [['c', 'If we had tested the migration, the outage would']]],
      ['Had we reviewed the change, recovery would have been much easier.', [['c', 'Had we reviewed the change, recovery would have']]],
      // A negated condition: the slip wished undone.
      ['If we had not deleted the snapshot, the restore would have been faster.', [['c', 'If we had not deleted the snapshot, the restore would']]],
      // "harder to miss", "a harder time": a better outcome said with a worse word.
      ['If we had put the alert on the main page, it would have been much harder to miss.', [['c', 'If we had put the alert on the main page, it would']]],
      ['If we had pinned the version, an attacker would have had a much harder time.', [['c', 'If we had pinned the version, an attacker would']]],
      // Ambiguous comparatives on a thing that is better larger or longer, and "less severe" / "more limited".
      ['If we had sharded earlier, the headroom would have been much larger.', [['c', 'If we had sharded earlier, the headroom would']]],
      ['If we had deleted the old logs, the disk would have lasted much longer.', [['c', 'If we had deleted the old logs, the disk would']]],
      ['If the on-call had followed the runbook, the outage would have been far less severe.', [['c', 'If the on-call had followed the runbook, the outage would']]],
      ['If we had rolled back sooner, the outage would have been much more limited.', [['c', 'If we had rolled back sooner, the outage would']]],
    ],
  },
};

describeKinds('language kinds, English, session 15 second round (lang-en2)', KINDS);

describe('Korean mirrors of the worse-outcome near miss (expectations of the Korean engine)', () => {
  it('a slip as the condition and a worse outcome: clean; a check and a better outcome: flagged', () => {
    for (const s of [
      '야간 작업이 아카이브 버킷까지 지웠다면 데이터 손실이 훨씬 심각했을 것이다.',
      '캐시 클러스터를 그날 밤 날렸다면 복구가 훨씬 더 길어졌을 것이다.',
    ]) assert.deepEqual(spans(s), [], s);
    for (const s of ['대시보드를 확인했다면 장애를 막을 수 있었을 것이다.', '마이그레이션을 테스트했다면 장애가 훨씬 짧았을 것이다.']) {
      assert.ok(spans(s).length > 0, s);
    }
    // Not asserted (KO_OPEN): a non-slip condition with a worse outcome ("고객 알림을 전부 보냈다면 혼란이 훨씬 더 커졌을
    // 것이다", the mirror of "Had the replica been promoted, recovery would have been much harder") is flagged by the Korean
    // engine today: ko/nearmiss.ts requires a slip as the condition. Reported to lang-ko.
  });
});

describe('a judging word on a person keeps the worse-outcome clause read (lang-en2)', () => {
  it('the blame word inside the condition is still flagged', () => {
    for (const [s, word] of [
      ['If the careless intern had dropped the table, recovery would have been much harder.', 'careless'],
      ['If we had listened to the incompetent vendor, things would have been far worse.', 'incompetent'],
      ['If we had been sloppy with the keys, the breach would have been much worse.', 'sloppy'],
    ]) assert.ok(spans(s).some(([r, t]) => r === 'b' && t.includes(word)), `${s}: ${JSON.stringify(spans(s))}`);
  });
});
