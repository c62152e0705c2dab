// Session 18 (lang-en): English blame and hindsight kinds read from the s18 draws (test/language/AUDITS.md "Session 18: draw
// s18 first run (English)": the fresh-s17 half drawn into dev and the twelve realworld documents drawn in session 18).
// Modules: src/core/reviewQuestion.ts (new; used by src/core/phraseRules.ts checkProse), src/core/language/en/neutral.ts
// (the blameless principle "as opposed to blaming"), src/core/language/en/prose.ts (a system's expected behaviour; the
// pledge to do better), src/core/language/en/failed.ts (new: "I failed" owned with an apology). Each kind: new sentences or
// documents written for the kind, sharing no content words with the drawn case it was read from; ids en-24000… in the
// order they appear below. Korean mirrors are asserted where the Korean engine holds them; the others are listed in
// KO_MIRROR_MISSING (asserted as what the engine does today, not as expectations).
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { describeKinds, spans, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  // FALSE-ALARM kind: THE WORD INSIDE A STATEMENT OF THE BLAMELESS APPROACH (drawn: cspp line 95, "… as opposed to blaming
  // someone"): "as opposed to (on) blaming …" joins "instead of / rather than blaming". Controls: "as opposed to" before
  // anything but the act of blaming, with a person's act in the clause. en-24000 … en-24005.
  'blaming named as what the review does not do (en)': {
    clean: [
      'Our reviews look for the conditions that let a change through, as opposed to blaming an engineer.',
      'We ask what the dashboards showed at the time as opposed to blaming somebody.',
      'The write-up concentrates on the gaps in the pipeline rather than on blaming the engineer who deployed.',
      'This format keeps the discussion on the tooling, as opposed to on blaming a developer.',
    ],
    flagged: [
      ['As opposed to the runbook, the on-call engineer deleted the wrong volume.', [['b', 'the on-call engineer deleted']]],
      ['As opposed to what the checklist said, Priya skipped the canary stage.', [['b', 'Priya skipped']]],
    ],
  },
  // FALSE-ALARM kind: A SYSTEM'S EXPECTED BEHAVIOUR (drawn: en-23048, neutral/system-subject): an undeclared capitalised name
  // (a product) + "should have" + a verb of how a system behaves (worked, functioned, fired, kicked in …), not followed by
  // the object of people's work ("worked on", "worked with", "worked harder"). Controls: a role as the subject, a given name,
  // an undeclared name with "worked on the fix". en-24006 … en-24012.
  'a system’s expected behaviour with an undeclared name (en)': {
    clean: [
      'Keycloak should have worked out of the box after the migration.',
      'Nextcloud should have functioned normally once the cache was cleared.',
      'Grafana should have fired as soon as the queue passed the threshold.',
      'Honestly, Keycloak should have worked after the reload.',
    ],
    flagged: [
      ['Zorvath should have worked on the fix before the release.', [['c', 'should have worked']]],
      ['Kvelda should have checked the backups before the migration.', [['c', 'should have checked']]],
      ['The release manager should have waited for the canary results.', [['c', 'should have waited']]],
    ],
  },
  // RECALL kind: "I FAILED" OWNED WITH AN APOLOGY OR AFTER A DUTY (drawn: lamacorp line 114, "… is a priority and I failed.
  // Sorry :/"; the set's en-5171 "Right now we failed at that, and for that I apologize."): first person + "failed" closing
  // its clause, with "sorry / apologise" in the sentence or right after it, or after "priority / job / duty … and".
  // Controls: an attempt that did not work, "failed over", "failed to reach", a system's failure followed by an apology.
  // en-24013 … en-24020.
  '“I failed” owned with an apology (en)': {
    clean: [
      'We tried three mirrors and we failed.',
      'We failed over to the replica at 14:02.',
      'We failed to reach the host for ten minutes.',
      'I tried to restore the dump twice and failed, so we rebuilt the index.',
      'The migration failed. Sorry for the noise in the channel.',
    ],
    flagged: [
      ['Keeping the mirrors in sync is our job and we failed.', [['b', 'we failed']]],
      ['Answering every ticket within a day is a promise we make, and I failed. Sorry, everyone.', [['b', 'I failed']]],
      ['We promised a quiet release week and I failed you all, sorry about that.', [['b', 'I failed you all']]],
      ['Right now we failed at this, and I apologise for the missed emails.', [['b', 'we failed at this']]],
    ],
  },
  // RECALL kind: THE PLEDGE TO DO BETTER (drawn: alphagamebot line 23, the heading "I'll do better next time"; the set's
  // convention: first-person pledges to be more careful are self-blame, vigilance-call): "I'll / I will / I promise to (try
  // to) do better" closing the sentence or before "next time / in the future / going forward / from now on"; "we" only with
  // "next time". Controls: a company's closing "We will do better.", a thing doing better, "do better than". en-24021 … en-24028.
  'the pledge to do better (en)': {
    clean: [
      'We will do better.',
      'The new cache will do better next time the traffic spikes.',
      'I think the retry logic will do better next time.',
      "I'll do better than the old script by batching the writes.",
    ],
    flagged: [
      ['I promise to do better going forward.', [['b', 'I promise to do better']]],
      ["Sorry again, I'll try to do better in the future.", [['b', "I'll try to do better"]]],
      ["We'll do better next time.", [['b', "We'll do better"]]],
    ],
  },
  // RECALL kind: THE WRITER'S OWN ARTEFACT AS THE CAUSE (drawn: en-23010, blame/self-blame, "My most recent changes broke
  // …"): session 17's "your (recent) commit broke …" with "my". Controls: "our" (a team telling a cause), a condition, a
  // question, a negation, a repair, a check that found nothing. en-24029 … en-24037.
  'the writer’s own artefact as the cause (en)': {
    clean: [
      'Our latest deploy took down the billing page.',
      'If my change breaks the build, please revert it.',
      'Did my patch break the login page?',
      'My change did not break anything in staging.',
      'My patch fixed the broken import.',
    ],
    flagged: [
      ['My last commit broke the nightly build.', [['b', 'My last commit broke']]],
      ['Sorry, my refactor took down the search page for an hour.', [['b', 'my refactor took down']]],
      ['Apparently my migration corrupted the invoices table.', [['b', 'my migration corrupted']]],
      ['My most recent edits wiped the shared glossary.', [['b', 'My most recent edits wiped']]],
    ],
  },
  // RECALL kind: THE WRITER OWNING HASTE (drawn: en-23020, blame/self-blame, "… and so I rushed it"): "I rushed" + it / this /
  // that / a change one ships, closing the clause. Controls: "we" (a team's schedule), hurrying in the response ("rushed to",
  // "rushed down", "rushed a hotfix out"). en-24038 … en-24044.
  'the writer owning haste (en)': {
    clean: [
      'We rushed the migration.',
      'I rushed to the office when the page came in.',
      'I rushed a hotfix out to stop the errors.',
      'I rushed down to the server room.',
    ],
    flagged: [
      ['The vendor wanted it by Monday, so I rushed it.', [['b', 'I rushed it']]],
      ['I rushed the review because the sprint was ending.', [['b', 'I rushed the review']]],
      ['Honestly, I kind of rushed the upgrade.', [['b', 'I kind of rushed the upgrade']]],
    ],
  },
};
describeKinds('language kinds, English, session 18 (draw s18)', KINDS);

