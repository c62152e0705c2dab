/**
 * Session 16 (second round, lang-ko2). A MISSING SAFEGUARD NAMED AS WHAT WOULD HAVE CAUGHT IT: the Korean mirror of the
 * English kind lang-en added this session (en/safeguard.ts; "a unit test would have caught this", "… would have been spotted
 * by a synthetic probe"). Three forms, X a check, a test, an alert, a review or a job (a SAFEGUARD noun, never a person):
 *
 * - active:      "체크섬 단계가 잘린 업로드를 잡았을 것이다", "부하 테스트가 … 발견할 수 있었을 거예요";
 * - passive:     "이 회귀는 야간 비교 작업으로 발견되었을 것이다", "… 스테이징 점검에서 걸러졌을 것입니다";
 * - existence:   "단위 테스트가 있었다면 이 버그를 잡았을 것이다", "경보만 있었어도 … 감지되었을 것이다".
 *
 * Hindsight by the corpus convention (the realworld yamls judge the English active form so). Rewrite: the safeguard named
 * as absent — active and existence with an active verb "<middle> <verb>ㄹ X가 없었다" ("잘린 업로드를 잡을 체크섬 단계가
 * 없었다"); a passive verb "X가 없어서 <middle> <verb>지 않았다" ("야간 비교 작업이 없어서 발견되지 않았다"); the ending's
 * register is kept (-다 / -습니다 / -어요).
 *
 * Not this kind (as the English module decides): negation ("어떤 테스트도 잡지 못했을 것이다": no such verb form), a
 * question, a forward plan ("앞으로는 … 잡을 수 있을 것이다": not the past), an expectation or a report ("… 잡았을 것이라고
 * 생각했다"), a speculation about what did happen ("이미 … 감지했을 것이다"), another condition in the sentence (read by the
 * conditional detectors), a person or the people the harm reached as X ("고객이 발견했을 것이다": not a safeguard noun), a
 * generic subject ("어떤/아무/모든 … 테스트").
 *
 * Pure and bounded: one sentence, linear patterns (test/unit/regex-safety.test.ts scans this file).
 */
import { withParticle } from '../../korean';

// The safeguard: up to two modifier words, then a word ending in a safeguard noun.
const HEAD = '(?:단위\\s?테스트|통합\\s?테스트|회귀\\s?테스트|부하\\s?테스트|테스트|검사|검증|점검|체크|체크섬|체크리스트|알림|경보|알람|모니터링|코드\\s?리뷰|리뷰|검수|카나리\\s?배포|점진적\\s?배포|카나리|린터|린트|헬스\\s?체크|헬스체크|프로브|감사|파이프라인|CI|검증기|검사기|비교\\s?작업|대사\\s?작업|배치\\s?작업|야간\\s?작업|정기\\s?작업|스크립트|대시보드|스테이징|(?:검증|검사|점검|체크섬|테스트|리뷰|승인|확인|비교|대사)\\s?(?:단계|절차)|리허설|훈련|tests?|checks?|alerts?|lint|linter|canary|probe|review)';
// A modifier word is not a phrase with its own particle ("회귀는", "업로드를", "배포에서").
const SAFEGUARD = `((?:[\\p{L}\\p{N}_-]{1,12}(?<![은는을를])(?<!에서|으로|에게|부터|까지)\\s){0,2}[\\p{L}\\p{N}_-]{0,10}?${HEAD})`;

// Active would-have verbs: the past form or "-ㄹ 수 있었", captured whole (group).
const ACTIVE_VERB = '(잡았|막았|잡아냈|걸러냈|걸렀|찾아냈|(?:발견|감지|탐지|포착|차단|방지|예방|검출|경고)했|(?:잡을|막을|잡아낼|걸러낼|찾아낼|(?:발견|감지|탐지|포착|차단|방지|예방|검출|경고)할)\\s?수\\s?있었)';
const PASSIVE_VERB = '(잡혔|막혔|걸러졌|드러났|(?:발견|감지|탐지|포착|차단|방지|검출)(?:되었|됐)|(?:잡힐|막힐|걸러질|드러날|(?:발견|감지|탐지|포착|차단|방지|검출)될)\\s?수\\s?있었)';
const WOULD = '을\\s?(?:것|거|겁|텐데)';
// Session 17: after a safeguard's existence, any would-have consequence: another 하다 verb ("더 빨리 대응했을 것이다"),
// knowing or seeing ("더 일찍 알았을 것이다"), or a smaller harm ("영향 범위가 줄었을 것이다", "복구가 빨랐을 것이다").
const DO_VERB = '((?:[\\uac00-\\ud7a3]{1,6}했|알았|알아챘|봤|보았|피했|피할\\s?수\\s?있었|(?:[\\uac00-\\ud7a3]{1,6}할|알|알아챌|볼)\\s?수\\s?있었))';
const OUTCOME_VERB = '(줄었|줄어들었|작았|적었|짧았|낮았|좁았|빨랐|덜했|가벼웠|좋았)';
// "…을 것이다" or, for a "-ㄹ 수 있었" verb only, the plain past ending ("잡을 수 있었다"), checked in code.
const END = `(${WOULD}|(?:다|습니다|어요|겠다|겠습니다|겠어요)(?=[\\s.!,]|$))`;

