/**
 * Vague Korean action items, judged on the whole item: an item is vague when it rests on a vague
 * action (재점검, 추가 검토, 강화, 개선, 주의, 검토 …) and the sentence that holds it names no
 * checkable end state (a number, a threshold, a concrete artifact being added, changed or
 * removed). A measure in another sentence does not count ("모니터링 강화. 담당 2명").
 */
import type { KoDetection, KoSentence } from './prose';
import { binaryCheck, namesListed } from './checks';

const NOTE = {
  care: {
    en: 'care cannot be verified; add a check, a confirmation step or an automated guard',
    ko: '주의는 확인할 수 없습니다. 검사, 확인 단계, 자동화된 안전장치를 추가하세요',
  },
  review: {
    en: 'state the decision or change this will produce, who decides, and by when',
    ko: '이 일로 나올 결정이나 변경, 결정할 사람, 기한을 적으세요',
  },
  improve: {
    en: 'add the measure: what changes, the target (a number, a threshold) and how it is checked',
    ko: '측정 기준을 적으세요: 무엇을 바꾸고, 목표치(숫자, 임계값)는 얼마이며, 어떻게 확인하는지',
  },
} as const;

interface Vague {
  re: RegExp;
  note: keyof typeof NOTE;
  id: string;
}

// The vague actions. 재-/추가 forms included: "재점검", "추가 검토" are reviews, not changes.
const VAGUE: readonly Vague[] = [
  { id: 'ko.vague.care', note: 'care', re: /(?:(?:더|좀 더|보다|각별히|각별한|세심한|세심히|꼼꼼히|철저히|항상|늘)\s?)?(?:주의|조심|유의|신경|경각심|긴장감|책임감|경계)(?:를|을)?\s?(?:기울|하|쓰|써|가지|갖|높이|철저)?|만전|만반|긴장의\s끈|긴밀(?:히|하게)\s?(?:협력|협조|소통|공유)|주시(?=하|\s|$|[.,)])|지켜보|챙기(?:기|자)|잊지\s?않도록|(?:꼼꼼히|면밀히|세심히)\s?(?:보|살피|챙기)|소통\s?(?:활성화|강화)|(?:보안|안전|품질)\s?의식|한\s번\s더\s(?:생각|되돌아보|돌아보)|되돌아보|신중(?:을|히|하게)?|유념|긴장(?:을|의)?\s?늦추지|꼼꼼하게\s챙기|철저(?:히|하게)?|잘\s?(?:지키|하|챙기)(?:도록|기|자)/gu },
  { id: 'ko.vague.review', note: 'review', re: /(?:재점검|재검토|재확인|재조사|재분석|재논의|재정비|재정립|재검증|손보|다듬|들여다보|따져\s?보|스터디|들여다볼|강구|되짚|짚어\s?보|생각해\s?보|찾아보|알아볼|가닥|지양|추가\s?(?:검토|확인|점검|조사|분석|논의)|(?:방안|대책|개선책|해결책|계획)\s?(?:마련|검토|모색|수립|논의|찾)|방법(?:을|를)?\s?찾|(?:방안|대책|개선책|해결책)(?:을|를)\s?찾|(?:대응\s?)?체계\s?마련|규명|살펴볼|검토|고민|고려|타진|연구|논의|협의|파악|조사|분석|모색|점검|확인|살펴보|알아보|리뷰|교육|숙지|상기|식별|(?<![\p{L}\p{N}`'"_)\]])인지|노력|최선)/gu },
  // (Session 10: 보다 written on a noun is the particle "than" — "복구보다 재구축이 안전", a comparison given as a reason —,
  // not the degree adverb "보다 촘촘한": after it a noun with its particle (이/은/는/인) is no degree word.)
  { id: 'ko.vague.improve', note: 'improve', re: /(?:강화|개선|향상|보완|보강|고도화|최적화|재발\s?방지(?!를?\s?위)|안정화|효율화|내재화|내실화|간소화|현행화|최신화|합리화|최소화|최대화|재수립|재설계|정비|체계화|표준화|정교화|일원화|선진화|(?<!(?:분리|별도|통합|이중화|암호화|버전)\s?)관리(?!\s?(?:자|형|툴|도구|콘솔|화면|페이지|대장|시트|번호|포털|계정|저장소|시스템|서버|프로그램|솔루션|메뉴|기능|노드|DB))|확보|확대|확충|증대|조정|단축|감소|감축|축소|연장|지속적(?:인|으로)|제고|(?:전반|전사|전체)[\uac00-\ud7a3]{0,2}\s[\uac00-\ud7a3]{1,8}\s?추진|(?:촘촘|신속|원활|견고|유연|매끄럽|빠르|안전|탄탄|튼튼|적당)(?:하게|히)|한층|최대한|정착|극대화|완화|해소|원활화|끌어올리|(?:대비|대응)\s?태세|(?:높이|낮추|줄이|늘리|키우|넓히|좁히)(?:기|자|도록|는\s방향)|(?:우선순위|비중|비율|빈도|커버리지|가시성)\s?(?:을|를)?\s?올리(?:기|자|도록|는\s방향)|(?<![\uac00-\ud7a3])(?:정기|주기|보수)적(?:인|으로)?(?![\uac00-\ud7a3])|줄여\s?(?:나가|가)|늘려\s?(?:나가|가)|(?:협업|협력|공유|소통)\s?(?:활성화|문화)|정리(?:하기|할\s것|함)?|튜닝|적정화|개편|점진적(?:인|으로)?|광범위(?:한|하게)|여유\s?있게|충분(?:한|히)|최신\s?상태(?:로|를)\s?유지|(?:더욱|더|보다)\s[\uac00-\ud7a3]{1,6}적(?:으로|인)|(?:더욱|좀\s더|더|덜)\s(?:자주|빨리|많이|적게|일찍|늦게|크게|작게|잘|길게|짧게|오래|쉽게)|(?:더욱|더|덜|(?<![\uac00-\ud7a3A-Za-z0-9])보다)\s(?!이상|이하|이전|이후)[\uac00-\ud7a3]{1,6}(?:한|은|운|게|히|이|하게|른|된|진|인|난|린|는)|(?<=[\uac00-\ud7a3A-Za-z0-9])보다\s(?!이상|이하|이전|이후)[\uac00-\ud7a3]{1,6}(?:한|운|게|히|하게|른|된|진|난|린))/gu },
  // "API 변경 모니터링", "쿼리 실행 계획 모니터링": watching, the whole item, with no alert, threshold or tool.
  { id: 'ko.vague.watch', note: 'improve', re: /모니터링(?=(?:하기|함|한다|합니다|할\s것|예정)?[.!]?\s*$)/gu },
  // "React 렌더링 특성 이해", "컨슈머 리밸런싱 동작 이해": understanding, the whole item, like 숙지; nothing is changed. Session 8.
  { id: 'ko.vague.review', note: 'review', re: /(?<=[\p{L}\p{N}]\s)이해(?=(?:하기|함|한다|합니다|할\s것)?[.!]?\s*$)/gu },
  // "Airflow 3.1 마이그레이션 계획": a plan for a change, the whole item (a separate pattern: it stays linear). Session 7.
  { id: 'ko.vague.review', note: 'review', re: /(?<=(?:도입|전환|적용|교체|이관|이전|채택|마이그레이션|업그레이드|분리|통합)\s?)계획(?=[.!]?\s*$)/gu },
  // "비정상적인 트래픽 패턴 감지", "의심스러운 접속 탐지": detecting what is only called abnormal, the whole item. Session 7.
  { id: 'ko.vague.detect', note: 'improve', re: /(?:비정상적인|비정상적|의심스러운|수상한|이상한)\s(?:[^\s]{1,10}\s){0,2}(?:감지|탐지)(?=(?:하기|함|한다|합니다|할\s것|예정)?[.!]?\s*$)/gu },
  // "런북 업데이트", "장애 대응 절차 갱신": a generic document updated, the whole item, names no change.
  { id: 'ko.vague.update', note: 'improve', re: /(?<=(?:런북|매뉴얼|절차|정책|문서|가이드|대시보드|플레이북|체크리스트|프로세스|위키|지침|규정|절차서)\s?)(?:업데이트|갱신)(?=(?:하기|함|한다|합니다|할\s것|예정)?[.!]?\s*$)/gu },
  { id: 'ko.vague.noncommittal', note: 'review', re: /(?:^|\s)(?:가능하면|가능한\s한|되도록|가급적|여유가\s되면|여건이\s되면|여력이\s되면|차차|필요\s?시|추후|향후)\s|(?<!재)시도(?:하기|해\s?보기|할\s것)?(?=\s?(?:[(（][^()（）\n]{0,40}\uFFFC[^()（）\n]{0,40}[)）]|\uFFFC)?[.!]?\s*$)|(?<=\s)권장(?:함|됨|한다|합니다)?(?=[.!]?\s*$)/gu },
];

// What makes an item checkable: a number or threshold, or a concrete artifact that is added,
// changed, removed, automated or made mandatory.
const MEASURE = /\d|%|(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:번|회|개|명|분|초|시간|일|주|달|배|단계)(?!\s?다시)|절반|(?:^|\s)--?[a-z]|이내|이하|(?<=(?:[\d%]|[\d%][\uac00-\ud7a3A-Za-z]{1,3}|절반|하루|이틀|사흘|일주일|보름|한\s?(?:번|달|시간|명|개|주|건|대|곳)|(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?[\uac00-\ud7a3]{1,2}|임계치|임계값|기준치|기준값|한도|상한|목표치|목표)\s?)이상|미만|초과|까지|매\s?(?:일|주|월|년|분기|배포)|(?:일|주|월|분기|반기|연|시간|배포)별|(?:일|주|월|분기)\s?단위|(?:^|\s)(?:주간|월간|일간|연간|일일|격주|격월)\s|마다|(?<![A-Za-z])[A-Za-z]{2,40}[-_./][A-Za-z0-9]|`/u;
const CONCRETE_VERB = /(?:자동\s?(?:실행|수행|적용|전환|롤백|호출|차단)|추가|이중화|다중화|도입|적용|구축|작성|자동화|변경|전환|교체|제거|삭제|차단|분리|통합|등록|필수화|의무화|구현|생성|설치|배포|연동|활성화|비활성화|금지|제한|롤아웃|이관|마이그레이션|업그레이드|다운그레이드|수정|패치|만들|붙이|(?<![\uac00-\ud7a3])(?:넣|걸|막|끄|켜)|바꾸|바꿈|올리|내리|없애|옮기|복제|회수|폐기|스크립트화|코드화)/u;
// A concrete verb that ends an item ("… 권한 회수", "… API 문서 갱신"): what exists when the item is done.
const TAIL_VERB = /^(?:배포|롤백|추가|이중화|다중화|도입|적용|구축|작성|자동화|변경|전환|교체|제거|삭제|차단|분리|통합|등록|필수화|의무화|구현|생성|설치|연동|활성화|비활성화|금지|제한|이관|수정|기록|문서화|게시|포함|반영|명시|기재|첨부|회수|갱신|복제|폐기|상향|하향|스크립트화|코드화|불가|신설|개설|부여|허용|폐지|병합|대체|편입|개발|구성|지정|노출|설정|제공|규칙화|명문화)(?:하기|함|한다|합니다|할 것|예정)?$/u;
// A change stated with its target ("INFO로 고정", "페이저듀티로 일원화", "시크릿 매니저로 이전").
const TO_TARGET = /(?:으로|로)\s?(?:낮추|낮춰|높이|높여|늘려|줄여|변경|전환|교체|바꾸|바꿈|설정|재설정|상향|하향|늘리|줄이|고정|통일|일원화|표준화|이전|이관|옮기|제한|연장|단축|우회|줄인|늘린|낮춘|높인|바꾼|옮긴)/u;
const ARTIFACT = /(?:알람|알림|경보|대시보드|테스트|스크립트|런북|체크리스트|CI|CD|린트|검사|검증\s?단계|게이트|훅|hook|정책|규칙|룰|필드|플래그|설정값|임계값|타임아웃|재시도|레이트\s?리밋|쿼터|권한|승인\s?단계|카나리|롤백\s?버튼|페이지|문서|템플릿|라벨|태그|모니터|지표|메트릭|로그|백업|복제본|인덱스|스케줄|크론|잡|워크플로|파이프라인|단계|항목)/u;

// Verbs that state a change when they follow a colon or dash specification ("모니터링 강화: 적체 알람
// 신설", "권한 관리 강화 — 쓰기 권한을 DBA 그룹에만 부여") or end an item: what exists when it is done.
const SPEC_VERB = /(?:제공|설치|신설|개설|부여|허용|폐지|이동|주입|라우팅|전송|발송|보내|알림|노출|병합|대체|편입|개발|구성|지정|배정|호출|중단|기록|게시|남기|포함|반영|설정|금지|필수)/u;
// A test of a named thing against a named set, as a specification ("확장 모듈을 모든 이전 버전과 함께 테스트").
const TEST_AGAINST = /(?:을|를)\s(?:[^\s]{1,12}\s){0,5}?[^\s]{1,12}(?:(?:과|와)\s(?:함께|같이)|에서)\s테스트(?:하기|함|한다|합니다|할\s것)?$/u;
// Session 12. A named document as the place a write-up goes, then its content (one to five words), then 정리/문서화 at the end.
const WRITTEN_UP = /(?:문서|위키|런북|README(?:\.md)?|가이드|매뉴얼|페이지|노션|Notion|컨플루언스|Confluence|플레이북|체크리스트|템플릿|\.md)(?:에|에다)\s((?:[^\s]{1,20}\s){1,5})(?:정리|문서화)(?:하기|함|한다|합니다|할\s것|예정)?[.!]?\s*$/u;
const WRITE_UP_MANNER = /(?:^|\s)(?:잘|깔끔(?:하게|히)|보기\s?좋게|꼼꼼(?:하게|히)|체계적으로|알기\s?쉽게|상세(?:하게|히)|자세(?:하게|히)|한눈에|최대한|가능한)(?:\s|$)/u;
// A Slack channel, a mention or a command line option: a named place or switch.
const NAMED_PLACE = /(?:^|\s)[#@][a-z0-9][\w-]{1,40}/u;

/**
 * Whether a vague word found at `at` (length `len`) in `s` is not the item's action: the goal of a
 * purpose clause ("알람 피로도 개선을 위해 … 병합", "모니터링 고도화의 첫 단계로 … 구축"), an inquiry word
 * used as a modifier of a thing ("점검 공지", "분석용 힙 덤프", "검토 승인 없이는 …") or of a time ("리뷰 시",
 * "점검 중에는"), or a clean-up of a set that names what it holds ("미사용 보안 그룹 정리").
 */
function notTheAction(s: string, at: number, len: number, v: Vague, src: string): boolean {
  const after = s.slice(at + len, at + len + 24);
  // "주체가 `user/deployer`인지 먼저 본다": "-인지" after inline code (a separator in the prose) is "whether".
  if (src[at - 1] === '\uFFFC' && s.slice(at, at + len) === '인지') return true;
  if (/^(?:을|를)?\s?(?:위해|위한|위하여|목적으로)(?:\s|$)|^의\s(?:첫\s|두\s번째\s)?(?:단계|일환)(?:으로|로)\s/u.test(after)) return true;
  // "탐지를 더 빠르게 하기 위해 로그인 흐름을 매시간 자동으로 테스트": a degree word inside a purpose clause made with
  // 하기 위해 / 하도록 / 되도록; the action is what follows (session 8, real postmortems; the English "… to alert us more quickly").
  if (v.id === 'ko.vague.improve' && /^\s?(?:하기\s?(?:위해|위한|위하여)|하도록|되도록)\s/u.test(after)) return true;
  const word = s.slice(at, at + len);
  if (v.id === 'ko.vague.review' && /^(?:점검|검토|분석|조사|모니터링|리뷰)$/u.test(word) && /^(?:용\s|\s?(?:공지|안내|페이지|모드|배너|승인|요청\s?(?:없이|이\s없)|기간|시간대|시간|일정)(?:[을를이가은는의에]|\s|$))/u.test(after)) return true;
  // "AI 분석 결과 캐싱", "최근 분석 히스토리 저장": the inquiry names what is stored, and the storing is the action
  // ("점검 결과 공유", "분석 결과 정리" still rest on the inquiry). Session 7 (ko-act-7034, 7035).
  if (v.id === 'ko.vague.review' && /^(?:점검|검토|분석|조사|리뷰|확인|검증)$/u.test(word)) {
    const stored = /^\s?(?:결과|히스토리|이력|내역|리포트|보고서|데이터)(?:를|을)?\s(?:[^\s]{1,20}\s){0,2}(?:캐싱|캐시|저장|보관|적재|암호화|마스킹|압축|인덱싱|아카이빙|백업)(?:하기|함|한다|합니다|할\s것|예정)?[.!]?\s*$/u;
    if (stored.test(s.slice(at + len))) return true;
  }
  // "확인 절차의 공백으로", "점검 체계의 허점": a gap named in a procedure (the blame rewrites' wording), not an act.
  if (v.id === 'ko.vague.review' && /^\s?(?:절차|단계|과정|체계)의\s(?:공백|부재|허점|누락)/u.test(after)) return true;
  // "코드 리뷰 시 …", "점검 중에는 …": the inquiry word says when; the action is what follows it.
  // (Session 14: "… 검토 중 (담당: …)" closes the item: a review under way, not a time; only "점검 중에 …", "검토 중 발견된 …" are.)
  if (v.id === 'ko.vague.review' && /^(?:점검|검토|분석|조사|리뷰|확인|검증)$/u.test(word) && /^\s?(?:시|때|중)(?:에는|에|엔)?\s(?!\s*(?:[(（]|$))/u.test(after)) return true;
  // "장애 알림이 이제 팀 전체에 더 잘 보인다", "배포가 현재는 훨씬 빨라졌다": a state already reached, reported among the
  // follow-ups (the English "Incidents are now more visible"); "이제부터 더 꼼꼼히 확인한다" is a commitment. Session 9.
  if (v.id === 'ko.vague.improve' && /(?:^|\s)(?:이제|현재는|지금은)\s/u.test(s.slice(0, at)) && !/(?:이제부터|앞으로|향후)/u.test(s) && /(?:보인다|보입니다|된다|됩니다|되었다|됐다|되었습니다|됐습니다|[아어여]졌다|[아어여]졌습니다|[아어여]진다|[아어여]집니다)[.!]?\s*$/u.test(s)) return true;
  // "정리" ends an item as its action ("운영 문서 정리"); mid-item it is a step ("정리 후 삭제").
  if (/^정리/u.test(word) && s.slice(at + len).trim().replace(/^[.!]$/u, '') !== '') return true;
  if (/^정리/u.test(word) && /(?:미사용|불필요한|중복된?|오래된|만료된|퇴사자|사용하지\s않는|안\s쓰는)\s/u.test(s.slice(0, at))) return true;
  return false;
}

/** The first vague word of `s` that is the item's action, or undefined. */
function firstAction(s: string, src: string = s): { index: number; length: number; v: Vague } | undefined {
  let hit: { index: number; length: number; v: Vague } | undefined;
  for (const v of VAGUE) {
    v.re.lastIndex = 0;
    for (let m = v.re.exec(s); m; m = v.re.exec(s)) {
      if (m[0].length === 0) {
        v.re.lastIndex++;
        continue;
      }
      if (hit && m.index >= hit.index) break;
      if (notTheAction(s, m.index, m[0].length, v, src)) continue;
      hit = { index: m.index, length: m[0].length, v };
      break;
    }
  }
  return hit;
}

/**
 * Whether a sentence after the one holding the vague word says what will be done, in the present or
 * future ("배포 알림 봇 개선. 배포 시작과 종료를 #deploy 채널에 각각 게시한다."): the first sentence is a
 * title, this one its specification. A past-tense sentence is an explanation ("… 14분이 걸렸다.").
 */
function specifyingSentence(s: string): boolean {
  const t = s.trim().replace(/[.!。]$/u, '');
  // "운영 배포는 릴리스 매니저만 승인할 수 있다": who alone may act is an end state.
  const onlyWho = /만\s(?:[^\s]{1,12}\s){0,2}[\uac00-\ud7a3]{0,6}(?:할|될)\s수\s(?:있다|없다|있습니다|없습니다)$/u.test(t);
  if (!onlyWho && !/(?:한다|된다|합니다|됩니다|할\s?것|예정)$/u.test(t) && !presentTense(t)) return false;
  if (VAGUE.some((v) => {
    v.re.lastIndex = 0;
    return v.re.test(t);
  })) return false;
  if (onlyWho) return true;
  // "3초로 줄인다", "컨슈머는 8개로 한다": a target with its number.
  if (MEASURE.test(t) && (TO_TARGET.test(t) || /(?:으로|로)\s?(?:한다|정한다|맞춘다|둔다|합니다)$/u.test(t))) return true;
  return (CONCRETE_VERB.test(t) || SPEC_VERB.test(t) || /(?:에|으로|로)\s?(?:둔다|둡니다|둘\s?것)$/u.test(t)) && (ARTIFACT.test(t) || MEASURE.test(t) || NAMED_PLACE.test(t) || /[을를]\s(?:[^\s]{1,12}\s){0,2}[\uac00-\ud7a3]{1,8}(?:한다|된다|합니다|됩니다)$/u.test(t));
}

/** Whether a sentence ends in a plain present-tense verb ("줄인다", "둔다", "맞춘다"): -ㄴ다/-는다, not a past "-었다". */
function presentTense(t: string): boolean {
  if (t.length < 2 || t[t.length - 1] !== '다') return false;
  const c = t.charCodeAt(t.length - 2) - 0xac00;
  return t[t.length - 2] === '는' || (c >= 0 && c < 11172 && c % 28 === 4);
}

/** The clauses of an item: sentences, and items joined by "및", ",", "/" stay one. */
function sentencesOf(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '。' || c === ';' || c === '\n') && (i + 1 >= to || /\s/u.test(text[i + 1]))) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < to) out.push({ start: s, end: to });
  return out;
}

/** `text` with a trailing "(…)" blanked out (same length, so offsets hold); a scan, not a regex. */
function blankTrailingParen(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  if (end === 0 || (text[end - 1] !== ')' && text[end - 1] !== '）')) return text;
  const open = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf('（', end - 1));
  if (open < 0 || end - open > 42) return text;
  return text.slice(0, open) + ' '.repeat(text.length - open);
}

/** Where the specification of an item starts: a colon or a dash between words after `from`, or -1. */
function specificationAfter(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === ':' || c === '：') return i;
    if ((c === '—' || c === '–' || (c === '-' && s[i + 1] === ' ')) && s[i - 1] === ' ') return i;
  }
  return -1;
}