/** The language findings of a document, as [rule, line, flagged text]. */
function languageFindings(doc: string): [string, number, string][] {
  return lint(doc, { locale: /[가-힣]/.test(doc) ? 'ko' : 'en' })
    .findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language')
    .map((f) => [f.ruleId, doc.slice(0, f.start).split('\n').length, doc.slice(f.start, f.end)]);
}

// FALSE-ALARM kind: REVIEW QUESTIONS THE DOCUMENT ANSWERS (drawn: cspp line 75 "# Why Didn't We Know Sooner?", harmony
// lines 65/69 "1. Why didn't we detect the issue?", lamacorp line 91 "### Why wasn't it detected earlier?"): a question
// standing alone (a heading, a one-question list item, a bold line) with the answer paragraph under it, about the team
// ("we", "I"), nobody in particular ("anyone") or a thing ("it", "the alert"). Decided: a question about a person or a role
// ("Why didn't the on-call engineer check …?") is still read as before, wherever it stands; so is a rhetorical question in
// running prose, and a question with no answer under it (another question or a heading next). en-24045 … en-24053 (EN),
// ko-24045 … (KO mirror, written by lang-en).
describe('review questions the document answers (en, session 18)', () => {
  const doc = [
    '# Outage report', '', '## Summary', '', 'The cache cluster ran out of memory and the API returned errors for two hours.', '',
    '## Review', '',
    '### Why didn’t we catch the memory growth sooner?', '', 'The heap dashboard existed, but no alert watched it.', '', // 9
    '1. Why wasn\'t the eviction policy noticed earlier?', '', 'It was set in a template nobody reads during deploys.', '', // 13
    '**Why didn\'t anyone page the storage team sooner?**', '', 'The storage team had no rotation in the paging tool.', '', // 17
    '## Why Didn\'t We Roll Back Sooner?', '', 'The previous image had been garbage-collected.', '', // 21
    '### Why didn\'t the on-call engineer check the heap dashboard sooner?', '', 'The page came in at night.', '', // 25
    'Why didn\'t anyone check the logs? The signs were there for a week.', '', // 29
    '### Why didn\'t we restart the workers earlier?', '', // 31
    '### Timeline', '', '- 10:00 UTC memory alarm', '',
  ].join('\n');
  const found = languageFindings(doc);
  const lines = found.map(([, line]) => line);
  for (const [line, what] of [[9, 'a heading about "we"'], [13, 'a numbered question, passive'], [17, 'a bold line about "anyone"'], [21, 'a title-case heading']] as const) {
    it(`clean: ${what} (line ${line}) answered under it`, () => assert.ok(!lines.includes(line), JSON.stringify(found)));
  }
  it('flagged: a heading about a role, answered (line 25)', () => assert.ok(lines.includes(25), JSON.stringify(found)));
  it('flagged: a rhetorical question in running prose (line 29)', () => assert.ok(lines.includes(29), JSON.stringify(found)));
  it('flagged: a heading question with no answer under it (line 31)', () => assert.ok(lines.includes(31), JSON.stringify(found)));
  it('the same questions as a paragraph of prose are still read', () => {
    const prose = '# Outage\n\n## Summary\n\nThe disk filled up. Why didn’t we catch the memory growth sooner? Nobody knows.\n';
    assert.equal(languageFindings(prose).length, 1);
  });

  // Korean mirror: "왜 우리는 … 못했는가?" as a heading with its answer is clean; a role, or no answer, is still flagged.
  const ko = [
    '---', 'lang: ko', '---', '# 장애 보고서', '', '## 요약', '', '캐시 클러스터의 메모리가 부족해 두 시간 동안 API 오류가 발생했습니다.', '',
    '### 왜 우리는 메모리 증가를 더 일찍 발견하지 못했는가?', '', '힙 대시보드는 있었지만 알림이 걸려 있지 않았습니다.', '', // 10
    '### 왜 담당자는 대시보드를 더 일찍 확인하지 않았나?', '', '호출이 밤에 왔습니다.', '', // 14
    '### 왜 우리는 더 빨리 롤백하지 않았나?', '', // 18
    '### 타임라인', '', '- 10:00 KST 메모리 경보', '',
  ].join('\n');
  const koFound = languageFindings(ko);
  const koLines = koFound.map(([, line]) => line);
  it('ko clean: 왜 우리는 …? heading answered (line 10)', () => assert.ok(!koLines.includes(10), JSON.stringify(koFound)));
  it('ko flagged: a role in the heading question (line 14)', () => assert.ok(koLines.includes(14), JSON.stringify(koFound)));
  it('ko flagged: no answer under the heading (line 18)', () => assert.ok(koLines.includes(18), JSON.stringify(koFound)));
});

