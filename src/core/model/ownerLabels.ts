/**
 * Action items, owners (issue 7): the headings, labels, lead-ins and paragraphs AROUND action items, read as text. Each
 * test decides where open work is and what a block of a follow-up section is: a lead-in that plans work about the list
 * under it or says the team is at work on it, a task written as a line without a list marker, a closing apology, a
 * document's outline numbering, a time-horizon sub-heading, a label over a measure's reasons or how-to, a short task
 * label, a heading that asks about recurrence, a sub-heading over one part of a measure's write-up, a heading over a
 * routine, and an owner's parenthesis that only spells out an acronym. Pure text tests, used by `actionItems.ts`,
 * `sections.ts` and the vague-action-item rule. The wording of ONE item (is it open work?) is in `ownerWording.ts`.
 *
 * Merged in session 12 from the kinds of sessions 8–10 (formerly ownerShapes.ts, ownerKinds.ts, ownerLayouts.ts; the
 * session of each kind is in test/unit/owners-s8…s10.test.ts), behaviour unchanged.
 */

// ── Lead-ins and paragraphs of a follow-up section ──

// The last sentence of an item or a lead-in plans work and ends on a preposition before its colon, so the list under it
// names the things the plan is about: "We plan to add metrics and alerts around:", "we will set quotas on:".
const LEAD_PLAN_EN = /\b(?:we(?:'ll|[ \t]will|[ \t](?:are|'re)[ \t](?:going|planning)[ \t]to|[ \t]plan[ \t]to|[ \t]intend[ \t]to|[ \t]need[ \t]to)|will[ \t]be)\b/iu;
const ENDS_ON_PREPOSITION_EN = /\b(?:around|on|for|about|of|in|into|covering|including|like|as|across|against|over|per|between|with)[ \t]{0,2}[:：]$/iu;
// Korean: a plan ending ("… 알림을 추가할 예정입니다:"), and no noun of work before it ("다음 조치를 …", "아래 과제를 …"),
// which would make the list the steps themselves.
const LEAD_PLAN_KO = /(?:예정|계획)(?:입니다|이다|임)?[ \t]{0,2}[:：]$|(?:하겠습니다|할[ \t]것입니다)[ \t]{0,2}[:：]$/u;
const WORK_NOUN_KO = /(?:다음|아래|이하)(?:의|과[ \t]같은|와[ \t]같은)?[ \t]?(?:조치|작업|과제|항목|사항|대책|일|계획|개선|액션|단계|절차)/u;

/** Whether an item's or lead-in's text (blanks collapsed) plans work about things the list under it names. */
export function plansAboutList(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (t.length > 400 || !/[:：]$/u.test(t)) return false;
  const last = (t.split(/(?<=[.!?。])\s+/u).pop() ?? t).trim();
  if (/[\uac00-\ud7a3]/u.test(last)) return LEAD_PLAN_KO.test(last) && !WORK_NOUN_KO.test(last);
  return LEAD_PLAN_EN.test(last) && ENDS_ON_PREPOSITION_EN.test(last) && !/\b(?:following|these|below|steps|actions|items|tasks|changes)\b/iu.test(last);
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

// ── Headings and sub-headings ──

// A document's own outline numbering: "## 2. 해결 방향" over "### 2.1 결과 확인 방식", "## 5 Follow-up" over "### 5.2 …".
const OUTLINE_PARENT = /^[ \t]{0,3}(\d{1,2})(?:[.)]|[ \t])/u;
const OUTLINE_CHILD = /^[ \t]{0,3}(\d{1,2})\.\d{1,2}(?:[.)]|[ \t])/u;

/**
 * Whether a sub-heading is numbered as a subsection of the heading above it ("2.1" under "2."): the number is the
 * document's outline, not an item's number, so the sub-heading is an item only when it reads as one.
 */
export function outlineSubsection(parentTitle: string, title: string): boolean {
  const c = OUTLINE_CHILD.exec(title);
  const p = c && OUTLINE_PARENT.exec(parentTitle);
  return !!p && p[1] === c[1];
}

// A sub-heading that is only a time horizon: "### 🚨 긴급 (즉시)", "### 📅 단기 (1-3일)", "### Long term", "### 중장기 대책".
// ("Short-term impact" is not: the horizon must be the whole title, bar a remark in parentheses.)
const HORIZON = /^(?:(shortterm|immediate|nearterm|urgent|단기|즉시|긴급)|(midterm|mediumterm|중기)|(longterm|중장기|장기))(?:대책|조치|과제|작업|fixes|actions?|items?|work)?$/u;

/** The horizon a sub-heading names on its own ("단기 (1-3일)" → short), or undefined. */
export function horizonTerm(title: string): 'short' | 'mid' | 'long' | undefined {
  const key = title.replace(/[(（][^()（）\n]{0,30}[)）]/gu, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/^\d{1,2}/u, '');
  const m = HORIZON.exec(key);
  return !m ? undefined : m[1] ? 'short' : m[2] ? 'mid' : 'long';
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

// ── Labels over a list, and owner parentheses ──

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
