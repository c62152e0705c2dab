/**
 * Korean frames in which a blame, negligence, punishment or hindsight word asserts nothing about a person of the team
 * (session 10, issue 8: the false-alarm kinds of the Korean cases drawn for dev from fresh-s8 and fresh-s9). Each frame is
 * a grammatical or layout construction, not a phrase:
 *
 * - an appearance corrected: "…의 실수로 보이는 X가 실제로는 …" (what looked like a slip, then what it was);
 * - alternatives in an embedded question: "…의 잘못인지 …의 결함인지 (가려야 한다)" (whether A or B; neither asserted);
 * - a careless manner one cannot afford: "대충 넘길 수는 없다", "소홀히 다룰 수 없는" (a stance, nothing happened);
 * - a sanction reported as what followed: "책임자 징계가 이어졌다", "감봉 처분을 받았다" (not asked for);
 * - a past habit of necessity: "예전에는 … 할 때마다 …했어야 했는데, 이 도구를 쓰면 …" (had to, before a new means);
 * - a technical caution: "…를 비교할 때는 오차 범위에 주의해야 한다" (care about a thing, in a how-to frame, nobody addressed);
 * - a means that could prevent incidents in general: "과거 장애 대부분을 막을 수 있었던 배포 규칙" (not this incident);
 * - a third party's blaming, reported: "경영진은 … 직원 탓으로 돌리려 했다" (their attribution, not the writer's).
 *
 * Pure, bounded patterns, one sentence at a time (test/unit/regex-safety.test.ts scans this file's patterns).
 */

// Blame nouns (as in neutral.ts) for the frames below.
const BLAME = '(?:실수|잘못|과실|탓|부주의|불찰|착각|착오|태만|소홀|방심|안일|미숙|휴먼\\s?(?:에러|오류)|인적\\s?(?:오류|실수|과실))';
// Blame that a later clause may still assert ("…로 보였지만 실제로도 그의 실수였다").
const BLAME_AFTER = /(?:실수|잘못|과실|탓|부주의|불찰|착각|착오|태만|소홀|방심|안일|무시했|놓쳤|깜빡|잊었|어겼|책임이|책임을)/u;
const PUNISH = /(?:책임을\s?(?:묻|물)|징계|처벌|문책|경위서|시말서|경고\s?조치|해고|경질|감봉)/u;

// ------------------------------------------------------------------------------------------------
// An appearance corrected. "신입의 착각으로 보였던 설정 변경은 사실 도구의 기본값 때문이었다", "운영자 부주의로 여겨졌던 누락이
// 실제로는 재시도 로직의 결함에서 나왔다": blame named as how something looked, then what it really was.
const SEEMED = new RegExp(`${BLAME}(?:으로|로|처럼|인\\s?것처럼|인\\s?듯)\\s?(?:보이는|보였던|보이던|보인|여겨지는|여겨졌던|여겨지던|비치는|비쳤던|비친|생각됐던|생각되었던|알려졌던|알려진)\\s`, 'u');
const ACTUALLY = /(?:^|\s)(?:실제로는|실제론|사실은|사실|실은|알고\s?보면|알고\s?보니|따져\s?보면|오히려)\s/u;

/** "…의 실수로 보이는 행동이 실제로는 시스템의 취약점을 드러낸다": the slip is an appearance the sentence corrects. */
export function appearanceCorrected(s: string): boolean {
  const m = SEEMED.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  const turn = ACTUALLY.exec(rest);
  if (!turn) return false;
  // "실제로도 그의 실수였다" (actually too) asserts it; a correction that names blame again stays judged.
  return !BLAME_AFTER.test(rest.slice(turn.index + turn[0].length)) && !PUNISH.test(s);
}

// ------------------------------------------------------------------------------------------------
// Alternatives in an embedded question. "그 잘못이 한 개인의 잘못인지 시스템의 잘못인지 판가름해야 한다", "누락이 담당자의
// 실수인지 절차의 빈틈인지 먼저 구분한다": whether it was one or the other; the sentence asserts neither.
const ALTERNATIVE = new RegExp(`${BLAME}(?:인지|이었는지|였는지|인가|이냐)(?:,|\\s아니면)?\\s(?:[^\\s.!?]{1,12}\\s){0,3}?[^\\s.!?]{1,14}(?:인지|이었는지|였는지|는지|ㄴ지|인가)(?:를|는|도|가|조차)?(?=[\\s.,!?]|$)`, 'u');

