import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLintSession } from '../../src/core/incremental';
import { resolveConfig } from '../../src/core/config';
import { lint, type LintResult } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { peopleOf } from '../../src/core/people';
import { generatePostmortem, mulberry32 } from '../../bench/generate';
import { freshLint, randomEdit } from './edit-equivalence';

/**
 * Issue 9, session 8: what a re-lint used to do whole on every keystroke is kept between lints by
 * the text it reads — the action items' "no work" test (question, problem, rule, behaviour) by
 * description, the people's names by owner and by prose text, vague-action-item's judgement of
 * an item (title, ticket link, rewrite) by its description and findings — and a section's
 * top-level nodes are found by a binary search. Each is checked here against a lint that keeps
 * nothing: `memoControl.bypass` makes every kept answer be computed again, so a key that misses
 * an input shows up as a difference (a session compared with a fresh lint in the same process
 * would read the same kept answers and could not see it).
 */

const root = join(__dirname, '..', '..');

const EN_DOC = `---
title: Ledger sync stalled
date: 2026-02-03
owner: Marisol Vega
---

# Ledger sync stalled

Incident commander: Oskar Lind. Reviewer: Hana Sato.

## Timeline

- 09:12 UTC Oskar (on-call) was paged by the lag alert.
- 09:40 UTC The sync worker was restarted.

## Follow-up actions

| Action | Owner | Due |
| --- | --- | --- |
| Look into the ledger lag | @oskar | 2026-02-20 |
| Be more careful when rotating the sync key | @hana | 2026-02-14 |
| Add a lag alert at 5 minutes | @marisol | 2026-02-10 |

- [ ] **Improve alerting**: the page came late (owner: @oskar)
- [ ] [Investigate the stalled consumer](https://tracker.example.com/issues/4821)
- [ ] Should we move the queue to a managed service?
- [ ] There was no runbook for the sync worker
- [ ] Consider a second consumer group — owner: @hana
- [ ] Stay vigilant during key rotation
- [x] Restarted the worker with a larger batch
`;

const KO_DOC = `---
title: 정산 배치 지연 장애 보고서
date: 2026-02-05
lang: ko
작성자: 한지우
---

# 정산 배치 지연 장애 보고서

장애 책임자: 오세린. 당직자: 문태호.

## 타임라인

- 10:05 KST 문태호(당직)가 지연 알림을 받았다.
- 10:31 KST 배치 작업을 재시작했다.

## 재발 방지 대책

| 대책 | 담당 | 기한 |
| --- | --- | --- |
| 배치 지연 원인 검토 | 오세린 | 2026-02-20 |
| 키 교체 시 더 주의하기 | 문태호 | 2026-02-13 |
| 지연 5분 초과 시 알림 추가 | 한지우 | 2026-02-10 |

- [ ] **모니터링 강화**: 알림이 늦었다 (담당: 오세린)
- [ ] 소비자 그룹 추가를 고려할 예정
- [ ] 큐를 관리형 서비스로 옮겨야 할까?
- [ ] 배치 작업 런북이 없었다
- [ ] 키 교체 절차 숙지 (담당: 문태호)
- [x] 배치 크기를 늘려 재시작함
`;

// Edits that change what the kept answers read: descriptions (questions, problems, vague words,
// bold titles, ticket links), owners and role labels with names, in English and Korean.
const SNIPPETS = [
  'x', ' ', '\n', '?', '？', '**', ': ', '— ', '[ ] ', '[x] ', '- [ ] ', '\n- [ ] Investigate the retry storm\n', '\n- [ ] 재시도 폭주 원인 조사\n',
  'Investigate ', 'Be more careful ', 'Improve ', 'There was no ', ' was missing', '검토 ', '더 주의 ', '강화 ', ' 없었다', ' 예정', '할까',
  ' (owner: @dana)', ' (담당: 박서준)', ' owner: @lee', ' @priya', 'Incident commander: Rafael Ortiz. ', '당직자: 김하람. ', 'Tomasz (on-call) ',
  '이도윤(당직) ', '[Look into it](https://tracker.example.com/issues/77)', '(https://tracker.example.com/issues/12)', '\n## Action items\n\n',
  '\n## 후속 조치\n\n', '| Improve logging | @ana | 2026-03-01 |\n', '| 로그 개선 | 이서준 | 2026-03-01 |\n', 'Nobody ', '아무도 ', 'The worker retries ',
];

