import type { List, ListItem, Table, TableCell } from 'mdast';
import type { Lang, TextEdit } from '../types';
import type { PostmortemDocument } from './document';
import { endOf, plainText, startOf } from './markdown';
import { headingKey, type Section } from './sections';
import { trimChars, trimEndChars, trimStartChars } from '../text';

/** The kinds of action item (Google SRE's types, plus the usual extras). */
export type ActionType = 'prevent' | 'mitigate' | 'detect' | 'process' | 'repair' | 'investigate';

/** An offset range with the text in it. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One action item: a table row or a list/checklist item in an action-items section. */
export interface ActionItem {
  kind: 'table' | 'list';
  /** Offsets of the whole row / list item. */
  start: number;
  end: number;
  /** What is to be done: the description cell, or the item's first paragraph. */
  description: Span;
  /** The owner as written, when there is a real one (not a placeholder). */
  owner?: Span;
  /** A placeholder written where the owner goes (TBD, ?, 미정 …). */
  ownerPlaceholder?: Span;
  /** Table items: the owner column's cell content (empty text when blank), when the table has one. */
  ownerCell?: Span;
  type?: ActionType;
  due?: Span;
  ticket?: Span;
  done: boolean;
  /** Short/mid/long term, from a sub-heading or a group item (단기 / 중장기 …). */
  term?: 'short' | 'mid' | 'long';
  section: Section;
}

/** Words that stand where an owner goes but name nobody. */
const PLACEHOLDERS = new Set([
  'tbd', 'tba', 'tbc', '?', '??', '???', '-', '--', '—', '–', 'n/a', 'na', 'none', 'nobody', 'no one', 'noone',
  'unassigned', 'unknown', 'todo', 'owner', 'name', 'someone', '...', '…', '@tbd', '@owner', '@name', '@someone',
  '미정', '없음', '미지정', '미배정', '추후', '추후 지정', '추후지정', '담당자 미정', '담당자', '누군가', '확인 필요', '이름',
]);

/** Whether an owner value is a placeholder (TBD, ?, 미정 …) rather than a person or team. */
export function isPlaceholderOwner(value: string): boolean {
  const v = trimEndChars(trimStartChars(value.normalize('NFC').trim().toLowerCase(), '*_`[(<'), '*_`])>').trim();
  return v === '' || PLACEHOLDERS.has(v) || PLACEHOLDERS.has(v.replace(/^@/, ''));
}

type Column = 'owner' | 'type' | 'due' | 'ticket' | 'status' | 'description' | 'term' | 'other';

const COLUMN_WORDS: [Column, string[]][] = [
  ['owner', ['owner', 'owners', 'who', 'assignee', 'assignees', 'assigned to', 'dri', 'responsible', 'lead', 'team', '담당', '담당자', '담당팀', '책임자', '담당 부서', '담당부서', '오너']],
  ['type', ['type', 'kind', 'category', '유형', '구분', '종류', '분류']],
  ['due', ['due', 'due date', 'deadline', 'target date', 'eta', 'by', '기한', '마감', '마감일', '완료 예정일', '예정일', '일정', '목표일']],
  ['ticket', ['bug', 'bugs', 'ticket', 'tickets', 'issue', 'issues', 'tracking', 'link', 'jira', 'tracker', '이슈', '티켓', '링크', '트래킹']],
  ['status', ['status', 'state', 'done', 'progress', '상태', '진행 상황', '진행상황', '완료 여부', '진행']],
  ['term', ['term', 'horizon', 'priority', '기간', '시점', '우선순위']],
  ['description', ['action item', 'action items', 'action', 'actions', 'item', 'items', 'description', 'task', 'tasks', 'what', 'measure', 'measures', 'follow-up', 'remediation', '대책', '내용', '조치', '조치 내용', '항목', '작업', '개선 사항', '개선사항', '재발 방지 대책', '할 일', '과제']],
];

const COLUMN_LOOKUP = new Map<string, Column>();
for (const [col, words] of COLUMN_WORDS) for (const w of words) COLUMN_LOOKUP.set(headingKey(w), col);

/** Classifies a table header cell. */
export function classifyColumn(header: string): Column {
  return COLUMN_LOOKUP.get(headingKey(header)) ?? 'other';
}

const TYPE_WORDS: Record<string, ActionType> = {
  prevent: 'prevent', prevention: 'prevent', preventive: 'prevent', preventative: 'prevent',
  mitigate: 'mitigate', mitigation: 'mitigate', detect: 'detect', detection: 'detect',
  process: 'process', repair: 'repair', fix: 'repair', investigate: 'investigate', investigation: 'investigate',
  예방: 'prevent', 방지: 'prevent', 재발방지: 'prevent', 완화: 'mitigate', 탐지: 'detect', 감지: 'detect', 모니터링: 'detect',
  프로세스: 'process', 절차: 'process', 복구: 'repair', 수정: 'repair', 조사: 'investigate',
};

