// Session 15 (lang-en): classes of English sentence the language rules misread, pooled over the first runs of draws
// s8–s15 and today's dev documents (test/language/AUDITS.md, "Session 15: draw s15 first run"), and one recall kind of
// the s15 draw, with their Korean mirrors. Modules: src/core/language/en/lasting.ts (new) and the "made a mistake" attribution
// pattern (en.who.attribution) in src/core/language/en/prose.ts. Each kind: new sentences, written
// before the engine was run on them and sharing no content words with the drawn cases, stay clean; the blame or hindsight
// beside them is still flagged, each finding with a rewrite. Korean mirrors are expectations of the Korean engine (lang-ko's
// modules are not edited here); where the Korean engine is wrong today the mirror is listed in KO_OPEN, not asserted.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';

const KINDS: Kinds = {
  // Kind: BLAME DISCLAIMED AS AN AIM: a negated attempt or wish to blame ("never try to blame", "don't want to point
  // fingers at", "not here to single out"): what the writer does not set out to do. Drawn: en-18554 (en.blame.blame-person,
  // a gate candidate: 1 right / 5 wrong pooled). Session 13 reads only the negated blaming verb ("doesn't blame").
  'blame disclaimed as an aim (en)': {
    clean: [
      'We never try to blame the on-call engineer for a bad page.',
      "I don't want to point fingers at the vendor's night shift.",
      'Our facilitators are not here to single out whoever typed the command.',
      "The release captain didn't mean to blame the translators for the delay.",
      "We're not trying to find a culprit for the expired certificate.",
    ],
    flagged: [
      // The span stops at "but": what follows is read.
      ["I don't want to blame him, but Tomas deleted the billing bucket.", [['b', 'Tomas deleted']]],
    ],
  },
  // Kind: the SITUATION LASTING LONGER: a counterfactual whose condition is the incident or a thing in it lasting,
  // continuing or spreading, with a negated consequence ("Had the storm lasted another day, we would not have been able
  // to …"): what luck spared. Drawn: en-prysm-testnet-incidents-2019-2025 line 578 (en.who.hindsight-person, dev, under
  // "Where we got lucky"). The positive consequence was neutral already (a thing as the condition's subject).
  'the situation lasting longer (en)': {
    clean: [
      'Had the storm lasted another day, we would not have been able to keep the generators fuelled.',
      "If the backlog had kept growing past noon, the warehouse wouldn't have shipped a single parcel.",
      'Had the heatwave persisted into the weekend, the chillers could not have held the hall below 30 degrees.',
      'If the outbreak had spread to the second ward, we would not have had enough staff.',
    ],
    flagged: [
      // A person continuing an act is not a situation lasting.
      ['Had the engineer continued the migration past midnight, we would not have lost the index.', [['c', 'Had the engineer continued the migration past midnight, we would not have']]],
      ['If Priya had continued for another hour, the import would not have failed.', [['c', 'If Priya had continued for another hour, the import would']]],
      // A missing safeguard stays hindsight.
      ['Had the pager been routed to the database team, we would not have lost an hour.', [['c', 'Had the pager been routed to the database team, we would not have']]],
    ],
  },
  // RECALL kind: the non-native "do a mistake" for making one, a first-person or team account of its own past slip ("we
  // did some mistakes and sent …"): the corpus convention (test/realworld/score.ts notes, README "self-blame") reads "we
  // made some mistakes" as self-blame and the engine flags it (en.who.attribution in prose.ts, rewrite "a change went through unchecked"); "did" / "have done" with a
  // determiner and "mistake(s)" is the same act.
  // Drawn miss: en-hackerdom-ructf-2023-postmortem line 9. Not a general statement ("Everyone does mistakes"), not a
  // question's auxiliary ("Did a mistake in … take … down?"), not a condition ("If we do a mistake …").
  'doing a mistake, the team\'s own past slip (en)': {
    clean: [
      'Why do mistakes slip through review?',
      'How often do mistakes in the config reach production?',
      'Everyone does mistakes, so the tooling has to catch them.',
      'If we do a mistake in the migration, the rollback script restores the schema.',
      'Does a mistake in the zone file take the whole domain down?',
      'Did a mistake in the zone file take the whole domain down?',
      'The parser does mistakes on nested quotes.',
    ],
    flagged: [
      ['We did a few mistakes during the cutover and restarted the wrong nodes.', [['b', 'We did a few mistakes']]],
      ['I did a mistake and pushed to main.', [['b', 'I did a mistake']]],
      ['The night operator did the same mistake twice and rebooted the primary.', [['b', 'The night operator did the same mistake']]],
      ['Our team did several mistakes while rotating the signing keys.', [['b', 'Our team did several mistakes']]],
    ],
  },
  // RECALL kind: a CALL FOR CARE in two more forms (README: "a first-person pledge to check more carefully next time is
  // vigilance-call"): the pledge with "will" / "'ll" ("Next time we'll read … more closely"), and checking "harder" with the
  // adverb closing the clause ("We must test harder", "… and review it harder"). Drawn miss: en-hackerdom-ructf-2023-postmortem
  // line 30 ("review it harder", judged borderline blame). Only verbs of checking; "monitor … more closely" is more monitoring,
  // "harder edge cases" an adjective, a tool as subject is not a person.
  'a call for care: a pledge with will, checking harder (en)': {
    clean: [
      'We need to test harder edge cases in the parser.',
      'We will monitor the replica lag more closely over the next week.',
      'The new linter will check each migration more carefully than the old one.',
      'We will test the failover harder-to-reach paths in March.',
      'Our check got harder to pass after the change.',
    ],
    flagged: [
      ['Next time we will check the config more carefully before deploying.', [['b', 'we will check the config more carefully']]],
      ["Next time we'll read the migration plan more closely before approving it.", [['b', "we'll read the migration plan more closely"]]],
      ['I promise to proofread the price list more carefully.', [['b', 'I promise to proofread the price list more carefully']]],
      ['We must test harder before the release.', [['b', 'We must test harder']]],
      ['Reviewers must scrutinise the firewall diff harder.', [['b', 'Reviewers must scrutinise the firewall diff harder']]],
      ['Inspect the cable labels harder next time.', [['b', 'Inspect the cable labels harder']]],
    ],
  },
  'mirrors (ko), clean today': {
    clean: [
      '복제 지연을 다음 주까지 더 면밀히 모니터링할 예정이다.',
      '새 린터는 이전보다 마이그레이션을 더 꼼꼼히 검사한다.',
      '우리는 당직자를 탓하려고 하지 않는다.',
      '누구를 비난하려는 것이 아니라 절차를 고치려는 것이다.',
      '저는 특정인을 탓하고 싶지 않습니다.',
      '폭풍이 하루만 더 이어졌다면 발전기 연료를 대지 못했을 것이다.',
      '장애가 자정을 넘겨 계속됐다면 복구하지 못했을 것이다.',
      '적체가 오후까지 계속 늘어났다면 택배를 한 건도 보내지 못했을 것이다.',
    ],
    flagged: [
      ['당직자가 로그를 확인했다면 한 시간을 잃지 않았을 것이다.', [['c', '확인했다면 한 시간을 잃지 않았을 것이다']]],
      ['우리는 몇 가지 실수를 해서 잘못된 토큰을 두 번 보냈다.', [['b', '우리는 몇 가지 실수를 해서']]],
      ['저는 실수를 하고 main에 푸시했습니다.', [['b', '저는 실수를 하고']]],
      ['방화벽 변경분을 더 철저히 검토해야 합니다.', [['b', '방화벽 변경분을 더 철저히 검토해야 합니다']]],
    ],
  },
};

describeKinds('language kinds, English, session 15 (draws s8–s15)', KINDS);

// Korean mirrors reported to lang-ko and fixed in the second round of session 15 (lang-ko2, test/unit/language-ko-s15b.test.ts):
// mistakes as a class in a question about the process are neutral (ko/slipquestion.ts); a pledge of care with -겠습니다 and
// checking "harder" (더 열심히) are flagged as calls for care (ko/prose.ts vigilance).
const KO_NOW_CLEAN: string[] = ['실수가 왜 리뷰를 통과하는가?'];
const KO_NOW_FLAGGED: string[] = [
  '다음부터는 설정 파일을 더 꼼꼼히 확인하겠습니다.',
  '가격표를 더 신중하게 교정하겠습니다.',
  '배포 전에 더 열심히 테스트해야 한다.',
];
describe('language kinds, Korean mirrors (session 15, fixed by lang-ko2)', () => {
  for (const s of KO_NOW_CLEAN) it(`clean: ${s}`, () => assert.deepEqual(spans(s), []));
  for (const s of KO_NOW_FLAGGED) it(`flagged: ${s}`, () => assert.ok(spans(s).length > 0 && spans(s).every(([r]) => r === 'b'), JSON.stringify(spans(s))));
});
