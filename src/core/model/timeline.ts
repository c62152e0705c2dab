import type { List, ListItem, Nodes, Paragraph, Table } from 'mdast';
import type { PostmortemDocument } from './document';
import { endOf, plainText, startOf } from './markdown';
import type { Section } from './sections';
import {
  addDays,
  dateOnly,
  dayNumber,
  findDate,
  findTimeOfDay,
  findZone,
  formatDate,
  dateWithPartOfDay,
  leadingDate,
  parseDateValue,
  placeholderDate,
  placeholderTime,
  parseZone,
  relativeTime,
  zoneOffsetForWallTime,
  type CalendarDate,
  type TimeOfDay,
  type TimeStyle,
  type ZoneInfo,
} from './time';

/*
 * What counts as a timeline entry (the decisions, in one place):
 *
 * - A list item of a timeline section (sub-sections included). Nested items under an item are
 *   details of it, not entries — except under an item that has no time of its own while its
 *   nested items do ("- Detection" / "  - 14:51 …"), or an item that is only a date
 *   ("- 2015-10-21"): those are group labels, and their nested items are the entries.
 * - A table row after the header row. The time comes from the column headed Time / 시각 / 시간 /
 *   일시 when there is one, else from the first cell that opens with a time, else from any cell.
 * - A paragraph line that opens with a time (the pasted "14:51 뉴스 리포트" form of seed 002, one
 *   line per paragraph or several lines in one). Lines without a time that follow are part of
 *   the entry above; paragraphs without a leading time are prose, not entries ("(중략)", notes).
 * - Not entries: empty items, filler ("…", "(중략)", "(snip)"), date-only lines and items (they
 *   set the date of what follows), and zone notes ("- All times UTC").
 *
 * Dates come from the entry, else the latest date above it in the timeline (a dated heading
 * "### 2015-10-21", a date line, the heading "Timeline (2015-10-21)", or an earlier entry's own
 * date), else the front matter (`incident_start`, `start`, `started`, `start_time`, `date`).
 * A yearless date ("Oct 21", "10월 21일") takes the year of the nearest full date.
 *
 * Midnight: within one date context, an entry whose time is more than 12 hours before the
 * previous entry's is taken to be on the next day (23:50 → 00:10). A smaller step back (15:10 →
 * 15:02) stays on the same day, so `timeline-order` reports it.
 *
 * Zones: the entry's own (`14:51 UTC`), else a table header ("Time (KST)") or a sub-heading
 * ("### Day 2 (UTC)"), else the timeline heading or a note in the timeline ("All times UTC",
 * "모든 시각은 KST"), else such a note anywhere in the document, else front matter `timezone`,
 * else — when some entries name a zone and the rest do not — the first zone an entry names.
 */

/** Where an entry's date came from. */
export type DateSource = 'entry' | 'heading' | 'frontMatter';

/** Where an entry's or a timeline's zone came from. */
export type ZoneSource = 'entry' | 'table' | 'heading' | 'section' | 'document' | 'frontMatter' | 'mentioned' | 'inferred';

/**
 * One entry of the timeline section: a list item, a table row, a paragraph line opening with a
 * time, or a heading that opens with a time (`### 16:20`, the content under it belonging to it).
 */
