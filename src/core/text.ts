/**
 * Small string helpers that replace regular expressions anchored at the end of a string
 * (`/x+$/`), which backtrack quadratically on long runs of `x` in JavaScript engines.
 */

/** Removes characters of `chars` from the end of `s`. */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return s.slice(0, e);
}

/** Removes characters of `chars` from the start of `s`. */
export function trimStartChars(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i])) i++;
  return s.slice(i);
}

/** Removes characters of `chars` from both ends of `s`. */
export function trimChars(s: string, chars: string): string {
  return trimEndChars(trimStartChars(s, chars), chars);
}
