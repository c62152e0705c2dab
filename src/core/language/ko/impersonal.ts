/**
 * Session 14 (lang-ko). Two classes of Korean sentence that name a slip or a failure but blame no person, read as
 * neutral parts (module.ts neutralParts). Each was a wrong first-run finding of the session-14 draw (test/language/AUDITS.md
 * "Session 14: draw s14 first run", Korean); tests in
 * test/unit/language-ko-s14.test.ts (NEW sentences, English mirrors).
 *
 * 1. A slip in a HABITUAL statement (`habitualSlips`): the slip word (실수, 착오, 휴먼 에러) inside an event clause headed by
 *    일/경우/사례 whose predicate is a frequency ("작은 설정 실수 하나가 전체 장애로 번지는 일은 흔하다", "…경우가 종종
 *    있습니다"). A claim about how often such things happen; nobody's act. Not this kind: a past tense anywhere in the
 *    sentence (an event told), an owner of the slip (a person, a role, 제/내/우리/저희, a possessive 의 on a person) or
 *    incident deixis (이번, 그날 …) before it.
 *    (A third kind was tried and dropped: an organisation's slip in the possessive, "공급사의 실수로 …", read as neutral to
 *    agree with English. It removed one RIGHT finding of ko.blame.silsu on the blind fresh-s9 part (figures only, `npm run
 *    bench:language -- --by-id --part fresh-s9`: 2/0 -> 1/0) and no wrong one anywhere: the blind labels read an
 *    organisation's slip as blame, so Korean keeps flagging it and the disagreement is English's to settle.)
 * 2. A process that did not RUN PROPERLY (`processNotProper`): a manner adverb (제대로, 충분히, 꼼꼼히 …) before a passive or
 *    intransitive verb negated ("덤프는 제대로 이뤄지지 않고 있었다", "갱신은 제대로 되지 않았다", "배치는 제대로 실행되지
 *    않았다"), with no person as subject or topic. Such a verb has no agent: the sentence reports a thing's state. The same
 *    sentence with 이/가 ("덤프가 제대로 이뤄지지 않았다") was already neutral; with the topic particle 은/는 the topic was
 *    taken for a dropped person's object. Not this kind: a transitive verb ("백업은 제대로 확인하지 않았다": the topic is the
 *    object, a person is the dropped subject), a person as subject or topic, "…되지 않은 채 <a person's act>".
 *
 * Pure and linear: bounded regular expressions, one pass over the words.
 */
import type { People } from '../../people';
import { whoIs, wordsOf } from './words';

type Part = { start: number; end: number };

/** The end of the word that holds offset `at`. */
function wordEnd(s: string, at: number): number {
  let e = at;
  while (e < s.length && !/[\s.!?,，…]/u.test(s[e])) e++;
  return e;
}

/** Whether a Korean stretch holds a past-tense syllable (…았/었/였/했/됐…, not 있/없). */
function hasPast(s: string): boolean {
  for (const ch of s) {
    const c = ch.charCodeAt(0) - 0xac00;
    if (c >= 0 && c < 11172 && c % 28 === 20 && ch !== '있' && ch !== '없') return true;
  }
  return false;
}

// ---- 1. habitual slips ----------------------------------------------------------------------------------------------

const SLIP = /(?:실수|착오|휴먼\s?에러|인적\s?오류)/gu;
// The event noun that heads the clause holding the slip, then a frequency predicate that ends the sentence.
const EVENT_THEN_FREQUENT = new RegExp(
  String.raw`(?:는|은|ㄴ|던)\s(?:일|경우|사례|상황)(?:은|는|이|가|도)?[,，]?\s` +
    String.raw`(?:(?:정말|생각보다|의외로|실제로|꽤|아주|매우|너무|실무에서|현업에서|운영\s?중에)\s){0,2}` +
    String.raw`(?:(?:흔하|흔합|흔해|잦|빈번하|빈번합|비일비재하|비일비재합|다반사|많|적지\s?않|드물지\s?않)[가-힣]{0,4}` +
    String.raw`|(?:흔하게|흔히|자주|종종|빈번하게|빈번히|곧잘|심심치\s?않게|왕왕|늘|항상)\s(?:[가-힣]{1,8}\s)?(?:벌어지|벌어집|일어나|일어납|생기|생깁|발생하|발생합|있|나타나|나타납|봅니|본다|보인|보입)[가-힣]{0,4})` +
    String.raw`[.!…~]*\s*$`,
  'u',
);
const OWNER_WORD = /^(?:제|내|나의|저의|우리|저희|우리의|저희의|이번|지난|그날|당시|그때|어제|오늘|해당)$/u;

