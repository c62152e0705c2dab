/**
 * Korean sentences that carry no blame although blame words occur in them: blame negated
 * ("담당자의 실수가 아니었다", "알림을 무시한 것이 아니라 …", "누구의 과실도 아니다"), blame the
 * text declines to conclude ("부주의로 보기는 어렵다", "개인의 실수로 결론짓지 않았다",
 * "실수로 정리하면 같은 일이 반복된다"), blameless principles ("책임자를 찾는 대신",
 * "비난하기 위한 것이 아니다") and blame reported in order to be rejected ("…했어야 한다는 말은
 * 아무것도 바꾸지 못한다"). A sentence that rejects one reading and asserts blame after it
 * ("시스템 문제가 아니라 운영자의 실수다") stays judged. Bounded patterns, one sentence at a time.
 */

import { genericSlip } from './generic';
import { seemingDenied } from './seeming';
import { koreanCoverageRule } from '../coverage';
import { alternativesAsked, appearanceCorrected, approachPresumes, carelessNotAfforded, defensiveGuard, fateCounterfactual, genericWhenSlips, habitsOfNecessity, openQuestions, othersShiftBlame, sanctionsReported } from './frames';

// Blame nouns whose negation or rejection makes a sentence neutral.
const BLAME_NOUNS = '(?:(?:한\\s?(?:명|사람)|누구\\s?한\\s?사람)의?\\s?(?:문제|잘못|실수|탓|책임)|실수|잘못|과실|탓|책임|부주의|불찰|과오|태만|소홀|방심|안일|나태|착오|실책|미숙|부실|해이|(?:주의\\s?)?의무\\s?위반|휴먼\\s?(?:에러|오류)|인적\\s?(?:오류|실수|과실|에러)|사람의?\\s?문제|개인의?\\s?(?:문제|책임|실수|잘못|과실))';

// "실수가 아니었다", "누구의 잘못도 아니다", "태만이 아니라", "소홀함은 없었다", "운영자 실수와 무관했다".
const NOUN_NEGATED = new RegExp(`${BLAME_NOUNS}(?:함|성)?['"’”」』]?(?:(?:이|가|은|는|도|만은|만|이라기보다는?|라기보다는?)?(?:\\s(?:한\\s?(?:건|번|차례|가지)도|단\\s?한\\s?(?:건|번)도|전혀|하나도|어디에도|조금도))?\\s?(?:아니|아닌|아님|아닙|아녔|없었|없다|없습니다|없음)|(?:와|과|하고|는|은)\\s?(?:무관|관계(?:가|는)?\\s?없|상관(?:이|은)?\\s?없|관련(?:이|은)?\\s?없))`, 'u');
// "누구의 실수도 이번 사고의 원인이 아니었다": the blame noun with 도, denied at the end.
const NOUN_ALSO_DENIED = new RegExp(`${BLAME_NOUNS}도\\s[^.!?]{0,30}?(?:아니었다|아니다|아닙니다|아니었습니다|아니었음|없었다|없다|없습니다|없었음)[.!]?$`, 'u');
// "이번 일은 누구 한 사람의 잘못으로 생긴 일이 아니다": the incident denied as a product of blame.
const CAUSE_DENIED = new RegExp(`${BLAME_NOUNS}(?:으로|로|때문에)\\s(?:[\uac00-\ud7a3]{1,6}\\s){0,2}?(?:일|것|사고|장애|문제|결과)(?:이|은|는|가)?\\s?(?:아니|아닙)`, 'u');
// "부주의나 실수 같은 단어를 …": the words talked about as words.
const WORDS_AS_WORDS = new RegExp(`${BLAME_NOUNS}(?:나|이나|와|과|,|라는|이라는)?\\s?(?:[\uac00-\ud7a3]{1,6}\\s?){0,3}?(?:같은|라는|이라는|등의)\\s(?:단어|표현|말|용어|낱말|문구)`, 'u');
// "…의 부주의라고 결론 내리기 전에", "실수라고 부르는 대신": a label weighed and not applied.
const LABEL_WITHHELD = new RegExp(`${BLAME_NOUNS}(?:이라고|라고|로|으로)\\s?(?:(?:결론\\s?(?:내리|짓)|단정하|판단하|규정하|부르|적|쓰)기\\s?전에|(?:부르|적|쓰|말하|정리하|규정하|결론\\s?내리|돌리|몰아가|치부하|떠넘기)는\\s?대신)`, 'u');
// "목표는 재발 방지이지 책임 추궁이 아니다": punishment named as what the text is not doing.
const PUNISH_NOT = /(?:비난|문책|처벌|추궁|징계|질책|잘잘못\s?가리기|범인\s?찾기|책임자\s?찾기)(?:이|가|은|는)?\s?(?:아니|아닌|아닙|아님)/u;
// "휴먼 에러를 원인으로 적지 않는다", "…을 근본 원인으로 보지 않았다".
const NOT_AS_CAUSE = new RegExp(`${BLAME_NOUNS}(?:을|를)\\s?(?:근본\\s?|직접\\s?)?원인으로\\s?(?:적|쓰|보|삼|꼽|지목하|기록하|정리하|결론\\s?짓)지\\s?(?:않|말)`, 'u');
// "잘못을 저지른 사람을 찾는 것이 아니라", "…한 사람을 지목하지 않는다".
const NO_CULPRIT = /사람(?:을|를)\s?(?:찾|가리|색출하|지목하|특정하)(?:는|기)?\s?(?:것이\s아니|게\s아니|대신|보다|기보다|지\s?않|려는\s것이\s아니|려는\s게\s아니|데\s목적이\s있지\s않)/u;
// "누가 했는지보다 무엇이 가능하게 했는지": who did it, weighed below what allowed it.
const WHO_BELOW_WHAT = /(?:는지|ㄴ지|했는지|였는지|인지)보다(?:는)?\s/u;
// "작업자 실수라는 결론은 틀렸다": a blaming conclusion judged wrong.
const CONCLUSION_WRONG = /(?:라는|이라는|다는)\s(?:결론|설명|판단|진단|주장|해석)(?:은|는|이|가)\s[^.!?]{0,20}?(?:틀렸|틀린|잘못됐|잘못되었|성급했|섣불렀|부족했|맞지\s?않)/u;
// "실수는 누구에게나 일어날 수 있다", "사람은 누구나 실수한다": a general truth about people.
const GENERIC_SLIP = /(?:(?:실수|잘못|착각|깜빡함|휴먼\s?에러)(?:은|는)\s(?:누구나|누구에게나|누구든지?|언제든지?|언제나|사람이라면)|(?:누구나|누구에게나|누구든지?|사람은|사람이라면|사람이|사람들은|인간은|인간이)\s[^.!?]{0,16}?(?:실수|잘못|착각|깜빡)(?:한다|할\s수|하기\s마련|하게\s마련|합니다|를\s한다|를\s할|는\s일어|를\s하게\s된|하게\s된))/u;
// "실수는 항상 날 수 밖에 없다", "실수가 발생할 가능성은 어쩔 수 없다", "실수가 안날 수 있지만": slips as what can
// always happen, stated generally (session 7, ko-7024, 7028, 7029).
const SLIP_POSSIBLE = /(?:실수|잘못|착오|휴먼\s?에러)(?:는|은|가|이)\s(?:[^\s.!?]{1,6}\s){0,2}?(?:안\s?)?(?:날|나지|발생할|일어날|생길)\s?(?:수|가능성)/u;
// "작업자가 실수했다고 적는 것은 …": writing the blame down is what the sentence is about.
const WRITING_IT = /(?:다고|라고|다는\s식으로)\s?(?:적|쓰|말하|부르|정리하|결론\s?내리|단정하|기록하)는\s?(?:것|건|게)(?:은|는|이|만으로는|으로는)?\s/u;
// "개인의 잘못을 찾는 회고는 아무것도 바꾸지 못한다", "책임을 묻는 것보다 …이 먼저다",
// "운영자의 실수 대신 도구의 설계를 살폈다": blame-seeking weighed and set aside.
// "실수를 하는 것이 인간이고 …", "실수하는 게 사람이다": slipping as human nature, a saying about people in general. Session 8.
const HUMAN_NATURE = /(?:실수|잘못|착각)(?:를|을)?\s?(?:하는|한다는)\s?(?:것이|것은|게|건)\s(?:인간|사람)(?:이고|이며|이다|입니다|이니|의\s(?:본성|일|몫))/u;
// "후진국은 누구를 처벌할 것인가부터 조사한다", "원인도 모르면서 처벌자부터 찾는 것이다": a habit of seeking
// someone to punish first, described (present tense), not asked for ("책임자부터 찾아야 한다" stays). Session 8.
const SEEKING_FIRST = /(?:누구를\s?처벌할\s?(?:것인가|것인지|지|건지)|누구\s?탓인지|누구의\s(?:잘못|책임)인지|책임자|처벌자|처벌\s?대상|희생양|범인|책임질\s사람)(?:부터|만)\s(?:먼저\s)?(?:(?:찾|따지|묻|가리|조사하|색출하)는\s?(?:것이다|거다|겁니다|것입니다|식이다)|찾는다|찾습니다|따진다|따집니다|묻는다|묻습니다|가린다|가립니다|조사한다|조사합니다|색출한다|색출합니다)(?=[\s.!,]|$)/u;
const SEEKING_FUTILE = /(?:찾는|묻는|따지는|가리는|추궁하는|탓하는|비난하는)\s(?:회고|방식|접근|문화|분석|보고서|질문|태도)(?:은|는|이|가|으로는|만으로는|로는)\s[^.!?]{0,30}?(?:못|않|없)/u;
const SEEKING_SECOND = /(?:탓하|비난하|질책하|추궁하|책임을\s?묻|잘잘못을\s?따지|범인을\s?찾|책임자를\s?찾)는\s?(?:것|게)(?:보다|보다는)\s/u;
const BLAME_INSTEAD = new RegExp(`${BLAME_NOUNS}\\s?대신\\s`, 'u');
// "그 실수를 가능하게 한 조건": the slip as what a condition allowed.
const SLIP_ALLOWED = new RegExp(`${BLAME_NOUNS}(?:을|를)\\s?(?:가능하게|허용한|허용하는|허용했|부른|불러온|만든|낳은)`, 'u');
// "리뷰어가 놓쳤다고 보기는 어렵다", "…의 실수라고 단정하기에는 근거가 부족했다": a blaming reading declined.
const READING_DECLINED = /(?:다고|라고|이라고)\s?(?:보기(?:는|도|에는)?\s?(?:어렵|어려|힘들|힘든|무리)|볼\s?수(?:는|도)?\s?없|보지\s?않|(?:단정|판단|결론\s?내리|결론\s?짓)(?:하)?기(?:는|도|에는|엔)?\s?(?:어렵|어려|힘들|힘든|근거|증거|이르|무리))/u;
// "초안에는 …이 원인으로 적혀 있었으나 검토 과정에서 삭제했다": a draft's blame struck out.
const DRAFT_STRUCK = /(?:초안|원안|첫\s?판|처음\s?버전)(?:에는|에서는|엔)\s[^.!?]{0,60}?(?:었으나|었지만|있었으나|있었지만)\s[^.!?]{0,30}?(?:삭제|철회|수정|제외|반려|뺐|지웠)/u;
// "사람의 과실은 개입되지 않았다", "작업자의 실수는 확인되지 않았다".
const NOUN_NOT_FOUND = new RegExp(`${BLAME_NOUNS}(?:함|성)?(?:은|는|이|가|도)\\s(?:[\uac00-\ud7a3]{1,6}\\s)?(?:개입되|발견되|확인되|드러나|관여하|관여되|개입하)지\\s?않`, 'u');
// "무시한 것이 아니라", "소홀히 한 것이 아니었다", "놓친 게 아니다", "대충 본 것은 아니었음".
const ACT_NEGATED = /(?:[한친은던린킨낸른진쳤힌긴운온준춘본간난둔뺀쓴]|했던|였던)\s(?:것|게|건)(?:이|은|도)?\s(?:아니|아닌|아님|아닙)/u;
// "부주의로 보기는 어렵다", "실수로 결론짓지 않았다", "개인에게 돌리지 않는다", "…로 치부하면".
const DECLINED = new RegExp(
  `${BLAME_NOUNS}(?:으로|로|라고|이라고|라|이라)\\s?(?:(?:볼|단정할|결론지을|결론\\s?내릴|규정할|판단할|치부할|부를|말할|돌릴|정리할|평가할)\\s?수(?:는|도)?\\s?없|(?:볼|판단할|단정할|여길)\\s?(?:근거|이유|증거|만한\\s?근거)(?:는|가|도)?\\s?없|(?:단정하|판단하|평가하|규정하)기(?:는|도)?\\s?(?:어렵|어려|힘들|힘든)|(?:볼|치부할|돌릴|단정할|여길|몰아갈|규정할)\\s?(?:일|문제|사안)(?:이|은|는)?\\s?아니|보기(?:는|도|에는)?\\s?(?:어렵|어려|힘들|힘든|무리)|볼\\s?수(?:는|도)?\\s?없|보지\\s?(?:않|말)|보긴\\s?어렵|결론(?:짓|내리|을 내리)지\\s?(?:않|말)|돌리지\\s?(?:않|말)|치부하|단정(?:하|짓)지|규정하지|몰아가|부르지\\s?(?:않|말)|판단하지\\s?않|정리하지\\s?(?:않|말)|(?:정리하|결론\\s?(?:내리|지으|짓)|부르|돌리|몰아가|덮으|끝내|처리하|종결하|마무리하|분류하)면)`,
  'u',
);
// "원인을 개인에게 돌리지 않는다", "사람을 탓하지 않는다", "누군가를 비난하기 위한 것이 아니다".
const PRINCIPLE = new RegExp(
  [
    '(?:개인|사람|작업자|담당자|특정인|누군가|개인의\\s?탓)(?:에게|한테|으로|로)\\s?(?:돌리지|떠넘기지|전가하지)\\s?(?:않|말)',
    '(?:탓하|탓을\\s?하|비난하|질책하|추궁하|문책하|처벌하|책임을\\s?묻|책임을\\s?추궁하|잘잘못을\\s?따지|잘못을\\s?가리|범인을\\s?찾|책임자를\\s?찾|희생양을\\s?찾)(?:지\\s?(?:않|말)|기보다|기\\s보다|는\\s대신|기\\s위한\\s(?:것|게|자리)[이가는은]?\\s?아니|려는\\s(?:것|게)[이가는은]?\\s?아니|자는\\s(?:것|게)[이가는은]?\\s?아니|는\\s(?:것|게)[이가는은]?\\s?(?:아니|목적이\\s아니))',
    '(?:책임자|범인|원흉|희생양|잘못한\\s사람|실수한\\s사람|누가\\s(?:실수|잘못)했는지)[를을가이]?\\s?(?:찾|가리|색출하|묻)(?:는|기)?\\s?(?:대신|보다|보다는|기보다|것이\\s아니|게\\s아니|지\\s않|지\\s말)',
    '(?:탓하|비난하|질책하|문책하|처벌하|책임을\\s?묻)는\\s?(?:것으로|걸로|데서)\\s?(?:끝내|끝냈|끝났|마무리하|마무리했|정리하|정리했|덮|그쳤|그친)',
    '(?:비난|문책|처벌|책임\\s?추궁|책임\\s?소재)(?:\\s?없는|하지\\s?않는|이\\s?아닌|가\\s?아닌|을\\s?위한\\s(?:것|게|자리)[이가는은]?\\s?아니|하기\\s위한\\s(?:것|게|자리)[이가는은]?\\s?아니)',
  ].join('|'),
  'u',
);
// "…했어야 한다는 말은 아무것도 바꾸지 못한다", "…자는 의견도 있었지만", "…라는 결론은 너무 쉬운 답이다".
const REPORTED_REJECTED = /(?:다는|라는|자는|냐는|다고\s?하는|라고\s?하는)\s(?:말|의견|지적|결론|주장|생각|평가|질문|설명|비판|목소리|얘기|이야기|판단|시각|해석|다짐|약속|각오|구호|요구|당부|주문|대책|식의\s대책|제안|요청|안|메일|지시|연락|글|댓글|메시지)(?:은|는|이|가|도|만으로는?)?\s[^.!?]{0,40}?(?:않|못|없|아니|쉬운|쉽|그친|그치|지만|었으나|았으나|였으나|뿐|달랐|다르|틀렸|틀린|근거\s?없|대신하|대체하|거절)/u;
// "일부에서는 책임을 묻자고 했으나 팀은 그 방식을 택하지 않았다": a proposal the team declined.
const PROPOSAL_DECLINED = /(?:자고|다고|라고)\s?(?:했|하였|주장했|말했|제안했|요구했|했었)(?:으나|지만|는데)\s[^.!?]{0,40}?(?:택하지|받아들이지|따르지|동의하지|채택하지)\s?않/u;
// "누구도 규정을 어기지 않았다": the blame verb itself is negated for everybody.
const NOBODY_BLAME = /(?:누구도|아무도|어느\s누구도|누구\s하나)\s[^.!?]{0,30}?(?:실수하|잘못하|어기|위반하|무시하|놓치|깜빡하|잊|게을리하|방치하|소홀히\s?하|태만하)지\s?(?:않|도\s?않)/u;

