/** The zone a timeline states: its heading, a note, the front matter, or anywhere in the document. */
import type { PostmortemDocument } from '../document';
import type { Section } from '../sections';
import {
  findTimeOfDay,
  findZone,
  parseDateValue,
  parseZone,
  zoneAt,
  type CalendarDate,
  type ZoneInfo,
} from '../time';
import type { ZoneNote } from './types';
import { contextAbbreviationAt, contextHeadingZone, contextNoteZone } from '../time/contextZones';

const FRONT_MATTER_DATE_KEYS = ['incident_start', 'start', 'started', 'started_at', 'start_time', 'date'];
const FRONT_MATTER_ZONE_KEYS = ['timezone', 'time_zone', 'timeZone', 'tz', 'zone', '시간대'];
/** A note about times: "All times UTC", "Times are in KST", "모든 시각은 KST", "KST 기준". */
export const NOTE_WORDS = /\btimes\b|timestamp|time\s?zone|\bzone\b|\btime\s(?:is|are|in|shown|given)\b|\b(?:events|entries)\s(?:are\s)?(?:documented|recorded|listed|given|shown|written)\sin\b|\bin\s[a-z]{2,5}\stime\b|시각|시간대|시간은|기준|표준시/i;
/** Punctuation and markup around a zone or filler word. */
const PUNCT = /[\s()[\]*_.:,…]/g;
/** What a note may say besides the zone ("(UTC)", "All in KST"). */
const NOTE_REST = new Set(['', 'in', 'all in', 'all']);

/**
 * The zone a heading states ("Timeline (UTC)", "### Day 2, KST"). Two-letter zones (PT, ET) are
 * taken only in parentheses, after a comma or at the end, so that "ET rollout" is not a zone.
 */
export function headingZone(title: string): ZoneInfo | undefined {
  const strong = findZone(title);
  if (strong) return strong.zone;
  const weak = findZone(title, { weak: true });
  // The wider list of abbreviations only alone in brackets ("Timeline (ACST)") or as a note ("Timeline, times in ICT").
  if (!weak) return contextHeadingZone(title);
  const before = title.slice(0, weak.start).trimEnd();
  const atEnd = /^[\s)\]]*$/.test(title.slice(weak.end, weak.end + 8)) && weak.end + 8 >= title.length;
  return before.endsWith('(') || before.endsWith('[') || before.endsWith(',') || atEnd ? weak.zone : undefined;
}

/** Whether a text is a note stating the zone of times ("All times UTC", "모든 시각은 KST 기준"). */
export function noteZone(text: string): ZoneInfo | undefined {
  if (!NOTE_WORDS.test(text) && text.length > 40) return undefined;
  // In a note about times, a US region alone names the zone ("All times are Pacific.").
  const z = findZone(text, { region: NOTE_WORDS.test(text) });
  // The wider list of abbreviations where the note names the zone of times ("All times are in ICT", "ICT 기준").
  if (!z) return contextNoteZone(text);
  if (NOTE_WORDS.test(text)) return z.zone;
  return NOTE_REST.has(bareWords(text.slice(0, z.start) + ' ' + text.slice(z.end))) ? z.zone : undefined;
}

/**
 * A short line above a timeline's entries that opens with the zone of its times and then qualifies it: "In UTC because
 * why not", "All in PDT (from memory)". The zone stands right after "in"; a sentence that goes on ("In UTC+2 land it was
 * night") is not a note.
 */
export function leadNoteZone(text: string): ZoneInfo | undefined {
  if (text.length > 60) return undefined;
  const m = /^[ \t*_([]{0,4}(?:all[ \t]{1,3})?in[ \t]{1,3}/iu.exec(text);
  if (!m) return undefined;
  const z = findZone(text);
  if (!z || z.start !== m[0].length) return undefined;
  // What follows the zone qualifies the note (a reason, a scope), not an event: "… because why not", "… throughout".
  return /^(?:$|[ \t]*[)\],.:;!(]|[ \t]+(?:because|since|as|for|throughout|unless|except|obviously|of[ \t]course|as[ \t]usual)\b)/iu.test(text.slice(z.end)) ? z.zone : undefined;
}

/** A short text without punctuation and markup, lowercased, single-spaced. */
export function bareWords(text: string): string {
  return text.replace(PUNCT, ' ').trim().replace(/\s{2,}/g, ' ').toLowerCase();
}

export interface FrontMatterContext {
  date?: CalendarDate;
  /** The zone the front matter states (`timezone: UTC`, or a start time written with its offset). */
  zone?: ZoneInfo;
  /**
   * The offset of a `date:` value alone (a blog's publication time, "date: 2025-05-30T20:00:44-04:00"): the writer's
   * clock when publishing, which says less about the timeline than a zone its own entries write (ranked as mentioned).
   */
  dateZone?: ZoneInfo;
}

export function frontMatterContext(doc: PostmortemDocument): FrontMatterContext {
  const meta = doc.meta;
  const out: FrontMatterContext = {};
  let timeZone: ZoneInfo | undefined;
  let dateKey: string | undefined;
  for (const key of FRONT_MATTER_DATE_KEYS) {
    const v = parseDateValue(meta[key]);
    if (v?.date.year !== undefined) {
      out.date = v.date;
      timeZone = v.time?.zone?.zone;
      dateKey = key;
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
  // A start time written with its zone ("start: 2015-10-21T14:51:00+09:00") states the zone too; a publication
  // date's offset ("date: …-04:00") only hints at it.
  if (!out.zone && timeZone) {
    if (dateKey === 'date') out.dateZone = timeZone;
    else out.zone = timeZone;
  }
  return out;
}

/**
 * A zone stated anywhere outside the timelines: a note ("All times in PDT" in the summary), a
 * heading naming one, or a time written with its zone (an overview row `발생 일시 | 2025-04-02
 * 10:05 KST`, "Started at 14:02 UTC").
 */
export function documentNoteZone(doc: PostmortemDocument, timelines: Section[]): ZoneNote | undefined {
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
      const src = doc.text.slice(block.start, block.end);
      const t = findTimeOfDay(src);
      // A zone right after the time ("14:02 UTC") or right before it ("beginning from UTC 05:13", "KST 10:05부터").
      const z = t ? (t.zone?.zone ?? zoneRightBefore(src, t.start)) : undefined;
      if (z && (z.offset !== undefined || z.iana)) fromTime = z;
    }
  }
  return fromTime ? { zone: fromTime, source: 'mentioned' } : undefined;
}

/** A zone word written right before a time, separated by at most one space ("UTC 05:13", "KST 10:05"). */
function zoneRightBefore(text: string, timeStart: number): ZoneInfo | undefined {
  const from = Math.max(0, timeStart - 12);
  const m = /([A-Za-z]{2,5}[+-]?\d{0,2})[ \t]?$/.exec(text.slice(from, timeStart));
  if (!m) return undefined;
  const z = zoneAt(text, from + m.index) ?? contextAbbreviationAt(text, from + m.index);
  return z && z.end === from + m.index + m[1].length ? z.zone : undefined;
}
