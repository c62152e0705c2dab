// Kinds of English sentence the language rules misread in session 6's new real text (test/language/dev en-3000…3153,
// personal outage stories and forum threads): a dismissal REPORTED, negated or questioned (not a call for one),
// mistakes spoken of in general ("developers will make mistakes"), blame negated in a contrast ("not that someone
// was careless", "normal work, not reckless work", "it wasn't his fault"), "rarely the fault of one person", a verdict
// on putting the blame somewhere, human error as a design premise; and, missed: a harmful act in the perfect with an
// adverb before the participle ("I had just broken production", "I'd already nuked the cache", "I've broken prod"),
// crashing or hosing a system, the cause identified as "me" ("it wasn't a virus, it was me"), and a person called an
// idiot. Each kind: hard negatives stay clean, the blameful shape of the same kind is still flagged at the same words
// (positions checked), and every finding offers a rewrite. Korean mirrors where the kind exists in Korean and the
// Korean reading already holds (the Korean gaps are listed in the session report for the Korean module).
// Sentences written for this test, not from the evaluation set.
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  'a dismissal reported, negated or questioned (en)': {
    clean: [
      'Two engineers were let go a month after the outage.',
      'She got fired a week later, despite offering to help.',
      'You don’t get fired for breaking staging here.',
      'Would it be fair to get fired over a single typo?',
    ],
    flagged: [
      ['The engineer should be fired.', [['b', 'be fired']]],
      ['Whoever pushed this deserves to be sacked.', [['b', 'be sacked']]],
    ],
  },
  'a dismissal reported, negated or questioned (ko)': {
    clean: ['해고되지 않아서 안도했다.'],
    flagged: [['그 엔지니어는 해고되어야 한다.', [['b', '그 엔지니어는 해고되어야 한다']]]],
  },
  'mistakes spoken of in general (en)': {
    clean: [
      'Developers will make mistakes, so the pipeline has to catch them.',
      'Engineers who never make mistakes do not exist.',
      'Learning by your mistakes is slow and expensive.',
    ],
    flagged: [['I made a mistake in the firewall rule.', [['b', 'I made a mistake']]]],
  },
  'mistakes spoken of in general (ko)': {
    clean: ['개발자는 누구나 실수를 한다.'],
    flagged: [['그건 제 잘못이었습니다.', [['b', '제 잘못이었습니다']]]],
  },
  'blame negated in a contrast (en)': {
    clean: [
      'The problem is not that someone was careless.',
      'It happens during routine work, not reckless work.',
      'A macro sat on that key, so it wasn’t her fault.',
    ],
    flagged: [
      ['The problem is that someone was careless.', [['b', 'was careless']]],
      ['It was her fault.', [['b', 'her fault']]],
    ],
  },
  'blame negated in a contrast (ko)': {
    clean: ['문제는 누군가 부주의했다는 것이 아니다.'],
    flagged: [['운영자의 실수로 설정이 잘못 배포되었다.', [['b', '운영자의 실수로']]]],
  },
  'rarely the fault of one person (en)': {
    clean: ['Outages of this size are rarely the fault of one person.', 'In my experience, failures like this are seldom the fault of a single engineer.'],
    flagged: [['This outage was the fault of one person.', [['b', 'was the fault of one person']]]],
  },
  'a verdict on putting the blame somewhere (en)': {
    clean: ['It is odd to put the blame on the deploy tool when the flag was never removed.', 'Seems pretty silly to put the blame on the pipeline.'],
    flagged: [['We put the blame on Dana.', [['b', 'put the blame on']]]],
  },
  'human error as a design premise (en)': {
    clean: ['Design for the reality of human error and the pager stays quiet.', 'The runbook accepts the fact of human error.'],
    flagged: [['The outage was caused by human error.', [['b', 'human error']]]],
  },
  'a harmful act in the perfect, an adverb before the participle (en)': {
    clean: ['I had just restarted the service when the alert fired.', 'We have deleted the stale branches as planned.'],
    flagged: [
      ['I had just broken production.', [['b', 'I had just broken']]],
      ['Marek had accidentally dropped the orders table.', [['b', 'Marek had accidentally dropped']]],
      ['I’d already nuked half the cache.', [['b', 'I’d already nuked']]],
      ['I’ve broken prod twice this year.', [['b', 'I’ve broken']]],
    ],
  },
  'crashing or hosing a system (en)': {
    clean: ['The deploy crashed the site.', 'I crashed on the couch after the incident.', 'Our fault tolerance held.'],
    flagged: [
      ['I crashed the site last week.', [['b', 'I crashed the site']]],
      ['I hosed my production server.', [['b', 'I hosed']]],
    ],
  },
  'the cause identified as me (en)': {
    clean: ['It was me who noticed the alert first.', 'The on-call that night was me.'],
    flagged: [
      ['It wasn’t a virus, it wasn’t a power failure, it was me.', [['b', 'it was me']]],
      ['That someone was me.', [['b', 'That someone was me']]],
      ['The culprit was me.', [['b', 'The culprit was me']]],
    ],
  },
  'a person called an idiot (en)': {
    clean: ['The idiot-proof switch was disabled.', 'The tool treats every user as an idiot.'],
    flagged: [
      ['Yes, I know. I was an idiot.', [['b', 'I was an idiot']]],
      ['Honestly, he was a complete fool.', [['b', 'he was a complete fool']]],
    ],
  },
  'a person caused the outage (en)': {
    clean: ['The cron job caused the whole cluster to go down.', 'A leap second caused the outage.'],
    flagged: [
      ['He caused the whole token ring system to go down!', [['b', 'He caused the whole token ring system to go down']]],
      ['I totally destroyed his filesystem.', [['b', 'I totally destroyed']]],
    ],
  },
  'a verdict on a plan or decision (en)': {
    clean: ['Their rollout strategy was documented.', 'The weather was bad.'],
    flagged: [
      ['Their rollout strategy was bad.', [['b', 'Their rollout strategy was bad']]],
      ['His decision was terrible.', [['b', 'His decision was terrible']]],
    ],
  },
  'care asked of a person in a state (en)': {
    clean: ['Don’t deploy when the error budget is spent.', 'Never page when the alert is a duplicate.'],
    flagged: [['Lesson one: don’t code when you’re tired.', [['b', 'don’t code when you’re tired']]]],
  },
  'not knowing a basic tool (en)': {
    clean: ['The new hire did not know where the runbook was, because it was not linked from the alert.'],
    flagged: [['This guy doesn’t even know what git revert is.', [['b', 'doesn’t even know']]]],
  },
  'a human failure, one human’s mistake (en)': {
    clean: ['The human failure modes are listed in the appendix.'],
    flagged: [
      ['It was entirely a human failure.', [['b', 'a human failure']]],
      ['They tried to undo one human’s simple mistake.', [['b', 'one human’s simple mistake']]],
    ],
  },
  'the mistake someone made (en)': {
    clean: ['The mistake the linter made was a false positive.'],
    flagged: [['After the mistake I’d just made, I confessed.', [['b', 'mistake I’d just made']]]],
  },
  'a blame adjective on a figure of speech (en)': {
    clean: ['The bug arrived with the inevitability of a Lego brick under the foot of a careless parent.', 'It spread like a careless driver through traffic.'],
    flagged: [['A careless engineer deleted the table.', [['b', 'A careless engineer deleted']]]],
  },
  'rewrites for kinds that had none (en)': {
    clean: [],
    flagged: [
      ['Three months into my first job, I broke production.', [['b', 'I broke production']]],
      ['I would fire you for that.', [['b', 'fire you']]],
      ['Fire him for destroying the tests.', [['b', 'Fire him']]],
      ['But he didn’t bother to check the backups.', [['b', 'he didn’t bother to check']]], // session 10: read as with a plain apostrophe (the subject, a rewrite)
      ['It turned out someone had actually messed up this badly.', [['b', 'someone had actually messed up']]],
      // An interjection without its comma before the subject of hindsight.
      ['Yes the staff should have figured this out themselves.', [['c', 'should have figured']]],
    ],
  },
  'a step not specified (en)': {
    clean: ['The runbook did not specify the directory.', 'The ticket didn’t specify a deadline.'],
    flagged: [['He did not specify the directory.', [['b', 'He did not specify']]]],
  },
  'someone who should know better (en)': {
    clean: ['The dashboard should know better than to page twice.'],
    flagged: [['There is always somebody who should know better who rushes a change.', [['b', 'should know better']]]],
  },
  'scolded for neglecting a step (en)': {
    clean: ['The script was scolded in review for neglecting to close its file handles.'],
    flagged: [['Users scolded Marco for neglecting to implement backups.', [['b', 'neglecting to']]]],
  },
  'bad developers, a management fail (en)': {
    clean: ['Bad developer experience slowed the rollout.', 'The management failure domain is separate.'],
    flagged: [
      ['He blamed old code instead of bad developers.', [['b', 'bad developers']]],
      ['That is a major management fail.', [['b', 'a major management fail']]],
    ],
  },
  'a one-word verdict (en)': {
    clean: ['Done.', 'Rolled back.'],
    flagged: [['They skipped the tests? Reckless.', [['b', 'They skipped'], ['b', 'Reckless']]]],
  },
  'running commands without thinking (en)': {
    clean: ['The job was running commands without checking exit codes.', 'We were restarting pods without dropping requests.'],
    flagged: [['I was tired, rushing, and running commands without thinking.', [['b', 'without thinking']]]],
  },
};

describeKinds('English language kinds, session 6 (real text: dev en-3000…3153)', KINDS);