// "리뷰어가 놓쳤다기보다 …": rather than (saying) that someone failed.
const RATHER_THAN = /(?:했|었|았|였|쳤|렸|웠|켰|혔|졌)다(?:기|고\s?하기)?보다(?:는)?[,\s]/u;
// "처음에는 작업자 실수로 보였지만 …": a first reading the text then revises.
const REVISED = /(?:처음에는|처음엔|초기에는|당초|얼핏|겉으로는|언뜻|처음\s?보기에는)\s[^.!?]{0,60}?(?:보였|여겨졌|생각했|판단했|알려졌|추정했|의심했|짐작했)(?:지만|으나|는데)/u;

// "잘못했는지 따지지 않는다", "누구의 잘못인지 묻는 대신", "잘못했다고 적는 대신".
const NOT_ASKED = /(?:인지|는지|했는지|였는지|다고|라고)(?:는|도)?\s?(?:따지|묻|가리|찾|적|쓰|말하|기록하|단정하)(?:지\s?(?:않|말)|는\s대신|기보다|기\s보다)/u;
// "징계는 재발을 막지 못한다": punishment as the subject of a statement that it does not work.
// "처벌이 무거우면 사람들은 실수를 감춘다", "징계가 잦은 팀일수록 보고가 늦어진다": what punishment does, stated generally.
const PUNISHMENT_EFFECT = /(?:징계|처벌|문책|질책|비난|책임\s?추궁)(?:이|가)\s(?:[\uac00-\ud7a3]{1,8}\s){0,3}?[\uac00-\ud7a3]{0,8}(?:면|수록)\s/u;
// "… 개발자 탓을 하는 경우가 흔합니다", "… 비난하는 경향이 있다": the blaming habit described, not practised.
const BLAMING_HABIT = /(?:탓을|비난을|책임을\s?묻는|탓하는|비난하는|탓으로\s?돌리는)\s?(?:하는\s)?(?:경우가|일이|때가|경향이)\s(?:흔|많|잦|있)/u;
// "설령 누군가 실수로 장애가 발생했다 할지언정 …": a concession, supposed and not asserted.
const CONCEDED = /(?:^|\s)(?:설령|설사)[,\s][^.!?]{0,80}?(?:할지언정|하더라도|했더라도|일지라도|할지라도|이더라도)/u;
// "… 원인은 개발자에게만 있을까요?": a question that rejects putting the cause on one party.
const ONLY_THEM = /(?:에게만|한테만|만의\s(?:잘못|탓|책임|문제))\s?(?:있을까요|있을까|있는\s?걸까요?|일까요|일까|인가요|인가)\?/u;
const PUNISHMENT_FUTILE = /(?:징계|처벌|문책|질책|비난|책임\s?추궁)(?:은|는|이|가|로는|으로는|만으로는)\s[^.!?]{0,30}?(?:못한다|못합니다|못했다|않는다|않습니다|없다|없습니다|되지\s?않)/u;
// "…를 원인으로 적은 초안은 반려되었다": blame in a draft the team rejected.
const STRUCK = /(?:초안|문장|표현|결론|의견|문구|항목|보고서|보고|판단|진단|발표|설명)(?:은|는|이|가|을|를)\s(?:[^.!?]{0,12}?\s)?(?:반려|삭제|철회|기각|수정|제외|폐기|정정|번복|회수)(?:되었|됐|했|하였|돼)/u;
// "당직자는 알림을 무시하지 않았다": a blame verb negated is a plain fact, not a failure.
const DENIED_END = /않(?:았다|았습니다|는다|습니다|았어요)[.!]?$/u;
const DENIED_VERB = /(?:무시하|놓치|잊|어기|위반하|간과하|방치하|실수하|깜빡하|빠뜨리|건너뛰|소홀히하|게을리하)지(?:는|도)?$/u;
const CARELESS_MANNER = /^(?:대충|대강|건성으로|허술하게|소홀히|함부로|임의로|경솔하게|성급하게|섣불리)$/u;

/** "경보를 놓치지 않았다", "변경을 대충 보지 않았다": a blame verb or a careless manner, denied, ends the sentence. */
function deniedAtEnd(s: string): boolean {
  const end = DENIED_END.exec(s);
  if (!end) return false;
  const words = s.slice(0, end.index).trim().split(/\s+/u);
  const verb = words[words.length - 1] ?? '';
  if (DENIED_VERB.test(verb) || DENIED_VERB.test(`${words[words.length - 2] ?? ''}${verb}`)) return true;
  return /지(?:는|도)?$/u.test(verb) && CARELESS_MANNER.test(words[words.length - 2] ?? '');
}

