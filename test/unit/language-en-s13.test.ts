// Session 13 (lang-en): classes of English sentence the language rules misread in draw s13 (the fresh-s12 half drawn into
// dev and the 10 English documents drawn into dev; first run at 9559365: test/language/AUDITS.md, "Session 13: draw s13
// first run"), with their Korean mirrors. Module: src/core/language/en/averted.ts. Each kind: new sentences, written
// before the engine was run on them and sharing no content words with the drawn cases, stay clean; the blame or hindsight
// beside them is still flagged. Korean mirrors are expectations of the Korean engine (lang-ko's modules are not edited here).
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  // Kind: what an ADVERSARY could have done, or a condition about a harm that did not happen (exploited, leaked, stolen …):
  // nothing happened and nobody is judged. Drawn: en-gpalab-s3-bucket-takeover-dns-2022 lines 13 and 73.
  'a threat\'s capability (en)': {
    clean: [
      'An attacker could have registered the expired domain and served a fake login page from it.',
      'A malicious user could have read every invoice by guessing the sequential IDs.',
      'Anyone with a free cloud account could have claimed the orphaned storage name.',
      'A bad actor could have replayed the signed request to drain the faucet.',
      'Had the token been leaked, an intruder could have pushed images to our registry.',
      'If the API key had been stolen, it could have been used to send spam from our domain.',
      'Had the flaw been abused, the admin panel could have been reached without a password.',
    ],
    flagged: [
      ['Someone could have caught the expired certificate in review.', [['c', 'Someone could have caught the expired certificate in review']]],
      ['The reviewer could have spotted the open port before the release.', [['c', 'could have spotted']]],
      ['If the key had been rotated, the attacker could not have used it.', [['c', 'If the key had been rotated, the attacker could not have']]],
      ['Had the patch been applied, the breach could have been prevented.', [['c', 'Had the patch been applied, the breach could have']]],
    ],
  },
  'a threat\'s capability (ko)': {
    clean: [
      '공격자가 만료된 도메인을 등록해 가짜 로그인 페이지를 띄울 수도 있었다.',
      '악의적인 사용자가 순차 ID를 추측해 모든 청구서를 읽을 수 있었을 것이다.',
      '토큰이 유출되었다면 침입자가 우리 레지스트리에 이미지를 올릴 수 있었을 것이다.',
    ],
    flagged: [['리뷰어가 배포 전에 열린 포트를 발견할 수 있었을 것이다.', [['c', '발견할 수 있었을 것이다']]]],
  },
  // Kind: CREDIT by what would not have been known: a negated condition of what someone did and a consequence of not
  // knowing, noticing, finding or recovering. Drawn: en-15108 (en.cf.could-would-have, a gate candidate).
  'credit by what would not have been known (en)': {
    clean: [
      'Had the on-call nurse not been watching the pump readout, nobody would have noticed the dosage drift.',
      'If we had not kept the weekly export, we would not have been able to rebuild the catalogue.',
      'Had Priya not been tailing the logs, we would never have known the importer was stuck.',
      'If the warehouse crew had not counted the pallets by hand, we would not have found the missing shipment until month end.',
      "We wouldn't have spotted the leak at all if the janitor hadn't mentioned the damp carpet.",
    ],
    flagged: [
      ['Had we not ignored the warning, the outage would not have happened.', [['c', 'Had we not ignored the warning, the outage would not have'], ['b', 'ignored']]],
    ],
  },
  'credit by what would not have been known (ko)': {
    clean: [
      '당직 간호사가 펌프 수치를 보고 있지 않았다면 아무도 투약 오차를 알아채지 못했을 것이다.',
      '주간 내보내기를 보관하지 않았다면 카탈로그를 다시 만들 수 없었을 것이다.',
      '로그를 지켜보고 있지 않았다면 가져오기 작업이 멈춘 것을 몰랐을 것이다.',
    ],
    flagged: [],
  },
  // Kind: BLAME REJECTED: a practice that does not blame, a denied culprit ("there is no … doing …"), a blame statement
  // quoted as an insufficient finding. Drawn: en-15098 (en.blame.blame-person, a gate candidate), en-15070, en-15139.
  'blame rejected as a principle, a denied culprit, a quoted insufficient finding (en)': {
    clean: [
      'A healthy retrospective does not blame the intern who ran the script.',
      'Our review process never blames the person holding the pager.',
      'There is no lazy sysadmin cutting corners behind this outage.',
      'There was no careless operator pushing the wrong button that night.',
      'An answer such as "the engineer was careless" is not an acceptable root cause.',
      'Findings like "operator negligence" are not sufficient for this report.',
      'An entry such as: Carelessness of the dispatcher, is not enough.',
    ],
    flagged: [['The night operator was careless with the valve.', [['b', 'was careless with the valve']]]],
  },
  'blame rejected as a principle, a denied culprit, a quoted insufficient finding (ko)': {
    clean: [
      '좋은 회고는 스크립트를 실행한 인턴을 탓하지 않는다.',
      '이번 장애 뒤에 대충 일하는 게으른 관리자는 없다.',
      '"엔지니어가 부주의했다" 같은 답은 근본 원인으로 받아들여지지 않는다.',
    ],
    flagged: [],
  },
  // Kind: a THING FAILING, SEEN BY US: "failed to" in a complement clause after a verb of perceiving or finding, with a
  // thing as its subject. Drawn: en-obs-search-indices-removed-2020 line 60. A person there stays flagged.
  'a thing failing, seen by us (en)': {
    clean: [
      'We notice that the backup job of the archive failed to finish.',
      'I saw that the nightly export had failed to upload.',
      'The team noticed that the payment worker failed to reconnect after the failover.',
      'We found that the cron entry failed to run on the new host.',
    ],
    flagged: [['We noticed that the engineer failed to check the dashboard.', [['b', 'the engineer failed to check']]]],
  },
  'a thing failing, seen by us (ko)': {
    clean: ['아카이브의 백업 작업이 끝나지 못한 것을 확인했다.', '야간 내보내기가 업로드에 실패한 것을 보았다.'],
    flagged: [],
  },
  // Kind: ERROR AS A NOUN ADJUNCT of a tool or a measure ("our error tracker", "our errors dashboard"), not a verdict.
  // Drawn: en-obs-search-indices-removed-2020 lines 34 and 45.
  'error as a noun adjunct (en)': {
    clean: [
      'The spike showed up first in our error tracker.',
      'We got alerts from our errors dashboard within a minute.',
      'Our error budget for the quarter was spent by Tuesday.',
      'The checkout page doubled our error rate for an hour.',
    ],
    flagged: [
      ['The outage was our error, plain and simple.', [['b', 'our error']]],
      ['This was entirely our mistake.', [['b', 'our mistake']]],
    ],
  },
  'error as a noun adjunct (ko)': {
    clean: ['급증은 우리 에러 트래커에 먼저 나타났다.', '이번 분기 에러 버짓은 화요일에 다 썼다.'],
    flagged: [],
  },
  // Kind: CODE EXPECTED TO CATCH: "should have been caught/handled/rejected by" a code identifier or a program part (the
  // README's convention: what an earlier check of a program was expected to do). Drawn: en-15100. Tests, CI and review
  // are safeguards (hindsight by the convention) and are not in this kind.
  'code expected to catch (en)': {
    clean: [
      'This overflow should have been rejected by parse_header before it reached the buffer.',
      'A malformed date like that should have been handled by the validator.',
      'The null should have been caught by `normalizeRow` already.',
    ],
    flagged: [['The certificate expiry should have been caught by the on-call engineer.', [['c', 'should have been caught']]]],
  },
  // Korean flags these today ("잡혔어야 했다", "걸러졌어야 했다": reported to lang-ko), so they are not expectations here:
  //   '이 오류는 이미 parse_header에서 잡혔어야 했다.', '이 값은 검증기에서 걸러졌어야 했다.'
  // Kind: the writers' OWN TEAM doing a deliberate operation with its reason in the sentence ("we removed the indices because
  // …", "Since the names were unused, the Lab team deleted …"). Drawn: en-obs-search-indices-removed-2020 line 24,
  // en-gpalab-s3-bucket-takeover-dns-2022 line 23. A slip adverb and a named person stay flagged.
  'the own team\'s deliberate act with its reason (en)': {
    clean: [
      'We dropped the stale replica because its lag had grown past an hour.',
      'Since the old hostnames were no longer used, the Platform team removed their records from the zone.',
      'Our team deleted the temporary bucket to stop the duplicate uploads.',
      'We restarted the broker because the consumers had stalled.',
      'While trying to free disk space, we purged the old thumbnails.',
    ],
    flagged: [
      ['We just wiped the production cache by accident.', [['b', 'We just wiped']]],
      ['Jonas deleted the billing table because he thought it was a copy.', [['b', 'Jonas deleted']]],
    ],
  },
  'the own team\'s deliberate act with its reason (ko)': {
    clean: [
      '복제 지연이 한 시간을 넘어서 오래된 복제본을 삭제했다.',
      '더 이상 쓰지 않는 호스트 이름이라 플랫폼 팀이 레코드를 지웠다.',
      '중복 업로드를 막으려고 우리 팀이 임시 버킷을 삭제했다.',
    ],
    flagged: [],
  },
};

describeKinds('language kinds, session 13 (lang-en): averted harm, credit, rejected blame, things failing, tools, code, own account', KINDS);
