import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import type { PostmortemDocument } from '../document';
import { endOf, plainText, startOf } from '../markdown';
import { classifyHeading, type Section } from '../sections';
import {
  dayNumber,
  findTimeOfDay,
  leadingDate,
  type TimeStyle,
  type ZoneInfo,
} from '../time';
import { Extractor } from './forms';
import { resolveGroup } from './ordering';
import type { RawEntry, Timeline, TimelineEntry, ZoneNote } from './types';
import { documentNoteZone, frontMatterContext, type FrontMatterContext } from './zones';
import { withoutStoryLists } from './prose';
import { leadInChronology, paragraphChronology } from './chronology';

export type { DateSource, Timeline, TimelineEntry, TimelineGroup, ZoneSource } from './types';

/*
 * The timeline of a postmortem as teams write it. One file per thing read:
 * - forms.ts: which blocks are entries and where their time, date and zone come from;
 * - ordering.ts: dates, midnight and the 12-hour clock, so that entries can be compared;
 * - zones.ts: the zone a timeline states (heading, note, front matter, anywhere in the document);
 * - types.ts: the model's types. This file puts them together.
 *
 * What counts as a timeline entry (the decisions, in one place):
 *
 * - A list item of a timeline section (sub-sections included). Nested items under an item are
 *   details of it, not entries — except under an item that has no time of its own while its
 *   nested items do ("- Detection" / "  - 14:51 …"), or an item that is only a date
 *   ("- 2015-10-21"): those are group labels, and their nested items are the entries.
 * - A table row after the header row. The time comes from the column headed Time / 시각 / 시간 /
 *   일시 / Timestamp / When when there is one, else from the first cell that opens with a time,
 *   else from any cell. A table with neither a time column nor a time or date is not read.
 * - A paragraph line that opens with a time (the pasted "14:51 뉴스 리포트" form of seed 002, one
 *   line per paragraph, several lines in one, or lines split by `<br>`). Lines without a time that
 *   follow are part of the entry above; paragraphs without a leading time are prose.
 * - A heading that opens with a time or a placeholder (`### 16:20`, `### 1X:XX`): what is under it
 *   belongs to it. When most items of the list under it open with times (`### 10:45-11:37 AM`
 *   over `- 10:45: …`), the heading names a phase and the items are the entries.
 * - Not entries: empty items, filler ("…", "(중략)"), date-only lines and items (they set the date
 *   of what follows), zone notes ("- All times UTC"), notes ("Note: …", "참고: …", "※"), link lists,
 *   summary figures ("MTTD: 5m", "대응 시간: 3분"), untimed items after a timeline table, and a list
 *   without any time or date told between timed entries (a list of hosts) — unless it comes right
 *   after a heading or date line that is only a date ("### 2021-04-15"): then it tells that day's events.
 *
 * Dates come from the entry (before or after its time, or a date column), else the latest date
 * above it in the timeline (a dated heading "### 2015-10-21", "### Day 2", a date line, the heading
 * "Timeline (2015-10-21)", or an earlier entry's own date), else the front matter
 * (`incident_start`, `start`, `started`, `start_time`, `date`). A yearless date ("Oct 21",
 * "10월 21일", "05-03 14:00") takes the year of the nearest full date.
 *
 * Midnight: within one date context, an entry whose time is more than 12 hours before the
 * previous entry's is taken to be on the next day (23:50 → 00:10). A smaller step back (15:10 →
 * 15:02) stays on the same day, so `timeline-order` reports it. A timeline with no hour past 12
 * that steps from late morning to "1:17" is on a 12-hour clock: afternoon from there on.
 *
 * Zones: the entry's own (`14:51 UTC`), else a table header ("Time (KST)") or a sub-heading
 * ("### Day 2 (UTC)"), else the timeline heading or a note in the timeline ("All times UTC",
 * "모든 시각은 KST"), else such a note or heading anywhere in the document, else front matter
 * `timezone`, else the first zone an entry names, else a time written with its zone anywhere in
 * the document (an overview row "발생 일시 | 2025-04-02 10:05 KST").
 */

/**
 * Timelines written under a list item instead of a heading ("4. 조치 내역 타임라인" or "- Timeline
 * (UTC):" over a nested list of entries), outside any timeline section: each is a section of its
 * own whose heading is the item's label and whose blocks are the item's nested lists.
 */
