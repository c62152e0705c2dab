// Session 14, second round (lang-en2): English mirrors of what lang-ko decided this session (test/unit/language-ko-s14.test.ts).
// Every sentence is NEW (written before the engine was run on it; other subjects, verbs and domains than the cases that
// raised the question). Runner: test/unit/sentence-kinds.ts. Korean mirrors are expectations of the Korean engine (lang-ko's
// modules are not edited here); a mirror the Korean engine gets wrong today sits in KO_OPEN, not asserted.
//
// Convention for kind 1 (an organisation's slip). test/language/README.md leaves "blame of a vendor or host by its
// customer" out of the labelled sets, so the README does not settle it; the nearest dev labels do: "This was entirely the
// fault of the networking contractor" (en-1124), "DC 911 outage caused by contractor error" (en-1635), "it's the
// contractor's mistake" (en-5218) are all `blame`, and lang-ko found the blind labels read an organisation's slip as blame
// (Korean keeps flagging "공급사의 실수로 …"). So English flags the incident ATTRIBUTED to an outside organisation's mistake,
// named by a common noun for a supplier (vendor, provider, supplier, carrier, registrar, telco, ISP, host(ing) company,
// manufacturer, integrator, reseller, subcontractor, partner): "<org>'s mistake/fault/blunder/negligence", "the fault of
// <org>", "a mistake/error/blunder by <org>", "an error on the part of <org>". Precision: "error" after a possessive
// organisation only in the singular and not before a technical noun ("the provider's error rate / code / page"); "an
// error FROM the provider", "a fault AT the carrier" (a fault in their equipment), "oversight by the regulator" (supervision),
// negated or rejected attributions ("not the vendor's fault") and a product or company NAME ("Cloudflare's error": a
// name cannot be told from a product) stay clean. The organisation as the actor ("the vendor made a mistake", "협력사가
// 실수로") is not this kind and is left as it is (silent in both languages since session 6).
//
// Convention for kind 2. (a) A mistake put on a person through "by" with a possessive before the role noun ("a mistake
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
  "an incident put on an outside organisation's mistake (en)": {
    clean: [
      // A technical error or fault at or from the organisation, not its mistake.
      'The provider\'s error rate climbed to four percent during the window.',
      'We logged the carrier\'s error code and retried the handshake.',
      'The upload failed with an error from the storage provider.',
      'A fault at the carrier left both circuits without light.',
      // Supervision, not a slip.
      'The rollout happened under oversight by the regulator.',
      // Negated or rejected.
      'It was not the vendor\'s fault that the certificate chain changed.',
      'It wasn\'t the telco\'s fault this time.',
      'The supplier\'s error page was cached for an hour.',
      'This was not a mistake by the registrar; the transfer lock worked as designed.',
      // A name: cannot be told from a product.
      'Terraform\'s error output hid the real cause.',
    ],
    flagged: [
      ['The outage was due to the hosting provider\'s mistake.', [['b', 'the hosting provider\'s mistake']]],
      ['A mistake by our DNS vendor took every subdomain offline.', [['b', 'mistake by our DNS vendor']]],
      ['The cold-aisle shutdown was the fault of the facilities contractor\'s supplier.', [['b', 'was the fault of the facilities contractor\'s supplier']]],
      ['Payroll ran twice because of the bank\'s blunder.', [['b', 'the bank\'s blunder']]],
      ['An error by the registrar let the domain lapse.', [['b', 'error by the registrar']]],
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

describeKinds('English, session 14 second round (lang-en2): an organisation\'s slip, a role behind a possessive, a first-person verdict', KINDS);

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
