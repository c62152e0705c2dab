/**
 * Action items, owners (issue 7): the wording of ONE action item, read as text, deciding whether it is open work that
 * needs an owner: a status right after its bold title or an "[N/A]" mark, advice to readers, a bare noun phrase naming a
 * thing, work in progress after an adverb, a new state a change already brought, an item the same fix already closed,
 * how a system works (Korean and English), an acceptance criterion, and a statement of fact. Pure text tests, used by
 * `actionItems.ts`. The headings, labels and lead-ins around items are in `ownerLabels.ts`.
 *
 * Merged in session 12 from the kinds of sessions 8–11 (formerly ownerKinds.ts, ownerShapes.ts, ownerLayouts.ts and
 * ownerStatements.ts; the session of each kind is in test/unit/owners-s8…s11.test.ts), behaviour unchanged.
 */

import { trimEndChars } from '../text';

// ── Closed or rejected (advice to readers: adviceList.ts, session 18) ──

// The item's bold title at its start: "**Audit by capability.**", "[x] **Pin MCP**".
const TITLE = String.raw`^(?:\[[ xX]\][ \t]{1,3})?(?:\*\*|__)[^*_\n]{1,160}?(?:\*\*|__)`;
// A status right after the title, in parentheses (often italic) or after a dash or a colon: "*(done during the
// response)*", "(shipped, #67)", "— not needed; …", "(완료, 대응 중 적용)", "— 불필요".
const STATUS_AFTER_TITLE = new RegExp(
  TITLE +
    String.raw`[ \t]{0,2}(?:[*_][ \t]{0,2})?(?:[(（\[][ \t]{0,2}|[-–—:：][ \t]{0,3})((?:done|completed?|shipped|finished|resolved|fixed|merged|deployed|released|implemented|rejected|declined|won'?t[ \t](?:do|fix)|dropped|not[ \t]needed|not[ \t]required|no[ \t]longer[ \t]needed|unnecessary|완료|적용[ \t]?완료|배포[ \t]?완료|반영[ \t]?완료|조치[ \t]?완료|처리[ \t]?완료|해결|기각|반려|종결|불필요|필요[ \t]?없음)(?![\p{L}])[^)）\]\n]{0,80})`,
  'iu',
);
// What keeps such a status open: a due date or a condition ("done by Q3", "shipped when …", "완료 예정", "… 까지").
const STATUS_STILL_OPEN = /\b(?:by|until|till|when|once|after|before|if|unless|target|planned|pending|not[ \t]yet|partially|partial|next)\b|예정|까지|목표|이후|전까지|부분|일부/iu;

