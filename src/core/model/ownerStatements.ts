/**
 * A statement of fact in an action list (issue 7, owners, session 11): an item whose first sentence has its own subject
 * and a finite verb in the present or past, with no modal, plan or need ("Customers saw stale balances for an hour",
 * "Retries are safe because …", "복제본 두 대의 디스크가 손상됨", "이 SDK는 예전에도 같은 문제를 일으킨 적이 있다"). It tells
 * what happened or how things are, not work anyone is to do, so it needs no owner. Chosen by first-run precision: on the
 * documents drawn into dev in sessions 8–11, the engine at each draw flagged 0 right and 5 wrong items of this shape (4
 * documents); test/realworld/AUDITS.md "Session 11: first-run owner findings by path" (`npx tsx scripts/owner-paths.ts --first-run`). Pure text test.
 */

import { trimEndChars } from '../text';

// Anything that makes the sentence a plan, an obligation or a wish: the item may be work after all.
const PLAN_EN = /\b(?:will|would|should|must|shall|can|could|may|might|need|needs|needed|have[ \t]to|has[ \t]to|had[ \t]to|going[ \t]to|plan|plans|planned|todo|to[ \t]be|next|let's|ensure|make[ \t]sure|want|wants|require|requires|required|ought)\b|\?/iu;
// A subject after a determiner (one to four words), then a copula, an auxiliary or a verb in the past; or a plural noun
// as the subject, right before the verb ("Customers saw …", "Retries are …"; not "Address …", "Process …").
const DETERMINER = String.raw`(?:the|a|an|our|their|its|this|that|these|those|some|all|both|each|every|most|many|several|two|three|four|five|\d{1,6})`;
const IRREGULAR_PAST = String.raw`(?:saw|lost|took|made|went|came|got|gave|ran|held|kept|left|fell|grew|rose|broke|froze|became|began|brought|caught|found|hit|knew|led|meant|sent|spent|stood|stuck|told|thought|wrote|did)`;
const FINITE = String.raw`(?:is|are|was|were|has|have|had|does|do|\p{Ll}{2,20}ed|${IRREGULAR_PAST})`;
const DETERMINER_SUBJECT_EN = new RegExp(String.raw`^${DETERMINER}[ \t](?:[\p{L}\p{N}\x60'’_./-]{1,30}[ \t]){1,4}(?:also[ \t]|then[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t])?${FINITE}\b`, 'iu');
const PLURAL_SUBJECT_EN = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}{1,20}(?<![su])s|(?:the[ \t])?[Tt]eam|[Oo]n-call)[ \t](?:also[ \t]|then[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t])?${FINITE}\b`, 'u');
// A subject of one to five words without a determiner, then a copula or "has/have/had" ("PagerDuty incidents are now more
// visible", "Queue depth was under the threshold", "Publishing malformed files has happened before"): the first word
// must not be a verb that opens a task ("Verify the replicas are in sync").
const BARE_COPULA_EN = /^(?:[\p{L}\p{N}\x60'’_./-]{1,30}[ \t]){1,5}(?:also[ \t]|now[ \t]|still[ \t]|already[ \t]|never[ \t]|often[ \t]|only[ \t]|not[ \t])?(?:is|are|was|were|has|have|had)\b(?![ \t]{1,3}(?:to|been[ \t]{1,3}(?:requested|proposed|planned|scheduled|filed|opened|created))\b)/iu;
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
// A present with -ㄴ다/-는다: the syllable before 다 ends in ㄴ ("든다", "한다", "낮춘다"), or 는다 ("막는다").
function presentEndKo(end: string): boolean {
  if (end.length < 2 || end[end.length - 1] !== '다') return false;
  const before = end.charCodeAt(end.length - 2);
  return end[end.length - 2] === '는' || (before >= 0xac00 && before <= 0xd7a3 && (before - 0xac00) % 28 === 4);
}
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
    return presentEndKo(end) && NOMINATIVE_KO.test(s);
  }
  if (PLAN_EN.test(whole)) return false;
  const m = DETERMINER_SUBJECT_EN.exec(s) ?? PLURAL_SUBJECT_EN.exec(s) ?? BARE_COPULA_EN.exec(s);
  if (!m) return false;
  const words = m[0].trim().split(/[ \t]+/u);
  // A task verb or a subordinator first ("While the branch was able to …, it …"): not a subject.
  if (TASK_VERB_EN.test(words[0].replace(/[^\p{L}-]/gu, '')) || /^(?:while|when|whenever|if|although|though|since|as|because|once|after|before|until|unless|whether)$/iu.test(words[0])) return false;
  return !words.slice(1, -1).some((w) => NOT_SUBJECT_WORD.test(w));
}
