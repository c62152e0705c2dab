import type { List, ListItem, Table } from 'mdast';
import type { PostmortemDocument } from '../model/document';
import { endOf, plainText, startOf } from '../model/markdown';
import { findTimeOfDay, findZone, formatOffset, formatTimelineTime, parseZone, type TimeOfDay, type TimeStyle, type ZoneInfo } from '../model/time';
import { timelineStyle, timelineZone } from '../model/timeline';
import type { Lang } from '../types';
import { appendSection, blocksIn, indentOf, itemSeparator, lastLeafItem, newListItemLead, sectionContentEnd, type Insertion } from './insert';

/** Options for inserting a timeline entry. */
export interface TimelineEntryOptions {
  /** The instant to write (the current time in the command). */
  now: Date;
  /** Language of a heading the edit has to create (the document's language by default). */
  lang?: Lang;
  /**
   * Minutes east of UTC of the user's clock, used when the document names no zone (so the new
   * entry says which zone it is in). Default: the runtime's local offset.
   */
  localOffset?: number;
}

/** Heading of a new timeline section. */
export const TIMELINE_HEADING: Record<Lang, string> = { en: 'Timeline', ko: '타임라인' };

/** Separator between time and text when the document's entries show none. */
const DEFAULT_SEPARATOR = ' — ';

/** The text of a list item's first line of content (its first paragraph). */
function itemText(doc: PostmortemDocument, item: ListItem): { text: string; start: number } | undefined {
  const p = item.children.find((c) => c.type === 'paragraph');
  if (!p) return undefined;
  return { text: doc.text.slice(startOf(p), endOf(p)), start: startOf(p) };
}

/** What comes between a leading time (and its zone and closing markup) and the entry's text. */
function separatorAfter(text: string, time: TimeOfDay): string {
  let at = time.zone ? time.zone.end : time.end;
  const wrap = time.style.wrap;
  if (wrap && text.startsWith(wrap, at)) at += wrap.length;
  if (text[at] === ')' || text[at] === ']') at++;
  // A bounded, anchored pattern: spaces, one dash/colon/bar/arrow, spaces.
  const m = /^[ \t]{0,3}(?:[-–—:|>→~][ \t]{0,3})?/.exec(text.slice(at, at + 12));
  const sep = m ? m[0] : '';
  return sep === '' ? ' ' : sep;
}

/**
 * The zone a new entry is written in: the timeline model's (front matter, a note such as "All
 * times KST", the entries' own), else a zone named in the section text or the last entry.
 */
function documentZone(doc: PostmortemDocument, sectionText: string, last: TimeOfDay | undefined): ZoneInfo | undefined {
  return timelineZone(doc) ?? last?.zone?.zone ?? findZone(sectionText)?.zone;
}

interface Formatted {
  time: string;
  date: string;
}

function format(now: Date, style: TimeStyle, zone: ZoneInfo | undefined, options: TimelineEntryOptions): Formatted {
  const zoneForClock = zone ?? localZone(now, options);
  const time = formatTimelineTime(now, { zone: zoneForClock, style });
  const date = formatTimelineTime(now, { zone: zoneForClock, style: { clock: 'iso' } }).slice(0, 10);
  return { time, date };
}

/** The user's clock as a fixed-offset zone (so that it can be named after a time). */
function localZone(now: Date, options: TimelineEntryOptions): ZoneInfo {
  const offset = options.localOffset ?? -now.getTimezoneOffset();
  return parseZone(offset === 0 ? 'UTC' : formatOffset(offset)) ?? { label: formatOffset(offset), offset };
}

/** The style for a timeline without entries: 24-hour time, naming the zone unless the document does. */
function freshStyle(zoneKnown: boolean, zone: ZoneInfo): TimeStyle {
  return zoneKnown ? { clock: '24h' } : { clock: '24h', zone: true, zoneLabel: zone.label };
}