// "실수로 운영 DB에 접속하지 못하도록 권한을 나눠야 한다": a change that makes the slip impossible.
const FORWARD_GUARD = /(?:않도록|못하도록|없도록|않게|못하게|하더라도|해도)\s/u;
const MUST_END = /야\s?(?:한다|합니다|함|하겠다|하겠습니다)[.!]?$/u;
const CARE_WORDS = /(?:주의|조심|신경|경각심|유의|신중|각별|명심|정신|긴장|책임감|자세|마음가짐|습관)/u;
// "실수를 빠르게 알려 준 민서 님 덕분에 …", "… 감사드린다": thanks.
const THANKS = /(?:덕분에|덕분이|감사드|감사합|감사한|감사하|감사를|고맙|고마운|고마움)/u;

// "실수했다고 말하기는 쉽다", "놓쳤다고 적으면 …": saying it is what the sentence is about.
const SAYING = /(?:다고|라고|다는\s?식으로)\s?(?:(?:말하|쓰|적|단정하|결론\s?내리|하|치부하)기(?:는|가|란)?\s?(?:쉽|편하)|(?:적으|쓰|말하|하|보|부르|정리하|치부하|몰아가)면[,\s])/u;
// "실수로 지워진 파일을 백업에서 복원했다": the slip is past, the sentence is the repair.
const SLIP_DONE = /(?:실수로|잘못|부주의로|착오로)\s?[\uac00-\ud7a3]{1,6}(?:된|진|간|힌|린|운|온)\s/u;
const REPAIR_VERB = /^(?:복원|복구|되돌|고쳤|고쳐|수정했|수정하였|바로잡|교체했|삭제했|지웠|제거했|롤백했|폐기했|무효화했|정정했|재처리했|환불했)/u;
/** "실수로 지워진 파일을 백업에서 복원했다": the slip is past, the sentence is the repair. */
const repaired = (s: string) => SLIP_DONE.test(s) && REPAIR_VERB.test(s.replace(/[.!]$/u, '').split(/\s+/u).pop() ?? '');
// "경고를 무시하도록 설정된 필터": a system configured that way.
const CONFIGURED = /(?:무시|건너뛰|생략|누락|차단|허용)하도록\s?(?:설정|구성|되어|돼|만들어|짜여|코딩|작성)/u;
// "도구는 운영자가 확인하지 않은 변경도 적용했다": a system is the topic; the person's clause is embedded.
// Written as two patterns and an index check rather than one `^[^.!?]{0,20}?…[^.!?]*…` pattern:
// recheck's automaton could not decide that one in time and its fuzzer's verdict varied by run.
const SYSTEM_TOPIC = /(?:시스템|도구|툴|파이프라인|스크립트|서버|알림|설정|봇|CI|CD|배포기|워크플로)(?:은|는)\s/u;
const EMBEDDED_NEGATED = /(?:않은|못한|않아도|않더라도|없이도)\s/u;
/** A system is the topic within the sentence's first 20 characters, and a negated clause follows it. */
function systemTopic(s: string): boolean {
  const stop = s.search(/[.!?]/u);
  const head = stop < 0 ? s : s.slice(0, stop);
  const m = SYSTEM_TOPIC.exec(head);
  return m !== null && m.index <= 20 && EMBEDDED_NEGATED.test(head.slice(m.index + m[0].length));
}

// Blame that may follow a rejected reading in the same sentence ("…이 아니라 운영자의 실수다").
const BLAME_AFTER = /(?:실수|잘못|과실|탓|부주의|불찰|태만|소홀|방심|안일|무시했|놓쳤|깜빡|잊었|어겼|책임이)/u;

// "보통은 … 책임자를 찾아 질책하고 …": a description of the blaming habit the text sets itself against.
const HABIT = /^(?:보통은?|흔히|대개|대부분|일반적으로|전통적으로|예전에는|과거에는|많은\s(?:조직|회사|팀)(?:에서는?|은|이))\s[^.!?]{0,80}?(?:질책|문책|비난|탓하|추궁|징계|처벌|책임자를\s?찾|범인을\s?찾|경위서|시말서|반성문)/u;

// "일각에서는 운영자의 부주의를 지적했으나 조사해 보니 콘솔의 기본값이 문제였다": blame someone
// raised, then what the investigation found instead.
const RAISED_THEN_FOUND = /(?:지적|주장|거론|제기|언급|의심|추정|보도|짐작|추측)(?:했|하였|됐|되었|받았)(?:으나|지만|는데|던\s?것과\s?달리)\s[^.!?]{0,60}?(?:실제로?는?|사실은|사실상\s아니|조사(?:해\s?보니|\s?결과|에서는)|확인(?:해\s?보니|\s?결과)|알고\s?보니|드러났|밝혀졌|원인은|문제였|아니었|아니다|무관|뒤집|반박|반증|틀렸|달랐|다른\s원인)/u;
// "휴먼 에러로 결론짓는 대신", "담당자 탓으로 돌리는 건 쉬운 답이지만", "실수로 정리하고 끝낼 수도
// 있었지만 그렇게 하지 않았다": a blaming label the text considers and does not apply.
const LABEL_NOT_APPLIED = new RegExp(`${BLAME_NOUNS}(?:으로|로|라고|이라고)\\s?(?:[\uac00-\ud7a3]{1,6}\\s){0,2}?[\uac00-\ud7a3]{0,5}(?:는\\s?대신|기\\s?전에|기보다는?|는\\s?(?:건|것은|것이|게)\\s?(?:쉬운|쉽|편한|편하)|[을를ㄹ]?\\s?수도\\s?있었지만\\s[^.!?]{0,30}?않|는\\s?(?:것|걸)(?:을)?\\s?(?:막|피하|경계하))`, 'u');
// The verbs that apply a label ("…로 결론짓다", "…탓으로 돌리다", "…로 정리하다"), not acts done by mistake.
const FRAMING = /(?:결론|정리|규정|단정|치부|돌리|몰아|부르|적|쓰|보|판단|설명|기록|끝내|끝낼|마무리|덮|취급|분류|여기|말하|몰고)/u;
// "당직자는 호출을 무시하지 않았고 3분 만에 응답했다": a blame verb negated mid-sentence.
const DENIED_MID = /(?:무시하|놓치|잊|어기|위반하|간과하|방치하|실수하|깜빡하|빠뜨리|건너뛰|소홀히\s?하|게을리하)지(?:는|도)?\s?않(?:았고|았으며|고|았으나|았지만|았는데|은\s?채)[,\s]/u;
// "타임존 변환 실수가 코드에 있어": a slip that sits in an artefact is a defect.
const SLIP_IN_ARTEFACT = /(?:실수|오류|착오)(?:가|이)\s(?:[\uac00-\ud7a3]{1,6}\s)?(?:코드|스크립트|로직|쿼리|설정\s?파일|구현|함수|모듈|라이브러리|SDK|템플릿|정규식|마이그레이션)(?:에|에서|안에|속에)\s/u;
// "실수를 말한 사람에게 고마워하는 팀", "실수를 보고해도 불이익이 없다": reporting slips, as a practice.
const REPORTING_SLIPS = /(?:실수|잘못|오류|착오)(?:를|을)\s?(?:먼저\s|솔직하게\s|스스로\s|숨김없이\s)?(?:말한|말하는|말해도|보고한|보고하는|보고해도|공유한|공유하는|공유해도|인정한|인정하는|인정해도|드러낸|드러내는|털어놓은|털어놓는|숨기지|숨기는|숨긴)\s?(?:사람|동료|구성원|팀|팀원|문화|분위기|것|일|환경|조직|않|쪽|이에게|사람에게)/u;
// "원인제공자인 제가 사과해야 한다고 생각합니다": an apology names no failure of anyone.
const APOLOGY = /(?:사과(?:드리|드립|드린|드려|드렸|하|해|했|를|의)|죄송|송구)/u;
// An apology that also says who caused it ("제가 일으킨 것이기에 …") is self-blame and stays judged.
const APOLOGY_BLAME = /(?:실수|잘못|불찰|부주의|과실|탓|소홀|태만|방심|안일|미숙|미흡|부실|무시|놓쳤|깜빡|잊|일으킨|일으켰|초래|저로\s?인해|저\s?때문|제\s?때문)/u;

// "개인의 실수보다는 프로세스의 허점에 집중한다", "비난보다는 학습을": blame weighed below something else.
const BLAME_BELOW = new RegExp(`(?:${BLAME_NOUNS}|비난|처벌|문책|징계|질책|추궁)(?:을|를)?\\s?(?:(?:찾기|따지기|묻기|가리기|탓하기)\\s?|(?:으로|로|에게|한테)?\\s?돌리기\\s?)?보다(?:는)?\\s(?!(?:더|훨씬|오히려)\\s)`, 'u');
// "책임 소재를 가리는 것은 이 문서의 목적이 아니다": seeking blame named as not the purpose.
const NOT_THE_PURPOSE = /(?:가리|찾|묻|따지|추궁하|탓하|비난하|처벌하|문책하|밝히)(?:는|기\s?위한)\s?(?:것|게|건)(?:은|는|이)?\s[^.!?]{0,20}?(?:목적|목표|취지|역할|자리|범위)(?:이|은|는|가)?\s?(?:아니|아닙|아님|밖)/u;
// "특정인의 과실을 묻지 않는 것이 전제다": blame not asked for.
const NOT_ASKED_FOR = new RegExp(`${BLAME_NOUNS}(?:을|를)\\s?(?:묻|따지|추궁하|가리|탓하|찾)지\\s?(?:않|말)`, 'u');
// "문책이 두려우면 사람들은 숨긴다": punishment as what people fear.
const PUNISHMENT_FEARED = /(?:문책|처벌|징계|비난|질책|추궁|불이익)(?:이|가|을|를|에\s대한\s(?:두려움|걱정))\s?(?:두려|무서|겁나|걱정되|우려되|피하려)/u;
// "일부 경영진은 문책을 요구했지만 CTO가 이를 반려했다": a demand the sentence reports turned down.
const DEMAND_DECLINED = /(?:요구|제안|주장|요청|건의)(?:했|하였|됐|되었|받았)(?:지만|으나|는데)\s[^.!?]{0,40}?(?:반려|기각|거절|거부|받아들이지\s?않|채택되지\s?않|채택하지\s?않|철회|무산|반대했)/u;
// "단순 휴먼 에러로 보기엔 구조적 문제가 너무 많았다": a label too small for what was found.
const LABEL_TOO_SMALL = new RegExp(`${BLAME_NOUNS}(?:으로|로|라고|이라고)\\s?(?:보기|치부하기|단정하기|설명하기|정리하기|규정하기|결론짓기|돌리기)(?:엔|에는|에|에도)\\s`, 'u');
// "배포 담당자가 실수한 부분은 없습니다": no part of the work was a failure.
const NO_FAILED_PART = /(?:실수한|잘못한|놓친|빠뜨린|어긴|위반한|무시한|소홀히\s?한|게을리한|간과한)\s(?:부분|점|흔적|사실|증거|정황|대목|데|곳|것)(?:은|는|이|가|도)?\s?(?:없|찾지\s?못|확인되지\s?않|발견되지\s?않|드러나지\s?않)/u;
// "이는 운영자 개인의 부주의 때문이 아니다".
const NOT_BECAUSE = new RegExp(`${BLAME_NOUNS}\\s?(?:때문|탓)(?:이|은|만은|만|도)?\\s?(?:아니|아닙|아님|아녔)`, 'u');
// "사람의 실수라기보다 설계상의 한계였다": the blame reading set aside for another.
const RATHER_NOUN = new RegExp(`${BLAME_NOUNS}(?:이)?라기(?:보다는?|\\s보다는?|엔|에는)?\\s`, 'u');

