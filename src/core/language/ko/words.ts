/**
 * Korean words (어절) with their particles, and who they denote. A sentence is split at spaces;
 * each word is a stem plus, maybe, a particle (조사). People are role nouns, team words, names
 * (declared in the document, or a common given name, or any 2–3 syllable name before a title),
 * pronouns; customers are people but never the actor; everything else is a thing.
 */
import type { People } from '../../people';
import { isGivenName } from '../en/names';
import { FIRST_PERSON, GIVEN_NAMES, NOT_ACTORS, PERSON_PRONOUNS, ROLE_SUFFIXES, SURNAMES, TEAM_SUFFIXES, THING_SUFFIXES, TITLES } from './lexicon';

/** One word of a sentence. Offsets are into the analysed text. */
export interface Word {
  start: number;
  end: number;
  /** The word as written, punctuation trimmed. */
  text: string;
  /** The word without its particle. */
  stem: string;
  /** The particle, '' when none. */
  particle: string;
  /** Punctuation trimmed from the word's end ("," in "않았고,"). */
  trail?: string;
}

/** Who a stem denotes. */
export type Who = 'person' | 'self' | 'customer' | 'thing' | 'unknown';

// Particles after a noun, longest first. Only those a subject, topic, possessor or agent takes, plus
// the common case markers, so that "담당자에게" is told from "담당자가".
const PARTICLES = [
  '께서는', '께서도', '에서는', '에서도', '에게는', '에게서', '한테서', '으로서', '로서는', '이라도', '께서', '에서', '에게', '한테',
  '까지', '부터', '처럼', '만이', '만은', '으로', '이가', '이는', '이도', '이의', '이', '가', '은', '는', '을', '를', '의', '도', '만',
  '와', '과', '로', '에', '측', '쪽',
];

const HANGUL = /[\uac00-\ud7a3]/u;
// Given names that are also products, databases and languages an incident report names as subjects.
const LATIN_PRODUCTS = new Set(['Aurora', 'Cassandra', 'Hugo', 'Jasmine', 'Travis', 'Julia', 'Ada', 'Alexa', 'Sora', 'Flux', 'Kafka', 'Argo', 'Tempo', 'Vera', 'Nova', 'Luna', 'Iris', 'Pulsar']);

// Adverbs that end like a particle (없이, 같이, 함께는 …): not a noun with 이/가/는.
const ADVERBS = new Set(['없이', '같이', '많이', '깊이', '높이', '일찍이', '굳이', '깨끗이', '빨리', '멀리', '가까이', '꼼꼼히', '천천히', '조용히', '충분히', '제대로', '미리', '다시', '이미', '아직', '거의', '역시', '특히', '대충', '일일이', '틈틈이', '곰곰이', '끝없이', '쉽없이', '어김없이', '빠짐없이', '틀림없이', '끊임없이', '하염없이', '별수없이', '말없이', '소리없이', '문제없이', '예외없이', '그대로', '마음대로', '멋대로']);

// Nouns that end in 의 (부주의, 회의 …): the 의 is not a particle.
const UI_NOUNS = new Set(['부주의', '회의', '논의', '합의', '주의', '동의', '정의', '의의', '문의', '협의', '건의', '강의', '토의', '모의', '유의', '결의', '창의', '거의', '무의', '편의', '열의', '성의', '호의', '적의', '민주주의', '자본주의']);
const EDGE = /[\s"'“”‘’()[\]{}<>「」『』.,!?;:…·*_`~]/u;

/** Splits a stretch of text into words with offsets (linear). */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && EDGE.test(text[i])) i++;
    const s = i;
    while (i < to && !/\s/u.test(text[i])) i++;
    let e = i;
    while (e > s && EDGE.test(text[e - 1])) e--;
    if (e > s) {
      const t = text.slice(s, e);
      const { stem, particle } = splitParticle(t);
      out.push({ start: s, end: e, text: t, stem, particle, trail: e < i ? text.slice(e, i) : undefined });
    }
  }
  return out;
}

