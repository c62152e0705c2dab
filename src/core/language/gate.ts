/**
 * Gates by first-run precision (session 11). Some detection ids were mostly WRONG on text nobody had tuned on
 * (test/language/AUDITS.md, "Session 11: first-run precision by detection id": the drawn halves linted with the
 * engine of their draw commit). For those ids, the kind their wrong firings share is named here, by construction,
 * and a finding of that id inside such a construction is dropped. Each gate is local to its ids; everything else
 * passes untouched. Pure and linear: each check reads a bounded window around the finding.
 *
 * - A mistake word inside an IRREALIS clause (a condition, a concession, a purpose or prevention, a possibility, a
 *   generic "when …"): the mistake has not happened, it is what a safeguard handles ("실수로 체크하더라도 프로그램이
 *   건너뛴다", "Even if someone makes a mistake in the form, the validator rejects it"). Ids ko.blame.silsu and
 *   en.blame.made-mistake (first run right/wrong 8/14 and 0/2).
 * - A mistake word naming a CLASS of mistakes ("가장 흔한 실수는 …", "다양한 유형의 실수", "the most common mistake",
 *   "all kinds of mistakes") or the act of making mistakes as the subject of a general statement ("실수를 하는 것이
 *   인간이고", "Making mistakes is human"): mistakes in general, nobody's act. Same ids.
 * - A YES/NO CHECK as a Korean action item's content ("배포 후 헬스 체크가 통과하는지 확인"): the item names the state
 *   that ends it. Id ko.vague.review (first run right/wrong 3/4), only on 확인/체크; and its English mirror ("Check whether
 *   the health check passes after each deploy"), id en.vague.whole-item when the item opens with the check.
 * - The human-error term as the subject of a HABITUAL statement, a frequency adverb after its verb ("Human error is
 *   rarely the whole story"): a claim about the concept, not a cause named. Id en.blame.human-error (first run right/wrong
 *   4/3) and en.who.human-error, the module's finding of the same words (hidden behind it in the first run); Korean
 *   already drops the term as a topic ("휴먼 에러는 …", an `unless` of ko.blame.human-error).
 * - PUNISHMENT SET ASIDE (the punitive ids of both languages, the "asks for punishment" message, first run
 *   right/wrong 4/11 pooled): the punishment sits in a clause of what comes before or instead of the ask ("문책에 앞서 원인부터 찾아야 한다",
 *   "Rather than punishing the engineer, we fixed the deploy script"): no punishment is asked for.
 * - CREDIT, NOT BLAME (session 12, lead; found beside a fuzz case): a condition contrary to fact that NEGATES what a
 *   person did, with a consequence that is WORSE ("If Sam had not checked the settings, the outage would have been much
 *   worse", "당직자가 알림을 보지 못했다면 장애가 몇 시간 더 이어졌을 것이다"): the sentence credits the act, it judges
 *   nobody. Any blameful or counterfactual finding inside the condition is dropped. A consequence that is better
 *   ("… would have been avoided", "… 막을 수 있었을 것이다") keeps the finding.
 * - A NEAR MISS'S COST (session 14, second round; ko/nearmiss.ts): a Korean past conditional whose condition is a slip that
 *   did not happen and whose consequence is a loss ("마감을 놓쳤다면 … 받지 못했을 것이다", "운영 DB를 지웠다면 주문 기록이
 *   모두 사라졌을 것이다"): luck, not hindsight about anyone. Any blameful or counterfactual finding that starts in the
 *   condition's clause is dropped (English: en/expected.ts, in the English detection itself).
 */
import type { LanguageList } from './types';
import { nearMissCost } from './ko/nearmiss';
import { slipThroughQuestion } from './ko/slipquestion';
import { thingCause } from './en/thingcause';
import { slipNormAt } from './ko/alternative';

/** What a gate needs of a finding. */
export interface Gated {
  list: LanguageList;
  id: string;
  start: number;
  end: number;
}

const WINDOW = 90;

/** Hangul syllable's final consonant index (0 = none, 8 = ㄹ, 20 = ㅆ), or -1 for a non-syllable. */
function finalOf(ch: string | undefined): number {
  if (!ch) return -1;
  const c = ch.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 ? c % 28 : -1;
}

