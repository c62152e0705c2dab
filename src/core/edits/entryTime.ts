/**
 * Giving a timeline entry without a time one: the quick fixes of `timeline-timestamp`.
 *
 * - *Insert the previous entry's time*: the time of the nearest timed entry above, copied as that
 *   entry writes it (markup, zone and the separator after it: `- **14:05** — …`, `| 14:05 |`,
 *   `### 14:05`, `- 오후 2시 5분: …`). Deterministic, but a guess at a fact, so it is offered to a
 *   person only (`manual`): `--fix`, Fix all and fix-on-save leave it.
 * - *Insert the current time*: `now` read in the timeline's zone, written in the style of the
 *   entry above (or the timeline's). The core has no clock: the caller passes `now` (the
 *   extension's code actions do; the CLI never offers it).
 *
 * Both are offered only where they are sound: the entry then has a time, and no entry comes out
 * of order (the time lies between the timed entries around it, on the same date), so neither
 * `timeline-timestamp` nor `timeline-order` reports anything new.
 */
import { msBetween } from '../metrics/durations';
import { entryMarkers, findMilestones, MILESTONE_KINDS, wordingOf, type MilestoneKind, type MilestoneTime } from '../metrics/milestones';
import { statedDurations } from '../metrics/stated';
import { keepsSectionKinds, structuralKinds } from '../requirements';
import { listItemAt } from './insert';
import { plainText } from '../model/markdown';
import type { PostmortemDocument } from '../model/document';
import { findTimeOfDay, formatOffset, formatTimelineTime, leadingDate, leadingDateEnd, parseZone, type CalendarDate, type TimeStyle, type ZoneInfo } from '../model/time';
import { timelineStyle, timelineZone, type TimelineEntry, type TimelineGroup } from '../model/timeline';
import type { Lang, Suggestion, TextEdit } from '../types';

/** The untimed timeline entry whose finding starts at `offset` (the entry's first line). */
export function untimedEntryAt(doc: PostmortemDocument, offset: number): { entry: TimelineEntry; group: TimelineGroup } | undefined {
  for (const group of doc.timeline.groups) {
    for (const entry of group.entries) {
      if (entry.headStart === offset && entry.minutes === undefined) return { entry, group };
    }
  }
  return undefined;
}

const TITLES = {
  previous: { en: (t: string) => `Insert the previous entry's time (${t})`, ko: (t: string) => `위 항목의 시각 넣기 (${t})` },
  now: { en: (t: string) => `Insert the current time (${t})`, ko: (t: string) => `현재 시각 넣기 (${t})` },
};

/** A placeholder for a time (`HH:MM`, `1X:XX`, `??:??`, `--:--`), as `placeholderTime` reads it. Bounded. */
const PLACEHOLDER = /(?:[\dXx?-]{1,2}|HH|hh):(?:[\dXx?-]{2}|MM|mm)(?![\dA-Za-z])/;

/** How the entry above writes its time: what a copy of it keeps. */
interface TimeShape {
  /** Markup and approximation before the time, when the time opens the entry (`**`, `~`, `[`). */
  before: string;
  /** The time as written, with hugging markup and the zone after it (`**14:05** UTC`, `오후 2시 5분`). */
  styled: string;
  /** The time with its zone, without markup (`14:05 UTC`). */
  zoned: string;
  /** The clock alone (`14:05`). */
  bare: string;
  /** Closing markup and the separator before the entry's text (`: `, ` — `, `] `). */
  after: string;
  /** Table rows: the index of the cell the time is in. */
  cell?: number;
  /** The time opens the entry (after markup or a date) or is its cell's only content. */
  leading: boolean;
}

