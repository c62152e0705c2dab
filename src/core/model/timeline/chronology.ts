/** A timeline written without a timeline heading: a run of dated event lines under a section of another name. */
import type { List, Paragraph } from 'mdast';
import type { PostmortemDocument } from '../document';
import { endOf, startOf } from '../markdown';
import type { Section } from '../sections';
import { findTimeOfDay, leadingDate } from '../time';

/** How many event lines make a chronology. */
const MIN_LINES = 3;

/** Sections built for chronologies: they are the document's timeline though no heading names it. */
const chronologySections = new WeakSet<Section>();

/** Whether a timeline group's section is an unnamed chronology found by {@link paragraphChronology}. */
export function isChronologySection(section: Section): boolean {
  return chronologySections.has(section);
}

/** Whether a line opens with a date and then a time of day ("2024-03-02 14:05 UTC — …", "2023년 7월 14일 19:04 : …"). */
function datedEventLine(line: string): boolean {
  const head = line.length > 200 ? line.slice(0, 200) : line;
  return leadingDate(head) !== undefined && findTimeOfDay(head)?.leading === true;
}

/**
 * A chronology written as paragraphs outside any timeline section ("## Details" or "## 상세" over
 * "2024-03-02 14:05 : deploy started" / "2024-03-02 14:09 : errors rise" / …, one event a line or a
 * paragraph): a run of consecutive top-level paragraphs, each of whose lines opens with a date and a
 * time of day, at least three lines in all. Read only when the document has no other timeline, never in
 * an action-items or a 5-whys section, and only when there is exactly one such run (two runs are not
 * one timeline). The section it returns spans the heading above the run (where a finding about the
 * whole timeline goes) to the end of the run; the run's paragraphs are the blocks to read.
 */
export function paragraphChronology(doc: PostmortemDocument): { section: Section; nodes: Paragraph[] } | undefined {
  const top = doc.root.children;
  const work = doc.sections.filter((s) => s.kind === 'action-items' || s.kind === 'five-whys');
  const inWork = (at: number) => work.some((s) => at >= s.contentStart && at < s.end);
  let found: Paragraph[] | undefined;
  let run: Paragraph[] = [];
  let lines = 0;
  const close = (): boolean => {
    if (lines >= MIN_LINES) {
      if (found) return false;
      found = run;
    }
    run = [];
    lines = 0;
    return true;
  };
  for (const node of top) {
    const at = startOf(node);
    const dated = node.type === 'paragraph' && !inWork(at) && everyLineDated(doc.text.slice(at, endOf(node)));
    if (dated) {
      run.push(node);
      lines += dated;
    } else if (!close()) return undefined;
  }
  if (!close() || !found) return undefined;
  return chronologyOf(doc, found);
}

/** A timeline section made for the run of blocks `found`, held by the innermost section around it (or none, before any heading). */
function chronologyOf<T extends Paragraph | List>(doc: PostmortemDocument, found: T[]): { section: Section; nodes: T[] } {
  const first = startOf(found[0]);
  const last = endOf(found[found.length - 1]);
  let holder: Section | undefined;
  for (const s of doc.sections) if (s.contentStart <= first && last <= s.end) holder = s;
  const section: Section = {
    heading: holder?.heading ?? { type: 'heading', depth: 6, children: [] },
    title: holder?.title ?? '',
    depth: 6,
    kind: 'timeline',
    start: holder ? holder.start : first,
    contentStart: holder ? holder.contentStart : first,
    end: last,
    parent: holder,
    children: [],
  };
  chronologySections.add(section);
  return { section, nodes: found };
}

/** The number of lines of a paragraph's text when every one opens with a date and a time of day, else 0. */
function everyLineDated(text: string): number {
  const lines = text.split(/\r?\n|\r/).filter((l) => l.trim() !== '');
  if (!lines.length || lines.length > 200) return 0;
  for (const l of lines) if (!datedEventLine(l.replace(/<br\s*\/?>\s*$/i, ''))) return 0;
  return lines.length;
}

/**
 * A sentence that introduces the timeline below it and ends with a colon: "Here is the timeline of what happened, all
 * times in Pacific Time:", "The sequence of events (UTC) was as follows:", "타임라인은 다음과 같습니다:", "시간순으로
 * 정리하면 다음과 같다:". It names the timeline (or the order of events) in its own words.
 */
const LEAD_IN_WORDS = /\b(?:timeline|chronology|(?:sequence|order|course)\s(?:of\s)?(?:the\s)?events)\b|타임라인|시간\s?순|시간대별|경과/i;

/** Whether a list item's first paragraph opens with a time of day. */
function timedItem(doc: PostmortemDocument, first: Paragraph | undefined): boolean {
  if (first?.type !== 'paragraph') return false;
  const at = startOf(first);
  return findTimeOfDay(doc.text.slice(at, Math.min(endOf(first), at + 200)))?.leading === true;
}

/**
 * A timeline introduced by a lead-in sentence instead of a heading ("# Technical details" / "Here is the timeline of
 * what happened, all times in Pacific Time:" / a list of "* 11:45, …" items): a top-level paragraph of at most 300
 * characters that names the timeline and ends with a colon, right before a list of which at least three items, and at
 * least half, open with a time of day. Read only when the document has no other timeline, never in an action-items or a
 * 5-whys section, and only when there is exactly one such list. The blocks read are the lead-in (its zone note: "all
 * times in Pacific Time") and the list; the section spans the heading above them, like {@link paragraphChronology}'s.
 */
export function leadInChronology(doc: PostmortemDocument): { section: Section; nodes: (Paragraph | List)[] } | undefined {
  const top = doc.root.children;
  const work = doc.sections.filter((s) => s.kind === 'action-items' || s.kind === 'five-whys');
  const inWork = (at: number) => work.some((s) => at >= s.contentStart && at < s.end);
  let found: [Paragraph, List] | undefined;
  for (let i = 0; i + 1 < top.length; i++) {
    const p = top[i];
    const list = top[i + 1];
    if (p.type !== 'paragraph' || list.type !== 'list') continue;
    const at = startOf(p);
    const lead = doc.text.slice(at, endOf(p)).trim();
    if (lead.length > 300 || !/[:：]$/u.test(lead) || !LEAD_IN_WORDS.test(lead) || inWork(at)) continue;
    const items = list.children.length;
    let timed = 0;
    for (const li of list.children) if (timedItem(doc, li.children[0] as Paragraph | undefined)) timed++;
    if (timed < MIN_LINES || timed * 2 < items) continue;
    if (found) return undefined;
    found = [p, list];
  }
  if (!found) return undefined;
  return chronologyOf(doc, found);
}
