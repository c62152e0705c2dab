/**
 * Korean blame and hindsight, by grammar: who is the subject of a failure predicate (a person,
 * a team, a name, oneself, or nobody named — Korean drops subjects — versus a system), blame
 * attributed to a person (…의 실수, …탓, …때문에), negligence predicates, self-blame, calls for
 * vigilance aimed at people, and hindsight forms (-했어야 했다, -해야 했다, -ㄹ 수 있었던,
 * -었더라면, -했다면 … 않았을 것). Each detection comes with rewrites that move the sentence
 * from the person to the condition. Every pattern is linear (bounded classes, no nesting).
 */
import type { People } from '../../people';
import { withParticle } from '../../korean';
import { bareRegret, regrets } from './regret';
import { adnominal, endingAfterPast, infinitiveSyllable, passiveOfHada, pastAdnominalOfGo, purposive, stemOf, wasNot } from './grammar';
import { FIRST_PERSON } from './lexicon';
import { supposedSlips } from './neutral';
import { meansInGeneral, sanctionReported, technicalCaution } from './frames';
import { organisationResponsibility } from './organisation';
import { openPreventionQuestion } from './asked';
import { oversightFelt } from './oversight';
import { addressedArtefact, ownedFailure, selfArtefactCause } from './addressed';
import { withstoodMistake } from './withstand';
import { alternativeChosen, slipAsNormPremise } from './alternative';
import { skilledCounterfactual } from './skilled';
import { missedSafeguard } from './safeguard';
import { mentionsOf, whoIs, wordsOf, type Mention, type Word } from './words';

const SEPARATOR = '\uFFFC';

/** A replacement of `[start, end)` of the analysed text. */
export interface KoRewrite {
  start: number;
  end: number;
  text: string;
  /** The quick fix's title when it says more than "다음으로 바꾸기" (이름을 역할로 바꾸기). */
  title?: { en: string; ko: string };
}

/** The title of the fix that names the role instead of the person. */
export const ROLE_FIX_TITLE = { en: 'Replace the name with the role', ko: '이름을 역할로 바꾸기' } as const;
/** The role a rewrite names when the document declares none for the person. */
const DEFAULT_ROLE = '담당 엔지니어';

/** One Korean detection (the shape of `language/types.ts`'s Detection). */
export interface KoDetection {
  start: number;
  end: number;
  list: 'blameful' | 'counterfactual' | 'vague';
  id: string;
  kind: 'blame-word' | 'person-failure' | 'punitive' | 'counterfactual' | 'vague';
  note: { en: string; ko: string };
  rewrites: KoRewrite[];
}

/** A sentence of the analysed text. */
export interface KoSentence {
  start: number;
  end: number;
  text: string;
}

const NOTES = {
  personFailure: {
    en: 'a person is the subject of the failure; describe the condition that let it happen (a missing check, reminder or guard)',
    ko: '사람이 실패의 주어입니다. 그 일을 가능하게 한 조건(빠진 확인, 알림, 안전장치)을 적으세요',
  },
  negligence: {
    en: 'a verdict on how carefully someone worked; describe what made the careful path hard or invisible',
    ko: '얼마나 성실했는지에 대한 판단입니다. 신중한 방법을 어렵게 하거나 보이지 않게 한 조건을 적으세요',
  },
  attribution: {
    en: 'the incident is attributed to a person; name the missing safeguard instead',
    ko: '사고를 사람 탓으로 돌립니다. 대신 빠져 있던 안전장치를 적으세요',
  },
  selfBlame: {
    en: 'self-blame is still blame; describe what made the step easy to get wrong',
    ko: '자기 탓도 비난입니다. 그 단계를 틀리기 쉽게 만든 조건을 적으세요',
  },
  vigilance: {
    en: 'a call for more care cannot be checked; name the check, alert or guard that will do it',
    ko: '더 주의하라는 요구는 확인할 수 없습니다. 그 일을 대신할 검사, 알림, 안전장치를 적으세요',
  },
  punitive: {
    en: 'punishment teaches people to hide information; list the changes that make the failure unlikely instead',
    ko: '처벌은 사람들이 정보를 숨기게 만듭니다. 대신 실패를 일어나기 어렵게 만드는 변경을 적으세요',
  },
  verdict: {
    en: 'a verdict on a decision made without today’s knowledge; describe what was known when it was made',
    ko: '지금 아는 것으로 당시의 결정을 판정합니다. 결정할 때 알 수 있던 것을 적으세요',
  },
  hindsight: {
    en: 'hindsight; say what was known at the time and what would have prompted the action',
    ko: '결과를 알고 난 뒤의 판단입니다. 당시 알 수 있던 것과 그 행동을 이끌어 낼 장치를 적으세요',
  },
} as const;

// ----------------------------------------------------------------------------------------------
// Subjects

/** The subject found for a predicate. */
interface Subject {
  who: 'person' | 'self' | 'thing' | 'none';
  mention?: Mention;
  /** A word with 이/가 that no list knows ("수호가", "하람이가"): a thing unless the verb needs a person. */
  unknown?: Mention;
}

const SUBJECT_PARTICLES = new Set(['이', '가', '께서', '께서는', '께서도', '은', '는', '도', '만', '만이', '만은', '이가', '이는', '이도', '에서', '에서는', '에서도', '측', '쪽']);
const THING_SUBJECT = new Set(['이', '가', '은', '는', '도', '이가']);
// An adnominal verb ("바뀐", "쌓이는", "울리던"): a subject before it belongs to that embedded clause.
const isAdnominalWord = (w: string) => w.length >= 2 && /(?:는|던|된|바뀐|한|진|난|친|린|른|낸|긴|운|온|킨|춘|준)$/u.test(w) && !/(?:시간|기간|원인|엔진|제한|기한|구간|순간|공간|인원|정한)$/u.test(w);

function hasFinal(word: string, final: number): boolean {
  const c = word.charCodeAt(word.length - 1) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 === final;
}

