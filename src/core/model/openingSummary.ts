import type { PostmortemDocument } from './document';
import { endOf, plainText, startOf } from './markdown';
import { headingHead, headingKey, type Section } from './sections';
import { isTemplatePlaceholder } from '../rules/template-placeholder';

/**
 * Opening-section names that tell the incident's account without naming a summary: "Description", "Background",
 * "Problem", "Issue" (and their Korean words 설명, 배경, 문제, 이슈). Anywhere else in a document such a heading is context
 * (a "### Description" under "## Issue details", a "## Background" after the summary); as the document's OPENING
 * section it is where the writers tell what happened, and the corpus judges read it as the summary (session 16, reading:
 * "## Description" opening a short team report, "## Background" opening three release and outage reviews).
 */
const OPENER_KEYS = new Set(
  [
    'description', 'background', 'problem', 'the problem', 'problem statement', 'problem description', 'issue',
    'the issue', 'issue description',
    '설명', '배경', '배경 설명', '문제', '문제 설명', '이슈', '이슈 설명',
  ].map(headingKey),
);

/** Whether a heading's wording (as a whole, or its head before a colon or dash) is an opening-section name. */
export function isOpenerHeading(title: string): boolean {
  if (OPENER_KEYS.has(headingKey(title))) return true;
  const head = headingHead(title);
  return head !== title && OPENER_KEYS.has(headingKey(head));
}

/** The prose under an opening section that makes it an account: one sentence (Korean says it in about half the characters). */
const OPENING_MIN = 40;
const OPENING_MIN_KO = 20;

/** The opening section named as such ({@link isOpenerHeading}), before any section of a known kind, whatever stands under it. */
function openerCandidate(doc: PostmortemDocument): Section | undefined {
  const title = doc.sections[0]?.depth === 1 ? doc.sections[0] : undefined;
  for (const s of doc.sections) {
    if (s === title) continue;
    if (s.kind) return undefined;
    if (isOpenerHeading(s.title)) return s;
  }
  return undefined;
}

interface OpeningProse { length: number; hangul: number; paragraphs: [number, number][] }

/** The paragraphs (not placeholders) between a section's heading and its first sub-heading: their length and Hangul. */
function prose(doc: PostmortemDocument, s: Section): OpeningProse {
  const end = s.children[0]?.start ?? s.end;
  const out: OpeningProse = { length: 0, hangul: 0, paragraphs: [] };
  for (const node of doc.root.children) {
    const at = startOf(node);
    if (at < s.contentStart) continue;
    if (at >= end) break;
    if (node.type !== 'paragraph') continue;
    const t = plainText(node).trim();
    if (isTemplatePlaceholder(t)) continue;
    out.length += t.length;
    out.hangul += hangulIn(t);
    out.paragraphs.push([startOf(node), endOf(node)]);
  }
  return out;
}

const hangulIn = (t: string): number => {
  let n = 0;
  for (const ch of t) if (ch >= '\uac00' && ch <= '\ud7a3') n++;
  return n;
};

const isAccount = (length: number, hangul: number): boolean =>
  length >= (hangul * 2 >= length && length > 0 ? OPENING_MIN_KO : OPENING_MIN);

/**
 * The document's opening section when it serves as the summary: the first section whose heading is recognised or an
 * opening-section name ({@link isOpenerHeading}), counted only when it is the latter and no section of a known kind
 * comes before it (the title and headings of no kind — a second title, a "## Date: …" line — may), and when prose stands
 * right under its heading: paragraphs (not template placeholders) of at least one sentence's length (a heading over only
 * a list, a table, sub-headings or "TBD" is not an account).
 */
export function openingSummarySection(doc: PostmortemDocument): Section | undefined {
  const s = openerCandidate(doc);
  if (!s) return undefined;
  const p = prose(doc, s);
  return isAccount(p.length, p.hangul) ? s : undefined;
}

/**
 * Whether replacing `removed` by `inserted` at source offset `at` changes whether the opening section's prose is long
 * enough to make it the summary (a rewrite must not add or remove a section; compare `ledeCrossesMinimum`).
 */
export function openingCrossesMinimum(doc: PostmortemDocument, at: number, removed: string, inserted: string): boolean {
  if (removed === inserted) return false;
  const s = openerCandidate(doc);
  if (!s) return false;
  const p = prose(doc, s);
  if (!p.paragraphs.some(([a, b]) => a <= at && at <= b)) return false;
  const length = p.length + inserted.length - removed.length;
  const hangul = p.hangul + hangulIn(inserted) - hangulIn(removed);
  return isAccount(p.length, p.hangul) !== isAccount(length, hangul);
}