// "부하 불균형과 지연 급증을 실시간으로 탐지하도록 …": what the change must detect, named ("이슈를 조기에 발견하도록",
// "장애를 더 빨리 감지하도록" name nothing checkable). Audit of session 5 (test/language/AUDITS.md).
const DETECT_NAMED = /([^\s]{1,20})(?:을|를)\s(?:실시간으로\s|즉시\s|자동으로\s)?(?:탐지|감지|발견|알림|경보)(?:하도록|할\s수\s있도록|되도록|하게)(?:\s|$)/u;
const DETECT_GENERIC = /^(?:이슈|문제|문제점|장애|오류|에러|버그|이상|이상\s?징후|징후|위험|사고|현상|이상\s?현상|것|부분|상황)$/u;
function detectsNamedSignal(s: string): boolean {
  const m = DETECT_NAMED.exec(s);
  return !!m && !DETECT_GENERIC.test(m[1]) && !/(?:더|빨리|신속|조기|빠르게)/u.test(s.slice(0, m.index + m[0].length));
}

// A due date or a priority in parentheses ("(3월)", "(~3/15)", "(2024-11-22)", "(Q2)", "(P1)"): when, not how much.
const DUE_PAREN = /[(（]\s?~?\s?(?:\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{4}\s?년(?:\s?\d{1,2}\s?월)?|\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?|\d{1,2}\/\d{1,2}|Q[1-4]|P[0-4]|(?:상|하)반기)(?:\s?(?:까지|중|말|초|내))?(?:\s?[,，]\s?~?\s?(?:\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{4}\s?년(?:\s?\d{1,2}\s?월)?|\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?|\d{1,2}\/\d{1,2}|Q[1-4]|P[0-4]|(?:상|하)반기)(?:\s?(?:까지|중|말|초|내))?){0,3}\s?[)）]/gu;