// "이번 건을 개인의 실수로 기록하지 않기로 했다": the label is not written down.
const NOT_RECORDED_AS = new RegExp(`${BLAME_NOUNS}(?:으로|로|라고|이라고)\\s?(?:기록하|적|쓰|명시하|표기하|분류하|처리하|보고하|남기|취급하)지\\s?(?:않|말)`, 'u');
// "운영자를 탓하는 댓글이 여럿 달렸다": blame voiced by others, reported.
const OTHERS_BLAME = /(?:탓하|비난하|질책하|책임을\s?묻|손가락질하)(?:는|던)\s(?:[\uac00-\ud7a3]{1,4}\s)?(?:댓글|글|목소리|의견|여론|반응|기사|메시지|시선|분위기|말)/u;
// "코드의 경계 조건 처리 실수로": a slip owned by an artefact is a defect.
const SLIP_OF_ARTEFACT = /(?:코드|스크립트|로직|쿼리|함수|모듈|라이브러리|구현|설정\s?파일|템플릿|프로그램|SDK|API)의\s(?:[\uac00-\ud7a3]{1,6}\s){0,3}?(?:실수|착오)/u;

// "실수는 학습의 기회다", "실수 자체보다 …": the slip as a concept, in a general statement.
const CONCEPT_TOPIC = /^(?:모든\s|사람의\s|인간의\s|작은\s)?(?:실수|잘못|휴먼\s?에러|인적\s?오류)(?:는|란|라는\s것은|\s자체(?:는|보다|가|를))\s/u;
// Any syllable with the past final ㅆ (았, 었, 였, 겼, 렸 …).
const PAST_SYLLABLE = { test: (t: string) => [...t].some((c) => { const n = c.charCodeAt(0) - 0xac00; return n >= 0 && n <= 11171 && n % 28 === 20; }) };
// "사람이 경고를 놓치는 것은 경고가 너무 많기 때문이다": a general explanation of a slip by its conditions.
const SLIP_EXPLAINED = /(?:는|게\s되는|게\s되는\s?것은)\s?(?:것은|건|이유는|까닭은)\s[^.!?]{0,50}?(?:기\s때문이다|기\s때문입니다|때문이다|때문입니다|탓이다)[.!]?$/u;
// "'작업자 실수'는 원인이 아니라 출발점이다": the label denied as the cause.
const NOT_THE_CAUSE = new RegExp(`${BLAME_NOUNS}['"’”」』]?(?:은|는|이|가)\\s(?:원인|이유|결론|답|설명)(?:이|가)\\s?(?:아니|아닙|될\\s수\\s없)`, 'u');

// "운영자의 실수를 시스템의 신호로 읽는다": the slip reframed as evidence about the system.
const REFRAMED = new RegExp(`${BLAME_NOUNS}(?:을|를)\\s(?:[\uac00-\ud7a3]{1,6}\\s){0,4}?(?:신호|증상|단서|기회|결과|징후|출발점|데이터)(?:로|으로)\\s?(?:읽|보|본|여기|받아들이|해석하|다루|다룬|다룹|삼)`, 'u');
// "운영자를 징계하자는 요구에 팀장은 반대했다": a demand met with refusal.
const DEMAND_OPPOSED = /(?:자는|라는|다는)\s(?:요구|제안|의견|주장|목소리|요청)(?:에|에는|에\s대해|에\s대해서는)\s[^.!?]{0,30}?(?:반대|반려|거절|거부|받아들이지\s?않|동의하지\s?않)/u;
// "한 사람의 실수로 서비스가 멈춘다면 그것은 시스템의 결함이다": a general hypothetical, nothing past.
const HYPOTHETICAL = /(?:다면|으면|[가-힣]면)[,\s]/u;
// "돌이켜 보면", "결과적으로 보면": a look back, not a hypothetical.
const LOOKING_BACK = /(?:보면|생각하면|따지면)[,\s]/u;
const DIRECTIVE_OR_PUNISH = /(?:야\s?(?:한다|합니다|함|하겠)|면\s?안\s?(?:된다|됩니다|됨|돼)|할\s?것|바란다|바랍니다|바람[.!]?$|요망|하자|주세요|하세요|해라|책임을\s?(?:묻|물)|징계|처벌|문책|경위서|시말서|경고\s?조치)/u;

// "실수를 했다는 사실보다 …이 더 중요하다": the slip as a fact weighed below another.
const FACT_BELOW = /(?:다는|라는|였다는|했다는)\s(?:사실|것|점)(?:보다|보다는)\s/u;
// "작업자 실수로 몰고 가려는 분위기": an attempt to frame, described.
const FRAMING_ATTEMPT = new RegExp(`${BLAME_NOUNS}(?:으로|로)\\s?몰(?:고|아)\\s?가`, 'u');
// "신입이 실수했다는 소문과 달리 …": a claim the sentence contradicts.
const CLAIM_CONTRADICTED = /(?:다는|라는|다던|이라는)\s(?:소문|말|주장|보도|예상|추측|가정|의심|지적|설명|얘기|이야기|평가|짐작)(?:과|와)\s?(?:달리|다르게|반대로)/u;
// "인적 오류로 분류되어 있던 장애 5건": the label as a past category.
const LABEL_CATEGORY = new RegExp(`${BLAME_NOUNS}(?:으로|로)\\s?(?:분류|기록|처리|정리|종결|보고)(?:되어\\s?있던|돼\\s?있던|됐던|되었던|된)\\s`, 'u');
// "리뷰어 책임이라는 지적에 대해 … 반론이 나왔다": a claim answered.
const CLAIM_ANSWERED = /(?:라는|다는|이라는)\s(?:지적|주장|의견|비판|말)(?:에|에\s대해|에\s대해서는|에\s대해선)[,\s][^.!?]{0,60}?(?:반론|반박|반대|아니|사실과\s다르|근거가\s없)/u;

// "무엇을 했어야 했는지가 아니라 무엇이 …": the blaming question set aside for another.
const QUESTION_SET_ASIDE = /(?:는지|ㄴ지|던지|인지)(?:가|는|를)?\s?(?:아니라|아닌|보다는?)\s/u;
// "…했다는 표현은 '…'로 바꿨다": the blaming wording replaced.
const WORDING_REPLACED = /(?:다는|라는)\s(?:표현|문장|문구|말|설명|서술|원인|항목)(?:은|는|을|를)\s[^.!?]{0,40}?(?:로|으로)\s?(?:바꿨|바꾸었|고쳤|고치|수정했|대체했|교체했|바꾸기로|고쳐|바꿔)/u;
// "…했다는 설명으로 끝내지 않고": a blaming explanation not taken as the end.
const EXPLANATION_NOT_ENOUGH = /(?:다는|라는)\s(?:설명|결론|말|이유|답|해석|판단|진단)(?:으로|로|에서)\s?(?:끝내|마무리하|정리하|덮|그치|멈추)(?:지\s?(?:않|말)|는\s?대신|지\s?않고)/u;

// "시말서나 경위서를 요구하지 않는다", "회고 결과는 인사 평가에 반영하지 않는다": punishment refused.
const PUNISHMENT_REFUSED = /(?:시말서|경위서|반성문|사유서|징계|처벌|문책|질책|견책|인사\s?(?:조치|불이익|평가|고과))[^.!?]{0,30}?(?:지\s?(?:않|말)|없다|없습니다|없음|금지)/u;
// "경위서 대신 포스트모템을 쓴다", "책임 소재보다 재발 방지가 우선이다".
const PUNISHMENT_AFTER = /(?:징계|처벌|문책|질책|비난|책임\s?추궁|책임을\s?묻기|탓하기|비난하기|문책하기|징계하기|처벌하기)(?:에|하기에?)?\s?(?:앞서|보다\s?먼저)\s/u;
const BLAME_CULTURE = /(?:(?:범인|책임자|희생양|잘잘못|누구\s?탓)\s?(?:을|를)?\s?(?:찾기|찾는|가리기|가리는|따지기|따지는|묻는)|(?:문책|처벌|징계|비난|질책|추궁)\s?(?:위주의?|중심의?|일변도의?)?)\s?(?:분위기|문화|풍토|관행)/u;
const PUNISHMENT_INSTEAD = /(?:시말서|경위서|반성문|사유서|책임\s?소재|징계|처벌|문책|질책)(?:를|을)?\s?(?:대신|보다는?)\s/u;
// "징계 위주의 대응은 보고를 위축시킨다": punishment as the topic of a general statement.
const PUNISHMENT_GENERAL = /(?:징계|처벌|문책|질책|비난|책임\s?추궁)(?:\s?(?:위주|중심|일변도)의\s[\uac00-\ud7a3]{1,6})?(?:은|는|이|가|으로는|로는)\s[^.!?]{0,40}?(?:위축|숨기|숨긴|해치|해친|망치|망친|떨어뜨|가로막|침묵|두려|못|않|없)/u;

// A sentence that still asks for punishment ("…하지 않으면 징계해야 한다").
const DIRECTIVE_OR_PUNISH_ASK = /(?:야\s?(?:한다|합니다|함|하겠)|할\s?것|하겠(?:다|습니다)|바란다|바랍니다|면\s)/u;

