import type { PostmortemDocument } from './document';

/** One entry of the timeline section: a list item or a table row. */
export interface TimelineEntry {
  kind: 'list' | 'table';
  /** Offsets of the whole list item / table row. */
  start: number;
  end: number;
  /** Plain text of the entry. */
  text: string;
  /** Offsets of the time-of-day expression, when there is one. */
  timeStart?: number;
  timeEnd?: number;
  /** Date (YYYY-MM-DD) from the entry, a dated heading above it, or the front matter. */
  date?: string;
  /** Minutes since midnight of the time of day. */
  minutes?: number;
  /** Offset from UTC in minutes, when a zone applies (entry, note or front matter). */
  utcOffset?: number;
  /** The zone as written (`UTC`, `KST`, `+09:00`, ...), when the entry or a note says it. */
  zone?: string;
  /** The instant in epoch milliseconds, when date, time and zone are all known. */
  instant?: number;
}

/** The timeline of a document. */
export interface Timeline {
  entries: TimelineEntry[];
}

/** Extracts the timeline entries of a document. */
export function extractTimeline(doc: PostmortemDocument): Timeline {
  void doc;
  return { entries: [] };
}