// A change left to a later review, in the parentheses that close an item (an owner's may follow).
const LATER_REVIEW = /[(（]\s?((?:추후|향후|차후)\s?(?:검토|논의|고려)(?:\s?(?:예정|필요))?)\s?[)）]\s*(?:[.!]\s*)?(?:[(（][^()（）\n]{0,40}[)）]\s*)?$/u;

// Session 14: the progressive of an inquiry verb closing the item ("고려하고 있다", "검토하고 있습니다", "논의 중이다").
const KO_CONSIDERING = /((?:검토|고려|논의|협의|고민|조사|분석|모색|타진)(?:를|을)?\s?(?:하고\s?있(?:다|습니다|음|어요)|중(?:이다|입니다|임)?))[.!]?$/u;

// Manner words that ask for care rather than name a check ("한 번 더", "꼼꼼히").
const CARE_MANNER = /(?:한\s?번\s?더|다시\s?한\s?번|꼼꼼|철저|반드시|제대로|충분히|신중|세심|잘\s)/u;

/**
 * Whether a strengthened monitoring or alerting ("모니터링 강화", "알림 보강") is followed by parentheses that name at
 * least two signals ("(Outbox 적체량, Redis ZSet 크기)"): a date, a priority, an owner or a manner ("(3월)", "(P1, 3월)",
 * "(전반적으로, 꼼꼼하게)") names none.
 */