// Session 9. Particles that have a form for each kind of stem end: 가/는/를/와 follow a vowel, 이/은/을/과 a final
// consonant. A split that breaks this is no particle but the noun's own syllable: "증가", "평가", "전문가" (가 after a
// final consonant), "차이", "나이" (이 after a vowel) are whole nouns, not 증 + 가. Latin and digit stems take either.
const AFTER_VOWEL = new Set(['가', '는', '를', '와']);
const AFTER_CONSONANT = new Set(['이', '은', '을', '과']);
// Whole nouns that end like a particle after a vowel-final syllable, where the rule above cannot tell them apart.
const PARTICLE_LIKE_NOUNS = new Set(['추가', '휴가', '부가', '대가', '고가', '저가', '시가', '주가', '호가', '재추가']);
function finalOf(c: string): number | undefined {
  const n = c.charCodeAt(0) - 0xac00;
  return n >= 0 && n <= 11171 ? n % 28 : undefined;
}
/** Whether a particle's form fits the stem's last syllable (true when the stem does not end in Hangul). */
function particleFits(stem: string, p: string): boolean {
  const f = finalOf(stem[stem.length - 1] ?? '');
  if (f === undefined) return true;
  if (AFTER_VOWEL.has(p)) return f === 0;
  if (AFTER_CONSONANT.has(p)) return f !== 0;
  return true;
}

/** Splits a word into stem and particle (the longest listed particle that leaves a stem). */
export function splitParticle(word: string): { stem: string; particle: string } {
  if (UI_NOUNS.has(word) || ADVERBS.has(word) || /없이$/u.test(word) || PARTICLE_LIKE_NOUNS.has(word)) return { stem: word, particle: '' };
  for (const p of PARTICLES) {
    if (p === '의' && UI_NOUNS.has(word.slice(-3)) && word.length >= 3) continue;
    if (word.length > p.length && word.endsWith(p)) {
      const stem = word.slice(0, -p.length);
      if (!particleFits(stem, p)) return { stem: word, particle: '' };
      // "지현이가" / "민수는": the colloquial 이 after a name stays with the particle.
      return { stem, particle: p };
    }
  }
  return { stem: word, particle: '' };
}

// Suffix sets: a stem is checked against its last 1–8 characters, not against every list entry.
const suffixSets = new WeakMap<readonly string[], Set<string>>();
const endsWithAny = (s: string, list: readonly string[]) => {
  let set = suffixSets.get(list);
  if (!set) {
    set = new Set(list);
    suffixSets.set(list, set);
  }
  for (let n = 1; n <= 8 && n <= s.length; n++) if (set.has(s.slice(-n))) return true;
  return false;
};

/** Whether a stem is a person's name: declared, a surname + common given name, or a common given name. */
export function isName(stem: string, people?: People): boolean {
  // A Latin given name the lexicon knows ("Alex가 경고를 무시하고"), as in English prose, unless it
  // also names a product Korean infrastructure prose writes in Latin ("Aurora가 페일오버했다").
  if (!HANGUL.test(stem)) return !!people?.latin.has(stem) || (isGivenName(stem) && !LATIN_PRODUCTS.has(stem));
  if (people?.hangul.has(stem)) return true;
  if (GIVEN_NAMES.has(stem)) return true;
  if (stem.length === 3 && SURNAMES.has(stem[0]) && GIVEN_NAMES.has(stem.slice(1))) return true;
  if (stem.length === 4 && SURNAMES.has(stem.slice(0, 2)) && GIVEN_NAMES.has(stem.slice(2))) return true;
  // "지현이" (a given name with the colloquial 이).
  if (stem.length === 3 && stem.endsWith('이') && GIVEN_NAMES.has(stem.slice(0, 2))) return true;
  return false;
}

/** A name shape before a title: 2–4 syllables, or a surname alone ("김 대리"). */
function nameShape(stem: string): boolean {
  return /^[\uac00-\ud7a3]{1,4}$/u.test(stem) && (stem.length >= 2 || SURNAMES.has(stem));
}

/** Whether a stem is a name with a title attached ("민수님", "김대리", "박민수책임"). */
function titledName(stem: string, people?: People): boolean {
  for (const t of TITLES) {
    if (stem.length > t.length && stem.endsWith(t)) {
      const name = stem.slice(0, -t.length);
      if (NOT_ACTORS.some((w) => name.endsWith(w))) return false;
      if (t === '님' || t === '씨') {
        // 님/씨 also end words (고객님, 날씨, 솜씨): a role, a name or a 2–3 syllable shape.
        if (isName(name, people) || endsWithAny(name, ROLE_SUFFIXES)) return true;
        return t === '님' ? /^[\uac00-\ud7a3]{2,3}$/u.test(name) && !/[사장]$/u.test(name) : /^[\uac00-\ud7a3]{2,3}$/u.test(name) && !SSI_WORDS.has(stem);
      }
      if (t === '군' || t === '양' || t === '프로' || t === '리드' || t === '이사' || t === '대표' || t === '책임' || t === '선임' || t === '수석') return isName(name, people) || SURNAMES.has(name);
      return nameShape(name);
    }
  }
  return false;
}