// "사람이 실수하는 것을 전제로 설계한다", "실수할 수 있다는 가정에서": the slip as a design premise.
const SLIP_PREMISE = /(?:실수|잘못|착각|휴먼\s?에러|인적\s?오류)(?:하는\s?(?:것|걸)|할\s?수\s?있다는)?(?:을|를|에서|의)?\s?(?:전제로|전제하|전제에서|가정하고|가정하에|가정에서|염두에\s?두)/u;
// "책임 소재에 대한 질문은 나오지 않았다": a blame-seeking question that nobody asked.
const BLAME_QUESTION_ABSENT = /(?:책임\s?소재|잘잘못|문책|징계|처벌|책임\s?추궁|비난)(?:에\s?대한|을\s?묻는|를\s?묻는|를\s?따지는|을\s?따지는)\s(?:질문|논의|이야기|얘기|말|요구|언급)(?:은|는|이|가|도)\s[^.!?]{0,20}?(?:않|없)/u;
// "'더 조심하자'를 대책으로 인정하지 않는다": a quoted call or verdict the text refuses to adopt.
const QUOTED_REFUSED = /['"‘“「『][^'"’”」』]{1,40}['"’”」』](?:\s?(?:같은|라는|식의)\s[\uac00-\ud7a3]{1,6})?(?:를|을|는|은)\s[^.!?]{0,30}?(?:인정하|받아들이|채택하|허용하|쓰|적|싣|남기)지\s?(?:않|말)/u;
// "배포자 과실로 보는 시각도 있었으나 …": a blaming view some held, then turned by the sentence.
const VIEW_TURNED = /(?:으로|로|라고|이라고)\s?(?:보는|여기는|판단하는|해석하는|주장하는)\s(?:시각|의견|견해|해석|목소리|사람|쪽|분위기)(?:도|이|은|들도|들이)?\s?(?:있었|나왔)(?:으나|지만|는데)/u;
// "누군가의 부주의를 지적하는 대신": blame named as what the team did not point at.
const BLAME_NOT_POINTED = new RegExp(`${BLAME_NOUNS}(?:을|를)\\s?(?:지적하|거론하|문제\\s?삼|들추|캐)(?:는\\s?대신|기보다|기\\s보다|기\\s?전에|지\\s?(?:않|말))`, 'u');
// "…의 실수라고 단정했으나, 원인은 …였다": a blaming verdict someone reached, then the cause found.
const VERDICT_THEN_FOUND = /(?:라고|이라고|로|으로)\s?(?:단정|판단|결론\s?(?:내|지)|생각|짐작|추측)(?:했|하였|었|렸)(?:으나|지만|는데),?\s[^.!?]{0,60}?(?:실제로?는?|사실은|원인은|알고\s?보니|확인\s?결과|조사\s?결과|드러났|밝혀졌|아니었)/u;
// "…했다는 지적에 대해, 타임라인은 … 보여 준다": a claim answered by the record.
const CLAIM_RECORD = /(?:라는|다는|이라는)\s(?:지적|주장|의견|비판|말)(?:에|에\s대해|에\s대해서는|에\s대해선)[,\s]\s?(?:타임라인|로그|기록|데이터|그래프|대시보드|감사\s?로그|메트릭|지표)(?:은|는|이|가)\s[^.!?]{0,60}?(?:보여\s?준|보여\s?줬|보여\s?줍|드러낸|나타낸|증명한|말해\s?준)/u;

// Round 3 (ko-1501…1544).
// "한 사람의 실수로 요약하지 않는다", "신입 사원의 실수로 정리했다면 …": a blaming label negated, or
// weighed as a path the text did not take (a past conditional).
// Verbs that only ever apply a label (not "기록/정리", which are also ordinary acts done by mistake).
const FRAMING_STEM = '(?:요약|정의|축소|환원|단순화|귀결|일반화|결론\\s?짓|결론\\s?내리|단정|치부|규정|매듭짓|못\\s?박)';
const FRAME_NEGATED = new RegExp(`${BLAME_NOUNS}(?:으로|로|라고|이라고)\\s?${FRAMING_STEM}(?:하|시키)?(?:지\\s?(?:않|말)|기를\\s?거부)`, 'u');
const FRAME_IF = new RegExp(`${BLAME_NOUNS}(?:으로|로|라고|이라고)\\s?(?:${FRAMING_STEM}|정리|결론|매듭)(?:했|하였|시켰|지었|었|렸)(?:다면|더라면|으면)[,\\s]`, 'u');
// "개인 과실 판단 배제", "징계 목적의 조사 아님", "작업자 실수설은 기각됨": a bullet whose noun
// phrase names blame or punishment and ends by excluding or denying it.
const NOUN_PHRASE_DENIED = new RegExp(`(?:${BLAME_NOUNS}|징계|처벌|문책|질책|비난|추궁|범인\\s?찾기)(?:\\s(?!외|이외|말고|밖에|빼고)[\uac00-\ud7a3]{1,8}){0,3}\\s(?:아님|없음|배제|금지|지양|제외|안\\s함|하지\\s않음|않음)(?=$|[\\s.,;:)\\]—–-])`, 'u');
// "작업자 실수설은 기각됨", "외주사 책임론은 근거가 없었다": a theory of blame, rejected.
const THEORY_REJECTED = new RegExp(`${BLAME_NOUNS}\\s?(?:설|론|가설|의혹|추정|시나리오)(?:은|는|이|가|도)?\\s[^.!?]{0,30}?(?:기각|철회|배제|폐기|반박|부인|사실무근|근거(?:가|는)?\\s?없|힘을\\s?잃|틀린|틀렸|아니)`, 'u');
// "실수를 한 사람도 피해자다", "장애를 낸 동료조차 …": the generic one who slipped, with an inclusive
// particle (even). A determiner ("그 사람", "해당 엔지니어") makes it someone, and stays judged.
const SLIPPER_EVEN = /(?:실수|잘못|장애|사고|오류|착오)(?:를|을)?\s?(?:한|하는|할|저지른|낸|일으킨)\s(?:사람|동료|구성원|개인|엔지니어|당사자|팀원)(?:도|조차|조차도|까지|에게도|마저)\s/u;
const DETERMINER_BEFORE = /(?:^|\s)(?:그|이|저|해당|당시|문제의|그날|이번)\s$/u;
function slipperEven(s: string): boolean {
  const m = SLIPPER_EVEN.exec(s);
  return m !== null && !DETERMINER_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index));
}
// "실수를 했다고 해서 그 사람이 무능하다는 뜻은 아니다": just because …, it does not mean (a general
// inference denied; "…했다고 해서 배포가 멈추지는 않았다" asserts the slip and stays judged).
const CONCESSIVE_NOT = /(?:다고|라고)\s?해서\s[^.!?]{0,60}?(?:뜻|의미|것|건|게|말|법|얘기|이야기)(?:은|는|이|가)?\s?(?:아니|아닙|아님)/u;
// "사람이 실수하지 않기를 기대하는 대책": a slip-free person expected, named as the thing judged.
const SLIP_FREE_EXPECTED = /(?:실수|잘못|착각|깜빡|놓치|빠뜨리|잊|건너뛰)(?:하)?지\s?(?:않|말)(?:기를|기만을|으리라고|을\s?거라고|을\s?것이라고|으리라는|을\s?거라는|을\s?것이라는)\s?(?:기대|바라|믿|가정|전제|요구|기도)(?:하)?(?:는|던|기|는\s?것|는\s?건)/u;

// Round 4 (ko-1545…1573).
// "특정인의 책임을 묻기 위해 작성된 것이 아닙니다": blame-seeking denied as the purpose.
const PURPOSE_DENIED = /(?:묻|따지|가리|찾|추궁하|탓하|비난하|처벌하|문책하|징계하)기\s?위(?:해|한|해서)\s[^.!?]{0,20}?(?:것|게|건|자리|문서|회의|회고)(?:은|는|이|가)?\s?(?:아니|아닙|아님)/u;
// "누군가 실수를 했을 거라는 가정은 로그 앞에서 무너졌다": a presumption of blame, broken.
const PRESUMPTION_BROKEN = /(?:(?:을|ㄹ|았을|었을|였을|했을)\s?(?:거|것이)라는|다는|라는)\s(?:가정|추측|예상|짐작|의심|가설|선입견|전제|믿음|생각)(?:은|는|이|가)\s[^.!?]{0,30}?(?:무너졌|깨졌|틀렸|빗나갔|뒤집혔|사라졌|근거가\s?없|힘을\s?잃|맞지\s?않)/u;
// "…했더라도 … 구조가 문제다", "…수 있었다는 것 자체가 설계의 문제다": the verdict falls on the system.
const SYSTEM_VERDICT_END = /(?:구조|설계|시스템|절차|프로세스|환경|체계|방식|장치|아키텍처)(?:가|이|의|는|은)?\s?(?:[\uac00-\ud7a3]{1,6}\s)?(?:문제|결함|한계|허점|원인|약점)(?:다|이다|입니다|였다|이었다|임|였습니다|이었습니다)[.!]?$/u;
const CONCEDING = /(?:더라도|어도|아도|해도|여도|것\s?자체가|다는\s?(?:점|사실)\s?자체가)\s/u;
// "실수를 지적받은 사람이 위축되지 않도록": the one criticised, protected.
const CRITICISED_ONE = /(?:실수|잘못|과실|부주의)(?:을|를)?\s?(?:지적받|비난받|추궁당|문책당|질책받|질책당)(?:은|는|을|던|한|하는|했던)\s(?:사람|동료|팀원|엔지니어|구성원|당사자|개인)/u;
// "누구의 잘못인지 가리는 데": whose fault, as a question the text talks about settling, asserts nobody's
// ("누구의 잘못인지는 분명하다" does, and stays judged; so does a directive to settle it).
const WHOSE_FAULT = /누구(?:의)?\s?(?:잘못|탓|책임|실수|과실)(?:인지|이었는지|였는지|인가를|인가는)(?:를|는|도)?\s?(?:가리|따지|묻|찾|논하|정하|판단하|캐)/u;
// "팀장은 … 문책 요구를 거절했다": a demand for punishment refused.
const PUNISH_DEMAND_REFUSED = /(?:문책|징계|처벌|경위서|시말서|책임\s?추궁|해고|인사\s?조치|경질)\s?(?:요구|요청|제안|지시|건의|주장)(?:를|을|는|은|도|에는|에)\s?[^.!?]{0,10}?(?:거절|거부|반려|기각|철회|반대|받아들이지\s?않|수용하지\s?않)/u;

// Mirrors, session 6. "이런 규모의 사고가 한 사람의 잘못인 경우는 드물다", "… 한 사람의 실수로 일어나는 경우는 거의 없다":
// a general statement against single-person blame (the mirror of English "rarely the fault of one person").
const RARELY_ONE = /(?:한\s?(?:명|사람)|누구\s?한\s?사람|한\s?개인|어느\s?한\s?사람|개인\s?한\s?명)(?:의|만의)?\s?(?:잘못|실수|탓|책임|과실)[^.!?]{0,24}?(?:경우|일|때)(?:는|은|가|도)?\s(?:극히\s|매우\s|아주\s)?(?:드물|거의\s없|흔치\s?않|흔하지\s?않|많지\s?않|별로\s?없|좀처럼\s?없)/u;

// Round 5 (ko-1574…1598).
// "실패의 책임은 개인이 아니라 우리 모두에게 있다": the individual rejected for the whole.
const INDIVIDUAL_REJECTED = /(?:개인|한\s?사람|특정인|누구\s?한\s?사람)(?:이|에게|의\s?(?:것|몫)이)\s?아니라\s[^.!?]{0,20}?(?:우리\s?모두|모두|팀\s?전체|조직\s?전체|조직|시스템|구조|절차|프로세스|환경)/u;
// "…무시한 것처럼 보일 수 있지만, 경고는 …": an appearance conceded, then countered.
const APPEARANCE_TURNED = /(?:것처럼|것으로|듯이?)\s?(?:보일|보이|느껴질|읽힐|비칠)\s?(?:수(?:도)?\s?있지만|수(?:도)?\s?있으나|지\s?모르지만|지도\s?모르지만|겠지만)/u;
// "실수가 피해로 번지지 않게 하는 데": slips kept from spreading, a design goal.
const SLIP_CONTAINED = /(?:실수|잘못|착오|오류|휴먼\s?에러)(?:가|이)\s[^.!?]{0,20}?(?:번지지|이어지지|커지지|확대되지|퍼지지|닿지)\s?않(?:게|도록)/u;

