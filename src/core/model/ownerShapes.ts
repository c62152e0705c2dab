/**
 * Kinds of action-item layout and wording seen on real postmortems (issue 7, owners, session 9) that decide whether a
 * line is open work at all: a list that completes the sentence of the planned item above it, a lead-in saying the
 * team is at work on what follows, a change's result told as a new state, an item the same fix already closed, a
 * follow-up section written as one task per line without list markers. Pure text tests, used by `actionItems.ts`.
 */

// The last sentence of an item or a lead-in plans work and ends on a preposition before its colon, so the list under it
// names the things the plan is about: "We plan to add metrics and alerts around:", "we will set quotas on:".
const PLAN_EN = /\b(?:we(?:'ll|[ \t]will|[ \t](?:are|'re)[ \t](?:going|planning)[ \t]to|[ \t]plan[ \t]to|[ \t]intend[ \t]to|[ \t]need[ \t]to)|will[ \t]be)\b/iu;
const ENDS_ON_PREPOSITION_EN = /\b(?:around|on|for|about|of|in|into|covering|including|like|as|across|against|over|per|between|with)[ \t]{0,2}[:：]$/iu;
// Korean: a plan ending ("… 알림을 추가할 예정입니다:"), and no noun of work before it ("다음 조치를 …", "아래 과제를 …"),
// which would make the list the steps themselves.
const PLAN_KO = /(?:예정|계획)(?:입니다|이다|임)?[ \t]{0,2}[:：]$|(?:하겠습니다|할[ \t]것입니다)[ \t]{0,2}[:：]$/u;
const WORK_NOUN_KO = /(?:다음|아래|이하)(?:의|과[ \t]같은|와[ \t]같은)?[ \t]?(?:조치|작업|과제|항목|사항|대책|일|계획|개선|액션|단계|절차)/u;

/** Whether an item's or lead-in's text (blanks collapsed) plans work about things the list under it names. */
export function plansAboutList(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (t.length > 400 || !/[:：]$/u.test(t)) return false;
  const last = (t.split(/(?<=[.!?。])\s+/u).pop() ?? t).trim();
  if (/[\uac00-\ud7a3]/u.test(last)) return PLAN_KO.test(last) && !WORK_NOUN_KO.test(last);
  return PLAN_EN.test(last) && ENDS_ON_PREPOSITION_EN.test(last) && !/\b(?:following|these|below|steps|actions|items|tasks|changes)\b/iu.test(last);
}

// Words that open an English task ("Add …", "Page the on-call …"), a report or a sentence with a subject.
const TASK_START_EN = /^(?:add|create|implement|document|write|introduce|improve|build|set|enable|disable|migrate|remove|automate|establish|define|review|update|run|test|monitor|alert|page|notify|investigate|ensure|make|use|move|replace|switch|upgrade|rotate|audit|publish|schedule|train|deprecate|consolidate|standardi[sz]e|refactor|fix|limit|reduce|increase|raise|lower|split|separate|track|measure|require|allow|block|prevent|adopt|cap|tune|pin|drop|deploy|roll|revert|restart|check|verify|validate|explore|evaluate|consider|decide|agree|hold|send|share|post|ask|we|i|they|you|our)\b/iu;
const VERB_EN = /\b(?:should|must|will|shall|need|needs|to[ \t]be|plan|plans|todo)\b|\b\p{L}{3,20}ed[ \t](?:the|a|an|our|all)\b/iu;
// Korean: a task noun or a verb ending at the end ("… 알림 추가", "… 강화", "… 한다", "… 예정").
const TASK_END_KO = /(?:도입|추가|작성|구축|적용|마련|수립|자동화|검증|설정|재설정|변경|이전|교체|분리|제거|삭제|개발|구현|배포|정비|강화|개선|증설|상향|하향|확대|축소|활성화|점검|검토|정리|보강|정례화|이중화|훈련|교육|공유|조정|전환|모니터링|만들기|하기|[다요음함됨까]|[ \t]중)$/u;