const ACTIVE = new RegExp(`${SAFEGUARD}(?:이|가|은|는|도)\\s((?:[^\\s.!?]{1,15}\\s){0,5}?)${ACTIVE_VERB}${WOULD}`, 'u');
const PASSIVE = new RegExp(`${SAFEGUARD}(?:으로|로|에서|에\\s?의해서?|을\\s?통해|를\\s?통해)(?:는|도)?\\s((?:[^\\s.!?]{1,15}\\s){0,2}?)${PASSIVE_VERB}${WOULD}`, 'u');
// Groups: 1 safeguard, 2 a place ("CI에"), 3 middle, 4 active, 5 passive, 6 another act, 7 a smaller harm, 8 the ending.
const EXISTS = new RegExp(`${SAFEGUARD}(?:이|가|만)\\s?(?:((?:[\\p{L}\\p{N}_-]{1,12}\\s)?[\\p{L}\\p{N}_-]{1,12}에)\\s)?있었(?:다면|더라면|으면|어도)[,]?\\s((?:[^\\s.!?]{1,15}\\s){0,5}?)(?:${ACTIVE_VERB}|${PASSIVE_VERB}|${DO_VERB}|${OUTCOME_VERB})${END}`, 'u');
// Session 17: a SETTING of a safeguard (a threshold, a timeout, a limit) named as what would have caught or prevented it:
// "알림 임계값이 낮았다면 막을 수 있었다". The setting is a decision, unlike a state ("트래픽이 평소 수준이었다면 …",
// "캐시가 예열되어 있었다면 …", "디스크 사용량이 낮았다면 …": not this kind). Groups: 1 setting, 2 change, 3 middle,
// 4 active, 5 passive, 6 the ending.
const SETTING_HEAD = '(?:임계값|임곗값|임계치|임계\\s?값|타임아웃|제한\\s?시간|시간\\s?제한|한도|상한|하한|재시도\\s?횟수|보존\\s?기간|기준값|알림\\s?기준|threshold|timeout)';
const SETTING = `((?:[\\p{L}\\p{N}_-]{1,12}(?<![은는을를])(?<!에서|으로|에게|부터|까지)\\s){0,2}[\\p{L}\\p{N}_-]{0,10}?${SETTING_HEAD})`;
const CHANGED = '(낮았|높았|짧았|길었|적었|많았|작았|컸)';
const SET = new RegExp(`${SETTING}(?:이|가)\\s(?:더\\s|조금만\\s(?:더\\s)?)?${CHANGED}(?:다면|더라면|으면)[,]?\\s((?:[^\\s.!?]{1,15}\\s){0,5}?)(?:${ACTIVE_VERB}|${PASSIVE_VERB})${END}`, 'u');

// Another condition, a concession or a question word in the sentence: read by the conditional detectors, not here.
const OTHER_CONDITION = /(?:다면|더라면|었으면|았으면|였으면|했으면|었어도|았어도|였어도|했어도)(?=[\s,])/u;
// A speculation about what did happen, or a generic subject.
const SPECULATION = /(?:^|\s)(?:이미|벌써|진작에|당연히)\s/u;
const GENERIC = /(?:^|\s)(?:어떤|아무|모든|어느|웬만한|대부분의)\s$/u;
// An expectation or a report after the modal: "…잡았을 것이라고 생각했다", "…것으로 예상했다".
const FRAMED = /^(?:이라고|이라|라고|으로|라는|이란|이라는)/u;

const ADNOMINAL: Record<string, string> = {
  잡았: '잡을', 막았: '막을', 잡아냈: '잡아낼', 걸러냈: '걸러낼', 걸렀: '걸러낼', 찾아냈: '찾아낼',
};
const NEGATED: Record<string, string> = { 잡혔: '잡히지', 막혔: '막히지', 걸러졌: '걸러지지', 드러났: '드러나지' };

