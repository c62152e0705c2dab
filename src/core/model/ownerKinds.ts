/**
 * Kinds of action-item layout and wording seen on real postmortems (issue 7, owners, session 8) that decide
 * whether an item is open work at all: a status written right after the item's bold title, a checklist item
 * marked "[N/A]" with its reason, an item that gives advice to readers rather than planning the team's work.
 * Pure text tests, used by `actionItems.ts`.
 */

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

// Advice to readers written as an item of a follow-up list: "For operators who have not yet upgraded, we advise they
// do so", "We recommend that all node operators rotate their keys", "If you run your own relay, please upgrade".
const AUDIENCE = String.raw`(?:you|operators?|node[ \t]operators?|users?|customers?|clients?|admins?|administrators?|developers?|integrators?|maintainers?|validators?|readers?|members?|everyone|anyone|those)`;
const ADVISE = String.raw`(?:(?:strongly|would|also)[ \t])?(?:advise|recommend|encourage|urge|ask|suggest)`;
const ADVICE_ITEM_EN = new RegExp(
  String.raw`^(?:for|to)[ \t][^.;:\n]{1,120}?\bwho\b[^.;:\n]{0,120}?,[ \t]{1,3}(?:we|I)[ \t]${ADVISE}\b` +
    String.raw`|^(?:we|I)[ \t]${ADVISE}[ \t](?:that[ \t])?(?:all[ \t]|any[ \t]|our[ \t])?${AUDIENCE}\b(?![ \t](?:be|are|were|is)\b)` +
    String.raw`|^if[ \t]you\b[^.;\n]{1,120}?,[ \t]{0,3}(?:please|(?:we|I)[ \t]${ADVISE}|you[ \t](?:should|must|need[ \t]to))\b`,
  'iu',
);
// Korean: readers as the subject, asked politely ("아직 업데이트하지 않은 이용자께서는 … 업데이트해 주시기 바랍니다").
const READER_SUBJECT_KO = /(?:이용자|사용자|고객|회원|운영자|관리자|개발자|여러분)(?:님|분)?들?(?:께서는|께서|은|는)[ \t]/u;
const POLITE_ASK_KO = /(?:바랍니다|주세요|주십시오|권장드립니다|권고드립니다|부탁드립니다)[ \t.!。]{0,4}$/u;

/** Whether an item of a follow-up list gives advice to readers instead of planning the team's work. */
export function advisesReaders(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().replace(/^(?:\*\*|__)|(?:\*\*|__)$/gu, '');
  if (t.length > 400) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) {
    const who = READER_SUBJECT_KO.exec(t);
    return !!who && t.length - who.index <= 200 && POLITE_ASK_KO.test(t) && !/하겠습니다|하겠다|예정|진행합니다/u.test(t);
  }
  return ADVICE_ITEM_EN.test(t) && !/\bwe(?:'ll|[ \t]will|[ \t]are[ \t]going[ \t]to|[ \t]plan)\b/iu.test(t);
}

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

// A sub-heading that is only a time horizon: "### 🚨 긴급 (즉시)", "### 📅 단기 (1-3일)", "### Long term", "### 중장기 대책".
// ("Short-term impact" is not: the horizon must be the whole title, bar a remark in parentheses.)
const HORIZON = /^(?:(shortterm|immediate|nearterm|urgent|단기|즉시|긴급)|(midterm|mediumterm|중기)|(longterm|중장기|장기))(?:대책|조치|과제|작업|fixes|actions?|items?|work)?$/u;

/** The horizon a sub-heading names on its own ("단기 (1-3일)" → short), or undefined. */
export function horizonTerm(title: string): 'short' | 'mid' | 'long' | undefined {
  const key = title.replace(/[(（][^()（）\n]{0,30}[)）]/gu, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/^\d{1,2}/u, '');
  const m = HORIZON.exec(key);
  return !m ? undefined : m[1] ? 'short' : m[2] ? 'mid' : 'long';
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