/** Parses an action type word (English or Korean). */
export function parseActionType(word: string): ActionType | undefined {
  return TYPE_WORDS[word.normalize('NFC').trim().toLowerCase().replace(/[^\p{L}]/gu, '')];
}

const DONE_WORDS = new Set(['done', 'complete', 'completed', 'closed', 'resolved', 'fixed', 'finished', 'shipped', 'merged', 'yes', 'y', '✅', '✔', '✔️', '☑', '☑️', 'x', '[x]', '완료', '해결', '종료', '조치 완료', '완료됨', '적용 완료', '배포 완료']);

/** Whether a status value means done. */
export function isDoneStatus(value: string): boolean {
  return DONE_WORDS.has(trimChars(value.normalize('NFC').trim().toLowerCase(), '*_`~'));
}

/** Short / mid / long term from a heading or group label (단기, 중장기, short-term …). */
export function parseTerm(label: string): ActionItem['term'] {
  const k = headingKey(label);
  if (/^(?:shortterm|immediate|nearterm|단기|즉시|단기대책|단기적)/u.test(k)) return 'short';
  if (/^(?:midterm|mediumterm|중기|중기대책)/u.test(k)) return 'mid';
  if (/^(?:longterm|중장기|장기|중장기대책|장기대책|중장기적|장기적)/u.test(k)) return 'long';
  return undefined;
}

/** The content of a table cell without its pipes and surrounding blanks. */
export function cellContent(text: string, cell: TableCell): Span {
  let s = startOf(cell);
  let e = endOf(cell);
  if (text[s] === '|') s++;
  if (e > s && text[e - 1] === '|' && text[e - 2] !== '\\') e--;
  // A trailing HTML comment (a suppression written into the row) is not part of the value.
  const comment = text.slice(s, e).lastIndexOf('<!--');
  if (comment >= 0) e = s + comment;
  const inner = text.slice(s, e);
  const lead = inner.length - inner.trimStart().length;
  const trimmed = inner.trim();
  if (!trimmed) return { start: s, end: e, text: '' };
  return { start: s + lead, end: s + lead + trimmed.length, text: trimmed };
}

// Owner written in prose: "owner: name", "(담당: 이름)", "assigned to name", "@handle". Values stop at
// punctuation that ends a field; bounded repetition keeps matching linear.
const OWNER_LABEL = /(?:\b(?:owners?|assignees?|assigned to|dri|who)|담당자|담당|책임자)[ \t]{0,3}[:：=]?[ \t]{0,3}([^,;:()[\]{}|\n\r \t][^,;:()[\]{}|\n\r]{0,59})/giu;
const HANDLE = /(?<![\w.@/])@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}(?:\/[\p{L}\p{N}_.-]{1,40})?/gu;
const DUE = /(?:\b(?:due|deadline|by|eta|target)|기한|마감|완료 ?예정일?|목표일?)[ \t]{0,3}[:：]?[ \t]{0,3}~?[ \t]{0,3}((?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[/.]\d{1,2}|\d{1,2}월\s?\d{1,2}일|Q[1-4](?:\s?\d{4})?|\d{4}\s?Q[1-4]))/giu;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|(?<![\w&])#\d{1,7}\b/gu;
const URL = /\bhttps?:\/\/[^\s)>\]]{1,500}/gu;
const TRACKER_URL = /issues?|browse|tickets?|bugs?|pull|show_bug/u;
const TYPE_TAG = /\[(prevent|mitigate|detect|process|repair|investigate|예방|완화|탐지|감지|프로세스|절차|복구|조사)\]|(?:\btype|유형|구분)[ \t]{0,3}[:：][ \t]{0,3}(\p{L}{2,12})/giu;
// Matched against the item's last characters only, so the end anchor never rescans long text.
const DONE_SUFFIX = /[-–—:(][ \t]{0,3}(?:done|completed?|closed|resolved|fixed|완료|해결|조치 ?완료)[ \t]{0,3}\)?$/iu;

