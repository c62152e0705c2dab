// A follow-up item that tells a problem first and the team's finished change after it (session 15, issue 7):
//   "Our export health checks were routed to one replica. We've updated them to hit every replica."
//   "알림이 한 채널로만 전송되고 있었습니다. 온콜 채널에도 보내도록 설정을 수정했습니다."
// The item is done: it needs no owner. Read only when the item's FIRST sentence is a statement (a fact about the system,
// in the past or the present, not a task: no imperative at its start, no plan or modal word), a LATER sentence is the
// writers' own completed action ("we"/"our team" with a verb in the past or the present perfect; Korean: a change verb in
// the past, 수정했습니다 / 적용했습니다 / 완료했습니다 / 수정함), and NO sentence of the item plans, asks or tracks more work
// ("we will …", "still", "need to", "a ticket to …", "예정", "필요"). Precision first: a task followed by context ("Add X.
// We added Y last week, but …") keeps its owner finding because its first sentence is a task.

import { trimEndChars } from '../text';

const MAX = 600;

// Verbs in "-ed" that report no finished change: a plan, a decision, a start, an ask (and "-ed" words that are no past tense).
const NOT_DONE_VERBS = String.raw`(?:need|needed|embed|proceed|exceed|feed|seed|speed|shred|breed|bleed|decided|agreed|planned|scheduled|committed|asked|requested|proposed|suggested|started|intended|wanted|hoped|expected|aimed|considered|discussed|noticed|realized|realised|learned|learnt|observed|identified|discovered|investigated|opened|filed|logged|raised|tried|attempted|begun|continued|prioriti[sz]ed)\b`;
const IRREGULAR_DONE = String.raw`(?:made|built|wrote|rewrote|put|set[ \t]up|took|undid|moved|cut)`;
// "We've updated …", "We have since changed …", "We also added …", "Our team replaced …", "The team has rewritten …".
const TEAM_DONE = new RegExp(
  String.raw`^(?:we|our[ \t](?:[\p{L}-]{1,20}[ \t])?team|the[ \t](?:[\p{L}-]{1,20}[ \t])?team)(?:[ \t](?:have|has)|'ve)?(?:[ \t](?:now|since|also|already|then|subsequently|immediately|quickly))?[ \t](?!${NOT_DONE_VERBS})(?:\p{L}{2,20}ed|${IRREGULAR_DONE}|rewritten|written|taken|undone)\b`,
  'iu',
);
// A sentence that asks, plans, or keeps the work open.
const OPEN_EN = /\b(?:will|won't|'ll|shall|should|must|need|needs|have[ \t]to|has[ \t]to|going[ \t]to|plan|plans|planning|intend|intends|todo|to-do|next[ \t]step|still|not[ \t]yet|yet[ \t]to|remains?|pending|in[ \t]progress|ongoing|underway|under[ \t]way|considering|would[ \t]like|want[ \t]to|follow[ \t]up|follow-up|ticket|issue[ \t]to|backlog|roadmap|tracked|tracking|until|later|eventually|soon|temporar(?:y|ily)|workaround)\b|\?/iu;
// A first sentence that is a task: an imperative verb, "please", "make sure", "to …", "let's", a noun phrase with a modal.
const TASK_START_EN = /^(?:please|make[ \t]sure|ensure|let's|let[ \t]us|to[ \t]|add|create|implement|document|write|introduce|improve|build|set[ \t]up|enable|disable|migrate|remove|automate|establish|define|review|update|run|test|monitor|alert|investigate|make|use|move|replace|switch|upgrade|rotate|audit|publish|schedule|train|deprecate|consolidate|standardi[sz]e|refactor|fix|limit|reduce|increase|split|separate|track|measure|require|allow|block|prevent|check|verify|confirm|validate|change|route|hit|send|stop|start|keep|clean|delete|drop|extend|expand|adjust|tune|raise|lower|restrict|revisit|reconsider|look|find|figure|work|get|have|do)\b/iu;
// A statement: a finite verb of the system's state or of what happened (be, have, do; or a verb in the past).
const STATEMENT_EN = /\b(?:was|were|wasn't|weren't|is|are|isn't|aren't|had|hadn't|has|hasn't|did|didn't|does|doesn't|could[ \t]not|couldn't|ran|went|took|sent|got|kept|held|fell|broke|came|grew|became|left|hit|led|lost|saw|began|spent|stuck|hung|froze|caught|brought|built|gave|knew|meant|told|thought|wrote|made|\p{L}{3,20}ed)\b/iu;

// The writers' own lack as the problem: "We had no alert on …", "We didn't check …", "We were not paged".
const WE_LACK = /^we[ \t](?:had[ \t](?:no|never)|did[ \t]not|didn't|were[ \t]not|weren't|never|was[ \t]not|wasn't)\b/iu;

/** English: the problem first, the writers' finished change later, nothing left open. */
function doneLaterEn(sentences: readonly string[]): boolean {
  const [first, ...rest] = sentences;
  if (TASK_START_EN.test(first) || !STATEMENT_EN.test(first) || (/^(?:we|i|our[ \t]team|the[ \t]team)\b/iu.test(first) && !WE_LACK.test(first))) return false;
  if (sentences.some((s) => OPEN_EN.test(s))) return false;
  return rest.some((s) => TEAM_DONE.test(s));
}

// Korean: a first sentence that states a fact in the past ("…있었습니다", "…되지 않았음", "…없었다").
const PAST_STATEMENT_KO = /(?:었|았|였|됐|웠|없|않았|못했)(?:다|음|습니다|어요)$|(?:없다|없음|없습니다|않다|않음|않습니다)$/u;
// A later sentence that reports the writers' own change done: a change noun or verb with a past ending.
const CHANGE_DONE_KO = /(?:적용|변경|추가|수정|제거|삭제|증설|활성화|비활성화|이전|배포|설정|교체|재시작|재기동|조정|복구|반영|구축|도입|확장|전환|롤백|차단|해제|갱신|분리|상향|하향|재배포|업그레이드|개선|보완|완료)(?:[ \t]?완료)?(?:했|하였|됐|되었)(?:습니다|음|다|어요)$|(?:적용|변경|추가|수정|제거|삭제|증설|활성화|비활성화|이전|배포|설정|교체|재시작|재기동|조정|복구|반영|구축|도입|확장|전환|롤백|차단|해제|갱신|분리|상향|하향|재배포|업그레이드|개선|보완)[ \t]?(?:완료)?(?:함|됨|했음|하였음|되었음|됐음)$|(?:완료|적용[ \t]완료|반영[ \t]완료|조치[ \t]완료|수정[ \t]완료)(?:함|됨|했음)?$/u;
const OPEN_KO = /예정|계획|하겠|할[ \t]?것|하기로|진행할|추진|검토[ \t]?중|진행[ \t]?중|필요|해야|않을까|추후|향후|이후에?[ \t]|아직|미완|임시|우선[ \t]|티켓|이슈를[ \t]?(?:생성|등록)|백로그|\?/u;
// A first sentence that is a task: a request ending, or a noun phrase without a verb ending (검토, 도입, 추가 …).
const TASK_END_KO = /(?:하기|할[ \t]?것|하자|합시다|해야[ \t]?함|필요|검토|도입|추가|개선|강화|구축|수립|마련|작성|정리|점검|확인)$/u;

/** Korean: the problem first (a fact in the past), the writers' finished change later, nothing left open. */
function doneLaterKo(sentences: readonly string[]): boolean {
  const [first, ...rest] = sentences;
  if (TASK_END_KO.test(first) || !PAST_STATEMENT_KO.test(first)) return false;
  if (sentences.some((s) => OPEN_KO.test(s))) return false;
  return rest.some((s) => CHANGE_DONE_KO.test(s));
}

/** Whether an item tells a problem first and the writers' finished change in a later sentence, with nothing left open. */
export function reportsDoneLater(src: string): boolean {
  const t = src.slice(0, MAX).replace(/\s+/g, ' ').replace(/(?:\*\*|__|`)/gu, '').trim();
  const sentences = t.split(/(?<=[.!?。])[ \t]+/u).map((s) => trimEndChars(s, ' \t.!。').trim()).filter((s) => s.length > 0);
  if (sentences.length < 2 || sentences.length > 6) return false;
  return /[\uac00-\ud7a3]/u.test(t) ? doneLaterKo(sentences) : doneLaterEn(sentences);
}

// Prose after a list of finished work (session 15, issue 7): a follow-up section whose list only reports what was already
// done ("- We've updated the health checks …", "- 설정을 수정했습니다") and then, in paragraphs after the list, tells the
// work still ahead: "We'll be doing a more extensive review to be sure that …", "We are also in the middle of an ongoing
// effort to remove …", "장기적으로는 … 개선할 예정입니다", "… 작업을 진행 중입니다". Those paragraphs are the section's open items.
// With any open item in the list, the prose around it stays context (as the corpus judges "We are confident that the
// measures we are implementing will …" after a list of tasks). A paragraph that only explains stays silent.
const PLAN_AFTER_EN = /\bwe(?:'ll|[ \t]will(?![ \t]not\b)|(?:[ \t]are|'re)[ \t](?:also[ \t])?(?:going|planning)[ \t]to|[ \t](?:also[ \t])?plan[ \t]to|[ \t](?:also[ \t])?intend[ \t]to)\b|\bwe(?:[ \t]are|'re)[ \t](?:also[ \t]|now[ \t]|currently[ \t])?(?:in[ \t]the[ \t]middle[ \t]of|in[ \t]the[ \t]process[ \t]of|working[ \t]on|considering)\b|\bwe[ \t](?:also[ \t])?have[ \t]an[ \t](?:ongoing|open)[ \t](?:effort|project)[ \t]to\b/iu;
// An under-way or planned ending in Korean ("진행 중입니다", "작업 중입니다", "예정입니다", "검토하고 있습니다").
const PLAN_AFTER_KO = /예정(?:입니다|이다|이며|이고|임)|하겠습니다|할[ \t]것입니다|계획(?:입니다|이다|이며)|(?:진행|작업|개발|준비|검토)[ \t]?중(?:입니다|이다|이며|임)|(?:검토|준비|개선|진행)하고[ \t]있(?:습니다|다|음)/u;
// Not a plan of the writers: advice to readers, a condition, a question.
const NOT_PLAN_AFTER = /\byou\b|\byour\b|\?$/iu;

/** Whether a paragraph after a list of finished work tells work still ahead (a plan or work under way of the writers). */
export function plansAfterDoneList(paragraph: string): boolean {
  const t = paragraph.slice(0, 1500).replace(/\s+/g, ' ').trim();
  if (t.length < 20 || NOT_PLAN_AFTER.test(t)) return false;
  return /[\uac00-\ud7a3]/u.test(t) ? PLAN_AFTER_KO.test(t) : PLAN_AFTER_EN.test(t);
}
