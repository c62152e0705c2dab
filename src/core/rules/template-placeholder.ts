import type { Nodes } from 'mdast';
import type { PostmortemDocument } from '../model/document';
import { endOf, originOf, startOf, walk } from '../model/markdown';
import { sourceRange } from '../model/prose';
import { TextMemo } from '../model/memo';
import type { Section } from '../model/sections';
import type { Rule } from '../types';

/** A placeholder's source range and text. */
export interface Placeholder {
  start: number;
  end: number;
  text: string;
}

/** Handles the templates write where a person goes (`@name`, `@이름`) and their usual variants. */
const PLACEHOLDER_HANDLES = ['name', 'owner', 'handle', 'username', 'someone', 'assignee', 'your-name', '이름', '담당자', '담당', '성명'];

/**
 * What the templates (built-in, custom, snippets) leave for the author to replace, found in prose:
 * `TODO`, a placeholder handle, a date or time format written out (`YYYY-MM-DD`, `HH:MM`), and a
 * `<…>` the Markdown parser kept as text (`<이름>`) and a custom template's unknown `{{hole}}`. Every part is a bounded alternation or a
 * bounded class repetition: linear on any input.
 */
const IN_PROSE = new RegExp(
  [
    '(?<![\\p{L}\\p{N}_])TODO(?![\\p{L}\\p{N}_])',
    `(?<![\\p{L}\\p{N}_.@])@(?:${PLACEHOLDER_HANDLES.join('|')})(?![\\p{L}\\p{N}_@-])`,
    '(?<![\\p{L}\\p{N}_])(?:YYYY|yyyy)[-/.](?:MM|mm)[-/.](?:DD|dd)(?:[T ](?:HH|hh):(?:MM|mm)(?::(?:SS|ss))?)?(?![\\p{L}\\p{N}_])',
    '(?<![\\p{L}\\p{N}_:])(?:HH|hh):(?:MM|mm)(?::(?:SS|ss))?(?![\\p{L}\\p{N}_])',
    '(?<![\\p{L}\\p{N}_])<[\\p{L}][\\p{L}\\p{N} _.-]{0,40}>',
    // A custom template's unknown `{{hole}}` stays as written.
    '\\{\\{[\\p{L}\\p{N}_ .-]{1,40}\\}\\}',
  ].join('|'),
  'gu',
);

/** `<name>`, `<service name>`: what the parser reads as an HTML tag but is a placeholder. */
const TAG_LIKE = /^<([A-Za-z][\w-]{0,40})((?: [A-Za-z][\w-]{0,40}){0,6})>$/;

/** HTML elements a Markdown author writes inline; `<b>` is markup, `<owner>` is not. */
const HTML_ELEMENTS = new Set(
  'a abbr b bdi bdo br cite code data del details dfn div em font i img input ins kbd mark p q rp rt ruby s samp small span strong sub summary sup time u var wbr hr table tr td th thead tbody ul ol li dl dt dd pre blockquote h1 h2 h3 h4 h5 h6 section article aside nav header footer figure figcaption picture source video audio iframe button label select option textarea form center big strike tt'.split(' '),
);

/** Elements written with attributes that need no value (`<details open>`, `<input checked>`). */
const BOOLEAN_ATTRIBUTE_HOSTS = new Set(['details', 'input', 'option', 'button', 'video', 'audio', 'iframe', 'select', 'textarea', 'ol', 'img', 'source', 'td', 'th']);

/** Whether inline HTML such as `<owner>` or `<service name>` is a placeholder rather than markup. */
function isTagPlaceholder(html: string): boolean {
  const m = TAG_LIKE.exec(html);
  if (!m) return false;
  const name = m[1].toLowerCase();
  if (!HTML_ELEMENTS.has(name)) return true;
  // `<link to dashboard>`: an element name followed by words that are not attributes of it.
  return m[2] !== '' && !BOOLEAN_ATTRIBUTE_HOSTS.has(name);
}

/**
 * Whether a value, as a whole, is a template placeholder (`TODO`, `@name`, `@이름`, `<owner>` …).
 * `action-item-owner` asks this so that a template's owner placeholder is reported once, here,
 * rather than also as a missing owner.
 */
