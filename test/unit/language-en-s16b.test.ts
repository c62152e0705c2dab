// Session 16, second round (lang-en2): English mirrors of three Korean kinds lang-ko fixed this session
// (test/unit/language-ko-s16.test.ts; ko/alternative.ts, nearmiss.ts, prose.ts). Modules: src/core/language/en/norm.ts
// (kinds 1 and 3) and src/core/language/en/expected.ts WORSE_BARE (kind 2). Every sentence is NEW (written before the
// engine was run on it; no corpus line); clean ones stay clean, flagged controls keep exactly the given spans, each finding
// with a rewrite. The Korean mirrors are expectations of the Korean engine (not edited here); a Korean mirror the Korean
// engine reads otherwise is listed in KO_OPEN, not asserted.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';

const KINDS: Kinds = {
  // Kind 1: A SLIP AS THE PREMISE OF A NORM: a generic present-tense condition on a slip ("if / when / whenever <you,
  // someone, anyone, an engineer> <make a mistake, break, delete, push …>") with a main clause that states what one does
  // ("the decent / right thing (to do) is to …", "the norm / rule / expected response is to …", "it is good manners to …"),
  // in either order. Nobody is judged. Not: a person named or a past event, a norm of punishment or leaving, "should be
  // fired".
  'a slip as the premise of a norm (en)': {
    clean: [
      'If you make a mistake, the decent thing is to tell people right away.',
      'When someone breaks the staging cluster, the norm here is to post in the channel before fixing it.',
      'Whenever an engineer pushes a bad migration, the expected response is to roll it back and write it up.',
      'The right thing to do, if you break something, is to say so early.',
      'It is good manners to own up when you get something wrong.',
      'If anyone deletes a shared dashboard, the rule is to restore it from the export and tell its owner.',
    ],
    flagged: [
      ['If you make a mistake you should be fired.', [['b', 'you make a mistake'], ['b', 'be fired']]],
      ['If you make a mistake, the right thing is to resign.', [['b', 'you make a mistake']]],
      ['When Priya broke the build, the right thing was to revert.', [['b', 'When Priya broke']]],
      ['If you break prod, the norm is to fire you.', [['b', 'fire you']]],
      ['If you make a mistake, the decent thing is to tell people, and the engineer who made it should be fired.', [['b', 'be fired']]],
    ],
  },
  // Kind 2: A NEAR MISS WHOSE COST IS A WORSE OUTCOME, with NO degree word: a (not negated) counterfactual condition, then
  // a harm or repair subject and a bare comparative of worsening right after the verb ("the data loss would have been
  // bigger", "the outage would have lasted hours longer"). Session 15 read only "far / much / N hours" before the
  // comparative. Not: a better outcome (shorter, smaller, faster), "no bigger", a comparative later in the clause.
  'the way not taken with a bare worse comparative (en)': {
    clean: [
      'If the team had rebuilt the cluster from scratch, the outage would have lasted hours longer.',
      'If we had restarted the primary, the data loss would have been bigger.',
      'Had we waited for the upstream patch, the backlog would have grown larger.',
      'If support had restored every mailbox by hand, the cleanup would have taken days longer.',
      'If the vendor had pushed the hotfix to all regions at once, the disruption would have been more widespread.',
    ],
    flagged: [
      ['If we had tested the change, the outage would have been shorter.', [['c', 'If we had tested the change, the outage would']]],
      ['If we had added a canary, the impact would have been smaller.', [['c', 'If we had added a canary, the impact would']]],
      ['If we had restarted the primary, the data loss would have been no bigger.', [['c', 'If we had restarted the primary, the data loss would']]],
      ['If the on-call had checked the dashboard, the recovery would have been faster.', [['c', 'If the on-call had checked the dashboard, the recovery would']]],
    ],
  },
  // Kind 3: A PLEDGE OF CARE WITH A MEASURE: a first-person "will" pledge to check something more carefully / closely /
  // thoroughly that names a frequency, a time limit or a count is a promise of work. Not: care alone, "from now on", an
  // occasion ("before each deploy"), a duration ("for the next year"), a second clause that calls for care.
  'a pledge of care with a measure (en)': {
    clean: [
      'We will check the queue more carefully, twice a day.',
      'We will review the firewall diff more closely every Monday.',
      'I will inspect the backup logs more thoroughly, at least three times a week.',
      'We will verify the DNS records more carefully within 15 minutes of every change.',
      "We'll go over the billing exports more closely each week.",
    ],
    flagged: [
      ['We will be more careful next time.', [['b', 'We will be more careful']]],
      ['We will check the queue more carefully from now on.', [['b', 'We will check the queue more carefully']]],
      ['We will review pull requests more carefully before each deploy.', [['b', 'We will review pull requests more carefully']]],
      ['We will check the config more carefully for the next year.', [['b', 'We will check the config more carefully']]],
      ['We will check the queue more carefully twice a day because engineers must be more careful.', [['b', 'engineers must be more careful']]],
    ],
  },
};

describeKinds('language (en), session 16 second round: mirrors of the Korean kinds', KINDS);

// Korean mirrors (new sentences), expectations of the Korean engine.
const KO_CLEAN = [
  '실수를 했으면 곧바로 팀에 말하는 게 도리다.',
  '빌드를 깨뜨렸으면 먼저 되돌리는 것이 예의다.',
  '전체 서버를 재부팅했다면 장애가 훨씬 길어졌을 것이다.',
  '큐 상태를 하루 두 번 더 꼼꼼히 확인하겠습니다.',
  '방화벽 변경 내역을 매주 월요일 더 철저히 검토하겠습니다.',
];
const KO_FLAGGED = [
  '담당자가 실수했으니 벌을 받는 게 맞다.',
  '미리 테스트했다면 장애가 더 짧았을 것이다.',
  '앞으로 더 꼼꼼히 확인하겠습니다.',
];
// Read otherwise by the Korean engine today (NOT asserted; reported): a worse outcome stated with "더 많이" (a quantity
// adverb, not 더 before the predicate) is flagged as hindsight.
export const KO_OPEN = ['업체 패치를 기다렸다면 밀린 작업이 더 많이 쌓였을 것이다.'];

describe('language (ko), session 16 second round: Korean mirrors of the English kinds', () => {
  for (const s of KO_CLEAN) it(`clean: ${s}`, () => assert.deepEqual(spans(s), []));
  for (const s of KO_FLAGGED) it(`flagged: ${s}`, () => assert.ok(spans(s).length > 0));
});
