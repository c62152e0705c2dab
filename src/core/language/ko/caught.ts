/**
 * Session 13 (lang-ko2). A PASSIVE SHOULD-HAVE WHOSE AGENT IS A PART OF THE PROGRAM: "잘못된 헤더는 parse_header에서
 * 잡혔어야 했다", "형식이 틀린 주문은 검증기에서 걸러졌어야 했다", "중복 요청은 dedupeFilter에 의해 걸러졌어야 했다". The
 * sentence says what an earlier check of the program was expected to do (the README convention: a statement about the
 * system), not what a person failed to do. The Korean mirror of the English kind "should have been caught by find_partition"
 * (en/averted.ts, CODE_AGENT).
 *
 * The agent, marked by 에서 / 에 의해 / (으)로, is a code identifier (an inline code span, which reaches the language rules as
 * U+FFFC; a back-ticked name; snake_case; camelCase; a call "name()") or a program part (검증기, 파서, 필터, 함수, 모듈, 로직,
 * 미들웨어, 핸들러, 스키마 …, perhaps after one or two modifier words: "입력 파서", "스키마 검사 로직", "load_config 함수").
 * The verb is a passive of catching, filtering, rejecting or handling (잡혔, 걸러졌, 차단됐, 거부됐, 처리됐, 검출됐 …) with
 * "…어야 (했다/할)".
 *
 * Not this kind (stays flagged): tests, CI, review, QA, inspection or monitoring as the agent ("테스트에서 잡혔어야 했다",
 * "코드 리뷰에서 걸러졌어야 했다", "단위 테스트 함수에서 …": practices people run; a missing safeguard is hindsight by the
 * convention); a person as the agent ("당직자에 의해 …"); an active should-have with a person ("운영자가 잡았어야 했다");
 * a place in the code where someone should have fixed something ("parse_header에서 수정됐어야": not a verb of catching).
 */

// Agent (identifier or program part) + agent particle + (adverb) + passive verb of catching + "…어야 (했…)".
const CODE_CAUGHT =
  /(?:\uFFFC|`[^`\n]{1,40}`|[A-Za-z][A-Za-z0-9]{0,30}_[A-Za-z0-9_]{1,40}|[a-z]{1,20}[A-Z][A-Za-z0-9]{0,30}|[A-Za-z_][A-Za-z0-9_.]{0,40}\(\)|(?:[^\s.!?,]{0,19}[^\s.!?,은는이가을를도]\s){0,2}[가-힣A-Za-z0-9_]{0,12}(?:유효성\s?검사기|타입\s?검사기|타입\s?체커|검증기|검사기|밸리데이터|파서|필터|함수|모듈|로직|미들웨어|핸들러|메서드|메소드|스키마|컴파일러|린터|어서션|직렬화기|정규식|제약\s?조건))\s?(?:에서(?:는|도)?|에\s?의(?:해서|해|하여)|으로|로)\s(?:(?:이미|미리|먼저|진작|사전에|일찍|앞에서|앞단에서|제대로|자동으로|바로|곧바로)\s)?(?:잡혔|걸러졌|걸렸|막혔|(?:차단|거부|거절|반려|처리|예외\s?처리|검출|탐지|감지|검증|필터링|폐기|드롭|무시)(?:됐|되었))어야(?:만)?(?:\s?(?:했|할|함|하는|한다)[^\s.!?,]{0,6})?/gu;

// A practice people run (tests, CI, review, QA, inspection, monitoring) or a person named in the agent: stays hindsight.
const PRACTICE = /(?:테스트|(?:^|[^A-Za-z])tests?(?:[^A-Za-z]|$)|(?:^|[^A-Za-z])(?:CI|QA|review)(?:[^A-Za-z]|$)|리뷰|검수|점검|감사|모니터링|사람|운영자|담당자|개발자|엔지니어|당직|팀)/iu;

/** Spans (offsets into `s`) of a passive should-have whose agent is a code identifier or a program part. */
export function codeCaught(s: string): { start: number; end: number }[] {
  if (s.length > 600 || !/어야/u.test(s)) return [];
  const out: { start: number; end: number }[] = [];
  CODE_CAUGHT.lastIndex = 0;
  for (let m = CODE_CAUGHT.exec(s); m; m = CODE_CAUGHT.exec(s)) {
    const agent = /^(.*?)\s?(?:에서|에\s?의|으로\s|로\s)/u.exec(m[0]);
    if (PRACTICE.test(agent ? agent[1] : m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
