import type { Rule } from '../types';
import { describeEntryTime, type TimelineEntry } from '../model/timeline';

/** `timeline-order`: Timeline entries out of chronological order. */
export const timelineOrder: Rule = {
  meta: {
    id: 'timeline-order',
    description: "Timeline entries out of chronological order.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "A timeline is read top to bottom; an entry earlier than the one above it is usually a typo in the time or the date. Entries are compared by instant when their zones are known (so `23:00 KST` is before `14:51 UTC` on the same day), else by date and time of day; entries without a time are ignored, and each timeline section is checked on its own. A timeline that crosses midnight without dates is read as going on into the next day when a time is more than 12 hours before the one above (23:50 → 00:10); a smaller step back (15:10 → 15:02) is reported. A time without seconds names its whole minute (`10:05` is not before `10:05:30`), an approximate or bounding time (`~14:00`, `14:2x`, `10:05경`, `10:05쯤`, `10:05 이후`, \"around 14:00\") may step back up to 10 minutes, and the first entry after a sub-heading that is not a date may start a new track. A timeline written newest first (at least three steps back, three times as many as forward) is read in that order: an entry later than the one above is the slip. Dates count wherever they are written (before or after the time, in a date column, a date sub-heading, a date line or item followed only by its zone in brackets: `2025-02-26 (all times UTC)`, `3월 4일 (KST 기준)`, a cell that opens with the row's date and then titles it: `| 3 August — general outage | … 20:50 … |`). A timeline on a 12-hour clock without AM/PM (no hour past 12) that steps from late morning to `1:17` is read as going on into the afternoon.",
    examples: [
    { bad: "- 15:10 Rollback done\n- 15:02 Rollback started", good: "- 15:02 Rollback started\n- 15:10 Rollback done" },
    { bad: "- 오후 3시 10분 롤백 완료\n- 오후 3시 2분 롤백 시작", good: "- 오후 3시 2분 롤백 시작\n- 오후 3시 10분 롤백 완료" },
    ],
  },
  check({ doc, report, t }) {
    for (const group of doc.timeline.groups) {
      const reversed = newestFirst(group.entries);
      let prev: TimelineEntry | undefined;
      for (const e of group.entries) {
        if (e.wallTime === undefined || e.timeStart === undefined || e.timeEnd === undefined) continue;
        // After a sub-heading that is not a date, a new track may start (a second team, a region).
        // A timeline written newest first (a status page's updates) is one order: there an entry later than the one above is the slip.
        if (prev?.wallTime !== undefined && !e.afterBreak && (reversed ? earlier(prev, e) : earlier(e, prev))) {
          const cur = describeEntryTime(doc, e, prev);
          const above = describeEntryTime(doc, prev, e);
          report({
            start: e.timeStart,
            end: e.timeEnd,
            message: reversed
              ? t({
                en: `${cur} is later than the entry above (${above}) in a timeline written newest first: check the time or the order`,
                ko: `${cur}: 최신순으로 쓴 타임라인에서 위 항목(${above})보다 늦은 시각입니다. 시각이나 순서를 확인하세요`,
              })
              : t({
                en: `${cur} is earlier than the entry above (${above}): check the time or the order`,
                ko: `${cur}: 위 항목(${above})보다 이른 시각입니다. 시각이나 순서를 확인하세요`,
              }),
            data: { actual: cur, previous: above },
          });
        }
        // Compare with the entry right above, so that one typo yields one finding, not a cascade.
        prev = e;
      }
    }
  },
};

/**
 * Whether a timeline is written newest first: at least three steps back in time between neighbouring
 * timed entries, and at least three times as many steps back as forward.
 */
function newestFirst(entries: readonly TimelineEntry[]): boolean {
  let back = 0;
  let forward = 0;
  let prev: TimelineEntry | undefined;
  for (const e of entries) {
    if (e.wallTime === undefined || e.timeStart === undefined) continue;
    if (prev && !e.afterBreak) {
      if (earlier(e, prev)) back++;
      else if (earlier(prev, e)) forward++;
    }
    prev = e;
  }
  return back >= 3 && forward * 3 <= back;
}

/** How far an approximate or bounding time (`~14:00`, `14:2x`, `10:05경`, `10:05 이후`) may step back. */
const APPROXIMATE_MS = 10 * 60000;

/**
 * Whether `e` is before `prev`: by instant when both zones are known, else by wall-clock time.
 * A time without seconds names a whole minute, so `10:05` is not before `10:05:30`; an
 * approximate time may step back a little.
 */
function earlier(e: TimelineEntry, prev: TimelineEntry): boolean {
  let a = e.wallTime!;
  let b = prev.wallTime!;
  if (e.utcOffset !== undefined && prev.utcOffset !== undefined) {
    a -= e.utcOffset * 60000;
    b -= prev.utcOffset * 60000;
  }
  if (e.seconds === undefined || prev.seconds === undefined) {
    a = Math.floor(a / 60000);
    b = Math.floor(b / 60000);
    return e.approximate || prev.approximate ? a < b - APPROXIMATE_MS / 60000 : a < b;
  }
  return e.approximate || prev.approximate ? a < b - APPROXIMATE_MS : a < b;
}
