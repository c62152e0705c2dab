// Session 15, second round (reading2). Every item here is NEW (written for this file; no content words of the corpus paragraph
// that showed the kind).
//
// Kind: A SENTENCE-OPENING DISCOURSE MARKER IS NO DEGREE WORD. A comparative of a viewpoint or stance adverb set off at the start
// of a sentence ("More generally, …", "More broadly, …", "More importantly, …"; Korean: a degree adverb on a verb of viewing or
// saying in the conditional, "더 넓게 보면", or a "-적으로는" adverb marked as the topic, "보다 일반적으로는") frames how the
// sentence is said; its "more" / 더 / 보다 is not the action's degree. The item is judged on what follows: a vague item stays
// vague for its other words; a comparative of manner or frequency ("More often, …", "더 자주 …") is the action's degree.
// (Shown by the reading helper's dropped change: a plan paragraph "More generally, we'll …" read as an item was flagged vague.)
import { strict as assert } from 'node:assert';
import { vagueFindings } from './language-cases';
import { actionDocument } from '../language/harness';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';

type Lang = 'en' | 'ko';

describe('reading2 (session 15): a sentence-opening discourse marker is no degree word', () => {
  const concrete: [Lang, string][] = [
    ['en', "More generally, we'll be moving the cron jobs to the scheduler service by March."],
    ['en', 'More broadly, we are replacing the hand-built VM images with Packer templates.'],
    ['en', 'More importantly, we will add a canary stage to the deploy pipeline.'],
    ['en', 'More specifically, the backup job will write to a second bucket in another region.'],
    ['en', 'More fundamentally, the billing queue will get its own Kafka cluster.'],
    ['ko', '보다 일반적으로는, 배포 파이프라인에 카나리 단계를 추가할 예정입니다.'],
    ['ko', '더 넓게 보면, 모든 서비스의 TLS 인증서를 ACM으로 옮길 계획입니다.'],
    ['ko', '더 넓게 보면 사내 위키의 장애 대응 문서를 런북 저장소로 이전하는 작업을 진행 중입니다.'],
    ['ko', '좀 더 크게 보자면 결제 큐를 별도 클러스터로 분리할 예정입니다.'],
  ];
  for (const [lang, item] of concrete) it(`concrete (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), []));

  // Vague items stay vague for their other words (the finding moves off the marker onto the vague word).
  const vague: [Lang, string, string[]][] = [
    ['en', "More generally, we'll make the deploys more robust.", ['more robust']],
    ['en', 'More broadly, we should improve monitoring.', ['should improve']],
    ['en', 'More importantly, consider a second region for the database.', ['consider']],
    ['ko', '더 넓게 보면 모니터링을 강화할 예정입니다.', ['강화할']],
    ['ko', '보다 근본적으로는 알림 체계를 개선할 예정입니다.', ['개선할']],
  ];
  for (const [lang, item, at] of vague) it(`vague (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));

  // A comparative of manner or frequency at the start is the action's degree, not a marker.
  const degree: [Lang, string, string[]][] = [
    ['en', 'More often, we will rotate the keys.', ['More often']],
    ['en', 'More carefully, we will review each deploy.', ['will review']],
    ['ko', '더 자주 백업을 확인하겠습니다.', ['더 자주 백업을 확인하겠습니다']],
  ];
  for (const [lang, item, at] of degree) it(`degree (${lang}): ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));

  for (const [lang, item] of [['en', 'More broadly, we should improve monitoring.'], ['ko', '더 넓게 보면 모니터링을 강화할 예정입니다.']] as [Lang, string][]) {
    it(`the rewrite after a marker resolves the item and adds no finding (${lang}): ${item}`, () => {
      const p = actionDocument(lang, item);
      const found = lint(p.text, { locale: lang }).findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line);
      assert.equal(found.length, 1, item);
      const s = found[0].suggestions[0];
      if (!s) return; // no rewrite offered: nothing to check
      const fixed = applyFixes(p.text, [s.edits]).text;
      const again = lint(fixed, { locale: lang }).findings.filter((f) => f.endLine >= p.line);
      assert.deepEqual(again.map((f) => `${f.ruleId}: ${f.message}`), [], fixed);
    });
  }
});