/** Whether a list item's text is a bare noun phrase naming a thing (a metric, a limit, a part), not a task or a sentence. */
export function namesThing(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__|`)/gu, '').trim().replace(/[.;,]$/u, '').trim();
  if (!t || t.length > 100 || /[.!?。](?:\s|$)|[:：]/u.test(t)) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) return !TASK_END_KO.test(t) && !/예정|계획|필요|해야/u.test(t);
  return !TASK_START_EN.test(t) && !VERB_EN.test(t) && !/^\p{L}{3,20}ing[ \t](?:the|a|an|our|all|new)\b/iu.test(t);
}

// A lead-in saying the team is at work on what follows now: "We are now focused on:", "We're currently working on:",
// "현재 다음 작업에 집중하고 있습니다:". (A plan, "We will focus on:", is not.)
const FOCUSED_EN = /\bwe(?:'re|[ \t]are)[ \t](?:(?:now|currently|already)[ \t])?(?:focused|focusing|concentrating|working)[ \t]on[ \t]{0,2}[:：]$/iu;
const FOCUSED_KO = /(?:현재|지금|이미)[^\n.。]{0,40}(?:집중하고|주력하고|진행하고)[ \t]?있(?:습니다|다)[ \t]{0,2}[:：]$/u;

/** Whether the last line before a list says the team is at work on the listed items now. */
export function leadSaysFocusedOn(line: string): boolean {
  const t = line.replace(/(?:\*\*|__)/gu, '').trim();
  const last = (t.split(/(?<=[.!?。])\s+/u).pop() ?? t).trim();
  return last.length <= 200 && (FOCUSED_EN.test(last) || FOCUSED_KO.test(last));
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

// An item that another item's fix already closed: "… and is fixed by the same change", "covered by the fix above",
// "같은 수정으로 함께 해결됨", "위 조치로 해결".
const SAME_FIX_EN = /\b(?:is|are|was|were|gets?|got|has[ \t]been|have[ \t]been)[ \t](?:also[ \t]|already[ \t])?(?:fixed|resolved|addressed|covered|closed|mitigated)[ \t](?:by|with|in)[ \t](?:the[ \t])?(?:same|above|previous|preceding|that)[ \t](?:change|fix|patch|commit|pr|pull[ \t]request|release|update|deploy(?:ment)?)\b/iu;
const SAME_FIX_KO = /(?:같은|동일한|위(?:의)?|앞의|이번)[ \t]?(?:수정|변경|조치|패치|배포)(?:으로|로)[ \t]?(?:함께[ \t]|같이[ \t]|모두[ \t])?(?:해결|수정|조치|해소)(?:됨|되었|됐|완료)/u;

/** Whether an item says the same fix as another item already closed it. */
export function closedBySameFix(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return SAME_FIX_EN.test(t) || SAME_FIX_KO.test(t);
}

// One task per line, without a list marker, in a follow-up section: "Add a capacity alert on the payment workers",
// "결제 API 최소 인스턴스 4대로 상향". A Korean line ends in a task noun; an English one opens with a verb of change.
const LINE_TASK_KO = /(?:도입|추가|작성|구축|적용|마련|수립|자동화|설정|재설정|변경|교체|분리|제거|개발|구현|정비|강화|개선|증설|상향|하향|확대|활성화|재활성화|보강|정례화|이중화)$/u;
const LINE_TASK_EN = /^(?:add|create|implement|document|write|introduce|build|set[ \t]up|enable|disable|migrate|remove|automate|establish|define|update|raise|lower|increase|reduce|replace|switch|upgrade|rotate|schedule|deprecate|refactor|fix|limit|split|separate|track|require|block|pin|cap)\b/iu;

/** Whether a paragraph of one line is a task written without a list marker. */
export function lineTask(text: string): boolean {
  if (/[\r\n]/u.test(text.trim())) return false;
  const t = text.replace(/(?:\*\*|__)/gu, '').trim().replace(/[.。]$/u, '').trim();
  if (t.length < 6 || t.length > 150 || /[.!?。](?:\s|$)|[:：]/u.test(t)) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) return LINE_TASK_KO.test(t) || /(?:완료|완료됨)$/u.test(t);
  return LINE_TASK_EN.test(t);
}

// A closing apology or a promise of effort: "We are sorry for the disruption and will keep working to earn back your
// trust.", "불편을 드려 죄송합니다. 앞으로 더 안정적인 서비스를 위해 노력하겠습니다." Each sentence apologises or promises effort.
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|regret)\b|죄송|사과(?:드립|를[ \t]드립|드리)|송구/iu;
const EFFORT = /\b(?:do[ \t](?:our|my)[ \t](?:very[ \t])?best|strive|endeavou?r|keep[ \t]working[ \t]to[ \t](?:earn|regain|deserve|improve)|work[ \t]hard(?:er)?[ \t]to)\b|노력하겠|노력하는|최선을[ \t]다하|최선을[ \t]다할|되겠습니다|감사합니다|고맙습니다/iu;

/** Whether a prose paragraph apologises and otherwise only promises effort, sentence by sentence (no work named). */
export function apologisesOnly(text: string): boolean {
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?。])\s+/u).filter((x) => x.trim());
  return sentences.some((x) => APOLOGY.test(x)) && sentences.every((x) => APOLOGY.test(x) || EFFORT.test(x));
}
