import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLintSession } from '../../src/core/incremental';
import { resolveConfig } from '../../src/core/config';
import { lint, lintDocument, type LintResult } from '../../src/core/lint';
import { MarkdownCache, chunkStarts, chunkStartsAfter, parseWhole } from '../../src/core/model/markdown';
import { LineIndex } from '../../src/core/model/lines';
import { generatePostmortem, mulberry32 } from '../../bench/generate';
import { markdownFiles } from '../fuzz/fuzz';
import { findingFlags } from '../../src/extension/lint/protocol';
import { metricsData } from '../../src/extension/lint/metricsData';
import { sectionKindCounts } from '../../src/core/requirements';
import { findMilestones } from '../../src/core/metrics/milestones';
import type { WhyNode } from '../../src/core/model/fiveWhys';

/**
 * Incremental linting (issue 9, big documents): after every edit, a session's lint is exactly a
 * fresh lint: same findings (ranges, messages, fixes, data, order) and the same document model.
 * Edits are random but seeded: characters, lines, headings, fences, HTML comments, list markers,
 * table pipes, link definitions, Korean text and line endings, anywhere in the text.
 */

const root = join(__dirname, '..', '..');


const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '장애', ' 한국어 문장입니다.', '\t', '  ', '#', '# ', '## Timeline\n', '\n### 14:05 KST\n', '\n## 액션 아이템\n\n',
  '```', '```\n', '\n```\n', '~~~\n', '    ', '- ', '* ', '1. ', '> ', '- [ ] ', '|', ' | ', '\n| a | b |\n| - | - |\n', '| --- |',
  '<!--', '-->', '<div>', '\n<div>\n', '</div>', '<script>', '</script>', '<?', '?>', '<![CDATA[', ']]>',
  '[a]', '\n[a]: https://example.com\n', '[b][]', '\n\n[b]: /x\n\n', '*', '**', '_', '~~', '`', '===', '\n---\n',
  '\r\n', '\r', '\\', '\n    code\n', '- ```\n', '\n\n# Title\n\n', '<!-- postmortem-disable blameful-language -->\n',
  'The engineer forgot to check the alert. ', '담당자가 실수로 설정을 잘못 바꿨다. ', 'should have', '(owner: @bob)', ' 14:32 ',
  '---\ntitle: x\n---\n',
  // Kept per top-level node: suppression comments (block and inline) and tag-like placeholders.
  '\n<!-- postmortem-lint-disable-next-line blameful-language -- quoted -->\n', ' <!-- postmortem-lint-disable-line --> ', '<!-- postmortem-lint-enable -->', ' <service> ', '\n<region>\n',
];

/** One random edit: insert a snippet, delete a few characters, delete or duplicate a line. */
function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
  if (r < 0.75) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
  const lines = text.split('\n');
  const i = Math.floor(rnd() * lines.length);
  if (r < 0.9) lines.splice(i, 1);
  else lines.splice(i, 0, lines[i]);
  return lines.join('\n');
}

/** The nodes of 5-whys trees in order, each with its fields (parent by place, children by count). */
function whyNodes(roots: readonly WhyNode[]): unknown[] {
  const out: unknown[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    out.push({ ...n, parent: n.parent?.start, children: n.children.length });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** What other features read from a lint result, in a form deepEqual compares. */
function view(r: LintResult): unknown {
  const d = r.doc;
  return {
    findings: r.findings,
    root: d.root,
    lines: d.lines.starts,
    frontMatter: d.frontMatter,
    sections: d.sections.map((s) => ({ title: s.title, kind: s.kind, depth: s.depth, start: s.start, contentStart: s.contentStart, end: s.end, heading: s.heading.position })),
    // Field by field: a block an edit moved is read like any other, but its map is a getter (model/prose.ts).
    prose: d.prose.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: b.text, map: b.map, ...(b.quoted !== undefined ? { quoted: b.quoted } : {}) })),
    // Every field of every entry and group (sections by their place: they are rebuilt per parse).
    timeline: {
      ...d.timeline,
      entries: d.timeline.entries.map((e) => ({ ...e, section: e.section.start })),
      groups: d.timeline.groups.map((g) => ({ ...g, section: g.section.start, entries: g.entries.length })),
    },
    // Every field of every item (its section by place).
    actionItems: d.actionItems.map((i) => ({ ...i, section: i.section.start })),
    // Every node of every 5-whys tree, in tree order (its parent by place, its children by count).
    fiveWhys: d.fiveWhys.map((f) => ({ start: f.start, end: f.end, section: f.section.start, nodes: whyNodes(f.roots) })),
    // The section kinds the document names (required-sections), in the order found.
    kinds: [...sectionKindCounts(d)],
    milestones: Object.entries(findMilestones(d)).map(([k, m]) => [k, { ...m, entry: m?.entry?.start }]),
    language: d.language,
    suppressions: d.suppressions.comments,
    // What the editor's lint worker sends with the findings (quick-fix flags, the metrics lens).
    flags: findingFlags(r),
    metrics: metricsData(d),
  };
}