function adnominalOf(verb: string): string {
  const can = /^(.+?)\s?수\s?있었$/u.exec(verb);
  if (can) return can[1];
  if (ADNOMINAL[verb]) return ADNOMINAL[verb];
  return verb.replace(/했$/u, '할');
}
function negatedOf(verb: string): string {
  const v = verb.replace(/\s?수\s?있었$/u, '');
  const noun = /^(발견|감지|탐지|포착|차단|방지|검출)/u.exec(v);
  if (noun) return `${noun[1]}되지`;
  const past = { 잡힐: '잡혔', 막힐: '막혔', 걸러질: '걸러졌', 드러날: '드러났' } as Record<string, string>;
  return NEGATED[past[v] ?? v] ?? '';
}

// Session 17: the forward-looking lesson. "잡았" / "잡을 수 있었" → "잡으려면"; "탐지했" → "탐지하려면".
const PURPOSE: Record<string, string> = {
  잡을: '잡으려면', 막을: '막으려면', 잡아낼: '잡아내려면', 걸러낼: '걸러내려면', 찾아낼: '찾아내려면', 알: '알려면', 알았: '알려면',
  알아챌: '알아채려면', 알아챘: '알아채려면', 볼: '보려면', 봤: '보려면', 보았: '보려면', 피했: '피하려면', 피할: '피하려면',
};
function purposeOf(verb: string): string | undefined {
  const a = PURPOSE[verb] ? verb : adnominalOf(verb);
  if (PURPOSE[a]) return PURPOSE[a];
  const ha = /^([\uac00-\ud7a3]{1,6})(?:했|할)$/u.exec(a);
  return ha ? `${ha[1]}하려면` : undefined;
}
// The passive's adnominal: "걸러졌" / "걸러질 수 있었" → "걸러질"; "발견되었" → "발견될".
function passiveAdnominalOf(verb: string): string | undefined {
  const v = verb.replace(/\s?수\s?있었$/u, '');
  const noun = /^(발견|감지|탐지|포착|차단|방지|검출)(?:되었|됐|될)$/u.exec(v);
  if (noun) return `${noun[1]}될`;
  return ({ 잡혔: '잡힐', 막혔: '막힐', 걸러졌: '걸러질', 드러났: '드러날', 잡힐: '잡힐', 막힐: '막힐', 걸러질: '걸러질', 드러날: '드러날' } as Record<string, string>)[v];
}
// A smaller harm as a purpose: "영향 범위가 줄었" → "영향 범위를 줄이려면".
const LESSEN: Record<string, string> = {
  줄었: '줄이려면', 줄어들었: '줄이려면', 작았: '줄이려면', 적었: '줄이려면', 짧았: '줄이려면', 낮았: '낮추려면', 좁았: '좁히려면',
  빨랐: '앞당기려면', 덜했: '줄이려면', 가벼웠: '줄이려면',
};
// A setting's change as a requirement: "임계값이 낮았" → "임계값을 낮춰야".
const CHANGE: Record<string, string> = { 낮았: '낮춰야', 높았: '높여야', 짧았: '줄여야', 길었: '늘려야', 적었: '줄여야', 많았: '늘려야', 작았: '줄여야', 컸: '늘려야' };
const SUBJECT = /^(.*\S)(?:이|가|은|는)$/u;

export interface SafeguardFinding {
  start: number;
  end: number;
  /** The forward-looking lesson (preferred), then the safeguard named as absent. */
  rewrites: string[];
}

type Register = 'formal' | 'spoken' | 'plain';
const MUST: Record<Register, string> = { formal: '합니다', spoken: '해요', plain: '한다' };
const CAN: Record<Register, string> = { formal: '있습니다', spoken: '있어요', plain: '있다' };

