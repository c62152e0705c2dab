/**
 * Session 18 (lang-ko). THE ARTEFACT OF THE PERSON ADDRESSED AS THE CAUSE: "당신의 커밋이 빌드를 깨뜨렸습니다", "네가 올린 PR이
 * 메인 브랜치를 망가뜨렸다", "당신이 머지한 PR 때문에 배포가 멈췄습니다". A second-person owner (당신의, 너의, or 당신이/네가/니가
 * with the verb that made the artefact) of a change (커밋, PR, 변경, 배포, 마이그레이션, 스크립트 …) that is the subject of a
 * harmful act done in the past, or the cause ("때문에", "탓에", "로 인해") of a breakage: the reader is told their change did
 * it. The Korean mirror of English "Your last push broke the main branch" (session 17, en-20154's kind).
 * Not this kind: a condition or guidance in the present ("당신의 커밋이 빌드를 깨뜨리면 되돌려 주세요"), a question ("…
 * 깨뜨렸나요?"), a negation ("…하나도 깨뜨리지 않았습니다"), a repair ("당신의 수정이 깨진 링크를 고쳤습니다"), a notice to a
 * customer with no harmful verb ("고객님의 작업이 10시부터 실패했습니다"), a named owner (left to the other rules).
 * Rewrite: the owner goes; the change stays the subject ("해당 커밋이 빌드를 깨뜨렸습니다", "최근 커밋이 …"). Bounded and linear.
 */

const MADE = '(?:올린|만든|작성한|머지한|병합한|배포한|푸시한|반영한|추가한|수정한|넣은|짠|돌린|실행한|적용한)';
const OWNER = `(?:당신의|너의|자네의|당신이\\s${MADE}|네가\\s${MADE}|니가\\s${MADE}|너가\\s${MADE})`;
const ARTEFACT = '(?:커밋|PR|풀\\s?리퀘스트|MR|변경\\s?사항|변경|수정\\s?사항|수정|머지|배포|패치|핫픽스|코드|스크립트|마이그레이션|설정\\s?변경|설정|푸시|쿼리|리팩터링|리팩토링|작업)';
const HARM = '(?:깨뜨렸|깨트렸|깨먹었|망가뜨렸|망가트렸|망쳤|날렸|날려\\s?버렸|지웠|지워\\s?버렸|삭제했|손상시켰|오염시켰|죽였|다운시켰|멈추게\\s?했|멈춰\\s?세웠|터뜨렸|터트렸|일으켰|초래했|내려\\s?버렸|덮어썼|박살\\s?냈|부쉈|꼬이게\\s?했)';
const BROKE = '(?:깨졌|실패했|멈췄|죽었|다운됐|다운되었|중단됐|중단되었|터졌|망가졌|꼬였|날아갔|사라졌|장애가\\s?났|장애가\\s?발생했)';
// Owner, up to two modifiers, the artefact with a subject particle, up to four words (the object), the harmful verb; or the
// artefact as the cause and, within four words, what broke.
const ACT = new RegExp(`(?:^|\\s)(${OWNER})\\s((?:[\\uac00-\\ud7a3A-Za-z0-9]{1,6}\\s){0,2}?)${ARTEFACT}(?:이|가|은|는)\\s(?:[^\\s.!?]{1,16}\\s){0,4}?${HARM}`, 'u');
const CAUSE = new RegExp(`(?:^|\\s)(${OWNER})\\s((?:[\\uac00-\\ud7a3A-Za-z0-9]{1,6}\\s){0,2}?)${ARTEFACT}\\s?(?:때문에|탓에|탓으로|(?:으로|로)\\s?인해)\\s(?:[^\\s.!?]{1,16}\\s){0,4}?[^\\s.!?]{0,12}${BROKE}`, 'u');
// What follows the verb: a question or a concession-condition reads no harm as done.
const NOT_ASSERTED = /^[\uac00-\ud7a3]{0,3}(?:나요|나|니|는지|는가|을까|을지|다면|더라면|으면|어도|더라도)(?=[\s.!?,]|$)/u;
const ARTEFACT_RE = new RegExp(`^${ARTEFACT}`, 'u');