function listItemTimelines(doc: PostmortemDocument, sections: readonly Section[]): { section: Section; nodes?: List[] }[] {
  const out: { section: Section; nodes?: List[] }[] = [];
  const inTimeline = (offset: number) => sections.some((s) => offset >= s.contentStart && offset < s.end);
  // Action items and 5 whys may name a timeline ("- Publish the timeline:") without being one.
  const work = doc.sections.filter((s) => s.kind === 'action-items' || s.kind === 'five-whys');
  const inWorkArea = (offset: number) => work.some((s) => offset >= s.contentStart && offset < s.end);
  // The nested list tells events: at least one of its items opens with a time or a date.
  const hasTimedItem = (list: List) =>
    list.children.some((li) => {
      const p = li.children[0];
      if (p?.type !== 'paragraph') return false;
      const t = doc.text.slice(startOf(p), Math.min(endOf(p), startOf(p) + 200));
      return findTimeOfDay(t)?.leading === true || leadingDate(t) !== undefined;
    });
  // A chronology: at least three items, three in four of them opening with a date and a time of
  // day ("2023-09-18 13:42 Team noticed …"). Under a label that does not say "timeline" ("- **Context**:")
  // it is read as the timeline only when the document has no other one.
  const noOtherTimeline = sections.length === 0;
  const isChronology = (list: List) => {
    const n = list.children.length;
    if (n < 3) return false;
    let dated = 0;
    for (const li of list.children) {
      const p = li.children[0];
      if (p?.type !== 'paragraph') continue;
      const t = doc.text.slice(startOf(p), Math.min(endOf(p), startOf(p) + 200));
      const time = findTimeOfDay(t);
      if (time?.leading === true && leadingDate(t) !== undefined) dated++;
    }
    return dated * 4 >= n * 3;
  };
  const datedShare = (lists: readonly List[]) => {
    let n = 0;
    let dated = 0;
    for (const list of lists)
      for (const li of list.children) {
        n++;
        const p = li.children[0];
        if (p?.type !== 'paragraph') continue;
        const t = doc.text.slice(startOf(p), Math.min(endOf(p), startOf(p) + 200));
        if (findTimeOfDay(t)?.leading === true && leadingDate(t) !== undefined) dated++;
      }
    return { n, dated };
  };
  const labelled: { li: ListItem; name: string; first: Paragraph; nested: List[]; parent: Section | undefined; end: number }[] = [];
  // The dated lists that continue a chronology after a code block at column 0 ("- **Context**:" … "```" … "  - 2023-01-11 14:34 …"):
  // the fence ends the list, and the entries after it are a new list that goes on with the same chronology.
  let continuation: List[] = [];
  const visit = (list: List, depth: number, parent: Section | undefined): void => {
    for (const li of list.children) {
      const [first, ...rest] = li.children;
      const nested = rest.filter((c): c is List => c.type === 'list');
      if (first?.type === 'paragraph' && nested.length) {
        const label = plainText(first).replace(/\s+/g, ' ').trim();
        const name = label.replace(/[:：]\s*$/u, '');
        if (name.length <= 40 && !/[.!?。]$/u.test(name) && classifyHeading(name) === 'timeline' && !inWorkArea(startOf(li)) && nested.some(hasTimedItem)) {
          out.push({
            section: {
              heading: { type: 'heading', depth: 6, children: [] },
              title: name,
              depth: 6,
              kind: 'timeline',
              start: startOf(li),
              contentStart: endOf(first),
              end: endOf(li),
              parent,
              children: [],
            },
            nodes: nested,
          });
          continue;
        }
        if (noOtherTimeline && name.length <= 40 && !/[.!?。]$/u.test(name) && (first.children.length === 1 && first.children[0].type === 'strong' || /[:：]\s*$/u.test(label)) && !inWorkArea(startOf(li)) && nested.length === 1) {
          const lists = depth === 0 && li === list.children[list.children.length - 1] && continuation.length ? [nested[0], ...continuation] : [nested[0]];
          const share = datedShare(lists);
          if (isChronology(nested[0]) || (lists.length > 1 && share.n >= 3 && share.dated * 4 >= share.n * 3)) {
            labelled.push({ li, name, first, nested: lists, parent, end: endOf(lists[lists.length - 1]) });
            continue;
          }
        }
      }
      if (depth < 3) for (const n of nested) visit(n, depth + 1, parent);
    }
  };
  // "- **Context**:" as the last item of its list, then one paragraph per entry ("15:35 – Plan pushed"), with
  // sub-lists between them, up to a heading or the next bold field of the report ("- **Resolution**: …").
  const paragraphRuns: { li: ListItem; name: string; first: Paragraph; end: number; parent: Section | undefined }[] = [];
  const paragraphRun = (list: List, at: number) => {
    const li = list.children[list.children.length - 1];
    const first = li?.children[0];
    if (!li || li.children.length !== 1 || first?.type !== 'paragraph' || first.children[0]?.type !== 'strong' || first.children.length > 2) return undefined;
    // "**Context**:" or "**Context:**": the bold label and at most a colon after it.
    if (first.children.length === 2 && !(first.children[1].type === 'text' && /^[ \t]*[:：][ \t]*$/u.test(first.children[1].value))) return undefined;
    const label = plainText(first).replace(/\s+/g, ' ').trim();
    const name = label.replace(/[:：]\s*$/u, '');
    if (!/[:：]$/u.test(label)) return undefined;
    if (!name || name.length > 40 || inWorkArea(startOf(li))) return undefined;
    let paragraphs = 0;
    let timed = 0;
    let end = 0;
    for (let j = at + 1; j < top.length && paragraphs < 400; j++) {
      const n = top[j];
      if (n.type === 'paragraph') {
        const t = doc.text.slice(startOf(n), Math.min(endOf(n), startOf(n) + 200));
        paragraphs++;
        if (findTimeOfDay(t)?.leading === true) timed++;
        else if (paragraphs === 1) return undefined;
        end = endOf(n);
      } else if (n.type === 'list') {
        const p = n.children[0]?.children[0];
        if (p?.type === 'paragraph' && p.children[0]?.type === 'strong') break;
        if (!paragraphs) return undefined;
        end = endOf(n);
      } else break;
    }
    return timed >= 3 && timed * 4 >= paragraphs * 3 ? { li, name, first, end } : undefined;
  };
  let si = 0;
  let current: Section | undefined;
  const top = doc.root.children;
  for (let i = 0; i < top.length; i++) {
    const node = top[i];
    const at = startOf(node);
    while (si < doc.sections.length && doc.sections[si].start <= at) current = doc.sections[si++];
    if (node.type !== 'list' || inTimeline(at)) continue;
    continuation = [];
    // Only a list that ends with a bold label over a nested list ("- **Context**:" + entries) can go on after a code block.
    const lastItem = node.children[node.children.length - 1];
    const lastLabel = lastItem?.children[0];
    if (noOtherTimeline && lastLabel?.type === 'paragraph' && lastLabel.children[0]?.type === 'strong' && lastItem.children.some((c) => c.type === 'list')) {
      // Code blocks and the dated lists between them, up to anything else (a list that is not dated ends it).
      let sawCode = false;
      for (let j = i + 1; j < top.length && continuation.length < 50; j++) {
        const n = top[j];
        if (n.type === 'code') {
          sawCode = true;
          continue;
        }
        if (n.type !== 'list' || !sawCode) break;
        // The report's next fields may follow in the same list ("- **Resolution**: …"): the chronology ends before the first one.
        const cut = n.children.findIndex((li) => {
          const p = li.children[0];
          return p?.type === 'paragraph' && p.children[0]?.type === 'strong';
        });
        const kept = cut < 0 ? n : cut === 0 ? undefined : ({ ...n, children: n.children.slice(0, cut), position: n.position && n.children[cut - 1].position ? { start: n.position.start, end: n.children[cut - 1].position!.end } : n.position } as List);
        if (!kept) break;
        const share = datedShare([kept]);
        if (!share.n || share.dated * 2 < share.n) break;
        continuation.push(kept);
        if (kept !== n) break;
        sawCode = false;
      }
    }
    visit(node, 0, current);
    if (noOtherTimeline && paragraphRuns.length < 2) {
      const run = paragraphRun(node, i);
      if (run) paragraphRuns.push({ ...run, parent: current });
    }
    if (out.length > 20) break;
  }
  // One chronology of paragraphs after a bare label, only when nothing else is the timeline.
  if (!out.length && !labelled.length && paragraphRuns.length === 1) {
    const { li, name, first, end, parent } = paragraphRuns[0];
    out.push({ section: { heading: { type: 'heading', depth: 6, children: [] }, title: name, depth: 6, kind: 'timeline', start: startOf(li), contentStart: Math.max(endOf(first), endOf(li)), end, parent, children: [] } });
  }
  // One unnamed chronology, and only when nothing else is the timeline.
  if (!out.length && labelled.length === 1) {
    const { li, name, first, nested, parent, end } = labelled[0];
    out.push({
      section: { heading: { type: 'heading', depth: 6, children: [] }, title: name, depth: 6, kind: 'timeline', start: startOf(li), contentStart: endOf(first), end: Math.max(end, endOf(li)), parent, children: [] },
      nodes: nested,
    });
  }
  return out;
}

