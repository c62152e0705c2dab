/**
 * Session 11: a verification whose object is a yes/no state of a named thing names its own pass/fail condition, and is a
 * concrete action item: an embedded question with its own subject and an action verb ("세션 쿠키가 실제로 발급되는지 먼저
 * 확인", "리포트 메일이 발송되는지 점검"), or a presence or match noun after a named thing ("매니페스트 존재 확인", "두
 * 테이블의 건수 일치 여부 확인"). The English mirror ("Check that the manifest exists", "Verify that the cookie is issued")
 * is already read as concrete by the English rules.
 *
 * Not this kind (the item stays vague): the check's subject is the trouble itself or everything ("문제가 없는지", "이상이
 * 없는지", "영향이 없는지", "전체가 …"), the predicate is an evaluation with no criterion ("설정이 올바른지", "서비스가
 * 정상인지", "…가 맞는지", "충분한지"), or a manner asks for care ("제대로", "잘", "꼼꼼히", "반드시" …; the caller checks its
 * CARE_MANNER too).
 *
 * `before` is the item's text before the check verb (확인/점검/검증/체크), which must end the item.
 */

// The subject (a word ending in 이/가), up to three words, then the -는지 word, then an optional "먼저/우선/실제로".
const EMBEDDED = /(?:^|\s)([^\s]{1,24})(?:이|가)\s(?:[^\s]{1,16}\s){0,5}?([\uac00-\ud7a3]{1,12})(?:는지|은지|ㄴ지|았는지|었는지|했는지|됐는지)\s(?:먼저\s|우선\s|다시\s)?$/u;
// Subjects that name the trouble or everything rather than a thing.
const GENERIC_SUBJECT = /^(?:문제|이상|오류|에러|누락|버그|영향|부작용|위험|취약점|장애|결함|모든\s?것|전체|전부|모두|설정|변경\s?사항|변경|결과|상태|작업|내용|코드|것|뭔|무엇)$/u;
// Predicates that evaluate with no criterion, or negate trouble.
const EVALUATIVE = /(?:없|맞|올바르|올바른|괜찮|적절하|적절한|충분하|충분한|안전하|안전한|원활하|원활한|정상|이상하|문제없|문제\s없|잘\s?되|잘되|제대로|옳|정확하|정확한|깔끔하|깔끔한|좋)/u;
// A presence or match noun after a named thing.
const PRESENCE = /(?:^|\s)([^\s]{1,24})\s(?:존재|일치|포함|등록|발급|생성|삭제|연결|명시)\s?(?:여부\s)?(?:먼저\s)?$/u;
const MANNER = /(?:제대로|잘\s|꼼꼼|철저|반드시|충분히|신중|세심|한\s?번\s?더|다시\s?한\s?번|빠짐없이|전반)/u;

// A question word: the check asks why, how or what happened (an inquiry with no pass/fail state), not whether a state holds
// ("결제 모듈이 왜 멈췄는지 확인", "큐가 어떻게 밀렸는지 점검"). Found when the session-11 gate and lang-ko merged.
const QUESTION_WORD = /(?:^|\s)(?:왜|어떻게|어째서|무엇|무슨|뭐|어디|어디서|언제|누가|누구|어떤|얼마나|몇)(?=\s|$|[가을를이에서])/u;

export function binaryCheck(before: string): boolean {
  if (before.length > 300 || MANNER.test(before) || QUESTION_WORD.test(before)) return false;
  const e = EMBEDDED.exec(before);
  if (e) {
    let subject = e[1];
    while (subject && '`\'"('.includes(subject[0])) subject = subject.slice(1);
    while (subject && '`\'")'.includes(subject[subject.length - 1])) subject = subject.slice(0, -1);
    const predicate = before.slice(e.index + e[0].lastIndexOf(e[2]), before.length);
    return !GENERIC_SUBJECT.test(subject) && !EVALUATIVE.test(predicate) && !/인지\s/u.test(predicate);
  }
  const p = PRESENCE.exec(before);
  return !!p && !GENERIC_SUBJECT.test(p[1]) && !/(?:의|을|를|에)$/u.test(p[1]) || (!!p && /의$/u.test(p[1]) && !GENERIC_SUBJECT.test(p[1].slice(0, -1)));
}

/**
 * Whether what follows the check verb is only a parenthesised list of the things checked ("(Redis, Kafka, MySQL 등)"),
 * perhaps then an owner's parentheses: names, each a short word or two, at least two of them.
 */
export function namesListed(after: string): boolean {
  const m = /^\s*[(（]([^()（）\n]{2,60})[)）]\s*(?:[(（][^()（）\n]{0,40}[)）]\s*)?[.]?\s*$/u.exec(after);
  if (!m) return false;
  const parts = m[1].replace(/\s?등$/u, '').split(/[,，、/]/u).map((x) => x.trim());
  return parts.length >= 2 && parts.every((x) => /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,20}(?:\s[\p{L}\p{N}._-]{1,20})?$/u.test(x));
}