/** The rest of the clause from `from`: up to a sentence end, a comma or a line break, at most WINDOW characters. */
function clauseAfter(text: string, from: number): string {
  let to = from;
  while (to < text.length && to - from < WINDOW && !/[.!?。,，;\n]/u.test(text[to])) to++;
  return text.slice(from, to);
}

/** The clause up to `to`: back to a sentence start, a comma, a semicolon or a line break, at most WINDOW characters. */
function clauseBefore(text: string, to: number): string {
  let from = to;
  while (from > 0 && to - from < WINDOW && !/[.!?。,，;\n]/u.test(text[from - 1])) from--;
  return text.slice(from, to);
}

// Korean irrealis endings after the mistake: condition (…하면, …라면, …했으면), concession (…더라도, …해도),
// purpose or prevention (…지 않게/않도록, …을 막는, …을 방지하는), a generic "when" (…할 때, …했을 때).
// A past conditional ("…했다면", "…않았으면") is hindsight about a mistake that happened: not gated.
const KO_CONDITION = /(?:[다라으하되]면)(?=[\s,.!?)…]|$)/gu;
// "-아도/-어도" after a verb's conjugated syllable (눌러도, 켜도, 지워도, 해도); not a noun's "도" (정도, 속도).
const KO_CONCESSION = /(?:더라도|(?:하여|되어|[아어여러려워꿔켜써봐와줘놔둬쳐져펴해돼])도(?=[\s,]))/u;
const KO_PURPOSE = /(?:지\s?(?:않|못)(?:게|도록)|(?:않|못)도록|(?:것|일|상황|경우)(?:을|를)?\s?(?:막|방지|예방))/u;

/** Whether a Korean clause holds a past-tense syllable (…았/었/였/했/됐…, not 있/없). */
function hasPast(clause: string): boolean {
  for (const ch of clause) if (finalOf(ch) === 20 && ch !== '있' && ch !== '없') return true;
  return false;
}

/** Whether the clause after a Korean mistake word is irrealis: a condition, concession, purpose, possibility or generic "when". */
function koIrrealis(clause: string): boolean {
  // A realis past clause closed before any irrealis ending ("실수로 지웠고 …하면") keeps the mistake an event.
  let stop = clause.length;
  for (let i = 0; i < clause.length; i++) {
    if (finalOf(clause[i]) === 20 && clause[i] !== '있' && clause[i] !== '없' && /^(?:고|는데|으며|으나|지만|다(?![고는])|습니다|어서|으니|던)/u.test(clause.slice(i + 1))) {
      stop = i;
      break;
    }
  }
  const head = clause.slice(0, stop);
  if (KO_CONCESSION.test(head) || KO_PURPOSE.test(head)) return true;
  KO_CONDITION.lastIndex = 0;
  // Not a past conditional; not a prohibition ("실수하면 안 된다": must not).
  for (let m = KO_CONDITION.exec(head); m; m = KO_CONDITION.exec(head)) if (finalOf(head[m.index - 1]) !== 20 && !/^\s?안\s?(?:돼|되|된|됩)/u.test(clause.slice(m.index + m[0].length))) return true;
  // Possibility and generic time: a syllable ending in ㄹ, not after a past one ("지웠을 때" is an event), before
  // "수 있" / "수도 있" / "때".
  for (let i = 0; i < head.length; i++) {
    if (finalOf(head[i]) !== 8 || finalOf(head[i - 1]) === 20) continue;
    // "…될 수 있었다" is what could have happened, about a mistake that did: not gated.
    if (/^\s?(?:수\s?(?:도\s?)?있(?!었)|때(?:는|에|마다|도)?(?=[\s,]|$))/u.test(clause.slice(i + 1))) return true;
  }
  return false;
}

// Mistakes as a class: a classifier or frequency word right before the mistake noun.
const KO_CLASS = /(?:흔한|흔히\s하는|흔히\s저지르는|자주\s하는|대표적인|다양한|여러|온갖|각종|갖가지|(?:유형|종류)의)\s$/u;
// The act of making mistakes as a general subject: "실수(를) 하는 것이/것은", "실수하는 것이".
const KO_ACT_SUBJECT = /^실수(?:를)?\s?하는\s?(?:것|건|게)(?:이|은|도)?\s/u;
// Session 16 (lang-ko): mistakes as what a situation is prone to ("…실수하기 마련이다", "…실수하기 십상이다"), like
// "실수하기 쉽다" (an `unless` of the list already): a general statement. "실수하기 일쑤였다" (someone's habit) is not one.
const KO_PRONE = /^실수(?:를)?\s?하기\s?(?:마련|십상)/u;