// Session 4 (ko-1700…1813).
// "“다음엔 조심하자”는 반성으로는 변화가 어렵다": a call or a saying, quoted or reported, weighed as not enough.
const CALL_NOT_ENOUGH = /(?:다는|라는|자는|['"’”」』]는?)\s?[\uac00-\ud7a3]{1,6}(?:으로는|로는|만으로는|만\s?가지고는)\s[^.!?]{0,30}?(?:어렵|어려|부족|충분하지|못|없|않|안\s?된)/u;
// "따가운 질책과 조언을 아프게 받아들이겠다": criticism the writer accepts is no punishment asked of anyone.
const CRITICISM_ACCEPTED = /(?:질책|비판|꾸지람|질타|쓴소리|비난|지적)(?:과|와|을|를|도)\s[^.!?]{0,20}?(?:받아들이|달게\s?받|겸허히|새기|감수하)/u;
// "처음에는 단순한 기술적 결함이나 실수라고만 생각했다": an early belief the writer reports having held.
const FIRST_BELIEF = /(?:처음에는|처음엔|초기에는|당초에는?|한때는?|예전에는|입사\s?초에는)\s[^.!?]{0,50}?(?:다고|라고|이라고|로|으로)만?\s?(?:생각했|여겼|믿었|알았|봤|보았|판단했|짐작했)/u;
// "책임 소재 논란이 …": a dispute about blame, described.
const BLAME_DISPUTE = /(?:책임\s?소재|잘잘못|책임)\s?(?:논란|공방|다툼|논쟁|시비|싸움)/u;
// "이 보고서는 징계 여부를 판단하기 위한 문서가 아니다": deciding on punishment denied as the purpose.
const DECIDING_DENIED = /(?:판단하|결정하|정하|논의하|심사하|검토하)기\s?위(?:해|한|해서)\s[^.!?]{0,20}?(?:것|게|건|자리|문서|회의|회고|보고서)(?:은|는|이|가)?\s?(?:아니|아닙|아님)/u;
// "원인 제공자를 찾는 회의가 되지 않도록": a blame hunt the text steers away from.
const SEEKING_AVOIDED = /(?:찾|묻|따지|가리|추궁하|탓하|비난하|몰아가|색출하)는\s(?:회의|자리|회고|분위기|논의|대화|방향|시간|과정)(?:가|이|로|으로)?\s?(?:되지|흐르지|번지지|가지|변하지|바뀌지)\s?않(?:도록|게)/u;

// A directive that ends the sentence (one embedded, "…해야 한다는 것이 원칙이다", states a principle), and punishment.
const DIRECTIVE_AT_END = /(?:야\s?(?:한다|합니다|함|하겠다|하겠습니다)|면\s?안\s?(?:된다|됩니다|됨|돼)|할\s?것|바란다|바랍니다|하자|주세요|하세요|해라)[.!]?$/u;
const PUNISH_WORDS = /(?:책임을\s?(?:묻|물)|징계|처벌|문책|경위서|시말서|경고\s?조치|인사\s?(?:조치|평가|고과))/u;

// Mistakes spoken of IN GENERAL, and legal wording (kinds misread on unseen real documents:
// test/language/AUDITS.md, session 5). Each alone, kept linear.
const GENERAL_SLIPS = [
  // "초보자가 가장 많이 하는 실수는 …", "신입 개발자들이 흔히 하는 실수 중 하나는 …": the common mistakes of a kind of person.
  /(?:많이|자주|흔히|흔하게|쉽게|곧잘)\s(?:하는|저지르는|범하는)\s(?:실수|잘못|착각)/u,
  // "초보 운영자가 저지르는 첫 번째 실수는 …".
  /(?:하는|저지르는|범하는)\s(?:첫\s?번째|두\s?번째|세\s?번째|대표적인|흔한|가장\s흔한|단골)\s(?:실수|잘못)/u,
  // "제가 과거에 저질렀던 실수들을 바탕으로 … 정리해 드립니다": past mistakes as the material of a lesson.
  /(?:실수|잘못|실패)(?:들)?(?:을|를)\s?(?:바탕으로|토대로|교훈\s?삼아|거울\s?삼아)/u,
  // "엔지니어는 자신의 실수에서 배운다", "실수로부터 교훈을 얻는다": learning from mistakes.
  /(?:실수|잘못|실패|오류)(?:들)?(?:에서|로부터|을\s통해|를\s통해)\s?(?:배우|배운|배웁|배웠|교훈을\s?얻)/u,
  // "버그, 트래픽 급증, 휴먼 에러 등 다양한 요인에서 비롯될 수 있다": a catalogue of causes in general.
  /등\s(?:다양한|여러|여러\s가지|수많은|온갖)\s(?:요인|원인|이유|가능성)/u,
  // "사업자의 고의나 중과실로 … 배상하도록 한 약관": the legal wording of terms of service.
  /고의\s?(?:나|이나|또는|및|·|,)\s?(?:중|경)?과실/u,
  // "그래, 인턴 탓이나 하자": the stock joke, ironic.
  /(?:인턴|신입|DNS)\s?탓(?:이나|으로나)\s?(?:하자|하면\s?되지|하지\s?뭐|돌리자)/u,
  // Session 6 audit. "내가 놓친 것 (핵심 의도)", "우리가 놓친 점: …": a label naming the gap the writer or the team examines.
  /^(?:내가|제가|우리가|저희가)\s(?:놓친|간과한|잘못\s?이해한|오해한)\s(?:것|점|부분|지점)/u,
  // "MSRC가 실수로 …", "협력사가 실수로 …": an organisation outside the team (another organisation's acronym, not a
  // role such as DBA; a partner or vendor company) is the actor; no person of the team acts.
  /^(?!(?:SRE|DBA|NOC|SOC|CTO|CEO|CIO|CISO|QA|PM)(?:가|이|는|은|\s))[A-Z]{2,8}(?:가|이|는|은|\s?측(?:이|은|에서))\s(?:[^\s.!?]{1,12}\s){0,3}?실수로/u,
  /^(?:협력사|협력\s?업체|외부\s?업체|위탁\s?업체|호스팅\s?업체|벤더|공급사|통신사|제조사)(?:가|는|측이|측은|에서)\s(?:[^\s.!?]{1,12}\s){0,3}?실수로/u,
  // '업체 측은 "작업자가 실수로 케이블을 뽑았다"고 밝혔다': blame inside a quotation a speaker is reported to have said.
  /^[^\s"“]{1,12}(?:\s측)?(?:은|는|이|가)\s["“][^"”]{2,200}["”](?:라?고|며)\s(?:[^\s.!?]{1,10}\s)?(?:밝혔|말했|설명했|전했|주장했|해명했|덧붙였|강조했|언급했|답했)/u,
  // "반성문 쓴 카카오", "카카오는 … 반성문을 내놓았다": a company's public statement of contrition, reported; nothing is asked of anyone.
  /반성문\s쓴\s[A-Z가-힣]/u,
  /반성문(?:을|를)?\s?(?:내놓|내놨|발간|발표|공개|게시)/u,
];

// Session 18 (lang-ko). "담당자가 정신 차리지 않았다 탓할 시간에 시스템을 고치자", "누구 탓인지 따질 시간에 …": blaming as the use
// of time the sentence turns down for something else (the idiom "X할 시간에 Y", instead of X, Y); the blame before it is what
// would be said, not said.
const BLAME_TIME_INSTEAD = /(?:탓|비난|원망|질책|추궁|문책|책망|손가락질)(?:을|만)?\s?(?:할|하고\s?있을)\s?시간에\s|(?:책임을|잘잘못을|누구\s?탓인지|[\uac00-\ud7a3](?:는지|ㄴ지|인지))\s?(?:물을|따질|가릴)\s?시간에\s|(?:범인|책임자|희생양)(?:을|를)\s?찾을\s?시간에\s/u;
// Session 18 (lang-ko). "실수가 일어났을 때 비난을 하거나 책임을 묻는 환경이 아니라, …", "…처벌하는 곳이 아닙니다": a blaming
// environment, culture or place denied as what the practice is. A past blame after the denial ("…문화는 아니지만 이번엔
// 담당자가 절차를 무시했다") keeps the sentence judged.
const BLAMING_PLACE_DENIED = /(?:탓하|탓을\s?하|비난하|비난을\s?하|질책하|추궁하|문책하|처벌하|징계하|책임을\s?묻|잘잘못을\s?따지|범인을\s?찾|책임자를\s?찾)는\s(?:환경|문화|분위기|조직|곳|자리|팀|공간|회사|집단)(?:이|가|은|는)?\s?(?:아니|아닌|아닙|아님)/u;

const MESSAGE_MISSED = /(?:^|[\s,])((?:(?:이|그|보내\s?주신|남겨\s?주신|올려\s?주신|주신|말씀하신)\s)?(?:메시지|메세지|댓글|질문|멘션|코멘트|답글|문의|DM|디엠|메일|스레드|핑|연락|이걸|이거|이것)(?:을|를|도)?\s(?:(?:이제야|이제|지금에야|지금|여태|지금까지|깜빡|미처|늦게)\s)?(?:놓쳤|놓쳐|못\s?봤|못\s?보았|보지\s?못했|확인하지\s?못했|확인을?\s?못\s?했|봤|확인했))[\uac00-\ud7a3]*/u;
const OCCASION_BEFORE = /(?:에서|중에|전에|때|도중에?|과정에서|동안)\s$/u;
/** A message of the thread missed or seen late, with nothing else blamed in the sentence. */
function lateReply(s: string): boolean {
  const m = MESSAGE_MISSED.exec(s);
  if (!m) return false;
  // "봤", "확인했" only with a lateness word ("이제야 봤어요"); "늦게" alone does not make an incident signal a message.
  if (/(?:^|\s)(?:봤|확인했)/u.test(m[1]) && !/(?:이제야|이제|지금에야|지금|늦게)\s(?:봤|확인했)/u.test(m[1])) return false;
  const at = m.index + m[0].indexOf(m[1]);
  if (OCCASION_BEFORE.test(s.slice(Math.max(0, at - 12), at))) return false;
  const rest = s.slice(0, at) + s.slice(m.index + m[0].length);
  return !APOLOGY_BLAME.test(rest.replace(ORG_SHORTCOMING, ''));
}

// Session 18 (lang-ko): AN AVOIDABILITY RAISED AND DENIED. (a) A hedged could-have ("예방할 수 있었을 수도 있지만", "피할 수도
// 있었겠지만") and, after it, a denial ("피할 방법이 없었다", "막을 수 없었던 것으로 보인다", "불가피했다"): the sentence
// concludes that it was not avoidable. (b) The could-have as a noun's modifier, the noun denied ("피할 수 있었던 장애는
// 아니었습니다"): a part of the sentence (koreanNeutralParts). An unhedged "피할 수 있었지만 …" stays judged.
const PREVENT_VERB = '(?:막을|피할|예방할|방지할|회피할|피해\\s?갈)';
const AVOIDABLE_HEDGED = new RegExp(`${PREVENT_VERB}\\s?수\\s?(?:도\\s?)?있었(?:을\\s?(?:수도\\s?있|지도\\s?모르|것\\s?같|\\s?법도\\s?하)|겠|을\\s?테)(?:지만|으나|겠지만|는데|었지만)`, 'u');
const AVOIDABLE_DENIED = new RegExp(`${PREVENT_VERB}\\s?(?:방법|길|도리|수단)(?:이|가|은|는|도)?\\s?(?:없었|없다|없습니다|없었습니다|없는)|${PREVENT_VERB}\\s?수(?:는|가|도)?\\s?없(?:었|다|습니다|는)|불가피(?:했|하였|한|하다|합니다)|어쩔\\s?수\\s?없(?:었|는|다)`, 'u');
const AVOIDABLE_NOUN_DENIED = new RegExp(`${PREVENT_VERB}\\s?수\\s?(?:도\\s?)?있었던\\s(?:[\\uac00-\\ud7a3]{1,6}\\s)?(?:장애|사고|일|문제|실수|상황|경우|사태|것|건|게)(?:은|는|이|가|도)?\\s?(?:아니|아닌|아닙|아님|아녔)`, 'gu');

/** Whether the sentence negates, declines or rejects the blame it mentions (see the module comment). */
// "저희의 관리 소홀로 불편을 끼쳐 죄송합니다", "당사의 관리 소홀로 …", "회사 측의 운영 미숙으로 …": the organisation owning a
// shortcoming of its management before its customers names no person; a person ("담당자의 부주의") or a team ("저희 팀의
// 관리 소홀") named stays judged. Session 7 (docs/rules/blameful-language.md).
// Session 8: the adjective first as well ("저희의 미흡한 대응으로"), and response work (대응, 대처, 점검) beside management.
const ORG_SHORTCOMING = /(?:우리\s?회사|저희\s?회사|회사|당사|저희|본사|운영사)(?:\s?측)?의?\s(?:(?:관리\s?감독|관리|운영|감독|대응|대처|점검)\s?(?:소홀|미숙|부실|미흡)|(?:미흡한|미숙한|부실한|소홀한|부족한|안일한)\s(?:관리\s?감독|관리|운영|감독|대응|대처|조치|점검))[\uac00-\ud7a3]*/gu;

// Session 9 (real postmortems): a general warning in the present whose counterfactual sits in a relative clause about a
// hypothetical means: "성급한 복구는 더 신중한 시도였다면 살릴 수 있었을 데이터까지 지울 수 있다" (what a procedure may do, not
// what people did; the English "… can destroy data that a more careful attempt would have saved").
const WARNING_IF = /(?:다면|더라면)\s(?:[^\s.!?]{1,20}\s){0,4}?[^\s.!?]{1,20}(?:었을|았을|였을|했을)\s/u;
const WARNING_END = /\s수\s(?:있다|있습니다|있어요)[.!]?\s*$/u;

/** Parts of a Korean sentence where blame is not reported: an organisation's own shortcoming, owned; a slip only supposed; a general warning. */
// Session 18 (mirrors, the Korean mirror of lang-en's "Keycloak should have worked after the reload"): A SYSTEM'S EXPECTED
// BEHAVIOUR: "마스토돈은 … 정상적으로 동작했어야 했습니다": 동작하다 / 작동하다 / 구동되다 / 기동되다 say how software runs, never
// what a person does, so the should-have states what was expected of the product, not hindsight about people. Not:
// "실행했어야" / "확인했어야" (people's acts), "응답했어야" (an on-call reply).
const SYSTEM_EXPECTED = /(?:동작|작동|구동|기동)(?:했|됐|되었|하였)어야\s?(?:했|하는|한다|합니다|하지)[가-힣]{0,4}/gu;

export function koreanNeutralParts(sentence: { start: number; text: string }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  SYSTEM_EXPECTED.lastIndex = 0;
  for (let m = SYSTEM_EXPECTED.exec(sentence.text); m; m = SYSTEM_EXPECTED.exec(sentence.text)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  const end = WARNING_END.exec(sentence.text);
  const warning = end ? WARNING_IF.exec(sentence.text) : null;
  // (The relative clause's noun and the warning's verb follow in one clause: a few words, no comma or 는데/지만 between.)
  const between = warning && end ? sentence.text.slice(warning.index + warning[0].length, end.index) : '';
  if (warning && end && end.index > warning.index && between.split(/\s+/u).length <= 6 && !/[,，]|는데|지만/u.test(between)) {
    // From the word that holds the condition to the end of the sentence.
    let from = warning.index;
    while (from > 0 && !/\s/u.test(sentence.text[from - 1])) from--;
    out.push({ start: sentence.start + from, end: sentence.start + sentence.text.length });
  }
  ORG_SHORTCOMING.lastIndex = 0;
  for (let m = ORG_SHORTCOMING.exec(sentence.text); m; m = ORG_SHORTCOMING.exec(sentence.text)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  for (const p of supposedSlips(sentence.text)) out.push({ start: sentence.start + p.start, end: sentence.start + p.end });
  // Session 10. "그렇다고 안일하게 처리할 수도 없다": a careless manner one cannot afford (frames.ts).
  // "책임자 문책과 제도 개선이 이어졌다": a sanction reported; "예전에는 …했어야 했는데, 이 도구를 쓰면 …": had to, the old way.
  for (const p of [...carelessNotAfforded(sentence.text), ...sanctionsReported(sentence.text), ...habitsOfNecessity(sentence.text), ...openQuestions(sentence.text), ...genericWhenSlips(sentence.text)]) out.push({ start: sentence.start + p.start, end: sentence.start + p.end });
  COMMON_SLIP.lastIndex = 0;
  for (let m = COMMON_SLIP.exec(sentence.text); m; m = COMMON_SLIP.exec(sentence.text)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  AVOIDABLE_NOUN_DENIED.lastIndex = 0;
  for (let m = AVOIDABLE_NOUN_DENIED.exec(sentence.text); m; m = AVOIDABLE_NOUN_DENIED.exec(sentence.text)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

// Session 9. "가장 흔한 실수는 …", "대표적인 착각 중 하나는 …": the slip as a type, the topic of a statement about what people
// commonly get wrong; the noun phrase names nobody's act ("그건 흔한 실수였다", a verdict on one act, is not a topic).
const COMMON_SLIP = /(?:흔한|흔히\s보는|자주\s보는|흔하게\s보는|대표적인|전형적인|빈번한|고전적인|초보적인)\s(?:실수|착각|착오)(?:는|은|\s?중\s?(?:하나는|하나가|가장)|\s?가운데\s?하나는|로는|에는)/gu;

// Session 9. A slip that the sentence only supposes: the clause that holds it is a condition or a concession in the
// present ("실수로 지우더라도 …", "…의 실수라면", "실수하면 …"), a guard against it ("실수로 나가지 않게", "실수로 …
// 연결하는 것을 막는"), or a possibility ("…실수로 인한 장애가 발생할 수 있다", "실수가 가능하다"). Nothing in that
// clause happened, so nobody is blamed in it. A past tense in the clause ("실수로 지웠다면", "실수했다", "실수할 수
// 있었다") asserts or regrets the slip and ends the reading; so does a prohibition ("실수하면 안 된다").
// Words that carry the slip.
const SLIP_WORD = /(?:실수|착각|착오|깜빡|깜박|부주의|휴먼\s?에러|인적\s?오류|^잘못)/u;
// A clause closed as a condition or a concession in the present ("하면", "이라면", "하더라도", "해도"; not "하면서").
const SUPPOSE_END = /(?:면|라도|어도|아도|해도|여도|워도|와도|봐도|줘도)$/u;
// A guard: "…지 않도록", "…지 않게", "…지 못하게", "…일 없도록".
const GUARD_WORD = /^(?:않|못하|없)(?:도록|게)$|지(?:않|못하)(?:도록|게)$/u;
// "…는 것을 막는/방지하는/예방하는": the clause as what is prevented.
const THING_WORD = /^(?:것|걸|일|경우)(?:을|를)?$/u;
const PREVENT_WORD = /^(?:막|방지|예방|차단|피하|줄이)/u;
// "…할 수 있다" (not "있었다"), "…이 가능하다".
const CAN_WORD = /^수(?:도|가|는)?$/u;
const CAN_NEXT = /^있(?:다|습니다|음|어요|죠|지요|는|고|으며|으나|지만|을|기)(?:[.!,]|$)/u;
const POSSIBLE_WORD = /^가능(?:하다|합니다|함|한|하며|하고|해요|하죠|하다는|하다고)?[.!,]?$/u;
// Where a clause ends looking back: a connective or a comma.
const CLAUSE_BACK = /(?:고|며|서|데|지만|니까|면서|거나|[,，;:])$/u;
const PROHIBITED_NEXT = /^(?:안|안된|안돼|안됩니다|안된다)/u;
/** Whether a word has a syllable with the past final ㅆ, other than 있 (to be). */
const pastIn = (w: string) => [...w].some((c) => { const n = c.charCodeAt(0) - 0xac00; return n >= 0 && n <= 11171 && n % 28 === 20 && c !== '있'; });

export function supposedSlips(s: string): { start: number; end: number }[] {
  if (s.length > 600 || !/(?:실수|착각|착오|깜빡|깜박|부주의|에러|오류|잘못)/u.test(s)) return [];
  const words: { text: string; start: number; end: number }[] = [];
  for (const m of s.matchAll(/\S+/gu)) words.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!SLIP_WORD.test(words[i].text) && !(i + 1 < words.length && /^(?:휴먼|인적)$/u.test(words[i].text) && SLIP_WORD.test(`${words[i].text} ${words[i + 1].text}`))) continue;
    let close = -1;
    for (let j = i; j < words.length && j <= i + 8; j++) {
      let w = words[j].text;
      while (/[.!?,]$/u.test(w)) w = w.slice(0, -1);
      const next = words[j + 1]?.text ?? '';
      if (GUARD_WORD.test(w) && (j > i || /지(?:않|못하)/u.test(w))) { close = j; break; }
      if (THING_WORD.test(w) && j > i && /[는ㄴ은]$/u.test(words[j - 1].text) && PREVENT_WORD.test(next)) { close = j + 1; break; }
      if (CAN_WORD.test(w) && j > i && CAN_NEXT.test(next)) { close = j + 1; break; }
      if (POSSIBLE_WORD.test(w) && j > i && /(?:가|이|은|는|도)$/u.test(words[j - 1].text)) { close = j; break; }
      if (pastIn(w)) {
        // "실수로 창을 닫았다고 링크가 죽으면 …": what would follow from the slip, supposed.
        if (/다고$/u.test(w) && words.slice(j + 1, j + 4).some((x) => SUPPOSE_END.test(x.text) && !pastIn(x.text) && !/면서$/u.test(x.text))) continue;
        break;
      }
      if (SUPPOSE_END.test(w) && !/면서$/u.test(w) && !PROHIBITED_NEXT.test(next)) { close = j; break; }
      // A sentence that ends here asserts what it says.
      if (/(?:다|요|니다|죠|음|함)$/u.test(w) && !/(?:다고|다는)$/u.test(w)) break;
    }
    if (close < 0) continue;
    let from = i;
    while (from > 0 && i - from < 8 && !CLAUSE_BACK.test(words[from - 1].text) && !pastIn(words[from - 1].text)) from--;
    out.push({ start: words[from].start, end: words[close].end });
    i = close;
  }
  return out;
}

export function koreanNeutral(sentence: { text: string }): boolean {
  const s = sentence.text;
  if (s.length > 600 || !/[\uac00-\ud7a3]/u.test(s)) return false;
  if (GENERAL_SLIPS.some((re) => re.test(s))) return true;
  // Session 10 (frames.ts): an appearance corrected, alternatives asked, a third party's blaming reported.
  if (appearanceCorrected(s) || alternativesAsked(s) || othersShiftBlame(s)) return true;
  // Mirrors of English kinds (frames.ts): a reaction or fate counterfactual, a defensive guard, blame an approach presumes.
  if (fateCounterfactual(s) || defensiveGuard(s) || approachPresumes(s)) return true;
  // Session 11 (generic.ts): mistakes as a general truth about people, in the present.
  if (genericSlip(s) || koreanCoverageRule(s) || seemingDenied(s)) return true;
  if (BLAME_TIME_INSTEAD.test(s)) return true;
  const hedged = AVOIDABLE_HEDGED.exec(s);
  if (hedged && AVOIDABLE_DENIED.test(s.slice(hedged.index + hedged[0].length))) return true;
  const place = BLAMING_PLACE_DENIED.exec(s);
  if (place) {
    const rest = s.slice(place.index + place[0].length);
    if (!(pastIn(rest) && BLAME_AFTER.test(rest))) return true;
  }
  if (READING_DECLINED.test(s) || SLIP_ALLOWED.test(s) || SEEKING_FUTILE.test(s) || SEEKING_SECOND.test(s) || BLAME_INSTEAD.test(s) || GENERIC_SLIP.test(s) || HUMAN_NATURE.test(s) || SEEKING_FIRST.test(s) || SLIP_POSSIBLE.test(s) || PUNISHMENT_EFFECT.test(s) || BLAMING_HABIT.test(s) || CONCEDED.test(s) || ONLY_THEM.test(s) || WRITING_IT.test(s) || PUNISH_NOT.test(s) || NOT_AS_CAUSE.test(s) || NO_CULPRIT.test(s) || WHO_BELOW_WHAT.test(s) || CONCLUSION_WRONG.test(s) || CAUSE_DENIED.test(s) || WORDS_AS_WORDS.test(s) || LABEL_WITHHELD.test(s) || DRAFT_STRUCK.test(s) || PROPOSAL_DECLINED.test(s) || NOUN_ALSO_DENIED.test(s.trim()) || NOUN_NOT_FOUND.test(s) || PRINCIPLE.test(s) || NOBODY_BLAME.test(s) || DECLINED.test(s) || REPORTED_REJECTED.test(s) || HABIT.test(s.trim()) || RATHER_THAN.test(s) || REVISED.test(s) || NOT_ASKED.test(s) || PUNISHMENT_FUTILE.test(s) || STRUCK.test(s) || SAYING.test(s) || repaired(s) || CONFIGURED.test(s) || systemTopic(s)) return true;
  const label = LABEL_NOT_APPLIED.exec(s);
  if (label && FRAMING.test(label[0])) return true;
  const below = BLAME_BELOW.exec(s);
  if (below && !BLAME_AFTER.test(s.slice(below.index + below[0].length))) return true;
  if (CONCEPT_TOPIC.test(s.trim())) {
    const last = s.trim().replace(/[.!]$/u, '').split(/\s+/u).pop() ?? '';
    if (!PAST_SYLLABLE.test(last)) return true;
  }
  if (SLIP_EXPLAINED.test(s.trim()) && !PAST_SYLLABLE.test(s.slice(0, s.search(/(?:것은|건|이유는|까닭은)\s/u)))) return true;
  if (PUNISHMENT_REFUSED.test(s) && !DIRECTIVE_OR_PUNISH_ASK.test(s)) return true;
  if (PUNISHMENT_INSTEAD.test(s)) return true;
  // Session 9. "문책에 앞서 원인부터 찾아야 한다": punishment put behind something done first (a second punitive ask after it stays).
  const first = PUNISHMENT_AFTER.exec(s);
  if (first && !PUNISH_WORDS.test(s.slice(first.index + first[0].length)) && !/(?:시말서|반성문|사유서|해고|경질|감봉)/u.test(s.slice(first.index + first[0].length))) return true;
  // Session 9. "장애 때마다 범인 찾기 분위기라 …", "징계 위주의 문화가 보고를 막는다": a blaming or punishing culture described.
  if (BLAME_CULTURE.test(s) && !PUNISH_WORDS.test(s.replace(BLAME_CULTURE, ''))) return true;
  if (PUNISHMENT_GENERAL.test(s) && !PAST_SYLLABLE.test(s) && !DIRECTIVE_OR_PUNISH_ASK.test(s)) return true;
  if (QUESTION_SET_ASIDE.test(s) || WORDING_REPLACED.test(s) || EXPLANATION_NOT_ENOUGH.test(s)) return true;
  if (REFRAMED.test(s) || DEMAND_OPPOSED.test(s) || FACT_BELOW.test(s) || FRAMING_ATTEMPT.test(s) || CLAIM_CONTRADICTED.test(s) || LABEL_CATEGORY.test(s) || CLAIM_ANSWERED.test(s)) return true;
  if (HYPOTHETICAL.test(s) && !LOOKING_BACK.test(s) && !PAST_SYLLABLE.test(s) && !DIRECTIVE_OR_PUNISH.test(s) && !/[?？]\s*$/u.test(s)) return true;
  if (NOT_THE_CAUSE.test(s) || NOT_RECORDED_AS.test(s) || OTHERS_BLAME.test(s) || SLIP_OF_ARTEFACT.test(s)) return true;
  if (NOT_THE_PURPOSE.test(s) || NOT_ASKED_FOR.test(s) || PUNISHMENT_FEARED.test(s) || DEMAND_DECLINED.test(s) || LABEL_TOO_SMALL.test(s) || NO_FAILED_PART.test(s) || NOT_BECAUSE.test(s)) return true;
  const rather = RATHER_NOUN.exec(s);
  if (rather && !BLAME_AFTER.test(s.slice(rather.index + rather[0].length))) return true;
  if (RAISED_THEN_FOUND.test(s) || SLIP_IN_ARTEFACT.test(s) || REPORTING_SLIPS.test(s)) return true;
  if (SLIP_PREMISE.test(s) || BLAME_QUESTION_ABSENT.test(s) || QUOTED_REFUSED.test(s) || VIEW_TURNED.test(s) || BLAME_NOT_POINTED.test(s) || VERDICT_THEN_FOUND.test(s) || CLAIM_RECORD.test(s)) return true;
  if (INDIVIDUAL_REJECTED.test(s) || APPEARANCE_TURNED.test(s) || (SLIP_CONTAINED.test(s) && !PUNISH_WORDS.test(s))) return true;
  if (PURPOSE_DENIED.test(s) || PRESUMPTION_BROKEN.test(s) || PUNISH_DEMAND_REFUSED.test(s) || RARELY_ONE.test(s)) return true;
  if (WHOSE_FAULT.test(s) && !DIRECTIVE_AT_END.test(s.trim())) return true;
  if (SYSTEM_VERDICT_END.test(s.trim()) && CONCEDING.test(s) && !PUNISH_WORDS.test(s)) return true;
  if (CRITICISED_ONE.test(s) && !PUNISH_WORDS.test(s) && !DIRECTIVE_AT_END.test(s.trim())) return true;
  if (FRAME_NEGATED.test(s) || FRAME_IF.test(s) || NOUN_PHRASE_DENIED.test(s) || THEORY_REJECTED.test(s)) return true;
  if ((slipperEven(s) || CONCESSIVE_NOT.test(s) || SLIP_FREE_EXPECTED.test(s)) && !DIRECTIVE_AT_END.test(s.trim()) && !PUNISH_WORDS.test(s)) return true;
  // An apology is judged by what it blames beside the organisation's own shortcoming ("담당자의 운영 미숙으로 … 사과드립니다"
  // names a person; "저희의 관리 소홀로 … 죄송합니다" names none).
  if (APOLOGY.test(s) && !APOLOGY_BLAME.test(s.replace(ORG_SHORTCOMING, ''))) return true;
  // Session 18 (lang-ko): a LATE-REPLY APOLOGY ("죄송합니다, 이 메시지를 놓쳤네요", "미안해요, 댓글을 이제야 봤어요"): the writer
  // did not see a message of the thread; nothing of the incident is judged. "죄송합니다, 제가 리뷰에서 이걸 놓쳤습니다" (an
  // occasion before the object) and a miss of an incident signal (알림, 경보) stay judged.
  if (APOLOGY.test(s) && lateReply(s)) return true;
  if (CALL_NOT_ENOUGH.test(s) || SEEKING_AVOIDED.test(s) || DECIDING_DENIED.test(s) || FIRST_BELIEF.test(s)) return true;
  if ((CRITICISM_ACCEPTED.test(s) || BLAME_DISPUTE.test(s)) && !DIRECTIVE_AT_END.test(s.trim()) && !PUNISH_WORDS.test(s.replace(BLAME_DISPUTE, ''))) return true;
  const mid = DENIED_MID.exec(s);
  if (mid && !BLAME_AFTER.test(s.slice(mid.index + mid[0].length)) && !/(?:왜|더라면|다면|았으면|었으면)/u.test(s)) return true;
  if (deniedAtEnd(s) && !/(?:왜|더라면|다면|았으면|었으면)/u.test(s)) return true;
  if (FORWARD_GUARD.test(s) && MUST_END.test(s) && !CARE_WORDS.test(s)) return true;
  if (THANKS.test(s) && !/(?:탓|때문에\s[^.]{0,20}(?:장애|사고))/u.test(s)) return true;
  for (const re of [NOUN_NEGATED, ACT_NEGATED]) {
    const m = re.exec(s);
    if (!m) continue;
    // "…이 아니라 운영자의 실수다": what the sentence asserts after the rejection still counts.
    const rest = s.slice(m.index + m[0].length);
    if (/^(?:라|라고|라는|고)\s/u.test(rest) || /^라/u.test(rest)) {
      if (BLAME_AFTER.test(rest)) return false;
    }
    return true;
  }
  return false;
}