/** The span of the owner to the verb (offsets into `s`) and the rewrite of the owner, or undefined. */
export function addressedArtefact(s: string): { start: number; end: number; ownerStart: number; ownerEnd: number; replacement: string } | undefined {
  if (s.length > 600 || !/(?:당신|너의|네가|니가|너가|자네)/u.test(s) || /[?？]\s*$/u.test(s)) return undefined;
  for (const re of [ACT, CAUSE]) {
    const m = re.exec(s);
    if (!m) continue;
    let end = m.index + m[0].length;
    if (NOT_ASSERTED.test(s.slice(end))) continue;
    while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
    const ownerStart = m.index + m[0].indexOf(m[1]);
    const ownerEnd = ownerStart + m[1].length + 1;
    // "당신의 커밋이" → "해당 커밋이"; "당신의 최근 커밋이" → "최근 커밋이".
    const replacement = m[2] ? '' : ARTEFACT_RE.test(s.slice(ownerEnd)) ? '해당 ' : '';
    return { start: ownerStart, end, ownerStart, ownerEnd, replacement };
  }
  return undefined;
}

// The writer's own artefact as the cause: "내가 임포트 한 모듈 때문에 발생한 오류였다", "제가 올린 커밋 때문에 빌드가 깨졌습니다".
// The writer (내가, 제가) with the verb that made it, the artefact, "때문에/탓에/로 인해", and within four words what broke or what
// error arose from it. Self-blame (the set's convention: the writer naming their own act as the cause). Not this kind: an act
// that fixed or found it ("제가 올린 패치 덕분에 …", "제가 찾은 로그 때문에 원인을 알았다": no breakage after it), a condition
// or a question. Rewrite: the writer goes, the artefact stays ("임포트 한 모듈 때문에 발생한 오류였다").
const SELF_OWNER = '(?:내가|제가)';
const SELF_MADE = '(?:[\\uac00-\\ud7a3A-Za-z]{1,8}\\s)?[\\uac00-\\ud7a3A-Za-z]{0,6}[한린든짠은꾼친쓴준낸운]';
const SELF_ARTEFACT = `(?:${ARTEFACT.slice(3, -1)}|모듈|로직|함수|라이브러리|파일|쿼리문|명령어|명령|설정값|옵션|값|버전)`;
const SELF_BROKE = `(?:${BROKE.slice(3, -1)}|(?:발생한|생긴|난)\\s(?:오류|에러|장애|문제|버그|예외))`;
const SELF_CAUSE = new RegExp(`(?:^|\\s)(${SELF_OWNER})\\s${SELF_MADE}\\s(?:[\\uac00-\\ud7a3A-Za-z0-9]{1,6}\\s){0,2}?${SELF_ARTEFACT}\\s?(?:때문에|탓에|탓으로|(?:으로|로)\\s?인해)\\s(?:[^\\s.!?]{1,16}\\s){0,4}?[^\\s.!?]{0,12}?${SELF_BROKE}`, 'u');

// Session 18 (mirrors, the Korean mirror of lang-en's "My last push broke the main branch"): THE WRITER'S OWN ARTEFACT AS
// THE SUBJECT OF A HARMFUL ACT: "제 최근 커밋이 빌드를 깨뜨렸습니다", "내 스크립트가 테이블을 지워 버렸다". The first-person owner
// (제, 내, 저의, 나의) of a change that is the subject of a past harmful verb (HARM, as for the reader's artefact). Not: a
// question or a condition (NOT_ASSERTED), a repair ("제 패치가 링크를 고쳤습니다": no HARM verb), a negation ("…깨뜨리지
// 않았습니다"). Rewrite: the owner goes ("최근 커밋이 빌드를 깨뜨렸습니다", "해당 스크립트가 …").
const SELF_POSSESSIVE = '(?:제|내|저의|나의)';
// (A modifier between the owner and the artefact ends in no particle: "제 생각에는 배포가 …" is an opinion, not an owner.)
const SELF_ACT = new RegExp(`(?:^|\\s)(${SELF_POSSESSIVE})\\s((?:[\\uac00-\\ud7a3A-Za-z0-9]{0,5}(?![는에서을를가도만로])[\\uac00-\\ud7a3A-Za-z0-9]\\s){0,2}?)${ARTEFACT}(?:이|가|은|는)\\s(?:[^\\s.!?]{1,16}\\s){0,4}?${HARM}`, 'u');

