/**
 * Marks that rule something out, for every language (session 10, real postmortems). A short list item or table cell
 * that names a punishment and carries a cross mark ("법적 처벌 ✗ (익명성)", "Prosecution ❌", "❌ 담당자 징계") lists the
 * punishment as not possible or not wanted, and one with ≠ says something is not one: it asks for none. Bounded, linear tests over one sentence.
 */

// ✗ ✘ ❌ ❎ × ⨯ 🚫 (not a Latin x: "2x faster", "x86"), and ≠ ("포스트모템 ≠ 처벌": a postmortem is not a punishment).
const CROSS = /[\u2717\u2718\u274c\u274e\u00d7\u2a2f\u2260]|\u{1f6ab}/u;
const PUNITIVE_EN = /\b(?:punish(?:ed|ing|ment|ments)?|reprimand(?:ed|s)?|disciplin(?:e|ed|ary)|prosecut(?:e|ed|ion)|sanctions?|penalt(?:y|ies)|fir(?:e|ed|ing)|sack(?:ed|ing)?|dismissal|legal action)\b/iu;
const PUNITIVE_KO = /처벌|징계|문책|해고|경질|파면|감봉|견책|책임\s?추궁|법적\s?(?:조치|대응|책임)|제재|형사\s?고발|고발|고소/u;
/** Longest text read as one list item or cell. */
const MAX = 120;

/** Whether a short sentence lists a punishment with a cross mark: the punishment is ruled out, not asked for. */
export function crossedOutPunishment(text: string): boolean {
  if (text.length > MAX || !CROSS.test(text)) return false;
  return PUNITIVE_EN.test(text) || PUNITIVE_KO.test(text);
}
