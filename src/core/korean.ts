/**
 * Korean particle harmony (조사 교체). A particle's form depends on the last sound of the word it
 * follows: 받침 → 이/은/을/과/으로, no 받침 → 가/는/를/와/로, and ㄹ 받침 takes 로 (not 으로).
 * Rewrites that swap a noun must re-pick the particle, or "실수로" → "공백로" reads wrong.
 */

/** The consonant-final and vowel-final forms of each particle that alternates. */
const PAIRS: readonly (readonly [afterConsonant: string, afterVowel: string])[] = [
  ['이', '가'],
  ['은', '는'],
  ['을', '를'],
  ['과', '와'],
  ['으로', '로'],
  ['으로서', '로서'],
  ['으로써', '로써'],
  ['이었', '였'],
  ['이에요', '예요'],
  ['이라', '라'],
  ['이며', '며'],
  ['이고', '고'],
  ['이나', '나'],
  ['이든', '든'],
  ['이란', '란'],
  ['이랑', '랑'],
  ['이야', '야'],
  ['이다', '다'],
  ['이지만', '지만'],
];

const FORMS = new Map<string, readonly [string, string]>();
for (const pair of PAIRS) for (const form of pair) if (!FORMS.has(form)) FORMS.set(form, pair);

/** Every particle form this module can re-pick, longest first (for building patterns). */
export const ALTERNATING_PARTICLES: readonly string[] = [...FORMS.keys()].sort((a, b) => b.length - a.length);

// Korean readings of Latin letters and digits decide the particle after "API", "v2", "DB" ….
// Letters read with a final consonant: l(엘) m(엠) n(엔) r(알); digits 0(영) 1(일) 3(삼) 6(육) 7(칠) 8(팔) 10(십).
const LATIN_FINAL: Record<string, 'consonant' | 'rieul' | 'vowel'> = { l: 'rieul', m: 'consonant', n: 'consonant', r: 'rieul' };
const DIGIT_FINAL: Record<string, 'consonant' | 'rieul' | 'vowel'> = {
  '0': 'consonant', '1': 'rieul', '2': 'vowel', '3': 'consonant', '4': 'vowel', '5': 'vowel', '6': 'consonant', '7': 'rieul', '8': 'rieul', '9': 'vowel',
};

const SILENT_TAIL = ' \t\r\n"\'”’)]}>.,!?…·*_`~-';

/** How a word ends, for particle choice: a vowel, a consonant (받침), or ㄹ (which takes 로). */
export function finalSound(word: string): 'vowel' | 'consonant' | 'rieul' {
  // Trailing punctuation and closing brackets do not carry sound: "설정(config)" reads by "설정".
  let end = word.length;
  while (end > 0 && SILENT_TAIL.includes(word[end - 1])) end--;
  let w = word.slice(0, end);
  const open = w.lastIndexOf('(');
  if (open > 0 && w.indexOf(')', open) < 0) w = w.slice(0, open).trimEnd();
  const last = w.charCodeAt(w.length - 1);
  if (last >= 0xac00 && last <= 0xd7a3) {
    const jong = (last - 0xac00) % 28;
    if (jong === 0) return 'vowel';
    return jong === 8 ? 'rieul' : 'consonant';
  }
  const ch = w.slice(-1).toLowerCase();
  if (ch in DIGIT_FINAL) return DIGIT_FINAL[ch];
  if (ch in LATIN_FINAL) return LATIN_FINAL[ch];
  return 'vowel';
}

/** Whether the sounding end of `word` is an English word (lower-case letters, longer than an acronym). */
function isEnglishWord(word: string): boolean {
  let end = word.length;
  while (end > 0 && SILENT_TAIL.includes(word[end - 1])) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(word[start - 1])) start--;
  const tail = word.slice(start, end);
  return tail.length > 3 && /[a-z]/.test(tail);
}

/** True when the word ends in a consonant (받침), ㄹ included. */
export function hasBatchim(word: string): boolean {
  return finalSound(word) !== 'vowel';
}

/**
 * The form of `particle` that fits after `word` ("공백" + "로" → "으로"; "부재" + "이" → "가").
 * Particles that do not alternate (의, 도, 만, 에 …) come back unchanged.
 */
export function particleFor(word: string, particle: string): string {
  const pair = FORMS.get(particle);
  if (!pair) return particle;
  // An English word is read as a word, not letter by letter ("error" is 에러, not 에알):
  // its sound cannot be told from the spelling, so both forms are written, as Korean style guides do.
  if (isEnglishWord(word)) return pair[1] === '로' ? '(으)로' : `${pair[0]}(${pair[1]})`;
  const sound = finalSound(word);
  // ㄹ 받침 behaves like a vowel for 으로/로 only ("서울로", not "서울으로").
  if (pair[1].startsWith('로') && sound === 'rieul') return pair[1];
  return sound === 'vowel' ? pair[1] : pair[0];
}

/** `word` followed by the fitting form of `particle`. */
export function withParticle(word: string, particle: string): string {
  return word + particleFor(word, particle);
}
