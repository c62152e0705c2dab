/**
 * Kinds of action-item layout seen on real postmortems (issue 7, owners, session 10) that decide whether a block of a
 * follow-up section is open work at all: a label over the reasons or effects of a measure, a task label over the things
 * it covers, a heading that asks whether the incident happened before, a heading over what is left to do.
 * Pure text tests, used by `actionItems.ts` and `sections.ts`.
 */

// A label over the reasons, effects or background of a measure, inside a follow-up section: "**Why:**", "**Benefits:**",
// "**Expected effect:**", "**이유**:", "**기대 효과**:", "**배경**:". What is listed under it argues for the work; it is not
// work of its own.
const REASON_LABEL_EN = /^(?:why|reasons?|rationale|motivation|background|justification|benefits?|expected[ \t](?:benefits?|effects?|outcomes?|results?|impact)|effects?|(?:the[ \t])?upside|pros(?:[ \t](?:and|&)[ \t]cons)?|trade-?offs?)$/iu;
const REASON_LABEL_KO = /^(?:이유|사유|근거|배경|도입[ \t]?(?:이유|배경|효과)|효과|기대[ \t]?효과|예상[ \t]?효과|장점|장단점|목적|필요성)$/u;

/** Whether a short label (markup and a closing colon removed) names the reasons or effects of a measure, not work. */
export function labelsReasons(name: string): boolean {
  const n = name.replace(/\s+/g, ' ').trim();
  return n.length <= 30 && (REASON_LABEL_EN.test(n) || REASON_LABEL_KO.test(n));
}

// A task written as a short label before a colon: "Rotate credentials:", "Renew certificates:", "인증서 재발급:", "API 키
// 교체:". (Three words or more are read as a task already; this reads the short ones.)
const SHORT_TASK_EN = /^(?:rotate|renew|reissue|re-issue|revoke|replace|reset|change|update|upgrade|patch|rebuild|recreate|restore|remove|delete|disable|enable|install|migrate|back[ \t]?up|audit|review|rebuild|retire|decommission|regenerate|reconfigure|harden|add|create|set[ \t]up)\b/iu;
const SHORT_TASK_KO = /(?:재발급|발급|교체|갱신|변경|재설정|초기화|폐기|회수|교환|로테이션|업데이트|업그레이드|패치|재구축|재생성|복원|제거|삭제|비활성화|활성화|설치|이전|백업|점검|감사|강화|추가|도입|적용|설정)$/u;

