// Kinds of English sentence and action item the language rules misread in the half of the blind fresh-s8 part drawn into
// dev in session 9 (forum threads, columns, personal outage stories, student postmortems), with fresh-s7's drawn half.
// False alarms: blame told as what a third party did or tried ("the auditors wanted to blame him"), a scapegoat (blame
// named as unjust), erring named in general as a gerund subject ("Making a mistake is normal …"), a blame label defined
// ("Operator error is what the vendor writes …").
// Each kind: hard negatives stay clean; the blameful shape beside it is still flagged at the given words, with a rewrite
// where the finding is new. Korean sentences of the same kind where the Korean reading already holds.
// Sentences written for this test, not from the evaluation set.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

const KINDS: Kinds = {
  'blame told as what a third party did or tried (en)': {
    clean: [
      'The auditors wanted to blame him for the lost rows.',
      'Our customer’s CFO blamed the on-call in a public tweet.',
      'Several commenters on the forum were quick to blame him.',
      'The regional director blames us for every delay, whatever the cause.',
    ],
    flagged: [['He blamed old code instead of bad developers.', [['b', 'bad developers']]]],
  },
  'blame told as what a third party did or tried (ko)': {
    clean: ['경영진은 당직자를 탓했다.'],
    flagged: [],
  },
  'a scapegoat: blame named as unjust (en)': {
    clean: [
      'The night operator became the scapegoat for the billing delay.',
      'Leadership needed a scapegoat after the breach went public.',
      'She felt scapegoated by the steering committee.',
    ],
    flagged: [],
  },
  'a scapegoat: blame named as unjust (ko)': {
    clean: ['그는 결국 정산 지연의 희생양이 되었다.'],
    flagged: [],
  },
  'erring in general, a gerund or infinitive subject (en)': {
    clean: [
      'Making a mistake is normal under pressure.',
      'Making mistakes on call is something every engineer goes through.',
      'To make a mistake is human.',
    ],
    flagged: [],
  },
  'erring in general (ko)': {
    clean: ['실수하는 것은 인간의 본성이다.'],
    flagged: [],
  },
  'a blame label defined (en)': {
    clean: [
      'Operator error is what the vendor writes in every incident report.',
      'Human error is just a label for the step the tooling never guarded.',
      'Pilot error is what an inquiry board concludes after the recorders are read.',
    ],
    flagged: [['Human error is what caused the outage.', [['b', 'Human error']]]],
  },
  'a rhetorical question denying the fault (en)': {
    clean: [
      'How could a deploy tool that accepts any branch name be the release engineer’s fault?',
      'How can a pager that never rang possibly be the on-call’s fault?',
      'How is a lock that nobody documented the new hire’s fault?',
    ],
    flagged: [['It was the release engineer’s fault.', [['b', 'the release engineer’s fault']]]],
  },
  // Misses.
  'a contracted "had" before an irregular participle (en)': {
    clean: ['I’d run the migration again if I could.', 'I’d put a canary in front of it next time.'],
    flagged: [
      ['She’d forgotten the renewal date.', [['b', 'She’d forgotten']]],
      ['I’d forgotten to rotate the token.', [['b', 'I’d forgotten']]],
      ['He’d taken the primary out of rotation.', [['b', 'He’d taken']]],
    ],
  },
  'a past perfect of forgetting (ko)': {
    clean: [],
    flagged: [['나는 인증서 갱신을 잊어버렸었다.', [['b', '나는 인증서 갱신을 잊어버렸었다']]]],
  },
  'a person named by a workplace role outside the old lexicon (en)': {
    clean: ['The director of engineering approved the rollout at 14:00.', 'Our boss joined the bridge at 09:10.', 'The officers restored power by noon.'],
    flagged: [
      ['The CTO deleted the staging bucket by mistake.', [['b', 'The CTO deleted']]],
      ['Our boss accidentally wiped the shared calendar.', [['b', 'Our boss accidentally wiped']]],
      ['The rookie forgot to drain the node.', [['b', 'The rookie forgot to drain']]],
    ],
  },
  'a person made the incident worse (en)': {
    clean: ['The retry storm made things worse.', 'To make matters worse, the backup was corrupt.', 'Our fix made the incident worse.'],
    flagged: [
      ['The on-call then made matters worse by restarting the primary.', [['b', 'The on-call then made matters worse']]],
      ['I ended up making the outage worse.', [['b', 'I ended up making the outage worse']]],
      ['The contractor made the situation worse before support arrived.', [['b', 'The contractor made the situation worse']]],
    ],
  },
  'a person made the incident worse (ko)': {
    clean: ['재시도 폭주가 상황을 더 악화시켰다.'],
    flagged: [],
  },
  'the writer confessing a fault (en)': {
    clean: ['We are embarrassed by the outage.', 'The vendor’s support staff were embarrassed to admit the firmware bug.', 'We’re deeply sorry for the disruption.'],
    flagged: [
      ['The disk had been full for a week, I’m embarrassed to say.', [['b', 'I’m embarrassed to say']]],
      ['We are ashamed to admit that the restore was never tested.', [['b', 'We are ashamed to admit that']]],
      ['Honestly, I’m embarrassed to say the alert had been muted for weeks.', [['b', 'Honestly, I’m embarrassed to say']]],
    ],
  },
};