/**
 * A section's raw entries, with how far each is to be moved to its place (the reader keeps the
 * entries of a lint session's untouched blocks between parses: see `blockReads` in forms.ts).
 */
function readSection(doc: PostmortemDocument, section: Section, fm: FrontMatterContext, nodes?: readonly Nodes[]): { raws: readonly RawEntry[]; shifts?: readonly number[]; sectionZone?: ZoneNote; daysCounted?: boolean } {
  return new Extractor(doc, section, fm, nodes).run();
}

/**
 * A timeline told as prose under its sub-headings ("### API outages" and a paragraph each), with no time, date or
 * placeholder anywhere: a list inside a minority of those sub-sections details its sub-section (the causes of one
 * incident), it is not a run of entries missing their times. Lists under most sub-headings ("### Detection" /
 * "- An alert fired") stay entries.
 */
function withoutNarrativeLists(section: Section, raws: readonly RawEntry[], shifts?: readonly number[]): { raws: readonly RawEntry[]; shifts?: readonly number[] } {
  const same = { raws, shifts };
  const subs = section.children;
  if (!raws.length || subs.length < 2) return same;
  const withLists = new Set<Section>();
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (r.kind !== 'list' || r.time || r.placeholder || r.date || r.coarse) return same;
    const at = r.start + (shifts?.[i] ?? 0);
    const sub = subs.find((c) => c.contentStart <= at && at < c.end);
    if (!sub) return same;
    withLists.add(sub);
  }
  return withLists.size * 2 < subs.length ? { raws: [], shifts: [] } : same;
}

