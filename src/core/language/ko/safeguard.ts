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

const ACTIVE = new RegExp(`${SAFEGUARD}(?:이|가|은|는|도)\\s((?:[^\\s.!?]{1,15}\\s){0,5}?)${ACTIVE_VERB}${WOULD}`, 'u');
const PASSIVE = new RegExp(`${SAFEGUARD}(?:으로|로|에서|에\\s?의해서?|을\\s?통해|를\\s?통해)(?:는|도)?\\s((?:[^\\s.!?]{1,15}\\s){0,2}?)${PASSIVE_VERB}${WOULD}`, 'u');
const EXISTS = new RegExp(`${SAFEGUARD}(?:이|가|만)\\s?있었(?:다면|더라면|으면|어도)[,]?\\s((?:[^\\s.!?]{1,15}\\s){0,5}?)(?:${ACTIVE_VERB}|${PASSIVE_VERB})${WOULD}`, 'u');

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

export interface SafeguardFinding {
  start: number;
  end: number;
  rewrite?: string;
}

/** The missing-safeguard counterfactual in one sentence, relative to `s`. */
export function missedSafeguard(s: string): SafeguardFinding | undefined {
  if (s.length > 400 || !/을\s?(?:것|거|겁|텐데)/u.test(s) || /[?？]|(?:까|까요|나요|는가)[.!]?\s*$/u.test(s)) return undefined;
  let form: 'exists' | 'active' | 'passive' = 'exists';
  let m = EXISTS.exec(s);
  if (!m) {
    form = 'active';
    m = ACTIVE.exec(s);
  }
  if (!m) {
    form = 'passive';
    m = PASSIVE.exec(s);
  }
  if (!m) return undefined;
  const exists = form === 'exists';
  const before = s.slice(0, m.index);
  // The existence condition is this kind's own condition; any other one belongs to the conditional detectors.
  if (OTHER_CONDITION.test(exists ? before : s.slice(0, m.index + m[0].length))) return undefined;
  if (SPECULATION.test(` ${before}`) || SPECULATION.test(` ${m[2] ?? ''}`) || GENERIC.test(` ${before}`) || /^(?:어떤|아무|모든|어느)\s/u.test(m[1])) return undefined;
  // The would-have phrase runs to the word's end ("것이다", "겁니다", "거예요"), with "같다" after it.
  let end = m.index + m[0].length;
  while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
  if (FRAMED.test(s.slice(m.index + m[0].length).replace(/^(?:것|거)/u, ''))) return undefined;
  const like = /^\s?같(?:다|습니다|아요)/u.exec(s.slice(end));
  if (like) end += like[0].length;
  const word = s.slice(0, end);
  const register = /(?:니다)$/u.test(word) ? 'formal' : /(?:요)$/u.test(word) ? 'spoken' : /(?:다)$/u.test(word) ? 'plain' : undefined;
  const safeguard = m[1];
  const middle = (m[2] ?? '').trim();
  const active = exists ? m[3] : form === 'active' ? m[3] : undefined;
  const passive = exists ? m[4] : form === 'passive' ? m[3] : undefined;
  let rewrite: string | undefined;
  if (register) {
    const was = register === 'formal' ? '없었습니다' : register === 'spoken' ? '없었어요' : '없었다';
    const not = register === 'formal' ? '않았습니다' : register === 'spoken' ? '않았어요' : '않았다';
    // A subject in the middle ("당직자가 장애를 잡았을"): the safeguard is what would have let it act ("…잡을 수 있게 해 줄 X").
    const subject = /(?:^|\s)[\p{L}\p{N}_-]{1,12}(?:가|이|께서)(?=\s|$)/u.test(middle) && !/^이$/u.test(middle.split(' ')[0] ?? '') ? ' 수 있게 해 줄' : '';
    if (active) rewrite = `${middle ? `${middle} ` : ''}${adnominalOf(active)}${subject} ${withParticle(safeguard, '이')} ${was}`;
    else if (passive && negatedOf(passive)) rewrite = `${withParticle(safeguard, '이')} 없어서 ${middle ? `${middle} ` : ''}${negatedOf(passive)} ${not}`;
  }
  return { start: m.index, end, rewrite };
}