/** A new row after the table's last row: the time in the time column, the cursor in the next cell. */
function tableRow(doc: PostmortemDocument, table: Table, sectionText: string, options: TimelineEntryOptions): Insertion {
  const header = table.children[0];
  const rows = table.children.slice(1);
  const headers = header.children.map((c) => plainText(c).trim().toLowerCase());
  const cellTexts = (row: Table['children'][number]) => row.children.map((c) => doc.text.slice(startOf(c), endOf(c)).replace(/^\|/, '').replace(/\|$/, ''));
  let timeCol = -1;
  let last: TimeOfDay | undefined;
  for (let r = rows.length - 1; r >= 0 && timeCol < 0; r--) {
    const cells = cellTexts(rows[r]);
    for (let i = 0; i < cells.length; i++) {
      const t = findTimeOfDay(cells[i].trim());
      if (t && t.leading) {
        timeCol = i;
        last = t;
        break;
      }
    }
  }
  if (timeCol < 0) timeCol = Math.max(0, headers.findIndex((h) => /time|when|시간|시각|일시/.test(h)));
  const dateCol = headers.findIndex((h, i) => i !== timeCol && /^(?:date|day|날짜|일자)$/.test(h));
  const zone = documentZone(doc, sectionText, last);
  const zoneKnown = zone !== undefined;
  const clockZone = zone ?? localZone(options.now, options);
  const style = timelineStyle(doc) ?? last?.style ?? freshStyle(zoneKnown || headers.some((h) => findZone(h) !== undefined), clockZone);
  const { time, date } = format(options.now, style, zone, options);

  const lastRow = table.children[table.children.length - 1];
  const lastLine = doc.text.slice(startOf(lastRow), endOf(lastRow));
  const leading = lastLine.trimStart().startsWith('|');
  const trailing = lastLine.trimEnd().endsWith('|');
  const n = header.children.length;
  const descCol = timeCol + 1 < n ? timeCol + 1 : timeCol === 0 ? 0 : timeCol - 1;
  let row = indentOf(doc, lastRow) + (leading ? '|' : '');
  let cursorInRow = -1;
  for (let i = 0; i < n; i++) {
    if (i > 0 || leading) row += ' ';
    if (i === timeCol) row += time;
    else if (i === dateCol && !style.date) row += date;
    if (i === descCol && i !== timeCol) cursorInRow = row.length;
    if (i < n - 1 || trailing) row += ' |';
  }
  if (cursorInRow < 0) cursorInRow = row.length;
  const at = endOf(table);
  const eol = doc.lines.eol;
  return { edits: [{ start: at, end: at, newText: eol + row }], cursor: at + eol.length + cursorInRow };
}

/** A new list item after the list's last entry, written like it. */
function listItem(doc: PostmortemDocument, list: List, sectionText: string, options: TimelineEntryOptions): Insertion | undefined {
  const leaf = lastLeafItem(list);
  if (!leaf) return undefined;
  const entry = itemText(doc, leaf.item);
  const last = entry ? findTimeOfDay(entry.text) : undefined;
  const zone = documentZone(doc, sectionText, last);
  const clockZone = zone ?? localZone(options.now, options);
  const style = timelineStyle(doc) ?? last?.style ?? freshStyle(zone !== undefined, clockZone);
  const { time } = format(options.now, style, zone, options);
  const sep = last && last.leading && entry ? separatorAfter(entry.text, last) : DEFAULT_SEPARATOR;
  const at = endOf(leaf.item);
  const newText = itemSeparator(doc, leaf.list) + newListItemLead(doc, leaf.list, leaf.item) + time + sep;
  return { edits: [{ start: at, end: at, newText }], cursor: at + newText.length };
}

/**
 * The edit that adds a timeline entry for `now`, written the way the document writes them: a
 * table row or a list item after the last entry, with the time in the same clock style (24h,
 * 12h, 오후 2시, ISO, with date, zone or bold as the last entry has them) read in the document's
 * zone (front matter `timezone`, else the last entry's zone, else a note such as "All times KST",
 * else the user's clock, named after the time). Without a timeline section, one is appended.
 * The cursor ends where the entry's text goes. Never throws.
 */
export function timelineEntryInsertion(doc: PostmortemDocument, options: TimelineEntryOptions): Insertion {
  const lang = options.lang ?? doc.language;
  const section = doc.sectionsOf('timeline')[0];
  if (!section) {
    const zone = timelineZone(doc);
    const clockZone = zone ?? localZone(options.now, options);
    const { time } = format(options.now, freshStyle(zone !== undefined, clockZone), zone, options);
    return appendSection(doc, TIMELINE_HEADING[lang], `- ${time}${DEFAULT_SEPARATOR}`);
  }
  const sectionText = doc.text.slice(section.start, Math.min(section.end, section.start + 20000));
  const blocks = blocksIn(doc, section);
  const block = blocks[blocks.length - 1];
  if (block?.type === 'table' && block.children.length > 0) return tableRow(doc, block, sectionText, options);
  if (block?.type === 'list') {
    const ins = listItem(doc, block, sectionText, options);
    if (ins) return ins;
  }
  const zone = documentZone(doc, sectionText, undefined);
  const clockZone = zone ?? localZone(options.now, options);
  const { time } = format(options.now, freshStyle(zone !== undefined, clockZone), zone, options);
  const at = sectionContentEnd(doc, section);
  const eol = doc.lines.eol;
  const newText = `${eol}${eol}- ${time}${DEFAULT_SEPARATOR}`;
  return { edits: [{ start: at, end: at, newText }], cursor: at + newText.length };
}
