/**
 * Session 14 (second round, lang-ko2): an ERROR CLASS a planned system withstands, absorbs or is prepared for
 * ("운영자 실수에도 견고하도록 …", "사용자의 입력 실수를 흡수하도록 …", "조작 실수에 대비해 …"): no act happened, nobody
 * erred; the mistake is what the design must tolerate (the mirror of English "robust against operator errors",
 * en/prose.ts AGAINST). Only the purposive, adnominal or present forms of the verb right after the mistake word: a
 * negated one ("실수에 대비하지 못했다") or a slip told as what happened stays blame. The phrase list's `unless` of
 * ko.blame.silsu and ko.blame.human-error carries the same forms; this is the check for the attribution reading
 * ("운영자 실수에도", a person's noun before the mistake word).
 */

// The mistake noun with the particle that hangs it on the verb: object (을/를), dative (에), concessive (에도/도).
const MISTAKE_WORD = /^(?:실수|오류|착오|오조작|오입력|조작\s?실수)(?:를|을|에|에도|도)$/u;
// The verb's forms: purposive (…도록, …게), adnominal (…한, …는, …할), connective of preparation (대비해, 대비하여).
const WITHSTAND = /^\s?(?:(?:견딜|버틸|흡수할)\s?수\s?있|견고하도록|견고하게|견고한|견디도록|견디는|견디게|견뎌|버티도록|버티는|흡수하도록|흡수하는|흡수하게|흡수해|대비해|대비하여|대비한|대비하기|대비할|대비하는|강하도록|안전하도록)/u;

/** Whether `word` (a mistake noun with its particle) is what the text after it (`after`) says a design withstands or prepares for. */
export function withstoodMistake(word: string, after: string): boolean {
  return MISTAKE_WORD.test(word) && WITHSTAND.test(after);
}