// Session 12. Mistakes as the topic of a principle about responding to them ("실수에 대해 빠르게 공유, …", "실수에 대한 빠른
// 공유가 재발 방지의 출발점이다"): nobody's mistake is named (no owner in the finding, no possessor or incident deixis before it)
// and the sentence states no past event. "제 실수에 대해 사과드립니다", "김 대리의 실수에 대해 …", "어제 … 실수에 대해 보고했다" stay.
const KO_TOPIC_OF = /^실수(?:들)?에\s?(?:대해|대한|대해서|관해|관한)\s/u;
const KO_OWNER_BEFORE = /(?:의|제|내|네|저희|우리)\s?$|(?:^|\s)(?:이번|지난|어제|오늘|당시|그때|그날|이)\s(?:[가-힣]{1,6}\s){0,3}$/u;
function koMistakesAsTopic(text: string, at: number): boolean {
  if (!KO_TOPIC_OF.test(text.slice(at, at + 12))) return false;
  if (KO_OWNER_BEFORE.test(clauseBefore(text, at))) return false;
  let end = at;
  while (end < text.length && end - at < 2 * WINDOW && !/[.!?。\n]/u.test(text[end])) end++;
  let start = at;
  while (start > 0 && at - start < WINDOW && !/[.!?。\n]/u.test(text[start - 1])) start--;
  return !hasPast(text.slice(start, end));
}