function monitoredSignals(word: string, before: string, after: string): boolean {
  if (!/^(?:강화|보강|고도화|개선|확대|보완)/u.test(word)) return false;
  if (!/(?:모니터링|알림|알람|경보|대시보드|지표|메트릭|관제|감시)\s?$/u.test(before)) return false;
  const m = /^\s?[(（]([^()（）\n]{4,80})[)）]/u.exec(after);
  if (!m) return false;
  const parts = m[1].split(/[,，、·]/u).map((part) => part.trim());
  if (parts.length < 2) return false;
  return parts.every((part) => part.length >= 2 && /[\uac00-\ud7a3A-Za-z]/u.test(part)
    && !/^(?:P\d|Q[1-4]|\d{1,4}(?:월|년|일|-)|상반기|하반기|담당|owner|기한|마감|~)/iu.test(part)
    && !/(?:으로|하게|히|게|적인)$/u.test(part)
    && !VAGUE.some((v) => {
      v.re.lastIndex = 0;
      return v.re.test(part);
    }));
}

// Session 15 (reading2). A SENTENCE-OPENING FRAMING CLAUSE: a degree adverb on a verb of viewing or saying in the conditional
// ("더 넓게 보면", "좀 더 크게 보자면", "보다 일반적으로 말하면") or a "-적으로는" adverb marked as the topic ("보다 일반적으로는",
// "더 근본적으로는") frames how the sentence is said; its 더/보다 is no degree of the action. The item is judged on what follows
// ("더 넓게 보면 모니터링을 강화할 예정입니다" stays vague for 강화). A degree of the action itself ("더 자주 백업을 확인") stays.
// English mirror: en/vague.ts DISCOURSE_MARKER ("More generally, …", "More broadly, …").
const FRAMING_OPENER = /^\s*(?:(?:(?:더욱|좀\s더|더|보다)\s)?[\uac00-\ud7a3]{1,6}(?:게|히|적으로)\s(?:보면|보자면|말하면|말하자면)|(?:더욱|더|보다)\s[\uac00-\ud7a3]{1,6}적으로는),?(?=\s)/u;

// Session 17 (vague). STEPS OR MEASURES TAKEN WITH NONE NAMED ("필요한 조치를 취하겠습니다", "재발 방지를 위해 적절한 조치를 취할
// 예정입니다", "안정성을 높이기 위해 필요한 조치를 취해야 합니다"): which steps is left open. Only when the phrase ends the item
// (a purpose before it, a plan or polite ending after it); "필요한 조치를 취해 작업 큐의 단일 장애점을 제거합니다" names the change
// after it and is left alone. English mirror: en/vague.ts TAKE_STEPS ("take necessary steps to …").
const KO_TAKE_STEPS = /(?:(?:필요한|적절한|적합한|합당한|제반|모든|가능한|후속|추가적인|추가|응분의|만반의|(?:위한|위해|위하여))\s)(?:(?:모든|제반|추가|후속|필요한)\s)?(?:조치|대책|대응\s?조치)(?:를|을)?\s?(?:취하|취할|취해|다하|다할|강구하|강구할|하겠|할\s?(?:예정|계획))[\uac00-\ud7a3\s]{0,12}$/u;

// Session 17 (vague). A PLAN OR POLITE ENDING after the item's last verb ("… 추가를 검토하겠습니다", "… 모니터링을 강화할 예정입니다",
// "… 가능성을 검토하고자 합니다", "… 살펴볼 예정입니다"): the ending is no word of the action, so the verb before it still ends the item
// ("… 추가 검토" is read as a review, and so is "… 추가를 검토하겠습니다"). Without this, a concrete noun elsewhere in the item
// ("백업 스크립트 추가") made the item read concrete whenever the verb took a polite ending longer than four characters.
const KO_PLAN_TAIL = /(?:겠습니다|겠어요|겠음|겠다|\s?(?:예정|계획)(?:입니다|이다|임|이에요)?|고자\s?(?:합니다|한다|함)|야\s?(?:합니다|한다|함)|려고\s?(?:합니다|한다|함))$/u;

/** Vague wording in one action item's description. Offsets are into `text`. */
// Session 18 (vague). A GENERIC SYSTEM BUILT, WITH NOTHING OF IT NAMED: the whole item is a broad domain (모니터링, 보안, 로깅,
// 알림 …, or none) and a framework noun (시스템, 체계, 전략, 컨벤션, 정책, 규칙, 프로세스) with a verb of setting it up (구축,
// 확립, 마련, 수립, 설정, 정립): "보안 체계 구축", "로깅 전략 설정", "컨벤션 확립". What the system watches, which rule holds or
// what the strategy decides is left open. A qualifier or a named thing makes it another item ("장애 등급별 보고 체계 정립",
// "SLO 대시보드 구축", "슬랙 알림 시스템 구축" are not read here). The English mirror is en/vague.ts GENERIC_SYSTEM.
const KO_GENERIC_SYSTEM = /^\s*((?:(?:모니터링|보안|로깅|로그|알림|알람|경보|배포|테스트|운영|장애|대응|백업|관제|코딩|개발|협업|소통|커뮤니케이션|품질|코드|리뷰|인프라|관리)\s?){0,2}(?:시스템|체계|전략|컨벤션|정책|규칙|프로세스)\s?(?:구축|확립|설정|마련|수립|정립))(?:하기|함|한다|합니다|할\s?예정|예정)?\s*$/u;
const KO_SOMEHOW = /어떻게(?:든지?|라도)|어떤\s?(?:식|형태|방식|방법)(?:으로|로)?(?:든지?|라도)|무슨\s?수를\s?써서라도/u;