export function isTemplatePlaceholder(value: string): boolean {
  const v = value.normalize('NFC').trim();
  if (v === '' || v.length > 60) return false;
  if (isTagPlaceholder(v)) return true;
  IN_PROSE.lastIndex = 0;
  const m = IN_PROSE.exec(v);
  return !!m && m.index === 0 && m[0].length === v.length;
}

/** A list marker, task box or quote marker at the start of a line. */
const LINE_LEAD = /^[ \t]{0,12}(?:>[ \t]?){0,4}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

/**
 * Whether a `<…>` at [start, end) stands where a value goes: alone on its line (after a list
 * marker), in a table cell of its own, or after a label (`Owner: <name>`, `(<owner>)`). In running
 * text (`changed <this file> on <this server>`) it is an illustration, not a blank.
 */
function isSlot(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 200);
  const segment = text.slice(from, start);
  const nl = segment.lastIndexOf('\n');
  const before = segment.slice(nl + 1).replace(LINE_LEAD, '').trimEnd();
  const lastBefore = before.charAt(before.length - 1);
  if (before !== '' && !':：(|'.includes(lastBefore)) return false;
  // Escaped (`\<END>`) is the author's literal text.
  if (text.charAt(start - 1) === '\\') return false;
  let i = end;
  while (i < end + 40 && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= text.length || '\r\n)|,.;'.includes(text[i]);
}

const NO_MATCHES: readonly { index: number; text: string }[] = [];
/** {@link IN_PROSE}'s matches by prose text, kept between lints (a re-lint scans only changed blocks). */
const matchesByText = new TextMemo<readonly { index: number; text: string }[]>();

function matchesIn(text: string): readonly { index: number; text: string }[] {
  let known = matchesByText.get(text);
  if (known) return known;
  const found: { index: number; text: string }[] = [];
  IN_PROSE.lastIndex = 0;
  for (let m = IN_PROSE.exec(text); m; m = IN_PROSE.exec(text)) found.push({ index: m.index, text: m[0] });
  known = found.length ? found : NO_MATCHES;
  matchesByText.set(text, known);
  return known;
}

/**
 * Every template placeholder of a document, in document order. Only body prose is read: code,
 * comments, front matter and headings (where `TODO` names future work) are not.
 */
export function findPlaceholders(doc: PostmortemDocument): Placeholder[] {
  const out: Placeholder[] = [];
  for (const block of doc.prose) {
    if (block.kind === 'heading') continue;
    for (const m of matchesIn(block.text)) {
      const r = sourceRange(block, m.index, m.index + m.text.length);
      if (r.start < 0 || r.end <= r.start) continue;
      if (m.text.startsWith('<') && !isSlot(doc.text, r.start, r.end)) continue;
      out.push({ start: r.start, end: r.end, text: m.text });
    }
  }
  // Inline HTML that only looks like a tag (block HTML is markup or a comment, never prose).
  for (const top of doc.root.children as Nodes[]) {
    // A top-level node an edit did not touch has the candidates read before, moved (a re-lint walks only the edited nodes).
    const o = originOf(top);
    let found = o && tagsKept.get(o.origin);
    let by = o ? o.delta : 0;
    if (!found) {
      found = tagsIn(top);
      if (o) {
        tagsKept.set(o.origin, found.map((c) => ({ ...c, start: c.start - o.delta, end: c.end - o.delta })));
        by = 0;
      }
    }
    for (const c of found) if (isSlot(doc.text, c.start + by, c.end + by)) out.push({ start: c.start + by, end: c.end + by, text: c.text });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The inline HTML in a top-level node that only looks like a tag (`<service>`), before the check
 * of its place ({@link isSlot}, which reads the text around it). Block HTML (a line of its own
 * outside a paragraph: the top-level node itself) is the author's markup, not a blank to fill.
 */
function tagsIn(top: Nodes): Placeholder[] {
  const out: Placeholder[] = [];
  walk(top, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'heading') return false;
    if (node.type === 'html') {
      const isInline = node.position?.start.line === node.position?.end.line && node.value.length <= 60;
      if (isInline && isTagPlaceholder(node.value) && node !== top) out.push({ start: startOf(node), end: endOf(node), text: node.value });
      return false;
    }
    return undefined;
  });
  return out;
}

/** {@link tagsIn} of the top-level nodes of a lint session's parse, by the chunk node they are a copy of (offsets of its place). */
const tagsKept = new WeakMap<Nodes, readonly Placeholder[]>();

