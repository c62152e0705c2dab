/**
 * Session 11: the regret construction "-ㄹ 걸 그랬다" ("I should have …": "스테이징에서 한 번 더 돌려 볼 걸 그랬다",
 * "만료일을 적어 둘걸 그랬어요", "하지 말 걸 그랬다"). A verb's future adnominal (its last syllable closes with ㄹ: 볼, 둘, 할,
 * 읽을) + 걸 (것을) + 그랬-: in Korean this only ever reads as regret about what was (not) done, the colloquial twin of
 * "-했어야 했다". The English mirror is "should have", which the English rules already read.
 *
 * The rewrite keeps the verb in its adnominal form and names the missing step ("… 돌려 볼 단계가 절차에 없었다"), or, for
 * "-지 말 걸 그랬다", the missing guard ("…하지 않도록 막는 장치가 없었다"); whatever follows 그랬 (다, 어요, 습니다, 나 싶었다)
 * is kept, so the register and the sentence's ending stay. Offsets are relative to the sentence. No backtracking: one bounded
 * word, one literal.
 */

export interface Regret {
  /** Start of the word that holds the verb. */
  start: number;
  /** End of the predicate's word (그랬다, 그랬어요). */
  end: number;
  /** The rewrite's range (it ends after 그랬) and text. */
  from: number;
  to: number;
  text: string;
}

// The word holding the verb (ending in a ㄹ-closed syllable), 걸 joined or spaced, 그랬 and what follows it.
const REGRET = /([\uac00-\ud7a3]{1,12})(\s?)걸\s그랬(?=다|어|습니다|네|나|지|는데|고|으니|던)/gu;
// "… 그랬다고 했다", "… 그랬다는 말": reported, as the module's other hindsight forms are.
const REPORTED_AFTER = /^(?:다고|다는|단|냐는|냐고)/u;

function closesWithRieul(c: string): boolean {
  const n = c.charCodeAt(0) - 0xac00;
  return n >= 0 && n <= 11171 && n % 28 === 8;
}

function hasPastFinal(c: string): boolean {
  const n = c.charCodeAt(0) - 0xac00;
  return n >= 0 && n <= 11171 && n % 28 === 20;
}

export function regrets(s: string): Regret[] {
  const out: Regret[] = [];
  REGRET.lastIndex = 0;
  for (let m = REGRET.exec(s); m; m = REGRET.exec(s)) {
    const word = m[1];
    // Not "그걸 그랬다" (그 + 걸) nor a noun: the syllable before 걸 must be a verb's -ㄹ/-을 form.
    if (!closesWithRieul(word[word.length - 1])) continue;
    // "맡겨 줬으면 좋았을 걸 그랬네요": a past -았을/-었을 is a wish about an outcome, and has no step to name.
    if (word.length >= 2 && /^을$/u.test(word[word.length - 1]) && hasPastFinal(word[word.length - 2])) continue;
    // The whole word must be Hangul from a word boundary.
    if (m.index > 0 && /[\uac00-\ud7a3]/u.test(s[m.index - 1])) continue;
    const end = m.index + m[0].length;
    if (REPORTED_AFTER.test(s.slice(end, end + 3))) continue;
    // The finding shows the whole predicate ("볼 걸 그랬다"); the rewrite replaces up to 그랬 and keeps the ending.
    const tail = /^[\uac00-\ud7a3]{1,4}/u.exec(s.slice(end, end + 4));
    const shown = end + (tail ? tail[0].length : 0);
    const verbEnd = m.index + word.length;
    // "하지 말 걸 그랬다": the guard that would have stopped it.
    if (word === '말' && /지\s$/u.test(s.slice(Math.max(0, m.index - 2), m.index))) {
      out.push({ start: m.index, end: shown, to: end, from: m.index, text: '않도록 막는 장치가 없었' });
      continue;
    }
    out.push({ start: m.index, end: shown, to: end, from: verbEnd, text: ' 단계가 절차에 없었' });
  }
  return out;
}

// Session 17 (draw s17, ko-20101 "차라리 그때 AWS 쓸껄 .."): the same regret with 그랬다 left out, the sentence ending on
// "-ㄹ걸/-ㄹ껄" ("진작 롤백할걸.", "미리 백업해 둘껄…"). Bare "-ㄹ걸" is also a guess ("아마 내일 끝날걸", "이미 나갔을걸요"), so
// this needs a regret adverb in the sentence (차라리, 진작, 미리, 그때, 처음부터, 애초에, 그냥), no guessing adverb, no 요, no
// past "-았을걸" (a guess about what happened), and the verb's -ㄹ form from a word boundary.
const BARE = /(?:^|\s)([\uac00-\ud7a3]{1,12})(?:걸|껄)(?=\s*(?:\.{1,3}|…|[!~ㅠㅜ]|$))/u;
const REGRET_ADVERB = /(?:^|\s)(?:차라리|진작|진작에|미리|그때|그\s?때|처음부터|애초에|그냥)\s/u;
const GUESS = /(?:^|\s)(?:아마|아마도|분명|분명히|틀림없이|어쩌면|십중팔구|모르긴\s?몰라도)\s/u;

/** The bare regret "…할걸." in one sentence (offsets relative to it): the span of the word, or undefined. */
export function bareRegret(s: string): { start: number; end: number; text: string } | undefined {
  if (s.length > 300 || !/[걸껄]/u.test(s)) return undefined;
  const m = BARE.exec(s);
  if (!m) return undefined;
  const word = m[1];
  if (!closesWithRieul(word[word.length - 1])) return undefined;
  if (word.length >= 2 && /^을$/u.test(word[word.length - 1]) && hasPastFinal(word[word.length - 2])) return undefined;
  if (!REGRET_ADVERB.test(` ${s.slice(0, m.index + 1)}`) || GUESS.test(` ${s}`)) return undefined;
  const start = m.index + m[0].length - word.length - 1;
  // Rewrite: the alternative named as one that existed, "<stem>는 선택지도 있었다" (쓸 → 쓰는, 롤백할 → 롤백하는, 만들 → 만드는,
  // 읽을 → 읽는): no judgement of the choice made.
  const last = word[word.length - 1];
  const stem = word.length >= 2 && last === '을' ? word.slice(0, -1) : word.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) - 8);
  return { start, end: m.index + m[0].length, text: `${stem}는 선택지도 있었다` };
}