export function koreanActionItem(item: KoSentence, text: string): KoDetection[] {
  const out: KoDetection[] = [];
  if (!/[\uac00-\ud7a3]/u.test(item.text)) return out;
  const sentences = sentencesOf(text, item.start, item.end);
  for (const [k, sent] of sentences.entries()) {
    // An owner or ticket left behind as "(담당: ￼)" is not part of the action.
    const raw = text.slice(sent.start, sent.end);
    // (Emphasis markers are blanked: a check that reads the source, not the prose block, sees "**…**".)
    // (A sentence-opening framing clause is blanked too, same length: FRAMING_OPENER.)
    const s = blankTrailingParen(raw).replace(/\uFFFC/gu, ' ').replace(/\*\*|__/gu, '  ').replace(FRAMING_OPENER, (m) => ' '.repeat(m.length));
    // "5노드 공통 룰 승격 (향후 검토)", "멀티 리전 복제 도입 (추후 검토 예정)": the change is left to a later review, said in
    // the parentheses that close the item (before an owner's), whatever the change names. Session 7 (ko-act-7123).
    const later = k === sentences.length - 1 ? LATER_REVIEW.exec(raw) : null;
    if (later) {
      const at = sent.start + later.index + later[0].indexOf(later[1]);
      out.push({ start: at, end: at + later[1].length, list: 'vague', id: 'ko.vague.review', kind: 'vague', note: NOTE.review, rewrites: [] });
      break;
    }
    // Session 14. A consideration under way, told as news at the end of the item ("… 방안도 고려하고 있다", "… 교체를 검토하고
    // 있습니다", "… 검토 중"): an open question with no decision, as the English "we are also considering …" is.
    const considering = KO_CONSIDERING.exec(s.trimEnd());
    if (considering) {
      const at = sent.start + considering.index;
      out.push({ start: at, end: at + considering[1].length, list: 'vague', id: 'ko.vague.review', kind: 'vague', note: NOTE.review, rewrites: [] });
      break;
    }
    // Session 16. An indefinite manner or form ("어떻게든", "어떤 식으로든", "어떤 형태로든"): how the action is done is left
    // open, whatever it names, as the English "in some way", "somehow" leave it.
    const somehow = KO_SOMEHOW.exec(s);
    if (somehow) {
      const at = sent.start + somehow.index;
      out.push({ start: at, end: at + somehow[0].length, list: 'vague', id: 'ko.vague.somehow', kind: 'vague', note: NOTE.improve, rewrites: [] });
      break;
    }
    // Session 18: a generic system built, with nothing of it named (KO_GENERIC_SYSTEM), as the whole one-sentence item.
    const generic = sentences.length === 1 ? KO_GENERIC_SYSTEM.exec(s.trimEnd().replace(/[.!]$/u, '')) : null;
    if (generic) {
      const at = sent.start + generic[0].indexOf(generic[1]);
      out.push({ start: at, end: at + generic[1].length, list: 'vague', id: 'ko.vague.generic-system', kind: 'vague', note: NOTE.improve, rewrites: [] });
      break;
    }
    // Session 17: steps or measures taken with none named (KO_TAKE_STEPS), when nothing but a number-free plan surrounds them.
    const steps = KO_TAKE_STEPS.exec(s.trimEnd().replace(/[.!]$/u, ''));
    if (steps && !/\d/u.test(s)) {
      const at = sent.start + steps.index + (steps[0].length - steps[0].trimStart().length);
      const len = steps[0].replace(/\s?(?:취하|취할|취해|다하|다할|강구하|강구할|하겠|할\s?(?:예정|계획))[\uac00-\ud7a3\s]{0,12}$/u, '').length;
      out.push({ start: at, end: at + len, list: 'vague', id: 'ko.vague.steps', kind: 'vague', note: NOTE.review, rewrites: [] });
      break;
    }
    const first = firstAction(s, raw);
    if (!first) continue;
    const hit = { start: sent.start + first.index, end: sent.start + first.index + first.length, v: first.v };
    const word = text.slice(hit.start, hit.end);
    const beforeWord = s.slice(0, hit.start - sent.start);
    const tailWord = s.trimEnd().replace(/[.!]$/u, '').split(/\s/u).pop() ?? '';
    // (Session 17: measured without a plan or polite ending, KO_PLAN_TAIL.)
    const core = s.trimEnd().replace(/[.!]$/u, '').replace(KO_PLAN_TAIL, '');
    const tailCore = core.split(/\s/u).pop() ?? '';
    const lastIsHit = hit.end - sent.start >= core.length - 4;
    const report = () => {
      // The item is judged whole: when it rests on several vague actions ("보안 강화 및 에러 핸들링
      // 개선"), one finding covers them all, so that no second finding reports the same item.
      let last = hit.end;
      for (const v of VAGUE) {
        v.re.lastIndex = 0;
        for (let m = v.re.exec(s); m; m = v.re.exec(s)) last = Math.max(last, sent.start + m.index + m[0].length);
      }
      let end = last;
      while (end < sent.end && /[\uac00-\ud7a3]/u.test(text[end])) end++;
      out.push({ start: hit.start, end, list: 'vague', id: hit.v.id, kind: 'vague', note: NOTE[hit.v.note], rewrites: [] });
    };
    // "OpenAPI/Swagger 도입 검토", "Outbox → Kafka 기반 처리로 전환 검토", "gRPC 적용 여부 검토": the change is only
    // considered; the review is the item, whatever the change names (a tool, a target, a number).
    // (Session 17: also a change told as a clause, "Netlify로 이전하는 방안을 살펴볼 예정입니다", "… 도입 가능성을 검토하겠습니다", and the
    // inquiry verbs 살펴보/알아보: the change is only looked into.)
    if (hit.v.id === 'ko.vague.review' && lastIsHit && /^(?:검토|고려|논의|타진|고민|협의|계획|살펴보|살펴볼|알아보|알아볼)/u.test(word) && /(?:도입|전환|적용|교체|이관|이전|채택|마이그레이션|업그레이드|분리|통합)(?:\s?여부|\s?(?:을|를)|\s?가능성(?:을|를)?|(?:하는|할)\s(?:방안|방법|가능성|여부|것)(?:을|를)?)?\s?$/u.test(beforeWord)) {
      report();
      break;
    }
    // "오픈소스 모델 검토 (Llama 3, Mistral)": a review that ends the item, its parentheses naming only the candidates.
    if (hit.v.id === 'ko.vague.review' && /^(?:검토|고려|비교|논의)/u.test(word)) {
      const cands = /^\s?[(（]([^()（）]{2,60})[)）]\s*(?:[.!]\s*)?$/u.exec(s.slice(hit.end - sent.start));
      const parts = cands ? cands[1].split(/[,，、/]/u).map((x) => x.trim()) : [];
      if (parts.length >= 2 && parts.every((x) => /^[\p{L}][\p{L}\p{N}.+\s-]{0,24}$/u.test(x) && !/(?:\d\s?(?:%|ms|초|분|시간|일|주|개|건|회|GB|MB|배)|월$|^P\d$|^Q[1-4]$)/u.test(x) && !/\s(?:\p{L}+\s){2,}/u.test(x))) {
        report();
        break;
      }
    }
    // "트래픽 피크 사전 스케일링 자동화 (HPA 임계값 조정)": a vague word inside the parentheses after a concrete change
    // specifies that change ("모니터링 강화 (HPA 임계값 조정)" has a vague head, found first).
    const open = Math.max(beforeWord.lastIndexOf('('), beforeWord.lastIndexOf('（'));
    if (open > 0 && !/[)）]/u.test(beforeWord.slice(open))) {
      const head = beforeWord.slice(0, open).trimEnd();
      if (TAIL_VERB.test(head.split(/\s/u).pop() ?? '')) continue;
    }
    if (hit.v.id === 'ko.vague.review' && /^(?:확인|검증|점검|체크)/u.test(word)) {
      // Session 11 (checks.ts): a yes/no state of a named thing ("쿠키가 발급되는지 확인", "매니페스트 존재 확인").
      if ((lastIsHit || namesListed(s.slice(hit.end - sent.start))) && /^(?:확인|검증|점검|체크)(?:하기|함|한다|합니다|할\s것)?$/u.test(word) && !CARE_MANNER.test(beforeWord) && binaryCheck(beforeWord)) continue;
      // "자동화 테스트에 토큰 저장 확인 포함", "배포 체크리스트에 DNS 레코드 확인 추가": a check put into a named artefact.
      if (/^(?:포함|추가)(?:하기|함|한다|합니다|할\s것|예정)?$/u.test(tailWord) && /(?:테스트|체크리스트|파이프라인|CI|CD|스크립트|템플릿|런북|게이트|워크플로|단계|QA|매뉴얼|절차서)(?:에|에도)\s/u.test(beforeWord) && !CARE_MANNER.test(beforeWord)) continue;
      // "로컬 실행 전 키 생성 스크립트와 env 확인", "시작/재개 시 remote SHA와 … 확인한다": a check of named things (a
      // file, a key, a command) at a stated step ("배포 전 설정 확인", "작업 전 한 번 더 확인하기" name nothing).
      const step = /(?:^|\s)[^\s]+\s?(?:전|시|후|때)(?:에는|에)?\s/u.exec(beforeWord);
      // (A command named in code stands as U+FFFC in the raw text: "배포 전 `kubectl get all` 로 의존성 서비스 확인".)
      // "반드시" there asks that the step not be skipped, and is no manner, when what is checked is named in code ("배포 전
      // 반드시 `git diff` 확인"; "배포 전 반드시 설정 확인" names nothing and stays). Session 9.
      const named = step ? raw.slice(step.index + step[0].length, hit.start - sent.start) : '';
      const manner = /(?:`|\uFFFC)/u.test(named) ? beforeWord.replace(/반드시\s/gu, '') : beforeWord;
      if (lastIsHit && step && /(?:[A-Za-z]{2,}|`|\uFFFC)/u.test(named) && !CARE_MANNER.test(manner)) continue;
      // "저장소에 남은 `cacheKey` 키가 설정 변경 시 실제로 정리되는지 확인": the check is an embedded question about a thing
      // named in code ("…되는지 확인"), as the English "Verify that `x` is cleaned up …" ("설정이 제대로 되었는지 확인", "문제가
      // 없는지 확인" name nothing and stay). Owners, session 10.
      if (lastIsHit && /[가-힣](?:는지|은지|인지|ㄴ지)\s$/u.test(beforeWord) && /(?:`|\uFFFC)[^\s]{0,20}\s?(?:[가-힣]{1,4}\s)?[가-힣]{0,12}(?:이|가|은|는)\s/u.test(raw.slice(0, hit.start - sent.start)) && !CARE_MANNER.test(beforeWord)) continue;
    }
    // "Prometheus + Grafana로 JVM 메트릭 모니터링": the tool that watches is named.
    if (hit.v.id === 'ko.vague.watch' && /[A-Za-z]{2}/u.test(beforeWord) && /(?:으로|로)\s/u.test(beforeWord)) continue;
    // "다중 CDN 모니터링", "통합 모니터링": a monitoring set-up named by its kind, as a comparison table lists it.
    // (A lone "모니터링" is a table's row label, not an item.)
    if (hit.v.id === 'ko.vague.watch' && (/^(?:다중|통합|중앙|분산|합성|외부)\s/u.test(s.trim()) || beforeWord.trim() === '')) continue;
    // "API 문서 갱신", "`docs/DEPLOY.md` 절차 갱신": the document is named.
    if (hit.v.id === 'ko.vague.update' && /[A-Za-z]{2,}|\uFFFC|`/u.test(raw.slice(0, hit.start - sent.start))) continue;
    // The vague word itself does not count as a measure ("추가 검토" is no addition).
    // (Nor does a due date or a priority in parentheses: "모니터링 강화 (3월)", "(2024-11-22)", "(P1)".)
    const rest = s.slice(0, hit.start - sent.start) + ' '.repeat(hit.end - hit.start) + s.slice(hit.end - sent.start);
    if (MEASURE.test(rest.replace(DUE_PAREN, (w) => ' '.repeat(w.length)))) continue;
    // "… 검토 및 모니터링 강화": the item also ends on a vague action, whatever else it names.
    const endsVague = !lastIsHit && (/^(?:재?점검|재?검토|강화|개선|보완|보강|고도화|최적화|안정화|정비|체계화|표준화|향상|확대|논의|고민|고려|모색|분석|조사|튜닝|개편|지켜보|챙기|주시)(?:하기|함|한다|합니다|할 것|예정)?$/u.test(tailWord) || (tailCore !== tailWord && /^(?:[^\s]{0,12}(?:을|를)\s?)?(?:재?점검|재?검토|강화|개선|보완|보강|고도화|최적화|안정화|정비|체계화|표준화|향상|확대|논의|고민|고려|모색|분석|조사|튜닝|개편|지켜보|챙기|주시)(?:하|할|해)?$/u.test(tailCore)));
    // "원인 분석 후 수정 패치 배포", "로그를 조사해 누락된 인덱스 추가": the inquiry is a step, and the change it
    // leads to ends the item ("원인 분석 후 개선", "조사 후 조치" name no change and stay vague).
    if (hit.v.id === 'ko.vague.review') {
      const then = /^[가-힣]{0,3}?(?:\s?후|하고|해서|하여|해|한\s?뒤|한\s?다음)\s(.+)$/u.exec(s.slice(hit.end - sent.start).trimEnd().replace(/[.!]$/u, ''));
      if (then && !VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(then[1]);
      }) && TAIL_VERB.test(then[1].split(/\s/u).pop() ?? '')) continue;
    }
    // "배포 전 체크리스트 확인 의무화", "static 변수 사용 시 반드시 리뷰 필수", "배포 전 QA 확인 의무": a check made
    // mandatory or automatic is a mechanism ("검토 필요" only says one is needed, and stays an inquiry; "반드시 확인 필수"
    // names nothing to check).
    if (hit.v.id === 'ko.vague.review' && /^(?:의무화|필수화|자동화|필수|의무)(?:하기|함|한다|합니다|할 것|예정)?$/u.test(tailWord) && s.slice(hit.end - sent.start).trim().split(/\s/u).length === 1 && (!/^(?:필수|의무)/u.test(tailWord) || /[\p{L}\p{N}]/u.test(s.slice(0, hit.start - sent.start).replace(/반드시|항상|꼭|늘|꼼꼼히|철저히|다시\s?한\s?번|한\s?번\s?더/gu, '')))) continue;
    // "방화벽 규칙 수정 시 한 번 더 생각하고 적용하기": care is the manner of the change, and the item asks
    // for the care, whatever the change is.
    const manner = hit.v.id === 'ko.vague.care' && /^[\uac00-\ud7a3]{0,3}(?:하고|해서|하여|고|한\s?뒤|한\s?후|한\s?다음)\s/u.test(s.slice(hit.end - sent.start));
    // "카나리 배포 도입을 통해 배포 안정성 강화", "읽기 전용 복제본을 추가하여 조회 성능 개선": the means is the
    // change; the goal after it says why ("교육을 통해 …", "개선을 통해 …" name no change and stay vague).
    const beforeHit = s.slice(0, hit.start - sent.start);
    const means = /(?:을|를)\s?통해\s|(?:으로|로)써\s|((?:도입|적용|추가|구축|전환|설치|분리|교체|자동화|생성|구현|연동|이전|이관|샤딩|분할|고정|배포|비정규화|캐싱|제거|삭제|차단|격리|암호화|압축|병렬화|업그레이드|롤백)(?:(?:을|를)\s?완료|\s완료)?(?:으로|하여|해서|해))\s/u.exec(beforeHit);
    if (means) {
      const part = beforeHit.slice(0, means.index + means[0].length);
      // (Session 14: a change verb as the means, "테넌트별로 샤딩하여", "다이제스트를 고정하여", is the change itself.)
      if ((CONCRETE_VERB.test(part) || SPEC_VERB.test(part) || !!means[1]) && !VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(part);
      })) continue;
    }
    if (!lastIsHit && !endsVague && !manner) {
      // ("배포 전 충분한 테스트 수행", "배포 후 모니터링을 더 오래 지켜보기": "배포 전/후" says when, it is no change.)
      const changes = rest.replace(/(?:배포|설치|적용|변경|전환|수정|패치|교체)\s?(?:전|후|시|때|직후|이후|이전)(?=\s|$)/gu, (w) => ' '.repeat(w.length));
      if (CONCRETE_VERB.test(changes) && ARTIFACT.test(changes)) continue;
      // The item ends in a concrete verb ("… 사본 삭제", "… 키 분리"): the vague word is a step on the way.
      // (Not when the vague word is that verb's own object: "소통 활성화" changes nothing checkable.)
      const tailOnHit = /^\s*$/u.test(s.slice(hit.end - sent.start, s.trimEnd().replace(/[.!]$/u, '').length - tailWord.length));
      // (Nor when the vague word is a degree on the thing made: "더 나은 대시보드 구성" asks for "better".)
      // ("정기적인 보안 패치 적용", "보수적 설정": how often or how far, unstated. Session 7.)
      const degree = /^(?:(?:더욱|더|덜|보다|좀\s더)\s[\uac00-\ud7a3]{0,5}(?:은|운|른|한|적인)|(?:정기|주기|보수)적(?:인|으로)?)$/u.test(text.slice(hit.start, hit.end));
      // (Unless the degree names its baseline: "텔레그램 메시지 한 건을 넘어서는 더 강한 에스컬레이션 경로 추가".)
      const baseline = /(?:[을를]\s?넘어서는|[가-힣A-Za-z0-9`\uFFFC]보다)\s/u.test(beforeWord);
      if (!tailOnHit && (!degree || baseline) && TAIL_VERB.test(tailWord)) continue;
    }
    // "공격 공유를 더 쉽게 하는 디스코드 전사 장애 채널": the item names the deliverable it makes, and the vague words
    // say what it is for, in the clause that modifies it (audit of session 6).
    if (/^\s?(?:하는|해\s?주는|할\s수\s있는|만드는|만들어\s?주는|돕는|도와\s?주는)\s(?:[^\s]{1,12}\s){0,4}(?:채널|대시보드|런북|플레이북|알림|알람|봇|스크립트|체크리스트|페이지|템플릿|가이드|훅|잡|웹훅)$/u.test(s.slice(hit.end - sent.start).trimEnd().replace(/[.!]$/u, ''))) continue;
    // "재시도 로직 보완: 최대 세 번, 지수 백오프", "백업 정책 강화 — 스냅샷을 다른 리전에 복제": the
    // words after the colon or dash are the specification.
    const colon = specificationAfter(s, hit.end - sent.start);
    if (colon >= 0) {
      const spec = s.slice(colon + 1);
      const specTail = spec.trimEnd().replace(/[.!]$/u, '').split(/\s/u).pop() ?? '';
      const specVague = VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(spec);
      });
      // ("에러 로그 레벨 조정: 재시도 성공 건은 WARN 대신 INFO": a value named in place of another; "… 팀별 채널 분기":
      // a branch, as the last word.)
      // (Session 9: "SDK 테스트 강화 - 확장 모듈을 모든 이전 코어 버전과 함께 테스트": what is tested and against what.)
      if (spec.trim().length >= 6 && !specVague && (SPEC_VERB.test(spec) || NAMED_PLACE.test(spec) || TEST_AGAINST.test(spec.trimEnd().replace(/[.!]$/u, '')) || /[^\s]\s대신\s[A-Za-z0-9]/u.test(spec) || /^분기(?:하기|함|한다|합니다)?$/u.test(specTail))) continue;
      // "장애 대응 교육: 신규 입사자 첫 주에 롤백 실습": an exercise at a stated time ("수시로 실시" states none).
      if (!specVague && /(?:(?:첫\s?(?:날|주|달|번째)|직후|직전|당일|전날)(?:에는|에)?|\s(?:전|후|이전|이후)(?:에는|에)?)\s/u.test(spec) && /(?:실습|실시|수행|진행|훈련)(?:하기|함|한다|합니다|할 것|예정)?$/u.test(specTail)) continue;
      if (spec.trim().length >= 6 && (MEASURE.test(spec) || CONCRETE_VERB.test(spec) || TO_TARGET.test(spec) || TAIL_VERB.test(specTail) || /(?:최대|최소|한|두|세|네|다섯|여섯|열)\s?(?:번|회|개|명|분|초|시간|일|주)|자동/u.test(spec))) continue;
    }
    // "알림 채널 일원화 (PagerDuty)", "로그 마스킹 처리 강화 (개인정보 필드 전체)": the parentheses name the
    // target, or a scope that can be checked item by item.
    const paren = /^\s?[(（]([^()（）]{2,40})[)）]/u.exec(s.slice(hit.end - sent.start));
    if (paren && !VAGUE.some((v) => {
      v.re.lastIndex = 0;
      return v.re.test(paren[1]);
    })) {
      if (/^(?:일원화|통일|표준화|이관|전환|현행화|최신화)/u.test(text.slice(hit.start, hit.end)) && /(?:^|\s)[A-Za-z][A-Za-z0-9.-]{2,30}(?:\s|$)/u.test(paren[1])) continue;
      if (CONCRETE_VERB.test(paren[1]) || SPEC_VERB.test(paren[1]) || TO_TARGET.test(paren[1])) continue;
      // "장애 대응 매뉴얼 최신화 (담당자 연락처, 에스컬레이션 순서)": an update scoped to the parts it names.
      if (/^(?:최신화|현행화|갱신)/u.test(text.slice(hit.start, hit.end)) && paren[1].split(/[,，]/u).filter((part) => part.trim().length >= 2).length >= 2) continue;
      if (/(?:전체|전부|모두)$/u.test(paren[1].trim()) && (ARTIFACT.test(paren[1]) || /(?:필드|컬럼|테이블|엔드포인트|버킷|계정|키|인증서|API)/u.test(paren[1]))) continue;
    }
    // "배포 알림 봇 개선. 배포 시작과 종료를 #deploy 채널에 각각 게시한다.": a sentence after it specifies.
    if (sentences.slice(k + 1).some((n) => specifyingSentence(blankTrailingParen(text.slice(n.start, n.end)).replace(/\uFFFC/gu, ' ')))) continue;
    // "검토 결과를 ADR로 남기기", "점검 결과를 보안팀 위키에 공유": the outcome recorded in a named place.
    // ("… 내용을 사내 위키 장애 이력 페이지에 정리": a page named in a few words; "잘 정리" names none.)
    // ("어느 쪽이든 결정은 ADR로 문서화한다": the decision recorded in a named place, in a sentence of its own.)
    const recorded = /(?:결과|결정|결론|내용)(?:을|를|은|는)\s?(?:[^\s]{1,20}\s){0,4}[^\s]{1,20}(?:에|로)\s?(?:남기|기록|공유|게시|등록|정리|추가|첨부|반영|문서화)/u;
    if (recorded.test(s) || sentences.slice(k + 1).some((n) => recorded.test(text.slice(n.start, n.end)))) continue;
    // Session 12. "런북에 DB 페일오버 절차 정리", "온보딩 문서에 배포 권한 신청 절차 정리": a named content written up in a named
    // document (the English "Write up the failover procedure in the runbook" is concrete to the English rules); a manner
    // ("위키에 잘 정리", "문서에 보기 좋게 정리") or no content named ("위키에 정리") is not.
    if (hit.v.id === 'ko.vague.improve' && /^정리/u.test(text.slice(hit.start, hit.end))) {
      const written = WRITTEN_UP.exec(s);
      if (written && !WRITE_UP_MANNER.test(written[1])) continue;
    }
    // "런북 링크 없는 규칙을 모두 보완": every item with a checkable property is an end state.
    if (/(?:없는|있는|넘는|초과하는|지난|오래된|미사용|빠진|누락된)\s[^.]{0,24}?(?:을|를)\s(?:모두|전부|전체|빠짐없이)\s/u.test(rest)) continue;
    // "스크립트가 --env 없이 실행되지 않도록 보완": a state the system must never reach is an end state.
    if (hit.v.id === 'ko.vague.improve' && /[이가]\s.{0,40}되지\s?않도록/u.test(rest) && !/(?:반복|재발|발생)되지\s?않도록/u.test(rest)) continue;
    // "재시작 시 워밍업 스크립트가 실행되도록 개선", "헬스체크 실패 시 자동 롤백하도록 보완", "… bastion 경유로만 허용하도록
    // 관리 강화": the behaviour the change must produce, named with a concrete verb ("더 안정적으로 동작하도록 개선" names none).
    if (hit.v.id === 'ko.vague.improve') {
      const before = s.slice(0, hit.start - sent.start);
      // (The thing changed may stand between: "… 오도록 배포 스크립트 개선".)
      const so = /(?:되|하|가|오|나|지)도록\s(?:(?:수정|변경)\s?(?:및|과|와)\s)?(?:[^\s]{1,12}\s){0,3}$/u.exec(before);
      const clause = so ? before.slice(Math.max(0, so.index - 40), so.index + 3) : '';
      // ("장애 시 빠르게 복구되도록", "원활하게 운영되도록": a degree is no behaviour, whatever the verb.)
      const degree = /(?:빠르게|빨리|신속(?:히|하게)|원활(?:히|하게)|제대로|적절(?:히|하게)|안정적으로|효율적으로|효과적으로|문제\s?없이|최대한|가능한\s한)/u.test(clause) || VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(clause);
      });
      // A named target ("SRE 그룹으로 한정하도록", "DB 직접 조회로 폴백하도록") or a condition ("배포 실패 시 … 오도록") with
      // the behaviour is checkable too.
      const target = /([^\s]{1,20}?)(?:으로|로)(?:만)?\s[\uac00-\ud7a3]{1,8}(?:되|하)도록/u.exec(clause);
      const named = !!target && !/(?:적|방향|수준|쪽|식|형태|최소한|최대한|만큼|정도|필요|게)$/u.test(target[1]);
      if (so && !degree && (named || /(?:^|\s)[^\s]+\s?(?:시|때|경우)\s/u.test(clause) || /(?:실행|종료|중단|롤백|재시도|전송|발송|호출|차단|거부|삭제|설치|생성|기록|남|알림|알리|게시|전환|복구|재시작|격리|제외|포함|롤아웃|배포|표시|노출|허용|승인|경유|금지|강제|재개|건너뛰|사용|지원|수락|저장|암호화|압축|서명|반환|폴백)/u.test(clause))) continue;
    }
    // "캐시 무효화 로직 보완하여 TTL 만료 시 원본 재조회": the change, then the behaviour it must produce under a
    // stated condition ("모니터링 보완하여 장애 조기 감지", "… 개선해 안정성 확보" name no behaviour).
    if (hit.v.id === 'ko.vague.improve') {
      const then = /^(?:하여|해서|해|하고)\s(.+)$/u.exec(s.slice(hit.end - sent.start).trimEnd().replace(/[.!]$/u, ''));
      if (then && /(?:^|\s)[^\s]+\s?(?:시|때|경우)\s+[^\s]/u.test(then[1]) && !VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(then[1]);
      })) continue;
    }
    // "잡이 실패 코드로 종료되도록 보완": a state the system must reach, stated in its terms.
    if (hit.v.id === 'ko.vague.improve' && /[이가]\s[^.]{0,40}?(?:으로|로)\s?[\uac00-\ud7a3]{1,6}(?:되|하)도록/u.test(rest)) continue;
    // "부하 불균형과 지연 급증을 실시간으로 탐지하도록 모니터링 강화": a capability aimed at named signals.
    if (detectsNamedSignal(s)) continue;
    // "X를 Y로 변경", "X 설정 추가": a concrete change even without a listed artifact.
    if (TO_TARGET.test(rest)) continue;
    // "배포 스크립트를 make deploy 하나로 표준화", "알림 채널을 PagerDuty로 일원화": the vague word is the change,
    // and the target is named before it ("체계적으로", "적정 수준으로", "최소한으로" name none).
    // ("시크릿을 Vault로 관리": the home named before 관리.)
    if (/^(?:표준화|일원화|통일|단축|연장|조정|축소|확대|감축|감소|관리)/u.test(text.slice(hit.start, hit.end))) {
      const target = /([^\s]{1,20}?)(?:으로|로)\s?$/u.exec(s.slice(0, hit.start - sent.start));
      if (target && !/(?:적|방향|수준|쪽|식|형태|최소한|최대한|만큼|정도|필요)$/u.test(target[1]) && !VAGUE.some((v) => {
        v.re.lastIndex = 0;
        return v.re.test(target[1]);
      })) continue;
    }
    // "결제 모듈 타임아웃 값 상향 조정": a named setting moved one way is checkable against its old value.
    if (/(?:값|임계값|임계치|타임아웃|한도|주기|간격|용량|개수|리밋|쿼터|레플리카\s?수|노드\s?수|레플리카|TTL)\s?(?:을|를)?\s?(?:상향|하향|높이|낮추|늘리|줄이)/u.test(s)) continue;
    // "모니터링 강화 (Outbox 적체량, Redis ZSet 크기, 랭킹 조회 QPS)": monitoring strengthened on signals named in the
    // parentheses is checkable signal by signal (read before the trailing parentheses are blanked: a real item ends there).
    if (monitoredSignals(word, beforeWord, raw.replace(/\uFFFC/gu, ' ').slice(hit.end - sent.start))) continue;
    // "확인" in a concrete check ("배포 전 스키마 diff 확인 단계 추가") was handled above;
    // a bare check needs what makes it checkable.
    report();
    break;
  }
  return out;
}

/**
 * Whether an item that rests on a vague word still names a checkable end state ("런북 링크 없는
 * 규칙을 모두 보완", "응답 시간 p95를 200ms 이하로 개선"): the module found a vague word and judged
 * the item concrete. Then the phrase lists' vague findings are dropped too.
 */
export function koreanConcreteItem(item: KoSentence, text: string): boolean {
  const raw = text.slice(item.start, item.end);
  if (!/[\uac00-\ud7a3]/u.test(raw)) return false;
  const hasVague = VAGUE.some((v) => {
    v.re.lastIndex = 0;
    return v.re.test(raw);
  });
  return hasVague && koreanActionItem(item, text).length === 0;
}
