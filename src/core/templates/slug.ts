import { isoDate, parseZone, zonedTime } from './time';

/** Longest slug, in code points; file names stay readable in a file explorer and in URLs. */
export const SLUG_MAX = 60;

// Apostrophes and quotes vanish ("Bob's deploy" → "bobs-deploy"); every other non-letter,
// non-digit run (spaces, punctuation, symbols, emoji) becomes one dash.
const QUOTES = /['"`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00B4]/gu;
// Emoji glue (variation selectors, zero-width joiner, tag characters) carries no meaning in a slug.
const EMOJI_GLUE = /[\uFE00-\uFE0F\u200D\u{E0020}-\u{E007F}\u{1F3FB}-\u{1F3FF}]/gu;
const LATIN_DIACRITICS = /(\p{Script=Latin})\p{M}+/gu;
const STRAY_MARKS = /(?<![\p{L}\p{M}\p{N}])\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * A file-name-safe slug of an incident title: Hangul and other letters kept (NFC), ASCII
 * lower-cased, accents on Latin letters dropped, quotes dropped, any other run of punctuation,
 * spaces, symbols or emoji turned into one dash, at most {@link SLUG_MAX} characters cut at a
 * word boundary; `incident` when nothing is left.
 */
export function slugify(title: string): string {
  const source = typeof title === 'string' ? title.slice(0, 2000) : '';
  let s = source
    // Full-width ASCII (common with Korean and Japanese input methods) reads as ASCII.
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '$1')
    // Back to composed form so Hangul syllables (decomposed by NFD) are whole again. NFD, not
    // NFKD: compatibility decomposition would turn Hangul compatibility jamo (ㅋ) into other letters.
    .normalize('NFC')
    .replace(QUOTES, '')
    .replace(EMOJI_GLUE, '')
    .replace(STRAY_MARKS, '')
    .toLowerCase()
    .replace(SEPARATORS, '-');
  s = trimDashes(s);
  const points = Array.from(s);
  if (points.length > SLUG_MAX) {
    const cut = points.slice(0, SLUG_MAX + 1);
    // Prefer the last dash inside the limit, unless that would throw most of the title away.
    const lastDash = cut.lastIndexOf('-');
    s = trimDashes((lastDash >= SLUG_MAX / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX)).join(''));
  }
  return s || 'incident';
}

// A loop, not /^-+|-+$/: an anchored-at-end run backtracks quadratically on long dash runs.
function trimDashes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === '-') a++;
  while (b > a && s[b - 1] === '-') b--;
  return s.slice(a, b);
}

/** Options for {@link incidentFileName}. */
export interface IncidentFileNameOptions {
  /** IANA zone, `UTC` or an offset; the date is the incident start's date there (default UTC). */
  timezone?: string;
}

/** `YYYY-MM-DD-<slug>.md`, the date being the start's calendar date in the given zone. */
export function incidentFileName(start: Date, title: string, opts: IncidentFileNameOptions = {}): string {
  const zone = parseZone(opts.timezone) ?? parseZone('UTC')!;
  return `${isoDate(zonedTime(start, zone))}-${slugify(title)}.md`;
}