// A checklist item marked not applicable, with its reason: "[N/A] **Replace X** — not needed; …", "[해당 없음] … 불필요".
const NA_MARK = /^\[[ \t]{0,2}(?:n\/?a|해당[ \t]?없음)[ \t]{0,2}\][ \t]{0,3}/iu;
const REJECT_REASON = /\b(?:not[ \t]needed|not[ \t]required|no[ \t]longer[ \t](?:needed|relevant|applies)|not[ \t]applicable|unnecessary|won'?t[ \t](?:do|fix)|obsolete|dropped|rejected)\b|불필요|필요[ \t]?없|하지[ \t]?않기로|해당[ \t]?없/iu;

/**
 * Whether an item says right after its bold title, or with an "[N/A]" mark and a reason, that it is done, shipped,
 * rejected or not needed. `t` is the item's text with blanks collapsed.
 */
export function closedAfterTitle(t: string): boolean {
  const m = STATUS_AFTER_TITLE.exec(t);
  if (m && !STATUS_STILL_OPEN.test(m[1])) return true;
  return NA_MARK.test(t) && REJECT_REASON.test(t.slice(0, 240));
}

// An item that another item's fix already closed: "… and is fixed by the same change", "covered by the fix above",
// "같은 수정으로 함께 해결됨", "위 조치로 해결".
const SAME_FIX_EN = /\b(?:is|are|was|were|gets?|got|has[ \t]been|have[ \t]been)[ \t](?:also[ \t]|already[ \t])?(?:fixed|resolved|addressed|covered|closed|mitigated)[ \t](?:by|with|in)[ \t](?:the[ \t])?(?:same|above|previous|preceding|that)[ \t](?:change|fix|patch|commit|pr|pull[ \t]request|release|update|deploy(?:ment)?)\b/iu;
const SAME_FIX_KO = /(?:같은|동일한|위(?:의)?|앞의|이번)[ \t]?(?:수정|변경|조치|패치|배포)(?:으로|로)[ \t]?(?:함께[ \t]|같이[ \t]|모두[ \t])?(?:해결|수정|조치|해소)(?:됨|되었|됐|완료)/u;

/** Whether an item says the same fix as another item already closed it. */
export function closedBySameFix(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return SAME_FIX_EN.test(t) || SAME_FIX_KO.test(t);
}

// ── Things, progress and new states ──

// Words that open an English task ("Add …", "Page the on-call …"), a report or a sentence with a subject.
const TASK_START_EN = /^(?:add|create|implement|document|write|introduce|improve|build|set|enable|disable|migrate|remove|automate|establish|define|review|update|run|test|monitor|alert|page|notify|investigate|ensure|make|use|move|replace|switch|upgrade|rotate|audit|publish|schedule|train|deprecate|consolidate|standardi[sz]e|refactor|fix|limit|reduce|increase|raise|lower|split|separate|track|measure|require|allow|block|prevent|adopt|cap|tune|pin|drop|deploy|roll|revert|restart|check|verify|validate|explore|evaluate|consider|decide|agree|hold|send|share|post|ask|we|i|they|you|our)\b/iu;
const VERB_EN = /\b(?:should|must|will|shall|need|needs|to[ \t]be|plan|plans|todo)\b|\b\p{L}{3,20}ed[ \t](?:the|a|an|our|all)\b/iu;
// Korean: a task noun or a verb ending at the end ("… 알림 추가", "… 강화", "… 한다", "… 예정").
const THING_END_KO = /(?:도입|추가|작성|구축|적용|마련|수립|자동화|검증|설정|재설정|변경|이전|교체|분리|제거|삭제|개발|구현|배포|정비|강화|개선|증설|상향|하향|확대|축소|활성화|점검|검토|정리|보강|정례화|이중화|훈련|교육|공유|조정|전환|모니터링|만들기|하기|[다요음함됨까]|[ \t]중)$/u;

/** Whether a list item's text is a bare noun phrase naming a thing (a metric, a limit, a part), not a task or a sentence. */
export function namesThing(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__|`)/gu, '').trim().replace(/[.;,]$/u, '').trim();
  if (!t || t.length > 100 || /[.!?。](?:\s|$)|[:：]/u.test(t)) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) return !THING_END_KO.test(t) && !/예정|계획|필요|해야/u.test(t);
  return !TASK_START_EN.test(t) && !VERB_EN.test(t) && !/^\p{L}{3,20}ing[ \t](?:the|a|an|our|all|new)\b/iu.test(t);
}

/** An item worded as work in progress after an adverb: "Proactively designing …", "Gradually moving …". */
export const ADVERB_GERUND = /^(?!(?:early|daily|weekly|monthly|yearly|hourly|nightly|quarterly|friendly|timely|costly|likely|lonely|orderly|elderly|only)[ \t])\p{L}{3,20}ly[ \t](?!(?:monitoring|alerting|logging|testing|nothing|something|everything|pending|during)\b)\p{L}{3,20}ing\b/iu;

// A change's result told as a new state: "PagerDuty incidents are now more visible to the team", "Restores are now
// twice as fast", "The dashboard is now faster". Not a state still to reach ("should now be"), not "now under review".
const NOW_STATE_EN = /^(?:(?:the|our|all)[ \t])?[\p{L}\p{N}`_./-]{1,40}(?:[ \t][\p{L}\p{N}`_./-]{1,40}){0,5}[ \t](?:is|are)[ \t]now[ \t](?:(?:much|far|a[ \t]lot|significantly|considerably)[ \t])?(?:(?:more|less)[ \t]\p{L}{3,20}|twice[ \t]as|(?!(?:under|over|after|never|ever|either|neither|other|together|rather|whether|later|better[ \t]understood)\b)\p{L}{2,20}er\b)/iu;
// Korean: a new state in the past with "-졌다" ("배포 속도가 빨라졌습니다", "알림이 훨씬 잘 보이게 되었다" is read elsewhere).
const BECAME_KO = /[가-힣](?:졌|해졌)(?:습니다|다|음|어요)[.!。]?$/u;

/** Whether an item reports the new state a change already brought (not work to do). */
export function reportsNewState(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (!t) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) {
    const first = (t.split(/(?<=[.!?。])\s+/u)[0] ?? t).trim();
    return BECAME_KO.test(first) && !/예정|계획|해야|필요|하겠/u.test(first);
  }
  return NOW_STATE_EN.test(t) && !/\b(?:should|must|will|need|needs|to[ \t]be)\b/iu.test(t.slice(0, 80).split(/\b(?:and|but|although|though)\b/iu)[0]);
}

// ── How a system works; acceptance criteria ──

// A Korean item that describes how a system works, in the present, with the system as its subject: "`Dispatcher`는
// 이 함수를 비동기로 호출한다", "이 요청은 202를 받는 것으로 끝난다", "AWS는 별도의 실행 환경을 띄운다". A plan in the
// "-한다" style has no such subject ("타임아웃을 30초로 조정한다") or names a task ("…를 추가한다", "…하도록 한다").
const KO_SYSTEM_SUBJECT = /^(?:[^,，。\n]{1,60}[,，][ \t]{1,3})?(?:`[^`\n]{1,80}`|[A-Za-z][A-Za-z0-9_.()-]{1,40}|(?:이|그|해당|각)[ \t][가-힣A-Za-z0-9_]{1,12})(?:은|는|이|가)[ \t]/u;
const KO_PLAN_WORDS = /예정|계획|하겠|할[ \t]?것|해야|필요|하기로|도록|추진|검토|목표|방안|진행/u;
const KO_TASK_VERB = /(?:변경|추가|도입|적용|수정|개선|제거|삭제|교체|설정|구축|강화|구현|개발|배포|작성|마련|수립|분리|전환|확대|축소|조정|점검|모니터링)(?:한다|된다)$/u;

/** Whether the last syllable before "다" makes a present plain declarative of a verb: "-ㄴ다" / "-는다" (호출한다, 띄운다, 않는다). */
function presentDeclarative(s: string): boolean {
  if (!s.endsWith('다') || s.length < 2) return false;
  const prev = s.charCodeAt(s.length - 2);
  if (prev === 0xb294) return true; // 는
  return prev >= 0xac00 && prev <= 0xd7a3 && (prev - 0xac00) % 28 === 4; // a final ㄴ: 한, 된, 난, 운
}

/** Whether a Korean list item describes what a system does (present tense, a system as subject) rather than asking for work. */
export function describesSystemKo(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!/[\uac00-\ud7a3]/u.test(t) || t.length > 600) return false;
  const first = (t.split(/[.。](?:[ \t]|$)|[ \t][—–][ \t]/u)[0] ?? '').trim();
  if (!presentDeclarative(first) || KO_PLAN_WORDS.test(first) || KO_TASK_VERB.test(first)) return false;
  return KO_SYSTEM_SUBJECT.test(first) && !/(?:팀|파트|담당자|우리|저희|님)(?:은|는|이|가)[ \t]/u.test(first);
}

// English: how a system works, in the simple present, with code or "this/that …" as its subject:
// "`SettlementDispatcher` invokes the function asynchronously", "This call returns as soon as 202 arrives". Not a
// plan ("will", "should" …), not a problem statement ("fails", "lacks" …): those stay items.
const EN_SYSTEM_PRESENT = /^(?:(?:[Tt]he[ \t])?`[^`\n]{1,80}`(?:[ \t](?:function|handler|service|job|worker|class|method|endpoint|call))?|(?:[Tt]his|[Tt]hat)[ \t](?:[\p{L}\p{N}_.-]{1,30}[ \t]){0,2}[\p{L}\p{N}_.-]{1,30})[ \t](?:then[ \t]|also[ \t]|only[ \t])?(\p{Ll}{2,20}s)[ \t](?!(?:for|of|in|on|to|with|at|from|per|and|or)\b)[\p{L}\p{N}`"'(]/u;
const EN_NOT_DESCRIBING = /^(?:is|was|has|does|needs|requires|remains|seems|looks|lacks|misses|fails|breaks|crashes|stops|times|runs|uses|needs|keeps|takes)$/u;
const EN_PLAN_WORDS = /\b(?:will|should|must|need|needs|plan|plans|planned|to[ \t]be|todo|next|we|our|us|now|yet|instead)\b/iu;

/** Whether an English list item describes what a system does (simple present, code or "this …" as subject). */
export function describesSystemEn(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/[\uac00-\ud7a3]/u.test(t) || t.length > 600) return false;
  const first = (t.split(/[.!?](?:[ \t]|$)|[ \t][—–][ \t]/u)[0] ?? '').trim();
  const m = EN_SYSTEM_PRESENT.exec(first);
  if (!m || EN_NOT_DESCRIBING.test(m[1]) || /(?:ss|us|is)$/u.test(m[1]) || EN_PLAN_WORDS.test(first)) return false;
  // People are not systems: "The team reviews alerts weekly" is a practice someone owns.
  return !/\b(?:team|squad|group|on-?call|engineers?|people|staff|owner|lead|manager|admins?|operators?)\b/iu.test(m[0]);
}

// An acceptance criterion written as an item: a condition, then the verdict that it is a failure ("… 열리면 실패다",
// "… 넘으면 실패로 본다", "If the page loads from the CDN's fallback origin, that is a failure", "Any deploy that raises p99
// above 300 ms counts as failed"). It says what must not happen, for tests and reviews; it is not a task.
const CRITERION_KO = /(?:으면|면|경우|때)[ \t]{1,3}(?:[^ \t.。]{1,12}[ \t]{1,3})?(?:실패|장애|불합격|회귀|버그)(?:다|이다|입니다|로[ \t]?(?:본다|봅니다|간주한다|간주합니다|처리한다|판단한다|판정한다))[.。]?$/u;
const CRITERION_EN = /(?:\b(?:is|are)[ \t]{1,3}(?:considered[ \t]{1,3}|treated[ \t]{1,3}as[ \t]{1,3})?(?:a[ \t]{1,3})?(?:failure|failed|regression|bug|blocker)|\b(?:counts?|count)[ \t]{1,3}as[ \t]{1,3}(?:a[ \t]{1,3})?(?:failure|failed|regression|bug))[.]?$/iu;
const CONDITION_EN = /^(?:if|when|whenever|any|every|an?)\b/iu;

/** Whether an item's first sentence is an acceptance criterion: a condition and the verdict that it is a failure. */
export function statesCriterion(description: string): boolean {
  const t = description.replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (!t || t.length > 400) return false;
  const first = (t.split(/(?<=[.!?。])\s+/u)[0] ?? t).trim();
  if (/[\uac00-\ud7a3]/u.test(first)) return CRITERION_KO.test(first) && !/예정|계획|하겠|해야[ \t]?(?:한다|합니다)[.。]?$/u.test(first);
  return CONDITION_EN.test(first) && CRITERION_EN.test(first) && !/\b(?:will|should|must|need|needs|plan)\b/iu.test(first);
}

// ── Statements of fact (session 11) ──
// An item whose first sentence has its own subject and a finite verb in the present or past, with no modal, plan or need
// ("Customers saw stale balances for an hour", "Retries are safe because …", "복제본 두 대의 디스크가 손상됨", "이 SDK는
// 예전에도 같은 문제를 일으킨 적이 있다"). It tells what happened or how things are, not work anyone is to do, so it needs
// no owner. Chosen by first-run precision: on the documents drawn into dev in sessions 8–11, the engine at each draw
// flagged 0 right and 5 wrong items of this shape (4 documents); test/realworld/AUDITS.md "Session 11: first-run owner
// findings by path" (`npx tsx scripts/owner-paths.ts --first-run`).

// Anything that makes the sentence a plan, an obligation or a wish: the item may be work after all.
const PLAN_EN = /\b(?:will|would|should|must|shall|can|could|may|might|need|needs|needed|have[ \t]to|has[ \t]to|had[ \t]to|going[ \t]to|plan|plans|planned|todo|to[ \t]be|next|let's|ensure|make[ \t]sure|want|wants|require|requires|required|ought)\b|\?/iu;
// A subject after a determiner (one to four words), then a copula, an auxiliary or a verb in the past; or a plural noun
// as the subject, right before the verb ("Customers saw …", "Retries are …"; not "Address …", "Process …").
const DETERMINER = String.raw`(?:the|a|an|our|their|its|this|that|these|those|some|all|both|each|every|most|many|several|two|three|four|five|\d{1,6})`;
const IRREGULAR_PAST = String.raw`(?:saw|lost|took|made|went|came|got|gave|ran|held|kept|left|fell|grew|rose|broke|froze|became|began|brought|caught|found|hit|knew|led|meant|sent|spent|stood|stuck|told|thought|wrote|did)`;
const FINITE = String.raw`(?:is|are|was|were|has|have|had|does|do|\p{Ll}{2,20}ed|${IRREGULAR_PAST})`;
const DETERMINER_SUBJECT_EN = new RegExp(String.raw`^${DETERMINER}[ \t](?:[\p{L}\p{N}\x60'’_./-]{1,30}[ \t]){1,4}?(?:also[ \t]|then[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t])?${FINITE}\b`, 'iu');
const PLURAL_SUBJECT_EN = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}{1,20}(?<![su])s|(?:the[ \t])?[Tt]eam|[Oo]n-call)[ \t](?:also[ \t]|then[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t])?${FINITE}\b`, 'u');
// A subject of one to five words without a determiner, then a copula or "has/have/had" ("PagerDuty incidents are now more
// visible", "Queue depth was under the threshold", "Publishing malformed files has happened before"): the first word
// must not be a verb that opens a task ("Verify the replicas are in sync"), unless the copula follows it right away
// ("Patch was rolled out …": an imperative never takes "is/was/has" as its next word; session 12).
// The subject ends at its FIRST finite verb (lazy counts, session 12): "Invoices were re-sent and were delivered" is
// "Invoices were …", not a subject running up to the second "were" and rejected for the "and" inside it.
const BARE_COPULA_EN = /^(?:[\p{L}\p{N}\x60'’_./-]{1,30}[ \t]){1,5}?(?:also[ \t]|now[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t]|not[ \t])?(?:is|are|was|were|has|have|had)\b(?![ \t]{1,3}(?:to|been[ \t]{1,3}(?:requested|proposed|planned|scheduled|filed|opened|created))\b)/iu;
const TASK_VERB_EN = /^(?:add|create|implement|document|write|introduce|improve|build|set|enable|disable|migrate|remove|automate|establish|define|review|update|run|test|monitor|alert|page|notify|investigate|ensure|make|use|move|replace|switch|upgrade|rotate|audit|publish|schedule|train|deprecate|consolidate|standardi[sz]e|refactor|fix|limit|reduce|increase|raise|lower|split|separate|track|measure|require|allow|block|prevent|adopt|cap|tune|pin|drop|deploy|roll|revert|restart|check|verify|validate|confirm|assert|prove|explore|evaluate|consider|decide|agree|hold|send|share|post|ask|tell|teach|keep|let|get|put|turn|mark|flag|tag|label|note|find|figure|look|see|double-check|guarantee|warn|report|log|record|expose|surface|show|display|list|clarify|communicate|announce|inform|escalate|retry|backfill|reprocess|clean|purge|delete|archive|expire|renew|extend|shorten|lengthen|bump|patch|harden|lock|unlock|restrict|grant|revoke)$/iu;
// A word of the subject that is a function word means the verb-looking word is not the subject's verb ("The retry on
// failed jobs" is a noun phrase with a participle).
const NOT_SUBJECT_WORD = /^(?:to|for|on|in|into|by|at|from|about|when|whenever|if|once|after|before|until|unless|so|and|or|but|because|why|how|what|which|who|where|whether|that|it|we|i|you|they|there|please)$/iu;

// Korean: a subject with 이/가 (or a topic with 은/는) in the main clause, and a finite ending that is not a plan or a task.
const SUBJECT_KO = /[가-힣A-Za-z0-9\x60)](?:이|가|은|는)[ \t]/u;
// Clauses that make the subject part of a condition, a purpose or a time ("알림이 울리면 …", "디스크가 차기 전에 …").
const SUBORDINATE_KO = /(?:면|도록|려면|기[ \t]?전에?|때|동안에?|않게|위해|위한|수[ \t]있도록|경우)[ \t,]/u;
const PLAN_KO = /예정|계획|하겠|할[ \t]?것|하기로|필요|해야|추진|검토|바람|바랍니다|요청(?:합니다|드립니다|한다|할)|권장|하자|합시다|할[ \t]?수[ \t]?있도록/u;
// Finite endings of a statement: the past, a state or an event in the noun form (…됨, …임, …있음), an experience (…적이
// 있다), existence or a quality (…있다, …없다, …안전하다/안전함), a present with -ㄴ다/-는다 only after a subject with 이/가.
const PAST_END_KO = /(?:었|았|였|했|됐|웠|졌|켰|렸|났|쳤|섰|봤|냈|왔|갔)(?:다|음|습니다|어요)$/u;
const STATE_END_KO = /(?:됨|임|있음|있다|있습니다|없음|없다|없습니다|불가|불가능|가능함|가능하다|(?:하|스럽|롭)(?:다|습니다)|[가-힣]함)$/u;
// A present with -ㄴ다/-는다 ("든다", "한다", "낮춘다", "막는다"): presentDeclarative, above.
// A team or a role as the subject names who does the work ("인프라팀이 알림을 추가한다"): not a statement of fact.
const TEAM_SUBJECT_KO = /(?:팀|파트|본부|센터|그룹|스쿼드|TF|담당자|담당)(?:이|가|은|는|에서)[ \t]/u;
const NOMINATIVE_KO = /[가-힣A-Za-z0-9\x60)](?:이|가)[ \t]/u;
// Noun-form endings that report a change done ("알림 추가함") are read elsewhere; a task noun before 함/됨 after a subject
// is still a statement here ("디스크가 손상됨"). A plain task ("… 추가", "… 도입") has no finite ending at all.

/** The first sentence of an item's text, without list, checkbox and emphasis marks. */
function firstSentence(text: string): string {
  const t = text.slice(0, 2000).replace(/\s+/g, ' ').replace(/^(?:\[[ xX]\][ \t]{1,3})/u, '').replace(/(?:\*\*|__)/gu, '').trim();
  const s = (t.split(/(?<=[.!?。])\s|[;；]/u)[0] ?? t).trim().slice(0, 300);
  // A closing remark in parentheses is not the sentence's verb ("… 중단되었다 (2일)"). Trimmed by hand: an end-anchored
  // pattern with a leading repeat would rescan a long run of blanks or dots.
  const bare = trimEndChars(s, '.!。 \t');
  const open = bare.endsWith(')') ? bare.lastIndexOf('(') : -1;
  return trimEndChars(open > 0 && bare.length - open <= 82 && !bare.slice(open + 1, -1).includes(')') ? bare.slice(0, open) : bare, '.!。 \t');
}

/** The text without the non-letter, non-digit characters at its end. */
function trimEndNonWord(s: string): string {
  let e = s.length;
  while (e > 0 && !/[\p{L}\p{N}]/u.test(s[e - 1])) e--;
  return s.slice(0, e);
}

// A later sentence that opens with a task verb or ends on a task noun makes the item work: "Our runbook is outdated.
// Update it with the failover steps.", "알림 임계치가 너무 높음. 80%로 하향".
const TASK_END_KO = /(?:도입|추가|작성|구축|적용|마련|수립|자동화|검증|설정|변경|이전|교체|분리|제거|삭제|개발|구현|배포|정비|강화|개선|증설|상향|하향|확대|축소|활성화|점검|정리|보강|조정|전환|수정|단축|설치|재발급|만들기|하기)$/u;

function laterSentenceIsTask(whole: string): boolean {
  const sentences = whole.split(/(?<=[.!?。])\s|[;；]/u).slice(1, 8);
  for (const raw of sentences) {
    const t = trimEndNonWord(raw.trim().replace(/^(?:\*\*|__)/u, ''));
    if (!t) continue;
    if (/[\uac00-\ud7a3]/u.test(t) ? TASK_END_KO.test(t) : TASK_VERB_EN.test(t.split(/[ \t]/u)[0] ?? '')) return true;
  }
  return false;
}

/** Whether an action item's text states a fact (its own subject and a present or past finite verb) rather than work. */
export function statesFact(text: string): boolean {
  const s = firstSentence(text);
  if (s.length < 8) return false;
  // Any sentence of the item that plans or proposes work makes it work: "We currently have X. … We can revive Y."
  const whole = text.slice(0, 1000).replace(/\s+/g, ' ');
  if (laterSentenceIsTask(whole)) return false;
  if (/[\uac00-\ud7a3]/u.test(s)) {
    if (PLAN_KO.test(whole) || !SUBJECT_KO.test(s) || SUBORDINATE_KO.test(s) || TEAM_SUBJECT_KO.test(s)) return false;
    const end = trimEndNonWord(s);
    if (PAST_END_KO.test(end) || STATE_END_KO.test(end)) return true;
    return presentDeclarative(end) && NOMINATIVE_KO.test(s);
  }
  if (PLAN_EN.test(whole)) return false;
  const m = DETERMINER_SUBJECT_EN.exec(s) ?? PLURAL_SUBJECT_EN.exec(s) ?? BARE_COPULA_EN.exec(s);
  if (!m) return false;
  const words = m[0].trim().split(/[ \t]+/u);
  // A task verb or a subordinator first ("While the branch was able to …, it …"): not a subject.
  const nounBeforeCopula = words.length === 2 && /^(?:is|are|was|were|has|have|had)$/iu.test(words[1]);
  if ((TASK_VERB_EN.test(words[0].replace(/[^\p{L}-]/gu, '')) && !nounBeforeCopula) || /^(?:while|when|whenever|if|although|though|since|as|because|once|after|before|until|unless|whether)$/iu.test(words[0])) return false;
  return !words.slice(1, -1).some((w) => NOT_SUBJECT_WORD.test(w));
}
