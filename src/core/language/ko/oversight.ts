/**
 * Session 13. The writer's own oversight FELT, with no owner named: "불찰이 느껴진다", "불찰을 느낀다", "…한 불찰이 크다".
 * 불찰 is a humbling word a writer uses of their own oversight (an organisation's or a person's is written with its owner:
 * "회사의 불찰", "제 불찰"); with no owner before it and a verb of feeling or size after it, it is the writer's self-blame.
 * Missed in draw s13 (ko-linuxer-ec2-free-tier-oom-2019, line 24: "모니터링을 설정해 놨어야 했는데 불찰이 느껴진다").
 * Not this kind: an owner before it ("회사의 불찰", "운영사 불찰" — left to the other rules), a denial or a guard after it
 * ("불찰이 없도록", "불찰이 크다고 보기는 어렵다"), any other verb.
 * English mirror: "I feel it was my own oversight" is flagged by the English rules already.
 */
// 불찰 at a word start, no owner word with 의 or a noun right before it (checked by the caller's text), then a feeling or size.
const FELT = /(?:^|[\s,.])(불찰)(?:이|을)\s(?:(?:새삼|정말|너무|많이|참|크게|무척)\s)?(?:느껴진다|느껴졌다|느껴집니다|느껴졌습니다|느껴지네요|느껴져서|느껴지고|느낀다|느꼈다|느낍니다|느꼈습니다|느껴|크다|컸다|큽니다|컸습니다|크네요|컸네요|컸고)(?=[\s.!,]|$)/gu;
// A clause's end (…는데, …지만, …고, …다) or an adnominal (…않은, …한, …던) before it: no owner.
const OWNERLESS_BEFORE = /(?:는데|지만|는데도|고|며|서|다|데|[은는한던된운인]|대해|대하여|관해|대해서)$|^(?:새삼|새삼스레|정말|참|너무|다시금|깊이|뼈저리게|크게)$/u;
// An organisation owning its shortcoming is neutral (the set's conventions): not this kind.
const ORG_TOPIC = /(?:당사|회사|당행|운영사|본사|기관|공단|은행|정부|부처)(?:\s?측)?(?:는|은|가|이|에서는|로서는)\s/u;
const DENIED_AFTER = /^\s?(?:고|다고|라고|는지|지)?\s?(?:보기|볼\s수|말하기|하기|단정)/u;

/** Spans (offsets into `s`) of the word 불찰 felt by the writer with no owner. */
export function oversightFelt(s: string): { start: number; end: number; wordEnd: number }[] {
  if (s.length > 600 || !s.includes('불찰') || ORG_TOPIC.test(s)) return [];
  const out: { start: number; end: number; wordEnd: number }[] = [];
  FELT.lastIndex = 0;
  for (let m = FELT.exec(s); m; m = FELT.exec(s)) {
    const start = m.index + m[0].indexOf('불찰');
    // The word before: none, a clause's end or an adnominal (no owner); "회사의 불찰", "제 불찰", "운영사 불찰" have one.
    const prev = s.slice(Math.max(0, start - 24), start).trimEnd().split(/\s/u).pop() ?? '';
    if (prev && !/[,.!?]$/u.test(prev) && !OWNERLESS_BEFORE.test(prev)) continue;
    if (DENIED_AFTER.test(s.slice(m.index + m[0].length))) continue;
    out.push({ start, end: m.index + m[0].length, wordEnd: start + 2 });
  }
  return out;
}
