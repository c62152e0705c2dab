// Session 15 (vague): vague-action-item kinds, English and Korean. Every item here is NEW (written for this file; no content
// words of the corpus items that showed the kind). Each kind is stated in one line; the first-run figures are in
// test/language/AUDITS.md "Session 15: vague actions, first run".
import { strict as assert } from 'node:assert';
import { vagueFindings } from './language-cases';
import { actionDocument } from '../language/harness';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { exampleSpans } from '../../src/core/language/examples';
import { assertGrowth } from './growth-check';

type Lang = 'en' | 'ko';

function kind(title: string, concrete: [Lang, string][], vague: [Lang, string, string[]][]): void {
  describe(title, () => {
    for (const [lang, item] of concrete) it(`concrete (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), []));
    for (const [lang, item, at] of vague) it(`vague (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));
  });
}

describe('vague-action-item, session 15', () => {
  // Kind 1 (false alarm): A VAGUE WORD INSIDE AN EXAMPLE OR AN OPEN LIST OF A CONCRETE ITEM — the item names its change, then
  // an example clause ("e.g.", "for example", "such as", "including"; 예:, 예를 들어) or a parenthesis holding an open list
  // ("… and more", "… 등") shows where it applies; a degree or a hedge in there is not the item's. Korean mirror: the same
  // markers (예:, 예를 들어, a parenthesis with 등); before session 15 the Korean engine set aside a parenthesis only after a
  // head ending on a listed change verb.
  kind(
    'a vague word inside an example or an open list',
    [
      ['en', 'Mirror the toolchain tarballs used by the nightly builds (including glibc sources and more), then point the builders at the mirror only'],
      ['en', 'Vendor the protobuf definitions into the monorepo (including the legacy billing ones and more)'],
      ['en', 'Route webhook retries through the outbox table (covering Stripe, GitHub and more)'],
      ['en', 'Cache the tenant lookup in the gateway (for example, try to reuse the existing LRU module)'],
      ['en', 'Tag every Terraform resource with its owning team, e.g. try to cover the networking stack first'],
      ['en', 'Rotate the signing keys of the release bucket, e.g. try to start with the ones used by CI'],
      ['en', 'Mirror the base images we pull from Docker Hub, e.g. try to mirror alpine and debian first'],
      ['ko', '결제 API 응답 캐시 도입, 예를 들어 조회 빈도가 높은 상품부터 최대한 적용'],
      ['ko', '쿠버네티스 크론잡으로 배치 작업 이전 (예: 덜 중요한 작업부터 순차적으로)'],
      ['ko', 'DB 접근 권한을 역할별로 분리, 예를 들어 읽기 전용 계정을 더 넓게 활용'],
    ],
    [
      // The vague word outside the example is the item's.
      ['en', 'Improve the alerting (e.g. more thresholds)', ['Improve']],
      ['en', 'Try to reduce flaky tests, for example in the payments suite', ['Try to']],
      ['en', 'Harden the deploy process (such as rollbacks and more)', ['Harden']],
      // A marker inside an opening condition belongs to the condition; the main clause after it is the item's.
      ['en', 'When feature flags such as LaunchDarkly are in place, a more gradual rollout should follow', ['more']],
      ['ko', '알림 개선 (예: 임계값 조정 등)', ['개선 (예: 임계값 조정']],
      // A parenthesis that defers the whole item is no example.
      ['ko', '배포 파이프라인에 카나리 단계 추가 (추후 검토)', ['추후 검토']],
    ],
  );

  // Kind 2 (miss): A SEARCH FOR WAYS OR OPTIONS — the item asks for ways, options, means or approaches to be found ("look for
  // ways to", "find ways of", "identify options for"), anywhere in it: a list of possibilities, no change named. A measure or a
  // decision recorded in a named place ends it. Korean mirror: "… 방법 찾기", "방법을 찾아야", "방안을 찾기" ("방안 찾기" was
  // read before; the particle and 방법 were not).
  kind(
    'a search for ways or options',
    [
      ['en', 'Find a way to rotate the TLS keys without a restart and record the choice in ADR-12'],
      ['en', 'Look for ways to cut the image size below 200 MB'],
      ['en', 'Use the read replica for reporting, which gives analysts ways to query without load on the primary'],
      ['ko', '복구 방법을 런북에 작성'],
    ],
    [
      ['en', 'We should look for ways to shorten the on-call handover', ['look for ways to']],
      ['en', 'The platform team will find ways of reducing build minutes', ['find ways of']],
      ['en', 'We need to identify options for archiving cold tenants', ['identify options for']],
      ['ko', '온콜 인수인계 시간을 줄일 방법 찾기', ['방법 찾기']],
      ['ko', '빌드 비용을 낮출 방법을 찾아야 함', ['방법을 찾아야']],
      ['ko', '콜드 테넌트 보관 방안을 찾기', ['방안을 찾기']],
    ],
  );

  describe('example spans', () => {
    it('a comma before a new clause ends the example', () => {
      const t = 'Pin the runner images, e.g. pin the arm64 ones, then drop the floating tags';
      const [s] = exampleSpans(t);
      assert.equal(t.slice(s.start, s.end), 'e.g. pin the arm64 ones');
    });
    it('a comma between list members does not', () => {
      const t = 'Mirror the registries we pull from, e.g. quay, ghcr and docker hub. Then block egress.';
      const [s] = exampleSpans(t);
      assert.equal(t.slice(s.start, s.end), 'e.g. quay, ghcr and docker hub');
    });
    it('a parenthesis that only comments on the item is no example', () => {
      assert.deepEqual(exampleSpans('Add a canary stage to the pipeline (maybe later)'), []);
      assert.deepEqual(exampleSpans('카나리 단계 추가 (추후 검토)'), []);
    });
    it('an example needs the item before it', () => {
      assert.deepEqual(exampleSpans('(e.g. more retries)'), []);
      assert.deepEqual(exampleSpans('e.g. more retries'), []);
    });
    it('stays linear on long input', () => {
      // Texts over 2000 characters are not read (the first call); under that cap, 4× the input costs at most 10× the CPU
      // time (quadratic would be 16×), a ratio measured in this test, so a busy machine does not fail it (was a wall-clock
      // bound of 500 ms on a 27 000-character text, which only met the cap, and a 1812-character list).
      const opens = (n: number) => `${'(e.g. a, '.repeat(n)}`;
      const list = (n: number) => 'Add x, e.g. ' + 'a, b, '.repeat(n);
      assert.deepEqual(exampleSpans(opens(3000)), []);
      const [o1, o4, l1, l4] = [opens(50), opens(200), list(75), list(300)];
      assertGrowth('exampleSpans, open parentheses', () => exampleSpans(o1), () => exampleSpans(o4), { scale: 4, maxRatio: 10 });
      assertGrowth('exampleSpans, a long example list', () => exampleSpans(l1), () => exampleSpans(l4), { scale: 4, maxRatio: 10 });
    });
  });

  // A finding that stays keeps a sound manual rewrite: applied, a second run finds nothing.
  describe('rewrites of items with an example are sound', () => {
    for (const [lang, item] of [
      ['en', 'Improve the alerting (e.g. more thresholds)'],
      ['en', 'Harden the deploy process (such as rollbacks and more)'],
      ['ko', '알림 개선 (예: 임계값 조정 등)'],
      ['en', 'We should look for ways to shorten the on-call handover'],
      ['en', 'We need to identify options for archiving cold tenants'],
      ['ko', '빌드 비용을 낮출 방법을 찾아야 함'],
    ] as [Lang, string][]) {
      it(`${lang}: ${item}`, () => {
        const p = actionDocument(lang, item);
        const found = lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
        assert.equal(found.length, 1, item);
        const s = found[0].suggestions[0];
        if (!s) return; // no rewrite offered: nothing to check
        assert.ok(s.manual, `${item}: a manual suggestion`);
        const fixed = applyFixes(p.text, [s.edits]).text;
        const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
        assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], fixed);
      });
    }
  });
});
