import { findFrontMatter } from './model/frontmatter';

/**
 * How far into a document detection looks. The signals (front matter, first heading) sit at the
 * top; scanning a bounded prefix keeps detection cheap on every keystroke, whatever the size.
 */
const SCAN_LIMIT = 64 * 1024;

/** Front matter `type` values that mark a postmortem. */
const POSTMORTEM_TYPES = new Set(['postmortem', 'post mortem', 'incident report', 'incident review', 'incident postmortem', '포스트모템', '포스트모텀', '장애 보고서', '장애보고서', '장애 리포트']);

/**
 * Heading wordings that name a postmortem. Each alternative is a fixed word sequence with bounded
 * gaps (`\s{0,3}`), so the pattern stays linear on any input.
 */
const HEADING_WORDS =
  /post[\s-]{0,3}mortem|(?:incident|outage)[\s-]{1,3}(?:report|review|analysis|retrospective)|포스트[\s-]{0,3}모[템텀]|(?:장애|사고|인시던트)[\s-]{0,3}(?:보고서|리포트|회고|분석\s{0,3}보고서|사후\s{0,3}분석)|사후[\s-]{0,3}분석\s{0,3}보고서/i;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_OPEN = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The default `postmortem.files` globs: which Markdown files are postmortems by where they are. */
export const DEFAULT_POSTMORTEM_GLOBS: readonly string[] = ['**/postmortems/**/*.md', '**/*postmortem*.md', '**/incidents/**/*.md'];

/**
 * True when a path (relative to the folder searched, `/`-separated) matches the default globs: a
 * `postmortems/` or `incidents/` folder on the way to a `.md` file, or `postmortem` in its name.
 * Matches the globs above exactly (case-sensitive, as VS Code's globs are on Linux).
 */
export function matchesDefaultPostmortemPath(relativePath: string): boolean {
  const parts = relativePath.split('/').filter((p) => p !== '' && p !== '.');
  const name = parts.pop() ?? '';
  if (!name.endsWith('.md')) return false;
  return name.includes('postmortem') || parts.includes('postmortems') || parts.includes('incidents');
}

/** What `isPostmortemText` found, for callers that want to say why. */
export type PostmortemSignal = 'front-matter' | 'heading';

/**
 * Why a text is a postmortem: front matter `type: postmortem` (or a Korean equivalent), or a first
 * heading that says Postmortem / Incident report / 포스트모템 / 장애 보고서 …; undefined otherwise.
 * Never throws; looks only at the first 64 KiB.
 */
export function postmortemSignal(text: string): PostmortemSignal | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const head = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const from = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  let body = from;
  const fm = findFrontMatter(head, from);
  if (fm) {
    const type = fm.data?.type;
    if (typeof type === 'string' && POSTMORTEM_TYPES.has(normalizeType(type))) return 'front-matter';
    body = fm.end;
  }
  const heading = firstHeading(head.slice(body));
  return heading !== undefined && HEADING_WORDS.test(heading) ? 'heading' : undefined;
}

/** "Post_Mortem", "incident-report" → "post mortem", "incident report". */
function normalizeType(type: string): string {
  return type.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** True when a Markdown text is a postmortem (see `postmortemSignal`). */
export function isPostmortemText(text: string): boolean {
  return postmortemSignal(text) !== undefined;
}

/** An ATX heading's text without its optional closing `#` sequence (a loop: no backtracking regex). */
function atxText(rest: string): string {
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  // "# Title ##" closes with "##"; "# C#" keeps its "#" (no space before it).
  if (hashes < end && (hashes === 0 || rest[hashes - 1] === ' ' || rest[hashes - 1] === '\t')) end = hashes;
  return rest.slice(0, end).trim();
}

/** The text of the first ATX or setext heading outside fenced code, if any. */
export function firstHeading(text: string): string | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  let fence: string | undefined;
  let previous: string | undefined;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
      previous = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      previous = undefined;
      continue;
    }
    const atx = ATX_OPEN.exec(line);
    if (atx) return atxText(line.slice(atx[0].length));
    if (previous !== undefined && SETEXT_UNDERLINE.test(line)) return previous.trim();
    // Only a paragraph line can become a setext heading; indented code cannot.
    previous = line.trim() !== '' && !/^ {4}|^\t/.test(line) ? line : undefined;
  }
  return undefined;
}