/** "…의 실수인지 …의 결함인지": blame as one of two alternatives in an embedded question. */
export function alternativesAsked(s: string): boolean {
  return ALTERNATIVE.test(s) && !PUNISH.test(s);
}

// ------------------------------------------------------------------------------------------------
// A careless manner one cannot afford. "그렇다고 안일하게 처리할 수도 없다", "보안 경고를 소홀히 다룰 수 없는 이유", "대충 넘길
// 수는 없습니다": the manner under a present "cannot" is a stance about what the work demands; nothing happened. The past
// ("…할 수 없었다") and "…할 수밖에 없었다" (had no choice but to) are not this frame.
const CARELESS = /^(?:대충|대강|건성으로|안일하게|안이하게|소홀히|허술하게|느슨하게|가볍게)$/u;
const CAN_NOUN = /^수(?:는|도)?$/u;
const NOT_ABLE = /^없(?:다|습니다|는|어|어요|고|죠|지요|지|음|으니|으므로|기)[.,!?]?$/u;
/** Whether the last syllable of a word has the final ㄹ (an adnominal future: 할, 넘길, 다룰). */
const finalRieul = (w: string) => { const n = w.charCodeAt(w.length - 1) - 0xac00; return n >= 0 && n <= 11171 && n % 28 === 8; };