/** What the kept answers feed: the findings, every field of every action item, and the people. */
function view(r: LintResult): unknown {
  const people = peopleOf(r.doc);
  return {
    findings: r.findings,
    actionItems: r.doc.actionItems.map((i) => ({ ...i, section: i.section.start })),
    people: { latin: [...people.latin], hangul: [...people.hangul], roles: [...(people.roles ?? [])] },
  };
}

describe('latency (session 8): answers kept between lints equal answers computed afresh', function () {
  // A safety net only (correctness of kept answers): one test took 139 s at load 28 on two cores (session 18).
  this.timeout(600_000);

  function run(name: string, docs: string[], edits: number, seed: number, options: Parameters<typeof lint>[1] = {}): void {
    const rnd = mulberry32(seed);
    for (const [d, original] of docs.entries()) {
      const session = createLintSession();
      let text = original;
      const focus = () => Math.max(0, Math.max(text.indexOf('## Follow-up'), text.indexOf('## 재발'), text.indexOf('## Action'), text.lastIndexOf('## ')));
      assert.deepEqual(view(session.lint(text, options)), view(freshLint(text, options)), `${name} doc ${d}: first lint`);
      for (let e = 0; e < edits; e++) {
        text = randomEdit(text, rnd, SNIPPETS, { focus: focus() });
        // A plain lint first (it fills what is kept), then the session's, then one that keeps nothing.
        const plain = lint(text, options);
        const kept = session.lint(text, options);
        const fresh = freshLint(text, options);
        assert.deepEqual(view(kept), view(fresh), `${name} doc ${d} edit ${e}: session vs fresh\n${text}`);
        assert.deepEqual(view(plain), view(fresh), `${name} doc ${d} edit ${e}: lint vs fresh`);
      }
    }
  }

  it('English and Korean postmortems with action items and named people, edited in and around the items', () => {
    run('invented', [EN_DOC, KO_DOC], 150, 8801);
  });

  it('the same with a configuration and Korean messages', () => {
    const { config, problems } = resolveConfig({ rules: { 'vague-action-item': { level: 'error', ignore: ['en.vague.investigate'] } }, sections: { aliases: { 'action-items': ['Next steps', '다음 할 일'] } } });
    assert.deepEqual(problems, []);
    run('configured', [EN_DOC.replace('## Follow-up actions', '## Next steps'), KO_DOC.replace('## 재발 방지 대책', '## 다음 할 일')], 60, 8802, { config, locale: 'ko' });
  });

  it('generated documents and the examples (English and Korean)', () => {
    const examples = ['en-google-sre-style.md', 'ko-incident-report.md', 'draft-with-problems.md'].map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
    run('generated', [generatePostmortem({ targetBytes: 12_000, seed: 31 }).text, ...examples], 40, 8803);
  });

  it('finds the top-level nodes of a section as a filter of all nodes does', () => {
    const rnd = mulberry32(8804);
    const docs = [EN_DOC, KO_DOC, generatePostmortem({ targetBytes: 20_000, seed: 32 }).text];
    for (let d = 0; d < docs.length; d++) {
      let text = docs[d];
      for (let e = 0; e < 40; e++) {
        text = randomEdit(text, rnd, SNIPPETS, { focus: 0 });
        const doc = parseDocument(text);
        for (const s of doc.sections) {
          const filtered = doc.root.children.filter((n) => {
            const at = n.position?.start.offset ?? -1;
            return at >= s.contentStart && at < s.end;
          });
          assert.deepEqual(doc.nodesIn(s), filtered, `doc ${d} edit ${e}: section ${s.title}`);
        }
      }
    }
  });
});