const spread = (r: { raws: readonly RawEntry[]; shifts?: readonly number[] }): [readonly RawEntry[], (readonly number[])?] => [r.raws, r.shifts];

/** Extracts the timeline entries of a document. Never throws. */
export function extractTimeline(doc: PostmortemDocument): Timeline {
  const timelines = doc.sectionsOf('timeline');
  // A timeline heading nested in another one is part of the outer timeline.
  const tops = timelines.filter((s) => {
    for (let p = s.parent; p; p = p.parent) if (p.kind === 'timeline') return false;
    return true;
  });
  const timeline: Timeline = { entries: [], groups: [] };
  const fromItems: { section: Section; nodes?: readonly Nodes[] }[] = listItemTimelines(doc, tops);
  // No timeline anywhere else: a run of dated event lines under a section of another name ("## 상세").
  if (!tops.length && !fromItems.length) {
    const chronology = paragraphChronology(doc) ?? leadInChronology(doc);
    if (chronology) fromItems.push(chronology);
  }
  if (!tops.length && !fromItems.length) return timeline;
  const fm = frontMatterContext(doc);
  let docNote: ZoneNote | undefined | null = null;
  const all: { section: Section; nodes?: readonly Nodes[] }[] = [...tops.map((section) => ({ section })), ...fromItems].sort((a, b) => a.section.start - b.section.start);
  for (const { section, nodes } of all) {
    const read = readSection(doc, section, fm, nodes);
    const { sectionZone } = read;
    const { raws, shifts } = nodes ? read : withoutStoryLists(doc, section, ...spread(withoutNarrativeLists(section, read.raws, read.shifts)));
    let declared = sectionZone;
    let mentioned: ZoneNote | undefined;
    if (!declared) {
      if (docNote === null) docNote = documentNoteZone(doc, all.map((t) => t.section));
      if (docNote?.source === 'document') declared = docNote;
      else if (fm.zone) declared = { zone: fm.zone, source: 'frontMatter' };
      // A time written with a zone elsewhere ("발생 일시 | … 10:05 KST") says which zone the team
      // reads its clocks in, but less surely than a note: the timeline's own zones come first.
      else if (docNote) mentioned = docNote;
      // So does the offset of a publication date in the front matter ("date: 2025-05-30T20:00:44-04:00").
      else if (fm.dateZone) mentioned = { zone: fm.dateZone, source: 'mentioned' };
    }
    const group = resolveGroup(section, raws, declared, mentioned, shifts);
    if (read.daysCounted) group.dayGranular = true;
    timeline.groups.push(group);
    timeline.entries.push(...group.entries);
  }
  const first = timeline.groups.find((g) => g.zone);
  if (first?.zone) {
    timeline.zone = first.zone;
    timeline.zoneSource = first.zoneSource;
  }
  return timeline;
}

