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