describe('incremental lint session', function () {
  const examples = markdownFiles(join(root, 'examples')).map((p) => readFileSync(p, 'utf8'));
  const fixtures = markdownFiles(join(root, 'test', 'fixtures')).map((p) => readFileSync(p, 'utf8'));
  const generated = [
    generatePostmortem({ targetBytes: 9_000, seed: 7 }).text,
    generatePostmortem({ targetBytes: 9_000, seed: 8, eol: '\r\n' }).text,
  ];

  // INCREMENTAL_SCALE=10 runs ten times the edits (a longer local run).
  const scale = Math.max(1, Number(process.env.INCREMENTAL_SCALE) || 1);
  // About 10 s of CPU; a loaded machine stretches the wall time.
  this.timeout(120_000 * scale);

  function run(name: string, docs: string[], editsPerDoc: number, seed: number, chunking?: { heading: number; size: number }): void {
    const rnd = mulberry32(seed);
    editsPerDoc *= scale;
    let edits = 0;
    for (const [d, original] of docs.entries()) {
      const session = createLintSession(chunking ? { chunking } : {});
      let text = original;
      assert.deepEqual(view(session.lint(text)), view(lint(text)), `${name} doc ${d}: first lint`);
      for (let e = 0; e < editsPerDoc; e++) {
        const before = text;
        text = edit(text, rnd);
        // Sometimes the same version twice, or back to an earlier one (undo).
        if (rnd() < 0.05) text = before;
        edits++;
        assert.deepEqual(view(session.lint(text)), view(lint(text)), `${name} doc ${d}, edit ${e}: ${JSON.stringify(text.slice(0, 300))}`);
      }
    }
    assert.ok(edits > 0);
  }

  it('equals a fresh lint after random edits of the examples (small chunks: every cut is exercised)', () => {
    run('examples', examples, 25, 1, { heading: 1, size: 64 });
  });

  it('equals a fresh lint after random edits of the rule fixtures', () => {
    // Every fourth fixture: they are many and alike.
    run('fixtures', fixtures.filter((_, i) => i % 4 === 0), 6, 2, { heading: 1, size: 128 });
  });

  it('equals a fresh lint after random edits of generated documents (LF and CRLF), with the editor chunking', () => {
    run('generated', generated, 12, 3);
    run('generated (small chunks)', generated, 8, 4, { heading: 200, size: 400 });
  });

  it('equals a fresh lint with a configuration and in Korean messages', () => {
    const session = createLintSession({ chunking: { heading: 1, size: 64 } });
    const { config } = resolveConfig({ rules: { 'blameful-language': { level: 'error', ignore: ['blame.human-error'] }, 'timeline-order': 'off' }, sections: { aliases: { timeline: ['Chronology'] } } });
    const rnd = mulberry32(5);
    let text = examples[0];
    for (let e = 0; e < 20; e++) {
      text = edit(text, rnd);
      const options = { config, locale: (e % 2 ? 'ko' : 'en') as 'ko' | 'en' };
      assert.deepEqual(view(session.lint(text, options)), view(lint(text, options)), `edit ${e}`);
      // The parse alone (an editor's parse cache), then the rules: the same again.
      const doc = session.parse(text, { sectionAliases: config.sectionAliases });
      assert.deepEqual(view({ doc, findings: lintDocument(doc, options) }), view(lint(text, options)), `edit ${e} (parse)`);
    }
  });

  it('parses in chunks exactly as in one piece, whatever the cuts', () => {
    const rnd = mulberry32(6);
    const docs = [...examples, ...fixtures.filter((_, i) => i % 3 === 0)];
    for (let t = 0; t < 50; t++) {
      let text = docs[Math.floor(rnd() * docs.length)];
      const cache = new MarkdownCache({ heading: 1, size: 1 + Math.floor(rnd() * 200) });
      for (let e = 0; e < 8; e++) {
        text = edit(text, rnd);
        assert.deepEqual(cache.parse(text), parseWhole(text), `doc ${t}, edit ${e}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('finds the chunk cuts and line starts of an edited text from the previous ones exactly as from scratch', () => {
    const rnd = mulberry32(13);
    const docs = [...examples, ...fixtures.filter((_, i) => i % 5 === 0), ...generated];
    for (let t = 0; t < 40 * scale; t++) {
      let text = docs[Math.floor(rnd() * docs.length)];
      const chunking = rnd() < 0.5 ? { heading: 1024, size: 4096 } : { heading: 1 + Math.floor(rnd() * 100), size: 1 + Math.floor(rnd() * 400) };
      let starts = chunkStarts(text, chunking);
      let lines = new LineIndex(text);
      for (let e = 0; e < 10; e++) {
        const next = rnd() < 0.1 ? text : edit(text, rnd);
        starts = chunkStartsAfter(text, starts, next, chunking);
        lines = LineIndex.after(lines, next);
        text = next;
        assert.deepEqual(starts, chunkStarts(text, chunking), `doc ${t}, edit ${e}: ${JSON.stringify(text.slice(0, 200))}`);
        assert.deepEqual(lines.starts, new LineIndex(text).starts, `doc ${t}, edit ${e} (lines)`);
      }
    }
    // Edits inside a cut's own line that make it no cut (a list item, an indented line) or one again.
    const tiny = { heading: 1, size: 1 };
    for (const [a, b] of [['a\n\n1x\n\nb\n', 'a\n\n1. x\n\nb\n'], ['a\n\n-x\n\nb\n', 'a\n\n- x\n\nb\n'], ['a\n\nxy\n\nb', 'a\n\nx\n  y\n\nb'], ['a\n\n1. x\n\nb\n', 'a\n\n1x\n\nb\n'], ['a\n\n#x\n\nb', 'a\n\n# x\n\nb']]) {
      for (const chunking of [tiny, { heading: 3, size: 100 }]) assert.deepEqual(chunkStartsAfter(a, chunkStarts(a, chunking), b, chunking), chunkStarts(b, chunking), JSON.stringify([a, b]));
    }
    // Line breaks at the edges of an edit: "\r" then "\n" typed after it, and the other way.
    for (const [a, b] of [['a\rb', 'a\r\nb'], ['a\r\nb', 'a\rb'], ['a\r', 'a\r\n'], ['a\n', '\na\n'], ['', '\r'], ['\r\n', '']]) {
      assert.deepEqual(LineIndex.after(new LineIndex(a), b).starts, new LineIndex(b).starts, JSON.stringify([a, b]));
    }
  });

  it('reuses the unchanged chunks: only the edited part is parsed again', () => {
    const text = generatePostmortem({ targetBytes: 30_000, seed: 9 }).text;
    const session = createLintSession();
    const first = session.lint(text);
    const findings = JSON.stringify(first.findings);
    const at = text.indexOf('\n', text.length >> 1) + 3;
    const nodes = first.doc.root.children.map((n) => ({ node: n, start: n.position!.start.offset!, line: n.position!.start.line }));
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const second = session.lint(edited);
    // Top-level nodes before the edit are the very same objects; after it too, moved in place (no
    // copy of the tree per keystroke): one character on, on the same line.
    const before = nodes.filter((n) => (n.node.position?.end.offset ?? 0) < at - 5000);
    const after = nodes.filter((n) => n.start > at + 5000);
    assert.ok(before.length > 10 && after.length > 10);
    for (const n of before) assert.ok(second.doc.root.children.includes(n.node) && n.node.position!.start.offset === n.start);
    for (const n of after) assert.ok(second.doc.root.children.includes(n.node) && n.node.position!.start.offset === n.start + 1 && n.node.position!.start.line === n.line);
    assert.deepEqual(view(second), view(lint(edited)));
    // The earlier result's findings (plain data, what a reply carries) are not changed by the later lint;
    // its tree is this session's (valid until the next call, see LintSession).
    assert.equal(JSON.stringify(first.findings), findings);
  });

  it('equals a fresh lint after edits inside action-item sections and the timeline (the parts kept per block)', () => {
    // Edits where a kept reading could go stale: item tables and lists, their sub-headings and
    // labels (terms, done marks, owners), and timeline entries (milestone wordings and markers).
    const near = ['| x |', ' | ', '\n| 9 | Add an alert | detect | @bob | 2025-01-01 | PAY-1 |\n', '- [ ] ', '- [x] ', '(owner: @bob)', ' 완료', ' Done', '\n### 단기\n\n', '\n### Long term\n\n',
      '**Done:**\n\n', '담당: 김민수 ', 'TBD', '\n\n## 5 Whys\n\n', ' [detected] ', ' [해결] ', ' rolled back ', ' 복구 완료 ', ' alert fired ', '14:05 ', '\n- 14:07 paged the on-call\n', 'TODO', '@name', 'Incident commander: Priya Raman\n\n'];
    const rnd = mulberry32(12);
    for (const [d, original] of generated.entries()) {
      const session = createLintSession();
      let text = original;
      session.lint(text);
      for (let e = 0; e < 10 * scale; e++) {
        const kinds = ['action-items', 'timeline'] as const;
        const sections = lint(text).doc.sectionsOf(kinds[e % 2]);
        const s = sections[Math.floor(rnd() * sections.length)];
        const at = s ? s.start + Math.floor(rnd() * (s.end - s.start + 1)) : Math.floor(rnd() * (text.length + 1));
        text = rnd() < 0.7 ? text.slice(0, at) + near[Math.floor(rnd() * near.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 12));
        assert.deepEqual(view(session.lint(text)), view(lint(text)), `doc ${d}, edit ${e}: ${JSON.stringify(text.slice(Math.max(0, at - 200), at + 200))}`);
      }
    }
  });

  it('reads the action items of untouched blocks once: kept, and moved to their new place', () => {
    const text = generatePostmortem({ targetBytes: 60_000, seed: 9 }).text;
    const session = createLintSession();
    const first = session.lint(text).doc;
    const section = first.sectionsOf('action-items')[0];
    assert.ok(section && first.actionItems.length > 10);
    // One character typed inside the section's first item.
    const at = first.actionItems[0].description.start + 1;
    const second = session.lint(`${text.slice(0, at)}x${text.slice(at)}`).doc;
    const fresh = lint(`${text.slice(0, at)}x${text.slice(at)}`).doc;
    assert.deepEqual(second.actionItems.map((i) => ({ ...i, section: i.section.start })), fresh.actionItems.map((i) => ({ ...i, section: i.section.start })));
    // Every item is the document's own object (later passes change them), and points at this parse's section.
    for (const item of second.actionItems) {
      assert.ok(!first.actionItems.includes(item));
      assert.ok(second.sections.includes(item.section));
    }
  });

  it('reads suppression comments and tag-like placeholders of untouched blocks once: kept, and moved to their new place', () => {
    const base = generatePostmortem({ targetBytes: 30_000, seed: 9 }).text;
    const tail = '\n\n## Notes\n\n<!-- postmortem-lint-disable-next-line blameful-language -- quoted from the ticket -->\nThe engineer forgot to check the alert.\n\nThe fix goes out next week. <!-- postmortem-lint-disable-line -->\nService: <service>\n';
    const text = base + tail;
    const session = createLintSession();
    const first = session.lint(text);
    assert.equal(first.doc.suppressions.comments.length, 2);
    // Typed well before them (another chunk): the same comments and placeholder, one character on.
    const at = text.indexOf('\n', text.length >> 2) + 3;
    for (const edited of [`${text.slice(0, at)}x${text.slice(at)}`, `${text.slice(0, at)}xy${text.slice(at)}`, text]) {
      const r = session.lint(edited);
      assert.deepEqual(view(r), view(lint(edited)));
      const by = edited.length - text.length;
      assert.deepEqual(r.doc.suppressions.comments.map((c) => c.start), first.doc.suppressions.comments.map((c) => c.start + by));
    }
    assert.ok(first.findings.some((f) => f.ruleId === 'template-placeholder' && text.slice(f.start, f.end) === '<service>'));
  });

  it('reads the prose and the timeline of untouched blocks once: kept, or moved to their new place', () => {
    const text = generatePostmortem({ targetBytes: 30_000, seed: 9 }).text;
    const session = createLintSession();
    const first = session.lint(text).doc;
    const timeline = first.sectionsOf('timeline')[0];
    assert.ok(timeline && first.timeline.entries.length > 10);
    // The entries as they were (the session moves kept entries in place: the previous document's are not valid after a re-lint).
    const firstEntries = first.timeline.entries.map((e) => ({ entry: e, start: e.start, style: e.style }));
    // An edit after the timeline, in the middle of a paragraph.
    const at = text.indexOf('\n', Math.max(timeline.end, text.length >> 1)) + 3;
    const second = session.lint(`${text.slice(0, at)}x${text.slice(at)}`).doc;
    // Prose well before the edit (outside its chunk): the same blocks; well after it, copies one character on.
    const before = first.prose.filter((b) => b.end < at - 5000);
    const after = first.prose.filter((b) => b.start > at + 5000);
    assert.ok(before.length > 10 && after.length > 10);
    for (const b of before) assert.ok(second.prose.includes(b));
    for (const b of after) {
      const moved = second.prose.find((c) => c.start === b.start + 1);
      assert.ok(moved && moved !== b && moved.text === b.text && moved.map.every((m, i) => m === (b.map[i] < 0 ? -1 : b.map[i] + 1)));
      // Serialized, a moved block is a block (its map included).
      assert.deepEqual(JSON.parse(JSON.stringify(moved)), JSON.parse(JSON.stringify({ ...b, start: b.start + 1, end: b.end + 1, map: moved.map })));
    }
    // The timeline's entries come from what was read before (the very same entries, with the very same time styles).
    assert.equal(second.timeline.entries.length, firstEntries.length);
    second.timeline.entries.forEach((e, i) => assert.ok(e === firstEntries[i].entry && e.style === firstEntries[i].style && e.start === firstEntries[i].start));
    // An edit before the timeline moves its entries one character on, as a fresh lint reads them (the same objects, moved).
    const shifted = `${text.slice(0, timeline.start - 1)}x${text.slice(timeline.start - 1, at)}x${text.slice(at)}`;
    const moved = session.lint(shifted);
    assert.deepEqual(view(moved), view(lint(shifted)));
    moved.doc.timeline.entries.forEach((e, i) => assert.ok(e === firstEntries[i].entry && e.start === firstEntries[i].start + 1));
    // An edit inside the timeline reads again the blocks of the chunk it touched, and only those.
    const inside = text.indexOf('\n', timeline.contentStart + 200) + 1;
    const edited = `${text.slice(0, inside)}x${text.slice(inside)}`;
    const third = session.lint(edited);
    assert.deepEqual(view(third), view(lint(edited)));
    const entries = third.doc.timeline.entries;
    assert.ok(entries.some((e, i) => e.style && e.style !== firstEntries[i]?.style));
    const far = entries.filter((e) => e.start > inside + 5000 && e.style);
    assert.ok(far.length > 10);
    for (const e of far) assert.ok(firstEntries.some((f) => f.entry === e && f.style === e.style && f.start + 1 === e.start));
  });

  it('equals a fresh lint when what a language finding\'s rewrite check reads changes elsewhere (kept reports)', () => {
    // A rewrite is offered after checks that read the document around the block: section kinds
    // named elsewhere, times on timeline entries, the action item the block is in (owner, due,
    // done), the lede. Each edit below changes one of them away from the finding itself.
    const doc = [
      '# Checkout outage', '', 'Summary: The engineer forgot to renew the certificate.', '',
      '## Timeline (UTC)', '', '- 14:05 The engineer forgot to check the alert.', '- 14:20 rollback started', '',
      '## Root causes', '', 'Root cause: the on-call engineer carelessly skipped the review.', '',
      '## Action items', '', '- [ ] The engineer should have checked the dashboard, add an alert (owner: @bob, due 2025-01-15)',
      '- [ ] 담당자가 실수로 설정을 잘못 바꿨으니 검증 단계 추가 (담당: 김민수)', '', '| Action | Owner | Status |', '| --- | --- | --- |', '| 14:30 The operator carelessly skipped the canary | @amy | Open |', '',
      '## Notes', '', 'The reviewer failed to notice the typo.', '',
    ].join('\n');
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('## Root causes', '## Causes'),
      (t) => t.replace('## Causes', '## Root causes\n\nx\n\n## Root causes'),
      (t) => t.replace('- [ ] The engineer should', '- [x] The engineer should'),
      (t) => t.replace('(owner: @bob, due 2025-01-15)', '(owner: @bob)'),
      (t) => t.replace('- 14:05 The engineer', '- The engineer'),
      (t) => t.replace('# Checkout outage\n\n', '# Checkout outage\n\nA long lede paragraph that says what happened before the first section, in enough words to count. '),
      (t) => t.replace('## Notes', '## Summary'),
      (t) => t.replace('(담당: 김민수)', ''),
      (t) => `${t}\n---\n`,
      (t) => t.replace('Summary: The engineer', 'The engineer'),
      (t) => t.replace('| Open |', '| Done |'),
      (t) => t.replace('| @amy |', '| |'),
      (t) => t.replace('## Timeline (UTC)', '## Notes (UTC)'),
      (t) => t.replace('## Notes (UTC)', '## Timeline (UTC)'),
    ];
    for (const chunking of [{ heading: 1, size: 32 }, { heading: 1024, size: 4096 }]) {
      const session = createLintSession({ chunking });
      let text = doc;
      assert.deepEqual(view(session.lint(text)), view(lint(text)));
      for (const [i, e] of edits.entries()) {
        text = e(text);
        for (const locale of ['en', 'ko'] as const) assert.deepEqual(view(session.lint(text, { locale })), view(lint(text, { locale })), `edit ${i} (${locale}): ${JSON.stringify(text)}`);
      }
      assert.ok(lint(text).findings.some((f) => f.suggestions.length > 0));
    }
  });

  it('equals a fresh lint after edits that change what the timeline reader carries from block to block', () => {
    // Dates, day headings, zone notes, entry headings and tables typed into the timeline: the
    // blocks after the edit are read in another state, and must not be taken from an earlier read.
    const carried = ['\n### 2024-12-07\n\n', '\n### Day 2 (UTC)\n\n', '\n2024-12-09\n\n', 'The next morning: ', '\nAll times KST.\n\n', '\n### 16:20 Rollback\n\n',
      '\n| Time | Event |\n| --- | --- |\n| 10:00 | paged |\n\n', '\n### Notes\n\n', '\n- Day 1 (Oct 21)\n  - 10:00 x\n\n', '\n- 2024-12-08 09:00 restarted\n', '\n\n', '\n#'];
    const rnd = mulberry32(21);
    for (const [d, original] of generated.entries()) {
      const session = createLintSession({ chunking: { heading: 200, size: 400 } });
      let text = original;
      session.lint(text);
      for (let e = 0; e < 12 * scale; e++) {
        const s = lint(text).doc.sectionsOf('timeline')[0];
        const at = s ? s.contentStart + Math.floor(rnd() * (s.end - s.contentStart + 1)) : Math.floor(rnd() * (text.length + 1));
        const line = text.lastIndexOf('\n', at) + 1;
        const r = rnd();
        text = r < 0.75 ? text.slice(0, line) + carried[Math.floor(rnd() * carried.length)] + text.slice(line) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 40));
        assert.deepEqual(view(session.lint(text)), view(lint(text)), `doc ${d}, edit ${e}: ${JSON.stringify(text.slice(Math.max(0, at - 200), at + 200))}`);
      }
    }
  });
  it('keeps the 5-whys trees of untouched lists, moved, and equals a fresh lint after edits in and around them', () => {
    const text = ['# Outage', '', 'Summary: checkout failed.', '', '## 5 Whys', '', '- Checkout failed for 20 minutes.', '  - Why? The cache was empty. [dashboard](https://grafana.example.com/d/1)', '    - Why? The warm-up job skipped it (root cause)', '',
      'Second factor:', '', '1. Alerts were late.', '2. Why? The threshold was 30 minutes. evidence: INC-12', '3. Why? Nobody reviewed it since 2019 (root cause)', '', '## 5 Whys (KO)', '', '- 결제가 실패했다.', '  - 왜? 캐시가 비어 있었다. 근거: https://grafana.example.com/d/2', '    - 왜? 예열 작업이 건너뛰었다 (근본 원인)', '',
      '## Action items', '', '- Add a cache warm-up check (owner: @kim, due 2024-06-01)', ''].join('\n');
    const session = createLintSession({ chunking: { heading: 1, size: 1 } });
    const first = session.lint(text).doc;
    // The trees' nodes themselves (not copies).
    const nodes = (d: typeof first) => {
      const out: WhyNode[] = [];
      const stack = d.fiveWhys.flatMap((f) => f.roots);
      while (stack.length) {
        const n = stack.pop()!;
        out.push(n);
        stack.push(...n.children);
      }
      return out;
    };
    const before = nodes(first).map((n) => ({ n, start: n.start, textStart: n.textStart }));
    assert.ok(before.length >= 8);
    // Typed before the analysis: every tree kept, one character on.
    const shifted = `x${text}`;
    const moved = session.lint(shifted);
    assert.deepEqual(view(moved), view(lint(shifted)));
    assert.ok(moved.doc.fiveWhys.flatMap((f) => f.roots).every((r) => before.some((b) => b.n === r)));
    // Typed into the second list: its trees read again, the others kept.
    const at = shifted.indexOf('Alerts were late');
    const edited = `${shifted.slice(0, at)}The ${shifted.slice(at)}`;
    const third = session.lint(edited);
    assert.deepEqual(view(third), view(lint(edited)));
    const roots = third.doc.fiveWhys.flatMap((f) => f.roots);
    assert.ok(roots.some((r) => r.text.startsWith('The Alerts') && !before.some((b) => b.n === r)));
    // The first list's tree one character on, the Korean one five (at the places a fresh lint gives: compared above).
    assert.deepEqual(roots.filter((r) => before.some((b) => b.n === r)).map((r) => r.start - before.find((b) => b.n === r)!.start), [1, 5]);
    // Random edits of it, in small chunks and in the editor's.
    const rnd = mulberry32(41);
    for (const chunking of [{ heading: 1, size: 1 }, { heading: 1, size: 100 }, undefined]) {
      const s2 = createLintSession(chunking ? { chunking } : {});
      let t = text;
      for (let e = 0; e < 12 * scale; e++) {
        t = edit(t, rnd);
        assert.deepEqual(view(s2.lint(t)), view(lint(t)), `edit ${e}: ${JSON.stringify(t)}`);
      }
    }
  });

  it('equals a fresh lint after edits that change the state entries are resolved in (midnight, 12-hour clock, yearless dates, zones)', () => {
    // Entries of blocks an edit did not touch are kept with the state the resolver read them in (the
    // previous timed entry, midnight rollovers, the afternoon of a 12-hour clock, the year of yearless
    // dates, the section's zone): edits that change that state before them must resolve them again.
    const docs = [
      ['# Outage', '', '## Timeline', '', 'All times UTC.', '', '23:40 paged', '', '23:55 rollback started', '', '00:10 recovered', '', '- 11:50 review', '- 1:17 follow-up', '',
        '2:30 closed', '', 'Dec 30 10:00 freeze', '', '11:00 deploy', '', 'Jan 2 09:00 thaw', '', '09:30 check', '', '### Day 2', '', '23:50 late', '', '00:05 later', '', '## Follow-up', '', '- fix it', ''].join('\n'),
      ['# 장애', '', '## 타임라인', '', '모든 시각은 KST', '', '12월 31일 23:50 장애 발생', '', '00:10 복구', '', '오전 11:40 점검', '', '오후 1:20 재발', '', '- 1월 1일 10:00 공지', '- 10:30 완료', '',
        '11:55 확인', '', '1:05 종료', '', '## 재발 방지 대책', '', '- 점검', ''].join('\n'),
      // The zone from outside the timeline (a note elsewhere, the front matter): its blocks are kept while it changes.
      ['---', 'timezone: Asia/Seoul', '---', '# Outage', '', 'All times UTC.', '', '## Timeline', '', '2024-03-09 23:40 paged', '', '23:55 rollback started', '', '00:10 recovered', '', '11:50 review', '',
        '## Follow-up', '', '- fix it', ''].join('\n'),
    ];
    const inserts = ['23:59 x\n\n', '00:01 y\n\n', '13:05 z\n\n', '9:05 w\n\n', 'Nov 30 10:00 v\n\n', 'Feb 1 08:00 u\n\n', '10:00 PM t\n\n', '오후 3:00 s\n\n', '오전 9:00 r\n\n',
      'All times PST.\n\n', '2025-01-01\n\n', '### Day 3\n\n', '- 14:00 q\n\n'];
    const rnd = mulberry32(31);
    for (const [d, original] of docs.entries()) {
      for (const chunking of [{ heading: 1, size: 1 }, { heading: 1, size: 40 }]) {
        const session = createLintSession({ chunking });
        let text = original;
        const check = (what: string) => assert.deepEqual(view(session.lint(text)), view(lint(text)), `doc ${d}, ${what}: ${JSON.stringify(text)}`);
        check('first lint');
        for (let round = 0; round < scale; round++) {
          // Every time's hour swept through the day, one edit after another (each changes what the entries after it are resolved in).
          for (let i = 0; i < text.split('\n').length; i++) {
            for (const h of ['0', '5', '12', '23', String(Math.floor(rnd() * 24))]) {
              const lines = text.split('\n');
              const m = /\d{1,2}:\d{2}/.exec(lines[i]);
              if (!m) break;
              lines[i] = lines[i].slice(0, m.index) + h + lines[i].slice(m.index + m[0].indexOf(':'));
              text = lines.join('\n');
              check(`line ${i} hour ${h}`);
            }
          }
          // Entries, dates, day headings and zone notes typed, lines deleted, a zone written after a time or the note changed.
          for (let e = 0; e < 15; e++) {
            const lines = text.split('\n');
            const i = Math.floor(rnd() * lines.length);
            const r = rnd();
            if (r < 0.15) lines[i] = lines[i].replace(/\d{1,2}:\d{2}/, (t) => `${t} ${rnd() < 0.5 ? 'KST' : 'PST'}`);
            else if (r < 0.6) lines.splice(i, 0, inserts[Math.floor(rnd() * inserts.length)].replace(/\n$/, ''));
            else if (r < 0.9) lines.splice(i, 1);
            else lines[i] = lines[i].replace(/All times \w+|모든 시각은 \w+|timezone: .*/, (z) => (rnd() < 0.5 ? (z.startsWith('timezone') ? 'timezone: America/New_York' : 'All times KST') : ''));
            text = lines.join('\n');
            check(`edit ${e}`);
          }
        }
      }
    }
  });
});
