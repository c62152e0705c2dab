import { endsWithPurpose, purposeCut } from './purposeLead';
import type { List, ListItem, Nodes, Paragraph, Table, TableCell } from 'mdast';
import type { Lang, TextEdit } from '../types';
import type { PostmortemDocument } from './document';
import { endOf, originOf, plainText, startOf } from './markdown';
import { classifyHeading, headingKey, keywordKinds, type Section } from './sections';
import { trimChars, trimEndChars, trimStartChars } from '../text';
import { TextMemo } from './memo';
import { listOfData, tableOfData } from './dataBlocks';
import { bareLabel, closingHeading, initialsNamePeople, morePlanSubItem, ownerLabelForm } from './ownerGroups';
import { LineScan } from './lineScan';
import { isGivenName } from '../language/en/names';
import { isName as isKoreanName } from '../language/ko/words';
import { apologisesOnly, detailHeading, expandsAcronym, horizonTerm, labelsHowTo, labelsReasons, leadSaysFocusedOn, lineTask, outlineSubsection, plansAboutList, shortTaskLabel } from './ownerLabels';
import { ADVERB_GERUND, closedAfterTitle, closedBySameFix, describesSystemEn, describesSystemKo, namesThing, reportsNewState, statesCriterion, statesFact } from './ownerWording';
import { plansAfterDoneList, reportsDoneLater } from './doneLater';
import { adviceContext, addressedToOthers } from './adviceList';

/** Whether a section or one of its parents is headed as advice or lessons ("Recommendations", "What can we learn", "권고"). */
function adviceSection(section: Section | undefined): boolean {
  for (let s = section; s; s = s.parent) if (s.title && adviceContext(s.title)) return true;
  return false;
}

/** Marks the items from `from` on that are addressed to other people (advice, not the team's work; adviceList.ts). */
function markAdvice(out: ActionItem[], from: number): void {
  for (let i = from; i < out.length; i++) if (addressedToOthers(out[i].description.text, 'advice')) out[i].advice = true;
}

/**
 * How the model found an action item (internal: measured, never shown to users). In an action-items section: a table or
 * a list (`section-table`, `section-list`), a numbered bold paragraph, a sub-heading, a paragraph under a category
 * sub-heading ("### Detection"), an inline label, a one-line task, a prose plan; under sub-headings that are only
 * horizons (`horizon`); elsewhere: a list or table under an action label or lead-in (`label-list`, `label-table`), a
 * response label over planned work (`planned-response`), an inline label in a paragraph or a list item, a list item that
 * labels its nested list, and a list that ends with a bare label over the next list or paragraphs.
 */
export type ActionPath =
  | 'section-table' | 'section-list' | 'section-numbered-bold' | 'section-heading' | 'section-category-paragraph'
  | 'section-inline' | 'section-line-task' | 'section-prose' | 'section-prose-after-done' | 'horizon'
  | 'label-list' | 'label-table' | 'planned-response' | 'inline' | 'inline-list-item' | 'nested-label'
  | 'trailing-label-list' | 'trailing-label-lines' | 'purpose-lead';

/** Tags the items from `from` on that have no path yet. */
function tagPath(out: ActionItem[], from: number, path: ActionPath): void {
  for (let i = from; i < out.length; i++) out[i].path ??= path;
}

/** The kinds of action item (Google SRE's types, plus the usual extras). */
export type ActionType = 'prevent' | 'mitigate' | 'detect' | 'process' | 'repair' | 'investigate';

/** An offset range with the text in it. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * One action item: a table row, a list/checklist item, a paragraph item (a numbered bold
 * paragraph in an action-items section, an inline "Follow-up: …" / "[AI] …" label), or a heading
 * item (a sub-heading of an action-items section with its details under it). Found in
 * sections whose heading means follow-up work, under a bold label or a prose lead-in
 * ("**Follow-up actions:**", "From now on we will:", "앞으로 다음을 진행합니다:"), and at inline labels.
 */
export interface ActionItem {
  kind: 'table' | 'list' | 'paragraph' | 'heading';
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
  /** Done, or closed without doing (rejected, merged, won't do, duplicate, 기각, 통합, 반려 …): needs no owner. */
  done: boolean;
  /** Short/mid/long term, from a sub-heading or a group item (단기 / 중장기 …). */
  term?: 'short' | 'mid' | 'long';
  section: Section;
  /** How the model found the item (internal, for measuring; see {@link ActionPath}). */
  path?: ActionPath;
  /** Internal: advice to other people under a heading or lead-in of advice (adviceList.ts); dropped, not work. */
  advice?: boolean;
}

/** Words that stand where an owner goes but name nobody. */
const PLACEHOLDERS = new Set([
  'tbd', 'tba', 'tbc', '?', '??', '???', '-', '--', '—', '–', 'n/a', 'na', 'none', 'nobody', 'no one', 'noone',
  'unassigned', 'unknown', 'todo', 'owner', 'name', 'someone', '...', '…', '@tbd', '@owner', '@name', '@someone',
  '미정', '없음', '미지정', '미배정', '추후', '추후 지정', '추후지정', '담당자 미정', '담당자', '누군가', '확인 필요', '이름',
  '@이름', '담당', '누구', 'tbd team', '@who', 'who',
]);

/** Whether an owner value is a placeholder (TBD, ?, 미정 …) rather than a person or team. */
export function isPlaceholderOwner(value: string): boolean {
  const v = trimEndChars(trimStartChars(value.normalize('NFC').trim().toLowerCase(), '*_`[(<'), '*_`])>').trim();
  return v === '' || PLACEHOLDERS.has(v) || PLACEHOLDERS.has(v.replace(/^@/, ''));
}

type Column = 'owner' | 'type' | 'due' | 'ticket' | 'status' | 'description' | 'term' | 'other';

const COLUMN_WORDS: [Column, string[]][] = [
  ['owner',  ['owner', 'owners', 'who', '누가', '누구', 'assignee', 'assignees', 'assigned to', 'assigned', 'dri', 'responsible', 'responsible team', 'lead', 'team', 'owner team', 'owning team', '담당', '담당자', '담당팀', '책임', '책임자', '담당 부서', '담당부서', '담당 팀', '오너', '수행', '수행 주체', '주관', '주관 부서', 'engineer', 'engineers', 'driver', 'drivers', 'point of contact', 'poc', 'contact', 'responsible party', 'accountable', '담당 조직', '실행 주체', '주체', '수행 부서', '담당자명', '책임 부서', '책임 팀', 'by whom', 'handled by', 'responsible person', 'person', 'persons', 'person in charge', 'people', '조치 주체', '처리 주체', '주관 팀', '주관팀', '실행 부서', '책임 조직', '처리 부서']],
  ['type', ['type', 'kind', 'category', '유형', '구분', '종류', '분류']],
  ['due', ['due', 'due date', 'deadline', 'target date', 'eta', 'by', '기한', '마감', '마감일', '완료 예정일', '예정일', '일정', '목표일']],
  ['ticket', ['bug', 'bugs', 'ticket', 'tickets', 'issue', 'issues', 'tracking', 'link', 'jira', 'tracker', '이슈', '티켓', '링크', '트래킹']],
  ['status', ['status', 'state', 'done', 'progress', 'resolution', 'complete', 'completed', '상태', '진행 상황', '진행상황', '완료 여부', '진행', '진행 상태', '완료', '결과', '처리 상태', '비고']],
  ['term', ['term', 'horizon', 'priority', '기간', '시점', '우선순위']],
  ['description', ['action item', 'action items', 'action', 'actions', 'item', 'items', 'description', 'task', 'tasks', 'what', 'measure', 'measures', 'follow-up', 'follow-ups', 'remediation', 'change', 'improvement', 'todo', 'to do', 'summary', 'title', '대책', '내용', '조치', '조치 내용', '조치 사항', '항목', '작업', '작업 내용', '개선 사항', '개선사항', '개선 내용', '재발 방지 대책', '할 일', '과제', '과제명', '액션', '액션 아이템', '개선 방안', '계획']],
];

const COLUMN_LOOKUP = new Map<string, Column>();
for (const [col, words] of COLUMN_WORDS) for (const w of words) COLUMN_LOOKUP.set(headingKey(w), col);