/** The subject of a predicate starting at word index `at` (words of the same sentence). */
/** The first word that ends after `offset` (binary search: words are in order). */
function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// A verb form that closes a subordinate clause ("넘자마자", "울렸는데", "실패하면", "잦아서"):
// a subject before it belongs to that clause, not to the predicate after it.
const CONNECTIVE = /[\uac00-\ud7a3](?:자마자|면서|니까|는데|은데|는데도|인데도|지만|더니|다가|려고|고서)$|(?:하면|되면|으면|[았었했였혔렸쳤]어도|해도|[았었했였혔렸쳤]는데|해서|[았었]어서)$|[\uac00-\ud7a3][리르치니키]면$/u;
// An embedded question ("설정이 바뀌었는지", "UE가 존재하는지는", "재고가 남았는지를"): its subject is its own. Session 9.
// (Session 11: a Latin word or code before 인지 as well: "`lint` 결과가 fail인지".)
const EMBEDDED_QUESTION = /(?:[\uac00-\ud7a3](?:는지|은지|인지|을지|던지)|[A-Za-z0-9_`')](?:인지|이었는지|였는지))(?:는|도|를|가|조차|부터)?$/u;
function subordinateBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 6; k++) if (words[k].particle === '' && CONNECTIVE.test(words[k].text)) return true;
  return false;
}
/** Whether an embedded question closes within a few words after a subject: the subject is the question's. */
function questionBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k++) if (EMBEDDED_QUESTION.test(words[k].text)) return true;
  return false;
}

// "문의가 200건을 넘을 때까지": a subject inside a time clause (an adnominal verb before 때/동안/…).
function timeClauseBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to && k < from + 6; k++) {
    const prev = words[k - 1].text;
    if (/^(?:때|때까지|때에|동안|무렵|즈음|사이|경우)/u.test(words[k].text) && (hasFinal(prev, 8) || hasFinal(prev, 4) || /(?:는|던|을|은)$/u.test(prev))) return true;
  }
  return false;
}

/**
 * Whether, within the few words before word `at`, a clause closes with a connective and a comma ("조정되었는데,",
 * "느려졌고,", "바뀌었지만,") and no subject marked 이/가/은/는 follows it before `at`: the clause at `at` starts after it.
 */
function clauseBreakBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const w = words[k];
    if (/^(?:이|가|은|는)$/u.test(w.particle) && k < at - 1) return false;
    if (!(w.trail ?? '').startsWith(',')) continue;
    if (/(?:는데|은데|지만|으나)$/u.test(w.text)) return true;
    // "밀렸고,", "바뀌었으며,": a past clause joined on.
    const joined = /(?:고|으며|며)$/u.exec(w.text);
    if (joined && hasFinal(w.text[w.text.length - joined[0].length - 1] ?? '', 20)) return true;
  }
  return false;
}

// A subject is looked for this many words back at most: a run-on "sentence" stays linear.
const SUBJECT_WINDOW = 40;

// A verb in the "-다가" connective: 하다가, 되다가, 돌리다가, 끄적이다가, 봤다가, 했다가 (not 바다가, 소다가).
const CONNECTIVE_DAGA = /^[\uac00-\ud7a3]{1,8}(?:하|되|이|리|기|치|보|주|오|내|두|지|우|르|시|키|쓰|끄|[았었였했갔왔봤줬뒀렸졌웠켰쳤냈])다가[,，]?$/u;

function subjectOf(words: readonly Word[], at: number, people: People | undefined, question = false): Subject {
  const lo = Math.max(0, at - SUBJECT_WINDOW);
  const mentions = mentionsOf(words.slice(lo, at), people);
  const byIndex = new Map(mentions.map((m) => [m.index + lo, m]));
  let embedded = false;
  let topicAfter = false;
  for (let i = at - 1; i >= lo; i--) {
    const w = words[i];
    const m = byIndex.get(i);
    if (m && /^(?:누구|아무)$/u.test(m.name) && m.particle === '도' && !question) return { who: 'thing' };
    if (m && SUBJECT_PARTICLES.has(m.particle) && (m.particle !== '에서' || /(?:팀|파트|조직|부서|본부)$/u.test(m.name))) {
      return { who: m.who === 'self' ? 'self' : 'person', mention: m };
    }
    if (m && m.particle === '' && i === at - 1 && m.who === 'self') return { who: 'self', mention: m };
    // "리뷰어는 변경을 놓치지 않았고, 해당 줄은 … 표시되지 않았다": a clause closed with a comma
    // before a new topic; the predicate belongs to the new topic.
    if (topicAfter && /(?:고|며|지만|는데|으나)$/u.test(w.text) && (w.trail ?? '').startsWith(',')) return { who: 'thing' };
    if (!m && (w.particle === '은' || w.particle === '는') && (w.stem.length >= 2 || /^(?:해당|그|이)$/u.test(words[i - 1]?.text ?? '')) && whoIs(w.stem, people) === 'unknown' && !isAdnominalWord(w.text) && !/(?:에|에서|때|후|전|동안|당시|이번|처음|지금|요즘|오늘|어제|앞으로|그동안|보통|평소|실제로|결과적으로|것|기)$/u.test(w.stem)) topicAfter = true;
    // "이 장애는 …": the incident as the topic is what the sentence is about, not who acted.
    if (!m && (w.particle === '은' || w.particle === '는') && /(?:장애|사고|사태|이슈|문제|오류|일|상황|건)$/u.test(w.stem)) continue;
    if (!m && (w.particle === '은' || w.particle === '는') && !/(?:에|에서|때|후|전|동안|당시|이번|처음|지금|요즘|오늘|어제|앞으로|그동안|보통|평소|실제로|결과적으로|것|기)$/u.test(w.stem) && whoIs(w.stem, people) !== 'person') {
      // "도구는 아무것도 알려 주지 않았다", "결론은 받아들이지 않았다": a thing as the topic.
      if (whoIs(w.stem, people) === 'thing') return { who: 'thing' };
    }
    // Session 13: "코드를 수정하다가 사고를 쳤다": a "-다가" connective ("while doing") is a verb of the same subject, not a
    // noun with the subject particle 가 (a four-syllable "수정하다" read as a thing made the writer's slip a thing's).
    if (!m && w.particle === '가' && CONNECTIVE_DAGA.test(w.text)) continue;
    if (!m && THING_SUBJECT.has(w.particle) && (w.particle === '이' || w.particle === '가' || w.particle === '이가')) {
      // "인증서가 만료되는지는 … 점검했어야 했다": the subject of an embedded question is not the predicate's; the
      // predicate's own may be further back or dropped (Korean drops it). Session 9.
      if (questionBetween(words, i + 1, at)) continue;
      // "담당자는 설정이 바뀐 것을 몰랐다": a subject of an embedded clause is not the predicate's.
      const next = words[i + 1];
      const after2 = words[i + 2];
      if ((next && i + 1 < at && (isAdnominalWord(next.text) || (after2 && i + 2 <= at && /^(?:때|때까지|것|수|줄|동안|경우|전|후|뒤|뒤에|전에|때는|사이)/u.test(after2.text)))) || subordinateBetween(words, i + 1, at) || timeClauseBetween(words, i + 1, at)) {
        embedded = true;
        continue;
      }
      // A name no list holds ("수호가", "Alex가"): known only by a verb that needs a person.
      const nameLike = whoIs(w.stem, people) === 'unknown' ? /^[\uac00-\ud7a3]{2,3}$/u.test(w.stem) : /^[A-Z][a-z]{1,11}$/u.test(w.stem);
      const unknown: Mention | undefined = nameLike ? { start: w.start, stemEnd: w.start + w.stem.length, end: w.end, name: w.stem, particle: w.particle, who: 'person', named: true, index: i } : undefined;
      return { who: 'thing', unknown };
    }
  }
  // "배포 시스템이 실패한 카나리를 무시하고": with no person further back, the thing was the subject.
  return { who: embedded ? 'thing' : 'none' };
}

// ----------------------------------------------------------------------------------------------
// Negation, reported speech, principles

// After a predicate: a negated verdict ("실수가 아니었다"), reported or questioned ("…했다고 볼 수
// 없다", "…했는지 묻는 대신"), a rejected blame ("탓하지 않는다").
const CANCEL_AFTER = /^(?:\s(?:것|게|건)(?:이|은)?\s(?:아니|아닙)|[\uac00-\ud7a3]{0,3}\s?(?:아니|아닌|아님|아닙|않는다|않습니다|않았다는|않기로|없다|없습니다|말아|대신|는지|ㄴ지|은지|다고|라고|다는|라는|는 것이 아니|는 게 아니|지는 않))/u;
const NOBODY = /(?:누구도|아무도|누구의|누구든|어느 누구|누구에게도|특정인|개인의)\s?$/u;

function cancelled(text: string, end: number, start: number): boolean {
  // The predicate itself reported or questioned: "실수했다는 근거는 없다", "확인했는지".
  if (/(?:다고|다는|라고|라는|는지|ㄴ지|은지|냐는|단)$/u.test(text.slice(Math.max(start, end - 4), end))) return true;
  const after = text.slice(end, end + 16);
  if (CANCEL_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  return NOBODY.test(before);
}

// ----------------------------------------------------------------------------------------------
// Predicates

type PredType = 'late' | 'forget' | 'ignore' | 'miss' | 'omit' | 'violate' | 'wrong' | 'mistake' | 'misjudge' | 'negligent' | 'handsoff' | 'lacking' | 'neg' | 'duty' | 'ruin' | 'hasty' | 'without' | 'left' | 'wrongobj' | 'cause' | 'careless' | 'destroy' | 'envmix' | 'secret' | 'badtime' | 'beorida' | 'shortfall' | 'direct';

interface Pred {
  type: PredType;
  re: RegExp;
  /** Flagged with no subject named (Korean drops it): the verb needs a human agent. */
  agentive: boolean;
}

// Predicates only a person can be the subject of: a system neither forgets nor is careless.
const PERSON_ONLY: ReadonlySet<PredType> = new Set(['forget', 'careless', 'mistake', 'misjudge', 'handsoff', 'lacking']);
const PAST_END = '(?:[다고]|습니다|는데|지만|으며|음|던|기|어서|아서)';
const PREDICATES: readonly Pred[] = [
  { type: 'forget', re: /(?:깜빡|깜박)\s?(?:했|하고|해서|하여|한|하였)|(?:까먹|잊어\s?버렸|잊어버렸|잊었|잊고)/gu, agentive: true },
  { type: 'ignore', re: /(?:무시|묵살|간과|외면|등한시)(?:했|하고|하여|해서|한 채|하였|함)|흘려\s?(?:보냈|들었|넘겼|버렸)|(?:못|안)\s?본\s?척|모른\s?척\s?(?:했|하고|넘어갔|넘겼)|눈(?:을)?\s?감(?:았|고)|묵(?:혔|혀\s?(?:두었|뒀|놓았|놨))|귀담아듣지\s?않(?:았|고|은)|(?:그냥|슬쩍|적당히)\s(?:넘어갔|넘겼|통과시켰|지나쳤|퇴근했|덮었|덮고|승인했|승인해)/gu, agentive: true },
  { type: 'miss', re: /놓(?:쳤|치고|친 채|쳐서)|놓친\s(?:것|탓|게|건)|놓친(?=\s[\uac00-\ud7a3A-Za-z0-9]{1,8}(?:(?:으로|로|때문|탓|가|이)\s|\s(?:때문|탓)))/gu, agentive: true },
  // "KT 직원들은 … 오류를 발견 못했습니다": a failure to detect, only with a person named as its subject.
  { type: 'miss', re: /(?:발견|감지|포착)(?:을|를|도|조차)?\s?(?:하지\s)?못(?:했|하였|하고|해서|한\s채)/gu, agentive: false },
  { type: 'careless', re: /(?:안일|안이|방심|나태|태만|소홀|부주의|경솔|무책임|성급|해이|무관심|무신경|무감각|둔감|미숙)(?:했|하였|해서|하여|했던)/gu, agentive: true },
  { type: 'omit', re: /(?:빠뜨렸|빠트렸|빠뜨려서|빠트려서|빠뜨리고|빠트리고|빼먹었|빼먹고|빼먹어서|(?:빼먹어|빠뜨려|빠트려)(?=\s)|(?:빠뜨린|빠트린|빼먹은)\s채|(?:빠뜨린|빠트린|빼먹은|누락한|건너뛴|생략한)(?=\s(?:(?:것|거)(?:이다|입니다|이었다|였다|이었습니다|였습니다|이었음|임|이에요|예요|이죠|이지요)(?=[\s.!,]|$)|탓(?:이다|입니다|이었다|이었습니다|임|이에요|이죠)(?=[\s.!,]|$)|(?:것이|게|건)\s(?:원인|문제|화근|발단)))|누락(?:했|하였|시켰|하고|해서|함(?=[\s.!,]|$))|건너뛰었|건너뛰고|생략(?:했|하였|하고|해서|함(?=[\s.!,]|$)|한\s채)|(?:확인|검토|테스트|점검|리뷰|검증)(?:도|을|를)?\s?(?:안|못)\s?(?:하고|한\s채|해서|하여))/gu, agentive: true },
  {
    type: 'violate',
    re: /(?:규정|절차서|작업\s?지시서|작업\s?계획서|수칙|(?:작업의\s|작업\s|운영의\s)?기본(?:\s중에\s기본)?|절차|지침|가이드라인|가이드|매뉴얼|런북|프로세스|정책|원칙|규칙|체크리스트|지시|준수 사항|룰|승인 절차)[을를도]?\s?(?:무시(?:했|하고|하였)|제쳐\s?(?:두고|두었|놓고|뒀)|어겼|어기고|위반(?:했|하였|하고)|(?:따르|지키|준수하|확인하)지\s?(?:않|못)(?:았|했|고|아))/gu,
    agentive: true,
  },
  { type: 'mistake', re: /(?:판단|계산|생각|설정|입력)?을?\s?잘못(?:했|하였)|(?:뭔가|무언가|무엇인가)\s잘못(?:을\s?)(?:했|하였|저질렀|범했)|잘못한\s?(?:것|거)\s?같|실수(?:를\s)?(?:했|하여|해서|하고|하였|저질렀|범했)|실수로\s|실수한\s(?:탓|바람|결과|까닭|때문)/gu, agentive: true },
  { type: 'misjudge', re: /(?:헷갈(?:려|렸|리고)|혼동(?:했|하여|해서|하고|하였)|(?:착각|오판|오인|잘못 판단|잘못 이해|잘못 알|과소평가|과대평가|과신|오독)(?:했|하고|하여|해서|하였|고|하는\s?바람에|한\s?(?:바람에|탓에))|얕(?:봤|보았|보고|잡아\s?봤|잡아\s?보았|잡았)|낙관적으로\s?(?:판단했|봤|보았|예상했|생각했))/gu, agentive: true },
  {
    type: 'negligent',
    re: /(?:대충대충|대충|대강대강|대강|설렁설렁|건성건성|건성으로|허술하게|성급하게|섣불리|경솔하게|안이하게|안일하게|부주의하게|무책임하게|소홀히|소홀하게|게을리|등한시|무성의하게|성의\s?없이|허투루|얼렁뚱땅|어설프게|느슨하게|형식적으로|기계적으로|습관적으로|무심코|아무렇게나|습관처럼|관성적으로|관행대로|으레|타성에\s젖어|생각\s?없이|마음대로|제멋대로|멋대로|독단적으로|무단으로|임의로|함부로|(?:꼼꼼히|꼼꼼하게|제대로|자세히|주의 깊게|충분히|신중히|신중하게|면밀히|철저히|끝까지)\s[\uac00-\ud7a3]{1,8}지(?:도|는)?\s?(?:않|못)|미처\s(?:확인|점검|검토|검증|테스트|체크)하지(?:도|는)?\s?못|미처\s챙기지(?:도|는)?\s?못)/gu,
    agentive: true,
  },
  { type: 'handsoff', re: /(?:(?:지켜보|바라보|쳐다보|구경하|훑어보|쌓아\s?두|모아\s?두|읽)기만\s?(?:했|하고|하였|함|하다가)|(?:확인|조회|열람|검토)만\s?(?:하고|한\s채)\s?(?:넘겼|넘어갔|지나쳤|덮었)|보고만\s?있었|정신(?:이|을)?\s?(?:팔려|팔았)|한눈(?:을)?\s?팔(?:았|고)|손[을]?\s?놓(?:고|았|은|아)|방관(?:했|하고|만|함(?=[\s.!,]|$))|방치(?:했|하고|하였|함(?=[\s.!,]|$))|서로\s(?:책임을\s)?(?:미루|떠넘기|떠밀)(?:는|다|고|며|었|었다))/gu, agentive: true },
  {
    type: 'lacking',
    re: /(?:숙지|이해도|역량|경험|전문성|주의력|주의|경각심|책임감|집중력|인식|관심|숙련도)(?:가|이|도)?\s?(?:부족|미흡|결여|없)(?:했|하였|하여|해서|한|함|하고|었|어서)/gu,
    agentive: true,
  },
  { type: 'cause', re: /(?:(?:장애|사고|문제|오류|혼란|불편|피해|중단)[을를]?\s?)?(?:일으켰|일으킨|초래했|초래한|초래하였|야기했|야기한|유발했|유발한|자초했|자초한|자초하였)/gu, agentive: false },
  { type: 'ruin', re: /(?:망쳤|망쳐\s?(?:놓았|놨|버렸)|망가뜨렸|사고를\s?(?:쳤|냈)|날려\s?(?:버렸|먹었)|날렸|(?:통째로|몽땅|전부)\s(?:지웠|삭제했|날렸|덮어썼|초기화했|내렸|지워|삭제해))/gu, agentive: false },
  { type: 'hasty', re: /강행(?:했|하였|하셨|하고|해서|함(?=[\s.!,]|$))/gu, agentive: true },
  { type: 'hasty', re: /(?:너무|지나치게)?\s?(?:서둘렀|서두르다|서둘러\s?(?:진행|처리|배포)했|가볍게\s?(?:여겼|넘겼|생각했|보았|봤|판단했|평가했|취급했|다뤘)|대수롭지\s?않게\s?(?:여겼|넘겼|생각했|봤))/gu, agentive: true },
  { type: 'hasty', re: /(?:너무|지나치게)\s(?:빨리|급하게|일찍|성급히|서둘러)\s[\uac00-\ud7a3]{1,6}(?:했|었|았|렀|웠|켰|쳤|냈|렸|갔)/gu, agentive: false },
  { type: 'without', re: /(?:검증|테스트|확인|승인|리뷰|검토|공지|예고|백업|보고|협의|합의|허가|점검|계획|롤백\s?계획|사전\s?공지|안내|동의|드라이런|카나리|검수|결재|인수인계|상의|허락|대비|준비|절차|심사|검사|영향도\s?분석|사전\s?검토|리허설)(?:도)?\s?없이\s/gu, agentive: false },
  { type: 'left', re: /(?:그대로|방치해|켜|꺼|열어|올려|내버려|음소거해|비활성화해|비워)\s?(?:두었|뒀|두셨|놓았|놨|놓으셨|두고|놓고)|(?:끈|꺼\s?둔|꺼\s?놓은|켜\s?둔|켜\s?놓은|열어\s?둔|열어\s?놓은|내버려\s?둔|음소거한|음소거해\s?둔|음소거해\s?놓은|비활성화한|비활성화해\s?둔|비활성화해\s?놓은)\s채(?:로)?\s/gu, agentive: false },
  { type: 'wrongobj', re: /(?:잘못된|엉뚱한|다른\s사람의|남의)\s[\uac00-\ud7a3A-Za-z0-9]{1,10}(?:을|를|에|로|으로|에서)\s/gu, agentive: false },
  { type: 'wrong', re: /잘못\s[\uac00-\ud7a3]{1,8}|잘못(?:입력|설정|수정|삭제|변경|배포|적용|실행)[\uac00-\ud7a3]{1,4}/gu, agentive: false },
  { type: 'late', re: /(?:(?:교체|갱신|패치|업데이트|조치|대응|점검|보고|수정|적용|검토|확인|에스컬레이션|롤백|공지)(?:을|를)?\s(?:계속\s|차일피일\s|몇\s?(?:주|달|번)(?:째|이나|씩)?\s)?(?:미뤘|미루었|미루고|미룬\s채|늦췄)|(?:깔고\s?앉아|붙잡고|쥐고|뭉개고)\s?(?:있었|두었|뒀|놓았)|(?:너무|한참|지나치게)\s늦게\s|(?:교체|갱신|패치|업데이트|조치|대응|점검|보고|수정|적용|검토|확인|에스컬레이션|롤백|공지|요청|증설)(?:을|를)\s(?:[\uac00-\ud7a3A-Za-z0-9]{1,8}\s){1,3}?(?:미뤘|미루었|미룸(?=[\s.!]|$)|미룬\s채|늦췄)|[0-9]{1,4}\s?(?:분|시간|일|주)(?:이나|씩이나)\s늦게\s)/gu, agentive: false },
  { type: 'neg', re: /[\uac00-\ud7a3]{1,10}지(?:도|는|조차)?\s?(?:않(?:았|았었|고|아서|아|은 채|음(?=[\s.!]|$)|은(?=\s(?:탓|결과|때문|바람|까닭))|은(?=\s것으로\s(?:드러났|밝혀졌|확인됐|확인되었|조사됐|조사되었|알려졌|나타났)))|못(?:했|하였|하고|해서|해|한 채|함(?=[\s.!]|$)))|(?:안|못)\s[\uac00-\ud7a3]{1,8}(?:했|었|았|봤|썼|렸|쳤|줬|냈|켰|웠)/gu, agentive: false },
];

// Session 18 (lang-ko): a defect noun after a present adnominal ("…하지 못하는 문제", "…하지 않는 현상").
const DEFECT_AFTER = /^(?:하)?는\s(?:문제|현상|버그|오류|에러|이슈|증상|결함)(?=[\s.,!?)]|[이가은는을를도와과의로]|$)/u;

// Verbs after 못 that describe a condition, not a failure ("알림을 받지 못했다", "접속하지 못했다").
const CONDITION_VERBS = /^(?:받|전달받|듣|접속하|연결하|연결되|로그인하|닿|찾|구하|쉬|자|참석하|가|오|들어가|알|알 수|인지하지 못할|되|이어지)$/u;
// Verbs after -지 못했다 that are duties: not doing them is read as a failure of the person.
const DUTY = /(?:확인|검토|점검|검증|테스트|체크|인지|파악|대응|보고|공유|전파|조치|에스컬레이션|모니터링|감시|리뷰|승인|숙지|준수|이해|설명|전달|기록)하$|(?:챙기|살피|따르|지키|보|읽|알리|막|끄|멈추)$/u;
// (Session 10: 그렇/이렇/저렇, "실제로는 그렇지 않았다": a pro-form for a state — it was not so —, never a duty left undone.)
const NOT_FAILURE_VERBS = /^(?:있|없|되|같|이|아니|모르|다르|크|많|적|않|끝나|늘어나|줄어들|일어나|발생하|작동하|동작하|반영되|적용되|전달되|처리되|실행되|드러나|보이|나타나|오|가|그렇|이렇|저렇)$/u;

function verbOfNeg(match: string): string {
  const m = /([\uac00-\ud7a3]{1,10}?)지(?:도|는|조차)?\s?(?:않|못)/u.exec(match);
  if (m) return m[1];
  const n = /(?:안|못)\s([\uac00-\ud7a3]{1,8})/u.exec(match);
  return n ? stemOf(n[1]) ?? n[1] : '';
}

// ----------------------------------------------------------------------------------------------
// Rewrites

/** Splits "배포 전 설정을" into ["배포 전 ", "설정", "을"] (string operations: a regex here backtracks). */
const OBJ = {
  exec(middle: string): [string, string, string, string] | null {
    const cut = middle.lastIndexOf(' ') + 1;
    const word = middle.slice(cut);
    if (word.length < 2 || !/[을를]$/u.test(word)) return null;
    return [middle, middle.slice(0, cut), word.slice(0, -1), word.slice(-1)];
  },
};

/** The last object (a word with 을/를) in a stretch, and the stretch up to it. */
function lastObject(middle: string): { upTo: string } | undefined {
  const words = middle.split(' ');
  for (let i = words.length - 1; i >= 0; i--) if (/[\uac00-\ud7a3A-Za-z0-9)](?:을|를)$/u.test(words[i])) return { upTo: words.slice(0, i + 1).join(' ') };
  return undefined;
}

/** The words between the subject and the predicate, as they stand. */
function middleOf(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\s+/gu, ' ').trim();
}

/** "설정을" → "설정이" (the object becomes the subject of a passive or a condition). */
function objectToSubject(middle: string): string | undefined {
  const m = OBJ.exec(middle);
  if (!m) return undefined;
  return `${m[1]}${withParticle(m[2], '이')}`;
}

function endingAt(text: string, at: number): { ending: ReturnType<typeof endingAfterPast>; end: number } {
  const rest = text.slice(at, at + 8);
  const ending = endingAfterPast(rest);
  const len = { seumnida: 3, da: 1, eum: 1, go: 1, neunde: 2, jiman: 2, myeo: 2, gi: 1, adnominal: 1, eoseo: 0, none: 0 }[ending];
  return { ending, end: at + len };
}

/** The end of the word that holds `at` (a predicate's ending runs to the next space or mark). */
function wordEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && /[\uac00-\ud7a3]/u.test(text[i])) i++;
  return i;
}

/** Whether a sentence is in the polite style (…습니다, …입니다, …세요, …요). */
const polite = (s: string) => {
  // Session 17 (fixes): trailing marks of a spoken line, a closing bracket or quote do not change the style ("…했습니다
  // ㅠㅠ", "…텐데요;;", "…어요 ^^", "(…이었어요.)").
  const t = s.replace(/(?:[\s.!?~;…ㅠㅜㅋㅎ^_,)\]"'”’」』]|\p{Extended_Pictographic}|\uFE0F){1,24}$/u, '');
  const m = /([\uac00-\ud7a3])니다$/u.exec(t);
  if (m) return hasFinal(m[1], 17);
  return /(?:[세어아해네데지군든잖래게까나가고예에라줘와워봐돼])요$|죠$/u.test(t);
};

// ----------------------------------------------------------------------------------------------
// Detection

const HINDSIGHT_ADVERB = /(?:미리|사전에|먼저|진작|일찍|더|좀 더|조금 더|반드시|꼭|당연히|애초에|즉시|바로|배포 전에|배포 전|작업 전에|작업 전)\s/u;
const HAD_TO = /(?:결국|어쩔 수 없이|수동으로|일일이|밤새|새로|전부|부득이|불가피하게|급히|긴급히|임시로|하나하나|전체를?|새벽까지|밤늦게까지|아침까지|주말까지|하루\s?종일|직접|복구\s?작업을|수습을|재처리를)\s/u;
const HINDSIGHT_VERB = /(?:확인|검토|점검|검증|테스트|체크|공유|보고|전파|에스컬레이션|문의|협의|대응|조치|롤백|차단|중단|반영|고려|판단|인지|파악|모니터링|리뷰|승인|요청|알리|따르|지키|읽|살피|챙기|막)$/u;
const PREVENT_KNOW = /(?:짚어낼|짚어 낼|짐작할|예견할|포착할|간파할|알아볼|낼|막|방지하|방지할|예방하|예방할|피하|피할|줄이|줄일|잡|잡아낼|잡아내|걸러낼|걸러내|발견하|발견할|감지하|감지할|알|알아낼|알아내|알아차리|알아차릴|알아챌|눈치채|눈치챌|인지하|인지할|파악하|파악할|확인하|확인할|대응하|대응할|대비할|대비하|차단하|차단할|복구하|복구할|회피하|회피할|예측하|예측할|예상하|예상할|내다볼|찾아낼|찾을|멈출|중단할|되돌릴|롤백할)[을를ㄹ]?$/u;
const LUCK_VERBS = /^(?:늦|많|적|크|컸|길|몰리|몰렸|났|발생했|있|없|됐|되|이어졌|번졌|커졌)|(?:실패했|발생했|증가했|감소했|중단됐|멈췄|터졌|죽었|몰렸|겹쳤|늦었|길어졌|났|왔|컸|많았|적었|비었)$/u;

// The engine re-reads the same sentences when it checks rewrites: results are memoised per
// sentence (with the few characters after it that a check may look at), relative to its start.
const proseCache = new WeakMap<object, Map<string, KoDetection[]>>();
const NO_PEOPLE = {};

/** Blame and hindsight in one Korean sentence. Offsets are into `text`. Never throws. */
export function koreanProse(sentence: KoSentence, text: string, people?: People): KoDetection[] {
  const key = `${text.slice(sentence.end, sentence.end + 16)}\u0000${text.slice(sentence.start, sentence.end)}`;
  let cache = proseCache.get(people ?? NO_PEOPLE);
  if (!cache) {
    cache = new Map();
    proseCache.set(people ?? NO_PEOPLE, cache);
  }
  let rel = cache.get(key);
  if (!rel) {
    const local = { start: 0, end: sentence.end - sentence.start, text: sentence.text };
    rel = analyse(local, text.slice(sentence.start, sentence.end + 16), people);
    if (cache.size > 5000) cache.clear();
    cache.set(key, rel);
  }
  const at = sentence.start;
  return rel.map((d) => ({ ...d, start: d.start + at, end: d.end + at, rewrites: d.rewrites.map((r) => joinedEnding(text, { ...r, start: r.start + at, end: r.end + at })) }));
}

/**
 * Session 17 (fixes): a rewrite that ends with a final ending ("…없었다", "…않았습니다") where the word it stops in goes on
 * with an ending the builder did not read ("지워버렸|네요", "안일했|죠", "날렸|더라고요"): the final ending is dropped and the
 * word's own ending joins the past stem ("…없었네요", not "…없었다네요", which reads as hearsay, or "…없었습니다죠").
 * Only after a past stem in the original (a ㅆ final right before the cut), so the joined ending fits as it did there.
 */
function joinedEnding(text: string, r: KoRewrite): KoRewrite {
  // Session 18 (fixes): the word the rewrite replaces ends a clause with a connective ending after its past stem ("어리석은
  // 결정이었고, …", "…무시했는데 …", "…실수였지만 …"): the rewrite's final ending gives way to that connective ("…내린
  // 결정이었고, …"), not "…결정이었다, …", which ends the sentence in its middle.
  const conn = r.end > r.start ? /(고|는데|지만|으며|으나|으니|어서)$/u.exec(text.slice(r.start, r.end)) : null;
  if (conn && hasFinal(text[r.end - conn[0].length - 1] ?? '', 20) && !/^[\uac00-\ud7a3]/u.test(text[r.end] ?? '')) {
    const f = /([았었였])(?:다|습니다)$/u.exec(r.text);
    if (f) return { ...r, text: r.text.slice(0, r.text.length - f[0].length + 1) + conn[1] };
  }
  if (r.end <= r.start || !/[\uac00-\ud7a3]/u.test(text[r.end] ?? '') || !hasFinal(text[r.end - 1], 20)) return r;
  const m = /([았었였])(?:다|습니다)$/u.exec(r.text);
  return m ? { ...r, text: r.text.slice(0, r.text.length - m[0].length + 1) } : r;
}

/**
 * Session 13 (asked.ts): a prevention question asked open — which act or means ("무엇을 했으면 이 장애를 막을 수
 * 있었을까요?"), or a thing's state as the condition ("Pod가 한 노드에 몰리지 않았다면, 장애를 막을 수 있었을까?") —
 * asserts no hindsight: the whole sentence is neutral. A yes/no question about what a person did stays judged.
 */
export function openQuestionAsked(sentence: { start: number; end: number; text: string }, people?: People): boolean {
  const asked = openPreventionQuestion(sentence.text);
  if (!asked) return false;
  if (asked.wh) return true;
  const words = wordsOf(sentence.text);
  return asked.conditions.some((c) => subjectOf(words, wordIndexAt(words, c), people).who === 'thing');
}

function analyse(sentence: KoSentence, text: string, people?: People): KoDetection[] {
  const out: KoDetection[] = [];
  const s = sentence.text;
  const base = sentence.start;
  if (!/[\uac00-\ud7a3]/u.test(s)) return out;
  const words = wordsOf(text, sentence.start, sentence.end);
  const wordAt = (offset: number) => wordIndexAt(words, offset);
  const isPolite = polite(s);
  const taken: { start: number; end: number }[] = [];
  const free = (a: number, b: number) => !taken.some((t) => a < t.end && t.start < b);
  const push = (d: KoDetection) => {
    if (!free(d.start, d.end)) return;
    taken.push({ start: d.start, end: d.end });
    out.push(d);
  };

  attribution(s, base, text, words, people, isPolite, push);
  punitive(s, base, text, isPolite, push, words, people);
  verdict(s, base, text, isPolite, push);
  question(s, base, text, words, people, push);
  spokenWhyNot(s, base, text, words, people, push);
  vigilance(s, base, text, words, people, push);
  hindsight(s, base, text, words, people, wordAt, isPolite, push);
  // Session 16: "경험 많은 엔지니어였다면 배포 전에 설정을 검토했을 것이다": a counterfactual of competence (skilled.ts).
  const skilled = skilledCounterfactual(s);
  if (skilled) {
    push({ start: base + skilled.start, end: base + skilled.end, list: 'counterfactual', id: 'ko.who.hindsight-skill', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
      { start: base + skilled.start, end: base + skilled.end, text: skilled.rewrite },
    ] });
  }
  // Session 16 (second round): "체크섬 단계가 잘린 업로드를 잡았을 것이다": a missing safeguard named as what would have caught
  // it (safeguard.ts), after the conditional detectors so that a person's condition is read by them.
  const guard = missedSafeguard(s);
  if (guard) {
    push({ start: base + guard.start, end: base + guard.end, list: 'counterfactual', id: 'ko.who.hindsight-safeguard', kind: 'counterfactual', note: NOTES.hindsight,
      rewrites: guard.rewrites.map((text) => ({ start: base + guard.start, end: base + guard.end, text })) });
  }
  causedIncident(s, base, text, words, people, wordAt, push);
  neglect(s, base, text, words, people, wordAt, isPolite, push);
  // Session 18 (lang-ko): "당신의 커밋이 빌드를 깨뜨렸습니다": the artefact of the person addressed as the cause (addressed.ts).
  const addressed = addressedArtefact(s);
  if (addressed) {
    push({ start: base + addressed.start, end: base + addressed.end, list: 'blameful', id: 'ko.who.attribution', kind: 'blame-word', note: NOTES.attribution, rewrites: [
      { start: base + addressed.ownerStart, end: base + addressed.ownerEnd, text: addressed.replacement },
    ] });
  }
  // Session 18 (mirrors): "제가 실패했습니다. 죄송합니다": the writer owning a failure with an apology (addressed.ts).
  const failedOwned = ownedFailure(s, text.slice(base + s.length, base + s.length + 60));
  if (failedOwned) {
    push({ start: base + failedOwned.start, end: base + failedOwned.end, list: 'blameful', id: 'ko.who.self-blame', kind: 'person-failure', note: NOTES.selfBlame, rewrites: [
      { start: base + failedOwned.start, end: base + failedOwned.end, text: failedOwned.replacement },
    ] });
  }
  const own = selfArtefactCause(s);
  if (own) {
    push({ start: base + own.start, end: base + own.end, list: 'blameful', id: 'ko.who.self-blame', kind: 'blame-word', note: NOTES.selfBlame, rewrites: [
      { start: base + own.ownerStart, end: base + own.ownerEnd, text: own.replacement ?? '' },
    ] });
  }
  // Session 13 (oversight.ts): "…했는데 불찰이 느껴진다": the writer's own oversight felt, no owner named.
  for (const o of oversightFelt(s)) {
    push({ start: base + o.start, end: base + o.end, list: 'blameful', id: 'ko.who.self-blame', kind: 'blame-word', note: NOTES.selfBlame, rewrites: [
      { start: base + o.start, end: base + o.wordEnd, text: '절차의 빈틈' },
    ] });
  }

  for (const pred of PREDICATES) {
    pred.re.lastIndex = 0;
    for (let m = pred.re.exec(s); m; m = pred.re.exec(s)) {
      const start = base + m.index;
      let end = start + m[0].length;
      if (!free(start, end)) continue;
      const wi = wordAt(start);
      if (pred.type === 'wrong') {
        // "잘못 넣었다" (a person did it wrongly) but not "잘못 설정된" or "잘못된".
        const verb = m[0].replace(/^잘못\s?/u, '');
        // "잘못 입력하는 바람에", "잘못 짠 스크립트 탓이다": the wrong act as a cause.
        const asCause = /^\s(?:바람에|탓|통에|때문)|^\s[\uac00-\ud7a3A-Za-z0-9]{1,8}\s(?:탓|때문)/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 14)) && /[는ㄴ짠한은른린운친]$/u.test(verb);
        // "잘못 입력해서 복구가 30분 늦어졌습니다", "잘못 수정해 전 구간이 차단되었습니다": the wrong act as the cause of
        // what the rest of the sentence reports as done.
        const rest = s.slice(m.index + m[0].length);
        const causal = /(?:해서|하여|해|어서|아서|여서|워서)$/u.test(verb) && ([...rest].some((c) => hasFinal(c, 20)) || /생긴\s(?:일|것|문제|장애)/u.test(rest));
        if (!verb || /^(?:된|되|됐|돼|됨|이|인|을|를|은|는|이다|입니|알려|판단|이해|알)/u.test(verb) || /(?:되었|됐|된|돼|되어|졌|진|져)/u.test(verb) || (![...verb].some((c) => hasFinal(c, 20)) && !asCause && !causal)) continue;
      }
      if (pred.type === 'without' || pred.type === 'wrongobj' || pred.type === 'ruin') {
        // "…없이 배포했다", "잘못된 브랜치를 배포했다": the act must be done (a past verb in the sentence).
        // A 명사형 bullet reports the act with "…함" ("승인 없이 운영 DB 재시작함"), not a state ("배포 가능함").
        const after = words.slice(wi + 1, wi + 12).find((w) => [...w.text].some((c) => hasFinal(c, 20)) || (pred.type === 'without' && /^[\uac00-\ud7a3]{1,6}함$/u.test(w.text) && !/^(?:가능|필요|불가|중요|위험|금지|허용|불필요|불가능)/u.test(w.text)));
        if (!after && ![...m[0]].some((c) => hasFinal(c, 20))) continue;
        if (after && pred.type !== 'ruin') m[0] = m[0] + text.slice(base + m.index + m[0].length, after.end);
      }
      if (pred.type === 'neg') {
        const verb = verbOfNeg(m[0]);
        const stem = verb.replace(/하$/u, '하');
        // "전화를 받지 않았다" (did not answer) is a duty; "알림을 받지 못했다" (did not receive) a condition.
        const answered = verb === '받' && /않/u.test(m[0]) && /(?:전화|호출|연락|콜|페이지|페이징)[을를]\s?$/u.test(s.slice(Math.max(0, m.index - 8), m.index));
        if (!verb || NOT_FAILURE_VERBS.test(verb) || (CONDITION_VERBS.test(verb) && !answered)) continue;
        // "표시되지 않았다", "전달되지 않았다": a passive is a condition, not a person's failure.
        if (/되$/u.test(verb)) continue;
        // "경보를 놓치지 않았다": a blame verb denied is a plain fact, not a failure.
        if (/^(?:무시하|놓치|잊|어기|위반하|간과하|방치하|실수하|깜빡하|빠뜨리|건너뛰|게을리하|소홀히하|착각하|서두르)$/u.test(verb) && /않/u.test(m[0])) continue;
        if (/못/u.test(m[0]) && !DUTY.test(stem)) continue;
        // Session 16: "직접 배포하지 않고 파이프라인을 거쳐 배포하도록 했다": the way not taken in a rule or an aim (alternative.ts).
        if (alternativeChosen(s, m.index + m[0].length, DUTY.test(stem))) continue;
      }
      if (pred.type === 'mistake' && m[0].startsWith('실수로') && /의\s(?:[\uac00-\ud7a3]{1,6}\s)?$/u.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (pred.type === 'mistake' && m[0].startsWith('실수로')) {
        // "실수로 지우더라도 …", "실수로 나가지 않게": the slip only supposed or guarded against (neutral.ts). Session 9.
        if (supposedSlips(s).some((p) => p.start <= m!.index && m!.index < p.end)) continue;
        const next = /^\s*([\uac00-\ud7a3]{1,6})/u.exec(s.slice(m.index + m[0].length));
        if (next && /^(?:변환|캐스팅|형변환|표현|저장|처리|계산|바뀌|나타|파싱|해석|인식되|읽히|들어가|취급)/u.test(next[1])) continue;
        const prev = s.slice(Math.max(0, m.index - 8), m.index);
        if (/(?:값을|값이|타입을|형을|정수를|숫자를|필드를|컬럼을|데이터를)\s?$/u.test(prev)) continue;
      }
      // "회의를 건너뛰고 대응에 합류했다": skipping a meeting or a meal is no safety step missed.
      if (pred.type === 'omit' && /(?:회의|미팅|점심|식사|휴식|휴가|일정|행사|스탠드업|저녁)(?:을|를)?\s?$/u.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "잘못된 커밋을 되돌렸다": a repair of the wrong thing, not a wrong act.
      if (pred.type === 'wrongobj' && /\s(?:되돌|고쳤|고치|수정|삭제|지웠|지우|제거|바로잡|복구|복원|교체|롤백|폐기|걸러|찾아|찾았|정정|무효화|차단|격리|빼|뺐)[\uac00-\ud7a3]*$/u.test(m[0])) continue;
      // "당직자가 잘못된 리전에 대한 호출을 받았다": the person received the wrong thing, the one it was done to (session 10; the
      // mirror of English "we got notified about the wrong region").
      if (pred.type === 'wrongobj' && /\s(?:[\uac00-\ud7a3]{1,4}\s?)?(?:전달|안내|통보|호출|연락|알림|보고|문의)?받(?:았|은|고|아|음)[\uac00-\ud7a3]{0,4}$/u.test(m[0])) continue;
      // "승인하지 않아도 배포를 허용했다": a concession, not a failure.
      if (pred.type === 'neg' && /^(?:도|더라도)/u.test(s.slice(m.index + m[0].length))) continue;
      // "…만 받았더라도 복구 시간은 달라지지 않았을 것이다": a would-not-have after a condition is imagined, not a failure
      // that happened ("확인하지 않았을 가능성이 크다" with no condition is a guess at one, and stays). Session 8.
      if (pred.type === 'neg' && /^을(?=\s|$)/u.test(s.slice(m.index + m[0].length)) && /(?:다면|더라면|어도|더라도|으면)\s/u.test(s.slice(0, m.index))) continue;
      // "보지 않았다면 …": a conditional is the hindsight rule's to judge.
      if (pred.type === 'neg' && /^[\uac00-\ud7a3]{0,2}(?:다면|더라면|으면)/u.test(s.slice(m.index + m[0].length))) continue;
      // "꼼꼼히 확인하지 않으면 …": a careless manner in a present condition is a general warning, not a failure that
      // happened ("…않았으면", past, is the hindsight rule's). Session 9.
      if (pred.type === 'negligent' && /지(?:도|는)?\s?(?:않|못)$/u.test(m[0]) && /^(?:으면|는다면|하면|한다면)(?!서)/u.test(s.slice(m.index + m[0].length))) continue;
      // "변경을 대충 보지 않았다": a careless manner denied.
      if (pred.type === 'negligent' && !/지(?:도|는)?\s?(?:않|못)$/u.test(m[0]) && /^\s?[\uac00-\ud7a3]{1,8}지(?:도|는)?\s?않/u.test(s.slice(m.index + m[0].length))) continue;
      const subject = subjectOf(words, wi, people);
      // Session 18 (lang-ko): "환경변수를 제대로 파싱하지 못하는 문제", "날짜 형식을 제대로 인식하지 못하는 현상": a program's
      // defect named by what it does not do properly, a present adnominal before a defect noun, with no person as subject
      // ("리뷰어가 코드를 제대로 보지 않는 문제" names one, and stays).
      if (pred.type === 'negligent' && subject.who !== 'person' && subject.who !== 'self' && !subject.unknown && /지(?:도|는)?\s?(?:않|못)$/u.test(m[0]) && DEFECT_AFTER.test(s.slice(m.index + m[0].length))) continue;
      // Session 16: "실수했으면 바로 알리는 게 예의다": a slip with no subject as the premise of a norm (alternative.ts).
      if (pred.type === 'mistake' && slipAsNormPremise(s, m.index + m[0].length, subject.who !== 'none')) continue;
      // "검토 과정이 허술하게 진행되었다": work that people do, done carelessly, is a verdict on them.
      const carelessWork = pred.type === 'negligent' && /^\s?[\uac00-\ud7a3]{0,4}(?:되었|됐|되어|돼|되고)/u.test(s.slice(m.index + m[0].length)) && /(?:검토|리뷰|점검|테스트|확인|승인|과정|작업|인수인계|대응|관리|검수|절차)(?:이|가|은|는)\s/u.test(s.slice(0, m.index));
      // "수호가 … 깜빡했다": forgetting, carelessness, mistakes and ignoring need a person as subject.
      if (subject.who === 'thing' && subject.unknown && PERSON_ONLY.has(pred.type)) {
        subject.who = 'person';
        subject.mention = subject.unknown;
      }
      if (subject.who === 'thing' && !carelessWork) continue;
      if (subject.who === 'none' && !pred.agentive) continue;
      // The predicate's word runs to its ending: "확인하지 않았|다".
      end = wordEnd(text, end, sentence.end);
      // Session 12. "…검토하지 못한 채 머지했다": the adnominal and its 채 are one connective (the rewrite had left "…없었다 채").
      if (/(?:않은|못한)$/u.test(text.slice(start, end)) && /^\s채(?=[\s,]|$)/u.test(text.slice(end, end + 3))) end += 2;
      // ("…알림을 두 달 동안 방치함": a 명사형 bullet reports the act done.)
      if ((pred.type === 'negligent' || pred.type === 'handsoff') && ![...text.slice(start, end)].some((c) => hasFinal(c, 20)) && !/지\s?(?:않|못)$/u.test(m[0]) && !/(?:미루|떠넘기|떠밀)/u.test(m[0]) && !(/(?:방치|방관)함$/u.test(m[0]) && /^[.!\s]*$/u.test(s.slice(m.index + m[0].length)))) {
        // "대충 확인했다", "손 놓고 있었다", "대강 하고 넘어갔다": the adverb's verb is part of the verdict.
        // Session 18 (sound3): "테스트를 게을리 해서 장애가 났습니다": the adverb's verb is the connective word right after it;
        // the search ran on to the next past word over the clause, and the rewrite dropped "장애가 났습니다". A connective
        // verb (해서, 하여, 하고, 해) ends the verdict, and the rest of the sentence stays.
        const nextWord = words.slice(wi + 1, wi + 4).find((w) => w.start >= end);
        const linkVerb = nextWord && /^(?:해서|하여|하고|해|해서는|하다가)$/u.test(nextWord.text) ? nextWord : undefined;
        const verbWord = linkVerb ?? words.slice(wi + 1, wi + 4).find((w) => w.start >= end && [...w.text].some((c) => hasFinal(c, 20)));
        if (!verbWord) continue;
        // "…"개발자들이 일을 대충 한다"는 글이 올라왔다": the verb must not lie past a closing quote.
        if (/["“”'‘’」』]/u.test(text.slice(start, verbWord.start))) continue;
        end = verbWord.end;
      }
      if (pred.type === 'late' && /늦게\s$/u.test(m[0])) {
        const verbWord = words.slice(wi + 1, wi + 5).find((w) => w.start >= start + m![0].length && [...w.text].some((c) => hasFinal(c, 20)));
        if (!verbWord) continue;
        end = verbWord.end;
      }
      // Session 16 (ko-sound): "실수로 재시작했고, 원인은 실수였다": the word after "실수로 " is already its past verb
      // (wordEnd took it in); the search below ran on to the next past word, over the clause, and the clause rewrite then
      // swallowed the second "실수" too (the fix-all left one behind). The verb found stays the end.
      const slipVerbTaken = pred.type === 'mistake' && m[0].startsWith('실수로') && [...text.slice(start + m[0].length, end)].some((c) => hasFinal(c, 20));
      if (!slipVerbTaken && (pred.type === 'without' || pred.type === 'wrongobj' || pred.type === 'left' || (pred.type === 'mistake' && m[0].startsWith('실수로')) || pred.type === 'ruin')) {
        const verbWord = words.slice(wi + 1, wi + 12).find((w) => w.start >= end && ([...w.text].some((c) => hasFinal(c, 20)) || (pred.type === 'without' && /^[\uac00-\ud7a3]{1,6}함$/u.test(w.text) && !/^(?:가능|필요|불가|중요|위험|금지|허용|불필요|불가능)/u.test(w.text))));
        if (verbWord) end = verbWord.end;
      }
      if (cancelled(text, end, subject.mention?.start ?? start)) continue;
      let from = subject.mention?.start ?? start;
      if (pred.type === 'lacking' && !subject.mention) {
        // "신규 입사자의 절차 숙지가 부족했다": the person is the possessor.
        const owner = mentionsOf(words.slice(Math.max(0, wi - SUBJECT_WINDOW), wi), people).filter((x) => x.particle === '의').pop();
        if (owner) from = owner.start;
      }
      if (carelessWork && subject.who === 'thing') {
        // "검토 과정이 허술하게 진행되었다" → "검토 과정에 어디까지 확인할지 정한 기준이 없었다".
        const w = [...words.slice(0, wi)].reverse().find((x) => /^(?:이|가|은|는)$/u.test(x.particle));
        if (!w) continue;
        const ending = endingAt(text, wordEndBeforeEnding(text, start, end));
        const none = ending.ending === 'none' ? (isPolite ? '없었습니다' : '없었다') : wasNot(ending.ending, isPolite);
        const noun = text.slice(words[Math.max(0, words.indexOf(w) - 1)].particle === '' && words.indexOf(w) > 0 ? words[words.indexOf(w) - 1].start : w.start, w.start + w.stem.length);
        const at = noun.length > w.stem.length ? words[words.indexOf(w) - 1].start : w.start;
        push({ start: at, end, list: 'blameful', id: `ko.who.${pred.type}`, kind: 'person-failure', note: NOTES.negligence, rewrites: [
          { start: at, end: ending.end, text: `${noun}에 어디까지 확인할지 정한 기준이 ${none}` },
          { start: at, end: ending.end, text: `${noun}에 충분히 확인할 시간과 도구가 ${none}` },
        ] });
        continue;
      }
      const kind = pred.type === 'negligent' || pred.type === 'lacking' || pred.type === 'handsoff' ? 'negligence' : 'personFailure';
      push({
        start: from,
        end,
        list: 'blameful',
        id: `ko.who.${pred.type}`,
        kind: 'person-failure',
        note: subject.who === 'self' ? NOTES.selfBlame : NOTES[kind],
        rewrites: failureRewrites(text, pred.type, subject, from, start, end, m[0], isPolite, people),
      });
    }
  }
  for (const act of harmfulActs(words, s, base)) {
    if (!free(act.start, act.end)) continue;
    const wi = wordAt(act.start);
    const subject = subjectOf(words, wi, people);
    if (subject.who !== 'person' && subject.who !== 'self') continue;
    if (cancelled(text, act.end, subject.mention?.start ?? act.start)) continue;
    const from = subject.mention?.start ?? act.start;
    push({
      start: from,
      end: act.end,
      list: 'blameful',
      id: `ko.who.${act.type}`,
      kind: 'person-failure',
      note: subject.who === 'self' ? NOTES.selfBlame : NOTES.personFailure,
      rewrites: failureRewrites(text, act.type, subject, from, act.verbStart, act.end, text.slice(act.start, act.end), isPolite, people),
    });
  }
  shortfall(s, base, text, words, people, isPolite, push);
  nominalNegligence(s, base, text, words, isPolite, push);
  despite(s, base, text, words, people, isPolite, push);
  // After the blame predicates: a look back whose verdict is itself a blame verb is reported as blame.
  reflection(s, base, text, words, people, wordAt, isPolite, push);
  // A finding with no rewrite of its own that lies inside what another finding's rewrites replace
  // ("…더 주의를 기울였어야 했고, 앞으로는 더 신중해야 한다": the hindsight inside the call for care)
  // takes those rewrites: one edit resolves both (the rule layer still checks each is clean).
  for (const d of out) {
    if (d.rewrites.length) continue;
    const cover = out.find((e) => e !== d && e.rewrites.length > 0 && e.rewrites.every((r) => r.start <= d.start && d.end <= r.end));
    if (cover) d.rewrites = cover.rewrites.map((r) => ({ ...r }));
  }
  return out.sort((a, b) => a.start - b.start);
}

// ----------------------------------------------------------------------------------------------
// Harmful acts: ordinary verbs that are a failure by what they were done to, where or when

/** A harmful act found by its shape; offsets into the analysed text. */
interface Act {
  type: 'destroy' | 'envmix' | 'secret' | 'badtime' | 'beorida' | 'direct';
  start: number;
  /** Where the act's verb starts (the words before it are its object and place). */
  verbStart: number;
  end: number;
}

const PAST = (w: string) => [...w].some((c) => hasFinal(c, 20));
// Production scope: what a destructive act must not reach ("운영 버킷", "실제 고객 계정").
const PROD_WORD = /^(?:운영|운영계|운영용|프로덕션|실서버|실서비스|라이브|상용|원본|본서버|실제|실|고객|전체|모든|production|prod|live)$/iu;
const PROD_STEM = /^(?:운영|프로덕션|실서버|상용|원본|고객)[가-힣A-Za-z]/u;
const TEST_WORD = /^(?:테스트|테스트용|스테이징|개발|개발용|검증용|로컬|샌드박스|QA|dev|stage|staging|test|sandbox)$/iu;
const TEST_STEM = /^(?:테스트|스테이징|개발용|로컬|샌드박스|staging|test|dev)[가-힣A-Za-z]/iu;
// Modifiers that make a deletion housekeeping ("오래된 운영 로그를 삭제했다").
const BENIGN = /^(?:오래된|불필요한|임시|만료된|손상된|중복된|깨진|남은|쓰지|사용하지|미사용|유출된|노출된|잘못된|문제의|오염된|감염된)$/u;
const DESTROY_VERB = /^(?:지웠|지워|삭제했|삭제하였|삭제해|날렸|덮어썼|덮어씌웠|초기화했|초기화해|포맷했|드롭했|비웠|비워|truncate|drop)/iu;
const PLACE_VERB = /^(?:넣었|넣어|붙여|붙였|올렸|올려|적용했|적용하였|배포했|배포하였|실행했|실행하였|작업했|작업하였|연결했|복사했|덮어썼|입력했|심었|커밋했|푸시했|반영했|돌렸|사용했|접속했|썼)/u;
const SECRET = /(?:비밀번호|패스워드|암호|비밀\s?키|시크릿|키|토큰|자격\s?증명|인증\s?정보|개인\s?정보|개인정보|고객\s?정보|고객\s?데이터|회원\s?정보|password|secret|token|credential|key)/iu;
const EXPOSED_PLACE = /(?:슬랙|Slack|채널|저장소|깃허브|GitHub|깃랩|GitLab|레포|리포지토리|공개|퍼블릭|public|위키|이슈|티켓|메일|코드|소스|로그|블로그|게시판|커밋|노션|Notion|문서|로컬|개인\s?(?:PC|노트북|메일|계정|드라이브)|USB|외부|카톡|카카오톡)/iu;
const EXPOSE_VERB = /^(?:올렸|올려|커밋했|푸시했|공유했|게시했|붙여|붙였|남겼|노출했|노출시켰|적었|하드코딩했|넣었|넣어|기록했|출력했|보냈|전송했|내려받았|다운로드했|다운받았|복사했|옮겼|반출했)/u;
const BAD_TIME = /(?:피크|최대\s?부하|트래픽이\s?(?:가장|제일)\s?많은|프리즈|변경\s?동결|동결|배포\s?금지)\s?(?:시간|시간대|타임|기간|때)?\s?(?:에|중에|동안|인데도|임에도|에도)\s/u;

/** The noun phrase of word `i`: the word and up to two bare words before it ("운영 환경 변수를"). */
function phraseWords(words: readonly Word[], i: number): Word[] {
  let first = i;
  while (first > 0 && i - first < 2 && words[first - 1].particle === '' && !PAST(words[first - 1].text) && !/(?:고|서|며|면)$/u.test(words[first - 1].text)) first--;
  return words.slice(first, i + 1);
}

/** Whether a word ends in the infinitive (-아/-어 form: 바꿔, 지워, 꺼, 해): no final, a vowel ㅏ ㅓ ㅕ ㅘ ㅝ ㅐ. */
function infinitive(word: string): boolean {
  const c = word.charCodeAt(word.length - 1) - 0xac00;
  if (c < 0 || c > 11171 || c % 28 !== 0) return false;
  return [0, 1, 4, 6, 9, 14].includes(Math.floor((c % 588) / 28));
}

const marked = (np: readonly Word[], word: RegExp, stem: RegExp) => np.some((w) => word.test(w.stem) || word.test(w.text) || stem.test(w.stem));

function harmfulActs(words: readonly Word[], s: string, base: number): Act[] {
  const out: Act[] = [];
  const time = BAD_TIME.exec(s);
  for (let v = 1; v < words.length; v++) {
    const verb = words[v];
    const next = words[v + 1];
    const past = PAST(verb.text) || (!!next && /^(?:버렸|버리|놓았|놨|두었|뒀)/u.test(next.text));
    if (!past) continue;
    const end = next && /^(?:버렸|버리)/u.test(next.text) ? next.end : verb.end;
    // The verb's own clause: its arguments, back to the previous verb form.
    let lo = v;
    while (lo > 0 && v - lo < 6 && !PAST(words[lo - 1].text) && !(words[lo - 1].particle === '' && /(?:고|서|며|면|면서|뒤|후|다음|한|던|된|려고|도록)$/u.test(words[lo - 1].text))) lo--;
    const args = words.slice(lo, v);
    const objIdx = args.map((w, k) => (w.particle === '을' || w.particle === '를' ? k : -1)).filter((k) => k >= 0).pop();
    const obj = objIdx === undefined ? [] : phraseWords(words, lo + objIdx);
    if (DESTROY_VERB.test(verb.text) && obj.length && marked(obj, PROD_WORD, PROD_STEM) && !obj.some((w) => BENIGN.test(w.text))) {
      out.push({ type: 'destroy', start: obj[0].start, verbStart: verb.start, end });
      continue;
    }
    if (PLACE_VERB.test(verb.text) || (DESTROY_VERB.test(verb.text) && /^덮어/u.test(verb.text))) {
      // Test and production mixed in one act: "스테이징 키를 운영 설정에 붙여 넣었다", "테스트 계정 대신 실제 고객 계정으로".
      const groups = args.filter((w) => w.particle !== '' || w.text === '대신').map((w) => phraseWords(words, words.indexOf(w)));
      const test = groups.find((g) => marked(g, TEST_WORD, TEST_STEM));
      const prod = groups.find((g) => g !== test && marked(g, PROD_WORD, PROD_STEM) && !marked(g, TEST_WORD, TEST_STEM));
      const compared = groups.some((g) => /^(?:와|과|랑|이랑|하고)$/u.test(g[g.length - 1].particle));
      if (test && prod && !compared && !/^(?:비교|대조|확인|점검|검증|분리|구분)/u.test(verb.text)) {
        out.push({ type: 'envmix', start: Math.min(test[0].start, prod[0].start), verbStart: verb.start, end });
        continue;
      }
    }
    if (EXPOSE_VERB.test(verb.text) && obj.length && SECRET.test(obj.map((w) => w.stem).join(' ')) && args.some((w) => w.particle !== '을' && w.particle !== '를' && w.particle !== '' && EXPOSED_PLACE.test(w.stem))) {
      out.push({ type: 'secret', start: obj[0].start, verbStart: verb.start, end });
      continue;
    }
    // "운영 DB에서 직접 수정했다": production changed by hand, outside the path that checks changes.
    if (args.some((w) => w.text === '직접') && args.some((w) => /^(?:에|에서|에다)$/u.test(w.particle) && marked(phraseWords(words, words.indexOf(w)), PROD_WORD, PROD_STEM))) {
      out.push({ type: 'direct', start: args.find((w) => /^(?:에|에서|에다)$/u.test(w.particle))!.start, verbStart: verb.start, end });
      continue;
    }
    if (time && base + time.index < verb.start && verb.start - (base + time.index) < 40 && /(?:했|였|었|았|렸|웠|냈|켰|쳤)/u.test(verb.text)) {
      out.push({ type: 'badtime', start: base + time.index, verbStart: verb.start, end });
      continue;
    }
    if (next && /^버렸/u.test(next.text) && infinitive(verb.text) && !/(?:되어|돼|져|나|와)$/u.test(verb.text)) {
      out.push({ type: 'beorida', start: (obj[0] ?? verb).start, verbStart: verb.start, end });
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------------------
// Pressing on despite knowing: "배포자는 스크립트가 실패한 것을 알면서도 그냥 퇴근했다",
// "개발자가 테스트가 깨진 것을 알고도 커밋을 밀어 넣었다": a person saw the signal and went on.

const DESPITE = /(?:알면서도|알고도|알고서도|보고도|보고서도|받고도|듣고도|확인하고도|인지하고도|알았으면서도|봤으면서도|알았음에도|보았음에도|봤음에도|받았음에도|인지했음에도)\s/gu;
// What follows that is a condition, not a choice ("보고도 원인을 몰랐다", "받고도 접속할 수 없었다").
const DESPITE_CONDITION = /(?:몰랐|없었|못했|못하|수\s?없|않았을|되었|됐|졌)/u;

function despite(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, isPolite: boolean, push: (d: KoDetection) => void): void {
  DESPITE.lastIndex = 0;
  for (let m = DESPITE.exec(s); m; m = DESPITE.exec(s)) {
    const at = base + m.index;
    const wi = wordIndexAt(words, at);
    const subject = subjectOf(words, wi, people);
    if (subject.who !== 'person' && subject.who !== 'self') continue;
    // The main verb: the first past form after the concession.
    const verb = words.slice(wi + 1, wi + 10).find((w) => PAST(w.text) || /(?:않음|못함|했음|였음)$/u.test(w.text));
    if (!verb) continue;
    const span = text.slice(at + m[0].length, verb.end);
    if (DESPITE_CONDITION.test(span) && !/지\s?않/u.test(span)) continue;
    const from = subject.mention?.start ?? at;
    if (cancelled(text, verb.end, from)) continue;
    const objWord = lastObject(middleOf(text, subject.mention ? subject.mention.end : from, at));
    const obj = objWord ? OBJ.exec(objWord.upTo) : null;
    const thing = obj ? `${obj[1]}${withParticle(obj[2], '이')}` : '그 신호가';
    const ending = endingAt(text, wordEndBeforeEnding(text, verb.start, verb.end));
    const bullet = /음$/u.test(verb.text);
    const tail = bullet ? '음' : ending.ending === 'seumnida' || (ending.ending === 'none' && isPolite) ? '습니다' : ending.ending === 'go' ? '고' : '다';
    const to = bullet ? verb.end : ending.end;
    const rewrites: KoRewrite[] = [
      { start: from, end: to, text: `${thing} 대응이 필요한 신호로 보이지 않았${tail}` },
      { start: from, end: to, text: `${thing} 보이면 대응하도록 이끄는 장치가 없었${tail}` },
    ];
    // Inline code between the concession and the verb ("알고도 `--no-verify`로 커밋을 밀어 넣었다") is
    // what happened: the rewrites above would drop it, so one keeps that part verbatim, as the act
    // nothing stopped ("… `--no-verify`로 커밋을 밀어 넣는 것을 막는 장치도 없었다").
    const acted = text.slice(at + m[0].length, verb.start);
    const stem = stemOf(text.slice(verb.start, wordEndBeforeEnding(text, verb.start, verb.end)));
    if (acted.includes(SEPARATOR) && stem) {
      rewrites.unshift({ start: from, end: to, text: `${thing} 대응이 필요한 신호로 보이지 않았고, ${acted}${adnominal(stem)} 것을 막는 장치도 없었${tail}` });
    }
    push({ start: from, end: verb.end, list: 'blameful', id: 'ko.who.despite', kind: 'person-failure', note: NOTES.personFailure, rewrites });
  }
}

// ----------------------------------------------------------------------------------------------
// Shortfalls: "당직자의 대응이 미흡했다", "관련 부서에서는 … 대응 방안이 미흡한 사실이 있었다"

const SHORTFALL = /(대응|관리|대비|준비|점검|확인|검토|소통|공유|보고|조치|감독|모니터링|사전\s?검증|대응\s?방안|예방\s?조치|관리\s?감독|초동\s?대처|대처|초동\s?대응)(?:이|가|은|는|도)?\s?(?:미흡|부족|소홀|부실|허술|안일|안이|늦|더뎠|느슨)(?:했|하였|했던|한|하여|해서|하다|함|합니|하였습니|했습니|었|어서|던)/gu;

function shortfall(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, isPolite: boolean, push: (d: KoDetection) => void): void {
  SHORTFALL.lastIndex = 0;
  for (let m = SHORTFALL.exec(s); m; m = SHORTFALL.exec(s)) {
    const start = base + m.index;
    const wi = wordIndexAt(words, start);
    // A person owns the shortfall: the possessor ("당직자의 대응"), or the clause's subject ("관련 부서에서는 …").
    const prev = words[wi - 1];
    const near = mentionsOf(words.slice(Math.max(0, wi - 3), wi), people).pop();
    const prevWho = prev && near && near.end === prev.end ? near : undefined;
    let from: number | undefined;
    let owner: Mention | undefined;
    if (prevWho && (prevWho.particle === '의' || prevWho.particle === '') && prevWho.who !== 'customer') {
      owner = prevWho;
      from = near!.start;
    } else {
      const subject = subjectOf(words, wi, people);
      if (subject.who !== 'person' && subject.who !== 'self') continue;
      owner = subject.mention;
      from = subject.mention?.start;
    }
    if (from === undefined) continue;
    const end = wordEnd(text, start + m[0].length, base + s.length);
    if (cancelled(text, end, from)) continue;
    const noun = m[1].replace(/\s+/gu, ' ');
    const ending = endingAt(text, wordEndBeforeEnding(text, start, end));
    const adnominalEnd = /(?:한|던)$/u.test(text.slice(start, end));
    const none = adnominalEnd ? '없던' : ending.ending === 'none' ? (isPolite ? '없었습니다' : '없었다') : wasNot(ending.ending, isPolite);
    const to = adnominalEnd ? end : ending.end;
    const rewrites: KoRewrite[] = [
      { start: from, end: to, text: `${noun}에 필요한 기준과 도구가 ${none}` },
      { start: from, end: to, text: `${withParticle(noun, '을')} 뒷받침하는 절차가 ${none}` },
    ];
    if (owner?.named) rewrites.push(...roleRewrites(rewrites[0], owner, people, text.slice(from, end)));
    push({ start: from, end, list: 'blameful', id: 'ko.who.shortfall', kind: 'person-failure', note: owner?.who === 'self' ? NOTES.selfBlame : NOTES.negligence, rewrites });
  }
}

// "관리 소홀로", "운영 미숙으로", "안일한 대응과 부실한 관리가", "주의의무 위반으로": negligence
// named as a noun phrase about work people do, with nobody named. The noun is what people do
// (운영, 대응, 관리, 감독, 점검 …); technical stock ("메모리 관리 부실") is not.
const NOMINAL_NEGLIGENCE = /(?:(?:안일한|부실한|미숙한|허술한|소홀한|태만한|나태한|무책임한)\s(관리\s?감독|감독\s?관리|관리·감독|초동\s?대응|운영|대응|관리|조작|업무|감독|점검|대처|확인|검수|통제)|(관리\s?감독|감독\s?관리|관리·감독|초동\s?대응|운영|대응|관리|조작|업무|감독|점검|대처|확인|검수|통제)\s?(?:미숙|소홀|태만|부실|해이)(?!한\s|하게|히)|((?:주의\s?)?의무)\s?(?:위반|불이행|해태))/gu;
const TECH_STOCK = /(?:메모리|리소스|자원|커넥션|연결|세션|캐시|버전|의존성|상태|트랜잭션|예외|에러|오류|스레드|프로세스|힙|버퍼|풀|키|권한|형상|데이터|로그|재고)\s?$/u;

const ORG_OWNS = /(?:회사|당사|저희|본사|운영사|운영진|개발사)(?:\s?측)?(?:의|가|는)?\s?$/u;
const ORG_APOLOGY = /(?:보여\s?드린|끼쳐\s?드린|드리게\s?된)\s?(?:점|것)|(?:사과|사죄)(?:의\s?말씀(?:을)?)?\s?드립니다|죄송합니다|송구합니다/u;

function nominalNegligence(s: string, base: number, text: string, words: readonly Word[], isPolite: boolean, push: (d: KoDetection) => void): void {
  NOMINAL_NEGLIGENCE.lastIndex = 0;
  for (let m = NOMINAL_NEGLIGENCE.exec(s); m; m = NOMINAL_NEGLIGENCE.exec(s)) {
    if (TECH_STOCK.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = base + m.index;
    const wi = wordIndexAt(words, start + m[0].length - 1);
    const w = words[wi];
    if (!w) continue;
    // The phrase's last word keeps its particle ("미숙으로", "관리가", "소홀 문제로").
    const end = w.end;
    // "부실한 관리라기보다 설계 문제였다": the reading set aside.
    if (/(?:라기|이라기)(?:보다는?|엔|에는)?$/u.test(w.text) || cancelled(text, end, start)) continue;
    // "회사 측의 운영 미숙으로 …", "회원분들께 미숙한 운영을 보여드린 점 사과드립니다": the organisation owning its
    // shortcoming before its customers, not a person blamed.
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (ORG_OWNS.test(before) || (ORG_APOLOGY.test(s) && !/(?:자|님|씨|원)의?\s?$/u.test(before))) continue;
    const work = (m[1] ?? m[2] ?? '').replace(/\s+/gu, ' ');
    const noun = work ? `${work} 절차의 공백` : '확인 절차의 공백';
    const other = work ? `${work} 체계의 허점` : '안전장치의 부재';
    const stemEnd = w.start + w.stem.length;
    const rest = text.slice(stemEnd, end);
    const particle = w.particle;
    const put = (n: string) => (particle ? withParticle(n, particle) : `${n}${rest}`);
    void isPolite;
    push({ start, end, list: 'blameful', id: 'ko.who.attribution', kind: 'blame-word', note: NOTES.negligence, rewrites: [
      { start, end, text: put(noun) },
      { start, end, text: put(other) },
    ] });
  }
}

/** "테이블을 삭제하고" → "테이블을 삭제한 뒤" (and "…하고 나서" → "…한 뒤") when an object precedes the verb. */
function coordinatedFirstAct(middle: string): string {
  const words = middle.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (!/[을를]$/u.test(words[i - 1]) || /^(?:그리고|그러고)$/u.test(words[i])) continue;
    const adn = pastAdnominalOfGo(words[i]);
    if (!adn) continue;
    words[i] = `${adn} 뒤`;
    if (words[i + 1] === '나서') words.splice(i + 1, 1);
  }
  return words.join(' ');
}

function failureRewrites(text: string, type: PredType, subject: Subject, from: number, predStart: number, end: number, matched: string, isPolite: boolean, people?: People): KoRewrite[] {
  // "당직자가 실수로 설정을 지우지 않았더라면 장애는 없었을 것이다": the act sits in a condition contrary to fact. A rewrite that
  // names a missing safeguard would invert the sentence ("안전장치가 없었더라면 장애는 없었을 것이다") or leave "…없었다더라면";
  // the hindsight finding on the same clause carries the rewrite. Session 12 (the fuzz found the shape).
  if (/(?:았|었|였|했)(?:더라면|다면)/u.test(text.slice(predStart, end + 4))) return [];
  // Session 16: "…했으면" is the same past condition ("없었다으면" was offered); "…했으니", "…했으므로" a reason, mapped below.
  if (/(?:았|었|였|했)으면$/u.test(text.slice(predStart, end))) return [];
  const midFrom = subject.mention ? subject.mention.end : from;
  let middle = middleOf(text, midFrom, predStart);
  // Adverbs of blame inside the middle go: "실수로", "깜빡", "무심코".
  // ("바보같은", "어이없는": a judgement on the slip goes with it. Session 7.)
  middle = middle.replace(/(?:^|\s)(?:바보\s?같은|어이없는|어처구니\s?없는|멍청한|한심한|황당한|어리석은)(?=\s|$)/gu, ' ').trim();
  middle = middle.replace(/(?:^|\s)(?:실수로|무심코|깜빡|부주의하게|대충|대강|그만|결국|너무|지나치게|조금|좀|안일하게|안이하게|건성으로|허술하게|성급하게|섣불리|경솔하게|소홀히|무성의하게|무책임하게|허투루|함부로|멋대로|제멋대로|마음대로|임의로|무단으로|독단적으로|가볍게|대수롭지 않게)(?=\s|$)/gu, ' ').trim();
  // "아무 조치도 하지 않고" → "조치를 하도록 …": the negative-polarity 아무 …도 goes with the negation.
  middle = middle.replace(/(?:^|\s)아무\s([\uac00-\ud7a3]{1,8}?)도(?=\s|$)/gu, (_, n: string) => ` ${withParticle(n, '을')}`).trim();
  // "개발팀에 아무것도 전달하지 않았다" → "개발팀에 상황을 전달하도록 하는 장치가 …".
  middle = middle.replace(/(?:^|\s)아무것도(?=\s|$)/gu, ' 상황을').trim();
  // Session 18 (lang-ko): "아무에게도 알리지 않았다" → "관련자에게 알리도록 …" (it was "아무에게도 알리도록 …").
  middle = middle.replace(/(?:^|\s)아무(?:에게|한테)도(?=\s|$)/gu, ' 관련자에게').trim();
  // Session 18 (lang-ko): "담당자가 테이블을 삭제하고 복구하지 않았다": the first act of a coordinated pair keeps its place as
  // what happened ("테이블을 삭제한 뒤 복구하도록 하는 장치가 없었다"); it was read into the missing safeguard ("테이블을 삭제하고
  // 복구하도록 하는 장치가 …", a safeguard that makes someone delete the table). Only after an object (a "하고" after a noun
  // is "with": "팀장하고 상의하지 않았다").
  middle = coordinatedFirstAct(middle);
  const ending = endingAt(text, wordEndBeforeEnding(text, predStart, end));
  // A clause that goes on ("확인하지 않고 페일오버했다", "무시한 채"): the rewrite goes on too.
  const connective = ending.ending === 'none' && ![...text.slice(predStart, end)].some((c) => hasFinal(c, 20)) && /(?:고|서|하여|채|아|어)$/u.test(text.slice(predStart, end));
  let tail = (ending.ending === 'none' ? (isPolite ? '없었습니다' : '없었다') : wasNot(ending.ending, isPolite)).replace(/^없/u, '');
  let none = `없${tail}`;
  if (connective) {
    none = '없는 상태에서';
    tail = '은 채';
  }
  // Bullet style ("응답하지 않음") and an adnominal before a cause ("귀담아듣지 않은 결과"): same ending.
  const predText = text.slice(predStart, end);
  if (ending.ending === 'none' && (/(?:않음|못함)$/u.test(predText) || (type === 'without' && /함$/u.test(predText)))) {
    none = '없었음';
    tail = '었음';
  } else if (ending.ending === 'none' && /않은$/u.test(predText)) {
    none = '없었던';
    tail = '었던';  } else if (ending.ending === 'none' && /(?:않았|못했)을$/u.test(predText)) {
    // "확인하지 않았을 가능성이 크다" → "확인하도록 하는 장치가 없었을 가능성이 크다" (was "…없었다을 …"). Session 8.
    // (The rewrite stops before the 을, which stays.)
    none = '없었';
    tail = '었';
  }
  // "…저질렀어요": the spoken polite ending goes with the rewrite ("…없었어요"; it was "…없었습니다어요"). Session 14.
  const pastEnd = wordEndBeforeEnding(text, predStart, end);
  const spokenEnd = ending.ending === 'none' && !connective && /^어요/u.test(text.slice(pastEnd, pastEnd + 2)) ? pastEnd + 2 : -1;
  if (spokenEnd >= 0) {
    none = '없었어요';
    tail = '었어요';
  }
  // Session 16: a reason clause keeps its ending, which the rewrite stops before ("잘못했으니 …" → "…없었으니 …"; it was
  // "…없었다으니 …").
  if (ending.ending === 'none' && !connective && /(?:았|었|였|했)(?:으니까|으니|으므로)$/u.test(predText)) {
    none = '없었';
    tail = '었';
  }
  const pre = middle ? `${middle} ` : '';
  const out: string[] = [];
  // The object may follow the blame adverb ("실수로 운영 DB를 삭제했다"): look up to the verb.
  const wide = middleOf(text, midFrom, end).split(' ').slice(0, -1).join(' ').replace(/(?:^|\s)(?:실수로|통째로|몽땅|전부|그대로)(?=\s|$)/gu, ' ').trim();
  const objWord = lastObject(middle) ?? lastObject(wide);
  const obj = objWord ? OBJ.exec(objWord.upTo) : null;
  const objNoun = obj ? obj[2] : '';
  switch (type) {
    case 'neg': {
      const verb = verbOfNeg(matched);
      if (verb) {
        out.push(`${pre}${purposive(verb)} 하는 장치가 ${none}`);
        const passive = passiveOfHada(verb);
        const asSubject = objectToSubject(middle);
        if (passive && asSubject) out.push(`${asSubject} ${passive}지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
        else out.push(`${pre}${adnominal(verb)} 단계가 절차에 ${none}`);
      }
      break;
    }
    case 'forget':
      out.push(`${pre}상기시켜 주는 장치가 ${none}`);
      out.push(`${pre}챙기도록 알려 주는 체크리스트나 알림이 ${none}`);
      break;
    case 'careless':
      out.push(`${pre}위험이 드러나지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
      out.push(`${pre}위험을 알려 주는 신호가 ${none}`);
      break;
    case 'ignore':
    case 'miss':
      // Session 16: the missed thing stays, as the subject ("담당자가 디스크 경보를 놓친 탓이다" → "디스크 경보가 눈에 띄지 않았던
      // 탓이다"; the object was dropped).
      if (/^놓친(?:\s|$)/u.test(matched)) {
        const asSubject = objectToSubject(middle);
        return [{ start: from, end: predStart + 2, text: asSubject ? `${asSubject} 눈에 띄지 않았던` : '눈에 띄지 않았던' }];
      }
      if (objNoun) {
        out.push(`${obj![1]}${withParticle(objNoun, '이')} 대응이 필요한 신호로 눈에 띄지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
        out.push(`${obj![1]}${withParticle(objNoun, '을')} 놓치지 않게 하는 장치가 ${none}`);
      } else out.push(`${pre}눈에 띄게 하는 장치가 ${none}`);
      break;
    case 'omit':
      if (/^(?:빠뜨린|빠트린|빼먹은|누락한|건너뛴|생략한)$/u.test(matched)) {
        // "작업자가 롤백 단계를 빠뜨린 것이다" → "롤백 단계를 확인하는 절차가 없었던 것이다": the verdict's
        // frame ("것이다", "탓이다", "게 원인이다") stays, the person's omission becomes the missing step.
        const what = objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : pre;
        return [`${what}확인하는 절차가 없었던`, `${what}빠뜨리지 않게 하는 확인 단계가 없었던`].map((t) => ({ start: from, end: predStart + matched.length, text: t.replace(/\s+/gu, ' ').trim() }));
      }
      out.push(`${pre}빠뜨리지 않게 하는 확인 단계가 ${none}`);
      if (objNoun) out.push(`${obj![1]}${withParticle(objNoun, '을')} 확인하는 단계가 절차에 ${none}`);
      break;
    case 'violate': {
      const rule = /^([\uac00-\ud7a3]{1,12}?)[을를도]?\s?(?=무시|어기|어겼|위반|따르|지키|준수|확인)/u.exec(matched);
      const noun = rule ? rule[1] : '절차';
      out.push(`${pre}${withParticle(noun, '을')} 따르도록 돕는 장치가 ${none}`);
      out.push(`${pre}${withParticle(noun, '이')} 작업 도구에 반영되어 있지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
      break;
    }
    case 'wrong': {
      const target = objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : '입력값을 ';
      if (/는$/u.test(predText) && ![...predText].some((c) => hasFinal(c, 20))) {
        // "제가 명령어를 잘못 입력하는 바람에 …" → "명령어를 검증하는 단계가 없는 바람에 …".
        out.push(`${target}검증하는 단계가 없는`);
        out.push(`${target}잘못 입력해도 막아 주는 안전장치가 없는`);
        break;
      }
      // "운영자가 설정 파일을 잘못 수정해 장애가 났다" → "설정 파일을 검증하는 단계가 없어 장애가 났다": a connective (-해,
      // -어, -아서, -하여) keeps connecting; it was rewritten as an adnominal ("…거치지 않은 장애가 났다"). Session 11.
      const lastSyl = predText[predText.length - 1];
      if (![...predText].some((c) => hasFinal(c, 20)) && (infinitiveSyllable(lastSyl) || /(?:서|하여)$/u.test(predText))) {
        const link = /서$/u.test(predText) ? '없어서' : '없어';
        out.push(`${target}검증하는 단계가 ${link}`);
        out.push(`${target}잘못 입력해도 막아 주는 안전장치가 ${link}`);
        break;
      }
      if (![...predText].some((c) => hasFinal(c, 20))) {
        // "개발자가 잘못 짠 스크립트 탓이다" → "검증을 거치지 않은 스크립트 탓이다".
        out.push(objNoun ? `${target}검증하는 단계를 거치지 않은` : '검증을 거치지 않은');
        out.push(objNoun ? `${target}확인하는 안전장치가 없던` : '확인하는 안전장치 없이 만들어진');
        break;
      }
      out.push(`${target}검증하는 단계가 ${none}`.trim());
      out.push(`${target}잘못 입력해도 막아 주는 안전장치가 ${none}`.trim());
      break;
    }
    case 'mistake':
      if (matched.startsWith('실수한')) {
        // "나연 씨가 실수한 탓에" → "확인 절차의 공백 탓에": the cause noun stays.
        return ['확인 절차의 공백', '안전장치의 부재'].map((t) => ({ start: from, end: predStart + 3, text: t }));
      }
      if (matched.startsWith('실수로')) {
        // Session 17 (fixes): with an object, "운영 DB를 막아 주는 안전장치가 없었다" blocks the object, not the act on it (the
        // act's verb is not in the rewrite): the check before handling the object comes first, then a safeguard against
        // unintended work on it.
        const guard = `${objNoun ? `${obj![1]}${objNoun}에 대한 의도하지 않은 작업을 ` : '그 작업을 '}막아 주는 안전장치가 ${none}`;
        const check = `${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : '그 작업을 '}다루기 전에 확인을 요구하는 단계가 ${none}`;
        out.push(...(objNoun ? [check, guard] : [guard, check]));
      } else if (!pre && /는\s$/u.test(text.slice(Math.max(0, from - 2), from))) {
        // (Session 16, fixes: rewrite hook.) No subject, the act named by an adnominal before the rewrite ("캐시 노드를 전부
        // 재시작하는 실수를 했다"): the rewrite starts after it; "…재시작하는 막아 주는 안전장치가 없었다" stacked two adnominals.
        out.push(`것을 막아 주는 안전장치가 ${none}`);
      } else if (/는\s?$/u.test(pre)) {
        // "…실행하는 실수를 저질렀다" → "…실행하는 것을 막아 주는 안전장치가 없었다".
        out.push(`${pre.trimEnd()} 것을 막아 주는 안전장치가 ${none}`);
        out.push(`${pre.trimEnd().replace(/는$/u, '기')} 전에 확인을 요구하는 단계가 ${none}`);
      } else if (/^(?:뭔가|무언가|무엇인가)\s/u.test(matched) || /(?:^|\s)(?:뭔가|무언가|무엇인가)\s$/u.test(pre)) {
        // "누군가 … 뭔가 잘못을 저질렀다", "담당자가 뭔가 실수를 했다": an empty object; the rewrite names the class of slip.
        // Session 14.
        const where = pre.replace(/(?:^|\s)(?:뭔가|무언가|무엇인가)\s$/u, ' ').trimStart();
        out.push(`${where}작업 오류를 막아 주는 안전장치가 ${none}`);
        out.push(`${where}작업 전에 확인을 요구하는 단계가 ${none}`);
      } else {
        out.push(`${pre}막아 주는 안전장치가 ${none}`);
        out.push(`${pre}확인하는 단계가 절차에 ${none}`);
      }
      break;
    case 'misjudge': {
      const about = objNoun ? `${obj![1]}${objNoun}에 대한 ` : pre;
      if (/(?:바람에|탓에)$/u.test(matched)) {
        // "제가 순서를 착각하는 바람에 주문이 실패했다" → "순서에 대한 판단에 필요한 정보가 한눈에 보이지 않은 탓에 …".
        const cause = '탓에';
        out.push(`${about}판단에 필요한 정보가 한눈에 보이지 않은 ${cause}`);
        out.push(`${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : ''}확인할 수 있는 자료가 없던 ${cause}`);
        break;
      }
      out.push(`${about}판단에 필요한 정보가 한눈에 보이지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
      out.push(`${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : ''}확인할 수 있는 자료가 ${none}`);
      break;
    }
    case 'handsoff':
    case 'negligent': {
      if (/방치/u.test(matched) && objNoun) {
        out.push(`${obj![1]}${withParticle(objNoun, '이')} 처리되지 않은 채 남아 있었고, 이를 알려 주는 알림이 ${none}`);
        out.push(`${obj![1]}${withParticle(objNoun, '을')} 맡아 처리할 담당이 정해져 있지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
        break;
      }
      if (/(?:멋대로|마음대로|임의로|무단으로|독단적으로|함부로)/u.test(matched)) {
        // An act done without authority: the condition is that nothing asked for it.
        const target = objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : '';
        out.push(`${target}승인 없이 바꿀 수 ${connective ? '있는 상태에서' : `있었${tail.replace(/^었/u, '')}`}`);
        out.push(`${objNoun ? `${obj![1]}${objNoun}의 변경에 ` : ''}승인을 거치도록 강제하는 장치가 ${none}`);
        break;
      }
      const duty = /^(?:확인|검토|점검|테스트|리뷰|검증)$/u.test(objNoun);
      const what = objNoun && !duty ? `${obj![1]}${withParticle(objNoun, '을')} ` : '';
      out.push(`${what}어디까지 확인할지 정한 기준이 ${none}`);
      out.push(`${what}충분히 확인할 시간과 도구가 ${none}`);
      break;
    }
    case 'lacking': {
      const all = middleOf(text, from, predStart).split(' ').filter((w) => w !== '');
      let cut = 0;
      all.forEach((w, i) => {
        if (/의$/u.test(w)) cut = i + 1;
      });
      const what = all.slice(cut).join(' ');
      const topic = what ? withParticle(what, '을') : '필요한 내용을';
      out.push(`${topic} 쉽게 익힐 수 있는 문서와 교육이 ${none}`);
      out.push(`${topic} 작업 중에 바로 확인할 수 있는 안내가 ${none}`);
      break;
    }
    case 'ruin':
    case 'destroy':
      if (/날려?/u.test(matched) && /^(?:쿼리|문|명령|명령어|요청|SQL|sql|스크립트|구문)$/u.test(objNoun)) {
        // "운영 DB에 UPDATE 문을 WHERE 절 없이 날렸다" (sent, not destroyed): what let it run.
        const sent = pre.replace(/(?:^|\s)잘못(?=\s)/gu, '').trim();
        const lead = sent ? `${sent} ` : '';
        out.push(`${lead}실행하기 전에 검토를 요구하는 단계가 ${none}`);
        out.push(`${lead}실행할 수 ${connective ? '있는 상태에서' : `있었${tail.replace(/^었/u, '')}`}`);
        break;
      }
      out.push(`${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : '운영 자원을 '}보호하는 안전장치가 ${none}`);
      out.push(`${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : ''}지우기 전에 확인을 요구하는 단계가 ${none}`);
      break;
    case 'cause':
      out.push(`${pre}막아 주는 안전장치가 ${none}`);
      out.push(`${pre}일어나기 전에 알려 주는 신호가 ${none}`);
      break;
    case 'hasty':
      if (/^강행/u.test(matched)) {
        // "작업을 피크 시간대에 강행했다" → "작업을 피크 시간대에 진행하기 전에 영향을 확인하는 단계가 없었다".
        out.push(`${pre}진행하기 전에 영향을 확인하는 단계가 ${none}`);
        out.push(`${pre}진행하지 않도록 막는 기준이 ${none}`);
        break;
      }
      if (/(?:여겼|넘겼|생각했|보았|봤|판단했|평가했|취급했|다뤘)/u.test(matched) && objNoun) {
        out.push(`${obj![1]}${withParticle(objNoun, '이')} 심각해 보이지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
        out.push(`${obj![1]}${objNoun}의 심각도를 알려 주는 표시가 ${none}`);
      } else {
        out.push(`${pre}속도를 늦출 확인 단계가 ${none}`);
        out.push(`${pre}작업을 서두르게 만든 압박이 ${connective ? '있는 상태에서' : `있었${tail.replace(/^었/u, '')}`}`);
      }
      break;
    case 'without': {
      const noun = /^([\uac00-\ud7a3]+?)(?:도)?\s?없이/u.exec(matched)?.[1] ?? '확인';
      const rest = middleOf(text, predStart + (/없이\s/u.exec(matched)?.index ?? 0) + 3, end);
      const verbForm = rest.split(' ').pop() ?? '';
      const between = rest.split(' ').slice(0, -1).join(' ');
      const stem = stemOf(verbForm.replace(/(?:다|습니다|고|으며|는데|지만)$/u, ''));
      if (stem) out.push(`${pre}${noun} 없이도 ${between ? `${between} ` : ''}${future(stem)} 수 ${connective ? '있는 상태에서' : `있었${tail.replace(/^었/u, '')}`}`);
      out.push(`${pre.replace(/[을를]\s$/u, '에 ')}${withParticle(noun, '을')} 거치도록 강제하는 장치가 ${none}`);
      break;
    }
    case 'left':
      if (objNoun) {
        out.push(`${obj![1]}${withParticle(objNoun, '이')} 그 상태로 남아 있었고, 이를 알려 주는 알림이 ${none}`);
        out.push(`${obj![1]}${objNoun}의 상태를 알려 주는 알림이 ${none}`);
      } else out.push(`${pre}그 상태를 알려 주는 알림이 ${none}`);
      break;
    case 'wrongobj': {
      const target = /잘못된\s([\uac00-\ud7a3A-Za-z0-9]{1,10}?)(을|를|에|로|으로)\s/u.exec(matched);
      const noun = target ? target[1] : '대상';
      out.push(`${pre}잘못된 ${withParticle(noun, '을')} 걸러 내는 검증이 ${none}`);
      out.push(`${pre}올바른 ${withParticle(noun, '이')} 한눈에 구별되지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
      break;
    }
    case 'late': {
      if (!/늦게/u.test(matched) && objNoun) {
        // "패치 적용을 몇 주째 미뤘다" → "패치 적용을 제때 처리하게 하는 기한이나 알림이 없었다".
        out.push(`${obj![1]}${withParticle(objNoun, '을')} 제때 처리하게 하는 기한이나 알림이 ${none}`);
        out.push(`${obj![1]}${objNoun}의 시급함을 알려 주는 정보가 ${none}`);
        break;
      }
      // "롤백을 너무 늦게 결정했다" → "롤백을 더 일찍 결정하도록 알려 주는 신호가 없었다".
      const verbForm = text.slice(predStart, end).trim().split(/\s+/u).pop() ?? '';
      const stem = stemOf(verbForm.replace(/(?:다|습니다|고|으며|는데|지만|음)$/u, ''));
      out.push(`${pre}더 일찍 ${stem ? `${stem}도록` : '움직이도록'} 알려 주는 신호가 ${none}`);
      out.push(`${pre}서둘러야 할 이유를 알려 주는 정보가 ${none}`);
      break;
    }
    case 'envmix':
      out.push(`운영 환경과 테스트 환경이 한눈에 구별되지 ${connective ? '않은 채' : `않았${tail.replace(/^었/u, '')}`}`);
      out.push(`작업 대상이 운영 환경인지 확인하는 단계가 ${none}`);
      break;
    case 'secret':
      out.push(`비밀 값이 공개된 곳에 올라가는 것을 막는 검사가 ${none}`);
      out.push(`비밀 값을 안전하게 공유할 수 있는 도구가 ${none}`);
      break;
    case 'badtime':
      out.push(`그 시간대의 작업을 막거나 경고하는 장치가 ${none}`);
      out.push(`작업 시간대를 확인하는 단계가 절차에 ${none}`);
      break;
    case 'direct':
      out.push(`운영 환경을 직접 바꾸기 전에 거치는 검토 단계가 ${none}`);
      out.push(`운영 환경의 직접 변경을 막아 주는 장치가 ${none}`);
      break;
    case 'beorida':
      out.push(`${objNoun ? `${obj![1]}${withParticle(objNoun, '을')} ` : ''}바꾸기 전에 확인을 요구하는 단계가 ${none}`);
      out.push(`되돌리기 어려운 작업을 막아 주는 안전장치가 ${none}`);
      break;
    default:
      break;
  }
  void people;
  const replaceEnd = spokenEnd >= 0 ? spokenEnd : ending.end;
  const rewrites: KoRewrite[] = [...new Set(out)].map((t) => ({ start: from, end: replaceEnd, text: t.replace(/\s+/gu, ' ').trim() }));
  // A named subject: its own fix names the role instead of the person, with the condition kept.
  if (subject.mention?.named && rewrites.length) rewrites.push(...roleRewrites(rewrites[0], subject.mention, people, text.slice(from, end)));
  return rewrites;
}

/**
 * "민수 님이 …" → "담당 엔지니어가 작업할 때 …": the role, and the condition the rewrite names. The role is the
 * one the front matter declares for the name, else the one the sentence implies (an alert → 당직자, a pull
 * request → 리뷰어, a deploy → 배포 담당자, a server or database → 운영자), with 담당 엔지니어 as a second option.
 */
function roleRewrites(r: KoRewrite, mention: Mention | undefined, people: People | undefined, sentence: string): KoRewrite[] {
  const roles = [...new Set([declaredRole(mention, people) ?? impliedRole(sentence) ?? DEFAULT_ROLE, DEFAULT_ROLE])];
  return roles.map((role) => ({ start: r.start, end: r.end, text: `${withParticle(role, '이')} 작업할 때 ${r.text}`, title: ROLE_FIX_TITLE }));
}

// What a sentence is about, and the role that does it; the cue nearest the predicate (the sentence's end) wins.
const ROLE_CUES: readonly [RegExp, string][] = [
  [/(?:당직|온콜|호출|페이저|알림|알람|경보|경고)/gu, '당직자'],
  [/(?:리뷰|PR|풀\s?리퀘스트|승인)/gu, '리뷰어'],
  [/(?:배포|릴리스|롤아웃|롤백|머지)/gu, '배포 담당자'],
  [/(?:운영\s?(?:DB|서버|환경|버킷)|DB|데이터베이스|서버|버킷|쿼리|마이그레이션|스크립트|방화벽)/gu, '운영자'],
];

/** The role a sentence implies by what it is about, or undefined. */
function impliedRole(sentence: string): string | undefined {
  let best: { at: number; role: string } | undefined;
  for (const [re, role] of ROLE_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (!best || m.index > best.at) best = { at: m.index, role };
  }
  return best?.role;
}

const NAME_TITLE = /\s?(?:님|씨|대리|과장|차장|부장|팀장|실장|매니저|책임|선임|수석|프로|리드|사원|주임|엔지니어)$/u;

/** The role the document declares for a named person ("당직자: 김민수" → 당직 엔지니어), if any. */
function declaredRole(mention: Mention | undefined, people: People | undefined): string | undefined {
  const roles = people?.roles;
  if (!mention || !roles?.size) return undefined;
  const bare = mention.name.replace(NAME_TITLE, '').replace(/\s+/gu, '');
  for (const c of [bare, bare.length === 3 ? bare.slice(1) : '']) {
    const role = c && /[\uac00-\ud7a3]/u.test(c) ? roles.get(c) : undefined;
    if (role) return role;
  }
  return undefined;
}

/** The future adnominal of a stem: 배포하 → 배포할, 바꾸 → 바꿀, 읽 → 읽을. */
function future(stem: string): string {
  const last = stem[stem.length - 1];
  const c = last.charCodeAt(0) - 0xac00;
  if (c >= 0 && c <= 11171 && c % 28 === 0) return stem.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 8);
  if (c >= 0 && c % 28 === 8) return stem;
  return `${stem}을`;
}

/** Where the ending of the predicate's last word starts (after its past syllable). */
function wordEndBeforeEnding(text: string, predStart: number, end: number): number {
  // Find the last past syllable (ㅆ final) within the predicate; the ending follows it.
  for (let i = end - 1; i >= predStart; i--) if (hasFinal(text[i], 20)) return i + 1;
  return end;
}

// ----------------------------------------------------------------------------------------------
// Attribution and self-blame

const BLAME_NOUN = /^(?:실수|부주의|잘못|탓|과실|불찰|실책|착오|오판|착각|태만|미숙|무지|안일함|방심|과오|소홀|부족|미흡|책임|누락|방치|오조작|오입력|늑장|늦장|무관심|무책임|오타|오기입|미확인|미조치|미준수|미이행|미점검|미보고|미숙지|미대응|조작\s?실수)/u;
// Nominal failures ("미확인", "오타") that read as blame after any bare noun ("당직자 알림 미확인").
const NOMINAL_FAILURE = /^(?:미확인|미조치|미준수|미이행|미점검|미보고|미숙지|미대응|오타|오입력|오조작|누락|실수|부주의)/u;
const BLAME_MODIFIER = /^(?:단순|사소한|명백한|큰|중대한|결정적인|치명적인|어이없는|확인|판단|관리|작업|운영|업무|업무상|대응|조작|입력|설정|검토|점검|주의|코딩|배포|개발|구현|운용|보안|검증|테스트|리뷰|모니터링|인수인계|보고|공유)$/u;

// "책임은 … 개발자에게 있다", "잘못은 리뷰어에게 있었다": the fault is placed on a person.
// Also "문제는 파이프라인이 아니라 리뷰어들에게 있었다": the problem or the cause placed on people (에게, not 에).
const LIES_WITH = /(?:책임|잘못|과실|탓|귀책\s?사유|문제|원인)(?:은|는|이|가)\s/u;
// "작업자 개인에게", "담당자 본인에게": the person in apposition carries the particle.
const APPOSITION = /^(?:개인|본인|당사자|자신|한\s?사람)(?:에게|한테)$/u;
// "명백한 인재다", "이번 유실은 인재였다": a man-made disaster (not 인재 "talent": a qualifier or an incident as the topic).
const INJAE = /(?:(?:명백한|전형적인|예고된|명백히|결국|사실상|분명한|완벽한|그야말로|어처구니\s?없는|어이없는|황당한)\s|(?:장애|사고|유실|사태|일|중단|참사|손실|사건|화재|정전|붕괴|침몰|먹통)(?:은|는|도)\s(?:[\uac00-\ud7a3]{1,6}\s){0,2}?)(['"‘“]?)인재(['"’”]?(?:\s?\(人災\))?)(였던\s(?:것|셈)|이었던\s(?:것|셈)|인\s셈|라는\s(?:것|거|셈|얘기|이야기|뜻|말)|이다|다|였다|이었다|입니다|였습니다|이었습니다|였고|이며|라고|라는|로)/u;

function liesWith(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, isPolite: boolean, push: (d: KoDetection) => void): void {
  const lies = LIES_WITH.exec(s);
  if (lies) {
    for (const m of mentionsOf(words, people)) {
      if (m.start < base + lies.index) continue;
      const apposed = m.particle === '' && APPOSITION.test(words[m.index + 1]?.text ?? '');
      if (!apposed && !/^(?:에게|한테|에게도|에게만|에)$/u.test(m.particle)) continue;
      // "문제는/원인은 … 에 있다" places it on people only with 에게 (a team with 에: "원인은 결제팀에 있었다").
      if (!/^(?:책임|잘못|과실|탓|귀책)/u.test(lies[0]) && m.particle === '에' && !/(?:팀|파트|부서|조직|본부)$/u.test(m.name)) continue;
      const next = words[m.index + (apposed ? 2 : 1)];
      if (!next || !/^있(?:다|었|습|음)/u.test(next.text)) continue;
      const end = next.end;
      if (cancelled(text, end, base + lies.index)) break;
      let from = base;
      while (from < base + lies.index && /\s/u.test(text[from])) from++;
      const tail = isPolite ? '습니다' : '다';
      const past = /었/u.test(next.text);
      // A 명사형 bullet ("…에게 있었음") keeps its ending: "…이 원인이었음".
      const nominal = /음[.!]?$/u.test(next.text);
      const copula = (n: string) => `${withParticle(n, '이')} ${nominal ? (past ? '원인이었음' : '원인임') : past ? `원인이었${tail === '다' ? '다' : '습니다'}` : isPolite ? '원인입니다' : '원인이다'}`;
      const rewrites: KoRewrite[] = [
        { start: from, end, text: copula('확인 절차의 공백') },
        { start: from, end, text: copula('안전장치의 부재') },
      ];
      push({ start: from, end, list: 'blameful', id: 'ko.who.attribution', kind: 'blame-word', note: m.who === 'self' ? NOTES.selfBlame : NOTES.attribution, rewrites });
      break;
    }
  }
  const injae = INJAE.exec(s);
  if (injae) {
    // Session 10: 인재 in quotes or with its gloss ("'인재'였다", "인재(人災)였다"), and the assertive "…였던 것", "…라는 거죠".
    const [, open, close, tail] = injae;
    const at = base + injae.index + injae[0].length - tail.length - close.length - 2 - open.length;
    const qualifier = /(?:명백한|전형적인|예고된|명백히|분명한|완벽한|그야말로)\s$/u.exec(text.slice(Math.max(base, at - 8), at));
    const start = qualifier ? at - qualifier[0].length : at;
    const end = base + injae.index + injae[0].length;
    if (!cancelled(text, end, start)) {
      // 인재 + copula → 일 + the same copula after a consonant ("인재였다" → "일이었다").
      const ending = tail.replace(/^이/u, '').replace(/^였/u, '었');
      // ("인재입니다" → "일입니다": 입니다 carries its own copula.)
      const after = (n: string) => `${n}${/^(?:다|었|며|라)/u.test(ending) ? `이${ending}` : ending === '로' ? '로' : ending}`;
      push({
        start,
        end,
        list: 'blameful',
        id: 'ko.who.attribution',
        kind: 'blame-word',
        note: NOTES.attribution,
        rewrites: [
          { start, end, text: after('안전장치의 공백에서 비롯된 일') },
          { start, end, text: after('예방 장치가 없어서 생긴 일') },
        ],
      });
    }
  }
}

// "…라고 생각합니다/느낍니다" with nothing negating it after.
const SELF_BELIEF = /^\s(?:생각|느끼|느낍|느낀)(?![^.!?]{0,16}(?:않|아니|없|지만|으나))/u;

// "범인은 저였습니다", "알고 보니 원인은 나였다", "그 누군가가 바로 저였습니다": the writer names themself as the culprit
// (mirror of English "The culprit was me", "That someone was me"). Not "당직자는 저였습니다" (a role, not a cause).
const SELF_CULPRIT = /(?:(?:그\s)?누군가|범인|주범|원흉|장본인|원인)(?:은|는|이|가)\s(?:바로\s|다름\s아닌\s|결국\s)?(?:저|나|저희|우리)(이었|였|입니|이다|이에요|예요|다)[\uac00-\ud7a3]*/u;

function selfCulprit(s: string, base: number, text: string, push: (d: KoDetection) => void): void {
  const m = SELF_CULPRIT.exec(s);
  if (!m) return;
  const start = base + m.index;
  const end = start + m[0].length;
  // "범인은 저였다고 생각했지만": a belief reported, or the copula going on into a clause.
  if (/(?:고|면|는지|지만|는데)$/u.test(m[0]) || cancelled(text, end, start)) return;
  const tail = m[0].slice(m[0].lastIndexOf(m[1]));
  const withFinal = tail.replace(/^였/u, '이었').replace(/^예요/u, '이에요').replace(/^다/u, '이다');
  const noFinal = tail.replace(/^이었/u, '였').replace(/^이에요/u, '예요').replace(/^다/u, '이다');
  push({ start, end, list: 'blameful', id: 'ko.who.self-blame', kind: 'blame-word', note: NOTES.selfBlame, rewrites: [
    { start, end, text: `원인은 확인 절차의 공백${withFinal}` },
    { start, end, text: `원인은 안전장치의 부재${noFinal}` },
  ] });
}

function attribution(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, isPolite: boolean, push: (d: KoDetection) => void): void {
  liesWith(s, base, text, words, people, isPolite, push);
  selfCulprit(s, base, text, push);
  const giver = /원인\s?제공자/u.exec(s);
  // "원인제공자인 제가 사과드립니다": the apologiser names themself; what they did is judged on its own.
  if (giver && !/(?:사과|죄송|송구)/u.test(s) && !cancelled(text, base + giver.index + giver[0].length, base + giver.index)) {
    const start = base + giver.index;
    const end = start + giver[0].length;
    push({ start, end, list: 'blameful', id: 'ko.who.attribution', kind: 'blame-word', note: NOTES.attribution, rewrites: [
      { start, end, text: '해당 작업의 담당자' },
      { start, end, text: '당시 작업자' },
    ] });
  }
  const mentions = mentionsOf(words, people);
  for (const m of mentions) {
    const next = words[m.index + 1];
    if (!next) continue;
    let headIdx = m.index + 1;
    // "그 실수", "이 잘못": a demonstrative, not "his mistake" (그의 실수).
    // ("저 때문이었습니다", "저 탓입니다": the first person, with the cause right after it.)
    if (m.particle === '' && /^(?:그|이|저|그분|이분)$/u.test(m.name) && !(m.name === '저' && /^(?:때문|탓)/u.test(next.text))) continue;
    const possessive = m.particle === '의' || m.particle === '';
    if (possessive && BLAME_MODIFIER.test(next.text) && words[m.index + 2]) headIdx = m.index + 2;
    else if (possessive && next.particle === '' && words[m.index + 2] && NOMINAL_FAILURE.test(words[m.index + 2].text) && whoIs(next.stem, people) !== 'person') headIdx = m.index + 2;
    const head = words[headIdx];
    let hit = false;
    if (possessive && BLAME_NOUN.test(head.text) && !/^(?:책임자|잘못된|부족한 ?$)/u.test(head.text)) {
      // "담당자의 책임" only as a verdict (책임이다, 책임으로); "담당자의 책임 범위" is a scope.
      hit = !/^책임/u.test(head.text) || /^책임(?:이었|이다|입니|이라|으로|이며)/u.test(head.text)
        // "제 책임이에요", "제 책임임을 인정합니다": the writer's own fault, in a spoken ending or admitted. Session 7.
        || (m.who === 'self' && /^책임(?:이에요|이예요|이죠|이지요|임을|임이|이고)/u.test(head.text));
      // "부족/미흡" need a modifier in between ("담당자의 확인 부족").
      if (/^(?:부족|미흡|소홀)/u.test(head.text) && headIdx === m.index + 1 && !(m.who === 'self' && m.particle === '의')) hit = false;
    }
    if (m.particle === '' && /^(?:때문|탓)/u.test(next.text)) hit = true;
    if (/^(?:때문|탓)/u.test(m.particle) || /(?:때문에|탓에|탓이)/u.test(m.name)) hit = true;
    if ((m.particle === '이' || m.particle === '가' || m.particle === '은' || m.particle === '는') && /^(?:원인|범인|주범|원흉)(?:이었|였|이다|입니|이라|으로)/u.test(next.text)) {
      headIdx = m.index + 1;
      hit = true;
    }
    if (!hit) continue;
    // "운영자 실수에도 견고하도록 …": the mistake is a class a design withstands, nobody's act (withstand.ts). Session 14.
    if (withstoodMistake(words[headIdx].text, text.slice(words[headIdx].end, words[headIdx].end + 12))) continue;
    // "담당자의 실수를 찾는 것이 목적이 아니다": looking for blame is not blaming.
    if (/[을를]$/u.test(words[headIdx].text) && words[headIdx + 1] && /^(?:찾|묻|따지|가리|탓하|비난하|추궁하|들추)/u.test(words[headIdx + 1].text)) continue;
    if (words[headIdx + 1] && /^(?:때문|탓)/u.test(words[headIdx + 1].text) && possessive) headIdx += 1;
    const end = words[headIdx].end;
    const self = m.who === 'self';
    // "전부 제 탓이라고 생각합니다": the writer's own belief about their fault is self-blame, not a report.
    if (cancelled(text, end, m.start) && !(self && SELF_BELIEF.test(text.slice(end, end + 24)) && /(?:이라고|라고)$/u.test(words[headIdx].text))) continue;
    // "…의 부주의 때문에": the rewrite replaces the attribution and keeps "때문에".
    const h = /^(?:때문|탓)/u.test(words[headIdx].text) && headIdx > m.index + 1 && possessive ? words[headIdx - 1] : words[headIdx];
    const particle = h.particle || '';
    // The rewrite replaces the attribution with the missing condition, keeping the particle.
    const rewrites: KoRewrite[] = [];
    const verdict = /(?:이었|였|이다|입니|이라)/u.exec(h.text);
    // "제 책임이에요" → "확인 절차의 공백이에요", "안전장치의 부재예요": the spoken copula kept. Session 7.
    const spoken = /(이에요|이예요|이죠|이지요|이고)$/u.exec(h.text);
    if (spoken && !verdict && h.text.startsWith(h.stem) && BLAME_NOUN.test(h.text)) {
      for (const n of ['확인 절차의 공백', '안전장치의 부재']) rewrites.push({ start: m.start, end: h.end, text: !hasFinal(n, 0) ? `${n}${spoken[1] === '이예요' ? '이에요' : spoken[1]}` : `${n}${spoken[1] === '이지요' ? '지요' : spoken[1] === '이죠' ? '죠' : spoken[1] === '이고' ? '고' : '예요'}` });
    } else if (verdict) {
      const tail = h.text.slice(verdict.index);
      const rest = tail.replace(/^(?:이었|였)/u, '').replace(/^(?:이다|입니|이라)/u, (x) => x.slice(1));
      const copula = /^(?:이었|였)/u.test(tail) ? (n: string) => `${n}${hasFinal(n, 0) ? '였' : '이었'}${rest}` : (n: string) => `${n}${hasFinal(n, 0) && /^이(?:라|다|며)/u.test(tail) ? tail.slice(1) : tail}`;
      for (const n of ['확인 절차의 공백', '안전장치의 부재']) rewrites.push({ start: m.start, end: h.end, text: copula(n).replace(/공백였/u, '공백이었').replace(/부재이었/u, '부재였') });
    } else if (particle || h.text === h.stem) {
      for (const n of ['확인 절차의 공백', '안전장치의 부재']) rewrites.push({ start: m.start, end: h.end, text: particle ? withParticle(n, particle) : n });
    } else {
      const rest = h.text.replace(BLAME_NOUN, '');
      for (const n of ['확인 절차의 공백', '안전장치의 부재']) rewrites.push({ start: m.start, end: h.end, text: `${n}${/^(?:로|으로)/u.test(rest) ? withParticle(n, '으로').slice(n.length) + rest.replace(/^(?:으로|로)/u, '') : rest}` });
    }
    void isPolite;
    push({ start: m.start, end, list: 'blameful', id: self ? 'ko.who.self-blame' : 'ko.who.attribution', kind: 'blame-word', note: self ? NOTES.selfBlame : NOTES.attribution, rewrites });
  }
  void s;
  void base;
  void FIRST_PERSON;
}

// "저도 … 크게 사고 한번 터트린 적이 있었습니다", "얼마나 큰 사고를 친건지": causing an incident is a person's act
// (systems have incidents, people 치다/터트리다 them): the writer's own when nobody else is named. Session 7.
const CAUSED_INCIDENT = /((?:큰|대형)\s)?사고(?:를|을)?\s(?:(?:한\s?번|한번|또|크게|제대로|단단히)\s){0,2}(쳤|친|치고|쳐서|쳐|터트렸|터트린|터트리고|터트려서|터뜨렸|터뜨린|터뜨리고|터뜨려서)/gu;
const INCIDENT_VERB: Record<string, [string, string]> = {
  쳤: ['났', '이어졌'], 터트렸: ['났', '이어졌'], 터뜨렸: ['났', '이어졌'],
  친: ['난', '이어진'], 터트린: ['난', '이어진'], 터뜨린: ['난', '이어진'],
  치고: ['나고', '이어지고'], 터트리고: ['나고', '이어지고'], 터뜨리고: ['나고', '이어지고'],
  쳐서: ['나서', '이어져서'], 터트려서: ['나서', '이어져서'], 터뜨려서: ['나서', '이어져서'], 쳐: ['나', '이어져'],
};

function causedIncident(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, wordAt: (o: number) => number, push: (d: KoDetection) => void): void {
  CAUSED_INCIDENT.lastIndex = 0;
  for (let m = CAUSED_INCIDENT.exec(s); m; m = CAUSED_INCIDENT.exec(s)) {
    const start = base + m.index;
    const verbEnd = start + m[0].length;
    const end = wordEnd(text, verbEnd, base + s.length);
    const subject = subjectOf(words, wordAt(start), people);
    // "배포 스크립트가 사고를 쳤다": a thing as the subject (a name no list holds counts as a person); "제가 배포하다가
    // 사고를 터트렸습니다": the writer named as the subject before a connective clause.
    const writer = /(?:^|\s)(?:제가|저도|저는|내가|나도|나는|저희가|우리가)\s/u.test(s.slice(0, m.index));
    if (subject.who === 'thing' && !subject.unknown && !writer) continue;
    // ("얼마나 큰 사고를 쳤는지 몰랐다": "얼마나 …는지" weighs the act, it asks nothing.)
    const weighed = /얼마나\s$/u.test(s.slice(Math.max(0, m.index - 4), m.index)) && /(?:는지|ㄴ지|건지)$/u.test(text.slice(start, end));
    if (!weighed && cancelled(text, end, subject.mention?.start ?? start)) continue;
    const [happened, ledTo] = INCIDENT_VERB[m[2]];
    const tail = text.slice(verbEnd, end);
    const size = m[1] ?? '';
    push({ start, end, list: 'blameful', id: subject.who === 'person' && !writer ? 'ko.who.attribution' : 'ko.who.self-blame', kind: 'blame-word', note: subject.who === 'person' && !writer ? NOTES.attribution : NOTES.selfBlame, rewrites: [
      { start, end, text: `${size}장애가 ${happened}${tail}` },
      { start, end, text: `${size}장애로 ${ledTo}${tail}` },
    ] });
  }
}

// Session 18 (lang-ko): NEGLECT told with 신경 쓰다 negated in the past, with an adverb of totality or care ("…프로젝트를 전혀
// 신경쓰지 못했다", "디스크 사용량에 제대로 신경을 쓰지 않았다", "백업에 별로 신경을 안 썼다"): not looking after something
// one was in charge of. The writer or a person of the team as the subject (none named reads as the writer). Not this kind:
// a thing or nobody as the subject ("아무도 …"), customers or users minding something ("사용자들은 지연을 크게 신경 쓰지
// 않았다", luck), no adverb, a present or a concession ("신경 쓰지 않아도 된다"). Rewrite: what was not looked after, with
// nothing reminding anyone of it ("…프로젝트를 챙기도록 알려 주는 장치가 없었다").
const NEGLECT = /(?:^|\s)((?:전혀|하나도|제대로|미처|통|도통|한\s?번도|거의|별로|그다지|별)\s(?:[\uac00-\ud7a3]{1,6}\s)?신경(?:을|도)?\s?(?:쓰지\s?(?:못했|않았|못\s?했)|(?:안|못)\s?썼))/gu;
const CUSTOMERS = /^(?:사용자|고객|유저|이용자|사람|시청자|손님|회원|구독자)/u;
const CUSTOMERS_TOPIC = /(?:^|\s)(?:사용자|고객|유저|이용자|시청자|손님|회원|구독자)(?:님)?(?:들)?(?:은|는|이|가|도)\s/u;

function neglect(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, wordAt: (o: number) => number, isPolite: boolean, push: (d: KoDetection) => void): void {
  if (!s.includes('신경') || /(?:다행히|다행스럽게|운\s?좋게)/u.test(s)) return;
  NEGLECT.lastIndex = 0;
  for (let m = NEGLECT.exec(s); m; m = NEGLECT.exec(s)) {
    const advStart = base + m.index + m[0].indexOf(m[1]);
    const pastEnd = base + m.index + m[0].length;
    const ending = endingAt(text, pastEnd);
    // A question or a condition after the verb ("…않았나요?", "…않았다면") asserts nothing.
    if (ending.ending === 'none' && /^[\uac00-\ud7a3]/u.test(text.slice(pastEnd, pastEnd + 1)) && !/^어요/u.test(text.slice(pastEnd, pastEnd + 2))) continue;
    const subject = subjectOf(words, wordAt(advStart), people);
    if (subject.who === 'thing' && !subject.unknown) continue;
    if (subject.mention && CUSTOMERS.test(text.slice(subject.mention.start, subject.mention.end))) continue;
    if (CUSTOMERS_TOPIC.test(s.slice(0, m.index))) continue;
    const from = subject.mention?.start ?? advStart;
    // The thing neglected: "…에" becomes "…을" before "챙기도록" ("디스크 사용량에" → "디스크 사용량을"); with no subject named the
    // rewrite starts at that word.
    let rStart = subject.mention ? subject.mention.start : advStart;
    // (The last word is taken by string operations: a "[…]+…$" pattern backtracks.)
    const lastWord = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
    const LOCATIVE = /^[\uac00-\ud7a3A-Za-z0-9)]{1,24}?(?:에|에는|에도)$/u;
    if (!subject.mention) {
      const before = text.slice(Math.max(base, advStart - 24), advStart);
      const w = before.endsWith(' ') ? lastWord(before.slice(0, -1)) : '';
      if (w && LOCATIVE.test(w)) rStart = advStart - w.length - 1;
    }
    let lead = middleOf(text, subject.mention ? subject.mention.end : rStart, advStart);
    const lw = lastWord(lead);
    if (lw && LOCATIVE.test(lw)) lead = `${lead.slice(0, lead.length - lw.length)}${withParticle(lw.replace(/(?:에는|에도|에)$/u, ''), '을')}`;
    const spoken = ending.ending === 'none' && /^어요/u.test(text.slice(pastEnd, pastEnd + 2));
    const none = spoken ? '없었어요' : ending.ending === 'none' ? (isPolite ? '없었습니다' : '없었다') : wasNot(ending.ending, isPolite);
    const to = spoken ? pastEnd + 2 : ending.end;
    push({ start: from, end: to, list: 'blameful', id: 'ko.who.negligent', kind: 'person-failure', note: subject.who === 'person' ? NOTES.negligence : NOTES.selfBlame, rewrites: [
      { start: rStart, end: to, text: `${lead ? `${lead} ` : ''}챙기도록 알려 주는 장치가 ${none}` },
    ] });
  }
}

// ----------------------------------------------------------------------------------------------
// Verdicts on a decision, and questions that carry hindsight

const VERDICT = /(?:잘못된|경솔한|어리석은|무책임한|성급한|안일한|안이한|무모한|부적절한|섣부른|한심한|황당한|무리한|근시안적인|무분별한|위험천만한)\s(?:판단|선택|결정|행동|대응|조치)(?:이었|였|이다|입니|이라|이었습니|으로)|판단\s?(?:착오|실수|미스)(?:이었|였|이다|입니|였다|로)|(?:결정|선택|판단|행동|대응)[은는이가]\s(?:무책임|경솔|어리석|성급|안이|무모|부적절|안일)(?:했|하였|하다|합니)|(?<![\uac00-\ud7a3])생각이\s짧았|(?<![\uac00-\ud7a3])짧은\s생각(?:이었|였|이다|입니)/gu;

// "…하기로 한 선택은 패착이었습니다", "…한 결정은 지나치게 위험한 도박이었다": a verdict noun after the decision.
const VERDICT_NOUN = /(?:결정|선택|판단|것|건|게)(?:은|는|이|가)\s((?:[\uac00-\ud7a3]{1,8}\s){0,2}?(?:패착|오판|악수|실책|무리수|도박|자충수|판단\s?실수|판단\s?착오|큰\s실수|실수))(이었|였|이다|입니|이라)/gu;

// "바보같은 일처리", "한심한 짓": a judgement on how a person worked ("바보같은 버그" judges a thing). Session 7.
const JUDGED_WORK = /(?:바보\s?같은|멍청한|한심한|어처구니\s?없는|어이없는)\s(?=(?:일\s?처리|짓|판단|행동|선택|결정)(?:[을를이가은는으로였입]|[\s.!,]|$))/gu;
// "확인을 놓친 점을 자책했고": the writer reproaching themself ("자책하지 않아도 된다" asks for none).
const SELF_REPROACH = /자책(했|하였|하고|하며|합니다|한다|했다)/gu;
const REPROACH_TO: Record<string, string> = { 했: '돌아봤', 하였: '돌아보았', 하고: '돌아보고', 하며: '돌아보며', 합니다: '돌아봅니다', 한다: '돌아본다', 했다: '돌아봤다' };
// "중간에 체크하지 못한 잘못이지요": a failure named as the fault.
const FAILED_FAULT = /지\s?못한\s(잘못|탓)(이지요|이죠|입니다|이다|이에요|이었다|이었습니다|였다)(?=[\s.!,]|$)/gu;
const FAULT_TO: Record<string, string> = { 이지요: '였지요', 이죠: '였죠', 입니다: '였습니다', 이다: '였다', 이에요: '였어요', 이었다: '였다', 이었습니다: '였습니다', 였다: '였다' };

// Session 15 (lang-ko): a person's VERDICT ON THEIR OWN CONDUCT with an evaluative adjective, in the past ("제가
// 바보같았습니다", "내가 멍청했기 때문이다", "그때 우리는 너무 순진했다", "그는 오만했다"): the mirror of English "I was
// stupid" (en/verdict.ts). Only a person pronoun as the subject, right before the adjective (at most two adverbs between),
// makes these adjectives a verdict; they also judge things ("멍청한 버그"). Not flagged: a condition ("…했다면"), reported or
// questioned ("…했다고", "…했나"), negated ("…했던 게 아니라"). Adjectives ko.who.careless reads (안일, 경솔, 성급 …) are
// read there. Rewrite: the subject and the verdict become the condition ("위험이 드러나지 않았…"), the ending kept.
const SELF_VERDICT = /(?<![\uac00-\ud7a3])(제가|내가|저는|나는|나도|저도|우리가|우리는|우리도|저희가|저희는|저희도|그가|그는|그녀가|그녀는)\s(?:(?:정말|너무|참|좀|조금|아주|진짜|참으로|그때|당시|그날|그만큼|그렇게|어지간히|지나치게)\s){0,2}(?:바보\s?같았|바보\s?같이\s굴었|멍청했|어리석었|한심했|미련했|오만했|교만했|자만했|무모했|순진했|건방졌|우둔했|아둔했)/gu;
// "멍청하게도 나는 …": a sentence adverb of self-judgement before the writer as subject.
const SELF_VERDICT_ADVERB = /(?<![\uac00-\ud7a3])(?:멍청하게도|어리석게도|한심하게도|미련하게도|바보같이도|바보\s같이도|무모하게도|순진하게도|오만하게도)\s(?=(?:[\uac00-\ud7a3]{1,6}\s){0,2}(?:제가|내가|저는|나는|우리가|우리는|저희가|저희는)\s)/gu;

function verdict(s: string, base: number, text: string, isPolite: boolean, push: (d: KoDetection) => void): void {
  SELF_VERDICT.lastIndex = 0;
  for (let m = SELF_VERDICT.exec(s); m; m = SELF_VERDICT.exec(s)) {
    const start = base + m.index;
    const stemEnd = start + m[0].length;
    const end = wordEnd(text, stemEnd, base + s.length);
    const ending = text.slice(stemEnd, end);
    // A condition, a question, a quotation: not a verdict stated.
    if (/^(?:다면|더라면|으면|나|나요|을까|는지|냐|니|다고|다는)/u.test(ending) || /^[\uac00-\ud7a3]*\?/u.test(text.slice(stemEnd, end + 1))) continue;
    if (cancelled(text, end, start)) continue;
    push({ start, end, list: 'blameful', id: 'ko.who.verdict', kind: 'blame-word', note: NOTES.verdict, rewrites: [
      { start, end: stemEnd, text: '위험이 드러나지 않았' },
    ] });
  }
  SELF_VERDICT_ADVERB.lastIndex = 0;
  for (let m = SELF_VERDICT_ADVERB.exec(s); m; m = SELF_VERDICT_ADVERB.exec(s)) {
    const start = base + m.index;
    const end = start + m[0].length;
    push({ start, end: end - 1, list: 'blameful', id: 'ko.who.verdict', kind: 'blame-word', note: NOTES.verdict, rewrites: [{ start, end, text: '' }] });
  }
  JUDGED_WORK.lastIndex = 0;
  for (let m = JUDGED_WORK.exec(s); m; m = JUDGED_WORK.exec(s)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (cancelled(text, wordEnd(text, end, base + s.length), start)) continue;
    push({ start, end: end - 1, list: 'blameful', id: 'ko.who.verdict', kind: 'blame-word', note: NOTES.verdict, rewrites: [{ start, end, text: '' }] });
  }
  SELF_REPROACH.lastIndex = 0;
  for (let m = SELF_REPROACH.exec(s); m; m = SELF_REPROACH.exec(s)) {
    const start = base + m.index;
    const end = start + m[0].length;
    push({ start, end, list: 'blameful', id: 'ko.who.self-blame', kind: 'blame-word', note: NOTES.selfBlame, rewrites: [{ start, end, text: REPROACH_TO[m[1]] }] });
  }
  FAILED_FAULT.lastIndex = 0;
  for (let m = FAILED_FAULT.exec(s); m; m = FAILED_FAULT.exec(s)) {
    const start = base + m.index + m[0].indexOf('못한');
    const end = base + m.index + m[0].length;
    if (cancelled(text, end, start)) continue;
    push({ start, end, list: 'blameful', id: 'ko.who.attribution', kind: 'blame-word', note: NOTES.attribution, rewrites: [
      { start, end, text: `못하게 된 구조${FAULT_TO[m[2]]}` },
      { start, end, text: `못하게 하는 조건이 있었${FAULT_TO[m[2]].replace(/^였/u, '')}` },
    ] });
  }
  VERDICT_NOUN.lastIndex = 0;
  for (let m = VERDICT_NOUN.exec(s); m; m = VERDICT_NOUN.exec(s)) {
    const start = base + m.index + m[0].length - m[1].length - m[2].length;
    const end = wordEnd(text, base + m.index + m[0].length, base + s.length);
    if (cancelled(text, end, start)) continue;
    const topic = /^(?:결정|선택|판단)/u.test(m[0]) ? '것' : '결정';
    const said = text.slice(start, end);
    const tail = /음$/u.test(said) ? '었음' : /습니다$/u.test(said) || (isPolite && !/다$/u.test(said)) ? '었습니다' : '었다';
    push({ start, end, list: 'blameful', id: 'ko.who.verdict', kind: 'blame-word', note: NOTES.verdict, rewrites: [
      { start, end, text: `당시 알 수 있던 정보로 내린 ${topic}이${tail}` },
      { start, end, text: `위험이 드러나지 않은 상태에서 내린 ${topic}이${tail}` },
    ] });
  }
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(s); m; m = VERDICT.exec(s)) {
    let start = base + m.index;
    const end = wordEnd(text, start + m[0].length, base + s.length);
    if (cancelled(text, end, start)) continue;
    // "명백한 판단 착오였다": the qualifier goes with the verdict.
    const q = /(?:명백한|완전한|큰|중대한|결정적인|명백히)\s$/u.exec(text.slice(Math.max(base, start - 8), start));
    if (q) start -= q[0].length;
    const head = /^(?:결정|선택|판단|행동|대응)[은는이가]\s/u.exec(m[0]);
    const from = head ? start + head[0].length : start;
    const ending = isPolite ? '었습니다' : '었다';
    const rewrites = head
      ? [
          { start: from, end, text: `당시 알 수 있던 정보로 내린 것이${ending}` },
          { start: from, end, text: `위험이 드러나지 않은 상태에서 내려${isPolite ? '졌습니다' : '졌다'}` },
        ]
      : [
          { start, end, text: `당시 알 수 있던 정보로 내린 결정이${ending}` },
          { start, end, text: `위험이 드러나지 않은 상태에서 내린 결정이${ending}` },
        ];
    push({ start, end, list: 'blameful', id: 'ko.who.verdict', kind: 'blame-word', note: NOTES.verdict, rewrites });
  }
}

const WHY_END = /(?:[았었했였]|[\uac00-\ud7a3])(?:는가|나요|나|을까|을까요|는지|죠|지|어|냐|습니까|니까|던가|인가|ㄴ가|건가|거야|겁니까)\?\s*$/u;

function question(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, push: (d: KoDetection) => void): void {
  // "왜 …?", "누가 … 열어 둔 것인가?", "도대체 무엇을 하고 있었나?": a question that looks for the culprit.
  const why = /(?:^|\s)(?:왜|누가|도대체|대체)\s/u.exec(s);
  if (!why || !WHY_END.test(s)) return;
  // A five-whys question followed by its answer ("왜 2주 동안 아무도 알아채지 못했나? -> 경고가 없었다."): the review
  // asking its own question, answered by the conditions.
  if (/^[ \t]*(?:-+>|→|=>|⇒|왜냐하면)/u.test(text.slice(base + s.length, base + s.length + 24))) return;
  // The question's predicate is its last word; it must be past ("…않았는가?", "…승인했을까?"),
  // or a "… 것인가?" over a past act ("열어 둔 것인가?").
  const last = words[words.length - 1];
  const prevWord = words[words.length - 2];
  const pastAct = /^(?:것|건|거)/u.test(last?.text ?? '') && !!prevWord && hasFinal(prevWord.text, 4) && /누가/u.test(s);
  if (!last || (![...last.text].some((c) => hasFinal(c, 20)) && !pastAct)) return;
  const subject = subjectOf(words, words.length - 1, people, true);
  const whoAsked = /(?:^|\s)누가\s/u.test(s);
  if (subject.who === 'thing' && !whoAsked) return;
  if (subject.who === 'none' && !/(?:아무도|누구도|누가)/u.test(s)) return;
  const start = base + (why.index === 0 && s.startsWith('왜') ? 0 : 0);
  let end = base + s.length;
  while (end > start && /[\s?]/u.test(text[end - 1])) end--;
  // A question whose verb is itself blame ("왜 … 무시했을까?") is reported by the blame rule, so
  // that the blame word inside it is not a second finding without a rewrite.
  const blame = /(?:실수|무시|묵살|놓쳤|놓친|깜빡|깜박|잊었|잊어|간과|방치|소홀|게을리|대충|착각|지\s?(?:않|못)(?:고|은\s?채|아서|해서)\s|그냥)/u.test(s);
  push({
    start,
    end,
    list: blame ? 'blameful' : 'counterfactual',
    id: 'ko.who.hindsight-question',
    kind: blame ? 'person-failure' : 'counterfactual',
    note: NOTES.hindsight,
    rewrites: [
      { start, end, text: '그 시점에 무엇이 보였고 무엇이 보이지 않았는가' },
      { start, end, text: '무엇이 그 행동을 합리적으로 보이게 했는가' },
    ],
  });
}

// Session 18 (lang-ko): A WHY-NOT REPROACH IN SPEECH, aimed at the listener: "근데 그걸 왜 인수인계용 자료로 안 만들어
// 놓는데요?!", "체크리스트는 왜 안 따른 거예요?", "왜 백업을 하지 않았어요?". "왜", a negated act only a person does, and a
// spoken question ending (…는데요, …은 거예요/거야/거냐, …았어요/았어/았냐/았니). Not this kind: the written review forms
// ("왜 더 일찍 알아채지 못했는가?", "…못했나요?", "…않았을까?", which the question rule above weighs), a thing as the subject
// ("서버가 왜 안 뜨는데요?"), a state or a passive ("왜 안 되는데요?"), no negation, no question mark.
// Every Hangul syllable with the past final ㅆ (았, 었, 랐, 껐 …), as a character class.
const PAST_SYLLABLES = Array.from({ length: 399 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 20)).join('');
const SPOKEN_WHY_END = new RegExp(`(?:는데요|은데요|[\\uac00-\\ud7a3]\\s?(?:거|건)(?:예요|에요|야|냐|데요)|[${PAST_SYLLABLES}](?:어요?|냐|니))[?!？~\\s]*$`, 'u');
const WHY_NOT_ACT = /(?:^|\s)(?:안|못)\s?([\uac00-\ud7a3]{1,8})|([\uac00-\ud7a3]{1,8})지\s?(?:않|못)/u;
const PERSON_ACT_STEM = /(?:하|만들|따르|따른|지키|알리|올리|남기|적|쓰|챙기|보|읽|돌리|막|끄|고치|넣|두|놓|놔|둬|물어보|묻|말하|말씀하|알려|남겨|만들어|적어|써|올려|돌려|넣어|꺼|고쳐|챙겨|물어|알아보|찾아보)$/u;

function spokenWhyNot(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, push: (d: KoDetection) => void): void {
  if (!/[?？]/u.test(s) || !SPOKEN_WHY_END.test(s)) return;
  const why = /(?:^|\s)왜\s/u.exec(s);
  if (!why) return;
  const after = s.slice(why.index + why[0].length);
  const neg = WHY_NOT_ACT.exec(after);
  if (!neg) return;
  let verb = neg[1] ?? neg[2] ?? '';
  // "안 만들어 놓는데요": the verb before 놓다/두다; "안 따른 거예요": the adnominal.
  verb = verb.replace(/(?:는데요|은데요|는데|은데|어요|아요|냐|니|는|은|ㄴ)$/u, '');
  const head = stemOf(verb) ?? verb;
  if (/^(?:되|돼|됐|된|있|없|이|아니|같|뜨|떠|오|와|가|나|생기|뜬|온|간|난)/u.test(verb) || /(?:되|돼|됐|된|지)$/u.test(head)) return;
  if (!PERSON_ACT_STEM.test(head) && !PERSON_ACT_STEM.test(verb) && !/하$/u.test(verb)) return;
  const at = why.index + why[0].length + neg.index;
  const subject = subjectOf(words, wordIndexAt(words, base + at), people, true);
  if (subject.who === 'thing') return;
  const start = base;
  let end = base + s.length;
  while (end > start && /[\s?？!~]/u.test(text[end - 1])) end--;
  push({ start, end, list: 'counterfactual', id: 'ko.who.hindsight-question', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
    { start, end, text: '그 시점에 무엇이 보였고 무엇이 보이지 않았는가' },
    { start, end, text: '무엇이 그 행동을 합리적으로 보이게 했는가' },
  ] });
}

// ----------------------------------------------------------------------------------------------
// Punitive asks

const PUNITIVE = /(?:징계|처벌|해고|문책|질책|견책|경질|좌천|감봉|인사\s?(?:조치|불이익|처분)|경위서|시말서|반성문|책임을\s?(?:(?:확실하게|확실히|엄중히|엄하게|반드시|끝까지|철저히|단호하게|분명히|강하게)\s)?(?:물어야|묻겠|묻기로|물을|물었|추궁|묻는\s?(?:것만이|것밖에|수밖에)))/gu;

const PUNITIVE_ONE = new RegExp(PUNITIVE.source, 'u');
const DISMISSAL = /^(?:해고|경질|좌천)$/u;
// The past of a dismissal as an event (passive, suffered or done), or its past participle before a noun; not "…어야".
const DISMISSAL_REPORTED = /^(?:(?:되었|됐|당했|당하였|했|하였)(?!어야)|(?:된|당한)\s)/u;
// Asks that are punishment only when aimed at a person ("담당자는 운영 권한을 박탈할 것").
const PUNITIVE_AT_PERSON = /(?:경고\s?조치|불이익|권한(?:을)?\s?(?:박탈|회수|정지)|박탈|사유서|각서|배제(?:해야|하겠|할\s?것|한다|시켜야|하기로)|엄중(?:히|한)\s(?:조치|책임|처벌|경고|문책))/u;

/** Where the clause holding offset `at` of sentence `s` starts: after the last past clause joined before it by a connective and a comma. */
function clauseStart(s: string, base: number, at: number): number {
  const JOIN = /(?:[았었였했됐]고|는데|지만|으며|으나),\s/gu;
  let from = base;
  for (let j = JOIN.exec(s); j && j.index < at; j = JOIN.exec(s)) from = base + j.index + j[0].length;
  return from;
}

function punitive(s: string, base: number, text: string, isPolite: boolean, push: (d: KoDetection) => void, words?: readonly Word[], people?: People): void {
  if (words && !PUNITIVE_ONE.test(s) && PUNITIVE_AT_PERSON.test(s) && mentionsOf(words, people).some((x) => x.who === 'person') && !/(?:했다|했습니다|하였다|됐다|되었다|했음)[.!]?$/u.test(s.trim())) {
    PUNITIVE.lastIndex = 0;
    const m = PUNITIVE_AT_PERSON.exec(s)!;
    if (!/(?:않|없|아니|대신|금지|말아|말자|지 않)/u.test(s.slice(m.index)) && !cancelled(text, base + m.index + m[0].length, base + m.index)) {
      let from = clauseStart(s, base, m.index);
      while (/\s/u.test(text[from] ?? '')) from++;
      let end = base + s.length;
      while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
      push({ start: from, end, list: 'blameful', id: 'ko.who.punitive', kind: 'punitive', note: NOTES.punitive, rewrites: [
        { start: from, end, text: isPolite ? '재발을 막을 변경 사항과 그 담당자를 정합니다' : '재발을 막을 변경 사항과 그 담당자를 정한다' },
        { start: from, end, text: isPolite ? '같은 조건이 다시 생기지 않도록 바꿀 점을 정리합니다' : '같은 조건이 다시 생기지 않도록 바꿀 점을 정리한다' },
      ] });
      return;
    }
  }
  PUNITIVE.lastIndex = 0;
  // "보통은 … 질책하고 …": a description of the blaming habit the text sets itself against.
  if (/^(?:보통은|흔히|대개|일반적으로|전통적으로|예전에는|과거에는)/u.test(s.trim())) return;
  PUNITIVE.lastIndex = 0;
  const m = PUNITIVE.exec(s);
  if (!m) return;
  const start = base + m.index;
  // "그 엔지니어는 해고되었다", "팀장은 경질됐다", "해고된 엔지니어는 …": a dismissal only reported, not called for (the
  // mirror of English "was fired"; "해고해야 한다", "해고되어야 한다", "해고했어야 했다" stay asks).
  if (DISMISSAL.test(m[0]) && DISMISSAL_REPORTED.test(s.slice(m.index + m[0].length))) return;
  // Session 10. "책임자 문책과 제도 개선이 이어졌다", "감봉 처분을 받았다": a sanction reported as what followed (frames.ts).
  if (sanctionReported(s.slice(m.index + m[0].length))) return;
  const wordEndAt = wordEnd(text, start + m[0].length, base + s.length);
  if (cancelled(text, wordEndAt, start) || /(?:않|없|아니|대신|금지|말아|말자|지 않)/u.test(s.slice(m.index))) return;
  // The whole ask goes: a punishment has no blameless half. (Session 18, fixes: the ask's own clause, not the clauses joined
  // before it, "디스크 경보가 꺼져 있었고, 담당자는 징계를 받아야 한다" → "…꺼져 있었고, 재발을 막을 변경 사항과 …": the whole
  // sentence was replaced and what it told first was lost.)
  let from = clauseStart(s, base, m.index);
  while (from < start && /\s/u.test(text[from])) from++;
  let end = base + s.length;
  while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
  // "…징계해야 한다는 의견이 있었다": the ask is rewritten, the report of it stays.
  const report = /(한|하)(다는|자는|다고|자고)\s?(?:의견|주장|말|지적|목소리|요구|제안|이야기|얘기)/u.exec(s.slice(m.index));
  if (report) {
    const cut = start + report.index + 1;
    const ask = report[1] === '한' ? '재발을 막을 변경 사항을 정해야 한' : '재발을 막을 변경 사항을 정하';
    push({ start: from, end: cut + report[2].length, list: 'blameful', id: 'ko.who.punitive', kind: 'punitive', note: NOTES.punitive, rewrites: [{ start: from, end: cut, text: ask }] });
    return;
  }
  push({
    start: from,
    end,
    list: 'blameful',
    id: 'ko.who.punitive',
    kind: 'punitive',
    note: NOTES.punitive,
    rewrites: [
      { start: from, end, text: isPolite ? '재발을 막을 변경 사항과 그 담당자를 정합니다' : '재발을 막을 변경 사항과 그 담당자를 정한다' },
      { start: from, end, text: isPolite ? '같은 조건이 다시 생기지 않도록 바꿀 점을 정리합니다' : '같은 조건이 다시 생기지 않도록 바꿀 점을 정리한다' },
    ],
  });
}

// ----------------------------------------------------------------------------------------------
// Vigilance

const VIGILANCE = /(?:(?:더|좀 더|조금 더|보다|각별히|각별한|항상|늘|앞으로|철저히|더욱|더욱더)\s)?(?:(?:주의\s?의무|주의|조심|유의|신경|경각심|긴장감|긴장|책임감|주인의식|경계심|사명감|정신|보안\s?의식|의식)(?:을|를|이|가)?\s?(?:바짝\s|단단히\s|똑바로\s|다시\s?한\s?번\s|거듭\s|재차\s|수차례\s)?(?:기울여야|가져야|갖춰야|써야|해야|하겠|가지겠|갖겠|높여야|가지도록|갖도록|차려야|차리|해 ?주시기|바랍니다|바람(?=[\s.!]|$)|요망|하시기|하자|당부|촉구|일깨|고취|제고|강조|환기|주문|상기시|심어|늦추지\s?말|부탁)|(?:반드시|꼭|항상|늘|철저히|다시\s?한\s?번|한\s?번\s?더|두\s?번)\s(?:재)?(?:확인|점검|검토|체크)(?:을|를)?\s?(?:해야|하자|하기\s?바|하도록\s?하|할\s?것)|(?:신중|만전|주의)(?:을|를)\s?기(?:해야|하자|하겠|할\s것|하기\s?바|하도록|해\s?주)|(?:경각심|책임감|주인의식)(?:을|를)?\s?(?:가지|갖)|(?:신중|꼼꼼|세심|철저)(?:해야|하자|해 ?주시기|하길)|(?:꼼꼼|신중|세심|철저)(?:하게|히)\s[\uac00-\ud7a3]{1,8}(?:해야|하기\s?바란|하자|할 것|하길)|습관을\s?(?:들여야|가져야|길러야)|(?:더|좀\s더|조금\s더|더욱|보다)\s(?:(?:꼼꼼|신중|세심|철저)(?:하게|히)|주의\s?깊게)\s(?:[\uac00-\ud7a3]{1,8}\s)?[\uac00-\ud7a3]{0,8}겠(?=습니다|다|음|어요)|(?:더|좀\s더|조금\s더|더욱)\s열심히\s(?:[\uac00-\ud7a3]{1,8}\s)?[\uac00-\ud7a3]{0,8}(?:해야|하자|할\s것|겠(?=습니다|다|음|어요)))/gu;
// Session 15 (lang-ko2). A PLEDGE of care ("다음부터는 … 더 꼼꼼히 확인하겠습니다", "더 신중하게 교정하겠습니다") or a call to
// work "harder" ("더 열심히 테스트해야 한다"): comparative care promised or asked, no change named (the English vigilance-call
// reads "we will review … more carefully", "test harder"). A pledge whose verb builds or changes something ("더 세심하게
// 설정하겠습니다", "더 철저히 자동화하겠습니다") or tells the write-up ("더 꼼꼼히 정리하겠습니다") is left alone, and so is a
// pledge of effort ("더 열심히 노력하겠습니다": an organisation's closing apology, labelled neutral in the set, ko-0473).
const PLEDGE_MEASURE = /(?<![0-9])[0-9]{1,4}\s?(?:분|시간|일|주|개월|달|회|번|건|%|초)(?:\s?(?:이내|안에|내에|마다|간격|이상|이하|전에|전까지))|매(?:일|주|월|달|분기|시간|일\s?아침)\s|(?:하루|주|한\s?주|월|한\s?달)에?\s?(?:한|두|세|네|[0-9]{1,3})\s?(?:번|회)/u;
// Session 16: telling customers (공개, 공지, 고지, 알리) is telling, like 안내 and 공유.
const PLEDGE_CHANGE = /(?:노력|추가|도입|설정|구축|적용|자동화|개선|변경|수정|설계|구현|개발|마련|정비|보강|교체|설명|기술|안내|공개|공지|고지|알리|작성|정리|소개|서술|공유|문서화|기록|넣|만들|바꾸|고치)[\uac00-\ud7a3]{0,3}(?:겠|해야|하자|할\s것)|(?:넣|만들|바꾸|고치)겠/u;

// A directive at people (…해야 한다, …길 바란다, …할 것, 당부/강조) whose content is an attitude
// (care, tension, habit, "once more") rather than a checkable change.
const DIRECTIVE_END = /(?:야\s?(?:한다|합니다|함|하겠다|하겠습니다)|(?:길|기를)\s?(?:바란다|바랍니다|바람)|(?:주시기|하시기|주시길|하기)\s?바랍니다|할\s?것|말\s?것|하자|(?:당부|강조|요청|부탁)(?:드립니다|한다|함|합니다|했다|했습니다)|(?:주세요|하세요|주십시오|하십시오))[.!]?$/u;
// A negligent manner people are told to stop ("대충 일하지 맙시다", "게으름 피우지 말고", "한눈팔지 마세요").
const SLACK_EXHORT = /(?:다음(?:에는|엔|부터는)?|앞으로(?:는)?|다시는)\s(?:[\uac00-\ud7a3]{1,6}\s)?실수(?:를\s)?(?:하)?지\s?(?:말아야|않아야|않도록\s?(?:하겠|합시다|하자|해야))|(?:대충|대강|건성으로|설렁설렁|게으르게|게을리|느슨하게|허술하게|안일하게|소홀히|딴짓|한눈(?:을)?\s?팔|게으름(?:을)?\s?피우|방심하)\s?(?:[\uac00-\ud7a3]{1,4})?지\s?(?:맙시다|말자|마세요|마십시오|말\s?것|말고)/u;
const ATTITUDE = /(?:주의|유의|조심|신경|경각심|긴장|책임감|책임\s?있는|자세|마음가짐|습관|꼼꼼|신중|세심|철저|집중|한\s?번\s?더|두\s?번|다시\s?한\s?번|재확인|되짚|수칙|경계|정신|각성|명심)/u;
// "더 신중한 동기화", "더 꼼꼼한 리뷰": care as the whole of a noun phrase that ends the sentence.
const NOUN_CARE = /(?:^|\s)(?:더|좀\s더|보다|더욱)\s(?:신중한|꼼꼼한|세심한|주의\s?깊은)\s[\uac00-\ud7a3]{2,8}[.!]?$/u;
const PEOPLE_ADDRESSED = /(?:^|\s)(?:모든|전|각|각자|모두|전원|개개인|우리|저희|다들|여러분)(?:\s|가|는|의|이|께서|은|$)/u;

const VIGILANCE_WISH = /(?:신중|꼼꼼|세심|철저)(?:하게|히)\s(?:해서|하여|해|하고)\s[^.!?]{0,60}?(?:없었|않았)으면\s?(?:좋겠|함|합니다|한다|해요|바란다|바랍니다)/u;

/** "필요하다" in the sentence's register: polite "필요합니다", a 명사형 bullet ("…유의 바람", "…확인할 것", "…봤어야 함") "필요함". */
function needIn(s: string): string {
  // Session 17 (fixes): any polite ending counts ("…당부했네요 ㅠㅠ", "…했죠.." were given "필요하다").
  if (/(?:니다|세요|어요|해요)/u.test(s) || polite(s)) return '필요합니다';
  let t = s.trim();
  while (t && '.!?。'.includes(t[t.length - 1])) t = t.slice(0, -1);
  return /(?:[함음임됨]|요망|바람|할\s?것|말\s?것)$/u.test(t) ? '필요함' : '필요하다';
}

function vigilance(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, push: (d: KoDetection) => void): void {
  const t = s.trim();
  // "…않도록 해야 한다" is the directive itself; "…하도록 도구를 바꿔야 한다" is a change to a tool.
  const guard = /(?:도록|게끔|있게)\s/u.test(t) && !/(?:도록|게끔)\s(?:해야|하자|할\s?것|합시다|해\s?주)/u.test(t);
  if (DIRECTIVE_END.test(t) && ATTITUDE.test(t) && !guard && !/(?:가|이)\s?(?:필요|중요)/u.test(t)) {
    const mentions = mentionsOf(words, people).filter((x) => x.who === 'person' || x.who === 'self');
    const subject = subjectOf(words, words.length - 1, people);
    if (subject.who !== 'thing' && (mentions.length || PEOPLE_ADDRESSED.test(t))) {
      let from = base;
      while (/\s/u.test(text[from] ?? '')) from++;
      let end = base + s.length;
      while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
      const polite = /(?:니다|세요|어요|해요)/u.test(s);
      const rewrites: KoRewrite[] = [
        { start: from, end, text: `위험한 단계를 자동으로 막는 검사가 ${needIn(s)}` },
        { start: from, end, text: `사람의 주의에 기대지 않는 확인 단계가 ${needIn(s)}` },
      ];
      // An object holding inline code ("`max_connections` 변경을 더 꼼꼼히 봤어야 함") is what needs
      // checking: the rewrites above would drop it, so one keeps it verbatim as what a check covers.
      const obj = subject.mention ? lastObject(middleOf(text, subject.mention.end, end)) : undefined;
      if (obj && obj.upTo.includes(SEPARATOR)) rewrites.unshift({ start: from, end, text: `${obj.upTo} 자동으로 검사하는 단계가 ${needIn(s)}` });
      push({ start: from, end, list: 'blameful', id: 'ko.who.vigilance', kind: 'person-failure', note: NOTES.vigilance, rewrites });
      return;
    }
  }
  // "로컬과 원격 브랜치 간 더 신중한 동기화": care asked for as a noun phrase (a lesson's list item), no change named
  // (audit of session 6) → "… 자동화된 동기화".
  const careNoun = NOUN_CARE.exec(t);
  if (careNoun) {
    const from = base + s.indexOf(t) + careNoun.index + careNoun[0].length - careNoun[0].trimStart().length;
    const care = /^(?:더|좀\s더|보다|더욱)\s(?:신중한|꼼꼼한|세심한|주의\s?깊은)/u.exec(text.slice(from))?.[0] ?? '';
    let end = base + s.length;
    while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
    push({ start: from, end, list: 'blameful', id: 'ko.who.vigilance', kind: 'person-failure', note: NOTES.vigilance, rewrites: [
      { start: from, end: from + care.length, text: '자동화된' },
      { start: from, end: from + care.length, text: '도구로 강제되는' },
    ] });
    return;
  }
  // A call for care in a whole sentence, rewritten whole as the check that replaces care.
  const vigilanceSentence = () => {
    let from = base;
    while (/\s/u.test(text[from] ?? '')) from++;
    let end = base + s.length;
    while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
    push({ start: from, end, list: 'blameful', id: 'ko.who.vigilance', kind: 'person-failure', note: NOTES.vigilance, rewrites: [
      { start: from, end, text: `위험한 단계를 자동으로 막는 검사가 ${needIn(s)}` },
      { start: from, end, text: `사람의 주의에 기대지 않는 확인 단계가 ${needIn(s)}` },
    ] });
  };
  // "다들 대충 일하지 맙시다", "딴짓하지 맙시다": people told not to be negligent, which says they were. ("금요일에는
  // 배포하지 맙시다" is a rule about what to do.)
  const slack = SLACK_EXHORT.exec(s);
  if (slack && !cancelled(text, base + slack.index + slack[0].length, base + slack.index)) {
    vigilanceSentence();
    return;
  }
  // "안전 점검을 더 철저하게 해서 다시는 이런 사고가 나지 않았으면 한다", "관리 감독을 철저히 하여 … 없었으면 좋겠다":
  // care wished for, which says it was lacking; no change is named. Session 8.
  const wish = VIGILANCE_WISH.exec(s);
  if (wish && !cancelled(text, base + wish.index + wish[0].length, base + wish.index)) {
    const subject = subjectOf(words, wordIndexAt(words, base + wish.index), people);
    if (subject.who !== 'thing') {
      vigilanceSentence();
      return;
    }
  }
  VIGILANCE.lastIndex = 0;
  for (let m = VIGILANCE.exec(s); m; m = VIGILANCE.exec(s)) {
    const start = base + m.index;
    let end = wordEnd(text, start + m[0].length, base + s.length);
    const after = text.slice(end, end + 8);
    const aux = /^\s(?:한다|합니다|했다|했습니다|할 것이다|할 것입니다|하겠습니다|하겠다|해요|함)/u.exec(after);
    if (aux) end += aux[0].length;
    // "주의해야 할 점" is a note, not a call; "주의가 필요" is about a thing.
    if (/^\s?(?:할|될)\s?(?:점|사항|부분|것은)/u.test(text.slice(start + m[0].length - 0, start + m[0].length + 8)) || /^\s?(?:할 점|할 사항|할 부분)/u.test(after)) continue;
    const wi = wordIndexAt(words, start);
    const subject = subjectOf(words, wi, people);
    if (subject.who === 'thing') continue;
    if (/(?:열심히|겠)/u.test(m[0]) && /^(?:더|좀|조금|보다)/u.test(m[0]) && PLEDGE_CHANGE.test(m[0].replace(/^(?:더|좀\s더|조금\s더|더욱|보다)\s\S+\s/u, ''))) continue;
    // Session 16: a pledge that names a measure — a time limit, a frequency, a count ("장애 공지는 10분 안에 더 철저히
    // 올리겠습니다", "매주 더 꼼꼼히 점검하겠습니다") — promises checkable work, not care alone.
    if (/겠/u.test(m[0]) && PLEDGE_MEASURE.test(s)) continue;
    // Session 12. "당사는 무거운 책임감을 가지고 전액 보상해 드릴 예정": an organisation's own responsibility (organisation.ts).
    if (organisationResponsibility(s, m.index, m[0], (a, b) => mentionsOf(words, people).some((x) => x.who === 'person' && x.start >= base + a && x.start < base + b))) continue;
    // Session 10. "…변수에 접근할 때 각별한 주의를 기울여야 한다": a technical caution, nobody addressed (frames.ts).
    if (subject.who === 'none' && technicalCaution(s, m.index, mentionsOf(words, people).some((x) => x.who === 'person' || x.who === 'self'))) continue;
    // "주의 요망", "유의 바람" (a notice's wording) is a call at people only when people are named.
    if (/(?:요망|바람)$/u.test(m[0]) && subject.who !== 'person' && subject.who !== 'self' && !mentionsOf(words, people).some((x) => x.who === 'person')) continue;
    // A call for care has no blameless half: the whole sentence is rewritten.
    let from = base;
    while (from < start && /\s/u.test(text[from])) from++;
    end = base + s.length;
    while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
    const polite = /(?:니다|세요|어요|해요)/u.test(s);
    push({
      start: from,
      end,
      list: 'blameful',
      id: 'ko.who.vigilance',
      kind: 'person-failure',
      note: NOTES.vigilance,
      rewrites: [
        { start: from, end, text: `위험한 단계를 자동으로 막는 검사가 ${needIn(s)}` },
        { start: from, end, text: `사람의 주의에 기대지 않는 확인 단계가 ${needIn(s)}` },
      ],
    });
  }
  // Session 18 (mirrors, the Korean mirror of lang-en's "I'll do better next time"): THE PLEDGE TO DO BETTER after a slip,
  // "다음에는 더 잘하겠습니다", "제가 앞으로 더 잘하겠습니다": the same call for care as "더 조심하겠습니다". Only with "다음(에는 /
  // 부터는 / 번에는)" or the writer (제가, 저는, 내가, 나는) before it, and nothing after it but the sentence's end: a company's
  // "고객 여러분께 더 잘하겠습니다" names neither. Not: a question, a pledge with a measure (PLEDGE_MEASURE).
  VIGILANCE.lastIndex = 0;
  const better = VIGILANCE.test(s) ? null : DO_BETTER.exec(s);
  VIGILANCE.lastIndex = 0;
  if (better && !PLEDGE_MEASURE.test(s)) {
    let from = base;
    while (from < base + s.length && /\s/u.test(text[from])) from++;
    let end = base + s.length;
    while (end > from && /[.!?。\s]/u.test(text[end - 1])) end--;
    push({ start: from, end, list: 'blameful', id: 'ko.who.vigilance', kind: 'person-failure', note: NOTES.vigilance, rewrites: [
      { start: from, end, text: `위험한 단계를 자동으로 막는 검사가 ${needIn(s)}` },
      { start: from, end, text: `사람의 주의에 기대지 않는 확인 단계가 ${needIn(s)}` },
    ] });
  }
}
const DO_BETTER = /(?:^|\s)(?:다음\s?(?:에는|엔|부터는|부터|번에는|번엔)|제가|저는|내가|나는)\s(?:[^\s.!?]{0,9}[^\s.!?을를]\s){0,2}?(?:더|좀\s더|조금\s더|더욱)\s잘하겠(?:습니다|다|어요|음)[.!~\s]*$/u;

// ----------------------------------------------------------------------------------------------
// Hindsight

// "…했어야 했다고 말하기는 쉽지만", "…했어야 한다는 결론은 받아들이지 않았다": a claim reported, not made.
const REPORTED = /^(?:다고|다는|단|냐는|라고|라는|는\s?(?:결론|지적|말|주장|생각|비판|평가|식|얘기|이야기)|고\s(?:말|생각|보|하))/u;
// Session 12. "…낮췄어야 했다는 것을 배웠다", "…올렸어야 했다는 걸 깨달았다": the should-have is the content of the writer's own
// lesson (learned, realised, felt), not a claim reported: hindsight. (A lesson a named other learned is rare; left.)
const LEARNED = /^다는\s?(?:것|걸|점)(?:을|이)?\s(?:[^\s.!?]{1,12}\s){0,3}?(?:배웠|배웠습|깨달았|느꼈|알게\s?(?:됐|되었)|실감했)/u;
const EOYA = /([\uac00-\ud7a3]{0,8}[\uac00-\ud7a3])어야\s?(?:했|하였|한다|합니다|했었|함(?=[\s.!]|$)|할(?=\s))/gu;
const EOYA_ADN = /([\uac00-\ud7a3]{0,8}[\uac00-\ud7a3])어야\s?하는\s?(?:거|것)(였다|이었다|였습니다|이었습니다|이다|입니다|이고|고|인데|이죠|였죠)?(?=[\s.!,]|$)/gu;
// Passives of catching and fixing ("걸러졌어야", "잡혔어야", "갱신되었어야"): people were to do it.
const PASSIVE_CAUGHT = /(?:걸러지|잡히|걸리|발견되|차단되|막히|확인되|검토되|수정되|갱신되|교체되|처리되|해결되|조치되|제거되|탐지되|감지되|검증되)$/u;
// Any infinitive before 야 했 (해야, 멈춰야, 떠야, 눌러야): the last syllable is checked by infinitiveSyllable.
const HAEYA = /([\uac00-\ud7a3]{0,8}[\uac00-\ud7a3])야\s?(?:했|하였|함에도|하는데도|하건만)/gu;
const HAPPENED_TOPIC = /(?:^|\s)(?:이|이번|그|해당|당시)\s(?:[\uac00-\ud7a3]{1,6}\s)?(?:장애|사고|사태|정전|사건|유출|참사|화재|중단|먹통)(?:은|는)\s(?:[\uac00-\ud7a3]{1,6}\s){0,2}$/u;
const COULD = /([\uac00-\ud7a3]{1,8})\s?수(?:도)?\s?있었(?:던|을|는데|음에도|지만|다|습니다|고|음(?=[\s.!]|$))/gu;
const IF_PAST = /([\uac00-\ud7a3]{0,8}[\uac00-\ud7a3])(?:더라면|다면|으면|어도|더라도)/gu;
// A past "would have" (빨랐을 거예요, 남아 있었을 것이다, 쉬웠을 텐데): any past syllable before 을 + 것/거/텐데.
const WOULD_HAVE = /([\uac00-\ud7a3])을(?=\s?(?:것|거|겁|텐데)|까)/gu;
// "…만 받았더라도 복구 시간은 달라지지 않았을 것이다": even that would have changed nothing, a defence and no verdict.
const NO_DIFFERENCE = /(?:달라지지|바뀌지|줄지|줄어들지|막지|피하지|잡지)\s?(?:않았|못했)을|같았을|마찬가지였을|차이가?\s?없었을|소용(?:이)?\s?없었을|변함(?:이)?\s?없었을|못\s?(?:막|피하|잡)았을/u;
function wouldHave(rest: string): boolean {
  WOULD_HAVE.lastIndex = 0;
  for (let m = WOULD_HAVE.exec(rest); m; m = WOULD_HAVE.exec(rest)) if (hasFinal(m[1], 20)) return true;
  return false;
}
const CONSEQUENCE = /(?:[을을ㄹ]\s?것|않았을|없었을|[았었였했혔렸쳤졌웠켰줬봤났]을\s|[았었였했혔렸쳤졌웠켰줬봤났]을$|수 있었|수\s?도\s?있었|텐데|을까|았을|었을|였을|했을|없었음|않았음)/u;

// "…해야 했는데 그러지 않았다", "…했어야 했지만 그렇게 하지 못했음".
const NOT_DONE_TAIL = /^,?\s(?:그러지|그렇게\s?하지|하지)\s(?:않았|못했)(습니다|다|음|어요)(?=[\s.!]|$)/u;

// "당직자는 전날 밤 이미 … 추세를 읽어 낼 수 있었다", "서준 씨는 그 경고 메일만으로도 장애를 예측할 수 있었다": a person could
// already (이미, 벌써), or from that signal alone (…만으로도, …만 보고도), have known — hindsight, cued earlier in the clause
// than the adverbs read next to the verb. Not a success said with its reason or luck ("덕분에 이미 …", "10분 만에 …"),
// nor with no person named as the subject ("로그만으로도 원인을 파악할 수 있었다" states what the logs allowed). Session 9.
const EARLY_CUE = /\s(?:이미|벌써|일찍이|[\uac00-\ud7a3]+만으로도)\s/u;
const KNOWING_VERB = /^(?:알|알아차릴|알아챌|알아낼|눈치챌|인지할|파악할|발견할|감지할|짐작할|예견할|예측할|예상할|포착할|간파할|낼|내다볼|짚어낼|짚어\s낼|찾아낼)$/u;
const SUCCESS_CUE = /(?:다행|덕분|덕에|덕택|통해|로써|만에|[0-9]\s?(?:분|초|시간)\s?(?:안에|내에|이내))/u;
/** The cue word of such a sentence (its index in `words`), or -1. */
function knewEarly(s: string, verb: string, words: readonly Word[], wi: number, people: People | undefined): number {
  if (!KNOWING_VERB.test(verb) || SUCCESS_CUE.test(s)) return -1;
  // The verb's own clause: back to a comma or a connective that closes another clause, ten words at most.
  let cue = -1;
  for (let k = wi - 1; k >= 0 && k >= wi - 10; k--) {
    const w = words[k];
    if ((w.trail ?? '').startsWith(',') || /(?:는데|지만|면서|[았었했였]고|[았었했였]으며|[았었했였]어서)$/u.test(w.text)) break;
    if (EARLY_CUE.test(` ${w.text} `) || (/만$/u.test(w.text) && /^(?:보고도|봐도|읽고도)$/u.test(words[k + 1]?.text ?? ''))) cue = k;
  }
  if (cue < 0) return -1;
  const who = subjectOf(words, wi, people).who;
  return who === 'person' || who === 'self' ? cue : -1;
}

function hindsight(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, wordAt: (o: number) => number, isPolite: boolean, push: (d: KoDetection) => void): void {
  const emit = (start: number, end: number, stem: string, kind: 'modal' | 'could' | 'if', extraEnd?: number, passive = false) => {
    const wi = wordAt(start);
    const subject = subjectOf(words, wi, people);
    // "인증서는 진작 교체되었어야 했다": a thing that should have been acted on is hindsight about people.
    if (subject.who === 'thing' && !passive) return;
    if (REPORTED.test(text.slice(end, end + 12)) && !LEARNED.test(text.slice(end, end + 40))) return;
    const wStart = words[wi]?.start ?? start;
    const rewriteEnd = extraEnd ?? end;
    const endText = text.slice(rewriteEnd, rewriteEnd + 6);
    const ending = endingAfterPast(endText);
    const len = { seumnida: 3, da: 1, eum: 1, go: 1, neunde: 2, jiman: 2, myeo: 2, gi: 1, adnominal: 1, eoseo: 0, none: 0 }[ending];
    // "대비해야 함에도 …" (should have, yet …): the clause goes on.
    const yet = /(?:함에도|하는데도|하건만)$/u.test(text.slice(start, end));
    const noneBase = yet ? '없었고,' : /할$/u.test(text.slice(start, end)) ? '없던' : /함$/u.test(text.slice(start, end)) ? '없었음' : wasNot(ending, isPolite && !LEARNED.test(text.slice(end, end + 40)));
    let to = rewriteEnd + (kind === 'could' || kind === 'if' || yet ? 0 : len);
    let none = noneBase;
    // "연락해야 했는데 그러지 않았다": the clause that says it was not done goes with the rewrite.
    const notDone = kind === 'modal' && (ending === 'neunde' || ending === 'jiman') ? NOT_DONE_TAIL.exec(text.slice(to, to + 24)) : null;
    if (notDone) {
      to += notDone[0].length;
      none = { 습니다: '없었습니다', 다: '없었다', 음: '없었음', 어요: '없었어요' }[notDone[1] as '습니다' | '다' | '음' | '어요'];
    }
    const rewrites: KoRewrite[] = [];
    if (stem === '말' && /지\s$/u.test(text.slice(Math.max(0, wStart - 2), wStart))) {
      // "강행하지 말았어야 했다" → "강행하지 않도록 막는 장치가 없었다".
      rewrites.push({ start: wStart, end: to, text: `않도록 막는 장치가 ${kind === 'if' ? (isPolite ? '없었습니다' : '없었다') : none}` });
      rewrites.push({ start: wStart, end: to, text: `않게 하는 확인 단계가 ${kind === 'if' ? (isPolite ? '없었습니다' : '없었다') : none}` });
    } else if (kind === 'modal' || kind === 'if') {
      rewrites.push({ start: wStart, end: to, text: `${purposive(stem)} 하는 장치가 ${kind === 'if' ? (isPolite ? '없었습니다' : '없었다') : none}` });
      rewrites.push({ start: wStart, end: to, text: `${adnominal(stem)} 단계가 절차에 ${kind === 'if' ? (isPolite ? '없었습니다' : '없었다') : none}` });
    } else {
      const knowing = /^(?:알|알아차리|눈치채|인지하|파악하|발견하|감지하|확인하)/u.test(stem);
      rewrites.push({ start: wStart, end: to, text: knowing ? '알려 주는 신호가 없던' : `${adnominal(stem)} 장치가 없던` });
    }
    // "진작 교체되었어야 했다" → "제때 교체되도록 하는 장치가 없었다": "long ago" is the hindsight.
    const late = /(?:진작|진즉)\s$/u.exec(text.slice(Math.max(0, wStart - 3), wStart));
    if (late) for (const r of rewrites) if (r.start === wStart) {
      r.start -= late[0].length;
      r.text = `제때 ${r.text}`;
    }
    push({ start: late ? wStart - late[0].length : wStart, end: to, list: 'counterfactual', id: `ko.who.hindsight-${kind}`, kind: 'counterfactual', note: NOTES.hindsight, rewrites });
  };

  // "확인했어야 하는 거였다", "공지했어야하는거고": the should-have in an adnominal form before 거/것. Session 7 (ko-7010).
  EOYA_ADN.lastIndex = 0;
  for (let m = EOYA_ADN.exec(s); m; m = EOYA_ADN.exec(s)) {
    const form = m[1];
    const stem = stemOf(form);
    if (!stem || !hasFinal(form[form.length - 1], 20) || /(?:있었|없었|됐|되었|졌|였)$/u.test(form)) continue;
    const start = base + m.index;
    const wi = wordAt(start);
    if (subjectOf(words, wi, people).who === 'thing') continue;
    const wStart = words[wi]?.start ?? start;
    const end = start + m[0].length;
    const tail = m[2] ?? '';
    const ending = /^(?:고|이고)$/u.test(tail) ? '고' : /인데$/u.test(tail) ? '는데' : /죠$/u.test(tail) ? '죠' : /(?:습니다|입니다)$/u.test(tail) || (isPolite && !tail) ? '습니다' : '다';
    push({ start: wStart, end, list: 'counterfactual', id: 'ko.who.hindsight-modal', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
      { start: wStart, end, text: `${purposive(stem)} 하는 장치가 없었${ending}` },
      { start: wStart, end, text: `${adnominal(stem)} 단계가 절차에 없었${ending}` },
    ] });
  }
  EOYA.lastIndex = 0;
  for (let m = EOYA.exec(s); m; m = EOYA.exec(s)) {
    const form = m[1];
    const last = form[form.length - 1];
    if (!hasFinal(last, 20) || last === '있') continue;
    const cued = /(?:진작|진즉|미리|사전에|일찍|[\uac00-\ud7a3]\s?전에)\s/u.test(s.slice(Math.max(0, m.index - 14), m.index + 1));
    const stem = stemOf(form);
    const caught = !!stem && PASSIVE_CAUGHT.test(stem);
    if (/(?:있었|없었|됐|되었|졌|였)$/u.test(form) && !/하였$/u.test(form) && !(cued && /(?:됐|되었)$/u.test(form)) && !caught) continue;
    if (!stem) continue;
    emit(base + m.index, base + m.index + m[0].length, stem, 'modal', undefined, (cued && /(?:됐|되었)$/u.test(form)) || caught);
  }
  HAEYA.lastIndex = 0;
  for (let m = HAEYA.exec(s); m; m = HAEYA.exec(s)) {
    const form = m[1];
    if (!infinitiveSyllable(form[form.length - 1])) continue;
    const stem = stemOf(form);
    if (!stem || /(?:되|있|없|이)$/u.test(stem)) continue;
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    const wi = wordAt(base + m.index);
    const subject = subjectOf(words, wi, people);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const adverb = HINDSIGHT_ADVERB.test(`${before} `);
    // "…해야 했기 때문에" (had to, so) is a fact; "먼저 고려해야 했는데" (should have, but) is hindsight.
    if (/^(?:기|으므로|어서|고|던)/u.test(after) || (/^(?:는데|지만)/u.test(after) && !adverb) || HAD_TO.test(before.slice(-14) + ' ')) continue;
    // "우리는 워커를 재시작해야 했다" (we had to) is a fact; "운영자는 … 확인해야 했다" is a verdict.
    const cue = adverb || subject.who === 'person';
    if (!cue) continue;
    // "미리 백업을 떠 두어야 했다": a cue of time (beforehand, sooner) makes any act hindsight.
    const beforehand = /(?:미리|사전에|진작|일찍|애초에|진즉|배포 전에|작업 전에)\s/u.test(`${before} `);
    if (subject.who === 'none' && !beforehand && !HINDSIGHT_VERB.test(stem.replace(/하$/u, '')) && !HINDSIGHT_VERB.test(stem)) continue;
    emit(base + m.index, base + m.index + m[0].length, stem, 'modal');
  }
  const couldAt = (start: number, end: number, stem: string, tail: string) => {
    const wi = wordAt(start);
    const subject = subjectOf(words, wi, people);
    // "이번 장애는 충분히 피할 수 있었다": the incident is what could have been avoided.
    if (subject.who === 'thing' && !/^(?:막|방지하|예방하|피하|줄이|회피하)/u.test(stem)) return;
    const knowing = /^(?:알|알아차리|눈치채|인지하|파악하|발견하|감지하|확인하|짚|짐작|예견|포착|간파|낼|내다보)/u.test(stem);
    const noun = knowing ? '알려 주는 신호가' : `${adnominal(stem)} 장치가`;
    let to = end;
    let word: string;
    if (tail === '던') word = '없던';
    else if (tail === '을') {
      const rest = /^\s?(?:것이다|것입니다|것|텐데)/u.exec(text.slice(end, end + 8));
      if (rest) to += rest[0].length;
      // Session 18 (lang-ko): "예방할 수 있었을 수도 있지만" kept its hedge after the rewrite ("…없었다 수도 있지만"): the adnominal stays.
      word = rest && /것입니다/u.test(rest[0]) ? '없었습니다' : rest && /텐데/u.test(rest[0]) ? '없었는데' : !rest && /^\s?(?:수도?\s?있|지도\s?모[르른릅를]|거(?:예요|야|다)?(?=[\s.!?]|$))/u.test(text.slice(end, end + 8)) ? '없었을' : '없었다';
    } else if (tail === '는데') word = '없었는데';
    else if (tail === '음에도' || tail === '지만') word = '없었고';
    else if (tail === '고') word = '없었고';
    else if (tail === '음') word = '없었음';
    else word = wasNot(tail === '습니다' ? 'seumnida' : 'da', isPolite);
    const wStart = words[wordAt(start)]?.start ?? start;
    // Session 17 (sound2): "누구든 원인을 짐작할 수 있었던 상황" says the signs were there; "알려 주는 신호가 없던" said the
    // opposite. A could-have-known keeps the signs and drops the judgement of people: "원인을 알려 주는 신호가 있던 상황"; a
    // generic subject (누구든, 누구나, 아무나, 누가 봐도), whose point was "it was obvious", goes with it.
    if (knowing) {
      const generic = /(?:누구든지?|누구라도|누구나|아무나|누가\s?봐도|누구\s?눈에도)\s(?=[^\s]+(?:\s[^\s]+){0,3}\s?$)/u.exec(text.slice(Math.max(0, wStart - 30), wStart));
      const from = generic ? Math.max(0, wStart - 30) + generic.index : wStart;
      const kept = generic ? text.slice(from + generic[0].length, wStart) : '';
      push({ start: wStart, end: to, list: 'counterfactual', id: 'ko.who.hindsight-could', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [{ start: from, end: to, text: `${kept}${noun} ${word.replace(/^없/u, '있')}` }] });
      return;
    }
    push({ start: wStart, end: to, list: 'counterfactual', id: 'ko.who.hindsight-could', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [{ start: wStart, end: to, text: `${noun} ${word}` }] });
  };
  // Session 11: "…해 둘 걸 그랬다" (regret, the colloquial should-have); see regret.ts.
  for (const r of regrets(s)) {
    push({ start: base + r.start, end: base + r.end, list: 'counterfactual', id: 'ko.who.hindsight-regret', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
      { start: base + r.from, end: base + r.to, text: r.text },
    ] });
  }
  // Session 17: the bare "…할걸." (regret.ts bareRegret).
  if (!regrets(s).length) {
    const bare = bareRegret(s);
    if (bare) push({ start: base + bare.start, end: base + bare.end, list: 'counterfactual', id: 'ko.who.hindsight-regret', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [{ start: base + bare.start, end: base + bare.end, text: bare.text }] });
  }
  // (Session 11 tried skipping a conditional inside a quotation ("“백업만 해놨더라면”이라는 말") as quoted speech: it removed
  // the dev false alarm it was made on and cost one blind fresh-s8 hindsight case (figures only), so it was reverted; the
  // span of such a conditional still runs past the closing quote.)
  IF_PAST.lastIndex = 0;
  for (let m = IF_PAST.exec(s); m; m = IF_PAST.exec(s)) {
    const form = m[1];
    const last = form[form.length - 1];
    if (!hasFinal(last, 20)) continue;
    // 였 after a noun is the copula ("휴가였다면"); after 울/키/치/히 it is a verb (기울였어도, 일으켰).
    if (/(?:있었|없었|됐|되었|였|이었|졌)$/u.test(form) && !/(?:하였|[울키치히]였)$/u.test(form)) continue;
    // "트래픽이 몰렸다면": luck; "당직자가 일찍 일어났어도": a person's act.
    if ((LUCK_VERBS.test(form.slice(-2)) || LUCK_VERBS.test(form)) && subjectOf(words, wordAt(base + m.index), people).who !== 'person') continue;
    // "우연히 보지 않았다면 몰랐을 것이다": the luck of what someone did, not a failure.
    if (/않았$|못했$/u.test(form) && (/(?:우연히|운\s?좋게|다행히|마침)/u.test(s) || !/(?:무시하|놓치|잊|어기|위반하|간과하|방치하|실수하|깜빡하|빠뜨리|건너뛰|게을리하|서두르)지\s?$/u.test(s.slice(0, m.index)))) continue;
    const isDeoramyeon = m[0].endsWith('더라면');
    const rest = s.slice(m.index + m[0].length);
    // "당직자가 전화만 받았어도 복구가 빨랐을 거예요", "백업 확인만 했더라도 …": if only one thing had been done. Without
    // 만, "확인했더라도 발견되지 않았을 것이다" says doing it would not have helped, and is no verdict. Session 8.
    const ifOnly = /만\s$/u.test(s.slice(Math.max(0, m.index - 2), m.index)) && wouldHave(rest) && !NO_DIFFERENCE.test(rest);
    if (m[0].endsWith('더라도') && !ifOnly) continue;
    // "그 줄만 읽었어도 결과는 같았을 것이다": doing it would have changed nothing.
    if (NO_DIFFERENCE.test(rest)) continue;
    // "미리 확인했다면 fix-up 커밋 2개를 절약 가능.": a note's nominal "가능" ends the imagined outcome. Session 11.
    const nominalPossible = /(?:^|\s)[\uac00-\ud7a3]{1,8}\s?가능(?:했음|했다|함|\.|!|$)(?=[.!]?\s*$)/u.test(rest);
    if (!isDeoramyeon && !ifOnly && !CONSEQUENCE.test(rest) && !nominalPossible && !(m[0].endsWith('어도') && /(?:없었|막았|막을 수|않았)/u.test(rest))) continue;
    if (m[0].endsWith('어도') && !/[았었했였]어도$/u.test(m[0]) && !/(?:봤|줬|켰|쳤|렸|웠|났|혔)어도$/u.test(m[0])) continue;
    const stem = stemOf(form);
    if (!stem) continue;
    const start = base + m.index;
    // The whole counterfactual goes: the condition and its imagined outcome.
    let end = base + s.length;
    while (end > start && /[.!?。\s]/u.test(text[end - 1])) end--;
    const wi = wordAt(start);
    const wStart = words[wi]?.start ?? start;
    const subject = subjectOf(words, wi, people);
    // "계획이 … 조정되었는데, 설계 단계에서 미리 확인했다면 …": a thing subject of an earlier clause, closed by a connective
    // and a comma, is not the subject of an act only people do (확인, 공유, 전파 …) in the next clause. Session 11.
    if (subject.who === 'thing' && !(clauseBreakBefore(words, wi) && (HINDSIGHT_VERB.test(stem) || HINDSIGHT_VERB.test(stem.replace(/하$/u, ''))))) continue;
    // "전화만 받았어도" → "전화를 받도록 하는 장치가 …": "only" goes with the counterfactual, the object keeps a particle.
    const prev = words[wi - 1];
    const only = ifOnly && prev && /[\uac00-\ud7a3]만$/u.test(prev.text) && prev.end + 1 === wStart ? prev : undefined;
    const rStart = only ? only.end - 1 : wStart;
    const lead = only ? `${withParticle(only.text.slice(0, -1), '을').slice(only.text.length - 1)} ` : '';
    push({
      start: wStart,
      end,
      list: 'counterfactual',
      id: 'ko.who.hindsight-if',
      kind: 'counterfactual',
      note: NOTES.hindsight,
      rewrites: [
        { start: rStart, end, text: `${lead}${purposive(stem)} 하는 장치가 ${isPolite ? '없었습니다' : '없었다'}` },
        { start: rStart, end, text: `${lead}${adnominal(stem)} 단계가 절차에 ${isPolite ? '없었습니다' : '없었다'}` },
      ],
    });
  }
  COULD.lastIndex = 0;
  for (let m = COULD.exec(s); m; m = COULD.exec(s)) {
    const verb = m[1];
    if (!PREVENT_KNOW.test(verb)) continue;
    const tail = m[0].slice(m[0].indexOf('있었') + 2);
    const before = s.slice(Math.max(0, m.index - 16), m.index);
    // "수 있었다" is an ability, a fact; hindsight when it is "could have" (있었던/있었을/있었는데) or cued.
    // "이번 장애는 막을 수 있었다(고 한다)": the incident that happened, said to have been preventable, is hindsight with no
    // cue ("다행히 …", "이중화 덕분에 …", "대응이 빨라서 …": a success, said with its reason or its luck). Session 8.
    const happened = /^(?:막을|방지할|예방할|피할|회피할)$/u.test(verb) && HAPPENED_TOPIC.test(s.slice(Math.max(0, m.index - 30), m.index)) && !/(?:다행|덕분|덕에|덕택|[\uac00-\ud7a3]서\s|때문에|통해|로써)/u.test(s.slice(0, m.index));
    const plain = /^(?:다|습니다|고)$/u.test(tail) && !happened && !/(?:충분히|미리|사전에|진작|얼마든지|쉽게|일찍)\s?$/u.test(before);
    const cue = plain && /^(?:다|습니다)$/u.test(tail) ? knewEarly(s, verb, words, wordAt(base + m.index), people) : -1;
    if (plain && cue < 0) continue;
    if (cue >= 0) {
      // "인프라팀은 이미 지난주에 용량 부족을 파악할 수 있었습니다" → "인프라팀은 지난주에 용량 부족을 알려 주는 신호가
      // 없었습니다"; "…그 경고 메일만으로도 장애를 예측할 수 있었다" → "…그 경고 메일 외에는 장애를 알려 주는 신호가 없었다".
      const cw = words[cue];
      const from = cw.start;
      const end = base + m.index + m[0].length;
      let between = text.slice(cw.end, base + m.index).replace(/^\s+/u, '');
      const lead = /^(?:이미|벌써|일찍이)$/u.test(cw.text) ? '' : `${cw.text.replace(/(?:만으로도|만)$/u, '')} 외에는 `;
      if (/만$/u.test(cw.text)) between = between.replace(/^(?:보고도|봐도|읽고도)\s/u, '');
      // "읽어 낼 수 있었다": the verb before 내다 goes with it.
      if (/^낼/u.test(verb)) {
        const parts = between.split(' ');
        if (parts.length >= 2 && parts[parts.length - 1] === '' && /[어아여]$/u.test(parts[parts.length - 2])) between = [...parts.slice(0, -2), ''].join(' ');
      }
      // (Session 17, sound2: "이미 … 파악할 수 있었습니다" says the signs were there already: "… 알려 주는 신호가 있었습니다" keeps
      // that; "…만으로도 … 예측할 수 있었다" → "… 외에는 … 신호가 없었다" says the same from the other side.)
      const word = wasNot(tail === '습니다' ? 'seumnida' : 'da', isPolite).replace(/^없/u, lead ? '없' : '있');
      push({ start: from, end, list: 'counterfactual', id: 'ko.who.hindsight-could', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [{ start: from, end, text: `${lead}${between}알려 주는 신호가 ${word}` }] });
      continue;
    }
    if (/수도/u.test(m[0]) && /^(?:모르|몰랐)/u.test(verb)) continue;
    // Session 10. "과거 장애 대부분을 막을 수 있었던 배포 규칙": a means against incidents in general (frames.ts).
    if (tail === '던' && /^(?:막을|방지할|예방할|피할|회피할|줄일|차단할|잡을|걸러낼)$/u.test(verb) && meansInGeneral(s, Math.max(0, m.index - 30), m.index, m.index + m[0].length)) continue;
    const stem = verb.replace(/(?:을|를|ㄹ)$/u, '').replace(/할$/u, '하').replace(/챌$/u, '채').replace(/릴$/u, '리');
    const baseStem = /[을]$/u.test(verb) ? verb.slice(0, -1) : stem;
    let start = base + m.index;
    const adv = /(?:충분히|쉽게|얼마든지)\s$/u.exec(before);
    if (adv) start -= adv[0].length;
    couldAt(start, base + m.index + m[0].length, baseStem, tail);
  }
  // "충분히 예방 가능했던 사고", "얼마든지 방지 가능했다": avoidable, said of what happened.
  AVOIDABLE.lastIndex = 0;
  for (let m = AVOIDABLE.exec(s); m; m = AVOIDABLE.exec(s)) {
    let start = base + m.index;
    const adv = /(?:충분히|얼마든지|쉽게|사전에|미리)\s$/u.exec(s.slice(Math.max(0, m.index - 6), m.index));
    if (adv) start -= adv[0].length;
    const end = start + (adv ? adv[0].length : 0) + m[0].length;
    if (cancelled(text, end, start)) continue;
    const tail = m[1] ?? m[2];
    if (m[2]) {
      // "예견된 사고였다" → "막아 줄 장치가 없던 사고였다".
      const head = /^예견(?:된|됐던|되었던)\s/u.exec(m[0])![0];
      const rs = [`막아 줄 장치가 없던 `, `미리 알려 줄 신호가 없던 `].map((t) => ({ start: base + m!.index, end: base + m!.index + head.length, text: t }));
      if (!cancelled(text, end, start)) push({ start: base + m.index, end: base + m.index + m[0].length - m[2].length, list: 'counterfactual', id: 'ko.who.hindsight-could', kind: 'counterfactual', note: NOTES.hindsight, rewrites: rs });
      continue;
    }
    // "예방 가능한 장애였다" → "막아 줄 장치가 없던 장애였다": the noun and its copula stay.
    const word = /^한\s/u.test(tail) ? `없던 ${tail.slice(2)}` : /던$/u.test(tail) ? '없던' : /음$/u.test(tail) ? '없었음' : /습니다$/u.test(tail) ? '없었습니다' : isPolite ? '없었습니다' : '없었다';
    push({ start, end, list: 'counterfactual', id: 'ko.who.hindsight-could', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
      { start, end, text: `막아 줄 장치가 ${word}` },
      { start, end, text: `미리 알려 줄 신호가 ${word}` },
    ] });
  }
  // "장애가 이렇게 길어질 필요는 없었다": it did not have to get this bad.
  const needless = NEEDLESS.exec(s);
  if (needless) {
    const start = base + needless.index;
    const end = wordEnd(text, start + needless[0].length, base + s.length);
    const ending = endingAfterPast(text.slice(end - 2, end + 4).replace(/^[\uac00-\ud7a3]?었/u, ''));
    const none = /습니다$/u.test(text.slice(start, end)) ? '없었습니다' : wasNot(ending === 'none' ? 'da' : ending, isPolite);
    if (!cancelled(text, end, start)) {
      // "길어질" → "길어지기": the verb the sentence used, before which nothing stepped in.
      const parts = /\s((?:[\uac00-\ud7a3]{1,6}\s)?)([\uac00-\ud7a3]{1,8})\s필요/u.exec(needless[0]);
      const verb = parts?.[2] ?? '커질';
      const how = parts?.[1] ?? '';
      const last = verb.charCodeAt(verb.length - 1) - 0xac00;
      const stem = verb.endsWith('을') ? verb.slice(0, -1) : last % 28 === 8 ? verb.slice(0, -1) + String.fromCharCode(0xac00 + last - 8) : verb;
      push({ start, end, list: 'counterfactual', id: 'ko.who.hindsight-needless', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
        { start, end, text: `이렇게 ${how}${stem}기 전에 막아 주는 장치가 ${none}` },
        { start, end, text: `${how}${stem}기 전에 알려 주는 신호가 ${none}` },
      ] });
    }
  }
}

/** "돌이켜보면 우리가 위험을 너무 가볍게 봤다": a look back that ends in a verdict on what people did. */
function reflection(s: string, base: number, text: string, words: readonly Word[], people: People | undefined, wordAt: (o: number) => number, isPolite: boolean, push: (d: KoDetection) => void): void {
  const back = REFLECTION.exec(s);
  if (back) {
    const verdictAt = REFLECTION_VERDICT.exec(s.slice(back.index + back[0].length));
    if (verdictAt) {
      const at = base + back.index + back[0].length + verdictAt.index;
      const subject = subjectOf(words, wordAt(at), people);
      if (subject.who === 'person' || subject.who === 'self' || (subject.who === 'none' && REFLECTION_AGENTIVE.test(verdictAt[0]))) {
        const start = subject.mention?.start ?? base + back.index;
        let end = base + s.length;
        while (end > start && /[.!?。\s]/u.test(text[end - 1])) end--;
        if (!cancelled(text, end, start)) {
          push({ start, end, list: 'counterfactual', id: 'ko.who.hindsight-reflection', kind: 'counterfactual', note: NOTES.hindsight, rewrites: [
            { start, end, text: isPolite ? '그때는 위험을 드러내 주는 신호가 없었습니다' : '그때는 위험을 드러내 주는 신호가 없었다' },
            { start, end, text: isPolite ? '당시 알 수 있던 정보로는 위험이 보이지 않았습니다' : '당시 알 수 있던 정보로는 위험이 보이지 않았다' },
          ] });
        }
      }
    }
  }
}

const AVOIDABLE = /(?:(?:예방|방지|회피)\s?(?:이\s|가\s)?가능(했던|했다|했음|하였다|했습니다|하였던|했고|한\s(?:장애|사고|일|문제|사태|실수|손실|중단)(?:였다|이었다|였습니다|이었습니다|였음|이었음|였고|이었고))|예견(?:된|됐던|되었던)\s(?:사고|장애|일|결과|문제|참사|인재)(였|이었))/gu;
const NEEDLESS = /(?:이렇게|그렇게|이만큼|그만큼|이토록|이\s?정도로|그\s?정도로|이렇게까지|그렇게까지)\s(?:[\uac00-\ud7a3]{1,6}\s)?[\uac00-\ud7a3]{1,8}(?:질|될|갈|날|칠|할|을|ㄹ|릴|일)\s필요(?:는|가|까지는|까진)?\s없었/u;
const REFLECTION = /(?:(?:돌이켜|돌아|되돌아|되짚어|뒤돌아|되새겨)\s?(?:보면|보니|봤을\s때|보았을\s때)|(?:지나고|이제\s?와서|지금\s?와서|나중에|사후에|결과적으로|결과를\s놓고|결과만\s놓고)\s?(?:나서\s)?(?:보면|보니|돌아보니|생각하면|생각해\s?보면)|지금\s?생각하면)\s/u;
const REFLECTION_VERDICT = /(?:너무|지나치게|뒤늦게|늦게|섣불리|성급|안이|안일|쉽게|가볍게|과소평가|과신|소홀|놓쳤|무시|간과|잘못|서둘|방심|미처|외면|흘려|엉뚱|낙관|알고\s?있었|알았|문제였|실수였|패착)/u;
// A verdict that names an act people do: flagged even when the sentence names nobody.
const REFLECTION_AGENTIVE = /(?:서둘|외면|흘려|무시|간과|놓쳤|방심|과신|과소평가)/u;
