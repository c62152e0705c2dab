/**
 * Session 13. A careless manner named only as what a MEASURE guards against: "방심하지 않도록 체크리스트를 만들었다",
 * "안일하게 대응하지 않도록 장애 훈련을 분기마다 연다", "점검을 소홀히 하지 않게 알림을 두 번 보낸다". The clause before
 * "…지 않도록/않게" is what the measure prevents; nobody is said to have been careless. (The slip words 실수, 착각, 부주의
 * … are read so by supposedSlips in neutral.ts; this adds the careless-manner words 방심, 안일, 안이, 소홀, 태만, 나태.)
 * Not this kind: a pledge or a call to care after the guard ("다시는 방심하지 않도록 하겠습니다", "…않도록 주의하자",
 * "…않도록 해야 한다": a vigilance call, blame by the set's conventions), a past careless act elsewhere in the sentence.
 * English mirror: "We wrote a checklist so that nobody gets complacent" is flagged by the English rules (en.blame.complacent):
 * the same false alarm, reported to lang-en.
 */
const CARELESS_GUARD = /(?:방심|안일|안이|소홀|태만|나태)[\uac00-\ud7a3]{0,4}\s(?:[^\s.!?]{1,12}\s)?(?:하지|되지|대응하지|대처하지|생각하지|여기지)?\s?(?:않도록|않게|못하도록)(?=[\s,])/gu;
// After the guard: a pledge or a call to care, or "…하도록 하다" (do so that): the sentence exhorts, it reports no measure.
const EXHORT_AFTER = /^(?:[^\s.!?,]{1,12}\s){0,3}(?:하겠|하자|합시다|해야|하세요|하십시오|할\s?것|주의|조심|노력|명심|다짐|신경|유의|경계|각별|하도록)|^(?:하|해|합)/u;

/** Spans (offsets into `s`) of a careless manner inside a guard clause that a reported measure follows. */
export function carelessGuarded(s: string): { start: number; end: number }[] {
  if (s.length > 400 || !/(?:않도록|않게|못하도록)/u.test(s)) return [];
  const out: { start: number; end: number }[] = [];
  CARELESS_GUARD.lastIndex = 0;
  for (let m = CARELESS_GUARD.exec(s); m; m = CARELESS_GUARD.exec(s)) {
    const rest = s.slice(m.index + m[0].length).replace(/^[,\s]+/u, '');
    if (EXHORT_AFTER.test(rest)) continue;
    // The rest must report a measure in a plain declarative (no past careless act after it).
    if (/(?:방심|안일|안이|소홀|태만|나태|놓쳤|무시했)/u.test(rest)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
