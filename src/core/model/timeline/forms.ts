/** Timeline entry forms: which blocks of a timeline section are entries, and what each one says. */
import type { List, ListItem, Nodes, Paragraph, Table } from 'mdast';
import type { PostmortemDocument } from '../document';
import { endOf, originOf, plainText, startOf } from '../markdown';
import type { Section } from '../sections';
import {
  columnMilitaryTime,
  dateOnly,
  dottedClockTime,
  dayNumber,
  findDate,
  findTimeOfDay,
  dateWithPartOfDay,
  leadingDate,
  leadingDateEnd,
  placeholderDate,
  placeholderTime,
  relativeTime,
  wordTime,
  type CalendarDate,
  type TimeOfDay,
} from '../time';
import type { Context, DateSource, RawEntry, ZoneNote } from './types';
import { bareWords, headingZone, leadNoteZone, noteZone, type FrontMatterContext } from './zones';
import { dottedClock } from './dotted';

// A kramdown / Jekyll inline attribute list alone: "{: .table.table-striped }", "{:.note}", "{: #id .class key="v"}".
const ATTRIBUTE_LIST = /^\{:[ \t]{0,3}[#.\w][^{}\n]{0,120}\}$/u;
/** Items that stand for omitted entries rather than being one ("…", "(중략)", "(snip)"). */
const FILLER = new Set(['', '중략', '생략', '이하 생략', '이하생략', 'snip', 'snipped', 'omitted', 'truncated', 'etc']);
export const TIME_HEADER =
  /^(?:times?|timestamps?|when|hour|date\s?(?:[/&+,]|and)?\s?time|datetime|local\s?time|utc|kst|시각|시간|일시|시점|발생\s?(?:시각|시간|일시)|(?:날짜|일자)\s?(?:및|\/)?\s?(?:시각|시간))(?![a-z])/i;
export const DATE_HEADER = /^(?:date|day|날짜|일자)(?![a-z])/i;
/** A sub-heading naming a day of the incident without a date: "Day 2", "Day 2 (UTC)", "2일차", "둘째 날" is not read. */
const DAY_HEADING = /^(?:day\s?(\d{1,2})|(\d{1,2})\s?일차|제?\s?(\d{1,2})\s?일째)(?![\dA-Za-z])/i;
/**
 * A summary figure, not an event: `MTTD: 5m`, `Time to resolve: 1h 20m`, `대응 시간: 3분`,
 * `총 장애 시간: 약 1시간`. A label without digits, a colon, then a duration.
 */
const METRIC =
  /^[^:：\d\n]{1,40}[:：]\s{0,3}(?:약\s?|~\s?|about\s|approx\.?\s|approximately\s)?\d{1,5}(?:[.,]\d{1,2})?\s?(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|초|분|시간|일)(?![A-Za-z])/i;
/** A note in a timeline, not an entry: "Note: …", "Background: …", "참고: …", "배경: …", "※ …", "(times approximate)". */
const NOTE_LEAD = /^(?:\(?(?:notes?|nb|n\.b\.|caveat|background|context|참고|주의|비고|주|배경|맥락)\s?[:：)]|※)/i;

/** Words that move a timeline on to a later day without a date. */
const NEXT_DAY = /\b(?:the\s)?(?:next|following)\s(?:day|morning|afternoon|evening|night)\b|\bovernight\b|다음\s?날|익일|이튿날/i;

/** Whether an item only marks omitted entries ("…", "(중략)"). */
function isFiller(text: string): boolean {
  return text.length <= 30 && FILLER.has(bareWords(text));
}

function withYear(d: CalendarDate, year: number | undefined): CalendarDate {
  return d.year === undefined && year !== undefined ? { ...d, year } : d;
}

/** The end of the first line starting at `from` (before `limit`), trailing spaces trimmed. */
function firstLineEnd(text: string, from: number, limit: number): number {
  let e = from;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  while (e > from && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

/** What the reader carries from one top-level block to the next, besides the entries read so far (no heading entry open). */
interface ReaderState {
  ctx: Context;
  notes: ZoneNote | undefined;
  sawTimedTable: boolean;
  pendingBreak: boolean;
}

/**
 * What one top-level block of a timeline section gave, kept between the parses of a lint session
 * by the block's origin ({@link originOf}: same origin, same tree, positions moved by one offset):
 * the state it was read in (as a key), its entries as read when the block started at `at`, and
 * the state after it. A block read again in the same state gives the same entries, moved: so an
 * edit re-reads only the blocks of the chunks it touched (and, when it changes what the reader
 * carries on, such as a date, the blocks after it until the state is again as before).
 */
const blockReads = new WeakMap<Nodes, { key: string; at: number; raws: RawEntry[]; after: ReaderState }>();
/** A state's parts as keys, by object (contexts and notes are replaced, never changed). */
const partKeys = new WeakMap<object, string>();
function partKey(o: object | undefined): string {
  if (!o) return '';
  let k = partKeys.get(o);
  if (k === undefined) partKeys.set(o, (k = JSON.stringify(o)));
  return k;
}
/** Ids of block reads: entries of one read share one (see {@link withoutIllustrativeLists}), unique across reads. */
let nextBlock = 0;

export class Extractor {
  private readonly text: string;
  private readonly raws: RawEntry[] = [];
  private notes: ZoneNote | undefined;
  private ctx: Context;
  /** Depth of the heading that is the current entry (`### 16:20`): what follows belongs to it. */
  private entryHeading: { depth: number; raw: RawEntry; dateOnly?: boolean } | undefined;
  /** A table with timed rows was read: untimed items after it are notes on it. */
  private sawTimedTable = false;
  /** A sub-heading that is not a date came since the last entry. */
  private pendingBreak = false;
  /** The list being read comes right after a day label (see `Context.dayOpen`). */
  private underDay = false;
  /** Id of the read of the top-level block being read. */
  private blockIndex = 0;
  /** The section writes its times with a dot (`10.14 …`): such a time opening an entry is its time (see dotted.ts). */
  private readonly dotted: boolean;

  constructor(
    private readonly doc: PostmortemDocument,
    private readonly section: Section,
    fm: FrontMatterContext,
    /** The blocks to read, when the timeline is not a heading's section (a list item's nested lists). */
    private readonly nodes?: readonly Nodes[],
  ) {
    this.text = doc.text;
    this.dotted = dottedClock(nodes ? nodes.map((n) => doc.text.slice(startOf(n), endOf(n))).join('\n') : doc.text.slice(section.contentStart, section.end));
    this.ctx = { id: 0, year: fm.date?.year };
    if (fm.date) {
      this.ctx.date = fm.date;
      this.ctx.dateSource = 'frontMatter';
    }
  }

  /**
   * The section's raw entries; `shifts` (when given) says by how much each one is to be moved to
   * its place in the document (entries of blocks kept from an earlier parse: not copied).
   */
  run(): { raws: RawEntry[]; shifts?: number[]; sectionZone?: ZoneNote; daysCounted?: boolean } {
    const headingDate = findDate(this.section.title);
    if (headingDate) this.setDate(headingDate.date, 'heading');
    const hz = headingZone(this.section.title);
    if (hz) this.notes = { zone: hz, source: 'section' };
    let shifts: number[] | undefined;
    for (const node of this.nodes ?? this.doc.nodesIn(this.section)) {
      this.blockIndex = ++nextBlock;
      // A block read in the same state before (outside a heading entry, which later blocks extend): its entries, moved.
      const o = this.nodes || this.entryHeading ? undefined : originOf(node);
      if (!o) {
        this.block(node);
        if (shifts) while (shifts.length < this.raws.length) shifts.push(0);
        continue;
      }
      const key = `${partKey(this.ctx)}\u0000${partKey(this.notes)}\u0000${Number(this.sawTimedTable)}${Number(this.pendingBreak)}${Number(this.dotted)}${Number(this.raws.length === 0)}`;
      const known = blockReads.get(o.origin);
      if (known && known.key === key) {
        const by = startOf(node) - known.at;
        if (by !== 0 && !shifts) shifts = new Array<number>(this.raws.length).fill(0);
        for (const r of known.raws) {
          this.raws.push(r);
          shifts?.push(by);
        }
        ({ ctx: this.ctx, notes: this.notes, sawTimedTable: this.sawTimedTable, pendingBreak: this.pendingBreak } = known.after);
        continue;
      }
      const from = this.raws.length;
      this.block(node);
      if (shifts) while (shifts.length < this.raws.length) shifts.push(0);
      if (!this.entryHeading) blockReads.set(o.origin, { key, at: startOf(node), raws: this.raws.slice(from), after: { ctx: this.ctx, notes: this.notes, sawTimedTable: this.sawTimedTable, pendingBreak: this.pendingBreak } });
    }
    const daysCounted = countsDays(this.raws);
    if (!shifts) return { raws: withoutIllustrativeLists(this.raws), sectionZone: this.notes, daysCounted };
    const keep = illustrativeFilter(this.raws);
    if (keep === ALL) return { raws: this.raws, shifts, sectionZone: this.notes, daysCounted };
    return { raws: this.raws.filter((_, i) => keep[i]), shifts: shifts.filter((_, i) => keep[i]), sectionZone: this.notes, daysCounted };
  }

  /**
   * The time of an entry's text; in a timeline that writes its times with a dot, a dotted time opening it (`10.14 …`)
   * comes before a time later in the text, and with `cued` one after a cue word ("finished at 10.02") counts too.
   */
  private timeOf(text: string, cued = false): TimeOfDay | undefined {
    const time = findTimeOfDay(text);
    if (!this.dotted || time?.leading) return time;
    return dottedClockTime(text, cued && !time) ?? time;
  }

  private setDate(date: CalendarDate, source: DateSource): void {
    const d = withYear(date, this.ctx.year);
    this.ctx = { ...this.ctx, date: d, dateSource: source, id: this.ctx.id + 1, year: d.year ?? this.ctx.year, dayIndex: undefined };
  }

  /** Prose between entries that says the day moved on ("The next morning:", "다음 날"): later times are on a later day. */
  private dayNote(text: string): void {
    if (text.length > 200 || !NEXT_DAY.test(text)) return;
    this.ctx = { ...this.ctx, id: this.ctx.id + 1, dayIndex: (this.ctx.dayIndex ?? 0) + 1 };
    this.pendingBreak = true;
  }

  private note(text: string, lead = false): void {
    if (this.notes) return;
    // Emphasis markers would glue to words ("_Times are PST._"); the note's words are what count.
    // A link's text is what it says ("documented in [UTC](https://…) time").
    const plain = text.replace(/\[([^\]\n]{0,80})\]\([^()\s]{0,500}\)/g, '$1').replace(/[*_`]/g, ' ');
    // A prose line before any entry may open with the zone and go on ("In UTC because why not").
    const z = noteZone(plain) ?? (lead ? leadNoteZone(plain.trim()) : undefined);
    if (z) this.notes = { zone: z, source: 'section' };
  }

  private block(node: Nodes): void {
    const dayOpen = this.ctx.dayOpen;
    if (dayOpen) this.ctx = { ...this.ctx, dayOpen: undefined };
    if (node.type === 'list' && this.entryHeading && this.raws[this.raws.length - 1] === this.entryHeading.raw && mostlyTimed(this.text, node)) {
      // "### 10:45-11:37 AM: Fix" over "- 10:45: …" items: the heading names a phase; the items are the entries.
      this.raws.pop();
      this.entryHeading = undefined;
    }
    if (node.type !== 'heading' && this.entryHeading) {
      // Prose and lists under a heading entry ("### 16:20") are its details.
      this.entryHeading.raw.end = endOf(node);
      return;
    }
    switch (node.type) {
      case 'heading': {
        let entryDepth: number | undefined;
        if (this.entryHeading) {
          if (node.depth > this.entryHeading.depth) {
            this.entryHeading.raw.end = endOf(node);
            return;
          }
          // A date-only heading read as an entry with nothing under it ("### 2019-02-13" then "### 09:05") labels a day.
          const eh = this.entryHeading;
          if (eh.dateOnly && eh.raw.end === eh.raw.headEnd && this.raws[this.raws.length - 1] === eh.raw) this.raws.pop();
          entryDepth = eh.depth;
          this.entryHeading = undefined;
        }
        const title = plainText(node);
        if (this.headingEntry(node.depth, startOf(node), endOf(node), title)) return;
        const d = findDate(title);
        // Among entries written one heading each, a heading that is only a date, with prose under it
        // ("### 2019-02-13" / "Backfilling finishes."), is an entry without a time of day.
        if (d && entryDepth === node.depth && dateOnly(title.trim())) {
          this.setDate(d.date, 'heading');
          const start = startOf(node);
          const end = endOf(node);
          this.addEntry({ kind: 'heading', start, end, headStart: start, headEnd: firstLineEnd(this.text, start, end), text: title.trim(), base: start });
          this.entryHeading = { depth: node.depth, raw: this.raws[this.raws.length - 1], dateOnly: true };
          return;
        }
        const day = d ? undefined : DAY_HEADING.exec(title.trim());
        if (d) this.setDate(d.date, 'heading');
        else if (day) this.ctx = { ...this.ctx, id: this.ctx.id + 1, dayIndex: Number(day[1] ?? day[2] ?? day[3]) - 1 };
        else this.pendingBreak = true;
        const z = headingZone(title);
        if (z) this.ctx = { ...this.ctx, headingZone: z };
        // A heading that is only a date (or a date and its zone): a list right under it tells that day's events.
        if (d && (dateOnly(title.trim()) || zonedDateLine(title.trim()))) this.ctx = { ...this.ctx, dayOpen: true };
        return;
      }
      case 'list':
        this.underDay = !!dayOpen;
        this.list(node);
        this.underDay = false;
        return;
      case 'table':
        this.table(node);
        return;
      case 'paragraph':
        this.paragraph(node);
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) this.note(plainText(node));
    }
  }

  /** A heading that opens with a time or a time placeholder is one entry (`### 16:20`, `### 1X:XX`). */
  private headingEntry(depth: number, start: number, end: number, title: string): boolean {
    const source = this.text.slice(start, end);
    const time = this.timeOf(source);
    const placeholder = !time?.leading && placeholderTime(source);
    if (!time?.leading && !placeholder) return false;
    const raw: RawEntry = {
      kind: 'heading',
      start,
      end,
      headStart: start,
      headEnd: firstLineEnd(this.text, start, end),
      text: title.trim(),
      time: time?.leading ? time : undefined,
      base: start,
      ctxId: 0,
    };
    if (placeholder) raw.placeholder = true;
    if (time?.date) raw.ownDate = true;
    this.addEntry(raw);
    this.entryHeading = { depth, raw: this.raws[this.raws.length - 1] };
    return true;
  }

  private addEntry(raw: Omit<RawEntry, 'ctxId' | 'date' | 'dateSource' | 'localZone'>, localZone?: ZoneNote, date?: CalendarDate): void {
    const t = raw.time;
    const own = date ?? t?.date;
    if (own && t) this.setDate(own, 'entry');
    const entry: RawEntry = { ...raw, ctxId: this.ctx.id, block: this.blockIndex };
    if (this.ctx.dayIndex) entry.dayIndex = this.ctx.dayIndex;
    if (own) entry.ownDate = true;
    if (this.pendingBreak) {
      if (t) entry.afterBreak = true;
      this.pendingBreak = false;
    }
    if (this.ctx.date) {
      entry.date = this.ctx.date;
      entry.dateSource = this.ctx.dateSource;
    }
    const zone = localZone ?? (this.ctx.headingZone ? { zone: this.ctx.headingZone, source: 'heading' as const } : undefined);
    if (zone) entry.localZone = zone;
    this.raws.push(entry);
  }

  private list(list: List): void {
    for (const item of list.children as ListItem[]) this.listItem(item);
  }

  private listItem(item: ListItem): void {
    const first = item.children[0];
    if (!first) return; // a bullet still being typed
    const nested = item.children.filter((c): c is List => c.type === 'list');
    const headStart = startOf(first);
    const headEndAll = first.type === 'paragraph' ? endOf(first) : firstLineEnd(this.text, headStart, endOf(item));
    const headText = this.text.slice(headStart, headEndAll);
    const plain = first.type === 'paragraph' ? plainText(first).trim() : headText.trim();
    const zoned = dateOnly(headText) ? undefined : zonedDateLine(headText);
    const d = zoned?.date ?? dateOnly(headText);
    if (d) {
      this.setDate(d, 'heading');
      if (zoned) this.note(zoned.zone);
      for (const n of nested) this.list(n);
      return;
    }
    const time = first.type === 'list' ? undefined : this.timeOf(headText, true);
    // A summary figure ("MTTD: 5m", "대응 시간: 3분") is not an event, even with a time in it.
    if (!time?.leading && METRIC.test(plain)) return;
    if (!time) {
      if (!plain || isFiller(plain)) return;
      if ((noteZone(plain) && !nested.length) || NOTE_LEAD.test(plain)) {
        this.note(plain);
        return;
      }
      // A link list ("- [Dashboard](…)", "- https://…") points somewhere; it does not tell events.
      if (first.type === 'paragraph' && opensWithLink(first)) return;
      // Items after a timeline table are notes on it ("* 참고: …", "- times are approximate").
      if (this.sawTimedTable) {
        this.note(plain);
        return;
      }
      const childHasTime = nested.some((n) =>
        (n.children as ListItem[]).some((li) => {
          const p = li.children[0];
          return p?.type === 'paragraph' && findTimeOfDay(this.text.slice(startOf(p), endOf(p))) !== undefined;
        }),
      );
      if (childHasTime) {
        // A group label ("- Day 1 (Oct 21)") may still carry the date of its items.
        const d = findDate(plain);
        if (d) this.setDate(d.date, 'heading');
        else this.dayNote(plain);
        for (const n of nested) this.list(n);
        return;
      }
    }
    const raw: Omit<RawEntry, 'ctxId' | 'date' | 'dateSource' | 'localZone'> = {
      kind: 'list',
      start: startOf(item),
      end: endOf(item),
      headStart,
      headEnd: firstLineEnd(this.text, headStart, headEndAll),
      text: plain,
      time,
      base: headStart,
    };
    if (!time && placeholderTime(headText)) raw.placeholder = true;
    if (this.underDay) raw.underDay = true;
    if (!time && (leadingDate(headText) || placeholderDate(headText))) raw.ownDate = true;
    if (!time && ((raw.ownDate && dateWithPartOfDay(headText)) || relativeTime(headText) || wordTime(headText) || PLANNED_LABEL.test(headText) || ERA_OPENING.test(headText))) raw.coarse = true;
    this.addEntry(raw);
  }

  private table(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const heads = header.children.map((c) => plainText(c).trim());
    const timeCol = heads.findIndex((h) => TIME_HEADER.test(h));
    const dateCol = heads.findIndex((h, i) => i !== timeCol && DATE_HEADER.test(h));
    let tableZone: ZoneNote | undefined;
    for (const h of timeCol >= 0 ? [heads[timeCol], ...heads] : heads) {
      const z = headingZone(h);
      if (z) {
        tableZone = { zone: z, source: 'table' };
        break;
      }
    }
    // A table with neither a time column nor a time or date in any row is not a list of events.
    if (timeCol < 0 && dateCol < 0 && !rows.some((r) => r.children.some((c) => hasTimeOrDate(this.text.slice(startOf(c), endOf(c)))))) return;
    const military = timeCol >= 0 && militaryColumn(this.text, rows, timeCol);
    for (const row of rows) {
      const cells = row.children.map((c) => {
        const kids = c.children;
        const s = kids.length ? startOf(kids[0]) : startOf(c);
        const e = kids.length ? endOf(kids[kids.length - 1]) : s;
        return { s, e, raw: this.text.slice(s, e), plain: plainText(c).trim() };
      });
      if (cells.every((c) => !c.plain)) continue;
      const nonEmpty = cells.filter((c) => c.plain);
      // A kramdown / Jekyll attribute list that closes the table ("{: .table.table-striped }", "{:.class #id}"): GFM
      // reads the line as one more row, but it styles the table and tells no event (session 17).
      if (nonEmpty.length === 1 && ATTRIBUTE_LIST.test(nonEmpty[0].raw.trim())) continue;
      const only = nonEmpty.length === 1 ? dateOnly(nonEmpty[0].raw) : undefined;
      if (only) {
        this.setDate(only, 'heading');
        continue;
      }
      let time: TimeOfDay | undefined;
      let base = startOf(row);
      const order = timeCol >= 0 && timeCol < cells.length ? [cells[timeCol], ...cells.filter((_, i) => i !== timeCol)] : cells;
      const found = order.map((c) => ({ c, t: c.raw ? this.timeOf(c.raw) : undefined }));
      if (military && !found[0].t && found[0].c.raw) found[0].t = columnMilitaryTime(found[0].c.raw);
      const pick = (timeCol >= 0 && found[0]?.t ? found[0] : undefined) ?? found.find((f) => f.t?.leading) ?? found.find((f) => f.t);
      if (pick?.t) {
        time = pick.t;
        base = pick.c.s;
      }
      const dateCell = dateCol >= 0 ? cells[dateCol] : undefined;
      // A date column, or (without one) a cell holding only a date: "| 2015-10-21 | 14:51 | … |".
      let date = dateCell?.raw ? findDate(dateCell.raw)?.date : undefined;
      if (!date && dateCol < 0) for (const c of cells) if (c !== pick?.c && c.raw && (date = dateOnly(c.raw))) break;
      // A cell that opens with the row's date and then titles it: "| 3 August — general outage | … 20:50 … |".
      if (!date && dateCol < 0) for (const c of cells) if (c !== pick?.c && c.plain && (date = titledDate(c.plain))) break;
      const rs = startOf(row);
      if (time) this.sawTimedTable = true;
      const raw: Omit<RawEntry, 'ctxId' | 'date' | 'dateSource' | 'localZone'> = {
        kind: 'table',
        start: rs,
        end: endOf(row),
        headStart: rs,
        headEnd: endOf(row),
        text: cells.map((c) => c.plain).join(' | '),
        time,
        base,
      };
      const timeCell = timeCol >= 0 ? cells[timeCol] : undefined;
      if (!time && timeCell?.raw && placeholderTime(timeCell.raw)) raw.placeholder = true;
      // Words in the time column ("Pre-existing", "배포 직후 + 5분", "이후, 시각 미확인") are a deliberate answer.
      else if (!time && timeCell?.plain && !findDate(timeCell.raw)) raw.coarse = true;
      // Words in the date column of a table without a time column ("예정", "TBD", "Ongoing"): a step not yet dated, said so.
      else if (!time && timeCol < 0 && dateCell?.plain && !date && /\p{L}/u.test(dateCell.plain) && !findTimeOfDay(dateCell.raw) && !placeholderDate(dateCell.raw)) raw.coarse = true;
      this.addEntry(raw, tableZone, date);
    }
  }

  private paragraph(p: Paragraph): void {
    const s = startOf(p);
    // One entry per line, and per `<br>` of a pasted chat or wiki export ("13:02 - …<br> 20:57 - …"):
    // a `<br>` is read as a line break (same length, so offsets hold).
    const raw = this.text.slice(s, endOf(p)).replace(/<br\s{0,3}\/?>/gi, (m) => '\n' + ' '.repeat(m.length - 1));
    let current: Omit<RawEntry, 'ctxId' | 'date' | 'dateSource' | 'localZone'> | undefined;
    const flush = () => {
      if (current) this.addEntry(current);
      current = undefined;
    };
    const lineRe = /[^\r\n]+/g;
    let lastDate = false;
    for (let m = lineRe.exec(raw); m; m = lineRe.exec(raw)) {
      const line = m[0];
      const indent = line.length - line.trimStart().length;
      const ls = s + m.index + indent;
      const le = firstLineEnd(this.text, ls, s + m.index + line.length);
      if (ls >= le) continue;
      const body = line.slice(indent);
      const zoned = dateOnly(body) ? undefined : zonedDateLine(body);
      const d = zoned?.date ?? dateOnly(body);
      lastDate = !!d;
      if (d) {
        flush();
        this.setDate(d, 'heading');
        if (zoned) this.note(zoned.zone);
        continue;
      }
      const time = this.timeOf(body);
      if (time?.leading) {
        flush();
        current = { kind: 'paragraph', start: ls, end: le, headStart: ls, headEnd: le, text: body.trim(), time, base: ls };
      } else if (placeholderTime(body)) {
        flush();
        current = { kind: 'paragraph', start: ls, end: le, headStart: ls, headEnd: le, text: body.trim(), base: ls, placeholder: true };
      } else if (current) {
        current.end = le;
        current.text += ` ${body.trim()}`;
        this.note(body);
      } else {
        this.dayNote(body);
        this.note(body, !this.raws.length);
      }
    }
    flush();
    // A paragraph that ends with a date line ("**March 17, 2022:**"): a list right after it tells that day's events.
    if (lastDate) this.ctx = { ...this.ctx, dayOpen: true };
  }
}

/** What may follow a date line's date: a zone in brackets ("2025-02-26 (all times UTC)", "**3월 4일** (KST 기준):"). */
const ZONE_BRACKET_REST = /^[\s*_`]{0,6}[(（]([^()（）\n]{1,40})[)）][\s*_`:：.]{0,6}$/;

/**
 * A date line whose date is followed only by the zone its times are in, in brackets ("2025-02-26 (all times UTC)",
 * "- Mar 4 (PST)", "3월 4일 (KST 기준)"): it labels a day like a bare date line, and states the zone as a note does.
 */
function zonedDateLine(text: string): { date: CalendarDate; zone: string } | undefined {
  if (text.length > 80) return undefined;
  const end = leadingDateEnd(text);
  const date = end === undefined ? undefined : leadingDate(text);
  if (!date || end === undefined) return undefined;
  const m = ZONE_BRACKET_REST.exec(text.slice(end));
  return m && noteZone(m[1]) ? { date, zone: m[1] } : undefined;
}

/**
 * Whether a table's time column writes four-digit 24-hour times (`| 0730 | … |`, `| 1415 | … |`): at least two
 * of its cells are such a time and nothing else, so that a lone number in the column is not taken for one.
 */
function militaryColumn(text: string, rows: Table['children'], col: number): boolean {
  let n = 0;
  for (const r of rows) {
    const c = r.children[col];
    if (!c || !c.children.length) continue;
    const raw = text.slice(startOf(c.children[0]), endOf(c.children[c.children.length - 1]));
    if (columnMilitaryTime(raw) && !findTimeOfDay(raw) && ++n >= 2) return true;
  }
  return false;
}

/**
 * An entry that opens by saying it has not happened yet, in place of its time ("TBD: replace db-2", "**Planned** – move
 * backups", "예정: 서버 교체", "[미정] 이전"): a step still to come, not an event whose time was left out.
 */
const PLANNED_WORDS = 'TBD|TBA|planned|pending|upcoming|not yet scheduled|예정|미정|진행 예정';
const PLANNED_LABEL = new RegExp(String.raw`^[ \t]{0,3}[*_]{0,2}(?:(?:${PLANNED_WORDS})[*_]{0,2}[ \t]{0,2}[:：\-–—]|[\[(（][ \t]{0,2}(?:${PLANNED_WORDS})[ \t]{0,2}[\])）][*_]{0,2}[ \t])`, 'iu');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * An entry that places itself by a year or a month, not a day ("In 2021, we changed how …", "Back in March 2019, …",
 * "During late 2022, …", "In June, …", "2021년에 …", "2022년 3월에 …", "2020년 말, …"): background told at the grain
 * of its year or month, as deliberate as a part of the day; it is not asked for a time of day. A day ("In March 3",
 * "2022년 3월 5일") is not this.
 */
const ERA_OPENING = new RegExp(
  String.raw`^[ \t]{0,3}[*_]{0,2}(?:(?:(?:back|earlier|later|sometime)\s)?(?:in|during|since|throughout)\s(?:(?:early|mid|late|the\s(?:start|end|beginning)\sof)[\s-])?(?:(?:(?:${MONTHS})\s)?(?:19|20)\d\d(?![\d/.:-])|(?:${MONTHS})(?=[,\s])(?![ \t]\d))|(?:19|20)\d\d\s?년(?:\s?(?:초|말|중반|상반기|하반기|봄|여름|가을|겨울)|\s?\d{1,2}\s?월(?!\s?\d{1,2}\s?일)(?:\s?(?:초|말|중순|초순|하순))?)?\s?(?:에는|에|경|부터|,))`,
  'iu',
);

/** Whether most items of a list open with a time (the list is a run of entries). */
function mostlyTimed(text: string, list: List): boolean {
  let timed = 0;
  for (const item of list.children) {
    const p = item.children[0];
    if (p?.type === 'paragraph' && findTimeOfDay(text.slice(startOf(p), endOf(p)))?.leading) timed++;
  }
  return timed * 2 > list.children.length;
}

/**
 * Whether a timeline counts days although an entry or two carry a time: a disclosure told as date
 * lines over weeks ("2019-08-09:" and its items), one item with the hour of a release. Read before
 * the lists without a time are dropped ({@link withoutIllustrativeLists}): most entries are dated
 * by their own date or a date line, over at least three days, and at most one in five has a time.
 */
function countsDays(raws: readonly RawEntry[]): boolean {
  if (raws.length < 5) return false;
  // First the times alone: most timelines have a time on more than one entry in five, and are
  // known not to count days after a fifth of their entries (asked on every lint of every timeline).
  let timed = 0;
  for (const r of raws) {
    if (r.placeholder) return false;
    if (r.time && ++timed * 5 > raws.length) return false;
  }
  if (timed === 0) return false;
  let dated = 0;
  const days = new Set<number>();
  for (const r of raws) {
    if (r.date && (r.ownDate || r.dateSource === 'heading')) {
      dated++;
      days.add(dayNumber(r.date));
    }
  }
  return dated * 4 >= raws.length * 3 && days.size >= 3;
}

/**
 * Lists without a single time or date in a timeline whose other blocks have times are not runs of
 * entries: a list of hosts, participants or steps told between the entries.
 */
function withoutIllustrativeLists(raws: RawEntry[]): RawEntry[] {
  const keep = illustrativeFilter(raws);
  return keep === ALL ? raws : raws.filter((_, i) => keep[i]);
}

/** What {@link illustrativeFilter} answers when it keeps every entry. */
const ALL = 'all';

/** Per raw entry, whether {@link withoutIllustrativeLists} keeps it; {@link ALL} when it keeps all. */
function illustrativeFilter(raws: readonly RawEntry[]): boolean[] | typeof ALL {
  const dated = new Set<number | undefined>();
  let timed = false;
  for (const r of raws) {
    if (r.time || r.placeholder) timed = true;
    if (r.time || r.placeholder || r.ownDate || r.underDay) dated.add(r.block);
  }
  // A list entry of a block without a time or date is dropped; none: all kept (no array per lint).
  if (!timed || raws.every((r) => r.kind !== 'list' || dated.has(r.block))) return ALL;
  return raws.map((r) => !timed || r.kind !== 'list' || dated.has(r.block));
}

/** Whether a paragraph opens with a link, an autolink or a bare URL. */
function opensWithLink(p: Paragraph): boolean {
  const first = p.children.find((c) => !(c.type === 'text' && !c.value.trim()));
  if (!first) return false;
  if (first.type === 'link' || first.type === 'linkReference' || first.type === 'image') return true;
  return first.type === 'text' && /^\s*(?:https?:\/\/|www\.)/.test(first.value);
}

/** A cell that opens with a date and then titles its row ("3 August — general outage", "8월 3일 — 전체 장애"). */
function titledDate(plain: string): CalendarDate | undefined {
  if (plain.length > 120) return undefined;
  const end = leadingDateEnd(plain);
  if (end === undefined) return undefined;
  return /^[ \t]{0,3}(?:[—–]|-[ \t]|[:：])[ \t]{0,3}\S/u.test(plain.slice(end)) ? leadingDate(plain) : undefined;
}

/** Whether a cell holds a time of day or a date. */
function hasTimeOrDate(cell: string): boolean {
  return findTimeOfDay(cell) !== undefined || findDate(cell) !== undefined || placeholderTime(cell);
}