/** Spans of slip words the sentence only speaks of as a kind of event that often happens. */
export function habitualSlips(s: string, people?: People): Part[] {
  if (s.length > 400 || !EVENT_THEN_FREQUENT.test(s) || hasPast(s)) return [];
  const words = wordsOf(s);
  const out: Part[] = [];
  SLIP.lastIndex = 0;
  for (let m = SLIP.exec(s); m; m = SLIP.exec(s)) {
    const at = m.index;
    // The slip's noun phrase: the words before it in its clause (back to a comma or a clause end), none an owner.
    let owned = false;
    let from = at;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      if (w.end > at) continue;
      if ((w.trail ?? '').includes(',') || /(?:고|며|서|지만|는데|면)$/u.test(w.text)) break;
      const who = whoIs(w.stem.replace(/의$/u, ''), people);
      // A possessive on anything but a thing owns the slip ("김 대리의 설정 실수").
      if (OWNER_WORD.test(w.text) || who === 'person' || who === 'self' || who === 'customer' || (w.particle === '의' && who !== 'thing')) {
        owned = true;
        break;
      }
      from = w.start;
    }
    if (!owned) out.push({ start: from, end: wordEnd(s, at) });
  }
  return out;
}

// ---- 2. a process that did not run properly ---------------------------------------------------------------------------

// A manner adverb, then one word whose stem ends as a passive or intransitive verb (…되, …어지/아지, 이뤄지, 돌아가, 작동하,
// 동작하, 진행되), negated in a finite form ("않았다", "않고", "못했다", or "않은 것으로 확인됐다", a finding reported; not an
// adnominal "…되지 않은 스크립트를 돌렸다", where the thing is the object of a person's act).
const NOT_PROPER = /(?:제대로|충분히|꼼꼼히|정상적으로|원활히|원활하게|끝까지|철저히)\s([가-힣]{0,6}(?:되|돼|이뤄지|이루어지|[어아여워]지|돌아가|작동하|동작하|실행되|수행되|처리되|진행되|반영되|적용되|저장되|전달되|발송되))지(?:도|는)?\s?(?:않(?=았|고|아|습|은\s것으로\s)|못(?=했|하고|해|하였|합|한\s것으로\s))/gu;

/** Spans of a passive or intransitive process reported as not done properly, with no person as its subject or topic. */
export function processNotProper(s: string, people?: People): Part[] {
  if (s.length > 400) return [];
  const out: Part[] = [];
  NOT_PROPER.lastIndex = 0;
  for (let m = NOT_PROPER.exec(s); m; m = NOT_PROPER.exec(s)) {
    const endAt = m.index + m[0].length;
    // "…되지 않은 채 배포했다": the state as the circumstance of a person's act.
    if (/^[가-힣]{0,2}\s?채/u.test(s.slice(endAt))) continue;
    // No person, self or team as subject or topic before it.
    const person = wordsOf(s, 0, m.index).some((w) => /^(?:이|가|은|는|께서|께서는|이가|에서는)$/u.test(w.particle) && ['person', 'self'].includes(whoIs(w.stem, people)));
    if (person) continue;
    out.push({ start: m.index, end: wordEnd(s, endAt) });
  }
  return out;
}

/** Both kinds, as spans relative to the sentence. */
export function impersonalParts(s: string, people?: People): Part[] {
  return [...habitualSlips(s, people), ...processNotProper(s, people)];
}
