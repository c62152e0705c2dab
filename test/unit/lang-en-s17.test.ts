// Session 17 (lang-en): English blame and hindsight kinds read from the s17 language draw (the fresh-s16 half drawn into dev,
// test/language/AUDITS.md "Session 17: draw s17 first run (English)") and the s17 realworld draw. Modules:
// src/core/language/en/reply.ts (two false-alarm kinds), src/core/language/en/prose.ts (the addressed person's artefact as
// the cause). Each kind: new sentences, written for the kind and
// sharing no content words with the drawn case it was read from; ids en-22000… in the order they appear below. Korean
// mirrors are asserted where the Korean engine already holds them; the others are listed in KO_MIRROR_MISSING (not asserted).
import { strict as assert } from 'node:assert';
import { describeKinds, spans, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  // FALSE-ALARM kind: a LATE-REPLY APOLOGY (drawn: en-20184, neutral): "sorry, I missed this / your message / the ping" with
  // nothing after the object but punctuation or "until now": the writer did not see a message of the thread; no act of the
  // incident is judged. Controls: the slip in a review ("in review"), an incident signal as the object (alert, page), no
  // apology. en-22000 … en-22008.
  'a late-reply apology (en)': {
    clean: [
      'Apologies, I missed your message until now; the patch is in the nightly build.',
      'Oh sorry, we did not see your comment. The flag is read once at boot.',
      'Sorry - I missed this! The mirror has been stable since the move to the new rack.',
      'My apologies, I overlooked your question: yes, the export runs hourly.',
    ],
    flagged: [
      ['Sorry I missed this in review, the guard clause was inverted.', [['b', 'Sorry I missed']]],
      ['Sorry, I missed the alert for the full disk.', [['b', 'I missed']]],
      ['I missed your message about the freeze and deployed the schema change anyway.', [['b', 'I missed']]],
      ['Sorry, I missed the page at 03:10.', [['b', 'I missed']]],
    ],
  },
  // FALSE-ALARM kind: AN AVOIDABILITY RAISED AND DENIED in one sentence (drawn: en-20084, neutral): a hedged "may / might /
  // could (well) have been avoidable / preventable / avoided / prevented", then "but" and a denial ("unavoidable",
  // "inevitable", "not really preventable", "could not have been avoided", "no practical way to prevent it"). Controls: "but"
  // with anything else, an unhedged "was avoidable", a denial of something else. en-22009 … en-22016.
  'an avoidability raised and denied (en)': {
    clean: [
      'The split brain might have been preventable with a third voter, but given the budget at the time it was realistically inevitable.',
      'It could well have been avoided, but there was no practical way to prevent it with the tools we had in 2019.',
      'The lockout may have been avoidable in theory, but in practice it was unavoidable once the token expired during the freeze.',
      'The corrupted index might have been prevented by a checksum, but honestly it could not have been prevented by anyone reading the logs.',
    ],
    flagged: [
      ['The lockout may have been avoidable, but nobody had time to add a second key.', [['c', 'been avoidable']]],
      ['The corrupted index could have been prevented, but the checksum job was disabled.', [['c', 'could have been prevented']]],
      ['The lockout was avoidable, but the rotation script was inevitable to break at some point.', [['c', 'was avoidable']]],
    ],
  },
  // RECALL kind: THE ARTEFACT OF THE PERSON ADDRESSED AS THE CAUSE (drawn: en-20154, blame/attribution): "your (recent)
  // commit / change / deploy / migration" + a harmful verb with an object ("Tom's commit broke …" was flagged already).
  // Controls: guidance with a condition ("If your change breaks …"), a question, a negation, a customer notice ("your
  // builds failed"), a repair. en-22017 … en-22027.
  'the addressed person’s artefact as the cause (en)': {
    clean: [
      'If your patch breaks the nightly job, revert it before asking for review.',
      'When your migration corrupted nothing on staging, we promoted it to production.',
      'Did your hotfix break the login page?',
      'Your refactor did not break any of the integration tests.',
      'Your jobs failed between 10:02 and 10:40 and can be retried from the dashboard.',
      'Thanks, your edit repaired the broken link in the runbook.',
    ],
    flagged: [
      ['Your last push broke the main branch again.', [['b', 'Your last push broke']]],
      ['Your latest deploy took down the billing API for twenty minutes.', [['b', 'Your latest deploy took down']]],
      ['Your migration corrupted the invoices table.', [['b', 'Your migration corrupted']]],
      ['Heads up: your config change broke the staging pipeline.', [['b', 'your config change broke']]],
      ['Your script deleted every archived report.', [['b', 'Your script deleted']]],
    ],
  },
};
describeKinds('language kinds, English, session 17 (draw s17)', KINDS);

// Korean mirrors the Korean engine does not hold today (flagged where English is clean, or clean where English flags):
// listed for the lead, not asserted as expectations. Each is asserted as what the engine does today, so a change shows.
// (Session 18, lang-ko: all three are held now, test/unit/lang-ko-s18.test.ts B1–B3; `today` updated.)
export const KO_MIRROR_MISSING: { sentence: string; today: 'flagged' | 'clean'; want: 'flagged' | 'clean' }[] = [
  // the late-reply apology
  { sentence: '죄송합니다, 이 메시지를 놓쳤네요. 그 이후로 봇 장애는 없었습니다.', today: 'clean', want: 'clean' },
  // the avoidability raised and denied
  { sentence: '이번 장애는 예방할 수 있었을 수도 있지만, 당시 트래픽 상황에서는 피할 방법이 없었다.', today: 'clean', want: 'clean' },
  // the addressed person's artefact as the cause (the named form "민수의 커밋이 빌드를 깨뜨렸습니다" is clean in Korean too)
  { sentence: '당신의 커밋이 빌드를 깨뜨렸습니다.', today: 'flagged', want: 'flagged' },
];
describe('Korean mirrors missing (session 17, not expectations)', () => {
  for (const m of KO_MIRROR_MISSING) {
    it(`${m.today} today (want ${m.want}): ${m.sentence}`, () => assert.equal(spans(m.sentence).length > 0 ? 'flagged' : 'clean', m.today));
  }
  // Korean controls that hold today and must keep holding: the slip in a review and the unhedged avoidability stay flagged.
  it('flagged: 죄송합니다, 제가 리뷰에서 이걸 놓쳤습니다.', () => assert.ok(spans('죄송합니다, 제가 리뷰에서 이걸 놓쳤습니다.').length > 0));
  it('flagged: 이번 장애는 피할 수 있었지만 아무도 로그를 확인하지 않았다.', () => assert.ok(spans('이번 장애는 피할 수 있었지만 아무도 로그를 확인하지 않았다.').length > 0));
});
