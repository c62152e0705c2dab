/**
 * A lead-in that ends with what ONE piece of work gives (owners3, session 13): "Configure an external jump server,
 * allowing:", "Add a nightly restore drill so that:", "We will split the queue per tenant, which lets us:", "배치 서버에
 * 점검 계정 추가, 다음이 가능하도록:". The list under it spells out the effects of that one item (what the access
 * allows, what the drill catches), so the lead-in is the action item and the list its details, not items of their own.
 * Seen on the first run of the session-13 owner audit (test/realworld/AUDITS.md "session 13: owner audit, first run").
 *
 * Linear patterns only: each is anchored at the end of a short label and has no nested quantifiers.
 */
import { trimEndChars } from '../text';

// "…, allowing:", "… enabling:", "… so that:", "… so we can:", "… to allow:", "…, which lets us:", "…, which will enable:".
const PURPOSE_EN = /(?:,|[ \t])[ \t]{0,2}(?:allowing|enabling|letting|permitting|so[ \t]that|so[ \t](?:we|they|you|users|operators|the[ \t]team)[ \t](?:can|could)|(?:in[ \t]order[ \t])?to[ \t](?:allow|enable|let|permit)|which[ \t](?:will[ \t]|would[ \t])?(?:allows?|enables?|lets?|permits?|gives?))(?:[ \t](?:us|them|users|operators|the[ \t]team|everyone))?(?:[ \t]to)?[ \t]{0,2}[:：]$/iu;
// "…, 다음이 가능하도록:", "… 다음을 할 수 있도록:", "… 수 있게:", "… 가능하게:".
const PURPOSE_KO = /(?:가능하도록|가능하게|수[ \t]?있도록|수[ \t]?있게)[ \t]{0,2}[:：]$/u;
// Not a purpose: a lead-in over what a mechanism must be able to do ("… 할 수 있어야 한다:") is handled elsewhere, and a
// question is never an item.
const QUESTION = /[?？][ \t]{0,2}[:：]?$/u;

/** The work before a purpose connective, without its trailing comma and Korean "다음이" / "다음을 (할)" (no regex: linear). */
function stripTail(s: string): string {
  let t = trimEndChars(s, ' \t');
  for (const w of ['다음을 할', '다음을', '다음이', '다음']) {
    if (t.endsWith(w)) {
      t = trimEndChars(t.slice(0, -w.length), ' \t');
      break;
    }
  }
  if (t.endsWith(',') || t.endsWith('，')) t = trimEndChars(t.slice(0, -1), ' \t');
  return t;
}

/** Whether a label (a paragraph or a list item's first line) ends with a purpose connective and a colon. */
export function endsWithPurpose(label: string): boolean {
  const t = label.replace(/\s+/g, ' ').replace(/[*_]{1,3}(?=[:：]?$)/u, '').trim();
  if (t.length < 12 || t.length > 300 || QUESTION.test(t)) return false;
  const before = /[\uac00-\ud7a3]/u.test(t) ? t.replace(PURPOSE_KO, '') : t.replace(PURPOSE_EN, '');
  if (before === t) return false;
  // Something is done before the connective: at least two words (Latin) or one Korean phrase of two syllables or more.
  const words = stripTail(before.replace(/^[^:：()\[\]]{1,40}[:：][ \t]/u, '')).trim();
  return /[\uac00-\ud7a3]/u.test(words) ? words.replace(/[^\uac00-\ud7a3]/gu, '').length >= 2 : words.split(' ').filter(Boolean).length >= 2;
}

/**
 * Where the purpose connective of a lead-in starts (an offset into `description`), so that the item's description is the
 * work before it ("Configure an external jump server") and an owner inserted at its end ("… (owner: @kim), allowing:")
 * leaves the lead-in a purpose lead-in: a second run is a no-op. Undefined when the description is no such lead-in.
 */
export function purposeCut(description: string): number | undefined {
  if (!endsWithPurpose(description)) return undefined;
  const t = trimEndChars(description, ' \t*_');
  const m = (/[\uac00-\ud7a3]/u.test(t) ? PURPOSE_KO : PURPOSE_EN).exec(t);
  if (!m) return undefined;
  const head = stripTail(t.slice(0, m.index));
  return head.length > 0 ? head.length : undefined;
}