export interface TimelineEntry {
  kind: 'list' | 'table' | 'paragraph' | 'heading';
  /** Offsets of the whole list item / table row / paragraph lines (nested details included). */
  start: number;
  end: number;
  /** Offsets of the entry's first line (without nested details), where findings about it go. */
  headStart: number;
  headEnd: number;
  /** Plain text of the entry's first block (nested details excluded). */
  text: string;
  /** Offsets of the time-of-day expression, when there is one. */
  timeStart?: number;
  timeEnd?: number;
  /** Date (YYYY-MM-DD) from the entry, a dated heading above it, or the front matter. */
  date?: string;
  /** The date as read, also when the year is unknown (`Oct 21` without a year anywhere). */
  calendarDate?: CalendarDate;
  dateSource?: DateSource;
  /** Minutes since midnight of the time of day. */
  minutes?: number;
  seconds?: number;
  /** Days added by the midnight heuristic (0 or more). */
  dayRollover?: number;
  /** Offset from UTC in minutes, when a zone applies (entry, note or front matter). */
  utcOffset?: number;
  /** The zone as written (`UTC`, `KST`, `+09:00`, ...), when the entry, a note or the front matter says it. */
  zone?: string;
  zoneInfo?: ZoneInfo;
  zoneSource?: ZoneSource;
  /** Offsets of a zone written in the entry itself (`14:51 UTC`). */
  zoneStart?: number;
  zoneEnd?: number;
  /** The instant in epoch milliseconds, when date, time and zone are all known. */
  instant?: number;
  /**
   * The wall-clock date and time as epoch ms read as if UTC (day 0 is 1970-01-01 when no date is
   * known, plus midnight rollovers): comparable between entries when zones are unknown.
   */
  wallTime?: number;
  /** How the time is written, for writing new entries alike. */
  style?: TimeStyle;
  /** The time is approximate or a bound (`~14:00`, `14:2x`, `10:05경`, `10:05 이후`): ordering tolerates it. */
  approximate?: boolean;
  /** The entry writes its own date (`2024-01-02: reported`, a date column), with or without a time. */
  ownDate?: boolean;
  /** The time is a placeholder still to be filled in (`### 1X:XX`, `HH:MM`). */
  placeholder?: boolean;
  /** The first entry after a sub-heading that is not a date: a new track may start there. */
  afterBreak?: boolean;
  /**
   * The entry deliberately gives something coarser than a clock time: a date with a part of the day
   * (`9월 26일 밤`, `Oct 21 morning`), an offset (`T+5m`, `배포 직후 + 5분`), words in a time column.
   */
  coarse?: boolean;
  /** The timeline section the entry belongs to. */
  section: Section;
}

/** The entries of one timeline section (with its sub-sections) and the zone it states. */
export interface TimelineGroup {
  section: Section;
  entries: TimelineEntry[];
  /**
   * The timeline counts days, not hours: no entry has a time of day while most entries write a
   * date (a security disclosure over weeks). Entries need no time of day there.
   */
  dayGranular: boolean;
  /** The zone the section states (heading, note, document note, front matter) or, failing that, infers. */
  zone?: ZoneInfo;
  zoneSource?: ZoneSource;
}

/** The timeline of a document. */
export interface Timeline {
  entries: TimelineEntry[];
  groups: TimelineGroup[];
  /** The zone the document's timeline uses (first group's), when stated or inferable. */
  zone?: ZoneInfo;
  zoneSource?: ZoneSource;
}

const FRONT_MATTER_DATE_KEYS = ['incident_start', 'start', 'started', 'started_at', 'start_time', 'date'];
const FRONT_MATTER_ZONE_KEYS = ['timezone', 'time_zone', 'timeZone', 'tz', 'zone', '시간대'];
/** A note about times: "All times UTC", "Times are in KST", "모든 시각은 KST", "KST 기준". */
const NOTE_WORDS = /\btimes\b|timestamp|time\s?zone|\bzone\b|\btime\s(?:is|are|in|shown|given)\b|시각|시간대|시간은|기준|표준시/i;
/** Punctuation and markup around a zone or filler word. */
const PUNCT = /[\s()[\]*_.:,…]/g;
/** What a note may say besides the zone ("(UTC)", "All in KST"). */
const NOTE_REST = new Set(['', 'in', 'all in', 'all']);
/** Items that stand for omitted entries rather than being one ("…", "(중략)", "(snip)"). */
const FILLER = new Set(['', '중략', '생략', '이하 생략', '이하생략', 'snip', 'snipped', 'omitted', 'truncated', 'etc']);
const TIME_HEADER =
  /^(?:times?|timestamps?|when|hour|date\s?(?:[/&+,]|and)?\s?time|datetime|local\s?time|utc|kst|시각|시간|일시|시점|발생\s?(?:시각|시간|일시)|(?:날짜|일자)\s?(?:및|\/)?\s?(?:시각|시간))(?![a-z])/i;
