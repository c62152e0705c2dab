/**
 * Small pieces of Korean grammar the detectors and rewrites need: verb stems from past forms
 * (확인했 → 확인하, 봤 → 보), adnominal and purpose forms of a stem (확인하는, 확인하도록), and
 * endings kept across a rewrite (다 / 습니다 / 고 …). Syllable arithmetic, no patterns.
 */

const BASE = 0xac00;

function hasPast(c: string): boolean {
  const n = c.charCodeAt(0) - 0xac00;
  return n >= 0 && n <= 11171 && n % 28 === 20;
}
const isHangul = (c: string) => c.length === 1 && c.charCodeAt(0) >= BASE && c.charCodeAt(0) <= 0xd7a3;

/** Initial, medial, final indices of a Hangul syllable. */
function parts(c: string): [number, number, number] {
  const n = c.charCodeAt(0) - BASE;
  return [Math.floor(n / 588), Math.floor((n % 588) / 28), n % 28];
}

function compose(l: number, v: number, t: number): string {
  return String.fromCharCode(BASE + l * 588 + v * 28 + t);
}

// Medials: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20. Finals: ㄹ8 ㅆ20.
const V = { a: 0, ae: 1, eo: 4, yeo: 6, o: 8, wa: 9, wae: 10, oe: 11, u: 13, wo: 14, eu: 18, i: 20 };
const L_H = 18; // ㅎ
const L_NG = 11; // ㅇ

/**
 * The dictionary stem of a verb from its conjugated form ending in a past (ㅆ) or infinitive
 * (-아/-어/-여/-해) syllable: "확인했" → "확인하", "봤" → "보", "읽었" → "읽", "세웠" → "세우",
 * "확인해" → "확인하". Undefined when the last syllable is not such a form.
 */
// Verbs whose stem loses ㅡ or follows 르 before -아/-어: the syllable arithmetic cannot tell them.
const IRREGULAR: Record<string, string> = {
  따랐: '따르', 치렀: '치르', 들렀: '들르', 껐: '끄', 컸: '크', 떴: '뜨', 썼: '쓰', 잠갔: '잠그', 담갔: '담그', 모았: '모으',
  골랐: '고르', 불렀: '부르', 눌렀: '누르', 몰랐: '모르', 흘렀: '흐르', 올랐: '오르', 길렀: '기르', 말랐: '마르', 서둘렀: '서두르',
  따라: '따르', 불러: '부르', 눌러: '누르', 골라: '고르', 꺼: '끄', 써: '쓰', 떠: '뜨',
  // Session 11: the ㅎ-irregular demonstratives (그랬 → 그러: "그러도록", not "그래도록"), 놓다 contracted (놨/놔 → 놓:
  // "해 놓도록", not "해노도록"), and the ㅂ/ㄷ/ㅅ-irregular stems whose past form reads as another stem (도왔 → 돕,
  // 깨달았 → 깨닫, 지었 → 짓).
  그랬: '그러', 이랬: '이러', 저랬: '저러', 어쨌: '어쩌', 놨: '놓', 놔: '놓', 도왔: '돕', 도와: '돕', 깨달았: '깨닫', 깨달아: '깨닫', 지었: '짓',
};

export function stemOf(form: string): string | undefined {
  if (!form) return undefined;
  // "했었", "봤었": the past perfect reads like the past.
  if (form.length >= 2 && /었$/u.test(form) && hasPast(form[form.length - 2])) form = form.slice(0, -1);
  for (const [k, v] of Object.entries(IRREGULAR)) if (form.endsWith(k)) return form.slice(0, -k.length) + v;
  const last = form[form.length - 1];
  if (!isHangul(last)) return undefined;
  const head = form.slice(0, -1);
  const [l, v, t] = parts(last);
  if (t !== 20 && t !== 0) return undefined;
  // 었/았/였 or 어/아/여 alone: the stem is what comes before (읽었 → 읽, 막아 → 막), 였 after a vowel (되었 → 되).
  if (l === L_NG && (v === V.eo || v === V.a)) return head || undefined;
  if (l === L_NG && v === V.yeo) return head ? (/[하]$/u.test(head) ? head : `${head}이`) : undefined;
  // 했/해 → 하
  if (l === L_H && v === V.ae) return `${head}하`;
  if (t === 0 && !(v === V.wa || v === V.wo || v === V.yeo || v === V.wae)) return undefined;
  switch (v) {
    case V.wa:
      return `${head}${compose(l, V.o, 0)}`; // 봤 → 보, 왔 → 오
    case V.wo:
      return `${head}${compose(l, V.u, 0)}`; // 줬 → 주, 웠 → 우
    case V.yeo:
      return `${head}${compose(l, V.i, 0)}`; // 렸 → 리, 켰 → 키, 졌 → 지
    case V.wae:
      return `${head}${compose(l, V.oe, 0)}`; // 됐 → 되
    case V.a:
    case V.eo:
    case V.ae:
    case V.eu:
      // 갔 → 가, 섰 → 서, 냈 → 내; 썼 → 쓰 (ㅆ initial with ㅓ is 쓰다)
      if (l === 10 && v === V.eo) return `${head}쓰`;
      return `${head}${compose(l, v, 0)}`;
    default:
      return undefined;
  }
}

