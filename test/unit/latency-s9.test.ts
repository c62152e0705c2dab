import { strict as assert } from 'node:assert';
import { createLintSession } from '../../src/core/incremental';
import type { LintResult } from '../../src/core/lint';
import { LineScan } from '../../src/core/model/lineScan';
import { chunkStarts, maskHead } from '../../src/core/model/markdown';
import { generatePostmortem, mulberry32 } from '../../bench/generate';
import { freshLint, randomEdit } from './edit-equivalence';

/**
 * Issue 9, session 9: what a re-lint still did whole on every keystroke, now kept between lints
 * and redone only where the edit was. Each is checked against a lint that keeps nothing
 * (`memoControl.bypass`), after random edits, on English and Korean documents.
 */

/** What the lint publishes, and the action items (the roster gives owners to them). */
function view(r: LintResult): unknown {
  return { findings: r.findings, actionItems: r.doc.actionItems.map((i) => ({ ...i, section: i.section.start })) };
}

describe('latency (session 9): a line-by-line search kept between versions equals a search of the whole text', function () {
  // A correctness check of random edits: mocha's 10 s default is only a safety net, and a busy machine took 17 s (session 18).
  this.timeout(300_000);
  // No match holds a line feed: a roster-like entry, a word before a parenthesis.
  const RE = /([\p{L}\p{N}]{1,12}(?:팀|[ \t]team))[ \t]?[(（]([^()（）\n]{2,30})[)）]/giu;
  const full = (text: string) => {
    const out: { index: number; groups: (string | undefined)[] }[] = [];
    const re = new RegExp(RE.source, RE.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, groups: [...m] });
    return out;
  };
  const SNIPPETS = ['\n', '\r\n', '\r', ' ', 'x', '(', ')', '（', '）', 'team', ' team (disk alerts)', '결제팀 (재시도 정책)', '팀', '\n\n', 'ops team(', ') and ', '검색팀\n(색인 지연)'];

  it('after random edits (insertions, deletions, line breaks of every kind), English and Korean, with and without the quick test', () => {
    const rnd = mulberry32(9901);
    const seeds = [
      'Roster: storage team (disk quota alerts), network team (edge retries).\nThe ops team (pager rotation) meets weekly.\n',
      '담당: 결제팀 (승인 재시도 정책), 검색팀 (색인 지연 알림)\n운영팀（야간 당직）이 확인한다.\n',
      generatePostmortem({ targetBytes: 6_000, seed: 41 }).text,
    ];
    for (const quick of [undefined, /(?:팀|[ \t]team)[ \t]?[(（]/iu]) {
      for (const seed of seeds) {
        const scan = new LineScan(new RegExp(RE.source, RE.flags), quick);
        let text = seed;
        assert.deepEqual(scan.matches(text), full(text));
        for (let e = 0; e < 300; e++) {
          text = randomEdit(text, rnd, SNIPPETS, { focus: 0 });
          assert.deepEqual(scan.matches(text), full(text), `edit ${e}:\n${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('two documents linted in turn each keep their own matches; a text seen before is answered as it was', () => {
    const scan = new LineScan(new RegExp(RE.source, RE.flags));
    let a = 'The storage team (disk alerts) owns it.\n'.repeat(20);
    let b = '결제팀 (재시도 정책)이 맡는다.\n'.repeat(20);
    const rnd = mulberry32(9902);
    for (let e = 0; e < 100; e++) {
      a = randomEdit(a, rnd, SNIPPETS, { focus: 0 });
      b = randomEdit(b, rnd, SNIPPETS, { focus: 0 });
      assert.deepEqual(scan.matches(a), full(a));
      assert.deepEqual(scan.matches(b), full(b));
      assert.deepEqual(scan.matches(a), full(a));
    }
  });
});

// Documents with a responsibility roster ("Storage team (disk quota alerts)") and ownerless
// items whose words it names: the roster gives them an owner.
const EN_ROSTER = `---
title: Archive volume filled up
date: 2026-03-09
---

# Archive volume filled up

## Summary

Writes to the archive volume failed for 40 minutes once the disk was full.

Responsibilities: Storage team (disk quota alerts), Platform team (rotation job schedule).

## Timeline

- 02:10 UTC The archive volume reached 100 %.
- 02:50 UTC Old snapshots were removed and writes resumed.

## Action items

- [ ] Add disk quota alerts for the archive volume
- [ ] Move the rotation job schedule to every six hours
- [ ] Document the snapshot retention (owner: @imani)
- [x] Removed the old snapshots
`;

const KO_ROSTER = `---
title: 주문 알림 발송 지연
date: 2026-03-11
lang: ko
---

# 주문 알림 발송 지연

## 요약

주문 알림이 25분 동안 늦게 발송되었다.

역할 분담: 메시징팀 (발송 큐 모니터링), 주문팀 (재시도 간격 조정)

## 타임라인

- 14:02 KST 발송 큐 적체가 시작되었다.
- 14:27 KST 소비자를 늘려 적체가 해소되었다.

## 후속 조치

- [ ] 발송 큐 모니터링 대시보드 추가
- [ ] 재시도 간격 조정 및 상한 설정
- [ ] 알림 템플릿 정리 (담당: 윤가람)
- [x] 소비자 수를 늘림
`;

const ROSTER_SNIPPETS = [
  'x', ' ', '\n', '\r\n', '(', ')', ' team (snapshot retention)', 'Search team (index lag alerts), ', '검색팀 (색인 지연 알림), ', '팀 (', '\n- [ ] Add index lag alerts\n',
  '\n- [ ] 색인 지연 알림 추가\n', 'disk quota ', '발송 큐 ', '\n## Action items\n\n', '\n## 후속 조치\n\n', '[x] ', '[ ] ',
];

describe('latency (session 9): the action items\' roster owners of a session equal those of a lint that keeps nothing', function () {
  this.timeout(300_000);

  it('gives roster owners in English and Korean documents', () => {
    const en = freshLint(EN_ROSTER).doc.actionItems;
    assert.equal(en[0].owner?.text, 'Storage team');
    assert.equal(en[1].owner?.text, 'Platform team');
    const ko = freshLint(KO_ROSTER).doc.actionItems;
    assert.equal(ko[0].owner?.text, '메시징팀');
    assert.equal(ko[1].owner?.text, '주문팀');
  });

  it('after random edits of roster documents and a generated one with a roster, English and Korean', () => {
    const rnd = mulberry32(9903);
    const generated = generatePostmortem({ targetBytes: 20_000, seed: 42 }).text;
    const docs = [EN_ROSTER, KO_ROSTER, `${generated}\nResponsibilities: Storage team (disk quota alerts)\n\n## Action items\n\n- [ ] Add disk quota alerts\n`];
    for (const [d, original] of docs.entries()) {
      const session = createLintSession();
      let text = original;
      assert.deepEqual(view(session.lint(text)), view(freshLint(text)), `doc ${d}: first lint`);
      for (let e = 0; e < (d === 2 ? 40 : 120); e++) {
        text = randomEdit(text, rnd, ROSTER_SNIPPETS, { focus: Math.max(0, text.indexOf('Responsib'), text.indexOf('역할')) });
        assert.deepEqual(view(session.lint(text)), view(freshLint(text)), `doc ${d} edit ${e}: session vs fresh\n${text}`);
      }
    }
  });
});

// The front matter is blanked in place by a session's parse (no copy of the whole text per
// keystroke): edits in and around it, with chunks cut small so that cuts fall right after it.
const FM_SNIPPETS = ['x', ' ', '\n', '\r\n', '\r', '---', '\n---\n', '---\n', ': ', 'title: y\n', '제목: 장애\n', '# Heading\n', '\n# 제목\n\n', '\ufeff', '- ', '```\n', '<!-- ', ' -->', '| a | b |\n| - | - |\n'];

describe('latency (session 9): a session that blanks the front matter in place parses as a lint that blanks a copy', function () {
  this.timeout(300_000);

  it('cuts chunks where the blanked text is cut', () => {
    const rnd = mulberry32(9904);
    const chunking = { heading: 8, size: 40 };
    for (let n = 0; n < 400; n++) {
      const head = `---\ntitle: t${n}\n${'k: v\n'.repeat(Math.floor(rnd() * 4))}---\n`;
      const body = ['# A', '', 'text', '', '## B', '', '- item', '', 'more text here', '', '# C', ''].slice(Math.floor(rnd() * 4)).join(rnd() < 0.5 ? '\n' : '\r\n');
      const text = head + (rnd() < 0.5 ? '' : '\n') + body;
      const maskEnd = head.length;
      assert.deepEqual(chunkStarts(text, chunking, undefined, undefined, maskEnd), chunkStarts(maskHead(text, maskEnd), chunking), JSON.stringify(text));
    }
  });

  it('after random edits in and around the front matter (English and Korean, small chunks and the editor\'s)', () => {
    const rnd = mulberry32(9905);
    const docs = [EN_ROSTER, KO_ROSTER, `\ufeff${EN_ROSTER}`, KO_ROSTER.replace(/\n/g, '\r\n')];
    for (const chunking of [{ heading: 8, size: 40 }, undefined]) {
      for (const [d, original] of docs.entries()) {
        const session = createLintSession(chunking ? { chunking } : {});
        let text = original;
        for (let e = 0; e < 80; e++) {
          const fmEnd = Math.max(8, text.indexOf('\n#') + 1);
          text = randomEdit(text, rnd, FM_SNIPPETS, { focus: 0 });
          // Mostly inside the first lines.
          if (rnd() < 0.7) {
            const at = Math.floor(rnd() * Math.min(text.length, fmEnd + 10));
            text = text.slice(0, at) + FM_SNIPPETS[Math.floor(rnd() * FM_SNIPPETS.length)] + text.slice(at);
          }
          const kept = session.lint(text);
          const fresh = freshLint(text);
          assert.deepEqual(kept.doc.root, fresh.doc.root, `doc ${d} edit ${e}: tree\n${JSON.stringify(text.slice(0, 300))}`);
          assert.deepEqual(view(kept), view(fresh), `doc ${d} edit ${e}: findings`);
        }
      }
    }
  });
});

describe('latency (session 9): no chunk starts at a U+FEFF (a chunk\'s parse would drop it as a byte order mark)', function () {
  // A correctness check of random edits: mocha's 10 s default is only a safety net, and a busy machine took 17 s (session 18).
  this.timeout(300_000);
  it('a line opening with U+FEFF after a blank line parses as in the whole text, English and Korean', () => {
    const chunking = { heading: 8, size: 40 };
    for (const doc of [
      `# Deploy notes\n\nThe canary ran for ten minutes.\n\n\ufeff## Rollback\n\nThe old build was restored.\n`,
      `# 배포 기록\n\n카나리를 10분 동안 돌렸다.\n\n\ufeff## 롤백\n\n이전 빌드로 되돌렸다.\n`,
      `---\ntitle: x\n---\n\nIntro line that is long enough.\n\n\ufeff- first item\n- second item\n`,
    ]) {
      const at = doc.indexOf('\ufeff');
      assert.ok(!chunkStarts(doc, chunking).includes(at));
      const session = createLintSession({ chunking });
      session.lint(doc.replace('\ufeff', ''));
      assert.deepEqual(session.lint(doc).doc.root, freshLint(doc).doc.root);
    }
  });
});

// Timelines that count days (dated lines over weeks, one time among them) and timelines of times
// with lists of details between entries: whether a timeline counts days is now decided after a
// fifth of its entries when more than that have a time, and the lists kept without a copy.
const EN_DAYS = `# Disclosure of the token leak

## Timeline

- 2026-01-05: A researcher reported the exposed token.
- 2026-01-06: The token was revoked.
- 2026-01-09: Access logs were reviewed.
- 2026-01-14 16:20 UTC: The fixed release was published.
- 2026-01-20: Affected customers were notified.
- 2026-01-27: The report was closed.

## Impact

No data was read with the token.
`;

const KO_TIMES = `# 결제 승인 지연

## 타임라인

- 09:02 KST 승인 지연 알림이 울렸다.
- 09:05 KST 당직자가 대시보드를 확인했다.
  - 승인 서버 3대
  - 캐시 클러스터 1개
- 09:20 KST 캐시 연결 수를 늘렸다.

영향받은 구성 요소:

- 승인 API
- 정산 배치

- 09:41 KST 지연이 해소되었다.
`;

const DAY_SNIPPETS = ['x', ' ', '\n', '- 2026-02-03: The audit finished.\n', '- 2026-02-03 10:15 UTC: Paged.\n', '- 10:15 KST 재시작했다.\n', '- 호스트 목록\n', '\n- item without time\n', '{{time}} ', '2026-01-', ' 11:40', 'KST ', '\n\n'];

describe('latency (session 9): timelines read after random edits equal those of a lint that keeps nothing', function () {
  this.timeout(300_000);

  it('day-counting and timed timelines with detail lists, English and Korean', () => {
    const rnd = mulberry32(9906);
    const tview = (r: LintResult) => ({
      findings: r.findings,
      entries: r.doc.timeline.entries.map((e) => ({ ...e, section: e.section.start })),
      groups: r.doc.timeline.groups.map((g) => ({ ...g, section: g.section.start, entries: g.entries.length })),
    });
    for (const chunking of [{ heading: 8, size: 40 }, undefined]) {
      for (const [d, original] of [EN_DAYS, KO_TIMES, `${EN_DAYS}\n${KO_TIMES}`].entries()) {
        const session = createLintSession(chunking ? { chunking } : {});
        let text = original;
        assert.deepEqual(tview(session.lint(text)), tview(freshLint(text)));
        for (let e = 0; e < 60; e++) {
          text = randomEdit(text, rnd, DAY_SNIPPETS, { focus: Math.max(0, text.indexOf('## T'), text.indexOf('## 타')) });
          assert.deepEqual(tview(session.lint(text)), tview(freshLint(text)), `doc ${d} edit ${e}\n${text}`);
        }
      }
    }
  });
});
