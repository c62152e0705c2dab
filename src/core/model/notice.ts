import { namesPostmortem } from '../detect';
import type { PostmortemDocument } from './document';

/**
 * Whether a document reads as a customer notice or a press article about an incident rather than a
 * postmortem: a service notice to its users ("메일 서비스 장애 안내 … 불편을 드려 죄송합니다", "Dear customers,
 * … We apologize for the inconvenience") or a newspaper article ("저작권자 © … 무단전재 및 재배포 금지").
 * Such a text has no postmortem sections and should not grow any, so the structure rules that ask for
 * sections stay silent on it (issue 7, precision on real documents).
 *
 * Precision first, so it takes all of: no heading the model recognises as a postmortem section, no
 * title that names a postmortem, no front matter `type` or `template` (the author chose a postmortem),
 * and either a press footer, a status page's update log (two of Investigating / Identified / Monitoring / Resolved,
 * 조사 중 / 확인됨 / 모니터링 중 / 해결됨 starting lines), or an apology together with an address to the readers (고객님 / 회원
 * 여러분 / 포럼의 여러분, / "Dear users" / "Hello everyone"), a greeting (안녕하세요 / 안녕하십니까) or a notice word in the title (안내, 공지, 알림,
 * 사과, 보상, notice, announcement, apology). Reads only the first 2,000 and last 800 characters of the body.
 */
export function readsAsNotice(doc: PostmortemDocument): boolean {
  let known = memo.get(doc);
  if (known === undefined) {
    known = decide(doc);
    memo.set(doc, known);
  }
  return known;
}

const memo = new WeakMap<PostmortemDocument, boolean>();

const HEAD = 2000;
const TAIL = 800;

/** A press footer (Korean newspapers): "저작권자 © …", "무단전재 및 재배포 금지". */
const PRESS_KO = /무단\s?전재|재배포\s?금지|저작권자\s?[©ⓒ]/u;
/** An apology to the readers. */
const APOLOGY_KO = /불편을\s?(?:드려|드린|끼쳐|끼친|겪으신|겪으셨)|사과(?:의\s?말씀)?(?:을|를)?\s?드[리립려]|사과드|죄송(?:합니다|하다는|스럽|한\s?마음|하게)|송구/u;
const APOLOGY_EN = /\b(?:we|i)\s(?:(?:sincerely|deeply|truly|greatly)\s)?apologi[sz]e\b|\b(?:sorry|apologies)\sfor\s(?:the|any)\sinconvenience\b/i;
/** The readers addressed as customers, members, users, students. */
const ADDRESS_KO = /고객님|회원님|회원\s?여러분|이용자\s?여러분|이용자분|사용자\s?여러분|학생\s?여러분|유저님|광고주님|가족님|여러분(?:께|의|,)/u;
const ADDRESS_EN = /\bdear\s(?:customers?|users?|members?|clients?|all|valued)\b|\b(?:hello|hi)\s(?:everyone|all|folks)\b/i;
/** A notice's greeting at the start of a line: "안녕하세요. 운영팀입니다.", "안녕하십니까?". */
const GREETING_KO = /(?:^|\n)[ \t]{0,3}안녕하(?:세요|십니까)/u;
/**
 * A status-page update label at the start of a line ("Resolved", "Monitoring -", "**Identified** -", "해결됨 -"):
 * two different ones make the text a status page's update log, which links to the postmortem rather than being it.
 */
const STATUS_LABEL = /^[ \t]{0,3}(?:\*\*)?(investigating|identified|monitoring|resolved|조사\s?중|확인됨|모니터링\s?중|해결됨)(?:\*\*)?[ \t]*(?:[-–—:]|$)/gimu;

function statusLabels(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(STATUS_LABEL)) seen.add(m[1].toLowerCase().replace(/\s/gu, ''));
  return seen.size;
}

/** A notice word in the title: "… 장애 안내", "[공지] …", "Notice: …". */
const NOTICE_TITLE = /공지|안내|알림|사과|보상|\bnotice\b|\bannouncement\b|\bapolog(?:y|ies)\b/iu;

function decide(doc: PostmortemDocument): boolean {
  const meta = doc.meta;
  if (meta.type !== undefined || meta.template !== undefined) return false;
  if (doc.sections.some((s) => s.kind !== undefined)) return false;
  const title = doc.sections[0]?.title;
  if (title !== undefined && namesPostmortem(title)) return false;
  const from = doc.frontMatter?.end ?? (doc.hasBom ? 1 : 0);
  const body = doc.text.slice(from);
  const head = body.length > HEAD ? body.slice(0, HEAD) : body;
  const tail = body.length > HEAD ? body.slice(Math.max(HEAD, body.length - TAIL)) : '';
  const has = (re: RegExp) => re.test(head) || (tail !== '' && re.test(tail));
  if (has(PRESS_KO) || statusLabels(head) >= 2) return true;
  if (!has(APOLOGY_KO) && !has(APOLOGY_EN)) return false;
  return has(ADDRESS_KO) || has(ADDRESS_EN) || GREETING_KO.test(head) || (title !== undefined && NOTICE_TITLE.test(title));
}