/** Whether a syllable is an infinitive (-아/-어/-여/-해 fused, no final): 해, 봐, 멈춰, 떠, 눌러, 꺼. */
export function infinitiveSyllable(c: string | undefined): boolean {
  if (!c || !isHangul(c)) return false;
  const [, v, t] = parts(c);
  return t === 0 && (v === V.a || v === V.ae || v === V.eo || v === V.yeo || v === V.wa || v === V.wo || v === V.wae);
}

/** The adnominal present form of a stem: 확인하 → 확인하는, 알 → 아는, 읽 → 읽는. */
export function adnominal(stem: string): string {
  const last = stem[stem.length - 1];
  if (isHangul(last)) {
    const [l, v, t] = parts(last);
    if (t === 8) return `${stem.slice(0, -1)}${compose(l, v, 0)}는`;
  }
  return `${stem}는`;
}

/** The "so that" form: 확인하 → 확인하도록. */
export function purposive(stem: string): string {
  return `${stem}도록`;
}

/** Whether a stem is a 하다 verb (a noun + 하). */
export function isHadaStem(stem: string): boolean {
  return stem.length >= 2 && stem.endsWith('하');
}

/** The passive/intransitive of a 하다 verb: 확인하 → 확인되. */
export function passiveOfHada(stem: string): string | undefined {
  return isHadaStem(stem) ? `${stem.slice(0, -1)}되` : undefined;
}

/**
 * How a sentence ends, to end a rewrite the same way: a connective (고, 어서, 는데, 지만, 으며)
 * or a final ending (다, 습니다, 음). `past` forms follow "없었" (없었다, 없었고 …).
 */
export type Ending = 'da' | 'seumnida' | 'eum' | 'go' | 'eoseo' | 'neunde' | 'jiman' | 'myeo' | 'gi' | 'adnominal' | 'none';

/** The ending right after a past stem ("…았|다", "…았|습니다", "…아|서"). */
export function endingAfterPast(rest: string): Ending {
  if (/^습니다/u.test(rest)) return 'seumnida';
  if (/^다/u.test(rest)) return 'da';
  if (/^음/u.test(rest)) return 'eum';
  if (/^고/u.test(rest)) return 'go';
  if (/^는데/u.test(rest)) return 'neunde';
  if (/^지만/u.test(rest)) return 'jiman';
  if (/^으며/u.test(rest)) return 'myeo';
  if (/^기/u.test(rest)) return 'gi';
  if (/^던/u.test(rest)) return 'adnominal';
  return 'none';
}

/** "없었" with an ending: 없었다, 없었습니다, 없었고 … */
export function wasNot(ending: Ending, polite = false): string {
  switch (ending) {
    case 'seumnida':
      return '없었습니다';
    case 'eum':
      return '없었음';
    case 'go':
      return '없었고';
    case 'eoseo':
      return '없어서';
    case 'neunde':
      return '없었는데';
    case 'jiman':
      return '없었지만';
    case 'myeo':
      return '없었으며';
    case 'gi':
      return '없었기';
    case 'adnominal':
      return '없었던';
    default:
      return polite ? '없었습니다' : '없었다';
  }
}

/**
 * Session 18 (lang-ko): the past adnominal of a verb in its "-고" (and-then) form, for "…을 삭제하고 V하지 않았다" →
 * "…을 삭제한 뒤 …": 삭제하고 / 삭제했고 → 삭제한, 지우고 → 지운, 끄고 → 끈, 만들고 → 만든, 닫고 → 닫은. Undefined for the
 * ㅂ/ㄷ/ㅅ finals, whose irregular verbs the arithmetic cannot tell, and for any other shape.
 */
export function pastAdnominalOfGo(word: string): string | undefined {
  if (/(?:하고|했고)$/u.test(word)) return `${word.slice(0, -2)}한`;
  if (!/[\uac00-\ud7a3]고$/u.test(word) || word.length < 2) return undefined;
  const stem = word.slice(0, -1);
  const last = stem[stem.length - 1];
  const [l, v, t] = parts(last);
  if (t === 20) return undefined;
  const head = stem.slice(0, -1);
  if (t === 0) return `${head}${compose(l, v, 4)}`;
  if (t === 8) return `${head}${compose(l, v, 4)}`;
  // ㄷ7, ㅂ17, ㅅ19: irregular stems share these finals.
  if (t === 7 || t === 17 || t === 19) return undefined;
  return `${stem}은`;
}