describe('the drawn shapes in their documents (session 18)', () => {
  it('"I failed" after a duty, the apology in the next sentence: flagged with a rewrite that keeps the duty', () => {
    const doc = '# Outage\n\n## Summary\n\nKeeping the forum online is a priority and I failed. Sorry :/\n';
    const f = lint(doc, { locale: 'en' }).findings.filter((x) => x.ruleId === 'blameful-language');
    assert.equal(f.length, 1);
    assert.equal(doc.slice(f[0].start, f[0].end), 'I failed');
  });
  it('the pledge as a section heading is flagged', () => {
    const doc = '# Outage\n\n## Summary\n\nThe bot was down for two days.\n\n## I’ll do better next time\n\nThe bot will expose a metrics endpoint.\n';
    const f = languageFindings(doc);
    assert.deepEqual(f.map(([r, l]) => [r, l]), [['blameful-language', 7]]);
  });
});

// Korean mirrors the Korean engine does not hold today (listed for the lead, not asserted as expectations; asserted as what
// the engine does today so that a change shows).
export const KO_MIRROR_MISSING: { sentence: string; today: 'flagged' | 'clean'; want: 'flagged' | 'clean' }[] = [
  // a system's expected behaviour
  { sentence: '마스토돈은 업그레이드 후에 정상적으로 동작했어야 했습니다.', today: 'clean', want: 'clean' } /* mirrors s18 */,
  // "I failed" owned with an apology
  { sentence: '서비스를 항상 켜 두는 것이 제 일인데 제가 실패했습니다. 죄송합니다.', today: 'flagged', want: 'flagged' } /* mirrors s18 */,
  // the pledge to do better
  { sentence: '다음에는 더 잘하겠습니다.', today: 'flagged', want: 'flagged' } /* mirrors s18 */,
  // the writer's own artefact as the cause
  { sentence: '제 최근 커밋이 빌드를 깨뜨렸습니다.', today: 'flagged', want: 'flagged' } /* mirrors s18 */,
];
describe('Korean mirrors missing (session 18, not expectations)', () => {
  for (const m of KO_MIRROR_MISSING) {
    it(`${m.today} today (want ${m.want}): ${m.sentence}`, () => assert.equal(spans(m.sentence).length > 0 ? 'flagged' : 'clean', m.today));
  }
  // Korean mirrors the engine holds: the blameless principle with "대신", the pledge to be careful, a failed attempt.
  it('clean: 이 방식은 누군가를 비난하는 대신 실제 문제를 해결하는 데 집중합니다.', () => assert.deepEqual(spans('이 방식은 누군가를 비난하는 대신 실제 문제를 해결하는 데 집중합니다.'), []));
  it('clean: 세 개의 미러를 시도했지만 실패했습니다.', () => assert.deepEqual(spans('세 개의 미러를 시도했지만 실패했습니다.'), []));
  it('flagged: 마감에 맞추려고 제가 배포를 서둘렀습니다. (the writer owning haste)', () => assert.ok(spans('마감에 맞추려고 제가 배포를 서둘렀습니다.').length > 0));
  it('flagged: 다음부터는 더 조심하겠습니다.', () => assert.ok(spans('다음부터는 더 조심하겠습니다.').length > 0));
});