/** Classifies a table header cell: by the whole header, then by an owner word in it ("담당자 (팀)", "Owner / DRI"). */
export function classifyColumn(header: string): Column {
  const key = headingKey(header);
  const col = COLUMN_LOOKUP.get(key);
  if (col) return col;
  if (/^(?:owner|owned ?by|assignee|dri|point ?person|person ?responsible|담당|책임자)/u.test(key) || /(?:owner|assignee|담당자|담당팀|담당)$/u.test(key)) return 'owner';
  return 'other';
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

const DONE_WORDS = new Set(['done', 'complete', 'completed', 'closed', 'resolved', 'fixed', 'finished', 'shipped', 'merged', 'yes', 'y', '✅', '✔', '✔️', '☑', '☑️', '✓', 'x', '[x]', '완료', '해결', '종료', '조치 완료', '완료됨', '적용 완료', '배포 완료',
  'rejected', 'declined', "won't do", 'wont do', "won't fix", 'wontfix', 'wont fix', 'duplicate', 'dupe', 'obsolete', 'cancelled', 'canceled', 'dropped', 'superseded', 'not planned', 'deployed', 'released', 'implemented', 'mitigated',
  '기각', '통합', '반려', '종결', '반영 완료', '반영완료', '조치완료', '적용완료', '배포완료', '해결됨', '취소', '철회', '중복', '보류 종결', '처리 완료', '처리완료', '개선 완료', '개선완료', '수정 완료', '수정완료', '완료 처리', '적용됨', '반영됨', '배포됨']);
// The first word or phrase of a status cell ("Done (2024-03-01)", "완료 - 4/3 배포", "Merged into #12").
const CLOSED_LEAD = /^(?:done|completed?|closed|resolved|fixed|finished|shipped|merged|rejected|declined|won'?t (?:do|fix)|wontfix|duplicate|dupe|obsolete|cancell?ed|dropped|superseded|deployed|released|implemented|✅|✔️?|☑️?|✓|완료|해결|종료|종결|기각|통합|반려|반영 ?완료|조치 ?완료|적용 ?완료|배포 ?완료|처리 ?완료|개선 ?완료|수정 ?완료|취소|철회|중복)(?![\p{L}])/iu;
// Words that make a closed-looking status a plan ("완료 예정", "done by Q3", "not done", "미완료").
const NOT_CLOSED = /예정|예상|목표|계획|미완|안 ?됨|진행 ?중|not (?:yet )?(?:done|complete)|incomplete|pending|planned|todo|to do|in progress|wip|partially|partial|부분|일부|\bby\b|until|target/iu;

/** Whether a status value means done or closed (done, merged, rejected, won't do, duplicate, 완료, 기각, 통합, 반려 …). */
export function isDoneStatus(value: string): boolean {
  const v = trimChars(value.normalize('NFC').trim().toLowerCase(), '*_`~[]()');
  if (DONE_WORDS.has(v)) return true;
  if (v.length > 60 || NOT_CLOSED.test(v)) return false;
  return CLOSED_LEAD.test(v);
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
const OWNER_LABEL = /(?:\b(?:owners?|owned by|assignees?|assigned to|assigned|dri|who|responsible|driver|poc|point of contact|lead)(?![\p{L}])|담당 ?부서|담당 ?조직|책임 ?부서|담당자|담당 ?팀|담당|책임자|책임)(?:[ \t]{1,3}(?:is|will be)[ \t]{1,3}|[ \t]{0,3}[:：=]?[ \t]{0,3})([^,;:()[\]{}|\n\r \t][^,;:()[\]{}|\n\r]{0,59})/giu;
const HANDLE = /(?<![\w.@/])@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}(?:\/[\p{L}\p{N}_.-]{1,40})?/gu;
const DUE = /(?:\b(?:due|deadline|by|eta|target)|기한|마감|완료 ?예정일?|목표일?)[ \t]{0,3}[:：]?[ \t]{0,3}~?[ \t]{0,3}((?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[/.]\d{1,2}|\d{1,2}월\s?\d{1,2}일|Q[1-4](?:\s?\d{4})?|\d{4}\s?Q[1-4]))/giu;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|(?<![\w&])#\d{1,7}\b/gu;
const URL = /\bhttps?:\/\/[^\s)>\]]{1,500}/gu;
const TRACKER_URL = /issues?|browse|tickets?|bugs?|pull|show_bug/u;
const TYPE_TAG = /\[(prevent|mitigate|detect|process|repair|investigate|예방|완화|탐지|감지|프로세스|절차|복구|조사)\]|(?:\btype|유형|구분)[ \t]{0,3}[:：][ \t]{0,3}(\p{L}{2,12})/giu;
// Matched against the item's last characters only, so the end anchor never rescans long text.
const DONE_SUFFIX = /(?:[-–—:(\[][ \t]{0,3}|^|[ \t])(?:done|completed?|closed|resolved|fixed|merged|rejected|won'?t (?:do|fix)|duplicate|shipped|deployed|완료|해결|조치 ?완료|반영 ?완료|적용 ?완료|배포 ?완료|기각|통합|반려|종결|✅|✔️?|☑️?)[ \t]{0,3}[)\]]?[ \t.]{0,3}$/iu;
// A status word that ends a condition is not a status: "… before they are deployed", "until it is fixed".
const CONDITION_END = /\b(?:before|until|till|when|whenever|once|unless|if|after|in case|so that)\b[^.;:!?()[\]]{0,40}$/iu;
// A status written first: "✅ …", "[완료] …", "(Done) …", "DONE: …", "~~…~~" is read elsewhere.
const DONE_PREFIX = /^[ \t]{0,3}(?:✅|✔️?|☑️?|✓|\[(?:done|완료|기각|통합|반려|종결|rejected|merged|duplicate|won'?t do)\]|\((?:done|완료|기각|통합|반려|종결|rejected|merged|duplicate|won'?t do)\)|(?:done|완료)[ \t]{0,2}[:：])/iu;
// A status label anywhere: "Status: done", "상태: 완료".
// "…; Completed as of 2021-10-29", "— done on 3/4", "(완료 2024-03-01)".
const COMPLETED_AS_OF = /(?:^|[;,.(—–-][ \t]{0,3})(?:completed|done|finished|resolved|shipped|deployed|merged|완료|적용 ?완료|배포 ?완료)(?:[ \t]{1,3}(?:as of|on|at|in)\b|[ \t]{0,3}[:(]?[ \t]{0,2}\d{1,4}[-./]\d{1,2})/iu;
// A status label that opens an item, bare or in code, bold or italics: "`DONE`: …", "**TODO:** …", "_In progress_: …",
// "`완료`: …", "진행 중: …". The word says whether the item is closed (session 17: "the Yivi team is implementing the
// following measures:" over "`TODO`: Improve …" and "`DONE`: We now use …").
const STATUS_LABEL_FIRST = /^[`*_]{0,2}[ \t]?(done|completed|fixed|shipped|resolved|완료|조치[ \t]?완료|적용[ \t]?완료|todo|to[ \t]do|open|wip|in[ \t]progress|pending|planned|ongoing|진행[ \t]?중|예정|미완료)[ \t]?[`*_]{0,2}[ \t]{0,2}[:：](?:[`*_]{1,2})?[ \t]{1,3}\S/iu;
const DONE_LABEL_WORD = /^(?:done|completed|fixed|shipped|resolved|완료|조치[ \t]?완료|적용[ \t]?완료)$/iu;
const STATUS_LABEL = /(?:\bstatus|상태|진행 ?상황)[ \t]{0,3}[:：][ \t]{0,3}([^,;()\n]{1,40})/iu;
// A report of what was already done: "Rolled back the deploy", "We added an alert", "알림을 추가했습니다".
// "Put" and "set up" are also imperatives ("Set up alerts on …"): done only with "we" before them.
const PAST_EN = /^(?:we[ \t]{1,3}(?:have[ \t]{1,3}|'ve[ \t]{1,3})?|(?:this|it|that)[ \t]{1,3}(?:was|has been)[ \t]{1,3})?(?:re-)?(?:added|fixed|deployed|rolled|reverted|restarted|increased|decreased|updated|removed|implemented|migrated|enabled|disabled|created|merged|released|patched|upgraded|changed|moved|introduced|wrote|built|configured|rewrote|replaced|scaled|documented|shipped|completed|finished|resolved|raised|lowered|switched|rotated|applied|tuned|adjusted|deleted|cleaned|refactored|published|notified|contacted|audited|restored|repaired|corrected|turned)\b|^(?:we[ \t]{1,3}(?:have[ \t]{1,3}|'ve[ \t]{1,3})?)(?:put|set[ \t]up)\b/iu;
// (A 명사형 "~함" after a verb noun of a change reports it done too: "알림 재활성화함", "노드 이전함"; "검토함", "강화함"
// and other words that also end plans are left out.)
const PAST_KO = /(?:했|하였|됐|되었|완료했|적용했|반영했|배포했|추가했|수정했)(?:습니다|음|다|어요)[.!。]?$|(?:완료|적용 완료|반영 완료|조치 완료)(?:됨|함|하였음|했음)?[.!。]?$|(?:적용|변경|추가|수정|제거|삭제|증설|활성화|이전|배포|설정|교체|재시작|재기동|조정|복구|반영|구축|도입|확장|전환|롤백|차단|해제|갱신|분리|상향|하향|재배포|업그레이드)(?:함|됨|하였음|했음|되었음|됐음)[.!。]?$/u;const PLAN_KO = /예정|계획|하겠|할 것|하기로|진행할|추진|검토 중|필요/u;
// An owner written as a team: "— Payments team", "(SRE team)", "[Infra]", "인프라팀에서", "SRE팀:".
const TEAM_WORD = String.raw`(?:team|squad|crew|guild|group|org|eng(?:ineering)?|sre|ops|oncall|on-call)`;
const TEAM_KO = String.raw`(?:팀|파트|본부|센터|그룹|스쿼드|셀|실|TF|tf)`;
const TEAM_END = new RegExp(String.raw`(?:[-–—][ \t]{0,3}|[(（][ \t]{0,3}|(?:→|->|=>|⇒)[ \t]{0,3})((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,3}${TEAM_WORD}|[\p{L}\p{N}&./ -]{0,20}[\p{L}\p{N}]${TEAM_KO})[ \t]{0,3}[)）]?[ \t.]{0,3}$`, 'iu');
// The team may come first in a parenthetical of fields: "(인프라팀, 4월 중)", "(SRE team / Q3)".
const TEAM_PAREN = new RegExp(String.raw`[(（][ \t]{0,3}((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,3}${TEAM_WORD}|[\p{L}\p{N}&./ -]{0,20}[\p{L}\p{N}]${TEAM_KO})[ \t]{0,3}(?:[,/;·][^()（）\n]{0,40})?[)）]`, 'iu');
// A team as the subject of a planned item: "결제팀이 중복 결제 원인을 확인할 예정", "플랫폼팀에서 체크리스트를 도입할 계획".
const TEAM_KO_PLAN_SUBJECT = /^[ \t]{0,3}(?:\*\*|__)?([\p{L}\p{N}&]{1,15}(?:팀|파트|본부|그룹|스쿼드|TF))(?:\*\*|__)?(?:이|가|에서는?|은|는)[ \t]/u;
// A task told in the present declarative ("인프라팀이 디스크 알림을 추가합니다", "… 도입한다"): with a team as its subject, the team owns it.
const KO_DECLARATIVE_END = /(?:합니다|한다|해요|합니다만|진행합니다|맡습니다|맡는다)[.!。]?$/u;
const TEAM_KO_SUBJECT = new RegExp(String.raw`(?:^|[\s(])([\p{L}\p{N}&]{1,15}${TEAM_KO})(?:에서|이|가|은|는)?[ \t]{0,2}(?:주관|담당|진행|수행)`, 'u');
// A team between slashes, the way a one-line item lists its fields: "… / Platform team / Q3", "… / 플랫폼팀 / 4월".
const TEAM_SLASH = new RegExp(String.raw`[ \t]\/[ \t]{0,3}((?:[\p{L}\p{N}&.-]{1,24}[ \t]){0,2}${TEAM_WORD}|[\p{L}\p{N}&.-]{1,20}${TEAM_KO})[ \t]{0,3}(?:\/[^/\n]{0,30})?[ \t.]{0,3}$`, 'iu');
// A role of a team as the subject of the item: "인프라 담당자가 만료 알림을 추가할 예정".
const ROLE_KO_SUBJECT = /^[ \t]{0,3}([\p{L}\p{N}&]{1,15}[ \t]?담당자)(?:가|께서|는|이)[ \t]/u;
const TEAM_LEAD = new RegExp(String.raw`^[ \t]{0,3}((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}${TEAM_WORD}|[\p{L}\p{N}&./-]{1,15}${TEAM_KO})[ \t]{0,2}[:：]`, 'iu');
// A person named where owners go: first with a colon ("Alice: …", "**Alice**: …", "박지훈님: …") or in a closing
// parenthetical, possibly with other fields ("(Alice)", "(Carol Smith, Q3)", "(박지훈 님, 3분기)"). English names
// must be known given names ("(Redis)" is not a person); Korean ones need an honorific or a title.
const NAME_LEAD_EN = /^[ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}(\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20})?)[ \t]{0,2}(?:\*\*|__)?[ \t]{0,2}[:：]/u;
const NAME_PAREN_EN = /[(（][ \t]{0,3}(\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20}|[ \t]\p{Lu}\.)?)[ \t]{0,3}(?:[,/;·][^()（）\n]{0,40})?[)）][ \t.]{0,3}$/u;
const KO_TITLE = String.raw`(?:님|씨|매니저|프로|대리|과장|차장|부장|팀장|실장|책임|선임|수석|연구원|엔지니어)`;
const NAME_LEAD_KO = new RegExp(String.raw`^[ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}([가-힣]{2,4}[ \t]?${KO_TITLE})[ \t]{0,2}(?:\*\*|__)?[ \t]{0,2}[:：]`, 'u');
const NAME_PAREN_KO = new RegExp(String.raw`[(（][ \t]{0,3}([가-힣]{2,4}[ \t]?${KO_TITLE})[ \t]{0,3}(?:[,/;·][^()（）\n]{0,40})?[)）][ \t.]{0,3}$`, 'u');

// A name after a dash at the end: "— Alice", "— Alice Kim", "— 김민수", "— 김민수님".
const NAME_END = /(?:[–—-]|→|->|=>|⇒)[ \t]{1,3}([A-Z][a-z]{1,20}(?:[ \t][A-Z][a-z]{1,20})?|[가-힣]{2,4}님?)[ \t.]{0,3}$/u;
const NOT_NAMES = /^(?:done|complete|completed|high|low|medium|optional|required|critical|urgent|planned|pending|ongoing|open|closed|blocked|later|soon|now|next|week|month|quarter|today|tomorrow|완료|예정|진행|진행중|보류|검토|필수|선택|긴급|단기|장기|중기|중장기|미정|없음|상시|즉시|수시|기각|통합|반려|종결)$/iu;
// "Nóva to send the list": a name, then "to" and a verb. Capitalised verbs that take "to" are not names.
// "Speak to the namespace owner", "Reach out to …": a verb before "to", not a name.
const VERB_TO = /^(?:speak|ask|go|get|point|listen|look|help|return|turn|stick|keep|tell|explain|reach out)$/iu;
const NAME_TO = /^[ \t]{0,3}(\p{Lu}[\p{Ll}]{1,20}(?:[ \t]\p{Lu}[\p{Ll}]{1,20})?)[ \t]to[ \t]\p{Ll}/u;
const NOT_NAME_TO = /^(?:need|needs|plan|plans|try|continue|ensure|make|have|want|going|ability|switch|move|migrate|upgrade|add|return|change|begin|start|learn|remember|commit|decide|agree|fail|failure|ways?|how|what|when|where|who|why|time|steps?|efforts?|work|attempt|attempts|access|changes?|updates?|improvements?|access|subscribe|apply|write|talk|reach|refer|respond|link|push|pin|roll|revert|set|limit|cap|scale|restrict|default|path|connect|reply|forward|redirect|send|post|report|escalate|document|also|then|and|or|but|so|nobody|everybody|everyone|anyone|anybody|someone|somebody|none|all|teams|engineers|people|users|customers)$/iu;
// A team named first with "to" and a verb: "Platform team to add …", "SRE to rotate …".
// A named team as the subject of an obligation: "Content pipeline team should …", "The SRE team must …" (not "Team
// should …" alone, nor "every team").
const TEAM_SHOULD = new RegExp(String.raw`^[ \t]{0,3}((?:(?:the|our)[ \t])?(?!(?:the|our|my|their|its|every|each|all|any|a|an|no|this|that|whole|entire|which|one|another|other|some)[ \t])(?:[\p{L}\p{N}&./-]{1,24}[ \t]){1,2}${TEAM_WORD})[ \t](?:should|must|needs?[ \t]to)[ \t]`, 'iu');
const TEAM_TO = new RegExp(String.raw`^[ \t]{0,3}((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}${TEAM_WORD})[ \t]to[ \t]\p{Ll}`, 'iu');
// An owner in closing square brackets: "… [Alice]", "… [SRE team]", "… [김민수]" (checked as a name or a team).
const BRACKET_END = /\[[ \t]{0,2}([^\]\n[]{1,30}?)[ \t]{0,2}\][ \t.]{0,3}$/u;
// A bare Korean name where owners go: "(김민수)", "(이지은, 5월 중)", "[박지훈] …", "담당 이지은" (checked as a name).
const NAME_PAREN_KO_BARE = /[(（][ \t]{0,3}([가-힣]{2,4})[ \t]{0,3}(?:[,/;·][^()（）\n]{0,40})?[)）][ \t.]{0,3}$/u;
const NAME_AFTER_DAMDANG = /(?:담당자?|책임자)[ \t]{1,3}([가-힣]{2,4})(?![가-힣])/u;
// A bare Korean name first with a colon ("김민수: 인증서 알림 추가") or last after a slash ("… / 이지은") (checked as a name).
const NAME_LEAD_KO_BARE = /^[ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}([가-힣]{2,4})[ \t]{0,2}(?:\*\*|__)?[ \t]{0,2}[:：]/u;
const NAME_SLASH_KO = /\/[ \t]{0,3}([가-힣]{2,4})[ \t.]{0,3}$/u;
// A named doer of future work: "EL clients are implementing …", "Clients will enable …"; not what a thing will do
// once the work is done ("Read-only evaluations will continue functioning", "Requests will no longer be dropped").
const SUBJECT_DOER = /(?:^|[.!?。][ \t]{1,3}|\n)[ \t]{0,3}([\p{L}\p{N}][\p{L}\p{N}.&/-]{0,30}(?:[ \t][\p{L}\p{N}][\p{L}\p{N}.&/-]{0,30}){0,2})[ \t](?:will(?![ \t]{1,3}(?:continue|keep|remain|stay|still|no[ \t]longer|not|never|be[ \t]{1,3}(?!\p{L}{2,20}ing\b)|become|work|function|fail|stop|automatically|always|only)\b)|are going to|is going to|plans? to|are (?:implementing|working on|adding|building|developing)|is (?:implementing|working on|adding|building|developing)|(?:has|have) (?:placed|scheduled|planned|committed|taken on|put|agreed|volunteered|signed up))\b/giu;
const NOT_DOERS = /^(?:(?:the|a|an|this|that|these|those|our|my|its|their|some|any|each|every|all|no|which|what|who)\b.*|we|i|you|it|there|they|someone|somebody|nobody|anyone|everyone)$/iu;
// "The platform team will …", "Our SRE team is implementing …": a named team after an article is a doer ("the team" alone is the authors).
const ARTICLE_TEAM = new RegExp(String.raw`^(?:the|our)[ \t](?:[\p{L}\p{N}&./-]{1,24}[ \t]){1,2}${TEAM_WORD}$`, 'iu');
// "[Infra] Add alerting": a bracketed owner before the text, unless it is a checkbox, label, status or type.
const BRACKET_LEAD = /^[ \t]{0,3}\[([^\]\n]{1,30})\](?![([:])/u;
const NOT_BRACKET_OWNERS = /^(?:ai|a\.i\.|action|action item|todo|to do|wip|fix|bug|feat|feature|chore|docs?|test|p\d|sev\d|high|medium|low|critical|optional|required|short[- ]?term|mid[- ]?term|long[- ]?term|done|완료|진행|진행중|예정|보류|단기|중기|장기|중장기|긴급|필수|선택|후속|후속 ?조치|조치|\d{1,4}|#\d{1,7}|[A-Z][A-Z0-9]{1,9}-\d{1,7}|x| )$/iu;

function firstParagraph(item: ListItem) {
  return item.children.find((c) => c.type === 'paragraph');
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

type OwnerRead = Pick<ActionItem, 'owner' | 'ownerPlaceholder'>;

/** Reads an owner written in prose between `pStart` and `pEnd`: label, @handle, team, [Team] prefix, trailing name. */
function readOwner(text: string, pStart: number, pEnd: number): OwnerRead {
  const src = text.slice(pStart, pEnd);
  const out: OwnerRead = {};
  OWNER_LABEL.lastIndex = 0;
  for (let m = OWNER_LABEL.exec(src); m; m = OWNER_LABEL.exec(src)) {
    // A label needs a separator (":" or "=") unless it is "assigned to"; "who" alone is ordinary prose.
    const label = m[0].slice(0, m[0].length - m[1].length);
    if (!/[:：=]/.test(label) && !/assigned to|owned by|[ \t](?:is|will be)[ \t]/i.test(label)) continue;
    // "the owner is unclear / not decided yet": no owner.
    // ("owner is X" only for the owner words themselves: "who is responsible" is a question, not an owner.)
    if (/[ \t](?:is|will be)[ \t]/i.test(label) && (!/^(?:owners?|dri|assignees?)[ \t]/iu.test(label) || /^(?:unclear|unknown|not\b|undecided|tbd|to be|yet\b|missing|none|nobody|open)/iu.test(m[1]))) continue;
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
  if (out.owner) return out;
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(src); m; m = HANDLE.exec(src)) {
    const span = spanOf(text, pStart + m.index, pStart + m.index + m[0].length);
    if (isPlaceholderOwner(m[0])) out.ownerPlaceholder ??= span;
    else {
      out.owner = span;
      out.ownerPlaceholder = undefined;
      return out;
    }
  }
  if (out.ownerPlaceholder) return out;
  // Team and name forms only count at the places people put them (start, end, parentheses).
  const tail = src.trimEnd();
  const tailStart = Math.max(0, tail.length - 80);
  const forms: [RegExp, string, number][] = [[TEAM_END, tail.slice(tailStart), tailStart], [TEAM_PAREN, src, 0], [TEAM_LEAD, src, 0], [TEAM_KO_SUBJECT, src, 0], [NAME_END, tail.slice(tailStart), tailStart], [TEAM_SLASH, tail.slice(tailStart), tailStart], [ROLE_KO_SUBJECT, src, 0]];
  for (const [re, hay, base] of forms) {
    const m = re.exec(hay);
    if (!m) continue;
    const value = m[1].trim();
    if (!value || NOT_NAMES.test(value) || isPlaceholderOwner(value) || isDoneStatus(value)) continue;
    const at = base + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    // "ACG (Access Control Group)": an acronym spelled out, not a team (owners, session 10).
    if ((re === TEAM_PAREN || re === TEAM_END) && expandsAcronym(hay.slice(0, at - base), value)) continue;
    out.owner = spanOf(text, pStart + at, pStart + at + value.length);
    return out;
  }
  for (const [re, hay, base, english] of [[NAME_LEAD_EN, src, 0, true], [NAME_PAREN_EN, tail.slice(tailStart), tailStart, true], [NAME_LEAD_KO, src, 0, false], [NAME_PAREN_KO, tail.slice(tailStart), tailStart, false]] as const) {
    const m = re.exec(hay);
    if (!m) continue;
    if (english && !isGivenName(m[1].split(/[ \t]/u)[0])) continue;
    const at = base + m.index + m[0].indexOf(m[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + m[1].length);
    return out;
  }
  const kp = TEAM_KO_PLAN_SUBJECT.exec(src);
  if (kp && (PLAN_KO.test(src) || KO_DECLARATIVE_END.test(src.trimEnd()))) {
    const at = kp.index + kp[0].indexOf(kp[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + kp[1].length);
    return out;
  }
  const tt = TEAM_TO.exec(src) ?? TEAM_SHOULD.exec(src);
  if (tt) {
    const at = tt.index + tt[0].indexOf(tt[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + tt[1].length);
    return out;
  }
  const be = BRACKET_END.exec(tail.slice(tailStart));
  if (be && isOwnerWord(be[1])) {
    const at = tailStart + be.index + be[0].indexOf(be[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + be[1].length);
    return out;
  }
  for (const [re, hay, base] of [[NAME_PAREN_KO_BARE, tail.slice(tailStart), tailStart], [NAME_AFTER_DAMDANG, src, 0], [NAME_LEAD_KO_BARE, src, 0], [NAME_SLASH_KO, tail.slice(tailStart), tailStart]] as const) {
    const m = re.exec(hay);
    if (!m || !isKoreanName(m[1])) continue;
    const at = base + m.index + m[0].indexOf(m[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + m[1].length);
    return out;
  }
  const nt = NAME_TO.exec(src);
  if (nt && !NOT_NAME_TO.test(nt[1]) && !NOT_NAMES.test(nt[1]) && !IMPERATIVE.test(nt[1]) && !VERB_TO.test(nt[1])) {
    const at = nt.index + nt[0].indexOf(nt[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + nt[1].length);
    return out;
  }
  SUBJECT_DOER.lastIndex = 0;
  for (let sd = SUBJECT_DOER.exec(src); sd; sd = SUBJECT_DOER.exec(src)) {
    if (NOT_DOERS.test(sd[1].trim()) && !ARTICLE_TEAM.test(sd[1].trim())) continue;
    const at = sd.index + sd[0].indexOf(sd[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + sd[1].length);
    return out;
  }
  // A named organisation proposing the change, after an opening phrase: "As a temporary stopgap, ICL suggests …",
  // "임시 조치로, ICL이 … 조정을 제안". Components and tools ("Redis suggests") do not count.
  const sg = SUGGESTS_EN.exec(src) ?? SUGGESTS_KO.exec(src);
  if (sg && !NOT_LABEL_OWNERS.test(sg[1]) && !CATEGORY_WORDS.test(sg[1]) && !NOT_ORG_EN.test(sg[1]) && !NOT_NAMES.test(sg[1])) {
    const at = sg.index + sg[0].indexOf(sg[1]);
    out.owner = spanOf(text, pStart + at, pStart + at + sg[1].length);
    return out;
  }
  const b = BRACKET_LEAD.exec(src.replace(/^[ \t]{0,3}\[[ xX]\][ \t]{1,3}/u, (x) => ' '.repeat(x.length)));
  if (b) {
    const value = b[1].trim();
    const at = b.index + b[0].indexOf(b[1]) + (b[1].length - b[1].trimStart().length);
    const span = spanOf(text, pStart + at, pStart + at + value.length);
    if (isPlaceholderOwner(value)) out.ownerPlaceholder = span;
    else if (!NOT_BRACKET_OWNERS.test(value) && !isDoneStatus(value) && parseTerm(value) === undefined && !parseActionType(value)) out.owner = span;
  }
  return out;
}

const SUGGESTS_EN = /^[ \t]{0,3}(?:[^,.;:\n]{3,60},[ \t]{1,3})?(\p{Lu}[\p{L}\p{N}&.-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}&.-]{0,24}){0,2})[ \t]{1,3}(?:suggests|proposes|recommends|will[ \t]{1,3}propose)\b/u;
const SUGGESTS_KO = /^[ \t]{0,3}(?:[^,，.\n]{2,40}[,，][ \t]{1,3})?([A-Z][A-Za-z0-9&.-]{1,20})(?:이|가|에서)[ \t][^\n]{0,80}?(?:제안|추진)/u;

/** A value that names a person or a team: a known given name, a Korean name, a team, an @handle. */
function isOwnerWord(value: string): boolean {
  const v = value.trim();
  if (!v || NOT_NAMES.test(v) || isPlaceholderOwner(v) || isDoneStatus(v)) return false;
  if (/^@[\p{L}\p{N}_][\p{L}\p{N}_.\/-]{0,60}$/u.test(v)) return true;
  if (TEAM_KO_LABEL.test(v) || TEAM_EN_LABEL.test(v)) return true;
  if (/^[가-힣]{2,4}(?:[ \t]?님)?$/u.test(v)) return isKoreanName(v.replace(/[ \t]?님$/u, ''));
  const m = /^(\p{Lu}\p{Ll}{1,20})(?:[ \t]\p{Lu}\p{Ll}{1,20})?$/u.exec(v);
  return !!m && isGivenName(m[1]);
}

// Any verb in the past tense with its object ("Optimized the slow queries", "Tweaked all limits"),
// and "we" with any past verb ("We tweaked the quota", "We've advised the teams"): a report of
// work done, not work to do. Decisions and plans in the past tense ("We agreed to …") stay open.
const NOT_PAST_VERBS = String.raw`(?:need|needed|embed|proceed|exceed|feed|seed|speed|shred|breed|bleed|decided|agreed|planned|scheduled|committed|asked|requested|proposed|suggested|started|intended|wanted|hoped|expected|aimed)\b`;
const VERB_ED_OBJECT = new RegExp(String.raw`^(?:re-)?(?!${NOT_PAST_VERBS})\p{L}{3,20}ed[ \t]{1,3}(?:the|a|an|our|all|some|its|their|this|these|those|it|them|several|each|every|both|one|new)\b`, 'iu');
const WE_PAST = new RegExp(String.raw`^we(?:[ \t]{1,3}have|'ve|[ \t]{1,3}also|[ \t]{1,3}then|[ \t]{1,3}already|[ \t]{1,3}have[ \t]{1,3}already|'ve[ \t]{1,3}already)?[ \t]{1,3}(?!${NOT_PAST_VERBS})\p{L}{2,20}ed\b`, 'iu');
// Irregular past forms that differ from the imperative ("Got guidance from AWS", "Took a snapshot");
// forms shared with the imperative (set, put, cut, read) are left out.
// A condition clause before the main clause: "If a request takes too long, …", "Once merged, …".
const CONDITION_LEAD = /^(?:if|when|whenever|once)\b[^,;.\n]{1,80},[ \t]{1,3}/iu;
// The present perfect with another subject: "you have changed it to …", "they've rotated the keys".
const PERFECT_OTHER = new RegExp(String.raw`^(?:you|they)(?:[ \t]{1,3}have|'ve)[ \t]{1,3}(?:already[ \t]{1,3}|now[ \t]{1,3}|also[ \t]{1,3})?(?!${NOT_PAST_VERBS})\p{L}{2,20}ed\b`, 'iu');
const IRREGULAR_PAST = String.raw`(?:got|took|made|held|sent|gave|ran|wrote|met|found|began|kept|brought|led|spoke|told|chose|drew|knew|saw|sold|sought|thought|understood|withdrew|undid|overrode|rewrote)`;
const IRREGULAR_PAST_START = new RegExp(String.raw`^${IRREGULAR_PAST}[ \t]{1,3}\p{L}`, 'iu');
// A team or "they" with a past verb ("The team then raised a support ticket", "The SRE team rotated
// the keys"): a report, like "we" with a past verb.
const TEAM_PAST = new RegExp(String.raw`^(?:they|the[ \t]{1,3}(?:[\p{L}\p{N}-]{1,20}[ \t]{1,3}){0,2}(?:team|squad|group)|team)(?:[ \t]{1,3}(?:have|has|had|also|then|already))?[ \t]{1,3}(?!${NOT_PAST_VERBS})(?:\p{L}{2,20}ed|${IRREGULAR_PAST})\b`, 'iu');
// "Service account … has been documented", "The runbook has now been updated": done, in the
// passive. Tracking notes ("An issue has been created", "… has been added to the backlog") are not.
const PASSIVE_DONE = /\b(?:has|have)[ \t]{1,3}(?:now[ \t]{1,3}|already[ \t]{1,3})?been[ \t]{1,3}(?!(?:requested|proposed|suggested|scheduled|planned|discussed|raised|opened|created|filed|logged|assigned|considered|identified|prioriti[sz]ed|added[ \t]{1,3}to[ \t]{1,3}(?:the|our|a)[ \t]{1,3}(?:backlog|roadmap|board|list|queue|sprint))\b)(?:\p{L}{2,20}ed|done|built|written|set[ \t]up|put[ \t]in[ \t]place)\b/iu;

// A named subject with a verb in the simple past ("The vendor confirmed the bug on March 5", "The certificate was
// renewed for two years"): a report of what happened, like "we" + past. The subject is an article and one to three
// words, so a participle right after the article ("The deprecated API …") is not the verb.
const SUBJECT_PAST = new RegExp(String.raw`^(?:the|our|their|its)[ \t][\p{L}\p{N}-]{2,24}(?:[ \t][\p{L}\p{N}-]{2,24}){0,2}[ \t](?:(?:was|were)[ \t](?:also[ \t]|then[ \t]|later[ \t])?)?(?!${NOT_PAST_VERBS})(?:\p{L}{2,20}ed|${IRREGULAR_PAST})\b`, 'iu');
// A date or a "later" that opens a report: "On March 3 we published …", "2024-03-05: the vendor confirmed …", "Later that day, …".
const LEAD_WHEN = /^(?:on[ \t]{1,3})?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]{1,3}\d{4})?|\d{1,2}[ \t]{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}(?:[ \t]{1,3}\d{4})?|\d{4}-\d{2}-\d{2})[ \t]{0,2}[,:]?[ \t]{1,3}|^(?:later(?:[ \t]that[ \t](?:day|week|night))?|the[ \t](?:next|following)[ \t](?:day|morning|week)|afterwards|since[ \t]then),[ \t]{1,3}/iu;

// A change reported as a noun phrase and a participle ("Disk alert added on all relays", "Rate limits for the login API
// increased from 10 to 100") or a state ("Canary stage now in place"): a status line, not a task. "… to be added", "… should
// be enabled" are tasks; only participles of the known change verbs count, after one to six words.
const PARTICIPLE_REPORT = new RegExp(String.raw`^(?!(?:to|please|make|ensure|we|i|you|they)\b)[\p{L}\p{N}\x60_./-]{1,40}(?:[ \t][\p{L}\p{N}\x60_./-]{1,40}){0,5}[ \t](?:now[ \t]|also[ \t]|successfully[ \t])?(?:re-)?(?:added|fixed|deployed|reverted|restarted|increased|decreased|updated|removed|implemented|migrated|enabled|disabled|merged|released|patched|upgraded|rotated|applied|tuned|adjusted|deleted|restored|repaired|corrected|raised|lowered|switched|replaced|rolled[ \t]back|rolled[ \t]out|shipped|completed|configured|introduced|documented|published|scrubbed|generated|regenerated|hardened|revoked|rebuilt|pinned|bumped|expanded|extended|tightened|purged|recreated|redeployed|renewed|reissued|rewritten|verified|confirmed|created|installed|provisioned|resized|renamed|consolidated|backfilled|redacted)(?:[ \t]|[.,;:]|$)`, 'iu');
const STATE_REPORT = /^[\p{L}\p{N}`_./-]{1,40}(?:[ \t][\p{L}\p{N}`_./-]{1,40}){0,5}[ \t]now[ \t](?:in[ \t]place|live|enabled|active|deployed|in[ \t]production|rolled[ \t]out)\b/iu;
// (An auxiliary is read by the passive-perfect check; "added to the backlog" is a tracking note.)
const NOT_PARTICIPLE_REPORT = /\b(?:to[ \t]be|should|must|will|needs?|to[ \t]ensure|so[ \t]that|if|when|once|until|todo|plan(?:ned)?|has|have|had|been|is|are|was|were|backlog|roadmap|board|sprint|queue|why|how|what|whether)\b|[?]/iu;

/** Whether a plain item text reports what was already done (past tense with an object, "we" + past, the passive perfect). */
function reportsPast(text: string): boolean {
  const plain = text.replace(LEAD_WHEN, '');
  if ((PARTICIPLE_REPORT.test(plain) || STATE_REPORT.test(plain)) && !IMPERATIVE.test(plain) && !NOT_PARTICIPLE_REPORT.test(plain.slice(0, 120))) return true;
  if (SUBJECT_PAST.test(plain) && !/\b(?:will|should|must|needs?[ \t]to|to be|todo|next)\b/iu.test(plain.slice(0, 80))) return true;
  if (VERB_ED_OBJECT.test(plain) || WE_PAST.test(plain) || TEAM_PAST.test(plain) || IRREGULAR_PAST_START.test(plain)) return !/\b(?:will|to be|todo|next)\b/iu.test(plain.slice(0, 60));
  // The passive perfect counts in the item's first sentence only ("Check X. An issue has been filed.").
  const first = (plain.split(/(?<=[.!?])\s/u)[0] ?? plain).slice(0, 200);
  return PASSIVE_DONE.test(first) && !/\b(?:will|should|must|needs? to|to be)\b/iu.test(first);
}

// A change the item names as already fixing it: "… — fixed in #1234", "(fixed by …/pull/12)", "(#1234에서 수정됨)", "(v2.3에
// 반영됨)". After a dash, a parenthesis or a comma only, so "to be fixed in #99" and "수정 예정" stay open.
const FIXED_IN_EN = /(?:^|[(\[;,][ \t]{0,3}|[ \t][-–—][ \t]{1,3})(?:fixed|resolved|addressed|shipped|landed|merged|closed)[ \t]{1,3}(?:in|by|with|via)[ \t]{1,3}(?:#\d|prs?\b|pull\b|https?:\/\/|[a-z][a-z0-9]{1,9}-\d|v?\d{1,4}\.\d|commit\b|release\b|version\b)/iu;
const FIXED_IN_KO = /(?:#\d{1,7}|PR[ \t]?#?\d{1,7}|v?\d{1,4}\.\d[\d.]{0,10}|[A-Z][A-Z0-9]{1,9}-\d{1,7})[ \t]?(?:에서|에|으로|로)?[ \t]{0,2}(?:수정|해결|반영|적용|조치|배포)[ \t]?(?:됨|완료|되었|됐|했|하였)/u;

/** Whether an item's own text says it is done or closed (a status word, a report in the past tense). */
export function readsClosed(src: string): boolean {
  // Typographic apostrophes read as the straight one ("We’ve updated …", "won’t do"): the patterns spell contractions with "'".
  const t = trimEndChars(src.replace(/[\u2018\u2019]/gu, "'").replace(/\s+/g, ' ').trim(), '*_`~ ');
  if (!t) return false;
  if (/^(?:\*\*|__)?[ \t]{0,2}(?:todo|wip|open|pending|예정|진행 ?중)\b/iu.test(t)) return false;
  // A status label first, in code or bold ("`DONE`: We now use …", "**TODO**: Improve …", "`완료`: …"; session 17).
  const label = STATUS_LABEL_FIRST.exec(t);
  if (label) return DONE_LABEL_WORD.test(label[1]);
  if (COMPLETED_AS_OF.test(t)) return true;
  // "**Audit by capability.** *(done during the response)*", "[N/A] **Replace X** — not needed; …".
  if (closedAfterTitle(t)) return true;
  // "… and is fixed by the same change", "같은 수정으로 함께 해결됨": another item's fix closed it.
  if (closedBySameFix(t)) return true;
  if ((DONE_SUFFIX.test(t.slice(-32)) && !CONDITION_END.test(t.slice(-60))) || DONE_PREFIX.test(t)) return true;
  const st = STATUS_LABEL.exec(t);
  if (st && isDoneStatus(st[1])) return true;
  const plain = t.replace(/^(?:\*\*|__)|(?:\*\*|__)$/gu, '').replace(/^\[[^\]\n]{1,30}\][ \t]{0,2}/u, '');
  if (PAST_EN.test(plain) && !/\b(?:will|to be|plan|planned|todo|next)\b/iu.test(plain.slice(0, 60))) return true;
  // "If a search request takes too long, we have changed it to cancel it.": the report follows a condition clause.
  const cond = plain.replace(CONDITION_LEAD, '');
  if (cond !== plain && !/\b(?:will|to be|plan|planned|todo|next)\b/iu.test(cond.slice(0, 60)) && (PAST_EN.test(cond) || PERFECT_OTHER.test(cond) || reportsPast(cond))) return true;
  if (PERFECT_OTHER.test(plain)) return true;
  // "Alerts are now more visible to the team", "배포 속도가 빨라졌습니다": the state a change already brought.
  if (reportsNewState(plain)) return true;
  if (NOW_IN_PLACE.test(plain) && !/^(?:ensure|make sure|verify|check|confirm|validate|test)\b/iu.test(plain)) return true;
  // "Set up alerts on email delay. This alert has already paid off …": a later sentence tells what the thing already did.
  if (ALREADY_WORKED.test(plain) || ALREADY_WORKED_KO.test(plain)) return true;
  // "Create and publish a [chart](https://…) on …": the thing to make is linked, so it exists (not a ticket link).
  if (linksWhatItMakes(plain)) return true;
  // "Already added the fix …", "이미 수정을 반영함": reported as done.
  if (/^already[ \t]/iu.test(plain) && !/\b(?:planned|scheduled|requested|proposed|tracked|filed)\b/iu.test(plain.slice(0, 60))) return true;
  if (FIXED_IN_EN.test(plain) || FIXED_IN_KO.test(plain)) return true;
  if (/^이미[ \t]/u.test(plain) && !PLAN_KO.test(plain)) return true;
  if (reportsPast(plain)) return true;
  // "Health checks were routed to one host. We've updated them to hit every host.": the problem, then the change done.
  if (reportsDoneLater(plain)) return true;
  const last = plain.trimEnd().replace(/\([^()]{0,80}\)$/u, '').trimEnd();
  if (!PAST_KO.test(last) || PLAN_KO.test(last)) return false;
  // "배포 체크리스트 재점검. 최근 5건 중 2건이 체크리스트 없이 시작됐다.": a task, then a fact about the past with its own
  // subject (why the task is needed). The status is the first sentence's, not the context's.
  return !koTaskThenContext(last);
}

/** Whether a Korean item is a task (its first sentence not in the past) followed by sentences of context with a subject. */
function koTaskThenContext(t: string): boolean {
  const sentences = t.split(/(?<=[.!?。])[ \t\n]+/u).filter((x) => x.trim());
  if (sentences.length < 2) return false;
  const first = trimEndChars(sentences[0].trim(), '.!?。 ');
  const rest = sentences.slice(1).join(' ');
  return !PAST_KO.test(first) && !PROBLEM_END_KO.test(first.slice(-8)) && SUBJECT_KO.test(rest) && !/[^ ]{1,15}(?:팀|파트)(?:이|가|에서)[ \t]/u.test(rest);
}

// A later sentence about the item's own thing having already had an effect (session 18, reading): "This alert has already
// paid off", "It has already caught two regressions", "The new check has already fired once". Only "this / that / it /
// the new …" as the subject (the item's own work), not an old mechanism ("Our old alert has already fired twice …").
const ALREADY_WORKED = /[.!;][ \t]{1,3}(?:this|that|it|these|they|the[ \t]new(?:[ \t][\p{L}-]{2,20}){1,2})(?:[ \t][\p{L}-]{2,20})?[ \t](?:has|have)[ \t]already[ \t](?:paid[ \t]off|caught|fired|helped|saved[ \t]us|proved|proven[ \t](?:useful|itself|its[ \t]worth)|detected|flagged|alerted[ \t]us|worked)\b/iu;
// A verb that makes a thing, with the thing as a link right after it ("Create and publish a [chart](…)", "Write a
// [runbook](…) for …"): the page linked is the thing made. A tracker link (issues, tickets, pulls) is the work's ticket.
const MAKES_LINK = /^(?:create|publish|create[ \t]and[ \t]publish|build|write|set[ \t]up|make|add|draft)[ \t](?:(?:an?|the|our|one|new|public|internal)[ \t]){0,3}\[([^\]\n]{1,80})\]\(([^()\s]{1,500})\)/iu;

// Korean: "이 알림은 이미 지난달 지연을 한 번 잡아냈습니다", "이 대시보드는 벌써 효과를 봤다".
const ALREADY_WORKED_KO = /[.!。][ \t]{1,3}(?:이|그|새)[ \t][가-힣A-Za-z]{1,12}(?:은|는|이|가)[ \t](?:이미|벌써)[ \t][^.!?。\n]{0,60}(?:잡아냈|잡았|감지했|찾아냈|발견했|효과를[ \t]봤|도움이[ \t]됐|도움이[ \t]되었|제[ \t]?역할을[ \t]했)(?:습니다|다|음)/u;
// Korean: "메일 처리 시간 [차트](https://…) 작성 및 공개", "[대시보드](…)를 만들어 공유".
const MAKES_LINK_KO = /\[([^\]\n]{1,80})\]\(([^()\s]{1,500})\)[ \t]?(?:을|를)?[ \t]?(?:작성|생성|공개|게시|구축|추가|제작|만들)/u;

function linksWhatItMakes(plain: string): boolean {
  const m = MAKES_LINK.exec(plain) ?? MAKES_LINK_KO.exec(plain);
  if (!m) return false;
  return !TRACKER_URL.test(m[2]) && !/^#|\b(?:issue|ticket|bug|pr|pull|jira|task|card)\b|#\d|이슈|티켓|버그/iu.test(m[1]);
}

// A statement that the change is in place: "Alerting on disk usage is now in place", "The limit is already enabled".
const NOW_IN_PLACE = /\b(?:is|are|has been|have been)[ \t]{1,3}(?:now|already)[ \t]{1,3}(?:in[ \t]place|live|enabled|active|deployed|in[ \t]production|rolled[ \t]out|set[ \t]up|configured|done)\b/iu;

type ItemRead = Pick<ActionItem, 'owner' | 'ownerPlaceholder' | 'type' | 'due' | 'ticket'> & { done: boolean };

/** Reads owner, type, due date, ticket and done state from one item's text. */
function readListItem(text: string, pStart: number, pEnd: number): ItemRead {
  const src = text.slice(pStart, pEnd);
  const out: ItemRead = { ...readOwner(text, pStart, pEnd), done: false };
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
  out.done = readsClosed(src);
  return out;
}

/** Fills in an owner named in an item's details (sub-items, following paragraphs) when its first line has none. */
function ownerFromDetails(text: string, item: ItemRead, from: number, to: number): void {
  if (item.owner || item.ownerPlaceholder || to <= from) return;
  const found = readOwner(text, from, to);
  if (found.owner) item.owner = found.owner;
  else if (found.ownerPlaceholder) item.ownerPlaceholder = found.ownerPlaceholder;
}

/** Whether a list item is only a label for a group of items ("단기:", "**Short term**"). */
function isGroupLabel(item: ListItem): boolean {
  if (!item.children.some((c) => c.type === 'list')) return false;
  // A checklist item with children is one item: the children are its details.
  if (item.checked === true || item.checked === false) return false;
  const p = firstParagraph(item);
  if (!p) return true;
  const label = plainText(p).trim();
  if (parseTerm(label) !== undefined) return true;
  // "1. Introduce a rehearsal checklist:" / "체크리스트 도입:" over its details is one task, not a group label.
  // "**Capacity review** — we will set quotas on:" over "- Build minutes per project": the sub-items name what the
  // plan is about, so they complete its sentence: one item with its details.
  // "Rotate credentials:" / "인증서 재발급:" over "- Stripe secret key", "- 결제 API 키": the sub-items name what the task covers
  // (owners, session 10).
  // "Configure a jump server, allowing:" over what it allows: one item, its sub-items are details (purposeLead.ts).
  if (endsWithPurpose(label)) return false;
  if (/[:：]$/u.test(label)) return !readsAsTask(label.replace(/[:：]$/u, '').trim()) && !((plansAboutList(label) || shortTaskLabel(label.replace(/[:：]$/u, ''))) && childrenNameThings(item));
  // "1. **배포 프로세스 개선**" with details under it is one item; "- **Short term**" labels a group.
  if (p.children.length === 1 && p.children[0].type === 'strong') return !isOrderedItem(item) || classifyHeading(label, undefined, { keywords: false }) !== undefined;
  // A short name over a sub-list ("- Lighthouse", "- 인프라팀") labels the group of its team's items.
  if (groupOwnerLabel(label) !== undefined) return true;
  return categoryOverTasks(label, item);
}

/**
 * "- Monitoring" / "- 프로세스 개선" over sub-items that are tasks ("  - Add a disk alert", "  - 롤백 런북 작성"): a topic
 * labelling its tasks. A label that is itself a task ("- Improve alerting", "- 알림 체계 도입") keeps its sub-items as details.
 */
function categoryOverTasks(label: string, item: ListItem): boolean {
  const words = label.split(/[ \t]+/u).filter(Boolean);
  if (!words.length || words.length > 3 || label.length > 40 || /[.!?。:：,;()]/u.test(label)) return false;
  if (IMPERATIVE.test(label) || INQUIRY_LEAD_EN.test(label) || KO_TASK_NOUN.test(label) || /^(?:introduce|adopt|write|set up|add|create|build|automate|run)\b/iu.test(label)) return false;
  let tasks = 0;
  let children = 0;
  for (const c of item.children) {
    if (c.type !== 'list') continue;
    for (const li of c.children) {
      const p = firstParagraph(li);
      if (!p) continue;
      children++;
      const t = plainText(p).replace(/\s+/g, ' ').trim();
      if (IMPERATIVE.test(t) || /^(?:introduce|adopt|write|set up|add|create|build|automate|run)\b/iu.test(t) || KO_TASK_NOUN.test(trimEndChars(t.replace(/[ \t]{0,3}\([^()]{0,60}\)$/u, ''), ' .')) || (/[\uac00-\ud7a3]/u.test(t) && PLAN_KO.test(t))) tasks++;
    }
  }
  return children > 0 && tasks === children;
}

/** Whether every sub-item of a list item is a bare noun phrase naming a thing ("- TOAST table statistics", "- 캐시 적중률"). */
function childrenNameThings(item: ListItem): boolean {
  let n = 0;
  for (const c of item.children) if (c.type === 'list' && !listNamesThings(c)) return false;
  else if (c.type === 'list') n++;
  return n > 0;
}

function listNamesThings(list: List): boolean {
  if (!list.children.length) return false;
  for (const li of list.children) {
    const p = firstParagraph(li);
    if (!p || li.checked === true || li.checked === false || li.children.some((c) => c.type === 'list') || !namesThing(plainText(p))) return false;
  }
  return true;
}

/**
 * Whether a list right after another list completes the sentence of that list's last item ("1. **Deeper monitoring** We
 * plan to add metrics and alerts around:" then, not indented, "- Heavy disk read amplification per write"): the list
 * names what the planned item is about; its lines are that item's details, not items.
 */
function completesItemAbove(prev: Nodes | undefined, list: List): boolean {
  if (prev?.type !== 'list' || list.ordered) return false;
  const last = prev.children[prev.children.length - 1];
  const p = last && firstParagraph(last);
  if (!p || last.children.some((c) => c.type === 'list')) return false;
  return plansAboutList(plainText(p)) && listNamesThings(list);
}

// A Korean task written as a noun: "… 체크리스트 도입", "… 알림 추가", "… 스크립트 작성".
const KO_TASK_NOUN = /(?:도입|추가|작성|구축|적용|마련|수립|자동화|검증|설정|변경|이전|교체|분리|제거|개발|구현|배포|정비)$/u;

/** Whether a label over sub-items reads as a task of its own (three words or more, an imperative or a Korean task noun). */
function readsAsTask(label: string): boolean {
  const words = label.split(/[ \t]+/u).filter(Boolean);
  if (words.length < 3 || label.length > 120 || groupOwnerLabel(label) !== undefined || isDoneLabel(label)) return false;
  if (/[\uac00-\ud7a3]/u.test(label)) return KO_TASK_NOUN.test(label) || (KO_OBJECT.test(label) && KO_INQUIRY_NOUN.test(label));
  return IMPERATIVE.test(label) || /^(?:introduce|adopt|write|set up|add|create|build|automate|run)\b/iu.test(label) || INQUIRY_LEAD_EN.test(label);
}

// "Look deeper into the cause and determine whether we could change anything to:" over its goals: one inquiry, its
// sub-items complete the sentence. (A lead-in without a verb of its own, "We will:", is over separate items.)
const INQUIRY_LEAD_EN = /^(?:look(?:[ \t]deeper)?[ \t](?:into|at)|figure[ \t]out|determine|decide|find[ \t]out|evaluate|explore|research|assess|understand|work[ \t]out)\b/iu;
// "원인을 더 살펴보고 다음을 바꿀 수 있는지 판단:": an object and a noun of inquiry at the end.
const KO_OBJECT = /[가-힣](?:을|를)[ \t]/u;
const KO_INQUIRY_NOUN = /(?:판단|검토|확인|조사|파악|결정|논의|분석|점검)$/u;

const ordered = new WeakSet<ListItem>();
function isOrderedItem(item: ListItem): boolean {
  return ordered.has(item);
}

const CATEGORY_WORDS = /^(?:monitoring|alerting|alerts|testing|tests|process|processes|documentation|docs|tooling|tools|infrastructure|infra|security|communication|communications|detection|prevention|mitigation|prevent|detect|mitigate|repair|fixes|fix|other|others|misc|miscellaneous|general|engineering|operations|ops|people|technology|code|product|backend|frontend|database|network|networking|observability|reliability|capacity|performance|deployment|deployments|release|releases|ci|cd|qa)$/iu;

const TEAM_KO_LABEL = new RegExp(String.raw`^[\p{L}\p{N}&./ -]{1,24}${TEAM_KO}$`, 'u');
const TEAM_EN_LABEL = new RegExp(String.raw`^(?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}${TEAM_WORD}$`, 'iu');

/** A group label that names who does its items: a proper name or a team ("Lighthouse", "SRE team", "인프라팀"). */
function groupOwnerLabel(label: string): string | undefined {
  const l = label.trim();
  if (!l || l.length > 30 || /[.!?。:：,]/u.test(l)) return undefined;
  if (TEAM_KO_LABEL.test(l) || TEAM_EN_LABEL.test(l)) return l;
  if (/^\p{Lu}[\p{L}\p{N}.&-]{1,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&-]{0,24}){0,2}$/u.test(l) && !CATEGORY_WORDS.test(l) && !NOT_NAMES.test(l) && parseActionType(l) === undefined) return l;
  return undefined;
}

const termCache = new WeakMap<Section, ActionItem['term'] | null>();
function sectionTerm(s: Section): ActionItem['term'] {
  let t = termCache.get(s);
  if (t === undefined) termCache.set(s, (t = parseTerm(s.title) ?? null));
  return t ?? undefined;
}

/** The term of the deepest heading above an offset inside the section (binary search, then up the parents). */
function termAt(doc: PostmortemDocument, section: Section, offset: number): ActionItem['term'] {
  const secs = doc.sections;
  let lo = 0;
  let hi = secs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (secs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let s: Section | undefined = secs[lo - 1]; s && s.start >= section.start; s = s.parent) {
    if (offset < s.end) {
      const t = sectionTerm(s);
      if (t) return t;
    }
  }
  return undefined;
}

const THING_COLUMN = /^(?:services?|components?|systems?|hosts?|servers?|nodes?|regions?|clusters?|endpoints?|apis?|databases?|dbs?|versions?|environments?|envs?|packages?|dependenc(?:y|ies)|서비스|구성요소|컴포넌트|시스템|서버|호스트|노드|리전|클러스터|엔드포인트|데이터베이스|환경|버전|패키지)$/u;
const METRIC_COLUMN = /^(?:metrics?|kpis?|indicators?|targets?|goals?|current|baseline|risks?|likelihood|score|지표|목표|목표치|현재|현재치|기준값|위험|점수|발생 ?가능성)$/u;

function fromTable(doc: PostmortemDocument, table: Table, section: Section, out: ActionItem[]): void {
  const text = doc.text;
  const [header, ...rows] = table.children;
  if (!header) return;
  const cols = header.children.map((c) => classifyColumn(plainText(c)));
  // A table of measures (Metric | Target | Current, 지표 | 목표 | 현재) or risks tracks numbers, not work
  // (a Before | After table names changes: it is read).
  const heads = header.children.map((c) => headingKey(plainText(c)));
  if (!cols.some((c) => c === 'owner' || c === 'status' || c === 'due' || c === 'description') && heads.some((h) => METRIC_COLUMN.test(h))) return;
  // A table of services or components (Service | Error rate before | after, 서비스 | 버전 …) describes things, not work.
  if (!cols.some((c) => c !== 'other') && THING_COLUMN.test(heads[0] ?? '')) return;
  let descCol = cols.indexOf('description');
  if (descCol < 0) descCol = cols.findIndex((c) => c === 'other');
  if (descCol < 0) descCol = 0;
  const col = (c: Column) => cols.indexOf(c);
  const baseTerm = termAt(doc, section, startOf(table));
  let rowTerm = baseTerm;
  for (const row of rows) {
    const cells = row.children.map((c) => cellContent(text, c));
    const description = cells[descCol] ?? cellContent(text, row.children[0]);
    if (cells.every((c) => !c.text)) continue;
    // A row that is only a bold label ("| **Short term** | | |", "| **단기** | | |") labels the rows under it.
    const only = cells.filter((c) => c.text);
    const boldLabel = only.length === 1 && /^(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)$/u.test(only[0].text) ? only[0].text.replace(/^(?:\*\*|__)|(?:\*\*|__)$/gu, '').trim() : undefined;
    // (A bold task alone in its row, "| **Add a disk alert** | |", is still an item.)
    if (boldLabel && (parseTerm(boldLabel) !== undefined || (boldLabel.split(/[ \t]+/u).length <= 3 && !IMPERATIVE.test(boldLabel) && !KO_TASK_NOUN.test(boldLabel) && !readsAsTask(boldLabel)))) {
      rowTerm = parseTerm(boldLabel) ?? rowTerm;
      continue;
    }
    const item: ActionItem = { kind: 'table', start: startOf(row), end: endOf(row), description, done: false, section, term: rowTerm };
    const ownerIdx = col('owner');
    if (ownerIdx >= 0 && cells[ownerIdx]) {
      const cell = cells[ownerIdx];
      item.ownerCell = cell;
      if (cell.text && isPlaceholderOwner(cell.text)) item.ownerPlaceholder = cell;
      else if (cell.text) item.owner = cell;
    } else if (ownerIdx < 0) {
      // No owner column: an owner may still be written in the row ("@alice", "담당: 김민수").
      const inline = readOwner(text, description.start, description.end);
      const rest = inline.owner || inline.ownerPlaceholder ? inline : readOwner(text, item.start, item.end);
      item.owner = rest.owner;
      item.ownerPlaceholder = rest.ownerPlaceholder;
    }
    const typeIdx = col('type');
    if (typeIdx >= 0 && cells[typeIdx]?.text) item.type = parseActionType(cells[typeIdx].text);
    const dueIdx = col('due');
    if (dueIdx >= 0 && cells[dueIdx]?.text && !isPlaceholderOwner(cells[dueIdx].text)) item.due = cells[dueIdx];
    const ticketIdx = col('ticket');
    if (ticketIdx >= 0 && cells[ticketIdx]?.text && !isPlaceholderOwner(cells[ticketIdx].text)) item.ticket = cells[ticketIdx];
    const statusIdx = col('status');
    if (statusIdx >= 0 && cells[statusIdx]) item.done = isDoneStatus(cells[statusIdx].text);
    // Without a status column, a cell that holds nothing but a status ("✅", "완료", "Rejected") still says it.
    if (!item.done && statusIdx < 0) item.done = cells.some((c, i) => i !== descCol && i !== ownerIdx && c.text.length <= 24 && isDoneStatus(c.text));
    const termIdx = col('term');
    if (termIdx >= 0 && cells[termIdx]?.text) item.term = parseTerm(cells[termIdx].text) ?? item.term;
    if (!item.done && /^~~[\s\S]*~~$/u.test(description.text)) item.done = true;
    if (!item.done && DONE_PREFIX.test(description.text)) item.done = true;
    out.push(item);
  }
}

// An item that is only a reference to a tracked issue: a URL, "#123", "acme/api#123", "JIRA-123", "Issue #123", "이슈 #12"
// (a link counts by its text: "[acme/api#8898](…)" is a reference, "[Add rate limiting](…)" is a task).
const BARE_REFERENCE = /^(?:(?:[Ii]ssues?|[Tt]ickets?|[Bb]ugs?|PRs?|[Pp]ull [Rr]equest|[Ss]ee|이슈|티켓|버그)[ \t:：]{0,3})?(?:<?https?:\/\/[^\s<>]{1,500}>?|(?:[\w.-]{1,40}\/[\w.-]{1,100})?#\d{1,7}|[A-Z][A-Z0-9]{1,9}-\d{1,7})[ \t]{0,3}[.,;]?$/u;

function fromList(doc: PostmortemDocument, list: List, section: Section, term: ActionItem['term'], out: ActionItem[], depth = 0, groupOwner?: Span): void {
  const text = doc.text;
  if (list.ordered) for (const li of list.children) ordered.add(li);
  const own: { item: ActionItem; open: boolean }[] = [];
  for (const li of list.children) {
    const p = firstParagraph(li);
    if (isGroupLabel(li)) {
      if (depth > 8) continue;
      const label = p ? plainText(p) : '';
      const groupTerm = parseTerm(label.replace(/[:：]\s*$/u, '')) ?? term;
      const named = p && groupOwnerLabel(label) ? spanOf(text, startOf(p), endOf(p)) : groupOwner;
      const before = out.length;
      for (const child of li.children) if (child.type === 'list') fromList(doc, child, section, groupTerm, out, depth + 1, named);
      if (named) for (let i = before; i < out.length; i++) if (!out[i].owner && !out[i].ownerPlaceholder) out[i].owner = named;
      if (isDoneLabel(label)) for (let i = before; i < out.length; i++) out[i].done = true;
      continue;
    }
    if (!p) continue;
    const pStart = startOf(p);
    const pEnd = endOf(p);
    if (!text.slice(pStart, pEnd).trim()) continue;
    // A bare reference to a tracked issue names no task to own here: the tracker holds the work and its owner.
    if (!li.children.some((c) => c.type === 'list') && BARE_REFERENCE.test(plainText(p).trim())) continue;
    // Advice to readers among the team's work ("For operators who …, we advise they …", "Package maintainers should …"): not
    // the team's to own (adviceList.ts, the audience reader the vague rule uses too).
    // (Kept as a dropped candidate marked advice, as under a heading of advice: a call for care in it is no blame either.)
    if (addressedToOthers(plainText(p), 'items')) {
      out.push({ kind: 'list', start: startOf(li), end: endOf(li), description: spanOf(text, pStart, pEnd), ...readListItem(text, pStart, pEnd), term: term ?? termAt(doc, section, startOf(li)), section, advice: true });
      continue;
    }
    // "`Dispatcher`는 이 함수를 비동기로 호출한다": how the system works, told in the present, not work to own.
    if (describesSystemKo(text.slice(pStart, pEnd)) || describesSystemEn(text.slice(pStart, pEnd))) continue;
    const read = readListItem(text, pStart, pEnd);
    ownerFromDetails(text, read, pEnd, endOf(li));
    const item: ActionItem = {
      kind: 'list',
      start: startOf(li),
      end: endOf(li),
      description: spanOf(text, pStart, pEnd),
      ...read,
      done: li.checked === true || read.done || (p.children.length === 1 && p.children[0].type === 'delete'),
      term: term ?? termAt(doc, section, startOf(li)),
      section,
    };
    out.push(item);
    own.push({ item, open: li.checked === false });
    // A sub-item that is a further plan of its own ("We're also going to …", "장기적으로는 … 검토하고 있습니다"): one more
    // item, with its parent's term (session 14, ownerGroups.ts).
    if (!item.done) for (const c of li.children) if (c.type === 'list') for (const sub of c.children) {
      const sp = firstParagraph(sub);
      if (!sp || sub.checked === true || !morePlanSubItem(plainText(sp))) continue;
      const sread = readListItem(text, startOf(sp), endOf(sp));
      out.push({ kind: 'list', start: startOf(sub), end: endOf(sub), description: spanOf(text, startOf(sp), endOf(sp)), ...sread, owner: sread.owner ?? (sread.ownerPlaceholder ? undefined : item.owner), term: item.term, section });
    }
  }
  trailingLabelOwners(text, own.map((o) => o.item));
  leadingLabelOwners(text, own.map((o) => o.item));
  settleStatusList(doc, section, startOf(list), own);
}

// A party opening an item before a colon: "Hypha: …", "Hypha + ICL: …", "하이파: …". Each part is a capitalised name or
// an acronym (Latin), or one Hangul word; parts join with "+", "&", "/" or "and".
const LEAD_PART = String.raw`(?:\p{Lu}[\p{L}\p{N}.&'-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&'-]{0,24}){0,2}|[가-힣][가-힣A-Za-z0-9]{1,11})`;
const LEADING_LABEL = new RegExp(String.raw`^[ \t]{0,3}(?:\[[ xX]\][ \t]{1,3})?(?:\*\*|__)?[ \t]{0,2}(${LEAD_PART}(?:[ \t]{0,2}(?:\+|&|\/|and)[ \t]{0,2}${LEAD_PART}){0,3})[ \t]{0,2}(?:\*\*|__)?[ \t]{0,2}[:：](?:\*\*|__)?[ \t]{1,3}\S`, 'u');
const LEAD_PART_SPLIT = /[ \t]{0,2}(?:\+|&|\/|\band\b)[ \t]{0,2}/u;
// Labels that name a topic, a kind or a step of the work rather than who does it.
const NOT_LEADING_OWNERS = /^(?:note|nb|n\.b\.|why|what|how|goal|goals|context|problem|solution|idea|question|update|result|outcome|risk|impact|cause|owner|owners|status|follow-?up|action|actions|next|step|steps|phase|option|options|example|part|area|topic|scope|summary|details?|background|priority|effort|eta|due|deadline|reason|rationale|decision|proposal|task|tasks|item|items|short[- ]?term|mid[- ]?term|long[- ]?term|immediate|now|later|then|first|second|third|finally|also|bonus|important|warning|caution|tip|fyi|ask|request|owner tbd|모니터링|알림|알람|프로세스|절차|문서|문서화|테스트|배포|보안|인프라|운영|개발|단기|중기|장기|중장기|즉시|기타|공통|예방|탐지|완화|복구|조사|교육|소통|공유|참고|비고|목표|원인|영향|상태|결과|문제|해결|방안|요청|작업|과제|항목|후속|조치|개선|점검|검토|확인)$/iu;

function leadingPartOk(part: string): boolean {
  const v = part.trim();
  return !!v && !NOT_LEADING_OWNERS.test(v) && !CATEGORY_WORDS.test(v) && !NOT_LABEL_OWNERS.test(v) && !NOT_NAMES.test(v) && !NOT_BRACKET_OWNERS.test(v) && !isPlaceholderOwner(v) && !isDoneStatus(v) && parseTerm(v) === undefined && parseActionType(v) === undefined;
}

/**
 * Owners a list writes as a party before a colon ("Hypha: Propose …", "Hypha + ICL: Find …", "ICL: Define …"): taken
 * only when at least two items open that way and the labels behave like a set of parties (a part recurs, or a label
 * joins two), and never when a part is a topic, term, type, status or component word ("Monitoring:", "단기:").
 */
function leadingLabelOwners(text: string, items: ActionItem[]): void {
  if (items.length < 2) return;
  const labels = items.map((item) => {
    const m = LEADING_LABEL.exec(item.description.text);
    if (!m) return undefined;
    const parts = m[1].split(LEAD_PART_SPLIT).map((x) => x.trim()).filter(Boolean);
    if (!parts.length || !parts.every(leadingPartOk)) return undefined;
    const at = item.description.start + m.index + m[0].indexOf(m[1]);
    return { span: spanOf(text, at, at + m[1].length), parts };
  });
  const found = labels.filter((l): l is NonNullable<typeof l> => !!l);
  if (found.length < 2) return;
  const seen = new Map<string, number>();
  for (const l of found) for (const part of new Set(l.parts.map((x) => x.toLowerCase()))) seen.set(part, (seen.get(part) ?? 0) + 1);
  if (!found.some((l) => l.parts.length > 1) && ![...seen.values()].some((n) => n > 1)) return;
  items.forEach((item, i) => {
    const l = labels[i];
    if (l && !item.owner && !item.ownerPlaceholder) item.owner = l.span;
  });
}

// A short label closing an item: "… (Nova)", "… [payments]", "… (SRE)". One word of letters, no digits.
const COLON_NAME_VERB = /[ \t][:：][ \t]{1,3}(\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}(?:\.|\p{Ll}{1,20})?)?)[ \t](?:to[ \t]|will[ \t])?(?:create|creates|write|writes|raise|raises|own|owns|investigate|investigates|add|adds|fix|fixes|review|reviews|update|updates|draft|drafts|lead|leads|handle|handles|follow up|follows up|look into|looks into)\b[^:：\n]{0,40}$/u;
// ("[CF to write story]": initials and what they will do.)
const TRAILING_LABEL = /[(（[][ \t]{0,2}([A-Za-z][A-Za-z&._/-]{1,19})(?:[ \t]to[ \t][a-z][a-z -]{1,30})?[ \t]{0,2}[)）\]][ \t.]{0,3}$/u;
// Initials in square brackets ("[DB]"): an owner where the list closes its items with owners, even when the letters
// spell a component word.
const BRACKET_INITIALS = /^\[[ \t]{0,2}[A-Z]{2,4}[ \t]{0,2}\]/u;
// Words that such a label holds when it tags a component, a priority or a kind rather than naming who does the work.
const NOT_LABEL_OWNERS = /^(?:optional|required|mandatory|critical|urgent|blocker|nice-to-have|high|medium|low|major|minor|maybe|later|tbd|wip|draft|idea|stretch|bonus|easy|hard|small|large|big|quick|redis|kafka|postgres|postgresql|mysql|mongodb|mongo|elasticsearch|jvm|dns|cdn|tls|ssl|http|https|api|apis|ui|ux|cli|sdk|db|sql|nginx|docker|helm|terraform|ansible|grafana|prometheus|kubernetes|linux|windows|macos|ios|android|web|mobile|aws|gcp|azure|github|gitlab|jenkins|slack|pagerduty|datadog|sentry|cloudflare|java|python|go|golang|rust|node|nodejs|javascript|typescript|ruby|rails|php|etc|e\.g|i\.e|sic|ibid|cont|contd|see below|see above|ongoing|recurring|manual|automated|automation|config|configuration|code|docs|documentation|process|tests?|testing|tooling|monitoring|alerting|observability|logging|metrics|dashboards?|runbooks?|training|communication|comms|other|misc)$/iu;

// A closing slot for a reference, not a person (session 13): "[link to github issue]", "(link to PR)", "[ticket to follow]".
const REFERENCE_SLOT = /^(?:links?|urls?|tickets?|issues?|prs?|pull|jira|bugs?|cards?|docs?|refs?|reference)$/iu;

/**
 * Owners a list writes as a short closing label ("Add a retry budget (Nova)", "… [payments]"):
 * a single word is taken as the owner only when at least two items of the list close that way
 * (a list of owners), and never when it is a status, priority, term, type or component word.
 */
function trailingLabelOwners(text: string, items: ActionItem[]): void {
  // "Define acceptance tests : Chris F create story": after a spaced colon, a name and what they will do.
  for (const item of items) {
    if (item.owner || item.ownerPlaceholder) continue;
    const d = item.description;
    const from = Math.max(0, d.text.length - 80);
    const m = COLON_NAME_VERB.exec(d.text.slice(from));
    if (m && !NOT_NAMES.test(m[1]) && !NOT_LEADING_OWNERS.test(m[1])) {
      const at = d.start + from + m.index + m[0].indexOf(m[1]);
      item.owner = spanOf(text, at, at + m[1].length);
    }
  }
  if (items.length < 2) return;
  const labels: ({ span: Span; weak: boolean } | undefined)[] = items.map((item) => {
    const d = item.description;
    const from = Math.max(0, d.text.length - 60);
    const m = TRAILING_LABEL.exec(trimEndChars(d.text.slice(from), ' \t*_`'));
    if (!m) return undefined;
    const v = m[1];
    const initials = BRACKET_INITIALS.test(m[0]);
    if ((NOT_LABEL_OWNERS.test(v) && !initials) || REFERENCE_SLOT.test(v) || NOT_NAMES.test(v) || NOT_BRACKET_OWNERS.test(v) || isPlaceholderOwner(v) || isDoneStatus(v) || parseTerm(v) !== undefined || parseActionType(v) !== undefined) return undefined;
    const at = d.start + from + m.index + m[0].indexOf(v);
    return { span: spanOf(text, at, at + v.length), weak: initials && NOT_LABEL_OWNERS.test(v) };
  });
  // Two closing labels make a list of owners; initials that spell a component word ("[DB]") count only beside another.
  if (labels.filter((l) => l && !l.weak).length < 1 || labels.filter(Boolean).length < 2) return;
  items.forEach((item, i) => {
    const l = labels[i]?.span;
    if (l && !item.owner && !item.ownerPlaceholder) item.owner = l;
  });
}

// A heading that may announce work done as well as work to do: "Improvements", "Changes", "개선 사항".
const WEAK_HEADING = /^(?:(?:\p{L}{2,20})?(?:improvements?|changes|updates|fixes|remediations?)(?:made|done|sofar|steps)?|개선|개선사항|개선작업|개선내용|변경사항|보완사항|\p{L}{1,10}개선)$/u;
const PLAN_HEADING = /planned|future|next|todo|follow|action|proposed|recommend|upcoming|will|remaining|open|향후|예정|계획|후속|재발|앞으로|과제|필요/u;
// Work in progress, reported: "Developing a new pipeline", "Migrating the DB (in progress)", "개발 중".
const PROGRESS_EN = /^(?:we(?:'re|[ \t]{1,3}are)[ \t]{1,3})?(?!(?:monitoring|alerting|logging|testing|tracing|training|scaling|routing|caching|pricing|onboarding|nothing|something|everything|pending|during)\b)\p{L}{3,20}ing[ \t]{1,3}(?:the|a|an|our|all|some|its|their|this|these|those|it|them|on|new|several)\b/iu;
const PROGRESS_MARK = /\((?:in progress|wip|ongoing|on-?going)\)|\b(?:in progress|underway|under way|ongoing)[ \t.]{0,3}$|(?:진행|개발|작업|적용|검토|구축|준비|테스트|논의|도입|개선|배포)[ \t]?중(?:입니다|이다|임)?[ \t.]{0,3}$/iu;

// A heading, bold label or group item that files its items as done: "### Completed", "**Done:**", "완료된 조치".
const DONE_LABEL = /^(?:done|completed?|finished|closed|resolved|shipped|(?:completed?|done|finished|closed) (?:items?|actions?|action items?|work|tasks?)|already (?:done|completed|in place)|what we(?:'ve| have)? (?:already )?(?:done|completed)|완료|완료됨|완료된[ \t]?(?:조치|작업|항목|과제|사항|대책)?|(?:조치|처리|적용|반영)[ \t]?완료|완료[ \t]?(?:항목|과제|사항)|이미[ \t]?(?:완료된|적용된|반영된)[ \t]?(?:조치|작업|사항)?)$/iu;

// A sub-heading or label for the fixes that resolved the incident ("### Fixes", "Fixes applied", "수정 사항"):
// what is under it was done to resolve it, not work left to do.
// ("긴급 조치" / "Immediate fixes" are left out: under the follow-up work they are often the short-term plan.)
const FIXED_LABEL = /^(?:fix|fixes|the fix|fixes (?:applied|made|landed|merged|deployed|shipped)|what we fixed|fixed|수정 ?사항|수정 ?내역|수정 ?내용|조치 ?내역)$/iu;

// A heading or label that reports work already done: "재발 방지를 위해 한 일", "적용한 조치", "What we did to prevent a
// recurrence", "Changes we made", "Actions taken". What is under it is a report, unless the heading also plans work.
const PAST_WORK_KO = /(?:^|[\s(])(?:한|했던|해온|해[ \t]온|취한|적용한|진행한|완료한|반영한|도입한|수행한|마친|처리한|실행한|시행한)[ \t]{0,2}(?:일|것|것들|조치|조치들|작업|사항|대책|내용|변경|개선)(?![\p{L}])/u;
const PAST_WORK_EN = /\bwhat we(?:'ve| have)?[ \t]{1,3}(?:did|changed|fixed|done)\b|\b(?:changes|steps|actions|measures|fixes|improvements)[ \t]{1,3}(?:we[ \t]{1,3})?(?:made|took|taken|applied|implemented|completed|shipped|deployed)\b/iu;
const FUTURE_WORK = /\b(?:will|going to|next|plan(?:ned|s)?|todo|to do|remaining|upcoming|future)\b|향후|앞으로|할[ \t]?일|할[ \t]?것|예정|계획|남은/iu;

// A sub-heading or label for what was done during the response ("### What we did", "**대응 조치:**", "### 대응 내역"):
// under a follow-up heading that also covers the response, what is under it is a report.
const RESPONSE_LABEL = /^(?:what we did|what we(?:'ve| have) done|what was done|actions taken|steps taken|immediate actions taken|response actions taken|대응 ?내역|대응 ?내용|대응 ?과정|대응 ?조치|조치 ?내용|복구 ?과정|복구 ?조치|초기 ?대응|긴급 ?대응 ?내역|장애 ?대응 ?내역)$/iu;

/** Whether a heading or label reports work already done ("재발 방지를 위해 한 일", "What we did"). */
function reportsPastWork(label: string): boolean {
  const l = label.replace(/\s+/g, ' ').trim();
  return l.length <= 80 && (PAST_WORK_KO.test(l) || PAST_WORK_EN.test(l)) && !FUTURE_WORK.test(l);
}

/** Whether an item is an unchecked checkbox ("- [ ] …"): open work whatever its heading says. */
function isOpenCheckbox(text: string, item: ActionItem): boolean {
  return /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}\[ \]/u.test(text.slice(item.start, Math.min(item.end, item.start + 24)));
}

/** Whether a label ("### Completed", "**Done:**", "- 완료된 조치:", "### Fixes") files what is under it as done. */
function isDoneLabel(label: string): boolean {
  const l = trimEndChars(trimStartChars(headingLabel(label.replace(/\s+/g, ' ')), ' *_'), ' *_:：').replace(/^[^\p{L}\p{N}]{1,4}/u, '').trim();
  if (l.length <= 40 && (DONE_LABEL.test(l) || FIXED_LABEL.test(l) || RESPONSE_LABEL.test(l))) return true;
  // A status remark after the title: "Immediate actions (Completed)", "Short-term fixes — done", "긴급 조치 (완료)".
  const remark = STATUS_REMARK.exec(l);
  return !!remark && l.length <= 120 && isDoneStatus(remark[1] ?? remark[2]);
}
const STATUS_REMARK = /\S[ \t]{0,3}(?:[(（\[]([^()（）\[\]\n]{1,30})[)）\]]|[ \t][—–-][ \t]{1,3}([^—–\n]{1,30}))$/u;

const REPORT_WORD = new RegExp(String.raw`^(?!${NOT_PAST_VERBS})\p{L}{3,20}(?:ed|ing)\b`, 'iu');

/** The title of the deepest heading over an offset inside the section. */
function headingOver(doc: PostmortemDocument, section: Section, offset: number): string {
  let best = section;
  for (const s of doc.sections) {
    if (s.start > offset) break;
    if (s.start >= section.start && offset < s.end && s.depth >= best.depth) best = s;
  }
  return best.title;
}

/**
 * A list that reports work rather than asking for it. Under a heading that may announce either
 * ("Improvements", "개선 사항"), items that report progress ("Developing …", "개발 중") are not open
 * work; and in any list where most items report what was done, the items that neither ask for
 * work nor open with an imperative ("Improved logging around retries.") are part of the report.
 * An unchecked checkbox is open work whatever its wording.
 */
function settleStatusList(doc: PostmortemDocument, section: Section, at: number, own: { item: ActionItem; open: boolean }[]): void {
  if (!own.length) return;
  const plain = (i: ActionItem) => i.description.text.replace(/^[\s*_>]+/u, '').replace(/\s+/g, ' ').trim();
  // A lead-in that says the steps below are under way ("we are taking the following steps:", "다음과 같은 조치를
  // 진행하고 있습니다"): the items that read as progress ("Strengthening …", "… 강화 중") report work, they do not ask for it.
  if (leadSaysUnderWay(doc.text.slice(Math.max(section.contentStart, at - 240), at))) {
    for (const o of own) if (!o.open && !o.item.owner && (UNDER_WAY_ITEM.test(plain(o.item)) || ADVERB_GERUND.test(plain(o.item)))) o.item.done = true;
  }
  const over = headingOver(doc, section, at);
  if (over !== section.title && isDoneLabel(over)) {
    for (const o of own) if (!o.open) o.item.done = true;
    return;
  }
  const key = headingKey(headingLabel(over));
  const weak = WEAK_HEADING.test(key) && !PLAN_HEADING.test(key);
  const progress = (i: ActionItem) => PROGRESS_EN.test(plain(i)) || PROGRESS_MARK.test(trimEndChars(plain(i), '*_`'));
  if (weak) for (const o of own) if (!o.open && !o.item.owner && progress(o.item)) o.item.done = true;
  const reports = own.filter((o) => o.item.done || (weak && progress(o.item))).length;
  if (own.length < 2 || reports * 2 < own.length || (!weak && reports * 3 < own.length * 2)) return;
  for (const o of own) {
    if (o.open || o.item.done) continue;
    const t = plain(o.item);
    if (asksForWork(t)) continue;
    // Only wordings that read as a report: a first word in the past tense or in progress
    // ("Improved logging around retries."), a Korean ending in the past or "중".
    const reportWord = REPORT_WORD.test(t) && !/^(?:monitoring|alerting|logging|testing|tracing|training|scaling|routing|caching|pricing|onboarding|nothing|something|everything|pending|during|bring|string)\b/iu.test(t);
    const reportKo = /(?:했|하였|됐|되었|완료|[ \t]중)[^\uac00-\ud7a3]{0,4}$|(?:했|하였|됐|되었)(?:습니다|음|다)/u.test(t);
    if (reportWord || reportKo) o.item.done = true;
  }
}

// The last line before a list (trimmed), when it says that the listed steps are being taken now.
const LEAD_UNDER_WAY_EN = /\bwe(?:'re|[ \t]are)[ \t](?:(?:now|currently|already)[ \t])?(?:taking|making|implementing|doing|working[ \t]on|rolling[ \t]out|putting[ \t]in[ \t]place)[ \t](?:the[ \t])?(?:following|these|several|some|a[ \t]few)\b[^\n]{0,40}$/iu;
const LEAD_UNDER_WAY_KO = /다음과[ \t]?같(?:은|이)[^\n]{0,30}(?:진행하고[ \t]?있습니다|진행[ \t]?중입니다|추진하고[ \t]?있습니다|시행하고[ \t]?있습니다)[.:：]?$/u;
// An item worded as work in progress: a first word in "-ing" (not a noun like "Monitoring"), or a Korean "… 중".
const UNDER_WAY_ITEM = /^(?!(?:monitoring|alerting|logging|testing|tracing|training|scaling|routing|caching|pricing|onboarding|nothing|something|everything|pending|during|bring|string)\b)\p{L}{3,20}ing\b|[ \t]중(?:입니다|이다|임)?[ \t.]{0,3}$/iu;

function leadSaysUnderWay(before: string): boolean {
  const lines = before.split(/\r\n|\n|\r/u).map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  return last !== undefined && (LEAD_UNDER_WAY_EN.test(last) || LEAD_UNDER_WAY_KO.test(last) || leadSaysFocusedOn(last));
}

// A numbered bold paragraph: "**① 알람 임계치 조정**", "**1. Add alerting**", "**(2) …**", "1. **…**" is a list.
const NUMBERED_BOLD = /^[ \t]{0,3}(?:\*\*|__)[ \t]{0,2}(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.)]|\(\d{1,2}\)|\[\d{1,2}\]|#\d{1,2}|[A-Za-z][.)])[ \t]{0,3}\S/u;

/** A paragraph item and its details (what follows up to the next item), for numbered bold paragraphs. */
function paragraphItem(doc: PostmortemDocument, p: Paragraph, detailsEnd: number, section: Section, term: ActionItem['term']): ActionItem {
  const text = doc.text;
  const strong = p.children[0];
  // The item is the bold title; text after it on the same paragraph is its first detail.
  const dStart = startOf(p);
  const dEnd = strong?.type === 'strong' ? endOf(strong) : endOf(p);
  const read = readListItem(text, startOf(p), endOf(p));
  ownerFromDetails(text, read, endOf(p), detailsEnd);
  if (!read.done) read.done = readsClosed(text.slice(dStart, dEnd));
  return { kind: 'paragraph', start: startOf(p), end: Math.max(endOf(p), detailsEnd), description: spanOf(text, dStart, dEnd), ...read, term, section };
}

function isNumberedBold(doc: PostmortemDocument, node: Nodes): node is Paragraph {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return false;
  return NUMBERED_BOLD.test(doc.text.slice(startOf(node), Math.min(endOf(node), startOf(node) + 16)));
}

// A lead-in that names the team doing the work below: "The infrastructure team will take the following actions:",
// "인프라팀에서 다음 작업을 진행합니다." ("The team will …" alone is the authors: no owner.)
const LEAD_TEAM_EN = new RegExp(String.raw`^(?:(?:the|our)[ \t])?((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}${TEAM_WORD})[ \t](?:will|is going to|are going to|plans? to|(?:has|have) committed to|(?:is|are) (?:working on|responsible for|taking|tracking|owning|implementing|introducing|putting in place|rolling out|carrying out|undertaking)|owns?)\b`, 'iu');
// A purpose or time clause before the team ("To prevent similar incidents in the future, the Yivi team is implementing the
// following measures:", "재발 방지를 위해 인프라팀은 다음 조치를 진행합니다:"; session 17): read from the team on.
const LEAD_CLAUSE_EN = /^(?:(?:in[ \t]order[ \t])?to[ \t][^,;:.\n]{3,100}|going[ \t]forward|moving[ \t]forward|as[ \t]a[ \t]result|in[ \t]response|in[ \t]the[ \t]future|following[ \t](?:this|the)[ \t](?:incident|outage)|after[ \t](?:this|the)[ \t](?:incident|outage)),[ \t]{1,3}/iu;
const LEAD_CLAUSE_KO = /^[^,，:：.\n]{2,60}(?:위해|위하여|위해서|따라|이후|앞으로|향후)[,，]?[ \t]{1,3}/u;
const LEAD_BY_TEAM = new RegExp(String.raw`\b(?:owned|led|handled|done|tracked|taken)[ \t]by[ \t](?:the|our)[ \t]((?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}${TEAM_WORD})\b`, 'iu');
const LEAD_TEAM_KO = new RegExp(String.raw`^([\p{L}\p{N}&]{1,15}${TEAM_KO})(?:에서는?|이|가|은|는)[ \t]`, 'u');
const LEAD_PLAN_KO = /진행|추진|수행|담당|조치|작업|예정|하겠|맡/u;
// A person or a handle named first in the lead-in: "@alice will take the following:", "Alice will own these:",
// "이지은 님이 다음을 진행합니다:".
const LEAD_PERSON_EN = /^(@[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}|\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20})?)[ \t](?:will|is going to|(?:has|have) committed to|is (?:working on|responsible for|taking|tracking|owning)|owns)\b/u;
const LEAD_PERSON_KO = /^([가-힣]{2,4})(?:[ \t]?님)?(?:이|가|께서|은|는|에게서)[ \t]/u;

const ORG_EN = String.raw`(?:\p{Lu}[\p{L}\p{N}.&'-]{0,24}[ \t]{1,3}){0,3}\p{Lu}[\p{L}\p{N}.&'-]{0,24}`;
const LEAD_FOR_ORG_EN = new RegExp(String.raw`\bfor[ \t]{1,3}(${ORG_EN})[ \t]{1,3}to[ \t]{1,3}(?:implement|do|own|complete|carry[ \t]out|work[ \t]on|take[ \t]on|deliver|drive|handle|pick[ \t]up|address|action)\b`, 'u');
const LEAD_BY_ORG_EN = new RegExp(String.raw`\b(?:owned|implemented|led|driven|tracked|handled|delivered)[ \t]{1,3}by[ \t]{1,3}(${ORG_EN})\b`, 'u');
const LEAD_ITEMS_EN = /\b(?:action[ \t]items?|items|tasks|follow-?ups?|actions|changes|work|steps|improvements)\b/iu;
const NOT_ORG_EN = /^(?:the|our|this|these|those|a|an|we|us|it|them|all|each|every|any|some|everyone|anyone|now|later|next|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
const LEAD_ORG_KO = /([\p{L}\p{N}&]{2,20})(?:이|가|에서)[ \t]{1,3}(?:이행|진행|수행|담당|구현|처리|추진)할[ \t]{1,3}(?:후속[ \t]?조치|조치|과제|항목|작업|액션[ \t]?아이템|일)/u;
const NOT_ORG_KO = /^(?:우리|저희|당사|회사|모두|각자|누구|누군가|팀|담당자|앞으로|향후|다음|이번|각|전사)$/u;

// An earlier sentence of a lead-in that speaks of the work below: "The development team will conduct the following
// actions to …", "플랫폼팀은 … 다음 조치를 진행합니다."
const LEAD_WORK_EN = /\b(?:following|these|below|actions?|steps|items|tasks|changes|improvements|measures)\b/iu;
const LEAD_WORK_KO = /다음|아래|이하/u;
// An owner label at the start of a short lead-in paragraph ("Owner for all items below:", "Owner:", "DRI:", "아래 항목 담당:").
const LEAD_OWNER_LABEL = /^[ \t*_]{0,4}(?:(?:owners?|dri|assignees?)(?:[ \t]for[ \t][^:：\n]{1,40})?|(?:(?:아래|다음|이하|전체|모든)[ \t]?(?:항목|조치|과제|작업)[ \t]?)?(?:담당자?|책임자))[ \t*_]{0,4}[:：]/iu;

/** The team a lead-in paragraph names as doing the work below it, if any. */
function leadTeam(doc: PostmortemDocument, p: Paragraph): Span | undefined {
  const s = startOf(p);
  const raw = doc.text.slice(s, endOf(p));
  if (raw.length > 400) return undefined;
  const parts = raw.split(/(?<=[.!?。])[ \t\n]+/u);
  const last = parts[parts.length - 1] ?? raw;
  const found = sentenceTeam(doc, last, s + raw.length - last.length);
  if (found) return found;
  // An owner label written for the whole list: "Owner for all items below: @alice", "아래 항목 담당: 김민수 님".
  const label = raw.length <= 200 ? LEAD_OWNER_LABEL.exec(raw) : null;
  if (label) {
    const read = readOwner(doc.text, s + label.index, s + raw.length);
    if (read.owner) return read.owner;
  }
  if (parts.length < 2) return undefined;
  // The team may be named in an earlier sentence that speaks of the work ("The development team will conduct the
  // following actions to improve …. Most were already planned. Those are:"), the first of up to three.
  let from = 0;
  for (const part of parts.slice(0, Math.min(3, parts.length - 1))) {
    const at = raw.indexOf(part, from);
    if (at < 0) break;
    from = at + part.length;
    if (!(/[\uac00-\ud7a3]/u.test(part) ? LEAD_WORK_KO.test(part) : LEAD_WORK_EN.test(part))) continue;
    const team = sentenceTeam(doc, part, s + at);
    if (team) return team;
  }
  return undefined;
}

/** The team or person one sentence of a lead-in (starting at `off`) names as doing the work. */
function sentenceTeam(doc: PostmortemDocument, last: string, off: number): Span | undefined {
  return sentenceTeamFrom(doc, last, off, false) ?? sentenceTeamFrom(doc, last, off, true);
}

/** {@link sentenceTeam}, read from the sentence's start or (`afterClause`) after a leading purpose or time clause. */
function sentenceTeamFrom(doc: PostmortemDocument, last: string, off: number, afterClause: boolean): Span | undefined {
  const bare = last.replace(/^[\s*_]+/u, '');
  const clause = afterClause ? LEAD_CLAUSE_EN.exec(bare) ?? LEAD_CLAUSE_KO.exec(bare) : null;
  if (afterClause && !clause) return undefined;
  const lead = last.length - bare.length + (clause ? clause[0].length : 0);
  const t = last.slice(lead);
  const en = LEAD_TEAM_EN.exec(t);
  if (en && !/^(?:team|group|crew|org|eng|engineering|squad|guild)$/iu.test(en[1])) {
    const at = off + lead + en[0].indexOf(en[1]);
    return spanOf(doc.text, at, at + en[1].length);
  }
  const by = LEAD_BY_TEAM.exec(t);
  if (by && !/^(?:team|group|crew|org|eng|engineering|squad|guild)$/iu.test(by[1])) {
    const at = off + lead + by.index + by[0].indexOf(by[1]);
    return spanOf(doc.text, at, at + by[1].length);
  }
  const ko = LEAD_TEAM_KO.exec(t);
  if (ko && LEAD_PLAN_KO.test(t)) {
    const at = off + lead;
    return spanOf(doc.text, at, at + ko[1].length);
  }
  // An organisation the lead-in names for the items: "action items for Interchain Labs to implement", "owned by
  // Acme Cloud", "인터체인랩스가 이행할 후속 조치".
  const org = LEAD_FOR_ORG_EN.exec(t) ?? LEAD_BY_ORG_EN.exec(t);
  if (org && LEAD_ITEMS_EN.test(t) && !NOT_ORG_EN.test(org[1])) {
    const at = off + lead + org.index + org[0].indexOf(org[1]);
    return spanOf(doc.text, at, at + org[1].length);
  }
  const ok = LEAD_ORG_KO.exec(t);
  if (ok && !NOT_ORG_KO.test(ok[1])) {
    const at = off + lead + ok.index + ok[0].indexOf(ok[1]);
    return spanOf(doc.text, at, at + ok[1].length);
  }
  // A person: an @handle, a known given name, or a Korean name (with 님, or one the name list knows).
  const pe = LEAD_PERSON_EN.exec(t);
  if (pe && (pe[1].startsWith('@') || isGivenName(pe[1].split(/[ \t]/u)[0]))) return spanOf(doc.text, off + lead, off + lead + pe[1].length);
  const pk = LEAD_PERSON_KO.exec(t);
  if (pk && LEAD_PLAN_KO.test(t) && (/^[가-힣]{2,4}[ \t]?님/u.test(t) || isKoreanName(pk[1]))) return spanOf(doc.text, off + lead, off + lead + pk[1].length);
  return undefined;
}

/** The owner a section's own heading names in a trailing remark ("Action items (owner: @kim)", "재발 방지 대책 — 인프라팀"). */
function sectionOwner(doc: PostmortemDocument, section: Section): Span | undefined {
  const h = section.heading;
  if (!h.children.length) return undefined;
  const s = startOf(h.children[0]);
  const e = endOf(h.children[h.children.length - 1]);
  if (e - s > 120) return undefined;
  // Only what follows the section's name: a remark after a dash, a colon or in parentheses.
  const m = /[(（]|[ \t][-–—][ \t]|[:：]/u.exec(doc.text.slice(s, e));
  if (!m) return undefined;
  const found = readOwner(doc.text, s + m.index, e);
  return found.owner;
}

/** A short label alone on its line, bold ("**LB**", "**Alice:**") or closed by a colon ("Ops team:"): its text, else undefined. */
function labelAlone(doc: PostmortemDocument, p: Paragraph): string | undefined {
  const raw = doc.text.slice(startOf(p), endOf(p)).trim();
  if (raw.length > 60 || /[\r\n]/u.test(raw)) return undefined;
  const plain = plainText(p).trim();
  const bold = p.children.some((c) => c.type === 'strong') && p.children.every((c) => c.type === 'strong' || (c.type === 'text' && /^[ \t:：]*$/u.test(c.value)));
  return bold || /[:：]$/u.test(plain) ? plain : undefined;
}

/**
 * The owner a label alone on its line names over the list under it ("**Alice:**", "**@bob**", "Ops team:", "**박지훈 님**",
 * "**LB**" when the area's initials labels name people): ownerGroups.ts says how an owner is told from a topic (session 14).
 */
function ownerGroupLead(doc: PostmortemDocument, p: Paragraph, initialsArePeople: () => boolean): Span | undefined {
  const plain = labelAlone(doc, p);
  const form = plain === undefined ? undefined : ownerLabelForm(plain);
  if (!form || (form === 'initials' && !initialsArePeople())) return undefined;
  return labelSpan(doc, startOf(p), endOf(p), bareLabel(plain!));
}

/** The same for a sub-heading over a person's or a team's list ("### Alice", "### @bob", "#### LB" among other initials). */
function headingOwnerLabel(doc: PostmortemDocument, h: Nodes, initialsArePeople: () => boolean): Span | undefined {
  if (h.type !== 'heading' || !h.children.length) return undefined;
  const form = ownerLabelForm(plainText(h));
  if (!form || (form === 'initials' && !initialsArePeople())) return undefined;
  return labelSpan(doc, startOf(h.children[0]), endOf(h.children[h.children.length - 1]), bareLabel(plainText(h)));
}

function labelSpan(doc: PostmortemDocument, s: number, e: number, label: string): Span {
  const at = doc.text.slice(s, e).indexOf(label);
  return at < 0 ? spanOf(doc.text, s, e) : spanOf(doc.text, s + at, s + at + label.length);
}

/** The team a sub-heading names as doing the work under it ("### Platform team", "### 인프라팀"). */
function headingTeam(doc: PostmortemDocument, h: Nodes): Span | undefined {
  if (h.type !== 'heading' || !h.children.length) return undefined;
  const label = plainText(h).trim();
  if (!(TEAM_KO_LABEL.test(label) || TEAM_EN_LABEL.test(label)) || /^(?:team|group|crew|org|eng|engineering|squad|guild)$/iu.test(label)) return undefined;
  const s = startOf(h.children[0]);
  return spanOf(doc.text, s, endOf(h.children[h.children.length - 1]));
}

// Sub-headings inside a follow-up section that hold no work: references, lessons, what went well, discussion,
// causes and contributing factors.
const NOT_WORK_KINDS = new Set<string>(['supporting-information', 'lessons-learned', 'went-well', 'went-wrong', 'got-lucky', 'discussion', 'timeline', 'impact', 'summary', 'root-causes', 'trigger']);
// A label over a list of references: "**Related issues:**", "See also:", "관련 이슈:", "참고 자료:".
const REFERENCE_LABEL = /^(?:related(?:[ \t](?:issues?|tickets?|links?|prs?|pull requests?|incidents?|documents?|docs))?|references?|see also|links?|further reading|관련(?:[ \t]?(?:이슈|티켓|링크|자료|문서|장애))?|참고(?:[ \t]?(?:자료|링크|문서))?|참조)$/iu;

/**
 * Whether a short label inside an action-items area names a section that holds no work ("Affected services:",
 * "**Lessons learned:**", "영향 받은 서비스:", "**교훈:**"): the list under it is not action items. A label that is itself
 * a task ("Improve impact analysis:", "원인 분석 자동화:") is not such a label.
 */
function labelsNonWorkSection(p: Paragraph): boolean {
  const raw = plainText(p).replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > 60) return false;
  const boldOnly = p.children.length === 1 && p.children[0].type === 'strong';
  if (!/[:：]$/u.test(raw) && !boldOnly) return false;
  const name = trimEndChars(trimStartChars(raw, '*_ '), '*_ :：').trim();
  if (!name || IMPERATIVE.test(name) || KO_TASK_NOUN.test(name) || readsAsTask(name)) return false;
  // "**Why:**", "**기대 효과**:": the reasons or effects of the measure above, not work (owners, session 10).
  if (labelsReasons(name)) return true;
  const kind = classifyHeading(name, undefined, { keywords: false }) ?? (name.split(/[ \t]+/u).length <= 4 ? classifyHeading(name) : undefined);
  return NOT_WORK_KINDS.has(kind ?? '');
}

/** Tables, lists and numbered bold paragraphs of the nodes of one action-items area. */
function fromBlocks(doc: PostmortemDocument, nodes: readonly Nodes[], section: Section, out: ActionItem[], until: number): void {
  // One pass: a numbered bold paragraph opens an item, and what follows (up to the next item, a
  // heading or a group label such as "**1. 단기 대책**") is its details; other tables and lists are read as items.
  let current: Paragraph | undefined;
  let detailsEnd = 0;
  let doneLabel = false;
  let headOwner: Span | undefined;
  let leadOwner: Span | undefined;
  let pastLead = false;
  let notWork = false;
  let references = false;
  let notItems = false;
  let adviceHead = adviceSection(section);
  let prev: Nodes | undefined;
  // The short labels alone on their lines and the sub-headings of this area: do their initials name people (session 14)?
  let labelSets: { paragraphs: boolean; headings: boolean } | undefined;
  const groupLabels = () => (labelSets ??= {
    paragraphs: initialsNamePeople(nodes.filter((n): n is Paragraph => n.type === 'paragraph' && labelAlone(doc, n) !== undefined).map((n) => plainText(n))),
    headings: initialsNamePeople(nodes.filter((n) => n.type === 'heading').map((n) => plainText(n))),
  });
  const close = () => {
    if (current) out.push({ ...paragraphItem(doc, current, detailsEnd, section, termAt(doc, section, startOf(current))), path: 'section-numbered-bold' });
    current = undefined;
  };
  for (const node of nodes) {
    if (startOf(node) >= until) break;
    const above = prev;
    prev = node;
    if (isNumberedBold(doc, node)) {
      close();
      const label = plainText(node.children[0]).replace(/^\s*(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.)]|\(\d{1,2}\))\s*/u, '').replace(/[:：]\s*$/u, '');
      if (parseTerm(label) === undefined && classifyHeading(label, undefined, { keywords: false }) !== 'action-items') {
        current = node;
        detailsEnd = endOf(node);
      }
      continue;
    }
    if (node.type === 'heading') {
      close();
      doneLabel = false;
      headOwner = headingTeam(doc, node) ?? headingOwnerLabel(doc, node, () => groupLabels().headings);
      leadOwner = undefined;
      pastLead = false;
      references = false;
      notWork = NOT_WORK_KINDS.has(classifyHeading(plainText(node).trim(), undefined, { keywords: false }) ?? '') || labelsAdvice(plainText(node));
      adviceHead = adviceSection(section) || adviceContext(plainText(node));
      continue;
    }
    if (notWork) continue;
    if (references) {
      references = false;
      if (node.type === 'list' || node.type === 'table') continue;
    }
    if (notItems) {
      notItems = false;
      if (node.type === 'list') continue;
    }
    if (current) {
      detailsEnd = Math.max(detailsEnd, endOf(node));
      continue;
    }
    const before = out.length;
    if (node.type === 'list' && completesItemAbove(above, node)) continue;
    // A lead-in paragraph ending with what one piece of work gives ("…, allowing:", "… so that:", "…할 수 있도록:"):
    // the lead-in is the item and the list under it its details (purposeLead.ts, owners3 session 13).
    if (node.type === 'list' && above?.type === 'paragraph' && endOf(above) - startOf(above) <= 300 && !isNumberedBold(doc, above) && endsWithPurpose(plainText(above))) {
      out.push({ ...paragraphItem(doc, above, endOf(node), section, termAt(doc, section, startOf(above))), path: 'purpose-lead' });
      continue;
    }
    // A table or list of data (hosts, resource names, one token per row) under a lead that does not plan work (session 13):
    // not read, and what the lead-in said (done, owner) ends with it.
    const data = (node.type === 'table' && tableOfData(node)) || (node.type === 'list' && listOfData(above, node));
    if (!data && (node.type === 'table' || node.type === 'list')) {
      readBlock(doc, node, section, out);
      tagPath(out, before, node.type === 'table' ? 'section-table' : 'section-list');
      // Advice to other people under a heading or lead-in of advice ("Package maintainers should …"): not the team's work.
      if (node.type === 'list' && (adviceHead || (above?.type === 'paragraph' && adviceContext(plainText(above))))) markAdvice(out, before);
    }
    // "**Done:**" / "완료:" over a list or a table: its items are closed.
    if (doneLabel || pastLead) for (let i = before; i < out.length; i++) if (!pastLead || !isOpenCheckbox(doc.text, out[i])) out[i].done = true;
    const named = leadOwner ?? headOwner;
    if (named) for (let i = before; i < out.length; i++) if (!out[i].owner && !out[i].ownerPlaceholder) out[i].owner = named;
    // (A numbered bold paragraph was taken above: the type guard narrows it away, not every paragraph.)
    const block = node as Nodes;
    leadOwner = block.type === 'paragraph' ? leadTeam(doc, block) ?? ownerGroupLead(doc, block, () => groupLabels().paragraphs) : undefined;
    references = block.type === 'paragraph' && endOf(block) - startOf(block) <= 60 && REFERENCE_LABEL.test(trimEndChars(trimStartChars(plainText(block).trim(), '*_ '), '*_ :：').trim());
    notItems = block.type === 'paragraph' && endOf(block) - startOf(block) <= 2000 && (leadsNonWork(plainText(block).replace(/\s+/g, ' ').trim()) || labelsNonWorkSection(block));
    pastLead = block.type === 'paragraph' && endOf(block) - startOf(block) <= 300 && /[:：.。][ \t*_]{0,4}$/u.test(plainText(block).trim()) && leadReportsPast(plainText(block).replace(/\s+/g, ' ').trim());
    doneLabel = block.type === 'paragraph' && endOf(block) - startOf(block) <= 60 && isDoneLabel(plainText(block));
  }
  close();
}

// A lead-in over a list of what a proposed mechanism must do ("We need something that will:", "이 장치는 다음을 할 수
// 있어야 한다:") or of rules the team keeps ("by following a few extra rules:", "다음 원칙을 지킵니다:"): not tasks.
const CAPABILITY_LEAD_EN = /\b(?:something|a[ \t]mechanism|a[ \t]way|a[ \t]tool|a[ \t]system|a[ \t]function|an?[ \t]\p{L}{2,20})[ \t](?:that|which)[ \t](?:will|can|could|should|must|would)(?:[ \t]be[ \t]able[ \t]to)?[ \t]{0,2}[:：]$/iu;
const CAPABILITY_LEAD_KO = /(?:할|될)[ \t]수[ \t]있어야[ \t](?:한다|합니다|함)[ \t]{0,2}[:：]$/u;
const RULES_LEAD_EN = /\b(?:following|these|a[ \t]few(?:[ \t]extra|[ \t]new|[ \t]more)?|some(?:[ \t]extra|[ \t]new)?|our|the)[ \t](?:(?:extra|new|simple|basic|team|engineering|development)[ \t])?(?:rules|principles|guidelines|conventions)\b(?:[^:：]{0,60})[:：]$/iu;
const RULES_LEAD_KO = /(?:^|[ \t])(?:원칙|규칙|지침)(?:을|를|은|는|이|가)?[ \t][^:：]{0,30}[:：]$/u;
const TECH_RULES = /\b(?:alert(?:ing)?|firewall|waf|routing|iptables|lint(?:ing)?|recording|detection|security[ \t]group|network|rate[ \t]limit(?:ing)?)[ \t](?:rules|guidelines)\b|(?:알림|알람|방화벽|라우팅|탐지|보안[ \t]?그룹|네트워크)[ \t]?(?:규칙|정책)/iu;

// A label or heading over advice to readers, not the team's own work: "**Recommendations for operators:**", "What you
// should do:", "Recommended actions for users", "**사용자 권장 사항:**", "운영자 권장 조치:", "고객 안내 사항".
const AUDIENCE_EN = String.raw`(?:operators?|node[ \t]operators?|users?|customers?|clients?|administrators?|admins?|developers?|integrators?|maintainers?|validators?|readers?|you|everyone|the[ \t]community|downstream[ \t]users?)`;
const ADVICE_LABEL_EN = new RegExp(String.raw`^(?:our[ \t])?(?:recommendations?|recommended[ \t](?:actions?|steps|mitigations?|changes)|advice|guidance|suggestions?|suggested[ \t](?:actions?|steps|mitigations?))[ \t](?:for|to)[ \t]${AUDIENCE_EN}\b[^:：.!?]{0,40}[:：]?$|^what[ \t](?:you|users?|operators?|customers?|admins?|administrators?)[ \t](?:should|can|need[ \t]to|must|have[ \t]to)[ \t]do\b[^:：.!?]{0,40}[:：]?$`, 'iu');
const ADVICE_LABEL_KO = /^(?:사용자|이용자|고객|운영자|관리자|개발자|노드[ \t]?운영자|검증인)(?:[ \t]?분들?)?(?:께|을[ \t]위한|를[ \t]위한|용)?[ \t]?(?:권장|권고|안내|요청)[ \t]?(?:사항|조치|드리는[ \t]조치|드리는[ \t]사항)?[:：]?$/u;

/** Whether a label or heading is over advice to readers ("Recommendations for operators:", "사용자 권장 사항"). */
function labelsAdvice(label: string): boolean {
  const l = trimEndChars(trimStartChars(label.replace(/\s+/g, ' ').trim(), '*_ '), '*_ ').trim();
  if (l.length > 160) return false;
  if (ADVICE_LABEL_EN.test(l) || ADVICE_LABEL_KO.test(l)) return true;
  // A lead-in that asks readers to act ("If you run your own relay, please:", "We recommend that operators:", "이용자
  // 여러분께서는 다음 사항을 확인해 주시기 바랍니다:"), unless the team also says it will do the work.
  if (!/[:：]$/u.test(l)) return false;
  if (/[\uac00-\ud7a3]/u.test(l)) return READER_KO.test(l) && ASK_KO.test(l) && !/하겠습니다|진행합니다|예정/u.test(l);
  return READER_EN.test(l) && ASK_EN.test(l) && !/\bwe(?:'ll|[ \t]will|[ \t]are[ \t]going[ \t]to|[ \t]plan)\b/iu.test(l);
}
const READER_EN = new RegExp(String.raw`\b(?:you|your|${AUDIENCE_EN})\b`, 'iu');
const ASK_EN = /\b(?:please|should|recommend|recommended|advise|encourage|urge|ask|make[ \t]sure|need[ \t]to|must)\b/iu;
const READER_KO = /여러분|고객님|이용자|사용자|운영자|관리자|회원/u;
const ASK_KO = /바랍니다|주세요|주십시오|부탁|권장|권고|당부/u;

// A lead-in that says the list below is a procedure the team follows, not work still to do (session 12, owners2): "the
// rotation process described below", "every release follows these steps:", "다음 절차를 따릅니다:", "아래와 같은 순서로
// 진행합니다:". The items are the steps of the procedure.
const PROCEDURE_LEAD_EN = /\b(?:process|procedure|runbook|checklist|steps|workflow|sequence)[ \t](?:is[ \t]|are[ \t])?(?:detailed|described|outlined|listed|shown|set[ \t]out)[ \t](?:below|here)\b[^:：]{0,20}[.:：]?$|\bfollows?[ \t](?:these|this|the[ \t]following|the)[ \t](?:(?:new|same|improved|standard)[ \t]){0,2}(?:steps|procedure|process|checklist|runbook|sequence)\b[^:：.]{0,30}[.:：]?$/iu;
const PROCEDURE_LEAD_KO = /(?:절차|순서|단계)[ \t]?(?:를|을|로|으로|대로|에[ \t]?따라)[ \t]?(?:[^:：]{0,20}[ \t])?(?:따릅니다|따른다|따름|진행합니다|진행한다|진행됩니다|수행합니다|수행한다)[ \t]?[.:：]?$/u;
// A lead-in that says a mechanism already runs and what it reports or checks (session 12, owners2): "We now have a bot
// that runs every 12h and reports:", "The dashboard shows:", "이 배치가 다음을 보고합니다:". Present tense only: a
// mechanism still to be built ("We will add a probe that checks:") leads into work.
const REPORTS_LEAD_EN = /\b(?:bot|job|cron[ \t]?job|script|dashboard|probe|monitor|alert|report|exporter|pipeline|check)\b[^:：]{0,80}\b(?:reports|checks|shows|displays|tracks|lists|verifies|records|flags)\b[^:：]{0,30}[:：]$/iu;
const REPORTS_LEAD_KO = /(?:봇|배치|작업|스크립트|대시보드|점검|모니터링|알림|프로브|리포트)(?:이|가|은|는)[^:：]{0,40}(?:다음|아래)(?:을|를|의[ \t]항목을|[ \t]항목을|[ \t]사항을)[ \t](?:보고합니다|보고한다|확인합니다|확인한다|보여줍니다|보여준다|표시합니다|점검합니다|알려줍니다|알립니다)[ \t]?[:：]$/u;
const FUTURE_EN = /\b(?:will|won't|going[ \t]to|plans?[ \t]to|planned[ \t]to|needs?[ \t]to|should|must|want[ \t]to)\b|'ll\b/iu;

/** Whether a paragraph leads into a list that is not work: what a mechanism must do, the rules a team keeps, advice to readers. */
function leadsNonWork(label: string): boolean {
  const last = (label.split(/(?<=[.!?。])\s+/u).filter((x) => x.trim()).pop() ?? label).trim();
  if (!last || last.length > 300 || TECH_RULES.test(last)) return false;
  if (PROCEDURE_LEAD_EN.test(last) || PROCEDURE_LEAD_KO.test(last)) return true;
  if ((REPORTS_LEAD_EN.test(last) && !FUTURE_EN.test(last)) || REPORTS_LEAD_KO.test(last)) return true;
  return CAPABILITY_LEAD_EN.test(last) || CAPABILITY_LEAD_KO.test(last) || RULES_LEAD_EN.test(last) || RULES_LEAD_KO.test(last) || labelsAdvice(last);
}

// A label that introduces a list of action items: "**Follow-up actions:**", "Action items:", "후속 조치:".
// A prose lead-in: a sentence ending with ":" that says what will be done ("From now on we will:").
const LEAD_IN_EN = /\b(?:from now on|going forward|moving forward|in the future|next steps?|action items?|follow[- ]?ups?|follow[- ]?up (?:actions|items|work|tasks)|we(?:'ll| will| are going to|'re going to| plan to| intend to| are planning to|'re planning to| are committed to| have committed to| commit to)|to prevent (?:this|a recurrence|recurrence|it from happening)|to avoid (?:this|a repeat|a recurrence))\b/iu;
const PAST_LEAD_EN = /\b(?:shipped|released|landed|went[ \t]out|rolled[ \t]out|(?:was|were)[ \t](?:deployed|released|shipped|merged))[ \t]{1,3}(?:in|with|as[ \t]part[ \t]of)[ \t]{1,3}(?:v?\d|version|release|(?:the|our)[ \t](?:latest|last|new|next|same|v?\d|release|patch|hotfix|update|fix))|\b(?:took|did|have taken|'ve taken|were taken|was done|we (?:had|made|have made|'ve made|performed|ran|executed))\b|\bwe(?:'ve|[ \t]have)(?:[ \t]{1,3}(?:now|since|already|also))?[ \t]{0,3}[:：]$|\bwe(?:'ve|[ \t]have)[ \t]{1,3}(?:now|since|already|also)[ \t]{1,3}(?:made|taken|put|done|\p{L}{2,20}ed)\b|\b(?:changes|fixes|steps|actions|measures|improvements)[ \t]{1,3}(?:have[ \t]{1,3}been|were)[ \t]{1,3}(?:made|taken|implemented|applied|deployed|completed|put in place)\b/iu;
const LEAD_IN_KO = /앞으로|향후|재발 ?방지|예정입니다|예정이다|계획입니다|계획이다|하겠습니다|할 것입니다|진행합니다|진행할|추진합니다|개선합니다|개선할|조치할|후속 ?조치|후속 ?작업|후속 ?과제|액션 ?아이템|개선 ?사항|개선 ?과제/u;
const PAST_LEAD_KO = /(?:했|하였|됐|되었)(?:습니다|다|음)|완료했/u;
// An inline label: "Follow-up: …", "Action item: …", "[AI] …", "AI: …", "후속 조치: …".
const INLINE_LABEL = /^[ \t]{0,3}(?:\*\*|__)?[ \t]{0,2}(?:(?:follow[- ]?up(?: action| item| task)?s?|action items?|next steps?|후속 ?(?:조치|작업|과제)|액션 ?아이템|조치 ?항목)[ \t]{0,2}[:：]|\[AI\]|AI[ \t]{0,2}[:：])(?:\*\*|__)?[ \t]{0,3}(?=\S)/iu;
const INLINE_AI = /^[ \t]{0,3}(?:\[AI\]|AI[ \t]{0,2}[:：])/u;

function labelsActionList(doc: PostmortemDocument, p: Paragraph, bare = false): boolean {
  const raw = doc.text.slice(startOf(p), endOf(p));
  if (raw.length > 400) return false;
  const label = plainText(p).replace(/\s+/g, ' ').trim();
  if (!label) return false;
  // "To prevent this from happening again, we have:", "재발 방지를 위해 다음과 같이 조치했습니다:": a report of the changes made.
  if (leadReportsPast(label)) return false;
  const colon = /[:：]$/u.test(label);
  const boldOnly = p.children.length === 1 && p.children[0].type === 'strong';
  const name = label.replace(/[:：]$/u, '').replace(/^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[\u2460-\u2473])\s*/u, '').trim();
  const short = bare && name.length <= 40 && !/[.!?。:：]/u.test(name);
  if ((colon || boldOnly || short) && name.length <= 60 && classifyHeading(name) === 'action-items') return true;
  // A line of its own standing for a heading ("Action Items", "후속 조치") right over the list: the exact names only.
  if (!bare && !colon && !/[\r\n]/u.test(raw.trim()) && name.length <= 40 && !/[.!?。:：]/u.test(name) && classifyHeading(name, undefined, { keywords: false }) === 'action-items') return true;
  if (!colon) return false;
  // The lead-in is the last sentence before the list.
  const last = label.split(/(?<=[.!?。])\s+/u).pop() ?? label;
  if (/[\uac00-\ud7a3]/u.test(last)) return (LEAD_IN_KO.test(last) || HERE_LEAD_KO.test(last)) && !PAST_LEAD_KO.test(last) && !PAST_ADNOMINAL_KO.test(last);
  // Advice to readers ("Some things you can do to help:") is not the team's follow-up work.
  if (/\byou\b|\byour\b|여러분|사용자(?:분)?들?께서/iu.test(last)) return false;
  return (LEAD_IN_EN.test(last) || HERE_LEAD_EN.test(last)) && !PAST_LEAD_EN.test(last);
}

// A lead-in that presents the list as the actions themselves (session 18, reading): "Here are some actions:", "Here are
// the next steps:", "Here are a few follow-up tasks to take:". The noun ends the lead-in (a past clause after it, "the
// actions we took:", is a report, and "the steps:" alone may be a procedure); "you" was turned away above.
const HERE_LEAD_EN = /^(?:so[ \t,]{1,3})?here(?:[ \t]are|'re|[ \t]is)[ \t](?:(?:some|the|our|a[ \t]few|a[ \t]couple[ \t]of|several|three|two|four|five)[ \t])?(?:(?:follow[- ]?up|corrective|preventive|preventative|remediation|concrete|planned|new)[ \t])?(?:actions|action[ \t]items|tasks|to-?dos|(?:next|follow[- ]?up|corrective|preventive|preventative|remediation)[ \t]steps)(?:[ \t](?:to[ \t]take|we(?:'ll|[ \t]will)[ \t]take|going[ \t]forward|for[ \t]the[ \t]future))?[ \t]{0,2}[:：]$/iu;

// The Korean of "Here are some actions:": "조치 사항은 다음과 같습니다:", "다음은 후속 작업 목록입니다:", "할 일은 아래와 같습니다:".
const HERE_LEAD_KO = /(?:조치|대책|할[ \t]일|작업)[ \t]?(?:사항|항목|목록)?(?:은|는)[ \t](?:다음과|아래와)[ \t]같습니다[ \t]?[:：]$|^(?:다음|아래)(?:은|는)[ \t][^:：]{0,20}(?:조치|대책|할[ \t]일|작업)[ \t]?(?:사항|항목|목록)?입니다[ \t]?[:：]$/u;
// What was already done: "취한 조치는 다음과 같습니다:", "진행한 작업은 …".
const PAST_ADNOMINAL_KO = /(?:취한|진행한|적용한|완료한|실시한|수행한|했던|하였던|마친)[ \t]/u;

// A plan written into an item: "도입 예정", "(1개월 내 구현)", "3월까지", "Will add …", "Plan to …", "by Q3".
const PLAN_MARK = /예정|계획|할 것|하겠|검토 중|추진|\d{1,3}[ \t]?(?:일|주|개월|달|분기)[ \t]?(?:내|이내)|\d{1,2}월[ \t]?(?:중|까지)|까지[ \t]{0,2}(?:구현|완료|적용|도입)|향후|\bwill\b|\bplan(?:s|ned)?[ \t]to\b|\bby[ \t](?:Q[1-4]|the[ \t]end[ \t]of|end[ \t]of|next)\b/iu;

/**
 * Whether a response label ("**대응 조치:**", "**Response:**") is over a list of plans: an item says it
 * is planned ("… 도입 예정", "(1개월 내 구현)", "Will add …") and none reports what was done. A list that
 * reports the response ("트래픽을 우회했다", "캐시 서버 재시작") is not follow-up work.
 */
function labelsPlannedResponse(doc: PostmortemDocument, p: Paragraph, list: List): boolean {
  const raw = doc.text.slice(startOf(p), endOf(p));
  if (raw.length > 60) return false;
  const name = trimEndChars(trimStartChars(plainText(p).replace(/\s+/g, ' ').trim(), '*_ '), '*_ :：').trim();
  if (!name || !(RESPONSE_LABEL.test(name) || /^(?:response|remediation steps|대응|조치)$/iu.test(name) || classifyHeading(name, undefined, { keywords: false }) === 'resolution' || (name.split(/[ \t]+/u).length <= 5 && classifyHeading(name) === 'resolution'))) return false;
  return responsePlans(doc, list) !== undefined;
}

/**
 * What a list under a response label plans: undefined when it plans nothing; 'all' when some item is planned and none
 * reports what was done (every item is then follow-up work); 'mixed' when it reports done work beside planned or
 * under-way items ("- Upgrading the disk … - Changed … - We plan to …"): then only the planned and under-way items are
 * open, and an item that says neither (a bare noun phrase) may be the response itself, so it stays silent.
 */
function responsePlans(doc: PostmortemDocument, list: List): 'all' | 'mixed' | undefined {
  let plans = 0;
  let closed = 0;
  let planned = 0;
  for (const li of list.children) {
    const fp = firstParagraph(li);
    if (!fp) continue;
    const t = doc.text.slice(startOf(fp), endOf(fp));
    if (readsClosed(t)) {
      closed++;
      continue;
    }
    if (PLAN_MARK.test(t)) plans++;
    if (plannedOrUnderWay(t)) planned++;
  }
  if (!closed) return plans > 0 ? 'all' : undefined;
  return planned > 0 && plans > 0 ? 'mixed' : undefined;
}

/** Whether an item under a response label says it is planned or under way ("We plan to …", "Upgrading …", "… 중입니다"). */
function plannedOrUnderWay(text: string): boolean {
  return PLAN_MARK.test(text) || UNDER_WAY_ITEM.test(text.trim());
}

/** Whether a lead-in's last sentence reports the work below as done ("we have:", "We have since made …", "조치를 완료했습니다."). */
function leadReportsPast(label: string): boolean {
  const last = (label.split(/(?<=[.!?。])\s+/u).filter((x) => x.trim()).pop() ?? label).trim();
  if (!last || last.length > 300) return false;
  if (/[\uac00-\ud7a3]/u.test(last)) return PAST_LEAD_KO.test(last) && !PLAN_KO.test(last);
  return PAST_LEAD_EN.test(last) && !/\b(?:will|going to|plan(?:s|ned)? to|next|remaining|still to)\b/iu.test(last);
}

/** An inline-label item: a paragraph or list item that opens with "Follow-up:", "[AI]", "후속 조치:" … */
function inlineItem(doc: PostmortemDocument, p: Paragraph, start: number, end: number, section: Section): ActionItem | undefined {
  const text = doc.text;
  const src = text.slice(startOf(p), Math.min(endOf(p), startOf(p) + 60));
  const m = INLINE_LABEL.exec(src);
  if (!m) return undefined;
  if (/^[ \t]{0,3}AI/u.test(src) && !INLINE_AI.test(src)) return undefined;
  const dStart = startOf(p) + m[0].length;
  const read = readListItem(text, dStart, endOf(p));
  return { kind: 'paragraph', start, end, description: spanOf(text, dStart, endOf(p)), ...read, section };
}

// A paragraph that plans the team's work: "we will / we'll / we plan to …", or a change in the passive future ("The bug
// will be fixed in …"); not a prediction ("this will avoid …", "it will help …"). Korean: a plan ending (예정, 하겠습니다,
// 할 것입니다, 계획입니다).
const PROSE_PLAN_EN = /\bwe(?:['’]ll|[ \t]{1,3}will(?![ \t]{1,3}not\b)|(?:[ \t]{1,3}are|['’]re)(?:[ \t]{1,3}(?:also|therefore|now|thus|still))?[ \t]{1,3}(?:going|planning)[ \t]{1,3}to|[ \t]{1,3}plan[ \t]{1,3}to|[ \t]{1,3}intend[ \t]{1,3}to|[ \t]{1,3}(?:also[ \t]{1,3})?need[ \t]{1,3}to)\b|\bwill[ \t]{1,3}be[ \t]{1,3}(?:fixed|added|implemented|deployed|applied|released|rolled[ \t]out|merged|updated|tested|introduced|migrated|replaced|changed|documented|provided|upgraded|patched|enabled|automated|set[ \t]up|removed|re-?prioriti[sz]ed)\b/iu;
const PROSE_PLAN_KO = /예정(?:입니다|이다|이며|이고|임)|하겠습니다|할[ \t]것입니다|계획(?:입니다|이다|이며)/u;
// More ways prose tells the team's own open work (session 18, reading), each the main clause's (not "… which we are
// now focusing on fixing"): a plan "going forward" ("Going forward recommend doing …", "Going forward I would like to …"),
// work the team has turned to ("we have refocused to improve …", "we are now focusing on …", "We are investigating
// replacing …"), a thing still needed ("we need an external monitor …") or left to do ("… are still a TODO").
const PROSE_PLAN_MORE_EN = /\b(?:going|moving)[ \t]{1,3}forward,?[ \t]{1,3}(?:(?:we|I)[ \t]{1,3})?(?:recommend|should|must|need[ \t]{1,3}to|want[ \t]{1,3}to|would[ \t]{1,3}like[ \t]{1,3}to|plan[ \t]{1,3}to)\b|(?<!\b(?:which|that|who)[ \t]{1,3})\bwe(?:[ \t]{1,3}have|'ve)[ \t]{1,3}(?:now[ \t]{1,3})?refocused[ \t]{1,3}(?:on|to)\b|(?<!\b(?:which|that|who)[ \t]{1,3})\bwe(?:[ \t]{1,3}are|'re)[ \t]{1,3}(?:now[ \t]{1,3}|currently[ \t]{1,3})?(?:refocusing[ \t]{1,3}on|investigating[ \t]{1,3}(?:replacing|moving|migrating|switching|adding|whether|how)|looking[ \t]{1,3}(?:at|into)[ \t]{1,3}(?:replacing|moving|migrating|switching))\b|(?<!\b(?:which|that|who)[ \t]{1,3})\bwe[ \t]{1,3}(?:also[ \t]{1,3}|still[ \t]{1,3})?need[ \t]{1,3}(?:an?|more|better|some)[ \t]{1,3}\p{L}|\b(?:is|are)[ \t]{1,3}still[ \t]{1,3}(?:a[ \t]{1,3})?todo\b/iu;

// The Korean of those: work the team has turned to ("개선에 집중하고 있습니다", "교체를 검토하고 있습니다", "이전을 검토
// 중입니다"), a thing still needed ("외부 모니터가 필요합니다"), work left ("이메일 알림은 아직 TODO입니다").
const PROSE_PLAN_MORE_KO = /(?:집중하고|검토하고|추진하고|준비하고)[ \t]?있습니다|(?:검토|준비|추진)[ \t]?중입니다|필요합니다|(?:아직|여전히)[ \t](?:TODO|todo|미완료|남아[ \t]?있습니다)/u;

/** A paragraph item: prose that plans work under a follow-up heading, on the paragraph's first line. */
function proseItem(doc: PostmortemDocument, p: Paragraph, section: Section, plans?: (t: string) => boolean): ActionItem | undefined {
  const start = startOf(p);
  const end = endOf(p);
  if (end - start > 2000 || end - start < 20) return undefined;
  const t = plainText(p).replace(/[\u2018\u2019]/gu, "'").replace(/\s+/g, ' ').trim();
  // A label, a question, advice to readers, a lead-in that names the owner for everything: not an item.
  if (/[:：?]$/u.test(t) || labelsAdvice(t) || leadsNonWork(t) || apologisesOnly(t)) return undefined;
  const ko = /[\uac00-\ud7a3]/u.test(t);
  // "The platform team will fix …", "인프라팀이 … 예정입니다": a named team planning the work is a plan with its owner.
  const team = leadTeam(doc, p);
  if (!team && (plans ? !plans(t) : ko ? !(PROSE_PLAN_KO.test(t) || PROSE_PLAN_MORE_KO.test(t)) : !(PROSE_PLAN_EN.test(t) || PROSE_PLAN_MORE_EN.test(t)) || /\byou\b|\byour\b/iu.test(t) || addressesReaders(t))) return undefined;
  const read = readListItem(doc.text, start, end);
  if (!read.owner && team) read.owner = team;
  return { kind: 'paragraph', start, end, description: spanOf(doc.text, start, end), ...read, done: false, section };
}

/** Prose that recommends to readers ("we recommend that operators …", "users should …"): advice, not the team's plan. */
function addressesReaders(t: string): boolean {
  return /\brecommend(?:ed)?(?:[ \t]{1,3}that)?[ \t]{1,3}(?:all[ \t]{1,3})?(?:users?|customers?|operators?|clients?|admins?|administrators?|developers?|readers?|maintainers?|everyone)\b/iu.test(t);
}

/** A stand-in section for a document without headings. */
function wholeDocument(doc: PostmortemDocument): Section {
  return {
    heading: { type: 'heading', depth: 1, children: [] },
    title: '',
    depth: 0,
    kind: undefined,
    start: 0,
    contentStart: doc.frontMatter?.end ?? 0,
    end: doc.text.length,
    parent: undefined,
    children: [],
  };
}

/** Whether a section is (under) the summary. */
function inSummary(section: Section | undefined): boolean {
  for (let s = section; s; s = s.parent) if (s.kind === 'summary') return true;
  return false;
}

/** Sections whose lists are not action items even when they look like them. */
function isNonActionArea(section: Section | undefined): boolean {
  for (let s = section; s; s = s.parent) if (s.kind === 'timeline' || s.kind === 'five-whys' || s.kind === 'action-items') return true;
  return false;
}

// A numbered heading: "3. …", "2) …", "(1) …", "① …", "1️⃣ …", "#1 …", "Step 2: …".
const NUMBERED_HEADING = /^[ \t]{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]|\(\d{1,2}\)|[\u2460-\u2473\u2776-\u277f]|\d\ufe0f?\u20e3|#\d{1,2}\b|(?:step|item|action)[ \t]\d{1,2}\b)/iu;
// A heading or its parent that describes problems, not work ("Issues across clients", "문제점").
const PROBLEM_HEADING = /\b(?:issues?|problems?|risks?|causes?|symptoms?|challenges?)\b|문제|이슈|현상|원인|위험/iu;
// A body that says there is nothing to do ("It is unclear what we can do", "No fixes were necessary", "없음").
const NOTHING_TO_DO = /^(?:it(?:'s| is) unclear|unclear|none\b|n\/a\b|nothing\b|no (?:\w+ )?(?:were|was|is|are) (?:necessary|needed|required)|not (?:applicable|needed|necessary)|없음|해당 ?없음|없습니다|특이 ?사항 ?없음)/iu;
// A category sub-heading ("Detection", "Process", "문서화"): its paragraphs are the items.
const CATEGORY_HEADING = /^(?:prevention|preventive|detection|mitigation|process|processes|fixes|fix|repair|documentation|docs|testing|tests|tooling|communication|training|monitoring|alerting|other|예방|탐지|감지|완화|프로세스|절차|문서화?|테스트|교육|모니터링|커뮤니케이션|기타)$/iu;

// Prose that asks for work: a plan, a need or a proposal ("should become", "needs to be", "we will",
// "필요", "예정"), or an imperative ("Add documentation on …"). An observation ("X proved valuable") is not.
const ASKS_FOR_WORK = /\b(?:should|must|need|needs|needed|will|shall|could|plan|plans|planned|planning|require|requires|required|going to|to be done|todo|next step|proposal|propose|proposed|recommend|recommended)\b|필요|예정|해야|하겠|할 것|계획|추진|도입|검토|제안|권장/iu;
const IMPERATIVE = /^(?:add|create|implement|document|write|introduce|improve|build|set up|enable|disable|migrate|remove|automate|establish|define|review|update|run|test|monitor|alert|investigate|ensure|make|use|move|replace|switch|upgrade|rotate|audit|publish|schedule|train|deprecate|consolidate|standardi[sz]e|refactor|fix|limit|reduce|increase|split|separate|track|measure|require|allow|block|prevent)\b/iu;

function asksForWork(body: string): boolean {
  const t = body.replace(/^[\s*_>#-]+/u, '');
  return ASKS_FOR_WORK.test(t) || IMPERATIVE.test(t);
}

/** Plain text of a heading without its numbering. */
function headingLabel(title: string): string {
  return title.replace(NUMBERED_HEADING, '').replace(/[:：]\s*$/u, '').trim();
}

/** Whether an intro paragraph reports the work below as already done ("개선 작업을 진행했습니다", "We have completed …"). */
function introSaysDone(doc: PostmortemDocument, nodes: readonly Nodes[], before: number): boolean {
  for (const n of nodes) {
    if (startOf(n) >= before) break;
    if (n.type !== 'paragraph') continue;
    const t = trimEndChars(doc.text.slice(startOf(n), endOf(n)), '*_`~ \t\r\n');
    const last = t.split(/(?<=[.!?。])\s+/u).pop() ?? t;
    if (PAST_KO.test(last) && !PLAN_KO.test(last)) return true;
    if (/\bwe(?: have|'ve)? (?:already )?(?:completed|implemented|shipped|put in place|made the following|taken the following)\b/iu.test(last)) return true;
  }
  return false;
}

/**
 * Heading items of an action-items section: numbered sub-headings ("#### 3. Pod 로그 모니터링 강화",
 * "### 1️⃣ …") and prose-only sub-headings ("#### More non-finality testing") are items, with all that
 * is under them as details; a category sub-heading's paragraphs are items. Returns the offsets the
 * items cover (their blocks are not read again as items of their own).
 */
function headingItems(doc: PostmortemDocument, section: Section, nodes: readonly Nodes[], out: ActionItem[]): [number, number][] {
  const covered: [number, number][] = [];
  const text = doc.text;
  const subs = doc.sections.filter((s) => s.start > section.start && s.start < section.end);
  if (!subs.length) return covered;
  const allDone = introSaysDone(doc, nodes, subs[0].start);
  let coveredUntil = -1;
  let at = 0;
  for (const sub of subs) {
    if (sub.start < coveredUntil) continue;
    const label = headingLabel(sub.title);
    if (!label || parseTerm(label) !== undefined) continue;
    // "### Conclusion", "### 결론" among task sub-headings sums the write-up up: not one more item (session 14).
    if (closingHeading(label)) continue;
    const parent = sub.parent && sub.parent !== section ? sub.parent : undefined;
    if (PROBLEM_HEADING.test(label) || (parent && PROBLEM_HEADING.test(parent.title))) continue;
    const ownEnd = sub.children.length ? sub.children[0].start : sub.end;
    // Sub-headings come in document order, so one pointer walks the section's nodes once.
    while (at < nodes.length && startOf(nodes[at]) < sub.contentStart) at++;
    const own: Nodes[] = [];
    for (let i = at; i < nodes.length && startOf(nodes[i]) < ownEnd; i++) own.push(nodes[i]);
    const paragraphs = own.filter((n): n is Paragraph => n.type === 'paragraph');
    const hasBlocks = own.some((n) => n.type === 'list' || n.type === 'table');
    if (CATEGORY_HEADING.test(label)) {
      if (hasBlocks) continue;
      for (const p of paragraphs) {
        const body = text.slice(startOf(p), endOf(p)).trim();
        if (NOTHING_TO_DO.test(body) || isNumberedBold(doc, p) || !asksForWork(body)) continue;
        const read = readListItem(text, startOf(p), endOf(p));
        out.push({ kind: 'paragraph', start: startOf(p), end: endOf(p), description: spanOf(text, startOf(p), endOf(p)), ...read, done: read.done || allDone || isDoneLabel(label), section, path: 'section-category-paragraph' });
      }
      covered.push([sub.contentStart, ownEnd]);
      coveredUntil = ownEnd;
      continue;
    }
    // "### 2.1 …" under "## 2. …" is numbered by the document's outline: an item only when its title or its first
    // sentence reads as work ("2.1 큐 길이 알림 추가", "5.2 Add alerting"), not a subsection explaining the design.
    if (outlineSubsection((sub.parent ?? section).title, sub.title)) {
      const firstSentence = paragraphs.length ? (text.slice(startOf(paragraphs[0]), endOf(paragraphs[0])).split(/(?<=[.!?。])\s/u)[0] ?? '') : '';
      if (!(IMPERATIVE.test(label) || KO_TASK_NOUN.test(trimEndChars(label, ' .')) || ASKS_FOR_WORK.test(label) || asksForWork(firstSentence))) continue;
    }
    const numbered = NUMBERED_HEADING.test(sub.title);
    // "### 3. Hardening" over "#### Automatic security updates", "#### Intrusion detection": a numbered group label over
    // measures of their own (not over parts of one write-up, "#### Background", "#### Plan"): its sub-headings are read one
    // by one (owners, session 10).
    // (At least one sub-heading must be such a measure written up with its how-to, or a checklist; one sub-heading alone
    // only when it is one: "### 6. Backups" over "#### Nightly snapshots" with its script.)
    if (numbered && sub.children.length >= 1 && sub.children.every((c) => !detailHeading(headingLabel(c.title)))) {
      const ownOf = (child: Section): Nodes[] => {
        // The section's nodes are in order: a binary search finds the sub-heading's first block.
        let lo = 0;
        let hi = nodes.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (startOf(nodes[mid]) < child.contentStart) lo = mid + 1;
          else hi = mid;
        }
        const until = child.children.length ? child.children[0].start : child.end;
        const out: Nodes[] = [];
        for (let i = lo; i < nodes.length && startOf(nodes[i]) < until; i++) out.push(nodes[i]);
        return out;
      };
      const measure = (c: Section) => c.children.length === 0 && (howToMeasure(doc, headingLabel(c.title), ownOf(c)) || checklistOnly(ownOf(c)));
      if (sub.children.length >= 2 ? sub.children.some(measure) : measure(sub.children[0])) continue;
    }
    // "#### Fail2ban on the bastion" over a code block and labelled details ("**Steps:**", "**Why:**"): a measure written
    // up with its how-to is one item (a checklist or a table under it holds items of their own). Owners, session 10.
    const howTo = !numbered && sub.children.length === 0 && howToMeasure(doc, label, own);
    if (!numbered && !howTo && (hasBlocks || sub.children.length > 0 || paragraphs.length === 0)) continue;
    if (!numbered && !howTo) {
      const body = text.slice(startOf(paragraphs[0]), endOf(paragraphs[paragraphs.length - 1])).trim();
      if (NOTHING_TO_DO.test(body) || !(asksForWork(body) || IMPERATIVE.test(label))) continue;
    }
    const h = sub.heading;
    if (!h.children.length) continue;
    const dStart = startOf(h.children[0]);
    const dEnd = endOf(h.children[h.children.length - 1]);
    const read = readListItem(text, dStart, dEnd);
    ownerFromDetails(text, read, sub.contentStart, sub.end);
    const first = paragraphs[0];
    if (!read.done && first && !/\btodo\b/iu.test(label)) read.done = readsClosed(text.slice(startOf(first), endOf(first)));
    if (/\btodo\b/iu.test(label)) read.done = false;
    else if (allDone) read.done = true;
    out.push({ kind: 'heading', start: sub.start, end: sub.end, description: spanOf(text, dStart, dEnd), ...read, term: termAt(doc, section, sub.start), section, path: 'section-heading' });
    covered.push([sub.start, sub.end]);
    coveredUntil = sub.end;
  }
  return covered;
}

// A sub-heading's name that is a list of checks or a label for lists, not a measure: "Weekly checklist", "점검 체크리스트".
const CHECKLIST_HEADING = /checklist|check[ \t]list|체크리스트|점검[ \t]?(?:목록|항목)/iu;

/**
 * Whether a sub-heading's own blocks write up one measure with its how-to: a code block or a how-to label ("**Steps:**",
 * "**설정 방법**:"), and every list right under a short label ("**Why:**", "**Targets:**"), no checklist, no table.
 */
function howToMeasure(doc: PostmortemDocument, label: string, own: readonly Nodes[]): boolean {
  if (!/[\p{L}]/u.test(label) || CHECKLIST_HEADING.test(label) || detailHeading(label) || isDoneLabel(label) || REFERENCE_LABEL.test(label)) return false;
  if (NOT_WORK_KINDS.has(classifyHeading(label, undefined, { keywords: false }) ?? '') || labelsAdvice(label)) return false;
  let howTo = false;
  let prev: Nodes | undefined;
  for (const n of own) {
    if (n.type === 'table') return false;
    if (n.type === 'code') howTo = true;
    if (n.type === 'paragraph' && shortLabel(doc, n) !== undefined && labelsHowTo(shortLabel(doc, n)!)) howTo = true;
    if (n.type === 'list') {
      if (!prev || prev.type !== 'paragraph' || shortLabel(doc, prev) === undefined) return false;
      if (n.children.some((li) => li.checked === true || li.checked === false)) return false;
    }
    prev = n;
  }
  return howTo;
}

/** Whether a sub-heading's own blocks are checklists only ("- [ ] …"), with at most a short lead paragraph. */
function checklistOnly(own: readonly Nodes[]): boolean {
  const lists = own.filter((n): n is List => n.type === 'list');
  return lists.length > 0 && own.every((n) => n.type === 'list' || n.type === 'paragraph') && lists.every((l) => l.children.every((li) => li.checked === true || li.checked === false));
}

/** The name of a short label paragraph ("**Why:**", "Steps:", "**이유**:") without markup and colon, or undefined. */
function shortLabel(doc: PostmortemDocument, p: Paragraph): string | undefined {
  if (endOf(p) - startOf(p) > 80) return undefined;
  const raw = plainText(p).replace(/\s+/g, ' ').trim();
  const boldLead = p.children[0]?.type === 'strong';
  if (!raw || raw.length > 60 || (!/[:：]$/u.test(raw) && !(boldLead && p.children.length <= 2))) return undefined;
  const name = trimEndChars(trimStartChars(raw, '*_ '), '*_ :：').trim();
  // "**Netdata 설치** (실시간 모니터링):": the label is the bold part.
  const bold = boldLead ? trimEndChars(plainText(p.children[0]).trim(), ' :：') : name;
  return bold || undefined;
}

// A responsibility roster elsewhere in the document: "개발팀 (애플리케이션 에러 수정), 보안팀 (Cloudflare 차단 검토)",
// "SRE team (alerting)". Each entry gives its team to the items whose words it names.
const ROSTER = /([\p{L}\p{N}&]{1,20}(?:팀|파트|본부|센터|그룹|스쿼드|[ \t](?:team|squad|group)))[ \t]{0,2}[(（]([^()（）\n]{2,60})[)）]/giu;

/** What every roster entry contains: a cheap test that skips the (slower) full search on most documents. */
const ROSTER_TAIL = /(?:팀|파트|본부|센터|그룹|스쿼드|[ \t](?:team|squad|group))[ \t]{0,2}[(（]/iu;

/** The roster entries of a document, kept between lints (an edit searches only the lines it touched: no entry spans a line). */
const rosterScan = new LineScan(ROSTER, ROSTER_TAIL);

function rosterOwners(doc: PostmortemDocument, items: ActionItem[]): void {
  if (!items.some((i) => !i.owner && !i.ownerPlaceholder && !i.done)) return;
  const entries: { owner: Span; words: string[] }[] = [];
  for (const { index, groups: m } of rosterScan.matches(doc.text)) {
    const words = m[2]!.toLowerCase().split(/[\s,/·]+/u).filter((w) => w.length > 1);
    if (words.length >= 2) entries.push({ owner: spanOf(doc.text, index, index + m[1]!.length), words });
    if (entries.length > 50) break;
  }
  if (!entries.length) return;
  for (const item of items) {
    if (item.owner || item.ownerPlaceholder || item.done) continue;
    const desc = item.description.text.toLowerCase();
    const hit = entries.find((e) => e.words.every((w) => desc.includes(w)) && !(e.owner.start >= item.start && e.owner.start < item.end));
    if (hit) item.owner = hit.owner;
  }
}

/**
 * The items of a table or list of an action-items section, kept between the parses of a lint
 * session by the chunk node it is a copy of ({@link originOf}: the same tree and text), relative
 * to its start. They depend on the block alone and on what `key` holds: the term and the heading
 * over it in the section, and the section's title (a block that a section starts or ends inside
 * is read again each time).
 */
const blockReads = new WeakMap<Nodes, { key: string; items: ActionItem[] }>();

function readBlock(doc: PostmortemDocument, node: Table | List, section: Section, out: ActionItem[]): void {
  const read = () => (node.type === 'table' ? fromTable(doc, node, section, out) : fromList(doc, node, section, undefined, out));
  const o = originOf(node);
  const start = startOf(node);
  const end = endOf(node);
  if (!o || doc.sections.some((s) => (s.start > start && s.start < end) || (s.end > start && s.end < end))) return read();
  const key = `${node.type}\u0000${termAt(doc, section, start) ?? ''}\u0000${node.type === 'list' ? `${headingOver(doc, section, start)}\u0000${section.title}` : ''}`;
  const known = blockReads.get(o.origin);
  if (known && known.key === key) {
    // Kept items were moved once already: every field is one movedItem moves.
    for (const item of known.items) out.push(movedItem(item, start, section)!);
    return;
  }
  const before = out.length;
  read();
  const items: ActionItem[] = [];
  for (let i = before; i < out.length; i++) {
    const r = movedItem(out[i], -start, section);
    if (!r) return;
    items.push(r);
  }
  blockReads.set(o.origin, { key, items });
}

/** A copy of an item `by` characters on, in `section`; undefined when a field is not a number, string, boolean or span. */
function movedItem(item: ActionItem, by: number, section: Section): ActionItem | undefined {
  const copy: Record<string, unknown> = {};
  const fields = item as unknown as Record<string, unknown>;
  // A span given to two fields (owner and owner cell) stays one object.
  const spans: [Span, Span][] = [];
  for (const k in fields) {
    const v = fields[k];
    if (k === 'section') copy[k] = section;
    else if (k === 'start' || k === 'end') copy[k] = (v as number) + by;
    else if (v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') copy[k] = v;
    else if (isSpan(v)) {
      let moved = spans.find((p) => p[0] === v)?.[1];
      if (!moved) spans.push([v, (moved = { start: v.start + by, end: v.end + by, text: v.text })]);
      copy[k] = moved;
    }
    else return undefined;
  }
  return copy as unknown as ActionItem;
}

/** Exactly a {@link Span}: start, end and text, nothing else. */
function isSpan(v: unknown): v is Span {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  let n = 0;
  for (const _ in o) n++;
  return n === 3 && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

/**
 * Extracts the action items of a document: tables, lists and numbered bold paragraphs of every
 * section whose heading means follow-up work, lists under an action label or a prose lead-in
 * anywhere else, and inline "Follow-up: …" / "[AI] …" items.
 */
export function extractActionItems(doc: PostmortemDocument): ActionItem[] {
  const out: ActionItem[] = [];
  const seen = new Set<number>();
  for (const section of doc.sectionsOf('action-items')) {
    const first = out.length;
    const all = (doc.nodesIn(section) as Nodes[]).filter((n) => !seen.has(startOf(n)));
    for (const n of all) seen.add(startOf(n));
    const covered = headingItems(doc, section, all, out);
    // Covered ranges are in order and do not overlap: one pointer filters the nodes.
    let c = 0;
    const nodes = all.filter((n) => {
      const st = startOf(n);
      while (c < covered.length && covered[c][1] <= st) c++;
      return !(c < covered.length && st >= covered[c][0] && st < covered[c][1]);
    });
    fromBlocks(doc, nodes, section, out, section.end);
    // Inline labels in the section's own paragraphs ("[AI] …") are items too.
    for (const n of nodes) {
      if (n.type !== 'paragraph' || isNumberedBold(doc, n)) continue;
      const item = inlineItem(doc, n, startOf(n), endOf(n), section);
      if (item) out.push({ ...item, path: 'section-inline' });
    }
    // A follow-up section told only in prose ("# Future plan" + "The bug will be fixed in …, we will …"): each paragraph
    // that plans work is one item. With any list, table or heading item, the prose is context and stays unread.
    // A follow-up section written one task per line, without list markers ("결제 API 최소 인스턴스 4대로 상향", "Add a
    // capacity alert on the payment workers"): each such line is an item too; other prose (an apology, context) is not.
    // (A table or list of data, session 13, is part of the prose around it: it does not make the section a list section.)
    if (out.length === first && !all.some((n, k) => n.type === 'heading' || (n.type === 'table' && !tableOfData(n)) || (n.type === 'list' && !listOfData(all[k - 1], n)))) {
      const strict = classifyHeading(section.title, undefined, { keywords: false }) === 'action-items';
      for (const n of nodes) {
        if (n.type !== 'paragraph' || isNumberedBold(doc, n)) continue;
        if (lineTask(doc.text.slice(startOf(n), endOf(n)))) {
          const read = readListItem(doc.text, startOf(n), endOf(n));
          out.push({ kind: 'paragraph', start: startOf(n), end: endOf(n), description: spanOf(doc.text, startOf(n), endOf(n)), ...read, section, path: 'section-line-task' });
          continue;
        }
        const item = strict ? proseItem(doc, n, section) : undefined;
        if (item) out.push({ ...item, path: 'section-prose' });
      }
    }
    // A list of finished work, then prose that tells the work still ahead ("- We've updated the checks …" + "We'll be doing a
    // more extensive review …"): each such paragraph after the list is an open item (src/core/model/doneLater.ts).
    if (out.length > first && out.slice(first).every((i) => i.done) && classifyHeading(section.title, undefined, { keywords: false }) === 'action-items') {
      let k = nodes.length - 1;
      while (k >= 0 && nodes[k].type === 'paragraph') k--;
      if (k >= 0 && nodes[k].type === 'list') {
        for (let j = k + 1; j < nodes.length; j++) {
          const n = nodes[j];
          if (n.type !== 'paragraph' || isNumberedBold(doc, n)) continue;
          const item = proseItem(doc, n, section, plansAfterDoneList);
          if (item) out.push({ ...item, path: 'section-prose-after-done' });
        }
      }
    }
    if (reportsPastWork(section.title)) for (let i = first; i < out.length; i++) if (!isOpenCheckbox(doc.text, out[i])) out[i].done = true;
    // "## Action items (owner: @kim)", "## 재발 방지 대책 — 인프라팀": the heading names the owner of what is under it.
    const named = sectionOwner(doc, section);
    if (named) for (let i = first; i < out.length; i++) if (!out[i].owner && !out[i].ownerPlaceholder) out[i].owner = named;
  }
  // A lessons section whose heading also names the follow-up ("# Lessons Learned Follow-Up Steps", "## Lessons and next
  // steps") told only in prose: each paragraph that plans the team's work is an item, as under a follow-up heading.
  for (const section of doc.sectionsOf('lessons-learned')) {
    if (!keywordKinds(section.title).includes('action-items')) continue;
    const all = (doc.nodesIn(section) as Nodes[]).filter((n) => !seen.has(startOf(n)));
    if (all.some((n) => n.type === 'heading' || n.type === 'list' || n.type === 'table')) continue;
    for (const n of all) {
      if (n.type !== 'paragraph' || isNumberedBold(doc, n)) continue;
      const item = proseItem(doc, n, section);
      if (!item) continue;
      seen.add(startOf(n));
      out.push({ ...item, path: 'section-prose' });
    }
  }
  // A plan by horizon under any heading ("## 권장 적용 순서" over "### 긴급 (즉시)", "### 단기 (1-3일)", "### 장기"; "## Rollout"
  // over "### Short term", "### Long term"): the lists under those sub-headings are action items.
  for (const section of doc.sections) {
    if (section.children.length < 2 || isNonActionArea(section) || !section.children.every((c) => horizonTerm(c.title) !== undefined)) continue;
    for (const child of section.children) {
      const term = horizonTerm(child.title);
      for (const n of doc.nodesIn(child) as Nodes[]) {
        if (n.type !== 'list' || seen.has(startOf(n))) continue;
        seen.add(startOf(n));
        const from = out.length;
        fromList(doc, n, child, term, out);
        tagPath(out, from, 'horizon');
      }
    }
  }
  // Elsewhere: labelled lists, lead-ins and inline labels, outside timelines, 5 whys and the sections above.
  // When the document has its own action items, a summary that lists the follow-ups ("**재발 방지:** - 단기: …",
  // "**Follow-ups:** …" in an executive summary) restates them: they are read where they are filed.
  const restated = out.length > 0;
  const top = doc.root.children as Nodes[];
  // Blocks come in document order: a stack of open sections gives each block's deepest section in one pass.
  const secs = doc.sections;
  const open: Section[] = [];
  let si = 0;
  const whole = wholeDocument(doc);
  const sectionAt = (offset: number): Section => {
    while (si < secs.length && secs[si].start <= offset) open.push(secs[si++]);
    while (open.length && open[open.length - 1].end <= offset) open.pop();
    return open[open.length - 1] ?? whole;
  };
  for (let i = 0; i < top.length; i++) {
    const node = top[i];
    const s = startOf(node);
    const section = sectionAt(s);
    if (seen.has(s)) continue;
    if (isNonActionArea(section.title === '' ? undefined : section)) continue;
    if (restated && inSummary(section)) continue;
    if (node.type === 'paragraph') {
      const next = top[i + 1];
      const listed = next && (next.type === 'list' || next.type === 'table') && labelsActionList(doc, node);
      if (next && (next.type === 'list' || next.type === 'table') && (listed || (next.type === 'list' && labelsPlannedResponse(doc, node, next)))) {
        seen.add(startOf(next));
        const first = out.length;
        if (next.type === 'list') fromList(doc, next, section, undefined, out);
        else fromTable(doc, next, section, out);
        tagPath(out, first, !listed ? 'planned-response' : next.type === 'list' ? 'label-list' : 'label-table');
        if (next.type === 'list' && (adviceSection(section) || adviceContext(plainText(node)))) markAdvice(out, first);
        // A response list that reports done work beside plans: only the planned and under-way items are open.
        if (!listed && next.type === 'list' && responsePlans(doc, next) === 'mixed')
          for (let j = first; j < out.length; j++) if (!plannedOrUnderWay(out[j].description.text)) out[j].done = true;
        if (reportsPastWork(plainText(node))) for (let j = first; j < out.length; j++) if (!isOpenCheckbox(doc.text, out[j])) out[j].done = true;
        const team = leadTeam(doc, node);
        if (team) for (let j = first; j < out.length; j++) if (!out[j].owner && !out[j].ownerPlaceholder) out[j].owner = team;
        i++;
        continue;
      }
      const item = inlineItem(doc, node, s, endOf(node), section);
      if (item) out.push({ ...item, path: 'inline' });
    } else if (node.type === 'list') {
      for (const li of node.children) {
        const p = firstParagraph(li);
        if (!p) continue;
        const nested = li.children.find((c): c is List => c.type === 'list');
        if (nested && labelsActionList(doc, p, true)) {
          const from = out.length;
          fromList(doc, nested, section, undefined, out);
          tagPath(out, from, 'nested-label');
          continue;
        }
        const item = inlineItem(doc, p, startOf(li), endOf(li), section);
        if (item) {
          ownerFromDetails(doc.text, item as ItemRead, endOf(p), endOf(li));
          out.push({ ...item, path: 'inline-list-item' });
        }
      }
      // A list that ends with a bare label ("- **Review actions**:") and the list right after it
      // (a numbered list starts a new list): the label's items are that list's.
      const last = node.children[node.children.length - 1];
      const next = top[i + 1];
      const lp = last && last.children.length === 1 ? firstParagraph(last) : undefined;
      if (lp && next?.type === 'list' && !seen.has(startOf(next)) && labelsActionList(doc, lp, true)) {
        seen.add(startOf(next));
        const from = out.length;
        fromList(doc, next, section, undefined, out);
        tagPath(out, from, 'trailing-label-list');
        i++;
      } else if (lp && next?.type === 'paragraph' && labelsActionList(doc, lp, true)) {
        // The label's items written as paragraphs below it, not as a list ("- **Review actions**:" then "Write some comms
        // …"): each paragraph that is a one-line task is an item; questions, answers and context between them are not.
        for (let j = i + 1; j < top.length && top[j].type === 'paragraph'; j++) {
          const q = top[j] as Paragraph;
          if (lineTask(doc.text.slice(startOf(q), endOf(q)))) out.push({ kind: 'paragraph', start: startOf(q), end: endOf(q), description: spanOf(doc.text, startOf(q), endOf(q)), ...readListItem(doc.text, startOf(q), endOf(q)), section, path: 'trailing-label-lines' });
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  // A purpose lead-in ("Configure a jump server, allowing:"): the item is the work before the connective (purposeLead.ts).
  for (const i of out) {
    const cut = purposeCut(i.description.text);
    if (cut !== undefined) i.description = spanOf(doc.text, i.description.start, i.description.start + cut);
  }
  // An open question ("Should we move the queue to a managed service?") is for discussion, not work with an owner.
  // A statement of what was wrong ("인증서 만료 알림이 없었다", "There was no expiry alert") is a problem, not work.
  // An open item that states a fact ("Card declines were twice the usual rate", "디스크가 손상됨") is no work either; an item
  // already read as done stays, done (owners, session 11).
  const items: ActionItem[] = [];
  const dropped: ActionItem[] = [];
  // (A paragraph after a list of finished work was read as the writers' plan or work under way, "We are also in the middle
  // of …": no statement of fact. Nor is a follow-up section's paragraph, read for its plan wording: its first sentence may
  // be context, "This occurred when doing cleanup … Going forward recommend …", session 18; only a question or a rule
  // turns it away.)
  for (const i of out) {
    const work = i.path === 'section-prose' ? !isQuestion(i.description.text) && !statesRule(i.description.text) : readsAsWork(i.description.text, i.done || i.path === 'section-prose-after-done');
    (!i.advice && work ? items : dropped).push(i);
  }
  droppedByDoc.set(doc, dropped);
  rosterOwners(doc, items);
  return items;
}

/** The candidates {@link extractActionItems} dropped as no work, per document (see {@link droppedActionItems}). */
const droppedByDoc = new WeakMap<PostmortemDocument, ActionItem[]>();

/**
 * The rows, list items and paragraphs read in an action-item area but dropped as no work: a question, a problem or a fact
 * stated, a rule kept ("It is up to each engineer to …"). A rewrite inside one must not make it read as work (fixes,
 * session 15: a call for care reworded to "the process needs a check …" turned such a row into an item with no owner).
 */
export function droppedActionItems(doc: PostmortemDocument): readonly ActionItem[] {
  void doc.actionItems;
  return droppedByDoc.get(doc) ?? [];
}

/** Whether a candidate's description reads as work: not a question, problem, rule or behaviour; an open one states no fact. */
export function readsAsWork(description: string, done: boolean): boolean {
  return !notWork(description) && (done || !statesFactMemo(description));
}

/**
 * {@link notWork}'s answers by description, kept between lints (a pure function of the text): a lint
 * session's re-lint reads only the descriptions an edit changed.
 */
const notWorkByText = new TextMemo<boolean>();

const statesFactByText = new TextMemo<boolean>();

/** {@link statesFact}, kept between lints like {@link notWork}'s answers. */
function statesFactMemo(description: string): boolean {
  let known = statesFactByText.get(description);
  if (known === undefined) statesFactByText.set(description, (known = statesFact(description)));
  return known;
}

/** Whether a description is no work to do: a question, a problem stated, a rule kept, a behaviour described. */
function notWork(description: string): boolean {
  let known = notWorkByText.get(description);
  if (known === undefined) {
    known = isQuestion(description) || statesProblem(description) || statesRule(description) || describesBehaviour(description) || statesCriterion(description);
    notWorkByText.set(description, known);
  }
  return known;
}

// A Korean sentence with a subject that ends in a lack or a negation: "알림이 없었다", "문서화되어 있지 않다", "검토가 미흡했음".
const PROBLEM_END_KO = /(?:없었다|없다|없었음|없음|없었습니다|없습니다|않았다|않다|않았음|않음|않았습니다|않습니다|부족했다|부족하다|부족했음|부족함|부족했습니다|미흡했다|미흡하다|미흡했음|미흡함|미흡했습니다|못했다|못했음|못했습니다)$/u;
const SUBJECT_KO = /[가-힣](?:이|가|은|는)[ \t]/u;
// An English statement of a lack: "There was no alert", "We didn't have a runbook", "The runbook was out of date".
const PROBLEM_EN = /^(?:there[ \t](?:was|were)(?:n't|[ \t]no\b|[ \t]not\b)|we[ \t](?:did[ \t]not|didn't)[ \t]have\b|we[ \t]had[ \t]no\b|(?:the|our)[ \t][\p{L}\p{N}-]{1,30}(?:[ \t][\p{L}\p{N}-]{1,30}){0,3}[ \t](?:was|were)[ \t](?:not|never|missing|out[ \t]of[ \t]date|outdated|unclear)\b)/iu;

// "`iasql_upgrade` didn't have a formal test case", "The new function only had partial coverage": a subject, then a lack in the past.
const LACK_EN = /^(?:(?:the|our|a|an|its|their)[ \t])?[`\p{L}\p{N}_.\/-]{1,40}(?:[ \t][`\p{L}\p{N}_.\/-]{1,40}){0,5}[ \t](?:didn't|did[ \t]not|never|had[ \t]never|had[ \t]no|only[ \t]had|lacked|was[ \t]missing|were[ \t]missing|wasn't|weren't)\b/iu;
// A Korean statement in the past with a subject ("… 일부 경우만 테스트되어 있었다"): a fact, not work.
const PAST_STATE_KO = /(?:었|았|였)(?:다|음|습니다)$/u;

/** Whether an item states a problem (a lack, in the past or the present) rather than asking for work. */
function statesProblem(description: string): boolean {
  const t = trimEndChars(description.slice(-300).replace(/\s+/g, ' ').trim(), '*_`~ .。!');
  if (/[\uac00-\ud7a3]/u.test(t)) return t.length <= 120 && (PROBLEM_END_KO.test(t.slice(-8)) || (PAST_STATE_KO.test(t.slice(-6)) && !PLAN_KO.test(t))) && SUBJECT_KO.test(t) && !koTaskThenContext(t);
  const plain = t.replace(/^[\s*_>]+/u, '');
  if (PROBLEM_EN.test(plain)) return true;
  return LACK_EN.test(plain) && !IMPERATIVE.test(plain) && !/\b(?:should|must|will|need|needs|to be)\b/iu.test(plain.slice(0, 120));
}

// A description of how something behaves: "The mapper knows that …", "The sync stage sees …" (a subject and a
// verb in the present, no modal); in Korean a subject and a plain present ending ("매퍼가 … 만든다").
const BEHAVES_EN = /^(?:the|a|an|this|that|its|each|every)[ \t](?:[`\p{L}\p{N}_.\/-]{1,40}[ \t]){1,4}(?:is|are|has|does|\p{Ll}{2,20}s)[ \t]/iu;
const NOT_BEHAVES_EN = /\b(?:should|must|will|need|needs|needed|to be|been|plan|plans|todo|ensure|make sure)\b/iu;

// A new state in the present passive: "Certificates are renewed automatically 30 days before expiry".
const PASSIVE_STATE_EN = /^(?:[\p{L}\p{N}`_.\/-]{1,40}[ \t]){1,4}(?:is|are)[ \t](?:now[ \t]|automatically[ \t]|always[ \t])?\p{Ll}{2,20}(?:ed|en)\b/iu;

/** Whether an item describes how a system or a user behaves rather than asking for work. */
function describesBehaviour(description: string): boolean {
  const t = trimEndChars(description.slice(0, 300).replace(/\s+/g, ' ').trim(), '*_`~ ');
  const passive = PASSIVE_STATE_EN.exec(t);
  // The subject is a noun phrase: no verb of inquiry first, no clause word ("Re-examine how flags are rolled out").
  const low = passive ? passive[0].toLowerCase().replace(/\t/g, ' ') : '';
  const verbAt = [low.indexOf(' is '), low.indexOf(' are ')].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  if (passive && !/\b(?:how|what|why|whether|that|if|where|when|which|who|so|to)\b/iu.test(passive[0].slice(0, verbAt)) && !NOT_BEHAVES_EN.test(t) && !IMPERATIVE.test(t) && !/^(?:re-?\p{L}+|verify|check|confirm|validate|test|decide|determine|investigate|find out|figure out|understand|evaluate|consider|assess|review|see|document|explain|describe|ask|discuss|agree)\b/iu.test(t)) return true;
  if (/[\uac00-\ud7a3]/u.test(t)) {
    if (t.length > 120 || PLAN_KO.test(t) || /해야|하겠|필요/u.test(t)) return false;
    const m = /([\uac00-\ud7a3])다[.。]?$/u.exec(t);
    if (!m || ((m[1].charCodeAt(0) - 0xac00) % 28 !== 4)) return false;
    // A team as the subject names who will do it ("인프라팀이 알림을 추가한다"): a plan with its owner.
    return SUBJECT_KO.test(t) && !TEAM_KO_SUBJECT.test(t) && !/^[^ ]{1,15}(?:팀|파트)(?:이|가|에서)[ \t]/u.test(t);
  }
  return BEHAVES_EN.test(t) && !NOT_BEHAVES_EN.test(t) && !/\b(?:team|squad|on-?call)\b/iu.test(t.slice(0, 40));
}

// A rule everyone keeps, with a negated subject: "Nobody to use the token going forward", "No one deploys on Fridays",
// "아무도 공용 토큰을 쓰지 않는다": a decision recorded, not a task someone owns.
const RULE_LEAD = /^(?:nobody|no[ -]one|none of us|아무도|누구도)(?![\p{L}])/iu;

/** Whether an item records a rule with a negated subject rather than a task. */
function statesRule(description: string): boolean {
  return RULE_LEAD.test(description.replace(/^[\s*_>]+/u, ''));
}

/** Whether an item is a question: its text ends with "?" (after markup, a link or a parenthetical remark). */
function isQuestion(description: string): boolean {
  const t = trimEndChars(description.slice(-300).replace(/\s+/g, ' ').trimEnd(), '*_`~ .').replace(/\[([^\]]{0,120})\]\([^()\s]{0,300}\)/gu, '$1');
  const bare = t.replace(/[ \t]{0,3}(?:\([^()]{0,120}\)|\[[^\]]{0,120}\](?:\([^()]{0,200}\))?)$/u, '');
  return /[?？]$/u.test(trimEndChars(bare, '*_`~ '));
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