/**
 * The zone the document's timeline uses: stated (timeline heading or note, a note elsewhere,
 * front matter `timezone`) or, failing that, the first zone an entry names; undefined when the
 * document says none. Front matter alone counts even without a timeline section.
 */
export function timelineZone(doc: PostmortemDocument): ZoneInfo | undefined {
  const t = doc.timeline;
  if (t.zone) return t.zone;
  const fm = frontMatterContext(doc);
  return fm.zone ?? fm.dateZone;
}

/**
 * How the document writes timeline times (the most common style among its entries, the later
 * one on a tie), for inserting a new entry alike; undefined when no entry has a time.
 */
export function timelineStyle(doc: PostmortemDocument): TimeStyle | undefined {
  // Asked once per untimed entry (its message's example, its fixes): computed once per document.
  if (styles.has(doc)) return styles.get(doc);
  const style = mostCommonStyle(doc);
  styles.set(doc, style);
  return style;
}

const styles = new WeakMap<PostmortemDocument, TimeStyle | undefined>();

/**
 * A style's shape without its zone spelling, as a key, by style object: an entry's style is made
 * once when its time is read, and a lint session keeps the entries' times of untouched blocks, so
 * a re-lint does not serialise every entry's style again.
 */
const shapeKeys = new WeakMap<TimeStyle, string>();

function shapeKey(style: TimeStyle): string {
  let key = shapeKeys.get(style);
  if (key === undefined) {
    const { zoneLabel: _label, ...shape } = style;
    void _label;
    key = JSON.stringify(shape);
    shapeKeys.set(style, key);
  }
  return key;
}

function mostCommonStyle(doc: PostmortemDocument): TimeStyle | undefined {
  const counts = new Map<string, { style: TimeStyle; n: number; last: number }>();
  doc.timeline.entries.forEach((e, i) => {
    if (!e.style) return;
    const key = shapeKey(e.style);
    const c = counts.get(key);
    if (c) {
      c.n++;
      c.last = i;
      c.style = e.style;
    } else counts.set(key, { style: e.style, n: 1, last: i });
  });
  let best: { style: TimeStyle; n: number; last: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.last > best.last)) best = c;
  return best?.style;
}

/**
 * An entry's time as written, plus what tells it apart from `other` when the written times alone
 * do not: its zone when the two zones differ, its date when the two dates differ.
 */
export function describeEntryTime(doc: PostmortemDocument, e: TimelineEntry, other?: TimelineEntry): string {
  if (e.timeStart === undefined || e.timeEnd === undefined) return '';
  let s = doc.text.slice(e.timeStart, e.timeEnd).replace(/\s+/g, ' ');
  if (!other) return s;
  if (e.zone && other.zone && e.zone !== other.zone) s += ` ${e.zone}`;
  const d = e.calendarDate;
  const od = other.calendarDate;
  // (Unless the date is part of the time as written: an ISO date-time.)
  if (d && od && dayNumber(d) !== dayNumber(od) && e.style?.clock !== 'iso') s += ` (${e.date ?? `${d.month}/${d.day}`})`;
  return s;
}
