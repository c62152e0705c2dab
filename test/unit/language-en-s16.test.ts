// Session 16 (lang-en): English blame and hindsight kinds read from the missed positives of the drawn halves (fresh-s7 …
// fresh-s15, dev) and the first runs of draws s8–s16 (test/language/AUDITS.md, "Session 16: draw s16 first run"), with
// their Korean mirrors. Module: src/core/language/en/safeguard.ts. Each kind: new sentences, written before the engine was
// run on them and sharing no content words with the drawn cases; the clean ones stay clean, the flagged ones are flagged
// at the given words, each finding with a rewrite. Korean mirrors are expectations of the Korean engine (lang-ko's modules
// are not edited here); where the Korean engine is wrong today the mirror is listed in KO_OPEN, not asserted.
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { strict as assert } from 'node:assert';

const KINDS: Kinds = {
  // RECALL kind: a MISSING SAFEGUARD AS THE AGENT OF A PASSIVE COUNTERFACTUAL: "X would (likely) have been caught / detected /
  // spotted / prevented by | with | through | via <a check, a test, a practice or a gerund>": the active "a unit test would
  // have caught this" is flagged already (en.who.hindsight-prevented) and the realworld yamls judge it hindsight
  // (en-flutter-3-32-3-release-2025 line 46); the passive names the same safeguard as the agent. Drawn misses: en-19099,
  // en-19100 (s16), en-11177 (s11). Not: negated ("would not have been caught by any test": no safeguard claimed), a
  // question, an expectation ("we assumed … would have been caught by the gateway"), a generic truism ("any bug would have
  // been …"), the people the harm would have reached as the agent ("would have been found by customers": luck), "should
  // have been caught by" (what a check was expected to do; neutral by the corpus convention), "in review" (not an agent).
  'a missing safeguard as the agent of a passive counterfactual (en)': {
    clean: [
      'The race would not have been caught by any of our existing tests.',
      "The stale cache wouldn't have been detected by the health check either.",
      'Would the leak have been detected by a heap profiler?',
      'We assumed the malformed batch would have been caught by the schema validator, but the validator was disabled.',
      'Any typo in a hostname would have been caught by a resolver somewhere along the way.',
      'Had the page stayed up another hour, the leak would have been found by customers.',
      'The corrupted thumbnails would have been noticed by every reader of the front page.',
      'Bugs like this will be caught by the new canary stage.',
      'The vendor says the leak would have been caught by their scanner.',
      'We caught the expired token with a synthetic login probe on the second day.',
    ],
    flagged: [
      ['The expired token would have been spotted by a synthetic login probe.', [['c', 'would have been spotted by']]],
      ["The missing index would likely have been detected with a load test against last week's traffic.", [['c', 'would likely have been detected with']]],
      ['That schema drift would have been flagged through a nightly diff of the two replicas.', [['c', 'would have been flagged through']]],
      ['Most of the corrupted invoices would have been caught by validating the totals before export.', [['c', 'would have been caught by']]],
      ['The certificate lapse would have been prevented via an expiry alert thirty days out.', [['c', 'would have been prevented via']]],
    ],
  },
  // RECALL kind (same construction, active): an adverb between "would" and "have" that the active form did not allow ("a
  // checksum step would also have caught …", "would definitely have prevented …"). Drawn: the s16 miss en-19099 has "_also_".
  'a missing safeguard with an adverb before have (en)': {
    clean: [
      'A checksum step would also not have caught the truncated upload.',
      'Which check would also have caught the truncated upload?',
    ],
    flagged: [
      ['A checksum step would also have caught the truncated upload.', [['c', 'would also have caught']]],
      ['A staged rollout would definitely have prevented the fleet-wide crash.', [['c', 'would definitely have prevented']]],
      ['A dry run would almost certainly have flagged the swapped subnets.', [['c', 'would almost certainly have flagged']]],
      ['Pinning the base image would undoubtedly have avoided the drift.', [['c', 'would undoubtedly have avoided']]],
    ],
  },
  // Kind: the FORWARD SAFEGUARD QUESTION: a wh-determiner (or "what" alone) as the subject of a safeguard's modal perfect,
  // asked with a question mark ("What monitoring would have caught this sooner?"): the retrospective's own question, which
  // safeguard to add; neutral by the corpus convention (test/language/README.md, session 10). frames.ts reads the embedded
  // form ("Ask what rule would have prevented this"). Not a statement, not "why" or "how" (accusatory questions are read
  // elsewhere), not a person as the subject ("What would the reviewer have caught?" is not this shape).
  'the forward safeguard question (en)': {
    clean: [
      'What monitoring would have caught the full disk sooner?',
      'Which alert would have caught the expired certificate?',
      'What kind of test would have prevented the schema drift?',
      'So what would have stopped the runaway batch job?',
      'Which two checks could have flagged the duplicated invoices earlier?',
    ],
    flagged: [
      // A statement naming the safeguard stays hindsight.
      ['A disk-usage alert would have caught the full disk sooner.', [['c', 'would have caught']]],
      // A question about what a person should have done stays hindsight; so does one with a person's slip as its condition.
      ["Shouldn't the reviewer have caught the expired certificate?", [['c', "Shouldn't the reviewer have caught the expired certificate?"]]],
      ['Which check would have caught it, if Dana had not disabled the linter by mistake?', [['c', 'would have caught']]],
      // A person asked about is not a safeguard.
      ['Which engineer would have prevented the schema drift?', [['c', 'would have prevented']]],
    ],
  },
};

describeKinds('language kinds, English, session 16 (draws s8–s16)', KINDS);

// Korean mirrors: expectations of the Korean engine, asserted where it already holds them.
const KO: Kinds = {
  'mirrors (ko), as the Korean engine reads them today': {
    clean: [
      // negated, a forward question: as in English.
      '기존 테스트로는 그 경합을 잡지 못했을 것이다.',
      '어떤 모니터링이 이 문제를 더 빨리 잡았을까?',
      '어떤 경보가 만료된 인증서를 잡았을까?',
    ],
    flagged: [
      // a safeguard as the instrument of a modal perfect: flagged in Korean already.
      ['스테이징 배포로 이 버그를 잡을 수 있었을 것이다.', [['c', '잡을 수 있었을 것이다']]],
      ['만료 알림이 있었다면 인증서 만료를 막을 수 있었을 것이다.', [['c', '막을 수 있었을 것이다']]],
    ],
  },
};
describeKinds('language kinds, Korean mirrors (session 16)', KO);

// Korean mirrors the Korean engine misses today (reported to lang-ko; not asserted here): the passive with the safeguard as
// its agent (…으로 발견되었을 것이다), and the plain "would have caught" with a safeguard as the subject or condition
// (…가 있었다면 … 잡았을 것이다), which English flags (en.who.hindsight-prevented).
// Session 16 second round (lang-ko2): the three Korean mirrors are read now (ko/safeguard.ts) and asserted as flagged in
// test/unit/language-ko-s16b.test.ts; none is left open.
export const KO_OPEN: string[] = [];
describe('language kinds, Korean mirrors open (session 16)', () => {
  for (const s of KO_OPEN) it(`open (clean today, hindsight by the convention): ${s}`, () => assert.deepEqual(spans(s), []));
});