// The clause before the match (already cut at a comma or a sentence end) opens an irrealis clause, or a modal sits
// among the two words before the verb ("can make", "could easily make").
const EN_IRREALIS_BEFORE = /(?:^|\s)(?:if|even if|unless|in case|whenever|so that|lest|to (?:prevent|avoid|stop|keep)|prevents?|preventing|without)\b/iu;
const EN_MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall']);
/** "…had (not) made", "…hadn't made", "…would have made": a past that did or did not happen, not an open possibility. */
function pluperfectBefore(before: string): boolean {
  const w = before.trimEnd().split(/\s+/u).slice(-2).map((x) => x.toLowerCase());
  const last = w[w.length - 1] ?? '';
  return last === 'had' || last === "hadn't" || last === 'have' || (/^(?:not|never|n't)$/u.test(last) && w[0] === 'had');
}
function enModalBefore(before: string): boolean {
  return before.trimEnd().split(/\s+/u).slice(-2).some((w) => EN_MODALS.has(w.toLowerCase()));
}
const EN_ACT_SUBJECT = /^\s*(?:making|to make)\s+(?:a\s+|an\s+)?(?:mistake|mistakes|errors|an error)\s+(?:is|are|was)\b/iu;

/** Gate 1 and 2: a mistake word that has not happened, or mistakes as a class. */
function mistakeGated(f: Gated, text: string): boolean {
  if (f.id === 'ko.blame.silsu') {
    const at = text.indexOf('실수', f.start);
    if (at < 0 || at >= f.end) return false;
    // A class of mistakes in a general statement; "여러 명이 다양한 실수를 저질렀다" is an event (a past verb).
    if (KO_CLASS.test(text.slice(Math.max(0, at - 20), at)) && !hasPast(clauseAfter(text, at + 2))) return true;
    if (KO_ACT_SUBJECT.test(text.slice(at, at + 20))) return true;
    if (KO_PRONE.test(text.slice(at, at + 12))) return true;
    if (f.start === at && koMistakesAsTopic(text, at)) return true;
    // Session 15 (lang-ko2): mistakes as a class in an open question about the process (ko/slipquestion.ts).
    if (slipThroughQuestion(text, at)) return true;
    // Session 16 (lang-ko): a slip with no subject as the premise of a norm ("실수했으면 바로 알리는 게 예의다"; ko/alternative.ts).
    if (slipNormAt(text, at)) return true;
    return koIrrealis(clauseAfter(text, at + 2));
  }
  if (f.id === 'en.blame.made-mistake') {
    const before = clauseBefore(text, f.start);
    // "If Bob had not made that mistake …" is hindsight about a mistake that happened.
    if ((EN_IRREALIS_BEFORE.test(before) || enModalBefore(before)) && !pluperfectBefore(before)) return true;
    if (EN_ACT_SUBJECT.test(text.slice(f.start, f.start + 40)) && !/\S/u.test(clauseBefore(text, f.start))) return true;
  }
  return false;
}

// A yes/no embedded question before 확인/체크: "…가 정상 동작하는지 확인", "…인지 여부 확인". A wh-word makes it an
// inquiry ("원인이 무엇인지 확인"), which stays vague.
const KO_YES_NO_CHECK = /(?:([가-힣])지|여부)\s?(?:를\s?|을\s?)?(?:(?:먼저|반드시|다시|직접|매번|항상|꼭)\s)?$/u;
const KO_WH = /(?:무엇|뭐|왜|어떻게|어떤|어디|누가|누구|언제|얼마|몇|필요한지|야\s?(?:하는지|되는지)|할지|될지|좋을지|나을지)/u;
// The English mirror: an item that opens with a check of "whether"/"if" a state holds; a wh-word or a decision
// ("whether we need …", "if we should …") keeps it an inquiry.
const EN_YES_NO_CHECK = /^\s*(?:check|verify|confirm|test)\s+(?:whether|if)\s+(?!(?:we|you|they|the team)\s+(?:need|should|must|can|could|want|have to)\b)/iu;
const EN_WH = /\b(?:what|why|how|which|where|who|when|whom)\b/iu;

/** Gate 3: a yes/no check is not vague. */
function reviewGated(f: Gated, text: string): boolean {
  if (f.id === 'en.vague.whole-item') {
    const m = EN_YES_NO_CHECK.exec(text);
    const question = m ? text.slice(m[0].length, m[0].length + 200).split(/[.;\n]/u)[0] : '';
    // It must name something: at least three words after "whether" ("Check whether everything works" names nothing).
    return !!m && !EN_WH.test(question) && question.trim().split(/\s+/u).length >= 3;
  }
  if (f.id !== 'ko.vague.review') return false;
  const word = text.slice(f.start, f.end);
  if (!/^(?:확인|체크)/u.test(word)) return false;
  const before = text.slice(Math.max(0, f.start - WINDOW), f.start);
  const m = KO_YES_NO_CHECK.exec(before);
  // The question must name something: four words or more before the check ("설정이 제대로 되었는지", "문제가 없는지" name nothing).
  const question = clauseBefore(text, f.start);
  if (question.trim().split(/\s+/u).length < 4) return false;
  // Nor a generic well-being ("배포 후 잘 동작하는지", "… 문제가 없는지"): the state must be named.
  if (/(?:^|\s)(?:잘|제대로|올바르게|원활하게|문제\s?없이|이상\s?없이)\s|(?:문제|이상|오류|에러)(?:가|이|는|은)?\s?없/u.test(question)) return false;
  // "…하는지", "…인지", "…올바른지": the syllable before 지 ends in ㄴ; or "… 여부".
  if (!m || (m[1] !== undefined && finalOf(m[1]) !== 4)) return false;
  // The embedded clause itself (back to the start of the item or a comma) must not ask what, why or how.
  return !KO_WH.test(clauseBefore(text, f.start));
}

const FREQUENCY_EN = /^\s*(?:is|are|was|'s|tends to be|has)\s+(?:(?:almost|very|quite|so)\s+)?(?:rarely|seldom|typically|usually|often|generally|mostly|always|never|frequently|commonly|normally|nearly always|almost always|hardly ever|sometimes)\b/iu;

/** Gate 4: the human-error term as the subject of a habitual statement. */
function humanErrorGated(f: Gated, text: string): boolean {
  if (f.id === 'en.blame.human-error' || f.id === 'en.who.human-error') {
    if (/\S/u.test(clauseBefore(text, f.start).replace(/^\s*(?:but|and|yet|so|however|still|after all)\s*$/iu, ''))) return false;
    return FREQUENCY_EN.test(text.slice(f.end, f.end + 60));
  }
  return false;
}

// Punishment set aside: the sentence puts it in a clause of what comes after or what is done instead ("징계를 논하기 전에
// …부터 찾아야 한다", "누구를 처벌할지 묻는 대신 …", "문책에 앞서 …", "Before anyone is disciplined, …", "Rather than
// punishing the engineer, we …"): the ask is the other clause's.
const PUNITIVE_ID = /^(?:en|ko)\.(?:punitive\.|who\.punitive$)/u;
const KO_PUNISH = /(?:징계|처벌|해고|문책|질책|견책|경질|좌천|감봉|인사\s?(?:조치|처분)|경위서|시말서|책임을\s?묻)/gu;
const KO_SET_ASIDE = /^[^,.!?]{0,14}?(?:전에|대신|앞서|보다\s?먼저)\s/u;
// Session 16 (lang-ko): punishment EXPECTED, then contradicted — the punishment is the content of an expectation or a fear
// ("…줄 알았는데", "…거라고 생각했지만", "…까 봐 걱정했는데"), followed by a contrast: it did not come ("징계를 받을 줄
// 알았는데, 팀장은 원인부터 보자고 했다"). Nobody asks for it.
const KO_EXPECTED_BUT = /^[^,.!?]{0,16}?(?:\s줄\s?알았|\s(?:거|것이)라고\s?(?:생각|예상|각오|짐작)했|까\s?봐\s?(?:걱정|긴장|두려|겁)[가-힣]{0,3})(?:는데|지만|으나|었는데|었지만|웠는데|웠지만)/u;
const EN_PUNISH = /\b(?:disciplin\w*|punish\w*|fir(?:e|ed|ing)|reprimand\w*|sanction\w*|accountable|written up|write-ups?)\b/iu;
const EN_SET_ASIDE = /\b(?:before|instead of|rather than|prior to)\b/iu;
// Session 16 (lang-ko): the English mirror of KO_EXPECTED_BUT — "I expected to be disciplined for it, but …", "We thought
// someone would be fired, but …": an expectation or a fear in the clause, a "but" after the punishment in the sentence.
const EN_EXPECTED = /\b(?:expected|expecting|thought|feared|afraid|assumed|worried|braced)\b/iu;
const EN_BUT_AFTER = /^[^.!?;]{0,60}?(?:,\s*|\s)(?:but|yet)\s/iu;

function punishmentSetAside(f: Gated, text: string): boolean {
  if (!PUNITIVE_ID.test(f.id)) return false;
  if (f.id.startsWith('ko.')) {
    // The punishment words in the sentence: every one must sit before a set-aside connective.
    const sentence = text.slice(f.start, Math.min(text.length, f.end + WINDOW));
    const end = sentence.search(/[.!?。\n]/u);
    const s = end < 0 ? sentence : sentence.slice(0, end);
    KO_PUNISH.lastIndex = 0;
    let any = false;
    for (let m = KO_PUNISH.exec(s); m; m = KO_PUNISH.exec(s)) {
      any = true;
      const after = s.slice(m.index + m[0].length);
      if (!KO_SET_ASIDE.test(after) && !KO_EXPECTED_BUT.test(after)) return false;
    }
    return any;
  }
  const span = text.slice(f.start, f.end);
  const word = EN_PUNISH.exec(span);
  const upTo = clauseBefore(text, f.start) + span.slice(0, word ? word.index : 0);
  if (EN_SET_ASIDE.test(upTo)) return true;
  return EN_EXPECTED.test(upTo) && EN_BUT_AFTER.test(text.slice(f.end, f.end + 80));
}

// The condition negates the act: "if … had not / hadn't …", "had … not …"; "…지 않았다면/않았더라면/못했다면/못했더라면".
/** "if … had not / hadn't / had … not …" or an inverted "Had … not …" at a clause's start, within one clause: where it starts and ends. */
function enNegCondition(body: string): { index: number; 0: string } | undefined {
  const words = [...body.matchAll(/[A-Za-z']+/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0].toLowerCase();
    if (w !== 'if' && w !== 'had') continue;
    const at = words[i].index ?? 0;
    if (w === 'had') {
      // An inverted condition opens its clause ("Had the on-call not …", ", had we not …"); a "had" inside a clause is a tense.
      const prev = body.slice(0, at).trimEnd();
      if (prev !== '' && !/[,;:]$/u.test(prev)) continue;
    }
    let had = w === 'had' ? i : -1;
    for (let j = i + 1; j < Math.min(words.length, i + 13); j++) {
      if (/[,.;!?]/u.test(body.slice(at, words[j].index ?? 0))) break;
      const x = words[j][0].toLowerCase();
      const end = (words[j].index ?? 0) + words[j][0].length;
      if (x === "hadn't" && w === 'if') return { index: at, 0: body.slice(at, end) };
      if (x === 'had') had = j;
      if (x === 'not' && had >= 0 && (w === 'had' || j - had <= 3)) return { index: at, 0: body.slice(at, end) };
    }
  }
  return undefined;
}
const KO_NEG_CONDITION = /지\s?(?:않았|못했)(?:더라면|다면)/u;
// The consequence is worse: longer, bigger, more damage.
const EN_WORSE = /\b(?:would|could|might)(?:\s+(?:easily|probably|likely|certainly))?\s+have\s+(?:(?:been|become|gotten|got)\s+(?:(?:much|far|even|a\s+lot|significantly|considerably)\s+)?worse|(?:lasted|taken|continued|gone\s+on|run)\s+(?:(?:much|far|even|a\s+lot|significantly|considerably|hours|days)\s+)?longer|(?:lasted|continued|gone\s+on|gone\s+unnoticed)\s+(?:for\s+)?(?:hours|days|weeks)|(?:been|become)\s+(?:(?:much|far|even)\s+)?(?:bigger|larger|wider|more\s+severe))\b/iu;
const KO_WORSE = /(?:(?:훨씬|더|몇\s?(?:시간|일|배))\s?(?:더\s)?(?:컸|커졌|커지|길어졌|길었|오래|늘어났|많았|심각|확대|이어졌|지속됐|지속되었|계속됐|계속되었))/u;

/** The sentence around a finding: back to a sentence end or line break, forward to one; at most 2 × WINDOW characters each way. */
function sentenceAround(text: string, start: number, end: number): { from: number; body: string } {
  let from = start;
  while (from > 0 && start - from < 2 * WINDOW && !/[.!?。\n]/u.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 2 * WINDOW && !/[.!?。\n]/u.test(text[to])) to++;
  return { from, body: text.slice(from, to) };
}

function creditNotBlame(f: Gated, text: string): boolean {
  if (f.list !== 'blameful' && f.list !== 'counterfactual') return false;
  const { from, body } = sentenceAround(text, f.start, f.end);
  const ko = /[가-힣]/u.test(body);
  const cond = ko ? KO_NEG_CONDITION.exec(body) : enNegCondition(body);
  const worse = (ko ? KO_WORSE : EN_WORSE).exec(body);
  if (!cond || !worse) return false;
  const condEnd = from + cond.index + cond[0].length;
  const worseAt = from + worse.index;
  // The finding sits in the condition: it starts before the condition ends (or where it ends) and before the consequence.
  return f.start <= condEnd && f.start < worseAt && condEnd <= worseAt;
}

// A Korean past conditional: a word of at most ten syllables (not inside a longer word) before 더라면/다면/으면.
const KO_PAST_IF = /(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{1,10}?)(?:더라면|다면|으면)(?=[\s,]|$)/gu;

function koNearMiss(f: Gated, text: string): boolean {
  if (f.list !== 'blameful' && f.list !== 'counterfactual') return false;
  const { from, body } = sentenceAround(text, f.start, f.end);
  if (!/[가-힣]/u.test(body)) return false;
  KO_PAST_IF.lastIndex = 0;
  for (let m = KO_PAST_IF.exec(body); m; m = KO_PAST_IF.exec(body)) {
    const at = from + m.index;
    if (f.start > at + m[0].length) continue;
    // The finding starts in the condition's own clause: no comma and no past verb between it and the conditional word.
    const between = text.slice(f.start, Math.max(f.start, at));
    if (f.start < at && (/[,;]/u.test(between) || hasPast(between))) continue;
    if (nearMissCost(body.slice(0, m.index), m[1], body.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether a finding is dropped by a first-run gate. Never throws. */
export function gatedOut(f: Gated, text: string): boolean {
  try {
    // Session 16 (probe, en/thingcause.ts): a system's expectation, a thing to blame, the organisation accountable to itself.
    return mistakeGated(f, text) || reviewGated(f, text) || humanErrorGated(f, text) || punishmentSetAside(f, text) || creditNotBlame(f, text) || koNearMiss(f, text) || thingCause(f, text);
  } catch {
    return false;
  }
}