/** Spans "안일하게 … 할 수(도) 없다": a careless manner under a present "cannot". */
export function carelessNotAfforded(s: string): { start: number; end: number }[] {
  if (s.length > 600) return [];
  const words: { text: string; start: number; end: number }[] = [];
  for (const m of s.matchAll(/\S+/gu)) words.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!CARELESS.test(words[i].text)) continue;
    for (let j = i + 2; j < words.length && j <= i + 5; j++) {
      if (CAN_NOUN.test(words[j].text) && finalRieul(words[j - 1].text) && NOT_ABLE.test(words[j + 1]?.text ?? '')) {
        out.push({ start: words[i].start, end: words[j + 1].end });
        break;
      }
      // The clause ends (a connective or a comma): the manner is not under this "cannot".
      if (/(?:[,，]|고|며|서|데|지만|면)$/u.test(words[j - 1].text) && j - 1 > i) break;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// A sanction reported as what followed. "책임자 문책과 제도 개선이 이어졌지만", "관련 임원들에 대한 문책 인사가 단행됐다", "당시
// 관제사는 감봉 처분을 받았다": the punishment is a past event the sentence reports (the mirror of English "was fired"),
// not a call for it ("징계가 이뤄져야 한다", "…이 이뤄졌어야 했다" stay asks). Session 17: the "-성" form and "나다" as the
// event ("징계성 조치가 난 것이다", "문책성 인사가 났다"; "…조치가 나야 한다" stays an ask).
const SANCTION_REPORTED = /^(?:성)?(?:\s?(?:인사|처분|조치|절차|결정))?(?:(?:과|와|\s및)\s(?:[^\s.!?]{1,10}\s)?[^\s.!?]{1,10}?)?(?:이|가|을|를|도|은|는)?\s(?:(?:곧바로|잇달아|결국|즉시|모두|곧|바로|차례로)\s)?(?:이어졌|잇따랐|뒤따랐|단행됐|단행되었|내려졌|이뤄졌|이루어졌|받았|당했|있었|확정됐|확정되었|났|난\s(?:것|뒤|후|직후|다음)|나왔)(?!어야)/u;

/** What follows a punishment word reports it as a past event. */
export const sanctionReported = (after: string): boolean => SANCTION_REPORTED.test(after);

const SANCTION = /(?:징계|처벌|문책|질책|견책|경질|좌천|감봉|해고|정직|인사\s?(?:조치|처분))/gu;

/** Spans "징계 … 이어졌다", "감봉 처분을 받았다": a sanction reported as a past event. */
export function sanctionsReported(s: string): { start: number; end: number }[] {
  if (s.length > 600) return [];
  const out: { start: number; end: number }[] = [];
  SANCTION.lastIndex = 0;
  for (let m = SANCTION.exec(s); m; m = SANCTION.exec(s)) {
    const r = SANCTION_REPORTED.exec(s.slice(m.index + m[0].length));
    if (r) out.push({ start: m.index, end: m.index + m[0].length + r[0].length });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// A past habit of necessity. "예전에는 인증서를 갱신할 때마다 서버에 접속했어야 했는데, 이 도구를 쓰면 자동으로 끝난다",
// "지금까지는 … 툴을 사용했어야 했는데 이 패키지를 사용하면 …": "had to", said of the old way before a new means; no
// verdict on anyone. Not when the sentence goes on to say it was not done ("…했어야 했는데 그러지 않았다").
// Session 12: bare "원래 …했어야 했는데, 이제 …를 쓴다" as well; "이제라도", "이제야" (a resolve now, after it was not done) are
// no new means ("예전에는 확인했어야 했는데, 이제라도 확인하자" is hindsight).
const OLD_WAY = /(?:^|\s)(?:예전에는|예전엔|기존에는|기존엔|이전에는|이전엔|그동안(?:은|에는)?|지금까지(?:는)?|여태(?:까지)?(?:는)?|원래(?:는)?|과거에는|옛날에는)\s/u;
const CONTRAST_END = /^(?:는데|지만|으나|었는데|었지만)/u;
const NEW_MEANS = /(?:(?:^|\s)(?:이제(?!라도|야|서야|와서)(?:는|부터는?)?|지금은|요즘은|요즘에는|새\s|새로운\s)|(?:^|\s|[\uac00-\ud7a3])(?:쓰|사용하|도입하|이용하|적용하|설치하|활용하|켜|붙이)면\s|덕분에\s|(?:을|를)\s?(?:쓰|사용하|이용하)니\s)/u;
const NOT_DONE = /(?:않았|못했|안\s?했|그러지|하지\s?않|못\s?했)/u;

const SHOULD_FORM = /[^\s.!?]{1,12}야\s?(?:했|하였)(?=는데|지만|으나|었는데|었지만)/gu;

/** Spans of the should-have forms that say "had to", in the old way, before a new means. */
export function habitsOfNecessity(s: string): { start: number; end: number }[] {
  if (s.length > 600 || !OLD_WAY.test(s)) return [];
  const out: { start: number; end: number }[] = [];
  SHOULD_FORM.lastIndex = 0;
  for (let m = SHOULD_FORM.exec(s); m; m = SHOULD_FORM.exec(s)) {
    const end = m.index + m[0].length;
    if (habitOfNecessity(s, m.index, end)) out.push({ start: m.index, end: end + (CONTRAST_END.exec(s.slice(end))?.[0].length ?? 0) });
  }
  return out;
}

/** Whether the should-have form at [at, end) of the sentence is "had to", in the old way, before a new means. */
export function habitOfNecessity(s: string, at: number, end: number): boolean {
  if (!OLD_WAY.test(s.slice(0, at))) return false;
  const after = s.slice(end);
  const contrast = CONTRAST_END.exec(after);
  if (!contrast) return false;
  const rest = after.slice(contrast[0].length);
  return NEW_MEANS.test(rest) && !NOT_DONE.test(rest) && !BLAME_AFTER.test(rest);
}

// ------------------------------------------------------------------------------------------------
// A technical caution. "멀티 스레드로 작성할 때는 … 변수에 접근할 때 각별한 주의를 기울여야 한다", "외부 API 응답을 캐시할 경우에는
// 만료 시간 설정에 주의를 기울여야 합니다": care about a thing, in a how-to frame (when doing X), with nobody addressed and
// no incident in view. A call at people ("운영자는 …", "모두 …"), after an incident ("앞으로", "이런 일이 없도록", "다음부터"),
// or with no thing named ("배포할 때는 각별히 조심해야 한다") stays a call for vigilance.
const WHEN_WORD = /^(?:때|때에|때에는|때는|때마다|경우|경우에는|경우엔|경우에)$/u;
const AT_WORD = /^시(?:에는|에)?$/u;
const THING_OBJECT = /[\uac00-\ud7a3A-Za-z0-9)`]에\s/u;
const INCIDENT_VIEW = /(?:앞으로|다음(?:에는|엔|부터|번에는)|이번|이런|이러한|이와\s같은|그런\s일|다시는|재발|또\s다시|늘\s|항상\s|평소|각자|모두|다들|여러분|우리|저희|나도|저도|제가|내가)/u;

/** Whether the call for care at `at` is a technical caution (see above); `people` says whether a person is mentioned. */
export function technicalCaution(s: string, at: number, personMentioned: boolean): boolean {
  if (personMentioned || INCIDENT_VIEW.test(s)) return false;
  const before = s.slice(0, at);
  if (!THING_OBJECT.test(before)) return false;
  // "…할 때는", "…하는 경우에는", "배포 시에는": an adnominal (final ㄹ, or 는) before 때/경우, or a noun before 시.
  const words = before.split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    if (WHEN_WORD.test(words[i]) && (finalRieul(words[i - 1]) || /는$/u.test(words[i - 1]))) return true;
    if (AT_WORD.test(words[i]) && i + 1 < words.length) return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------------------
// A means that could prevent incidents in general. "과거 결제 장애 대부분을 막을 수 있었던 배포 규칙", "실제 대형 탈취 사고를
// 막을 수 있었던 정책집": the head noun is a means (a rule, a policy, a method), its object incidents in general; not this
// incident ("이번 장애를 막을 수 있었던 경보 규칙이 꺼져 있었다", a missing safeguard, stays hindsight).
const MEANS_HEAD = /^\s?(?:[\uac00-\ud7a3]{1,6}\s)?(?:규칙|정책|정책집|설정|방법|방법들|기능|도구|장치|항목|항목들|수칙|체크리스트|가이드|가이드라인|사례|사례집|패턴|원칙|방안|전략|기법|습관|관행|아키텍처|설계)(?:들)?(?:[을를이가은는도의과와]|\s|[.,!?]|$)/u;
const THIS_INCIDENT = /(?:^|\s)(?:이번|이|그|해당|당시|이런|그런|그날|우리|저희)\s|(?:이를|이것을|그것을|그걸|이걸)\s/u;

/** Whether "…을 막을 수 있었던" at [at, end) names a means against incidents in general. */
export function meansInGeneral(s: string, clauseStart: number, at: number, end: number): boolean {
  if (!MEANS_HEAD.test(s.slice(end))) return false;
  return !THIS_INCIDENT.test(s.slice(clauseStart, at));
}

// ------------------------------------------------------------------------------------------------
// A third party's blaming, reported. "경영진은 사고 원인을 하청업체 직원 탓으로 돌리려 했다", "은행 측은 장애를 협력업체 직원의
// 부주의 탓으로 돌렸지만 …": the attribution is theirs, reported (the English convention: "The company blamed the new junior
// analyst" is neutral). Not the writer's own ("나는 동료 탓으로 돌렸다", self-blame), and not when the sentence goes on to
// assert the blame ("…돌렸는데, 실제로도 신입의 실수였다").
const SHIFTED = /(?:탓|책임|잘못|실수|부주의|과실|태도|소홀|미숙)(?:으로|로)\s?(?:돌리려|돌렸|돌리고|돌리며|돌린다|돌린|돌리는|돌리기|몰아갔|몰아가려|몰아붙였)|책임을\s(?:[^\s.!?]{1,12}\s)?[^\s.!?]{1,12}(?:에게|에|한테)\s?(?:돌렸|돌리려|떠넘겼|떠넘기려|떠넘긴|전가했|전가하려|미뤘|미루려)/u;
const THIRD_TOPIC = /^(?:[^\s.!?]{1,12}\s){0,2}?[^\s.!?]{1,14}?(?:\s측)?(?:은|는|이|가|에서는|측은|측이)\s/u;
const SELF_TOPIC = /^(?:나|저|우리|저희|내|제|우리\s?팀|저희\s?팀|팀)(?:은|는|이|가)$/u;
const TIME_TOPIC = /^(?:어제|오늘|그때|당시|처음|처음에|이번에|지난번|그날|결국|지금|나중에|이후|그\s?뒤)(?:은|는|에는)$/u;

/** "경영진은 … 탓으로 돌리려 했다": blaming someone, done by a third party and reported. */
export function othersShiftBlame(s: string): boolean {
  const m = SHIFTED.exec(s);
  if (!m) return false;
  const lead = s.length - s.trimStart().length;
  const topic = THIRD_TOPIC.exec(s.trimStart());
  if (!topic || lead + topic[0].length > m.index) return false;
  const words = topic[0].trim().split(/\s+/u);
  const head = words[words.length - 1];
  if (SELF_TOPIC.test(head) || TIME_TOPIC.test(head) || /^(?:누구나|누구든|아무도|누구도)/u.test(words[0])) return false;
  const rest = s.slice(m.index + m[0].length);
  return !BLAME_AFTER.test(rest) && !PUNISH.test(s) && !/(?:야\s?(?:한다|합니다|함)|면\s?안|말아야|하지\s?마)/u.test(rest);
}

// ------------------------------------------------------------------------------------------------
// An open question under investigation. "경찰은 현장 관리자의 과실 여부를 조사하고 있다", "감사원은 담당 부서가 점검을 소홀히
// 했는지 들여다보고 있다": whether someone was at fault is what is being looked into; nothing is asserted. A why-question
// ("왜 … 소홀히 했는지") presupposes the failure and stays; so does a sentence that punishes.
const WHETHER_NOUN = new RegExp(`${BLAME}\\s?(?:여부|유무)`, 'gu');
const WHETHER_WORD = /(?:했는지|였는지|었는지|았는지|인지|는지)(?:를|는|도|가|에\s대해|부터)?$/u;
const LOOK_INTO = /^(?:조사|확인|살펴|살피|들여다|따져|따지|검토|점검|규명|파악|밝히|밝혀|알아보|알아볼|수사|감사|검증)/u;
const PRESUPPOSED = /(?:왜|어째서|어떻게|무슨\s이유로|도대체)\s/u;

/** Spans of blame inside a whether-question that the sentence says is being looked into. */
export function openQuestions(s: string): { start: number; end: number }[] {
  if (s.length > 600 || PRESUPPOSED.test(s) || PUNISH.test(s)) return [];
  const out: { start: number; end: number }[] = [];
  WHETHER_NOUN.lastIndex = 0;
  for (let m = WHETHER_NOUN.exec(s); m; m = WHETHER_NOUN.exec(s)) {
    // From the start of the noun phrase ("현장 관리자의 과실 여부"): back over up to three words with no clause boundary.
    let from = m.index;
    for (let k = 0; k < 3 && from > 0; k++) {
      const prev = s.slice(0, from).trimEnd();
      const w = prev.slice(prev.lastIndexOf(' ') + 1);
      if (!w || /(?:[,，]|[은는이가]$|다$)/u.test(w)) break;
      from = prev.length - w.length;
    }
    out.push({ start: from, end: m.index + m[0].length });
  }
  const words: { text: string; start: number; end: number }[] = [];
  for (const w of s.matchAll(/\S+/gu)) words.push({ text: w[0], start: w.index ?? 0, end: (w.index ?? 0) + w[0].length });
  for (let i = 1; i < words.length; i++) {
    if (!WHETHER_WORD.test(words[i].text) || !LOOK_INTO.test(words[i + 1]?.text ?? '')) continue;
    let from = i;
    while (from > 0 && i - from < 8 && !/(?:[,，]|고|며|서|데|지만)$/u.test(words[from - 1].text) && !/(?:은|는)$/u.test(words[from - 1].text)) from--;
    out.push({ start: words[from].start, end: words[i].end });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// A slip in a generic "when". "신입이 실수했을 때는 선배가 함께 원인을 찾는다", "실수를 했을 때 빨리 공유하는 문화가 중요하다": the
// past in "-었을 때" is the generic perfect of a habit or a norm, not an event, when the sentence ends in the present. A past
// ending ("작업자가 실수했을 때 아무도 몰랐다") reports the event and stays; so does punishment.
const SLIP = /(?:실수|착각|착오|깜빡|깜박|잘못)/u;
const WHEN_AFTER = /^(?:때|때는|때에는|때엔|때에도|때마다|때도|경우|경우에는|경우에도|경우엔)$/u;
const pastSyllable = (w: string) => [...w].some((c) => { const n = c.charCodeAt(0) - 0xac00; return n >= 0 && n <= 11171 && n % 28 === 20 && c !== '있'; });
/** Whether a word's last syllable ends in ㄹ (the prospective adnominal: 할, 싶을, 내릴). */
const endsInRieul = (w: string) => { const n = w.charCodeAt(w.length - 1) - 0xac00; return n >= 0 && n <= 11171 && n % 28 === 8; };

/** Spans of a slip inside a generic "-었을 때" clause of a present-tense sentence. */
export function genericWhenSlips(s: string): { start: number; end: number }[] {
  if (s.length > 600 || !SLIP.test(s) || PUNISH.test(s)) return [];
  const words: { text: string; start: number; end: number }[] = [];
  for (const w of s.matchAll(/\S+/gu)) words.push({ text: w[0], start: w.index ?? 0, end: (w.index ?? 0) + w[0].length });
  let last = words[words.length - 1]?.text ?? '';
  while (last && '.!?'.includes(last[last.length - 1])) last = last.slice(0, -1);
  if (!last || pastSyllable(last) || /[?？]\s*$/u.test(s)) return [];
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!SLIP.test(words[i].text)) continue;
    for (let j = i; j < words.length && j <= i + 5; j++) {
      // Session 15: the present "-ㄹ 때(에는)" too ("실수로 보낸 메일을 회수하고 싶을 때에는 …", "운영자가 실수로 노드를
      // 내릴 때에도 …"): a generic time, within five words of the slip.
      const generic = (j <= i + 3 && /[았었였했]을$/u.test(words[j].text)) || (endsInRieul(words[j].text) && !pastSyllable(words[j].text));
      if (generic && WHEN_AFTER.test(words[j + 1]?.text ?? '')) {
        let from = i;
        while (from > 0 && i - from < 4 && !/(?:[,，]|고|며|서|데|지만|다)$/u.test(words[from - 1].text)) from--;
        out.push({ start: words[from].start, end: words[j + 1].end });
        i = j + 1;
        break;
      }
      if (/(?:다|요|니다|[,，])$/u.test(words[j].text)) break;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Mirrors of English kinds (session 10, lang-en's en/aside.ts), ported by the lead at the end of the session.
//
// A counterfactual about someone's reaction or fate. "그랬다면 나는 해고당했을 것이다", "그 사실을 알았다면 팀장은 크게 화를
// 냈을 것이다": what would have happened to or in a person, not what would have prevented the incident. A consequence that
// prevents or finds something ("막았을", "잡았을", "발견했을") is hindsight and stays.
const FATE_IF = /(?:다면|더라면|었으면|았으면|였으면)\s/u;
const FATE_END = /(?:해고(?:당했을|됐을|되었을)|잘렸을|쫓겨났을|혼났을|꾸중을\s?들었을|징계(?:를\s?받았을|당했을)|화를\s?냈을|화가\s?났을|노발대발했을|펄쩍\s?뛰었을|실망했을|놀랐을|기뻐했을|울었을|웃었을)\s?(?:것|거)(?:이다|입니다|예요|이에요|야|다|같다|같습니다|같아요)?[.!]?\s*$/u;
const FATE_PREVENTS = /(?:막았을|막을\s?수|방지|예방|잡았을|발견했을|피했을|피할\s?수|알아챘을|알아차렸을)/u;

/** "그랬다면 나는 해고당했을 것이다": a counterfactual whose consequence is a person's reaction or fate. */
export function fateCounterfactual(s: string): boolean {
  if (s.length > 300) return false;
  const cond = FATE_IF.exec(s);
  if (!cond) return false;
  const end = FATE_END.exec(s);
  return !!end && end.index > cond.index && !FATE_PREVENTS.test(s);
}

// An expectation on an earlier stage, then a defensive guard. "입력값은 상위 단계에서 걸러졌어야 하지만, 혹시 몰라 여기서도 한 번
// 더 검사한다": what an earlier check is expected to do, said to explain a belt-and-braces check; nobody is judged.
const GUARDED = /(?:었어야|았어야|였어야|됐어야|졌어야|되었어야)\s?(?:하지만|했지만|하는데|했는데|하나|하겠지만)[,，]?\s(?:혹시\s?(?:몰라|모르니|모를까\s?봐)|만일을\s?(?:대비해|위해)|만약을\s?(?:대비해|위해)|만일에\s?대비해|만약에\s?대비해|안전을\s?위해|방어적으로|한\s?번\s?더|이중으로)/u;

/** "…에서 걸러졌어야 하지만, 혹시 몰라 여기서도 검사한다": an expectation followed by a defensive guard. */
export const defensiveGuard = (s: string): boolean => s.length <= 400 && GUARDED.test(s);

// Blame an approach presumes. "이 방식은 과실을 전제하고 처벌로 이어진다", "기존 양식은 작성자의 실수를 가정한다": what a
// method or a culture takes for granted, described; the writer's own "나는 과실을 전제한다" stays judged.
const PRESUMES = new RegExp(`${BLAME}(?:을|를)\\s?(?:전제(?:하|로|한|했|된)|가정(?:하|한|했)|상정(?:하|한|했)|깔고)`, 'u');
const APPROACH_TOPIC = /^(?:(?:이|그|이런|그런|기존|예전|옛|낡은|전통적인|우리의?|회사의?)\s)?(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{1,10}(?:은|는)\s/u;
const APPROACH_NOUN = /(?:방식|접근|문화|관행|제도|절차|양식|템플릿|틀|모델|방법|사고방식|프로세스|체계|정책|규정)(?:은|는)\s$/u;

/** "이 방식은 과실을 전제하고 …": blame that a method, culture or form presumes, described. */
export function approachPresumes(s: string): boolean {
  const t = s.trimStart();
  const topic = APPROACH_TOPIC.exec(t);
  return !!topic && APPROACH_NOUN.test(topic[0]) && PRESUMES.test(t);
}
