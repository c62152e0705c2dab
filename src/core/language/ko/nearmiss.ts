/**
 * Session 14 (second round, lang-ko2): a NEAR MISS'S COST. A past conditional whose condition is a slip that did NOT
 * happen (not negated: "마감을 놓쳤다면", "엉뚱한 파티션을 지웠다면", "라벨을 잘못 붙였다면") and whose consequence is a loss
 * or a penalty ("… 받지 못했을 것이다", "… 잃었을 것이다", "… 과징금을 부과했을 것이다"): luck told, not hindsight about
 * anyone (the mirror of English "If we had missed the renewal date, the domain would have expired", en/expected.ts).
 * A negated condition ("놓치지 않았다면"), a condition that is a check or a step ("확인했다면", "따랐다면") or a consequence
 * that is better or a prevention ("…지 않았을", "막을 수 있었다", "발견했을") stays hindsight.
 *
 * Session 15 (lang-ko): the consequence may also be a WORSE OUTCOME rather than a loss ("…지웠다면 복구가 훨씬 더
 *길어졌을 것이다", "…놓쳤다면 장애가 몇 시간 더 이어졌을 것이다", "…삭제했다면 피해가 훨씬 심각했을 것이다"): a degree or an
 * amount of time before a would-have verb of growing, lasting or worsening. Still luck told, not hindsight; the same
 * slip condition is required, and a better consequence ("더 빨랐을", "더 길어지지 않았을") keeps it hindsight.
 */

// The condition's verb, a slip: the past stem before 다면/더라면/으면 (form as IF_PAST captures it, ending in the past syllable).
const SLIP = /(?:놓쳤|잊었|잊어버렸|깜빡했|빠뜨렸|빼먹었|누락했|지웠|삭제했|날렸|넘겼|포맷했|덮어썼|떨어뜨렸|엎질렀|실수했|착각했|건너뛰었|어겼|밀었)$/u;
// "라벨을 잘못 붙였다면": any past verb right after 잘못.
const WRONGLY_BEFORE = /(?:^|\s)잘못\s?$/u;
// The consequence: a loss or a penalty, in a would-have form.
const LOSS = /(?:잃었을|잃어버렸을|만료되었을|만료됐을|멈췄을|멈추었을|중단되었을|중단됐을|끊겼을|부과했을|부과되었을|부과됐을|날아갔을|사라졌을|망가졌을|손상되었을|손상됐을|반품했을|거부했을|취소되었을|취소됐을|다운되었을|다운됐을|받지\s?못했을|하지\s?못했을|할\s?수\s?없었을|방법이\s?없었을|당했을|물어야\s?했을)/u;
// Session 15: a worse outcome — a degree or an amount (훨씬, 더, 몇 시간, 며칠, 두 배 …) before a would-have verb of growing,
// lasting or worsening; or a verb of worsening alone (악화됐을, 번졌을).
const WORSE = /(?:(?:훨씬|더|몇\s?(?:분|시간|일|주|배)|며칠|[0-9]{1,4}\s?(?:분|시간|일|주|배)|(?:두|세|몇)\s?배)(?:는|나|이나|씩)?\s(?:더\s)?(?:컸을|커졌을|길어졌을|길었을|오래\s?(?:걸렸을|갔을|이어졌을)|걸렸을|늘어났을|많았을|심각했을|심각해졌을|확대됐을|확대되었을|이어졌을|지속됐을|지속되었을|계속됐을|계속되었을|늦어졌을|늦었을|번졌을|퍼졌을|악화됐을|악화되었을)|(?:악화됐을|악화되었을|확산됐을|확산되었을))/u;
// Session 16: the worse outcome with a comparative (더, 훨씬, N 배), stated as what would have happened (…을 것이다, …을
// 거예요, …을 텐데, …을지도 모른다), for a condition that is not a slip.
function worseThan(consequence: string): boolean {
  const m = WORSE.exec(consequence);
  return !!m && /(?:훨씬|더|배)/u.test(m[0]) && /^\s?(?:것|거|겁|텐데|지도)/u.test(consequence.slice(m.index + m[0].length));
}
// A consequence that is better, a prevention or a discovery keeps the sentence hindsight.
const BETTER = /(?:지\s?않았을|(?:막을|피할|줄일|구할)\s?수|막았을|발견했을|찾았을|알았을|알아챘을)/u;

/**
 * Whether the past conditional `form` (its stem and past syllable, after `before` in the sentence) with the consequence
 * `rest` (the sentence after the conditional ending) is a near miss's cost.
 */
export function nearMissCost(before: string, form: string, rest: string): boolean {
  // A negated condition ("놓치지 않았다면", "안 지웠다면") is a slip that did not happen, wished for: hindsight.
  if (/(?:않았|못했)$/u.test(form) || /(?:^|\s)(?:안|못)\s$/u.test(before)) return false;
  const slip = SLIP.test(form) || WRONGLY_BEFORE.test(before);
  const consequence = rest.split(/[.!?。\n]/u)[0];
  // Session 16: any act as the condition when the consequence is a COMPARATIVELY worse outcome stated as what would have
  // happened ("수동으로 복구했다면 복구가 훨씬 더 오래 걸렸을 것이다", "서버를 재시작했다면 데이터 손실이 더 커졌을 것이다"):
  // the way not taken was worse; nobody is judged. A bare amount ("몇 분 걸렸을 작업") or a question stays.
  if (!slip) return !BETTER.test(consequence) && worseThan(consequence);
  return (LOSS.test(consequence) || WORSE.test(consequence)) && !BETTER.test(consequence);
}