/** The missing-safeguard counterfactual in one sentence, relative to `s`. */
export function missedSafeguard(s: string): SafeguardFinding | undefined {
  if (s.length > 400 || !/(?:을\s?(?:것|거|겁|텐데)|수\s?있었)/u.test(s) || /[?？]|(?:까|까요|나요|는가)[.!]?\s*$/u.test(s)) return undefined;
  let form: 'exists' | 'active' | 'passive' | 'setting' = 'exists';
  let m = EXISTS.exec(s);
  if (!m) {
    form = 'setting';
    m = SET.exec(s);
  }
  if (!m) {
    form = 'active';
    m = ACTIVE.exec(s);
  }
  if (!m) {
    form = 'passive';
    m = PASSIVE.exec(s);
  }
  if (!m) return undefined;
  const conditional = form === 'exists' || form === 'setting';
  const before = s.slice(0, m.index);
  // The existence (or setting) condition is this kind's own condition; any other one belongs to the conditional detectors.
  if (OTHER_CONDITION.test(conditional ? before : s.slice(0, m.index + m[0].length))) return undefined;
  const middle = ((form === 'exists' ? m[3] : form === 'setting' ? m[3] : m[2]) ?? '').trim();
  if (SPECULATION.test(` ${before}`) || SPECULATION.test(` ${middle}`) || GENERIC.test(` ${before}`) || /^(?:어떤|아무|모든|어느)\s/u.test(m[1])) return undefined;
  const [active, passive, other, lessen, ending] =
    form === 'exists' ? [m[4], m[5], m[6], m[7], m[8]] : form === 'setting' ? [m[4], m[5], undefined, undefined, m[6]] : [m[3], undefined, undefined, undefined, undefined];
  const [activeP, passiveP] = form === 'passive' ? [undefined, m[3]] : [active, passive];
  const verb = activeP ?? passiveP ?? other ?? lessen ?? '';
  // A harm as the consequence ("배포가 지연했을 것이다") is a cost of the measure, not what it would have caught.
  if (other && /^(?:실패|지연|발생|증가|중단|초과|악화|손실|누락|폭주|과부하)/u.test(other)) return undefined;
  // The plain past ending only after "-ㄹ 수 있었" ("잡을 수 있었다"); "잡았다" after a condition is not a would-have.
  if (ending !== undefined && !/^을/u.test(ending) && !/수\s?있었$/u.test(verb)) return undefined;
  // The would-have phrase runs to the word's end ("것이다", "겁니다", "거예요"), with "같다" after it.
  let end = m.index + m[0].length;
  while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
  if (FRAMED.test(s.slice(m.index + m[0].length).replace(/^(?:것|거)/u, ''))) return undefined;
  const like = /^\s?같(?:다|습니다|아요)/u.exec(s.slice(end));
  if (like) end += like[0].length;
  const word = s.slice(0, end);
  const register: Register | undefined = /(?:니다)$/u.test(word) ? 'formal' : /(?:요)$/u.test(word) ? 'spoken' : /(?:다)$/u.test(word) ? 'plain' : undefined;
  const rewrites: string[] = [];
  if (register) {
    const safeguard = m[1];
    const place = form === 'exists' && m[2] ? `${m[2]} ` : '';
    const lead = middle ? `${middle} ` : '';
    // The forward-looking lesson: what the safeguard is for, then the safeguard (or the setting's change) as a requirement.
    const need = form === 'setting' ? `${withParticle(safeguard, '을')} ${CHANGE[m[2]]}` : `${withParticle(safeguard, '이')} ${place}있어야`;
    if (activeP || other) {
      const purpose = purposeOf(activeP ?? other ?? '');
      if (purpose) rewrites.push(`${lead}${purpose} ${need} ${MUST[register]}`);
    } else if (passiveP) {
      const adn = passiveAdnominalOf(passiveP);
      if (adn) rewrites.push(`${need} ${lead}${adn} 수 ${CAN[register]}`);
    } else if (lessen === '좋았') {
      // A wish for the safeguard ("모니터링이 있었다면 좋았을 것이다"): the safeguard as a requirement.
      if (!middle) rewrites.push(`${need} ${MUST[register]}`);
    } else if (lessen) {
      // The harm is the middle's last subject ("영향 범위가"): it becomes the object ("영향 범위를 줄이려면").
      const words = middle.split(' ');
      const at = words.map((w) => SUBJECT.test(w)).lastIndexOf(true);
      if (at >= 0) {
        const noun = SUBJECT.exec(words[at])![1];
        const object = [...words.slice(0, at), withParticle(noun, '을'), ...words.slice(at + 1)].join(' ');
        rewrites.push(`${object} ${LESSEN[lessen]} ${need} ${MUST[register]}`);
      }
    }
    // The safeguard named as absent (session 16's rewrite), for the active and passive would-have verbs.
    if (form !== 'setting') {
      const was = register === 'formal' ? '없었습니다' : register === 'spoken' ? '없었어요' : '없었다';
      const not = register === 'formal' ? '않았습니다' : register === 'spoken' ? '않았어요' : '않았다';
      // A subject in the middle ("당직자가 장애를 잡았을"): the safeguard is what would have let it act ("…잡을 수 있게 해 줄 X").
      const subject = /(?:^|\s)[\p{L}\p{N}_-]{1,12}(?:가|이|께서)(?=\s|$)/u.test(middle) && !/^이$/u.test(middle.split(' ')[0] ?? '') ? ' 수 있게 해 줄' : '';
      if (activeP) rewrites.push(`${lead}${adnominalOf(activeP)}${subject} ${withParticle(safeguard, '이')} ${was}`);
      else if (passiveP && negatedOf(passiveP)) rewrites.push(`${withParticle(safeguard, '이')} 없어서 ${lead}${negatedOf(passiveP)} ${not}`);
    }
  }
  return { start: m.index, end, rewrites };
}
