import type { ActionItem } from '../model/actionItems';
import { descriptionBlock, ignoredByList, peopleFor, reportFinding, vagueWordingIn } from '../phraseRules';
import type { ProseBlock } from '../model/prose';
import type { LanguageFinding } from '../language/findings';
import type { Rewrite } from '../language/types';
import type { Rule } from '../types';
import type { ResolvedConfig } from '../config';
import type { People } from '../people';
import type { LanguageList } from '../language/types';
import { TextMemo } from '../model/memo';
import type { Section } from '../model/sections';
import { namesRoutine } from '../model/ownerLabels';
import { addressedToOthers } from '../model/adviceList';

/** Letters and digits of real detail that follow an item's description inside the item. */
const DETAIL_CHARS = 24;

/** True when the item holds more than its description: sub-items or paragraphs that say how. */
function hasDetails(text: string, item: ActionItem): boolean {
  if (item.kind === 'table' || item.end <= item.description.end) return false;
  let n = 0;
  for (let i = item.description.end; i < item.end && n < DETAIL_CHARS; i++) if (/[\p{L}\p{N}]/u.test(text[i])) n++;
  return n >= DETAIL_CHARS;
}

/** A description that reports work done ("Added …", "Fixed …", "Didn't …"), as a status list or changelog does. */
function reportsDoneWork(description: string): boolean {
  const m = /^\s*(?:\*\*|__)?(\p{Lu}\p{Ll}{2,}(?:ed|n't)|Built|Made|Wrote|Set up|Began|Ran|Took|Found|Sent|Shipped|Moved|Identified)\b/u.exec(description);
  return !!m && !/(?:eed|bed)$/u.test(m[1]);
}

/**
 * Sections whose list items mostly report work done ("Added …", "Fixed …"): a status list or a
 * changelog, not a list of actions. Its items are not judged as action items, including the few
 * that say what is under way ("Developing …", "team will review …"): they are news, not commitments.
 */
function statusSections(text: string, items: readonly ActionItem[]): Set<unknown> {
  const counts = new Map<unknown, { n: number; done: number }>();
  for (const item of items) {
    if (item.kind !== 'list') continue;
    const c = counts.get(item.section) ?? { n: 0, done: 0 };
    c.n++;
    if (reportsDoneWork(text.slice(item.description.start, item.description.end))) c.done++;
    counts.set(item.section, c);
  }
  const out = new Set<unknown>();
  for (const [section, c] of counts) if (c.n >= 4 && c.done * 2 >= c.n) out.add(section);
  return out;
}

/**
 * The end, in the source, of a bold title that opens an item and is followed by a colon
 * ("**Separate node groups per AZ**: will allow more organic scheduling …"), or -1. Such an item
 * is named by its title; the words after the colon say why, and are no verdict on the action.
 */
function boldTitleEnd(text: string, start: number, end: number): number {
  let i = afterCheckbox(text, start, end);
  const mark = text.slice(i, i + 2);
  if (mark !== '**' && mark !== '__') return -1;
  const close = text.indexOf(mark, i + 2);
  if (close < 0 || close >= end || close - i > 200) return -1;
  let j = close + 2;
  while (j < end && text[j] === ' ') j++;
  // "**Title:** explanation" or "**Title**: explanation".
  return text[close - 1] === ':' || text[close - 1] === '：' || text[j] === ':' || text[j] === '：' ? close : -1;
}

/**
 * Whether an item is only a link to a tracked issue ("[Investigate fluent-bit flush errors](…/issues/5930)"):
 * an inquiry there is tracked where its outcome will be recorded, as "… and record the cause in INC-431" is.
 */
function linksTicketOnly(text: string, start: number, end: number, blockText: string): boolean {
  const from = afterCheckbox(text, start, end);
  if (end - from > 600) return false;
  const m = /^\[([^\]\n]{3,200})\]\(([^()\s]{8,300})\)/u.exec(text.slice(from, end));
  if (!m || !isTicketUrl(m[2])) return false;
  // Nothing but the link (and an owner or due date the item model took out) is in the item.
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
  return letters(blockText.replace(/\([^()\n]{0,40}\uFFFC[^()\n]{0,40}\)|\uFFFC/gu, '')) === letters(m[1]);
}

/** Whether a URL names one tracked issue: ".../issues/5930", ".../pull/12", ".../browse/OPS-42" (a split, not a regex). */
function isTicketUrl(url: string): boolean {
  const parts = url.split(/[?#]/u)[0].split('/');
  for (let i = 0; i + 1 < parts.length; i++) {
    if (!['issues', 'pull', 'merge_requests', 'ticket', 'tickets', 'browse'].includes(parts[i])) continue;
    if (/^(?:[A-Z][A-Z0-9]{1,9}-)?\d{1,9}$/u.test(parts[i + 1])) return true;
  }
  return false;
}

/** The first position after an item's leading spaces and task-list checkbox ("[ ] ", "[x] "). */
function afterCheckbox(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '[' && text[i + 2] === ']' && (text[i + 1] === ' ' || text[i + 1] === 'x' || text[i + 1] === 'X')) i += 3;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

// What ends a vague item, by kind, written so that the item gets a checkable end state: a record
// in this postmortem that someone else can look for.
// - An inquiry (investigate, explore, consider, 검토, 재점검 …) ends in a decision.
// - A call for care (be more careful, stay vigilant, 더 주의, 유념 …) cannot be checked; what can
//   is the check or guard that takes its place, so the item asks for that one to be chosen.
// - A degree or a goal (improve alerting, more robust, 모니터링 강화 …) ends in a measure: the
//   target and how it is checked, which only the author knows, so the item asks for it to be set.
// Each is manual (offered to a person, never applied by fix-all): it adds a commitment.
// (Session 14: a consideration under way, "we are also evaluating …", ends in a decision too.)
const INQUIRY_EN = /^(?:[^.;:]{0,40}?\b(?:are|is|am|['’]re) (?:(?:also|still|currently|now|actively|already|further) )?(?:considering|exploring|evaluating|looking into|thinking about|discussing|weighing|researching|assessing|investigating)\b|(?:document|write up|write down|list|capture|outline|draft|collect|compile|gather|note down) |investigat|look|dig|explor|research|figure|find out|understand|analy[sz]|study|consider|think|evaluat|assess|discuss|revisit|brainstorm|reconsider|review|examin|check|take|have|get a handle|sort out|rethink|poke|spend|ponder|see (?:if|whether)|(?:find|identify|seek|search for|come up with|work out) (?:[a-z]+ )?(?:ways|options|means|approaches|avenues)|(?:should|could|need to|needs to|must|will|want to|wants to|plan to|plans to|is going to|are going to|to|let['’]s|['’]ll) )/iu;
const INQUIRY_KO = /(?:규명|강구|따져\s?보|검토|검증|점검|조사|분석|논의|협의|고민|고려|파악|모색|연구|타진|살펴보|살펴볼|알아보|들여다보|되짚|짚어\s?보|생각해\s?보|찾아보|알아볼|확인)/u;
const CARE_EN = /\b(?:careful|carefully|cautious|caution|vigilant|vigilance|attention|attentive|mindful|deliberate|thoughtful|diligent|alert|focused|aware|awareness|remember|forget|double[- ]?check|think twice|take (?:extra|more) (?:time|care)|keep an eye)\b/iu;
const CARE_KO = /(?:주의|조심|유의|신경|경각심|긴장|책임감|경계|만전|만반|신중|유념|되돌아보|한\s번\s더|숙지|상기|인지|잘\s?(?:지키|하|챙기)|철저|꼼꼼)/u;
// - Steps or measures taken with none named (take necessary steps, 필요한 조치를 취하 …; session 17) end in the steps named:
//   only the author knows them, so the item asks for them to be named.
type Kind = 'decision' | 'guard' | 'measure' | 'steps';
const REWRITE: Record<Kind, Record<'en' | 'ko', { text: string; colon: boolean }>> = {
  decision: { en: { text: ', and record the decision in this postmortem', colon: false }, ko: { text: ' 후 결정 사항을 이 문서에 기록', colon: false } },
  guard: { en: { text: ': choose the check or guard that replaces care and record it in this postmortem', colon: true }, ko: { text: ': 주의 대신 쓸 확인 단계나 안전장치를 정해 이 문서에 기록', colon: true } },
  measure: { en: { text: ': set the target measure and how it is checked, and record them in this postmortem', colon: true }, ko: { text: ': 목표치와 확인 방법을 정해 이 문서에 기록', colon: true } },
  steps: { en: { text: ': name the steps and record them in this postmortem', colon: true }, ko: { text: ': 취할 조치를 정해 이 문서에 기록', colon: true } },
};
const TITLE: Record<Kind, { en: string; ko: string }> = {
  decision: { en: 'Name the decision that ends it', ko: '끝나는 기준을 결정으로 적기' },
  guard: { en: 'Ask for the check that replaces care', ko: '주의 대신 확인 단계를 정하도록 적기' },
  measure: { en: 'Ask for the target measure', ko: '목표치와 확인 방법을 정하도록 적기' },
  steps: { en: 'Ask for the steps to be named', ko: '취할 조치를 정하도록 적기' },
};

/** What ends a vague item, read from one of its findings. */
function kindOf(block: string, f: LanguageFinding, ko: boolean): Kind {
  const actual = block.slice(f.start, f.end);
  if (f.id === 'en.vague.take-steps' || f.id === 'ko.vague.steps') return 'steps';
  // "한 번 더 확인하기", "꼼꼼히 점검", "반드시 확인": a check asked of a person's care, not an inquiry that ends in a decision.
  if (ko && /(?:한\s?번\s더|다시\s한\s?번|재차|꼼꼼히|철저히|각별히|반드시|항상)/u.test(actual)) return 'guard';
  if (ko ? (f.id === 'ko.vague.review' || f.id === 'ko.vague.geomto') && INQUIRY_KO.test(actual) : INQUIRY_EN.test(actual)) return 'decision';
  return (ko ? CARE_KO : CARE_EN).test(actual) ? 'guard' : 'measure';
}

/**
 * The rewrite of a vague item: what ends it, recorded where the reader looks, added at the end
 * of a one-sentence description (before a final period or an owner/ticket left in parentheses).
 * The edit rewrites the description's last character with itself and the addition, so that the
 * same rewrite offered on two findings of one item is applied once by a fix-all. None when the
 * description has more than one sentence or was cut short.
 */
function itemRewrite(block: string, findings: readonly LanguageFinding[], inTitle = false): Rewrite[] {
  if (!findings.length) return [];
  const ko = /[\uac00-\ud7a3]/u.test(block.slice(findings[0].start, findings[0].end));
  const kinds = findings.map((f) => kindOf(block, f, ko));
  const kind: Kind = kinds.includes('decision') ? 'decision' : kinds.includes('guard') ? 'guard' : kinds.includes('measure') ? 'measure' : 'steps';
  let end = block.length;
  while (end > 0 && /\s/u.test(block[end - 1])) end--;
  // An owner or ticket the item model took out ("(owner: ￼)") stays last.
  if (block[end - 1] === ')' || block[end - 1] === '）') {
    const open = Math.max(block.lastIndexOf('(', end - 1), block.lastIndexOf('（', end - 1));
    if (open > 0 && block.slice(open, end).includes('\uFFFC')) {
      end = open;
      while (end > 0 && /\s/u.test(block[end - 1])) end--;
    }
  }
  if (block[end - 1] === '.' || block[end - 1] === '。') end--;
  const first = Math.min(...findings.map((f) => f.start));
  // "Improve the alerting. The last incident took 14 minutes to detect.": the action is the first
  // sentence; the addition closes it, and the explanation stays after it.
  // ("Be more careful with deploys; they break often": a clause after a semicolon explains, as a sentence does.)
  // ("모니터링 강화. 3건이 늦게 감지됐다.": a sentence may open with a number too.)
  const stop = /[\p{L}\p{N}](?:[.!?。](?=\s+[\p{Lu}\p{N}\uac00-\ud7a3])|;(?=\s))/u.exec(block.slice(0, end));
  if (stop && stop.index + 1 > first) end = stop.index + 1;
  const body = block.slice(0, end);
  // (A period inside a word or version, "Traefik 2.X", "v1.2", ends no sentence.)
  // (Nor does an abbreviation: "e.g.", "etc.", "i.e.", "vs.")
  // (Nor a question mark closing a parenthetical guess, "More code reviews (two people?)": session 11.)
  if (/[.!?;。](?![\p{L}\p{N}])/u.test(body.replace(/\b(?:e\.g|i\.e|etc|vs|approx|incl|cf)\./giu, (w) => w.replace(/\./gu, '_')).replace(/\?(?=\s*\))/gu, '_')) || /\bdecision\b|결정/u.test(body) || end <= first || end < 1) return [];
  // A description cut short by what the item model took out ("점검 (담당: …" left open, "Owner:"):
  // the end of the words is not the end of the action, and text put there lands inside the owner.
  if (/[:：(（\[]\s*$/u.test(body) || unbalanced(body)) return [];
  // Session 14: "… 교체를 검토하고 있습니다", "… 추가를 검토 중": a consideration under way becomes one that ends in a
  // recorded decision ("… 검토하고 결정을 이 문서에 기록", "… 검토 후 결정 사항을 이 문서에 기록").
  if (ko && !inTitle && kind === 'decision') {
    const progressive = /(?:검토|고려|논의|협의|고민|조사|분석|모색|타진)(?:를|을)?\s?(하고\s?있(?:다|습니다|음|어요)|중(?:이다|입니다|임)?)$/u.exec(body);
    if (progressive) {
      const at = progressive.index + progressive[0].length - progressive[1].length;
      const text = progressive[1].startsWith('하고') ? '하고 결정을 이 문서에 기록' : '후 결정 사항을 이 문서에 기록';
      return [{ start: at, end: end, text, title: TITLE.decision, manual: true }];
    }
  }
  // Session 17: an inquiry told with a plan or polite ending ("… 추가를 검토하겠습니다", "… 방안을 살펴볼 예정입니다", "… 검토하고자
  // 합니다") keeps its ending, and the decision goes before it ("검토하고 결정을 이 문서에 기록하겠습니다"); text added after the
  // ending would not read ("검토하겠습니다 후 결정 사항을 …").
  if (ko && !inTitle && kind === 'decision') {
    const polite = /([\uac00-\ud7a3])(하|보|할|볼)(겠습니다|겠어요|겠음|겠다|\s?예정(?:입니다|이다|임)?|\s?계획(?:입니다|이다|임)?|고자\s?(?:합니다|한다|함))$/u.exec(body);
    const inquiry = findings.some((f) => INQUIRY_KO.test(block.slice(f.start, f.end)) && !CARE_KO.test(block.slice(f.start, f.end)));
    if (polite && inquiry && (/^(?:하|보)$/u.test(polite[2]) ? !/^\s?(?:예정|계획)/u.test(polite[3]) : /^\s?(?:예정|계획)/u.test(polite[3]))) {
      const at = polite.index + 1;
      const base = polite[2] === '할' || polite[2] === '하' ? '하' : '보';
      const ending = /^\s?(?:예정|계획)/u.test(polite[3]) ? `할${polite[3]}` : `하${polite[3]}`;
      return [{ start: at, end: end, text: `${base}고 결정을 이 문서에 기록${ending}`, title: TITLE.decision, manual: true }];
    }
  }
  // Session 17 (sound2): an inquiry told as a need ("… 추가 검토가 필요합니다", "… 재검토 필요함", "… 논의가 필요해요") ends in
  // the decision with the need kept in the same register ("… 추가 검토 후 결정 사항을 이 문서에 기록해야 합니다"); text added
  // after the predicate would not read ("검토가 필요합니다 후 결정 사항을 …").
  if (ko && !inTitle && kind === 'decision') {
    const need = /(검토|재검토|검증|점검|조사|분석|논의|협의|고민|고려|파악|모색|연구|확인)(?:가|이)?\s?필요(합니다|함|하다|해요|합|해|)$/u.exec(body);
    if (need) {
      const at = need.index + need[1].length;
      const ending = { 합니다: '합니다', 함: '함', 하다: '한다', 해요: '해요', 합: '함', 해: '해', '': '' }[need[2]] ?? '';
      return [{ start: at, end: end, text: ` 후 결정 사항을 이 문서에 기록${ending}`, title: TITLE.decision, manual: true }];
    }
    // "… 충돌을 반드시 검토해야 합니다", "… 점검을 강화한다": a 하다 verb with its ending keeps the ending after the decision
    // ("… 검토하고 결정을 이 문서에 기록합니다", "… 강화하고 결정을 이 문서에 기록한다").
    const hada = /([\uac00-\ud7a3])(?:해야\s?)?(합니다|한다|함|해요)$/u.exec(body);
    if (hada && findings.some((f) => f.end > hada.index)) {
      const at = hada.index + 1;
      return [{ start: at, end: end, text: `하고 결정을 이 문서에 기록${hada[2]}`, title: TITLE.decision, manual: true }];
    }
  }
  // "…원인을 확인할 예정", "…살펴보기로 함": an inquiry told as a plan keeps its verb form, and the
  // decision goes inside it ("확인하고 결정을 이 문서에 기록할 예정"); text added after "예정" would not read.
  if (ko && !inTitle && kind !== 'guard') {
    const plan = /(?:([\uac00-\ud7a3])(할|볼)\s?예정|([\uac00-\ud7a3])(기로)\s?(?:함|했다|했음|하였다|했습니다|합니다))$/u.exec(body);
    const inquiry = findings.some((f) => INQUIRY_KO.test(block.slice(f.start, f.end)) && !CARE_KO.test(block.slice(f.start, f.end)));
    if (plan && inquiry) {
      const at = plan.index + 1;
      const text = plan[2] === '할' ? '하고 결정을 이 문서에 기록할' : plan[2] === '볼' ? '보고 결정을 이 문서에 기록할' : '고 결정을 이 문서에 기록하기로';
      return [{ start: at, end: at + (plan[2] ?? plan[4]).length, text, title: TITLE.decision, manual: true }];
    }
  }
  // Session 17 (sound2): any other predicate ending (a polite or plain sentence end the cases above do not rebuild): no
  // decision added after the ending ("…점검한다 후 결정 사항을 …").
  if (ko && !inTitle && kind === 'decision' && /(?:니다|[다요죠함음됨임])$/u.test(body) && !/(?:필요|중요|개요|수요|요약|요청|마다|보다|바다|다양)$/u.test(body)) return [];
  const r = inTitle && REWRITE[kind][ko ? 'ko' : 'en'].colon ? IN_TITLE[kind][ko ? 'ko' : 'en'] : REWRITE[kind][ko ? 'ko' : 'en'];
  if (!r) return [];
  // A colon-led addition needs a description without one: after a specification that is itself vague
  // ("Improve monitoring: make it better", "모니터링 강화: 더 촘촘하게") the request closes the item instead.
  if (r.colon && /[:：—–]/u.test(body)) {
    const after = AFTER_SPEC[kind][ko ? 'ko' : 'en'];
    if (!after) return [];
    // English: the request joins the title, before the colon or dash, whatever follows (a vague
    // specification or an explanation: "Improve alerting — it was too slow"). Korean: it closes the item.
    let at = ko ? end : body.search(/[:：—–]/u);
    while (at > 0 && /\s/u.test(body[at - 1])) at--;
    if (at <= first) at = end;
    const tail = block[at - 1];
    if (!/[\p{L}\p{N})\]`'"’”]/u.test(tail)) return [];
    return [{ start: at - 1, end: at, text: tail + after, title: TITLE[kind], manual: true }];
  }
  const last = block[end - 1];
  if (!/[\p{L}\p{N})\]`'"’”]/u.test(last)) return [];
  const out: Rewrite[] = [{ start: end - 1, end, text: last + r.text, title: TITLE[kind], manual: true }];
  // "장애 대응 체계 강화" → "장애 대응 체계 강화 목표치와 확인 방법을 정해 이 문서에 기록": a Korean item that
  // ends on the vague noun takes the measure as a compound, without a colon (which can read as a label
  // at the start of a paragraph, "모니터링 강화: …", and is then not offered).
  if (ko && kind === 'measure' && /[\uac00-\ud7a3](?:화|선|상|완|강|비|보|대|소|축|장|정|결|리|립|착)$/u.test(body) && findings.some((f) => f.end >= end - 1)) {
    out.push({ start: end - 1, end, text: last + KO_MEASURE_COMPOUND, title: TITLE.measure, manual: true });
  } else if (r.colon && !inTitle) {
    // The same request after a dash ("장애 탐지 속도 끌어올리기 — 목표치와 …"): words before a colon at the start of
    // a paragraph can read as a field label ("… 탐지 …:" as the detection section), which a dash never does; the
    // rule reads the words after it as the item's specification.
    out.push({ start: end - 1, end, text: last + ' —' + r.text.slice(1), title: TITLE[kind], manual: true, fallback: true });
  }
  return out;
}

const KO_MEASURE_COMPOUND = ' 목표치와 확인 방법을 정해 이 문서에 기록';

// Inside a bold title ("**Improve alerting**: it would help."), where a colon would end the title
// early: the same request, joined without one.
const IN_TITLE: Record<Kind, Record<'en' | 'ko', { text: string; colon: boolean } | undefined>> = {
  decision: REWRITE.decision,
  guard: { en: { text: ', and record the check or guard that replaces care in this postmortem', colon: false }, ko: { text: ' 대신 쓸 확인 단계나 안전장치를 정해 이 문서에 기록', colon: false } },
  measure: { en: { text: ', and record the target measure and how it is checked in this postmortem', colon: false }, ko: { text: KO_MEASURE_COMPOUND, colon: false } },
  steps: { en: { text: ', and record the steps to take in this postmortem', colon: false }, ko: { text: ' 취할 조치를 정해 이 문서에 기록', colon: false } },
};

// After a colon or dash specification that is itself vague: the request, joined with a comma.
const AFTER_SPEC: Record<Kind, Record<'en' | 'ko', string | undefined>> = {
  decision: { en: undefined, ko: undefined },
  guard: { en: ', and record the check or guard that replaces care in this postmortem', ko: ', 주의 대신 쓸 확인 단계나 안전장치를 정해 이 문서에 기록' },
  measure: { en: ', and record the target measure and how it is checked in this postmortem', ko: ', 목표치와 확인 방법을 정해 이 문서에 기록' },
  steps: { en: ', and record the steps to take in this postmortem', ko: ', 취할 조치를 정해 이 문서에 기록' },
};

/** Whether brackets open in `text` are left unclosed. */
function unbalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（' || c === '[') depth++;
    else if ((c === ')' || c === '）' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

// Session 17 (vague). ADVICE TO OTHER PEOPLE among the items: the subject is a party outside the team (users, customers,
// package maintainers, application developers, plugin authors, downstream projects; 사용자, 고객, 이용자, 회원) asked to act
// ("Package maintainers should be careful with services that auto-merge dependency upgrades", "사용자는 자동 병합 서비스 사용에
// 주의해야 합니다"). It is the writers' advice, not the team's work, so a call for care in it is no vague action of the team.
// The team's own people stay judged ("Engineers should be more careful", "Operators must stay focused", "운영자는 … 주의해야
// 합니다"), and so does what the team must do for the outsiders ("Customers should be notified sooner", "Users should be able
// to …", "사용자는 … 확인할 수 있어야 합니다").
// Session 18 (vague): who is addressed is decided by the structural model's audience reader (model/adviceList.ts), the same
// decision on the same words as the item model's. An item of a list of advice addressed to others never reaches this rule (the
// model drops it), so the rule asks in the context of any item ('items'), where operators, developers, admins and everyone
// are the team's own.
/** `vague-action-item`: Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심. */
export const vagueActionItem: Rule = {
  meta: {
    id: 'vague-action-item',
    description: "Action items that cannot be done or checked: investigate, be more careful, make sure, 더 주의, 조심.",
    tags: ["action-items", "language"],
    defaultSeverity: 'warning',
    fixable: 'manual',
    rationale: "An action item should be a concrete change someone can finish and someone else can verify: a check, an alert, a config change, a process step. *Investigate*, *look into*, *be more careful* and *더 주의하기* describe intentions, not changes. Say what will change and how you will know it is done.",
    examples: [
    { bad: "- [ ] Be more careful when deploying @bob", good: "- [ ] Require a canary stage in the deploy pipeline @bob" },
    { bad: "- [ ] 배포 시 더 주의하기 (담당: 김민수)", good: "- [ ] 배포 파이프라인에 카나리 단계 추가 (담당: 김민수)" },
    ],
  },
  check(ctx) {
    let items: ActionItem[];
    try {
      items = ctx.doc.actionItems;
    } catch {
      // The action-item model is another rule's concern; without it there is nothing to judge here.
      return;
    }
    if (!items.length) return;
    const people = peopleFor(ctx.doc);
    // A finished item is history: rewording it helps nobody decide what is left to do.
    // An item with details under it (a heading or bold title with paragraphs, a list item with
    // sub-items) is named by its title and specified by its details: the title alone is no verdict.
    const status = statusSections(ctx.doc.text, items);
    const judged = (item: ActionItem) => !item.done && !status.has(item.section) && !hasDetails(ctx.doc.text, item);
    const open = items.map((item, index) => ({ index, block: judged(item) ? descriptionBlock(ctx.doc, item) : undefined })).filter((x): x is { index: number; block: ProseBlock } => !!x.block);
    // All descriptions in one search: each regex runs once per document, not once per item.
    const texts = open.map((x) => x.block.text);
    const options = { people, config: ctx.config, ignore: ignoredByList(ctx.config, ctx.options, 'vague') };
    const found = vagueWordingIn(texts, options);
    // A rewrite is offered only if the item it writes is no longer vague (a mixed-language item may not read it).
    const resolves = (text: string, r: Rewrite): boolean => vagueWordingIn([text.slice(0, r.start) + r.text + text.slice(r.end)], options)[0].length === 0;
    const memo = itemMemo(people, ctx.config, options.ignore);
    open.forEach(({ index, block }, i) => {
      if (!found[i].length) return;
      // Session 17: advice to people outside the team is not the team's action (session 18: adviceList.ts).
      if (addressedToOthers(block.text, 'items')) return;
      const item = items[index];
      // A bold title that reads concrete is the action; the explanation after it is not judged.
      const titleEnd = boldTitleEnd(ctx.doc.text, item.description.start, item.description.end);
      let cut = -1;
      if (titleEnd >= 0) {
        cut = 0;
        while (cut < block.text.length && (block.map[cut] < 0 || block.map[cut] < titleEnd)) cut++;
      }
      // A step of a routine of checks ("#### Weekly checklist" / "#### 주간 점검 체크리스트" over "- [ ] Check disk usage"): the
      // check is done by doing it, as a tracked issue's inquiry is (its inquiry words are not judged). Owners, session 10.
      const ticket = linksTicketOnly(ctx.doc.text, item.description.start, item.description.end, block.text) || underRoutine(ctx.doc.sections, item.start);
      // What follows is a function of the description's text, its findings, the title's cut and the
      // ticket link (and the options): kept between lints by those.
      const key = `${cut}\u0000${Number(ticket)}\u0000${block.text}\u0000${JSON.stringify(found[i])}`;
      let judged = memo.get(key);
      if (judged === undefined) memo.set(key, (judged = judgeItem(block.text, found[i], cut, ticket, options, resolves)));
      if (!judged) return;
      for (const f of judged) reportFinding(ctx, block, f, { actionItem: index });
    });
  },
};

/**
 * An open item's findings as reported, each with the item's rewrite (none when its bold title,
 * cut at `cut` (-1: no title), reads concrete: then null). `ticket`: the item only links a tracked issue.
 */
function judgeItem(text: string, found: readonly LanguageFinding[], cut: number, ticket: boolean, options: Parameters<typeof vagueWordingIn>[1], resolves: (text: string, r: Rewrite) => boolean): LanguageFinding[] | null {
  let title: string | undefined;
  if (cut >= 0) {
    title = text.slice(0, cut);
    if (title.trim() && vagueWordingIn([title], options)[0].length === 0) return null;
  }
  const kept = found.filter((f) => !(ticket && !asksForCause(text) && (/[\uac00-\ud7a3]/u.test(f.actual) ? INQUIRY_KO : INQUIRY_EN).test(text.slice(f.start, f.end))));
  // One rewrite for the item, offered on each of its findings: applied, the item is no longer vague.
  // A vague bold title is rewritten inside the title (the words after it say why); applied, the
  // title reads concrete, which is what the check above asks.
  const inTitle = title !== undefined && title.trim() !== '' ? title : undefined;
  const rewrites = inTitle !== undefined
    ? itemRewrite(inTitle, kept.filter((f) => f.end <= inTitle.length), true).filter((r) => resolves(inTitle, r))
    : itemRewrite(text, kept).filter((r) => resolves(text, r));
  return kept.map((f) => (rewrites.length ? { ...f, rewrites } : f));
}

// Session 16. A QUESTION ABOUT WHY THE INCIDENT HAPPENED, an embedded why-question as the item ("Investigate why the nightly
// export was skipped", "Find out what caused the replica to fall behind", "결제 누락이 왜 발생했는지 조사"): it asks for the
// answer a postmortem is for, and names no change. (A noun object, "the root cause of …", "… 원인 조사", stays set aside
// as an inquiry into a named thing: session 7's test keeps "[결제 게이트웨이 연결 오류 원인 조사](…)".) A link to a tracked issue records where the question is kept, not
// what will change, so it is judged like the same words without a link (an inquiry into a named thing, "[Investigate the
// flush errors of fluent-bit](…/issues/…)", stays set aside as before).
const CAUSE_QUESTION_EN = /\b(?:investigat\w*|look(?:ing)? into|find(?:ing)? out|determin\w*|understand\w*|figur\w* out|dig\w* into|analy[sz]\w*|research\w*|explor\w*|establish\w*|identify\w*)\s(?:into\s)?(?:why|how come|what (?:caused|led to|triggered|went wrong|happened)|the reasons? why)\b/iu;
const CAUSE_QUESTION_KO = /왜\s[^\n]{1,60}?(?:는지|었는지|았는지|였는지)\s?(?:조사|분석|파악|확인|알아보|규명)/u;
/** Whether an item asks why the incident happened (its cause), in English or Korean. */
function asksForCause(text: string): boolean {
  return CAUSE_QUESTION_EN.test(text) || CAUSE_QUESTION_KO.test(text);
}

/** Whether the deepest heading above an offset names a routine of recurring checks ("Weekly checklist", "월간 점검"). */
function underRoutine(sections: readonly Section[], offset: number): boolean {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  let deepest: Section | undefined = sections[lo - 1];
  while (deepest && offset >= deepest.end) deepest = deepest.parent;
  return !!deepest && namesRoutine(deepest.title);
}

/** {@link judgeItem}'s answers, by people (interned: the same object for the same names) and then by options and key. */
const itemMemos = new WeakMap<People, Map<string, TextMemo<LanguageFinding[] | null>>>();

function itemMemo(people: People, config: ResolvedConfig | undefined, ignore: Partial<Record<LanguageList, ReadonlySet<string>>>): TextMemo<LanguageFinding[] | null> {
  let byOptions = itemMemos.get(people);
  if (!byOptions) itemMemos.set(people, (byOptions = new Map()));
  const key = `${optionsKey(config)}\u0000${Object.keys(ignore)
    .sort()
    .map((l) => `${l}:${[...(ignore[l as LanguageList] ?? [])].sort().join(',')}`)
    .join(';')}`;
  let memo = byOptions.get(key);
  if (!memo) {
    if (byOptions.size > 8) byOptions.clear();
    byOptions.set(key, (memo = new TextMemo()));
  }
  return memo;
}

const configKeys = new WeakMap<object, string>();
let nextConfig = 0;
/** A configuration's contents as a key (its identity when it cannot be written out), once per object. */
function optionsKey(config: ResolvedConfig | undefined): string {
  if (!config) return '';
  let k = configKeys.get(config);
  if (k === undefined) {
    try {
      k = JSON.stringify(config);
    } catch {
      k = `#${++nextConfig}`;
    }
    configKeys.set(config, k);
  }
  return k;
}