const ROLE_MODIFIERS = new Set(['우리', '저희', '신규', '신입', '야간', '주간', '배포', '백엔드', '프론트엔드', '프런트엔드', '인프라', '보안', '결제', '당직', '현장', '외주', '협력사', '해당', '모든', '일부', '담당', '운영', '개발', '서버', '플랫폼', '데이터', 'DB', '시니어', '주니어', '관련', '작업', '검토', '승인']);

const SSI_WORDS = new Set(['날씨', '솜씨', '맵시', '말씨', '마음씨', '글씨', '불씨', '씨앗', '아저씨', '아가씨']);

const whoCache = new WeakMap<object, Map<string, Who>>();
const NO_PEOPLE = {};

/** Who a stem denotes (the particle already removed). Memoised per set of declared people. */
export function whoIs(stem: string, people?: People): Who {
  const key = people ?? NO_PEOPLE;
  let cache = whoCache.get(key);
  if (!cache) {
    cache = new Map();
    whoCache.set(key, cache);
  }
  let who = cache.get(stem);
  if (who === undefined) {
    who = whoIsUncached(stem, people);
    if (cache.size > 20000) cache.clear();
    cache.set(stem, who);
  }
  return who;
}

function whoIsUncached(stem: string, people?: People): Who {
  const s = stem.trim();
  if (!s) return 'unknown';
  // A plural ("운영자들", "담당자분들", "엔지니어분"): the people the noun denotes.
  const plural = /^(.{2,})(?:분들|들|분)$/u.exec(s);
  if (plural && !FIRST_PERSON.has(s)) {
    const one = whoIs(plural[1], people);
    if (one === 'person' || one === 'customer') return one;
  }
  if (FIRST_PERSON.has(s)) return 'self';
  // A team is people even when its name starts with a customer word (고객지원팀).
  if (TEAM_SUFFIXES.some((t) => s.endsWith(t) && s.length > t.length) || /^(?:팀|팀들|부서|부서들|운영진|경영진|파트|조직|본부|부문)$/u.test(s)) return 'person';
  if (endsWithAny(s, NOT_ACTORS) || NOT_ACTORS.some((w) => s.startsWith(w))) return 'customer';
  if (PERSON_PRONOUNS.has(s)) return 'person';
  if (/^@[\p{L}\p{N}_-]+$/u.test(s)) return 'person';
  if (isName(s, people)) return 'person';
  if (endsWithAny(s, ROLE_SUFFIXES)) return 'person';
  if (titledName(s, people)) return 'person';
  if (endsWithAny(s, THING_SUFFIXES)) return 'thing';
  // "-자" agent nouns of three syllables or more: 검수자, 결재자, 요청자, 실행자.
  if (/^[\uac00-\ud7a3]{2,5}자$/u.test(s) && !/(?:문자|숫자|글자|투자|변수자|좌표자|인자|상자|의자|모자|과자|여자|남자|부자|환자)$/u.test(s)) return 'person';
  if (TEAM_SUFFIXES.some((t) => s.endsWith(t) && s.length > t.length)) return 'person';
  if (/^[A-Za-z]/u.test(s)) {
    const latin = /^[A-Za-z][A-Za-z0-9_.'’-]*/u.exec(s)![0];
    if (people?.latin.has(latin)) return 'person';
    return 'thing';
  }
  return 'unknown';
}

/** A person mentioned in a sentence: the words that name them and the particle that marks their role. */
export interface Mention {
  /** First word of the mention ("김" in "김 대리가"). */
  start: number;
  /** End of the mention's stem (before the particle). */
  stemEnd: number;
  /** End of the last word (after the particle). */
  end: number;
  /** The mention without particle ("김 대리", "민수 님", "담당자"). */
  name: string;
  particle: string;
  who: Who;
  /** A given name or a titled name (a rewrite can offer the role instead). */
  named: boolean;
  /** Index of the last word in the word list. */
  index: number;
}

/**
 * The people (and selves) named in a word list, with their particle. Two words make one mention
 * when the second is a title ("민수 님이", "김 대리는").
 */
// Session 12. An organisation's name before a role noun qualifies it ("KT 부산지사 관계자들", "A은행 전산팀 직원"): an
// acronym, or a word ending in a unit of an organisation.
const ORG_MODIFIER = /^(?:[A-Z][A-Z0-9&]{1,7}|[\uac00-\ud7a3A-Za-z0-9]{1,10}(?:지사|지점|본부|본사|사업부|센터|은행|증권|공사|공단|시청|구청|군청|도청|팀|파트|반|조))$/u;

export function mentionsOf(words: readonly Word[], people?: People): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    // "모두가 책임 있는 …": a word with its own particle is no name before a title.
    if (next && (w.particle === '' || isName(w.text, people)) && !PERSON_PRONOUNS.has(w.stem) && (/^[\uac00-\ud7a3A-Za-z]{1,4}$/u.test(w.text) || /^[A-Z][a-z]{1,11}$/u.test(w.text)) && (TITLES.includes(next.stem) || (next.stem.endsWith('님') && TITLES.includes(next.stem.slice(0, -1)))) && (nameShape(w.text) || isName(w.text, people) || people?.latin.has(w.text) || /^[A-Z][a-z]{1,11}$/u.test(w.text))) {
      if (!NOT_ACTORS.some((c) => w.text.endsWith(c))) {
        out.push({ start: w.start, stemEnd: next.start + next.stem.length, end: next.end, name: `${w.text} ${next.stem}`, particle: next.particle, who: 'person', named: true, index: i + 1 });
        i++;
        continue;
      }
    }
    // "하람이가", "민석이는": a name with the colloquial 이 (a 2-syllable stem ending in a consonant).
    if (/^이(?:가|는|도)$/u.test(w.particle) && /^[\uac00-\ud7a3]{2}$/u.test(w.stem) && whoIs(w.stem, people) === 'unknown' && (w.stem.charCodeAt(1) - 0xac00) % 28 !== 0) {
      out.push({ start: w.start, stemEnd: w.start + w.stem.length, end: w.end, name: w.stem, particle: w.particle.slice(1), who: 'person', named: true, index: i });
      continue;
    }
    // "누군가 쿼리를 잘못 날렸다": someone, with the subject particle dropped or kept (누군가가/누군가는).
    if (/^누군가(?:가|는|도|의|에게|를)?$/u.test(w.text)) {
      out.push({ start: w.start, stemEnd: w.start + 3, end: w.end, name: '누군가', particle: w.text.slice(3) || '가', who: 'person', named: false, index: i });
      continue;
    }
    // Session 12. "배터리랙 전원은 차단하지 않았다": 전원 is power (電源) after a device noun or before a power verb; it is
    // everyone (全員) after people ("참석자 전원이") or alone ("전원이 확인했다").
    if (w.stem === '전원' && ((i > 0 && words[i - 1].particle === '' && !/[.!?,]$/u.test(words[i - 1].text) && whoIs(words[i - 1].stem, people) !== 'person') || /^(?:차단|공급|연결|인가|투입|스위치|케이블|버튼|장치|코드|끄|꺼|켜|내리|내려|올리|올려|뽑)/u.test(words[i + 1]?.text ?? ''))) continue;
    const who = whoIs(w.stem, people);
    if (who === 'person' || who === 'self') {
      const named = isName(w.stem, people) || titledName(w.stem, people) || (/^[A-Za-z]/u.test(w.stem) && !!people?.latin.has(w.stem));
      // "온콜 엔지니어가", "신규 입사자의", "배포 담당자": the words that qualify the role belong to it.
      let first = i;
      while (first > 0 && i - first < 2 && words[first - 1].particle === '' && (ROLE_MODIFIERS.has(words[first - 1].text) || whoIs(words[first - 1].text, people) === 'person' || ORG_MODIFIER.test(words[first - 1].text))) first--;
      out.push({ start: words[first].start, stemEnd: w.start + w.stem.length, end: w.end, name: words.slice(first, i).map((x) => `${x.text} `).join('') + w.stem, particle: w.particle, who, named, index: i });
    }
  }
  return out;
}