/** The placeholder to select next from a selection: the first that starts after it, wrapping around. */
export function nextPlaceholder(placeholders: readonly Placeholder[], selectionStart: number, selectionEnd: number): Placeholder | undefined {
  if (placeholders.length === 0) return undefined;
  const atSelection = placeholders.find((p) => p.start === selectionStart && p.end === selectionEnd);
  // With a placeholder selected, move past it; otherwise the one the cursor is in (or after) comes first.
  const next = atSelection
    ? placeholders.find((p) => p.start >= selectionEnd && p !== atSelection)
    : placeholders.find((p) => p.end > selectionStart);
  return next ?? placeholders[0];
}

/** Statuses that mean the document is still being written. */
const DRAFT_STATUSES = new Set(['draft', 'wip', 'work in progress', 'in progress', 'in-progress', 'todo', '초안', '작성 중', '작성중', '초고', '검토 전']);

/** Whether front matter says the document is a draft (`status: draft`, `상태: 초안`). */
export function isDraft(doc: PostmortemDocument): boolean {
  const meta = doc.meta;
  const status = meta.status ?? meta.state ?? meta['상태'];
  return typeof status === 'string' && DRAFT_STATUSES.has(status.normalize('NFC').trim().toLowerCase());
}

/** The innermost section holding an offset. */
function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) if (s.start <= offset && offset < s.end && (!best || s.depth > best.depth)) best = s;
  return best;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** `template-placeholder`: Template text left unfilled: TODO, @name, @이름, YYYY-MM-DD, HH:MM, <…>. */
export const templatePlaceholder: Rule = {
  meta: {
    id: 'template-placeholder',
    description: 'Template text left unfilled: TODO, @name, @이름, YYYY-MM-DD, HH:MM, <…>; reported once per section, as information while the document is a draft.',
    tags: ['structure'],
    defaultSeverity: 'warning',
    fixable: false,
    rationale:
      'The templates mark what the author must write with `TODO`, a placeholder owner (`@name`, `@이름`) and, in custom templates, formats such as `YYYY-MM-DD` or `HH:MM` and blanks such as `<service>`. A published postmortem that still has them reads as unfinished, and readers cannot tell a missing owner from a forgotten one. The rule reports each section that still has placeholders once, at its first placeholder. While front matter says `status: draft` (which the templates write) the finding is only information; change the status when the document is ready and what is left becomes a warning. In VS Code, the *Select next placeholder* quick fix selects the next one so you can type over it. Text in code, HTML comments and front matter is not read. A placeholder owner is reported here, not also by `action-item-owner`.',
    examples: [
      { bad: '## Impact\n\nTODO: who was affected, and how much.', good: '## Impact\n\nCheckout failed for 12% of users in Europe for 40 minutes.' },
      { bad: '| 조치 항목 | 담당자 |\n| --- | --- |\n| 배포 전 설정 검증 추가 | @이름 |', good: '| 조치 항목 | 담당자 |\n| --- | --- |\n| 배포 전 설정 검증 추가 | @minsu |' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const found = findPlaceholders(doc);
    if (found.length === 0) return;
    const draft = isDraft(doc);
    const groups = new Map<Section | undefined, Placeholder[]>();
    for (const p of found) {
      const s = sectionAt(doc.sections, p.start);
      const list = groups.get(s);
      if (list) list.push(p);
      else groups.set(s, [p]);
    }
    for (const [section, list] of groups) {
      const first = list[0];
      const kinds = [...new Set(list.map((p) => clip(p.text)))].slice(0, 3).join(', ');
      const n = list.length;
      const where = section ? clip(section.title) : undefined;
      ctx.report({
        start: first.start,
        end: first.end,
        severity: draft ? 'info' : undefined,
        message: ctx.t({
          en: `${where ? `"${where}"` : 'The text before the first heading'} still has ${n === 1 ? 'a template placeholder' : `${n} template placeholders`} (${kinds}): write what goes there, or delete ${n === 1 ? 'it' : 'them'}`,
          ko: `${where ? `"${where}" 절에` : '첫 제목 앞에'} 채우지 않은 템플릿 자리표시자가 ${n === 1 ? '' : `${n}개 `}남아 있습니다(${kinds}): 내용을 채우거나 지워 주세요`,
        }),
        data: { placeholders: list.length, draft },
      });
    }
  },
};
