// Kinds of English sentence the language rules misread in session 7's new real text (test/language/dev en-7000…7139:
// forum threads, Reddit/HN/devRant comments, Stack Exchange questions, blog posts and news of blackouts). False alarms:
// blame argued hypothetically and put aside ("one could argue … should have …, but …"), a verdict on blaming ("bad form
// to blame someone"), punishment negated with adverbs between ("wasn't even really reprimanded"), scapegoats in a
// general statement, blame named only to say it is not the topic ("not about negligence"), a firing REPORTED in the
// perfect ("has been fired"), hindsight called easy ("it's always easy to point out what would have …"), a capability
// the tooling lacks ("we would have found who did this, but we don't have …"), hindsight negated with an adverb ("I
// really don't think you could have …"), advice with "always" ("You should always have tested backups"), and blame an
// organisation reports about its own incident (news, a vendor's statement). Missed: "the guy" as the actor, a
// possessive before a slip or a typo ("my screw up", "her typo"), "this was an oversight", "the person to blame is",
// people who "can't let themselves make mistakes", negated-modal hindsight questions ("Couldn't they have run …?",
// "Wouldn't it have been safer to have added …?"), "if X had simply …". Each kind: hard negatives stay clean, the
// blameful shape of the same kind is flagged at the same words (positions checked), and every finding offers a rewrite.
// Korean mirrors where the kind exists in Korean (the Korean reading already holds for these).
// Sentences written for this test, not from the evaluation set.
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  'blame argued hypothetically, then put aside (en)': {
    clean: [
      'One could argue the operator should have been more careful, but the runbook gave no warning.',
      'You could say the reviewer should have caught it, but the diff was four thousand lines.',
    ],
    flagged: [['The operator should have been more careful.', [['c', 'The operator should have been more careful']]]],
  },
  'blame argued hypothetically, then put aside (ko)': {
    clean: ['운영자가 더 주의했어야 했다고 말할 수도 있지만, 런북에는 경고가 없었다.'],
    flagged: [['운영자가 더 주의했어야 했다.', [['c', '주의했어야 했다']]]],
  },
  'a verdict on blaming someone (en)': {
    clean: ['It is bad form to blame someone publicly for an outage.', 'It’s unhelpful to single out the engineer who ran the command.'],
    flagged: [],
  },
  'punishment negated with words between (en)': {
    clean: ['I wasn’t even really reprimanded.'],
    flagged: [['He should be reprimanded.', [['b', 'be reprimanded']]]],
  },
  'scapegoats in a general statement (en)': {
    clean: ['Sometimes engineers are made scapegoats, but good companies don’t work that way.'],
    flagged: [],
  },
  'blame named to say it is not the topic (en)': {
    clean: ['This review is not about negligence.', 'The pattern isn’t about carelessness or human error.'],
    flagged: [['The outage was caused by negligence.', [['b', 'negligence']]]],
  },
  'blame named to say it is not the topic (ko)': {
    clean: ['이번 회고는 부주의에 관한 것이 아니다.'],
    flagged: [],
  },
  'a firing reported in the perfect (en)': {
    clean: ['The CEO has been fired after a year on the job.', 'Two contractors had been let go before the outage.'],
    flagged: [['He has to be fired.', [['b', 'be fired']]]],
  },
  'a firing reported (ko)': {
    clean: ['그 CEO는 1년 만에 해고되었다.'],
    flagged: [],
  },
  'hindsight called easy (en)': {
    clean: ['In hindsight it’s always easy to point out what would have avoided the outage, but does that help?'],
    flagged: [],
  },
  'a capability the tooling lacks (en)': {
    clean: ['We would have found who did this, but we don’t have the feature to keep track of reset logs.'],
    flagged: [],
  },
  'hindsight negated with an adverb (en)': {
    clean: ['I really don’t think you could have seen that coming.'],
    flagged: [['You could have seen that coming.', [['c', 'could have seen']]]],
  },
  'advice with always (en)': {
    clean: ['You should always have tested backups.'],
    flagged: [['You should have tested the backups.', [['c', 'should have tested']]]],
  },
  'blame an organisation reports about its own incident (en)': {
    clean: [
      'Acme Hosting company said a technician caused the outage through human error.',
      'XYZ blames the outage on human error.',
      'The outage was human error, the provider admitted.',
    ],
    // The team's own account, and a person of the team reporting it, are still read.
    flagged: [
      ['The outage was human error.', [['b', 'human error']]],
      ['Dana said the outage was human error.', [['b', 'human error']]],
    ],
  },
  'the guy as the actor (en)': {
    clean: ['The guy from the vendor arrived at noon.'],
    flagged: [['The guy forgot to drain the node.', [['b', 'The guy forgot to drain']]]],
  },
  'a possessive before a slip or a typo (en)': {
    clean: ['Our typo checker runs nightly.'],
    flagged: [
      ['It was her typo that broke the build.', [['b', 'her typo']]],
      ['I sent my manager a note explaining my screw up.', [['b', 'my screw up']]],
    ],
  },
  'a possessive before a typo (ko)': {
    clean: [],
    flagged: [['그의 오타로 빌드가 깨졌다.', [['b', '그의 오타로']]]],
  },
  'an oversight named as the cause (en)': {
    clean: ['The oversight board met on Monday.'],
    flagged: [['This was an oversight, and we apologise.', [['b', 'This was an oversight']]]],
  },
  'the person to blame (en)': {
    clean: ['There is nobody to blame.'],
    flagged: [['The person to blame is the release manager.', [['b', 'The person to blame is']]]],
  },
  'people who must not make mistakes (en)': {
    clean: ['The pipeline can’t let a failing build through.'],
    flagged: [['Operators simply can’t let themselves make mistakes like this.', [['b', 'can’t let themselves make mistakes']]]],
  },
  'people who must not make mistakes (ko)': {
    clean: [],
    flagged: [['그 사람은 절대 실수를 해서는 안 된다.', [['b', '실수를 해서는']]]],
  },
  'negated-modal hindsight questions (en)': {
    clean: ['Could we have more replicas next quarter?', 'Couldn’t the cache have been warmed earlier?'],
    flagged: [
      ['Couldn’t they have run a test on staging first?', [['c', 'Couldn’t they have run']]],
      ['Wouldn’t it have been simpler and safer to have added an interlock?', [['c', 'Wouldn’t it have been simpler and safer to have added']]],
    ],
  },
  'if a person had simply (en)': {
    clean: ['If the cache had simply expired, nothing would have happened.'],
    flagged: [],
  },
};

describeKinds('English language kinds, session 7 (real text: dev en-7000…7139)', KINDS);