describeKinds('language kinds of session 9 (en)', KINDS);

describe('language kinds of session 9 (en): rewrites', () => {
  const rewrites = (sentence: string): string[] => {
    const doc = `---\nlang: en\n---\n# Outage\n\n## Summary\n\n${sentence}\n`;
    return lint(doc, { locale: 'en' })
      .findings.filter((f) => f.ruleId === 'blameful-language')
      .flatMap((f) => f.suggestions.map((s) => applyFixes(doc, [s.edits]).text.split('\n')[7]));
  };
  for (const [s, first] of [
    ['After the first alert, the on-call made things worse by rolling back the schema.', 'After the first alert, rolling back the schema made things worse.'],
    ['He proceeded to make things worse.', 'Things got worse.'],
    ['The disk had been full for a week, I’m embarrassed to say.', 'The disk had been full for a week.'],
    ['We are ashamed to admit that the restore was never tested.', 'The restore was never tested.'],
    ['She’d forgotten the renewal date.', 'The renewal date was forgotten.'],
  ] as const) {
    it(s, () => {
      const out = rewrites(s);
      assert.equal(out[0], first);
      for (const r of out) assert.deepEqual(spans(r), [], `the rewrite is clean: ${r}`);
    });
  }
});

describe('language kinds of session 9 (en): the writer’s own blame stays flagged', () => {
  // No rewrite is asserted: these findings predate session 9.
  for (const [s, want] of [
    ['I blame him for the lost rows.', 'blame him'],
    ['Why should we blame him?', 'blame him'],
    ['Making a mistake cost us two hours.', 'Making a mistake'],
  ] as const) {
    it(s, () => assert.deepEqual(spans(s).map(([, t]) => t), [want]));
  }
});

function vagueSpans(item: string): string[] {
  const ko = /[가-힣]/.test(item);
  const head = ko ? '---\nlang: ko\n---\n# 장애 보고서\n\n## 재발 방지 대책\n\n- [ ] ' : '---\nlang: en\n---\n# Outage\n\n## Action items\n\n- [ ] ';
  const doc = `${head}${item} ${ko ? '(담당: 플랫폼팀)' : '(owner: @platform-team)'}\n`;
  return lint(doc, { locale: ko ? 'ko' : 'en' })
    .findings.filter((f) => f.ruleId === 'vague-action-item')
    .map((f) => doc.slice(f.start, f.end));
}

describe('vague-action-item: kinds of session 9 (fresh-s8 draw)', () => {
  const cases: [string, string[]][] = [
    // A manner adverb of care with no period or measure.
    ['Watch disk usage closely on the storage nodes.', ['closely']],
    ['Track certificate expiry dates diligently.', ['diligently']],
    ['Monitor replication lag closely and page at 30 seconds of lag.', []],
    ['Rehearse the failover carefully once per quarter.', []],
    // "rigorous": a quality with no measure.
    ['Introduce a rigorous change-approval process for database migrations.', ['rigorous']],
    ['Adopt a rigorous release checklist for the mobile apps.', ['rigorous']],
    ['Require two approvals on every change to the billing schema.', []],
    // Korean: care with no measure.
    ['서버 성능을 면밀히 모니터링', ['모니터링']],
  ];
  for (const [item, want] of cases) it(item, () => assert.deepEqual(vagueSpans(item), want));
});