/** Whether a short label (its colon removed) names a task of its own: an imperative, or a Korean task noun at the end. */
export function shortTaskLabel(label: string): boolean {
  const t = label.replace(/(?:\*\*|__)/gu, '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60 || /[.!?。:：]/u.test(t)) return false;
  return /[\uac00-\ud7a3]/u.test(t) ? SHORT_TASK_KO.test(t) : SHORT_TASK_EN.test(t);
}

// A heading that asks whether the incident happened before, or how likely it is to happen again: "Recurrence",
// "Likelihood of recurrence", "Previous occurrences", "Has this happened before?", "재발 여부", "재발 이력". What is under it
// is history or an estimate, not follow-up work ("Prevent recurrence", "재발 방지" are work). `key` is the folded heading.
const ASKS_RECURRENCE = /^(?:recurrences?|(?:likelihood|risk|chance|probability|history|frequency)ofrecurrence|recurrence(?:risk|likelihood|history|check|frequency|rate)|(?:previous|past|prior|earlier)(?:occurrences?|incidents?)|hasthis(?:happened|occurred)before|didthishappenbefore|재발(?:여부|이력|가능성|위험|현황|빈도)|과거(?:발생|유사)(?:이력|사례)?)$/u;

/** Whether a folded heading key asks about recurrence (history or likelihood) rather than naming follow-up work. */
export function asksRecurrence(key: string): boolean {
  return key.length <= 40 && ASKS_RECURRENCE.test(key);
}

// A sub-heading that names a part of one measure's write-up rather than a measure: "#### Background", "#### Plan",
// "#### 배경", "#### 진행 방법".
const DETAIL_HEADING = /^(?:background|context|details?|plan|approach|implementation|how|how[ \t]to|why|rationale|steps|procedure|status|notes?|scope|options?|alternatives?|risks?|results?|outcome|owner|timeline|schedule|cost|effort|배경|맥락|상세|세부[ \t]?(?:내용|사항)|방법|진행[ \t]?방법|설정[ \t]?방법|계획|구현|진행[ \t]?(?:상황|상태)|상태|참고|비고|범위|결과|효과|이유|일정|담당|비용|대안)$/iu;

/** Whether a sub-heading's label (numbering removed) names a part of one measure's write-up, not a measure. */
export function detailHeading(label: string): boolean {
  const t = label.replace(/[^\p{L}\p{N} \t]/gu, ' ').replace(/\s+/g, ' ').trim();
  return t.length <= 30 && DETAIL_HEADING.test(t);
}

// A label over how a measure is carried out: "**Steps:**", "**How to:**", "**Configuration:**", "**절차**:", "**설정
// 방법**:", "**적용 방법**:". What is under it is the measure's how-to, not items of its own.
const HOW_TO_LABEL = /^(?:steps|procedure|how|how[ \t]to|how[ \t]to[ \t]apply|setup|set-?up|configuration|config|example|usage|commands?|script|절차|방법|설정|설정[ \t]?방법|적용[ \t]?방법|설치[ \t]?방법|실행[ \t]?방법|진행[ \t]?방법|예시|명령어?|스크립트|설정[ \t]?예시)$/iu;

/** Whether a short label (markup and its closing colon removed) is over the how-to of a measure. */
export function labelsHowTo(name: string): boolean {
  const t = name.replace(/\s+/g, ' ').trim();
  return t.length <= 30 && HOW_TO_LABEL.test(t);
}

/**
 * Whether a parenthetical that reads like a team spells out the acronym right before it: "ACG (Access Control Group)",
 * "SRE (Site Reliability Engineering)", "ACG (접근 제어 그룹)". `before` is the text before the parenthesis, `value` what is
 * inside. Latin words must give the acronym's letters; Korean words one word per letter.
 */
export function expandsAcronym(before: string, value: string): boolean {
  const m = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,6})[ \t]{0,2}[(（]?[ \t]{0,2}$/u.exec(before.slice(-12));
  if (!m) return false;
  const words = value.trim().split(/[ \t]+/u).filter(Boolean);
  if (words.length !== m[1].length) return false;
  if (words.every((w) => /^[\uac00-\ud7a3]/u.test(w))) return true;
  return words.map((w) => w[0].toUpperCase()).join('') === m[1];
}

// A heading over a routine: checks done every day, week or month ("Weekly checklist", "Monthly review", "#### 📅 주간
// 점검 체크리스트", "월간 점검"). Its items are the routine's steps: "Check disk usage", "시스템 로그 검토" is done by doing
// it, not an inquiry left open.
const ROUTINE_EN = /\b(?:daily|weekly|bi-?weekly|monthly|quarterly|nightly|yearly|annual|recurring|routine|periodic|regular)[ \t-]{1,3}(?:(?:security|ops|operations|health|on-?call|maintenance|system)[ \t]{1,3})?(?:check(?:list)?s?|reviews?|audits?|inspections?|maintenance)\b/iu;
const ROUTINE_KO = /(?:일일|일간|매일|주간|매주|격주|월간|매월|분기|반기|연간|정기|상시)[ \t]?(?:보안[ \t]?|운영[ \t]?|시스템[ \t]?)?(?:점검|체크리스트|체크|확인|검토|감사)/u;

/** Whether a heading names a routine of recurring checks (its items are the routine's steps). */
export function namesRoutine(title: string): boolean {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length <= 60 && (ROUTINE_EN.test(t) || ROUTINE_KO.test(t));
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