function firstParagraph(item: ListItem) {
  return item.children.find((c) => c.type === 'paragraph');
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Reads owner, type, due date, ticket and done state from one list item's first paragraph. */
function readListItem(text: string, pStart: number, pEnd: number): Pick<ActionItem, 'owner' | 'ownerPlaceholder' | 'type' | 'due' | 'ticket'> & { done: boolean } {
  const src = text.slice(pStart, pEnd);
  const out: Pick<ActionItem, 'owner' | 'ownerPlaceholder' | 'type' | 'due' | 'ticket'> & { done: boolean } = { done: false };
  OWNER_LABEL.lastIndex = 0;
  for (let m = OWNER_LABEL.exec(src); m; m = OWNER_LABEL.exec(src)) {
    // A label needs a separator (":" or "=") unless it is "assigned to"; "who" alone is ordinary prose.
    const label = m[0].slice(0, m[0].length - m[1].length);
    if (!/[:：=]/.test(label) && !/assigned to/i.test(label)) continue;
    let value = m[1];
    const cut = value.search(/\s(?:due|by|기한|마감)\b|\s[-–—]\s/iu);
    if (cut >= 0) value = value.slice(0, cut);
    const lead = value.length - value.trimStart().length;
    value = value.trim().replace(/[.。]$/u, '');
    const start = pStart + m.index + m[0].length - m[1].length + lead;
    const span = spanOf(text, start, start + value.length);
    if (isPlaceholderOwner(value)) out.ownerPlaceholder = span;
    else out.owner = span;
    break;
  }
  if (!out.owner) {
    HANDLE.lastIndex = 0;
    for (let m = HANDLE.exec(src); m; m = HANDLE.exec(src)) {
      const span = spanOf(text, pStart + m.index, pStart + m.index + m[0].length);
      if (isPlaceholderOwner(m[0])) out.ownerPlaceholder ??= span;
      else {
        out.owner = span;
        out.ownerPlaceholder = undefined;
        break;
      }
    }
  }
  DUE.lastIndex = 0;
  const due = DUE.exec(src);
  if (due) {
    const s = pStart + due.index + due[0].length - due[1].length;
    out.due = spanOf(text, s, s + due[1].length);
  }
  TICKET.lastIndex = 0;
  let ticket = TICKET.exec(src);
  if (!ticket) {
    URL.lastIndex = 0;
    for (let m = URL.exec(src); m && !ticket; m = URL.exec(src)) if (TRACKER_URL.test(m[0])) ticket = m;
  }
  if (ticket) out.ticket = spanOf(text, pStart + ticket.index, pStart + ticket.index + ticket[0].length);
  TYPE_TAG.lastIndex = 0;
  for (let m = TYPE_TAG.exec(src); m; m = TYPE_TAG.exec(src)) {
    const t = parseActionType(m[1] ?? m[2] ?? '');
    if (t) {
      out.type = t;
      break;
    }
  }
  out.done = DONE_SUFFIX.test(src.trimEnd().slice(-24));
  return out;
}

/** Whether a list item is only a label for a group of items ("단기:", "**Short term**"). */
function isGroupLabel(item: ListItem): boolean {
  if (!item.children.some((c) => c.type === 'list')) return false;
  const p = firstParagraph(item);
  if (!p) return true;
  const label = plainText(p).trim();
  return parseTerm(label) !== undefined || /[:：]$/u.test(label) || (p.children.length === 1 && p.children[0].type === 'strong');
}

/** The term of the deepest heading above an offset inside the section. */
function termAt(doc: PostmortemDocument, section: Section, offset: number): ActionItem['term'] {
  let term: ActionItem['term'];
  for (const s of doc.sections) {
    if (s.start >= section.start && s.start < offset && offset < s.end) term = parseTerm(s.title) ?? term;
  }
  return term;
}

function fromTable(doc: PostmortemDocument, table: Table, section: Section, out: ActionItem[]): void {
  const text = doc.text;
  const [header, ...rows] = table.children;
  if (!header) return;
  const cols = header.children.map((c) => classifyColumn(plainText(c)));
  let descCol = cols.indexOf('description');
  if (descCol < 0) descCol = cols.findIndex((c) => c === 'other');
  if (descCol < 0) descCol = 0;
  const col = (c: Column) => cols.indexOf(c);
  const baseTerm = termAt(doc, section, startOf(table));
  for (const row of rows) {
    const cells = row.children.map((c) => cellContent(text, c));
    const description = cells[descCol] ?? cellContent(text, row.children[0]);
    if (cells.every((c) => !c.text)) continue;
    const item: ActionItem = { kind: 'table', start: startOf(row), end: endOf(row), description, done: false, section, term: baseTerm };
    const ownerIdx = col('owner');
    if (ownerIdx >= 0 && cells[ownerIdx]) {
      const cell = cells[ownerIdx];
      item.ownerCell = cell;
      if (cell.text && isPlaceholderOwner(cell.text)) item.ownerPlaceholder = cell;
      else if (cell.text) item.owner = cell;
    } else if (ownerIdx < 0) {
      // No owner column: an owner may still be written in the row ("@alice", "담당: 김민수").
      const inline = readListItem(text, item.start, item.end);
      item.owner = inline.owner;
      item.ownerPlaceholder = inline.ownerPlaceholder;
    }
    const typeIdx = col('type');
    if (typeIdx >= 0 && cells[typeIdx]?.text) item.type = parseActionType(cells[typeIdx].text);
    const dueIdx = col('due');
    if (dueIdx >= 0 && cells[dueIdx]?.text && !isPlaceholderOwner(cells[dueIdx].text)) item.due = cells[dueIdx];
    const ticketIdx = col('ticket');
    if (ticketIdx >= 0 && cells[ticketIdx]?.text && !isPlaceholderOwner(cells[ticketIdx].text)) item.ticket = cells[ticketIdx];
    const statusIdx = col('status');
    if (statusIdx >= 0 && cells[statusIdx]) item.done = isDoneStatus(cells[statusIdx].text);
    const termIdx = col('term');
    if (termIdx >= 0 && cells[termIdx]?.text) item.term = parseTerm(cells[termIdx].text) ?? item.term;
    if (!item.done && /^~~[\s\S]*~~$/u.test(description.text)) item.done = true;
    out.push(item);
  }
}

function fromList(doc: PostmortemDocument, list: List, section: Section, term: ActionItem['term'], out: ActionItem[]): void {
  const text = doc.text;
  for (const li of list.children) {
    const p = firstParagraph(li);
    if (isGroupLabel(li)) {
      const label = p ? plainText(p) : '';
      const groupTerm = parseTerm(label.replace(/[:：]\s*$/u, '')) ?? term;
      for (const child of li.children) if (child.type === 'list') fromList(doc, child, section, groupTerm, out);
      continue;
    }
    if (!p) continue;
    const pStart = startOf(p);
    const pEnd = endOf(p);
    if (!text.slice(pStart, pEnd).trim()) continue;
    const read = readListItem(text, pStart, pEnd);
    out.push({
      kind: 'list',
      start: startOf(li),
      end: endOf(li),
      description: spanOf(text, pStart, pEnd),
      ...read,
      done: li.checked === true || read.done || (p.children.length === 1 && p.children[0].type === 'delete'),
      term: term ?? termAt(doc, section, startOf(li)),
      section,
    });
  }
}

/** Extracts the action items of a document (tables and lists of every action-items section). */
export function extractActionItems(doc: PostmortemDocument): ActionItem[] {
  const out: ActionItem[] = [];
  const seen = new Set<number>();
  for (const section of doc.sectionsOf('action-items')) {
    for (const node of doc.nodesIn(section)) {
      const start = startOf(node);
      if (seen.has(start)) continue;
      seen.add(start);
      if (node.type === 'table') fromTable(doc, node, section, out);
      else if (node.type === 'list') fromList(doc, node, section, undefined, out);
    }
  }
  return out;
}

/**
 * The edit that writes `owner` into an action item: into the owner cell of a table, over a
 * placeholder, or appended to a list item as "(owner: @x)" / "(담당: x)". Undefined when a table
 * has no owner column (the row cannot take an owner without restructuring the table).
 */
export function ownerEdit(item: ActionItem, owner: string, docLang: Lang): TextEdit | undefined {
  const name = owner.trim();
  if (!name) return undefined;
  // The item's own language wins over the document's: mixed documents are common.
  const lang: Lang = /[\uac00-\ud7a3]/u.test(item.description.text) ? 'ko' : /[A-Za-z]/.test(item.description.text) ? 'en' : docLang;
  const handle = lang === 'en' && /^[\p{L}\p{N}_.-]+$/u.test(name) && !name.startsWith('@') ? `@${name}` : name;
  if (item.ownerPlaceholder) return { start: item.ownerPlaceholder.start, end: item.ownerPlaceholder.end, newText: item.kind === 'table' ? name : handle };
  if (item.kind === 'table') {
    if (!item.ownerCell) return undefined;
    if (item.ownerCell.text) return undefined;
    return { start: item.ownerCell.start, end: item.ownerCell.end, newText: ` ${name} ` };
  }
  if (item.owner) return undefined;
  const end = item.description.end;
  return { start: end, end, newText: lang === 'ko' ? ` (담당: ${name})` : ` (owner: ${handle})` };
}

/** Every owner named in the document's action items, most used first (for "assign owner" pickers). */
export function knownOwners(items: readonly ActionItem[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) if (i.owner) counts.set(i.owner.text, (counts.get(i.owner.text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o);
}