/** The writer's own artefact named as the cause: the span and the subject word to drop, or undefined. */
export function selfArtefactCause(s: string): { start: number; end: number; ownerStart: number; ownerEnd: number; replacement?: string } | undefined {
  if (s.length > 600 || !/(?:내|제|저의|나의)/u.test(s) || /[?？]\s*$/u.test(s)) return undefined;
  const act = SELF_ACT.exec(s);
  if (act) {
    let end = act.index + act[0].length;
    if (!NOT_ASSERTED.test(s.slice(end))) {
      while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
      const ownerStart = act.index + act[0].indexOf(act[1]);
      const ownerEnd = ownerStart + act[1].length + 1;
      return { start: ownerStart, end, ownerStart, ownerEnd, replacement: act[2] ? '' : '해당 ' };
    }
  }
  if (!/(?:내가|제가)/u.test(s)) return undefined;
  const m = SELF_CAUSE.exec(s);
  if (!m) return undefined;
  let end = m.index + m[0].length;
  if (NOT_ASSERTED.test(s.slice(end))) return undefined;
  while (end < s.length && /[\uac00-\ud7a3]/u.test(s[end])) end++;
  const ownerStart = m.index + m[0].indexOf(m[1]);
  return { start: ownerStart, end, ownerStart, ownerEnd: ownerStart + m[1].length + 1 };
}

// Session 18 (mirrors, the Korean mirror of lang-en's "… is a priority and I failed. Sorry" (en/failed.ts)): THE WRITER
// OWNING A FAILURE WITH AN APOLOGY: "제가 실패했습니다. 죄송합니다", "제 일이었는데 제가 실패했습니다". The writer (제가, 내가,
// 저희가, 우리가) and "실패했다" closing its clause (nothing between but an adverb), with an apology (죄송, 미안, 사과) in the
// sentence or right after it, or a duty named before it in the sentence (일, 책임, 임무, 약속, 목표, 우선순위 … "인데/이었는데").
// Not: an attempt ("세 번 시도했지만 실패했습니다": no writer as the subject), "…에 실패했다" (a technical step: "접속에
// 실패했다"), a question, a failure with no apology. Rewrite: "제가 실패했습니다" → "이번에는 지켜지지 못했습니다".
const OWNED_FAILED = /(?:^|\s)(제가|내가|저희가|우리가)\s(?:(?:완전히|결국|정말|분명히|또)\s)?실패했(습니다|다|어요|네요|고|지만|는데)(?=[\s.!,~…]|$)/u;
const SORRY = /(?:죄송|미안|사과드|사과\s?드|사과합|송구)/u;
const DUTY_KO = /(?:일|책임|임무|약속|목표|우선순위|역할|의무)(?:인데|이었는데|였는데|이지만|였지만|이었지만)\s/u;

/** The writer owning a failure with an apology: the span of "제가 실패했…", or undefined. */
export function ownedFailure(s: string, after: string): { start: number; end: number; replacement: string } | undefined {
  if (s.length > 600 || !/실패했/u.test(s) || /[?？]\s*$/u.test(s)) return undefined;
  const m = OWNED_FAILED.exec(s);
  if (!m) return undefined;
  const next = after.split(/[.!?。]\s/u)[0] ?? '';
  if (!SORRY.test(s) && !SORRY.test(next.slice(0, 40)) && !DUTY_KO.test(s.slice(0, m.index + 1))) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  const end = m.index + m[0].length;
  return { start, end, replacement: `이번에는 지켜지지 못했${m[2]}` };
}
