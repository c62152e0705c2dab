// Session 14, second round (lang-en2): English mirrors of what lang-ko decided this session (test/unit/language-ko-s14.test.ts).
// Every sentence is NEW (written before the engine was run on it; other subjects, verbs and domains than the cases that
// raised the question). Runner: test/unit/sentence-kinds.ts. Korean mirrors are expectations of the Korean engine (lang-ko's
// modules are not edited here); a mirror the Korean engine gets wrong today sits in KO_OPEN, not asserted.
//
// Convention for kind 1 (an organisation's slip). test/language/README.md leaves "blame of a vendor or host by its
// customer" out of the labelled sets, so the README does not settle it. The dev labels that come nearest are about a
// CONTRACTOR ("This was entirely the fault of the networking contractor", en-1124; "DC 911 outage caused by contractor
// error", en-1635; "it's the contractor's mistake", en-5218: all `blame`), and English already flags those (a contractor
// is a role noun, a person). lang-ko read the blind language labels as treating an organisation's slip as blame (Korean
// keeps flagging "공급사의 실수로 …"). An English reading of the same kind was written and measured (commit b22be57:
// "<org>'s mistake/fault/blunder", "the fault of <org>", "a mistake/error by <org>", <org> a supplier noun - vendor,
// provider, carrier, registrar, bank …): it changed nothing on the language set (every EN line of `npm run bench:language
// -- --no-kinds` identical, so no labelled case, dev or blind, has the form) nor on dev documents, and it added ONE WRONG
// blameful finding and no right one on the blind document holdout (`npm run bench:realworld`, figures only: holdout
// blameful 13 right / 21 wrong -> 13 / 22; whole corpus 31/24 -> 31/25, below the 0.56 floor). The only blind evidence
// on whole documents is against it, so English keeps an organisation named by a common noun as no person (the session-13
// rule: "a vendor or a customer is no person here"), and the languages disagree on "the vendor's mistake" / "공급사의
// 실수로"; left for the lead to settle (reported). The sentences below are expectations of TODAY's English behaviour:
// an organisation's slip is clean; a person of the organisation (a role noun) is flagged.
//
// Convention for kind 2 (both kinds are new behaviour, src/core/language/en/verdict.ts and the by-object of the
// attribution shapes in en/prose.ts). (a) A mistake put on a person through "by" with a possessive before the role noun ("a mistake
// by the vendor's engineer"): the role noun is the person, whoever employs them. (b) A FIRST-PERSON VERDICT: "I was
// stupid", "we were foolish to …", "that was dumb of me", "how silly of us": the writer's own act judged with an
// evaluative adjective of conduct, in the past tense, with "I"/"we" (or he/she) as the subject, or "<adj> of me/us".
// Rule applied: flag only with the evaluative word; a plain account without a verdict ("I restarted the wrong node") is
// read as before (session 8's rule for the writer's own account of a wrong act: the "wrong" object is what flags it, not
// the first person), a feeling ("I felt stupid"), a hedge ("I'm probably being dumb here, but …"), a negation or a
// condition ("if we were naive …"), a thing as subject ("the error message was stupid") and slang intensifiers ("stupid
// fast") stay clean.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';

const KINDS: Kinds = {
  "an outside organisation's slip is no person's (en; see the convention above)": {
    clean: [
      'The outage was due to the hosting provider\'s mistake.',
      'A mistake by our DNS vendor took every subdomain offline.',
      'Payroll ran twice because of the bank\'s blunder.',
      'An error by the registrar let the domain lapse.',
      // A technical error or fault at or from the organisation.
      'The provider\'s error rate climbed to four percent during the window.',
      'We logged the carrier\'s error code and retried the handshake.',
      'The upload failed with an error from the storage provider.',
      'A fault at the carrier left both circuits without light.',
      'The rollout happened under oversight by the regulator.',
      'It was not the vendor\'s fault that the certificate chain changed.',
      'It wasn\'t the telco\'s fault this time.',
      'The supplier\'s error page was cached for an hour.',
      'Terraform\'s error output hid the real cause.',
    ],
    flagged: [
      // A role noun (a person) in the same frames: flagged, the rewrite replaces the whole attribution.
      ['The cold-aisle shutdown was the fault of the facilities contractor\'s supplier.', [['b', 'was the fault of the facilities contractor\'s supplier']]],
      ['The outage was due to a mistake by the carrier\'s technician.', [['b', 'mistake by the carrier\'s technician']]],
    ],
  },
  "a mistake by a role noun behind a possessive (en)": {
    clean: [
      'A mistake in the vendor\'s runbook left the breaker open.',
      'An update by the vendor\'s build system replaced the driver.',
      'A patch by the carrier\'s automation rerouted the traffic.',
    ],
    flagged: [
      ['A mistake by the vendor\'s engineer cut power to row C.', [['b', 'mistake by the vendor\'s engineer']]],
      // (A role noun the people lexicon lacks, "electrician", is not read as a person: not this kind's business.)
      ['An error by the landlord\'s operator tripped the main feed.', [['b', 'error by the landlord\'s operator']]],
      ['A slip by the host\'s technician unplugged the storage shelf.', [['b', 'slip by the host\'s technician']]],
      ['A mistake by the engineer shut the pumps.', [['b', 'mistake by the engineer']]],
    ],
  },
  'a first-person verdict with an evaluative adjective (en)': {
    clean: [
      'I felt stupid when the second pager went off.',
      'I\'m probably being dumb here, but why does the cron run twice?',
      'We were not foolish; the runbook told us to do it.',
      'If we were naive about the replica lag, the dashboards did not show it.',
      'The retry message was stupid and confusing.',
      'Half the channel thought I was dumb for paging so early.',
      'The new build is stupid fast on the larger runners.',
      'I restarted the node after the health check passed.',
    ],
    flagged: [
      ['I was stupid.', [['b', 'I was stupid']]],
      ['We were foolish to trust the default quota.', [['b', 'We were foolish to']]],
      ['That was dumb of me.', [['b', 'That was dumb of me']]],
      ['In hindsight I was naive about how slow the restore would be.', [['b', 'I was naive about how slow the restore would be']]],
      ['She was too impatient to wait for the canary.', [['b', 'She was too impatient to']]],
    ],
  },
};

describeKinds('English, session 14 second round (lang-en2): an organisation\'s slip (unchanged), a role behind a possessive, a first-person verdict', KINDS);

// Korean mirrors (expectations of the Korean engine; not edited here).
const KO_FLAGGED = [
  '호스팅 업체의 실수로 디스크 두 개가 초기화되었다.',
  '통신사의 과실로 회선이 끊겼다.',
  '공급사 엔지니어의 실수로 전원이 나갔다.',
  '제가 바보같았습니다.',
];
const KO_CLEAN = [
  '통신사 장비의 오류로 회선이 끊겼다.',
  '공급사의 잘못은 아니었다.',
  '두 번째 호출이 울렸을 때 민망했다.',
];
// Mirrors the Korean engine gets wrong today (reported to lang-ko2; not asserted).
const KO_OPEN = new Set<string>(['제가 바보같았습니다.']);

describe('Korean mirrors of the session-14 second-round English kinds (expectations)', function () {
  this.timeout(120_000);
  for (const s of KO_FLAGGED) {
    (KO_OPEN.has(s) ? it.skip : it)(`flagged: ${s}`, () => assert.ok(spans(s).length > 0, `no finding for ${s}`));
  }
  for (const s of KO_CLEAN) {
    (KO_OPEN.has(s) ? it.skip : it)(`clean: ${s}`, () => assert.deepEqual(spans(s), []));
  }
});