function shapeOf(doc: PostmortemDocument, e: TimelineEntry): TimeShape | undefined {
  if (e.timeStart === undefined || e.timeEnd === undefined) return undefined;
  const text = doc.text;
  const bare = text.slice(e.timeStart, e.timeEnd);
  const zoneNear = e.zoneStart !== undefined && e.zoneEnd !== undefined && e.zoneStart >= e.timeEnd && e.zoneStart - e.timeEnd <= 3;
  let zoneEnd = zoneNear ? e.zoneEnd! : e.timeEnd;
  // "14:05 (KST)": keep the parenthesis whole.
  if (zoneNear && text[zoneEnd] === ')' && text.slice(e.timeEnd, zoneEnd).includes('(')) zoneEnd++;
  // "UTC 14:05", "[KST 14:05]": the zone written before the time goes with it (not across markup: "**UTC** 14:05"
  // then gets the time alone, as before).
  const zoneFirst = !zoneNear && e.style?.zoneBefore === true && e.zoneStart !== undefined && e.zoneEnd !== undefined && e.zoneStart < e.timeStart && !e.style.wrap && /^[ \t]?$/.test(text.slice(e.zoneEnd, e.timeStart));
  let start = zoneFirst ? e.zoneStart! : e.timeStart;
  let end = zoneEnd;
  const w = e.style?.wrap;
  if (w && text.startsWith(w, start - w.length)) {
    start -= w.length;
    if (text.startsWith(w, end)) end += w.length;
    else if (!zoneNear && text.startsWith(w, e.timeEnd)) end = e.timeEnd + w.length;
  }
  const styled = text.slice(start, end);
  const zoned = zoneFirst ? text.slice(e.zoneStart!, e.timeEnd).replace(/[*_`\]]/g, '') : bare + text.slice(e.timeEnd, zoneEnd).replace(/[*_`]/g, '');
  const line = text.slice(e.headStart, e.headEnd);
  const at = start - e.headStart;
  const afterAt = end - e.headStart;
  if (at < 0 || afterAt > line.length) return undefined;
  if (e.kind === 'table') {
    const cells = cellSpans(line);
    const cell = cells.findIndex((c) => c.start <= at && afterAt <= c.end);
    if (cell < 0) return undefined;
    const inner = line.slice(cells[cell].start, cells[cell].end).trim();
    return { before: '', styled, zoned, bare, after: '', cell, leading: inner === styled };
  }
  // What precedes the time: markup or approximation only (a date there is the entry's own).
  const dateEnd = leadingDateEnd(line);
  const lead = dateEnd !== undefined && dateEnd <= at ? line.slice(dateEnd, at).replace(/^[\s,]+/, '') : line.slice(0, at);
  const leading = /^[\s*_`~≈(\[]{0,6}$/.test(lead);
  // Closing markup and the separator: spaces, one dash/colon/bar/arrow, spaces (bounded).
  const m = /^[)\]]?[ \t]{0,3}(?:[-–—:|>→][ \t]{0,3})?/.exec(line.slice(afterAt, afterAt + 12));
  let after = m ? m[0] : '';
  if (!/[ \t]$/.test(after)) after += ' ';
  return { before: leading ? lead.trimStart() : '', styled, zoned, bare, after, leading };
}

/** Cells of a table row line: the spans between unescaped pipes (offsets into the line). */
function cellSpans(line: string): { start: number; end: number }[] {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const spans: { start: number; end: number }[] = [];
  const lead = line.trimStart().startsWith('|');
  let from = lead ? pipes[0] + 1 : 0;
  for (const p of lead ? pipes.slice(1) : pipes) {
    spans.push({ start: from, end: p });
    from = p + 1;
  }
  if (from < line.length && line.slice(from).trim() !== '') spans.push({ start: from, end: line.length });
  return spans;
}

/**
 * The edit that writes a time into an untimed entry: over its placeholder (`HH:MM`), after its
 * own date (`2024-05-01: …` → `2024-05-01 14:05: …`), into its empty time cell, or at the start
 * of its text with the markup and separator of the entry above (`shape`, when that is an entry
 * of the same kind whose time opens it). `zoned` is the time without markup, `styled` with it.
 */
function placeTime(doc: PostmortemDocument, e: TimelineEntry, above: { shape?: TimeShape; kind?: TimelineEntry['kind'] }, zoned: string, styled: string): TextEdit | undefined {
  const line = doc.text.slice(e.headStart, e.headEnd);
  const base = e.headStart;
  const shape = above.kind === e.kind ? above.shape : undefined;
  if (e.kind === 'table') {
    // The time goes into the column the entry above has its time in.
    const cells = cellSpans(line);
    if (!shape || shape.cell === undefined || shape.cell >= cells.length) return undefined;
    const c = cells[shape.cell];
    const inner = line.slice(c.start, c.end);
    const ph = e.placeholder ? PLACEHOLDER.exec(inner) : null;
    if (ph) return { start: base + c.start + ph.index, end: base + c.start + ph.index + ph[0].length, newText: zoned };
    if (inner.trim() === '') return { start: base + c.start, end: base + c.end, newText: ` ${shape.leading ? styled : zoned} ` };
    return undefined;
  }
  if (e.placeholder) {
    const ph = PLACEHOLDER.exec(line.slice(0, 80));
    return ph ? { start: base + ph.index, end: base + ph.index + ph[0].length, newText: zoned } : undefined;
  }
  if (e.kind !== 'list') return undefined;
  const dateEnd = leadingDateEnd(line);
  if (dateEnd !== undefined) return { start: base + dateEnd, end: base + dateEnd, newText: ` ${zoned}` };
  const newText = shape?.leading ? `${shape.before}${styled}${shape.after}` : `${zoned} `;
  return { start: base, end: base, newText };
}

/** The timed entries right above and right below `e` in its group. */
function neighbours(group: TimelineGroup, e: TimelineEntry): { prev?: TimelineEntry; next?: TimelineEntry } {
  const i = group.entries.indexOf(e);
  let prev: TimelineEntry | undefined;
  let next: TimelineEntry | undefined;
  for (let j = i - 1; j >= 0 && !prev; j--) if (group.entries[j].wallTime !== undefined) prev = group.entries[j];
  for (let j = i + 1; j < group.entries.length && !next; j++) if (group.entries[j].wallTime !== undefined) next = group.entries[j];
  return { prev, next };
}

const sameDate = (a: CalendarDate | undefined, b: CalendarDate | undefined) =>
  a === undefined ? b === undefined : b !== undefined && a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);

/** Whole minutes of an entry on one clock (zone-adjusted when it has an offset, as `timeline-order` compares). */
function minuteKey(e: TimelineEntry): number {
  return Math.floor((e.wallTime! - (e.utcOffset ?? 0) * 60000) / 60000);
}

/** The date a list entry writes before its missing time (`2024-05-01: reported`). */
function ownDate(doc: PostmortemDocument, e: TimelineEntry): CalendarDate | undefined {
  return e.kind === 'list' ? leadingDate(doc.text.slice(e.headStart, e.headEnd)) : undefined;
}

/**
 * *Insert the previous entry's time*: the time of the timed entry above, in the same date context,
 * copied as written. Undefined where that would not be sound or sensible: no timed entry above in
 * the same date context, another date written on the entry, or a timed entry below that steps back
 * from the one above (a tolerated approximate time) and would then be out of order.
 */
export function previousTimeFix(doc: PostmortemDocument, entry: TimelineEntry, group: TimelineGroup, lang: Lang): Suggestion | undefined {
  if (entry.minutes !== undefined || entry.coarse) return undefined;
  const { prev, next } = neighbours(group, entry);
  if (!prev || prev.context !== entry.context) return undefined;
  const own = ownDate(doc, entry);
  if (own && !sameDate(own, prev.calendarDate)) return undefined;
  if (next && !next.afterBreak && minuteKey(next) < minuteKey(prev)) return undefined;
  if (timeChangesMeaning(doc, entry, prev) || changesExample(doc, prev.style)) return undefined;
  const shape = shapeOf(doc, prev);
  if (!shape) return undefined;
  const edit = placeTime(doc, entry, { shape, kind: prev.kind }, shape.zoned, shape.styled);
  if (!edit || changesLabel(doc, edit) || zoneFollows(doc, edit) || timeContinues(doc, edit)) return undefined;
  return { title: TITLES.previous[lang](shape.bare), edits: [edit], manual: true };
}

/** The milestone kinds an entry marks (`[detected]`) or words ("rolled back", "복구 완료"). */
function milestoneKinds(doc: PostmortemDocument, entry: TimelineEntry): MilestoneKind[] {
  const kinds = new Set<MilestoneKind>(entryMarkers(doc, entry).map((m) => m.kind));
  // The words the metrics infer milestones from: the entry's whole text, lazy continuation lines included.
  for (const k of MILESTONE_KINDS) if (wordingOf(k, entry.text) !== undefined) kinds.add(k);
  return [...kinds];
}

/**
 * Whether giving a milestone entry a time could change the incident's numbers into a finding
 * (incident-duration): the time (`at`; none for "now", which is after every milestone) would put
 * it before a milestone of an earlier kind or after one of a later kind, or the document states
 * a duration the new milestone could contradict. Then no time is offered: the author looks it up.
 */
function timeChangesMeaning(doc: PostmortemDocument, entry: TimelineEntry, at: MilestoneTime | undefined): boolean {
  // A heading that names a section ("### Resolution") stops naming it once a time opens it;
  if (entry.kind === 'heading' && structuralKinds(doc, 'heading', doc.text.slice(entry.headStart, entry.headEnd).replace(/^#{1,6}\s*/, '')).length > 0) return true;
  // A line also read as an action item ("- [ ] …" in a layout the timeline spills into) would stop being one.
  if (itemOverlaps(doc, entry.headStart, entry.headEnd)) return true;
  // A list item over a nested block whose first line names a section ("- [x] 장애 원인 파악" over its
  // sub-items: a heading in all but name, see requirements.ts) stops naming it once a time opens it.
  if (entry.kind === 'list' && namesSectionAsItem(doc, entry)) return true;
  // A table row whose cell names a section (an overview field such as "| | 원인 |") may stop naming it.
  if (entry.kind === 'table' && doc.text.slice(entry.headStart, entry.headEnd).split('|').some((cell) => cell.trim() !== '' && structuralKinds(doc, 'tableCell', cell.trim()).length > 0)) return true;
  const kinds = milestoneKinds(doc, entry);
  if (kinds.length === 0) return false;
  if (perDocument(doc).stated.length > 0) return true;
  const ms = perDocument(doc).milestones;
  for (const k of kinds) {
    const rank = MILESTONE_KINDS.indexOf(k);
    for (const other of MILESTONE_KINDS) {
      const m = ms[other];
      const r = MILESTONE_KINDS.indexOf(other);
      if (!m || r === rank || m.entry === entry) continue;
      if (at === undefined) {
        if (r > rank) return true;
        continue;
      }
      const d = msBetween(m, at);
      // Unknown order (one side has a zone, the other not) counts as a clash.
      if (d === undefined || (r < rank && d < 0) || (r > rank && d > 0)) return true;
    }
  }
  return false;
}

/** Whether the entry's list item holds a nested block under a first line that names a section kind. */
function namesSectionAsItem(doc: PostmortemDocument, entry: TimelineEntry): boolean {
  const lineStart = doc.text.lastIndexOf('\n', entry.headStart - 1) + 1;
  const lead = /^[ \t>]*/u.exec(doc.text.slice(lineStart, entry.headStart))?.[0].length ?? 0;
  const found = listItemAt(doc, lineStart + lead);
  if (!found) return false;
  const [first, ...rest] = found.item.children;
  return first?.type === 'paragraph' && rest.length > 0 && structuralKinds(doc, 'tableCell', plainText(first)).length > 0;
}

/**
 * Whether the time would change what the edited line's opening label names: "- [ ] 재발 방지 대책:
 * …" names the action items' section by its label, "- [ ] 19:41 재발 방지 대책: …" no longer does
 * (the label is then "19"). The line is read as a paragraph after its list, quote and task markers.
 */
function changesLabel(doc: PostmortemDocument, edit: TextEdit): boolean {
  const lineStart = doc.text.lastIndexOf('\n', edit.start - 1) + 1;
  const nl = doc.text.indexOf('\n', edit.start);
  const lineEnd = nl < 0 ? doc.text.length : nl;
  if (edit.end > lineEnd) return true;
  const prefix = /^(?:[ \t]{0,3}>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/u.exec(doc.text.slice(lineStart, edit.start))?.[0].length ?? 0;
  const from = lineStart + prefix;
  if (from > edit.start) return false;
  const before = doc.text.slice(from, lineEnd);
  const after = doc.text.slice(from, edit.start) + edit.newText + doc.text.slice(edit.end, lineEnd);
  return !keepsSectionKinds(doc, structuralKinds(doc, 'paragraph', before), structuralKinds(doc, 'paragraph', after));
}

/**
 * Whether the words right after the inserted time would be read as its zone ("-  UTC 본사에서 …"
 * → "- 19:02 UTC 본사에서 …" in a KST timeline): the time would not be the one offered.
 */
function zoneFollows(doc: PostmortemDocument, edit: TextEdit): boolean {
  const next = /^[ \t]*\(?([A-Za-z]{1,5}|[+−-]\d{1,2}(?::?\d{2})?)\)?(?![A-Za-z0-9])/u.exec(doc.text.slice(edit.end, edit.end + 16));
  return next !== null && parseZone(next[1]) !== undefined;
}

/**
 * Whether the text right after the inserted time would be read as part of it, so the entry would
 * get another time than the one offered: "- 1분 재시작" after "오전 12시" reads 오전 12시 1분
 * (00:01), ":30" after "14:05" reads seconds. The time alone and the time with what follows it on
 * the line must read the same.
 */
function timeContinues(doc: PostmortemDocument, edit: TextEdit): boolean {
  const alone = findTimeOfDay(edit.newText);
  if (!alone) return false;
  const nl = doc.text.indexOf('\n', edit.end);
  const rest = doc.text.slice(edit.end, Math.min(nl < 0 ? doc.text.length : nl, edit.end + 24));
  const joined = findTimeOfDay(edit.newText + rest);
  return !joined || joined.hours !== alone.hours || joined.minutes !== alone.minutes || joined.seconds !== alone.seconds || joined.end > edit.newText.length;
}

const documentFacts = new WeakMap<PostmortemDocument, { stated: ReturnType<typeof statedDurations>; milestones: ReturnType<typeof findMilestones> }>();

/** The whole-document facts {@link timeChangesMeaning} reads, computed once per document (it runs once per untimed entry). */
/** A document's action items by start, with the running maximum of their ends (once per document). */
const itemExtents = new WeakMap<PostmortemDocument, { starts: number[]; maxEnds: number[] }>();

/** Whether an action item overlaps `start`…`end` (binary search, not a scan per untimed entry). */
function itemOverlaps(doc: PostmortemDocument, start: number, end: number): boolean {
  let index = itemExtents.get(doc);
  if (!index) {
    const items = [...doc.actionItems].sort((a, b) => a.start - b.start);
    const maxEnds: number[] = [];
    let max = -Infinity;
    for (const it of items) maxEnds.push((max = Math.max(max, it.end)));
    itemExtents.set(doc, (index = { starts: items.map((it) => it.start), maxEnds }));
  }
  // The items starting before `end`: one of them reaches past `start` when their largest end does.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1] > start;
}

function perDocument(doc: PostmortemDocument): { stated: ReturnType<typeof statedDurations>; milestones: ReturnType<typeof findMilestones> } {
  let facts = documentFacts.get(doc);
  if (!facts) documentFacts.set(doc, (facts = { stated: statedDurations(doc), milestones: findMilestones(doc) }));
  return facts;
}

/** 14:51 written in a timeline style, as the finding's message gives its example (the clock only). */
export function exampleTimeIn(found: TimeStyle | undefined): string {
  if (!found) return '14:51';
  // Only the clock: a date or a zone would be invented here.
  const style: TimeStyle = { ...found, date: false, zone: false };
  if (style.clock === 'iso') style.clock = '24h';
  delete style.wrap;
  return formatTimelineTime(new Date(Date.UTC(2000, 0, 1, 14, 51, 0)), { zone: 'UTC', style });
}

/**
 * Whether one more entry written in `style` could change the timeline's most common style as the
 * other untimed entries' messages show it ("start it with a time such as 오후 2시 51분"): only a
 * time written like the timeline's own example is offered.
 */
function changesExample(doc: PostmortemDocument, style: TimeStyle | undefined): boolean {
  const current = timelineStyle(doc);
  return current !== undefined && exampleTimeIn(style) !== exampleTimeIn(current);
}

/** Options of the current-time fix. */
export interface CurrentTimeOptions {
  now: Date;
  /** Minutes east of UTC of the user's clock, for a timeline that names no zone. Default: the runtime's. */
  localOffset?: number;
  lang: Lang;
}

/**
 * *Insert the current time*: `now` in the timeline's zone (the entry above's, else the document's,
 * else the user's clock) and in the style of the entry above (else the timeline's most common).
 * Offered only where the time fits: after the entry above and before the one below on the same
 * date (today, where the timeline is dated), on a clock the timeline reads the same way.
 */
export function currentTimeFix(doc: PostmortemDocument, entry: TimelineEntry, group: TimelineGroup, options: CurrentTimeOptions): Suggestion | undefined {
  if (entry.minutes !== undefined || entry.coarse || !Number.isFinite(options.now.getTime())) return undefined;
  // A 12-hour clock without AM/PM ("11:57", "1:17" read as 13:17) would be read differently
  // once a 24-hour time joins it: leave such timelines to the user.
  if (group.entries.some((e) => inferredAfternoon(doc, e))) return undefined;
  const { prev, next } = neighbours(group, entry);
  const above = prev && prev.context === entry.context ? prev : undefined;
  if (prev && !above) return undefined;
  const zone: ZoneInfo = above?.zoneInfo ?? timelineZone(doc) ?? localZone(options);
  const style: TimeStyle = { ...(above?.style ?? timelineStyle(doc) ?? { clock: '24h' }), date: false };
  if (style.zone) style.zoneLabel ??= above?.zone ?? zone.label;
  const iso = formatTimelineTime(options.now, { zone, style: { clock: 'iso', seconds: true } });
  const today: CalendarDate = { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  const nowMinutes = Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
  // The date the time is read on (the entry's own, else the entry above's) must be today.
  const own = ownDate(doc, entry);
  if (own || group.entries.some((e) => e.calendarDate !== undefined)) {
    if (!sameDate(own ?? above?.calendarDate, today)) return undefined;
  }
  // Between the timed entries around it, on their clock.
  const ref = above ?? (next && next.context === entry.context ? next : undefined);
  if (ref) {
    const offset = ref.utcOffset !== undefined ? (zone.offset ?? ref.utcOffset) : 0;
    const key = Math.floor(ref.wallTime! / 86400000) * 1440 + nowMinutes - offset;
    if (above && key < minuteKey(above)) return undefined;
    if (next && !next.afterBreak && minuteKey(next) < key) return undefined;
  } else if (next && !next.afterBreak) return undefined;
  if (timeChangesMeaning(doc, entry, undefined) || changesExample(doc, style)) return undefined;
  const shape = above ? shapeOf(doc, above) : undefined;
  const bare = formatTimelineTime(options.now, { zone, style: { ...style, wrap: undefined, zone: false } });
  // Written exactly as the entry above writes its time, with only the clock changed
  // ("**14:05 UTC**" → "**14:16 UTC**"); else in the timeline's style.
  const formatted = formatTimelineTime(options.now, { zone, style: { ...style, wrap: undefined } });
  const copy = shape !== undefined && shape.styled.includes(shape.bare) && shape.zoned.startsWith(shape.bare) && (!style.zone || formatted === shape.zoned.replace(shape.bare, bare));
  const styled = copy ? shape.styled.replace(shape.bare, bare) : formatTimelineTime(options.now, { zone, style });
  const zoned = copy ? shape.zoned.replace(shape.bare, bare) : formatted;
  // The markup and separator of the entry above, but not its approximation ("~14:00").
  const edit = placeTime(doc, entry, { shape: shape && { ...shape, before: shape.before.replace(/[~≈]/g, '') }, kind: above?.kind ?? 'list' }, zoned, styled);
  if (!edit || changesLabel(doc, edit) || zoneFollows(doc, edit) || timeContinues(doc, edit)) return undefined;
  return { title: TITLES.now[options.lang](bare), edits: [edit], manual: true };
}

/** The user's clock as a fixed-offset zone. */
function localZone(options: CurrentTimeOptions): ZoneInfo {
  const offset = options.localOffset ?? -options.now.getTimezoneOffset();
  return parseZone(offset === 0 ? 'UTC' : formatOffset(offset)) ?? { label: formatOffset(offset), offset };
}

/** Whether the model read a 24-hour-looking time as afternoon (`1:17` after `11:57` → 13:17). */
function inferredAfternoon(doc: PostmortemDocument, e: TimelineEntry): boolean {
  if (e.minutes === undefined || e.style?.clock !== '24h' || e.timeStart === undefined || e.timeEnd === undefined) return false;
  const t = findTimeOfDay(doc.text.slice(e.timeStart, e.timeEnd));
  return t !== undefined && t.hours * 60 + t.minutes !== e.minutes;
}