const DATE_HEADER = /^(?:date|day|날짜|일자)(?![a-z])/i;
const HALF_DAY = 12 * 60 * 60000;
/** A sub-heading naming a day of the incident without a date: "Day 2", "Day 2 (UTC)", "2일차", "둘째 날" is not read. */
const DAY_HEADING = /^(?:day\s?(\d{1,2})|(\d{1,2})\s?일차|제?\s?(\d{1,2})\s?일째)(?![\dA-Za-z])/i;
/**
 * A summary figure, not an event: `MTTD: 5m`, `Time to resolve: 1h 20m`, `대응 시간: 3분`,
 * `총 장애 시간: 약 1시간`. A label without digits, a colon, then a duration.
 */
const METRIC =
  /^[^:：\d\n]{1,40}[:：]\s{0,3}(?:약\s?|~\s?|about\s|approx\.?\s|approximately\s)?\d{1,5}(?:[.,]\d{1,2})?\s?(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|초|분|시간|일)(?![A-Za-z])/i;
/** A note in a timeline, not an entry: "Note: …", "참고: …", "※ …", "(times approximate)". */
const NOTE_LEAD = /^(?:\(?(?:notes?|nb|n\.b\.|caveat|참고|주의|비고|주)\s?[:：)]|※)/i;

interface ZoneNote {
  zone: ZoneInfo;
  source: ZoneSource;
}

interface Context {
  date?: CalendarDate;
  dateSource?: DateSource;
  /** Changes whenever the date context changes (the midnight heuristic works within one). */
  id: number;
  /** Year of the nearest full date, for yearless ones. */
  year?: number;
  /** Zone of a sub-heading above. */
  headingZone?: ZoneInfo;
  /** Days after the first of a "Day 2" / "2일차" sub-heading (no calendar date given). */
  dayIndex?: number;
}

interface RawEntry {
  kind: TimelineEntry['kind'];
  dayIndex?: number;
  /** The top-level block the entry was read from. */
  block?: number;
  coarse?: boolean;
  ownDate?: boolean;
  placeholder?: boolean;
  afterBreak?: boolean;
  start: number;
  end: number;
  headStart: number;
  headEnd: number;
  text: string;
  time?: TimeOfDay;
  /** Offset of the text `time` was found in. */
  base: number;
  date?: CalendarDate;
  dateSource?: DateSource;
  ctxId: number;
  localZone?: ZoneNote;
}

/**
 * The zone a heading states ("Timeline (UTC)", "### Day 2, KST"). Two-letter zones (PT, ET) are
 * taken only in parentheses, after a comma or at the end, so that "ET rollout" is not a zone.
 */
function headingZone(title: string): ZoneInfo | undefined {
  const strong = findZone(title);
  if (strong) return strong.zone;
  const weak = findZone(title, { weak: true });
  if (!weak) return undefined;
  const before = title.slice(0, weak.start).trimEnd();
  const atEnd = /^[\s)\]]*$/.test(title.slice(weak.end, weak.end + 8)) && weak.end + 8 >= title.length;
  return before.endsWith('(') || before.endsWith('[') || before.endsWith(',') || atEnd ? weak.zone : undefined;
}

/** Whether a text is a note stating the zone of times ("All times UTC", "모든 시각은 KST 기준"). */
function noteZone(text: string): ZoneInfo | undefined {
  if (!NOTE_WORDS.test(text) && text.length > 40) return undefined;
  const z = findZone(text);
  if (!z) return undefined;
  if (NOTE_WORDS.test(text)) return z.zone;
  return NOTE_REST.has(bareWords(text.slice(0, z.start) + ' ' + text.slice(z.end))) ? z.zone : undefined;
}

/** A short text without punctuation and markup, lowercased, single-spaced. */
function bareWords(text: string): string {
  return text.replace(PUNCT, ' ').trim().replace(/\s{2,}/g, ' ').toLowerCase();
}

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

class Extractor {
  private readonly text: string;
  private readonly raws: RawEntry[] = [];
  private notes: ZoneNote | undefined;
  private ctx: Context;
  /** Depth of the heading that is the current entry (`### 16:20`): what follows belongs to it. */
  private entryHeading: { depth: number; raw: RawEntry } | undefined;
  /** A table with timed rows was read: untimed items after it are notes on it. */
  private sawTimedTable = false;
  /** A sub-heading that is not a date came since the last entry. */
  private pendingBreak = false;
  /** Index of the top-level block being read. */
  private blockIndex = 0;

