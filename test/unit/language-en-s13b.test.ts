// Session 13, second round (lang-en2): English mirrors of two Korean kinds lang-ko found this session, with the Korean
// sentences as expectations of the Korean engine (lang-ko's modules are not edited here). Sentences written before the
// engine was run on them; they share no content words with the corpus cases.
//
// 1. A negligence word inside the purpose clause of a measure the team took (src/core/language/en/guard.ts; Korean
//    src/core/language/ko/guard.ts): the clause says what the measure prevents, nobody is said to have been careless.
//    Pledges and calls to be careful stay flagged (the set's `vigilance-call` convention).
// 2. A slip attributed by a possessive with a word naming the kind of slip ("the operator's input mistake"): a role noun is
//    read like a name (src/core/language/en/prose.ts, en.who.attribution). A vendor or a customer is no person for these
//    rules, as for the existing "the vendor's mistake": blame of a vendor by its customer is left out of the evaluation set
//    (test/language/README.md conventions), so precision first keeps it unflagged.
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  'a negligence word in the purpose clause of a measure (en)': {
    clean: [
      'We wrote a checklist so that nobody gets complacent.',
      'We added a second reviewer so that a tired engineer is not the last line of defence.',
      'We rotate the pager every week so that no one becomes careless with alerts.',
      'The deploy script now asks for a second confirmation, so no one can carelessly push to the main cluster.',
      'We added a pre-commit hook to keep anyone from negligently committing credentials.',
      'The lab runs a fire drill every quarter lest the staff grow complacent about evacuation.',
      'The billing console shows a red banner so that operators do not get sloppy with manual refunds.',
      'The restore runbook is rehearsed each spring to stop the team from getting complacent about backups.',
      'We schedule game days so we never become complacent about failover.',
    ],
    flagged: [
      ['Everyone must be more careful.', [['b', 'Everyone must be more careful']]],
      ['We will be more vigilant.', [['b', 'We will be more vigilant']]],
      ['The team was complacent about the backups.', [['b', 'was complacent about the backups']]],
      ['The on-call engineer got complacent, so we wrote a checklist.', [['b', 'got complacent']]],
      ['We added a checklist so that nobody gets complacent, because the operator was careless last time.', [['b', 'was careless']]],
      ['We must stay alert so that nobody gets complacent.', [['b', 'We must stay alert'], ['b', 'complacent']]],
      // A result clause, not a purpose: the negligence word is what nobody saw.
      ['The handover notes were thin, so nobody saw that the rollout was sloppy.', [['b', 'was sloppy']]],
    ],
  },
  'a negligence word in the purpose clause of a measure (ko mirror)': {
    clean: [
      '아무도 방심하지 않도록 체크리스트를 만들었다.',
      '운영자가 수동 환불을 소홀히 하지 않게 결제 콘솔에 빨간 배너를 띄운다.',
      '팀이 복구 훈련에 안일해지지 않도록 분기마다 훈련을 연다.',
      '피곤한 엔지니어가 마지막 방어선이 되지 않도록 두 번째 리뷰어를 추가했다.',
    ],
    flagged: [['모두 더 조심해야 한다.', [['b', '모두 더 조심해야 한다']]]],
  },
  'a slip attributed by a possessive with its kind (en)': {
    clean: [
      'The outage was caused by the vendor\'s configuration mistake.',
      'It was not the reviewer\'s merge mistake; the branch rules allowed it.',
      'The engineer\'s error budget was spent by Tuesday.',
      'The operator\'s login error came from an expired password.',
      'The reviewer\'s no-mistake streak ended in March.',
      'The reviewer\'s checklist of common mistakes now has twelve entries.',
      'The customer\'s payment error came from an expired card.',
    ],
    flagged: [
      ['The payment error was caused by the operator\'s input mistake.', [['b', 'the operator\'s input mistake']]],
      ['The outage was caused by the intern\'s typo.', [['b', 'the intern\'s typo']]],
      ['The refund loop started with the on-call engineer\'s typing slip.', [['b', 'the on-call engineer\'s typing slip']]],
      ['The wrong index was dropped because of the DBA\'s copy-paste error.', [['b', 'the DBA\'s copy-paste error']]],
      ['The expired domain was the admin\'s renewal oversight.', [['b', 'the admin\'s renewal oversight']]],
      ['The outage was caused by Tomasz\'s input mistake.', [['b', 'Tomasz\'s input mistake']]],
      // Without the kind word, as before: role and name alike.
      ['The outage was caused by the engineer\'s mistake.', [['b', 'the engineer\'s mistake']]],
      ['The outage was caused by Tomasz\'s mistake.', [['b', 'Tomasz\'s mistake']]],
    ],
  },
  // The Korean engine flags the possessive slip with a role noun and a name alike. (It also flags "업체의 설정 실수로",
  // a vendor's slip, which the English rules leave alone: reported to lang-ko, not edited here.)
  'a slip attributed by a possessive with its kind (ko mirror)': {
    clean: [],
    flagged: [
      ['결제 오류는 운영자의 입력 실수 때문이었다.', [['b', '실수']]],
      ['결제 오류는 민수의 입력 실수 때문이었다.', [['b', '실수']]],
      ['장애는 엔지니어의 설정 실수로 발생했다.', [['b', '실수로']]],
    ],
  },
};

describeKinds('language kinds, session 13 second round (lang-en2)', KINDS);