  constructor(
    private readonly doc: PostmortemDocument,
    private readonly section: Section,
    fm: FrontMatterContext,
  ) {
    this.text = doc.text;
    this.ctx = { id: 0, year: fm.date?.year };
    if (fm.date) {
      this.ctx.date = fm.date;
      this.ctx.dateSource = 'frontMatter';
    }
  }

  run(): { raws: RawEntry[]; sectionZone?: ZoneNote } {
    const headingDate = findDate(this.section.title);
    if (headingDate) this.setDate(headingDate.date, 'heading');
    const hz = headingZone(this.section.title);
    if (hz) this.notes = { zone: hz, source: 'section' };
    for (const node of this.doc.nodesIn(this.section)) {
      this.blockIndex++;
      this.block(node);
    }
    return { raws: withoutIllustrativeLists(this.raws), sectionZone: this.notes };
  }

  private setDate(date: CalendarDate, source: DateSource): void {
    const d = withYear(date, this.ctx.year);
    this.ctx = { ...this.ctx, date: d, dateSource: source, id: this.ctx.id + 1, year: d.year ?? this.ctx.year, dayIndex: undefined };
  }

  private note(text: string): void {
    if (this.notes) return;
    // Emphasis markers would glue to words ("_Times are PST._"); the note's words are what count.
    const z = noteZone(text.replace(/[*_`]/g, ' '));
    if (z) this.notes = { zone: z, source: 'section' };
  }

  private block(node: Nodes): void {
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
        if (this.entryHeading) {
          if (node.depth > this.entryHeading.depth) {
            this.entryHeading.raw.end = endOf(node);
            return;
          }
          this.entryHeading = undefined;
        }
        const title = plainText(node);
        if (this.headingEntry(node.depth, startOf(node), endOf(node), title)) return;
        const d = findDate(title);
        const day = d ? undefined : DAY_HEADING.exec(title.trim());
        if (d) this.setDate(d.date, 'heading');
        else if (day) this.ctx = { ...this.ctx, id: this.ctx.id + 1, dayIndex: Number(day[1] ?? day[2] ?? day[3]) - 1 };
        else this.pendingBreak = true;
        const z = headingZone(title);
        if (z) this.ctx = { ...this.ctx, headingZone: z };
        return;
      }
      case 'list':
        this.list(node);
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
    const time = findTimeOfDay(source);
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
    const d = dateOnly(headText);
    if (d) {
      this.setDate(d, 'heading');
      for (const n of nested) this.list(n);
      return;
    }
    const time = first.type === 'list' ? undefined : findTimeOfDay(headText);
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
    if (!time && (leadingDate(headText) || placeholderDate(headText))) raw.ownDate = true;
    if (!time && ((raw.ownDate && dateWithPartOfDay(headText)) || relativeTime(headText))) raw.coarse = true;
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
    for (const row of rows) {
      const cells = row.children.map((c) => {
        const kids = c.children;
        const s = kids.length ? startOf(kids[0]) : startOf(c);
        const e = kids.length ? endOf(kids[kids.length - 1]) : s;
        return { s, e, raw: this.text.slice(s, e), plain: plainText(c).trim() };
      });
      if (cells.every((c) => !c.plain)) continue;
      const nonEmpty = cells.filter((c) => c.plain);
      const only = nonEmpty.length === 1 ? dateOnly(nonEmpty[0].raw) : undefined;
      if (only) {
        this.setDate(only, 'heading');
        continue;
      }
      let time: TimeOfDay | undefined;
      let base = startOf(row);
      const order = timeCol >= 0 && timeCol < cells.length ? [cells[timeCol], ...cells.filter((_, i) => i !== timeCol)] : cells;
      const found = order.map((c) => ({ c, t: c.raw ? findTimeOfDay(c.raw) : undefined }));
      const pick = (timeCol >= 0 && found[0]?.t ? found[0] : undefined) ?? found.find((f) => f.t?.leading) ?? found.find((f) => f.t);
      if (pick?.t) {
        time = pick.t;
        base = pick.c.s;
      }
      const dateCell = dateCol >= 0 ? cells[dateCol] : undefined;
      // A date column, or (without one) a cell holding only a date: "| 2015-10-21 | 14:51 | … |".
      let date = dateCell?.raw ? findDate(dateCell.raw)?.date : undefined;
      if (!date && dateCol < 0) for (const c of cells) if (c !== pick?.c && c.raw && (date = dateOnly(c.raw))) break;
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
    for (let m = lineRe.exec(raw); m; m = lineRe.exec(raw)) {
      const line = m[0];
      const indent = line.length - line.trimStart().length;
      const ls = s + m.index + indent;
      const le = firstLineEnd(this.text, ls, s + m.index + line.length);
      if (ls >= le) continue;
      const body = line.slice(indent);
      const d = dateOnly(body);
      if (d) {
        flush();
        this.setDate(d, 'heading');
        continue;
      }
      const time = findTimeOfDay(body);
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
        this.note(body);
      }
    }
    flush();
  }
}

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
 * Lists without a single time or date in a timeline whose other blocks have times are not runs of
 * entries: a list of hosts, participants or steps told between the entries.
 */
function withoutIllustrativeLists(raws: RawEntry[]): RawEntry[] {
  const dated = new Set<number | undefined>();
  let timed = false;
  for (const r of raws) {
    if (r.time || r.placeholder) timed = true;
    if (r.time || r.placeholder || r.ownDate) dated.add(r.block);
  }
  if (!timed) return raws;
  return raws.filter((r) => r.kind !== 'list' || dated.has(r.block));
}

/** Whether a paragraph opens with a link, an autolink or a bare URL. */
function opensWithLink(p: Paragraph): boolean {
  const first = p.children.find((c) => !(c.type === 'text' && !c.value.trim()));
  if (!first) return false;
  if (first.type === 'link' || first.type === 'linkReference' || first.type === 'image') return true;
  return first.type === 'text' && /^\s*(?:https?:\/\/|www\.)/.test(first.value);
}

/** Whether a cell holds a time of day or a date. */
function hasTimeOrDate(cell: string): boolean {
  return findTimeOfDay(cell) !== undefined || findDate(cell) !== undefined || placeholderTime(cell);
}

interface FrontMatterContext {
  date?: CalendarDate;
  zone?: ZoneInfo;
}

function frontMatterContext(doc: PostmortemDocument): FrontMatterContext {
  const meta = doc.meta;
  const out: FrontMatterContext = {};
  let timeZone: ZoneInfo | undefined;
  for (const key of FRONT_MATTER_DATE_KEYS) {
    const v = parseDateValue(meta[key]);
    if (v?.date.year !== undefined) {
      out.date = v.date;
      timeZone = v.time?.zone?.zone;
      break;
    }
  }
  for (const key of FRONT_MATTER_ZONE_KEYS) {
    const z = parseZone(meta[key]);
    if (z) {
      out.zone = z;
      break;
    }
  }
  // A start time written with its zone ("start: 2015-10-21T14:51:00+09:00") states the zone too.
  out.zone ??= timeZone;
  return out;
}

/**
 * A zone stated anywhere outside the timelines: a note ("All times in PDT" in the summary), a
 * heading naming one, or a time written with its zone (an overview row `발생 일시 | 2025-04-02
 * 10:05 KST`, "Started at 14:02 UTC").
 */
function documentNoteZone(doc: PostmortemDocument, timelines: Section[]): ZoneNote | undefined {
  let fromTime: ZoneInfo | undefined;
  for (const block of doc.prose) {
    if (timelines.some((s) => block.start >= s.start && block.start < s.end)) continue;
    if (NOTE_WORDS.test(block.text)) {
      const z = noteZone(block.text);
      if (z) return { zone: z, source: 'document' };
    }
    if (block.kind === 'heading' && /\btimes?\b|timeline|시각|시간|타임라인/i.test(block.text)) {
      const z = headingZone(block.text);
      if (z) return { zone: z, source: 'document' };
    }
    if (!fromTime && block.end - block.start <= 4000) {
      // The source, not the prose: a back-ticked time is a separator in the prose.
      const t = findTimeOfDay(doc.text.slice(block.start, block.end));
      if (t?.zone && (t.zone.zone.offset !== undefined || t.zone.zone.iana)) fromTime = t.zone.zone;
    }
  }
  return fromTime ? { zone: fromTime, source: 'mentioned' } : undefined;
}

/** Comparable milliseconds of two entries: zone-adjusted when both offsets are known. */
function orderKeys(a: { wall: number; offset?: number }, b: { wall: number; offset?: number }): [number, number] {
  if (a.offset !== undefined && b.offset !== undefined) return [a.wall - a.offset * 60000, b.wall - b.offset * 60000];
  return [a.wall, b.wall];
}

/**
 * Whether a timeline counts days: no entry has a time of day, and most entries write their own
 * date or sit under date sub-headings of at least two days.
 */
function dayGranular(raws: RawEntry[]): boolean {
  if (!raws.length || raws.some((r) => r.time || r.placeholder)) return false;
  const own = raws.filter((r) => r.ownDate).length;
  if (own * 2 >= raws.length) return true;
  const days = new Set<number>();
  for (const r of raws) if (r.dateSource === 'heading' && r.date) days.add(dayNumber(r.date));
  return days.size >= 2;
}

function resolveGroup(section: Section, raws: RawEntry[], declared: ZoneNote | undefined, mentioned?: ZoneNote): TimelineGroup {
  let inferred: ZoneNote | undefined;
  if (!declared) {
    for (const r of raws) {
      const z = r.time?.zone?.zone ?? r.localZone?.zone;
      if (r.time && z) {
        inferred = { zone: z, source: 'inferred' };
        break;
      }
    }
    inferred ??= mentioned;
  }
  const groupZone = declared ?? inferred;
  const entries: TimelineEntry[] = [];
  const rollover = new Map<number, number>();
  // No time past 12:59 on a 24-hour clock: the timeline may count hours on a 12-hour one.
  const twelveHour = !raws.some((r) => r.time && r.time.hours >= 13 && r.time.style.clock !== '12h' && r.time.style.clock !== 'ko12');
  const afternoon = new Set<number>();
  let prev: { wall: number; offset?: number; ctxId: number } | undefined;
  for (const r of raws) {
    const e: TimelineEntry = { kind: r.kind, start: r.start, end: r.end, headStart: r.headStart, headEnd: r.headEnd, text: r.text, section };
    entries.push(e);
    if (r.ownDate) e.ownDate = true;
    if (r.placeholder) e.placeholder = true;
    if (r.afterBreak) e.afterBreak = true;
    if (r.coarse) e.coarse = true;
    const t = r.time;
    if (!t) continue;
    if (t.approximate) e.approximate = true;
    e.timeStart = r.base + t.start;
    e.timeEnd = r.base + t.end;
    e.minutes = t.hours * 60 + t.minutes;
    if (t.seconds !== undefined) e.seconds = t.seconds;
    e.style = t.style;
    const zone: ZoneNote | undefined = t.zone ? { zone: t.zone.zone, source: 'entry' } : r.localZone ?? groupZone;
    if (t.zone) {
      e.zoneStart = r.base + t.zone.start;
      e.zoneEnd = r.base + t.zone.end;
    }
    if (zone) {
      e.zoneInfo = zone.zone;
      e.zone = zone.zone.label;
      e.zoneSource = zone.source;
    }
    const base = r.date;
    if (base) e.dateSource = r.dateSource;
    // A 12-hour clock written without AM/PM ("11:57 …", "1:17 …"): past noon, "1:17" is 13:17.
    const noLeadingZero = t.hours >= 10 || t.style.padHour === false;
    if (twelveHour && t.style.clock === '24h' && noLeadingZero && t.hours >= 1 && t.hours <= 11 && !t.date) {
      const prevTod = prev && prev.ctxId === r.ctxId ? Math.floor((prev.wall % 86400000) / 60000) : undefined;
      // Only a short step past noon starts the afternoon (11:57 → 1:17), not any step back (10:05 → 10:04).
      const pm = e.minutes + 12 * 60;
      if (afternoon.has(r.ctxId) || (prevTod !== undefined && prevTod >= 10 * 60 && prevTod < 13 * 60 && pm >= prevTod && pm - prevTod <= 180)) {
        afternoon.add(r.ctxId);
        e.minutes += 12 * 60;
      }
    } else if (t.style.clock === '12h' || t.style.clock === 'ko12') {
      if (t.hours >= 12) afternoon.add(r.ctxId);
      else afternoon.delete(r.ctxId);
    }
    const dayMs = (days: number) => (base ? dayNumber(base) : 0) * 86400000 + days * 86400000;
    const timeMs = e.minutes * 60000 + (e.seconds ?? 0) * 1000;
    const offsetFor = (wall: number) => (zone ? zoneOffsetForWallTime(zone.zone, wall) : undefined);
    let days = r.dateSource === 'entry' ? 0 : (rollover.get(r.ctxId) ?? 0) + (r.dayIndex ?? 0);
    let wall = dayMs(days) + timeMs;
    // Only an IANA zone needs a real date; without one its offset is unknown.
    const canOffset = (z: ZoneNote | undefined) => z !== undefined && (z.zone.offset !== undefined || base?.year !== undefined);
    let offset = canOffset(zone) ? offsetFor(wall) : undefined;
    if (prev && prev.ctxId === r.ctxId && r.dateSource !== 'entry') {
      const [p, c] = orderKeys(prev, { wall, offset });
      if (c < p - HALF_DAY) {
        days += 1;
        rollover.set(r.ctxId, days);
        wall = dayMs(days) + timeMs;
        offset = canOffset(zone) ? offsetFor(wall) : undefined;
      }
    }
    if (days) e.dayRollover = days;
    e.wallTime = wall;
    if (offset !== undefined) e.utcOffset = offset;
    if (base) {
      const d = days ? addDays(base, days) : base;
      e.calendarDate = d;
      if (d.year !== undefined) {
        e.date = formatDate({ ...d, year: d.year });
        if (offset !== undefined) e.instant = wall - offset * 60000;
      }
    }
    prev = { wall, offset, ctxId: r.ctxId };
  }
  const group: TimelineGroup = { section, entries, dayGranular: dayGranular(raws) };
  if (groupZone) {
    group.zone = groupZone.zone;
    group.zoneSource = groupZone.source;
  }
  return group;
}

/** Extracts the timeline entries of a document. Never throws. */
export function extractTimeline(doc: PostmortemDocument): Timeline {
  const timelines = doc.sectionsOf('timeline');
  // A timeline heading nested in another one is part of the outer timeline.
  const tops = timelines.filter((s) => {
    for (let p = s.parent; p; p = p.parent) if (p.kind === 'timeline') return false;
    return true;
  });
  const timeline: Timeline = { entries: [], groups: [] };
  if (!tops.length) return timeline;
  const fm = frontMatterContext(doc);
  let docNote: ZoneNote | undefined | null = null;
  for (const section of tops) {
    const { raws, sectionZone } = new Extractor(doc, section, fm).run();
    let declared = sectionZone;
    let mentioned: ZoneNote | undefined;
    if (!declared) {
      if (docNote === null) docNote = documentNoteZone(doc, tops);
      if (docNote?.source === 'document') declared = docNote;
      else if (fm.zone) declared = { zone: fm.zone, source: 'frontMatter' };
      // A time written with a zone elsewhere ("발생 일시 | … 10:05 KST") says which zone the team
      // reads its clocks in, but less surely than a note: the timeline's own zones come first.
      else if (docNote) mentioned = docNote;
    }
    const group = resolveGroup(section, raws, declared, mentioned);
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
  return frontMatterContext(doc).zone;
}

/**
 * How the document writes timeline times (the most common style among its entries, the later
 * one on a tie), for inserting a new entry alike; undefined when no entry has a time.
 */
export function timelineStyle(doc: PostmortemDocument): TimeStyle | undefined {
  const counts = new Map<string, { style: TimeStyle; n: number; last: number }>();
  doc.timeline.entries.forEach((e, i) => {
    if (!e.style) return;
    const { zoneLabel: _label, ...shape } = e.style;
    void _label;
    const key = JSON.stringify(shape);
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
  if (d && od && dayNumber(d) !== dayNumber(od) && !e.style?.date) s += ` (${e.date ?? `${d.month}/${d.day}`})`;
  return s;
}
