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
    rationale: "A timeline is read top to bottom; an entry earlier than the one above it is usually a typo in the time or the date. Entries are compared by instant when their zones are known (so `23:00 KST` is before `14:51 UTC` on the same day), else by date and time of day; entries without a time are ignored, and each timeline section is checked on its own. A timeline that crosses midnight without dates is read as going on into the next day when a time is more than 12 hours before the one above (23:50 → 00:10); a smaller step back (15:10 → 15:02) is reported.",
    examples: [
    { bad: "- 15:10 Rollback done\n- 15:02 Rollback started", good: "- 15:02 Rollback started\n- 15:10 Rollback done" },
    { bad: "- 오후 3시 10분 롤백 완료\n- 오후 3시 2분 롤백 시작", good: "- 오후 3시 2분 롤백 시작\n- 오후 3시 10분 롤백 완료" },
    ],
  },
  check({ doc, report, t }) {
    for (const group of doc.timeline.groups) {
      let prev: TimelineEntry | undefined;
      for (const e of group.entries) {
        if (e.wallTime === undefined || e.timeStart === undefined || e.timeEnd === undefined) continue;
        if (prev?.wallTime !== undefined && earlier(e, prev)) {
          const cur = describeEntryTime(doc, e, prev);
          const above = describeEntryTime(doc, prev, e);
          report({
            start: e.timeStart,
            end: e.timeEnd,
            message: t({
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

/** Whether `e` is before `prev`: by instant when both zones are known, else by wall-clock time. */
function earlier(e: TimelineEntry, prev: TimelineEntry): boolean {
  if (e.utcOffset !== undefined && prev.utcOffset !== undefined) {
    return e.wallTime! - e.utcOffset * 60000 < prev.wallTime! - prev.utcOffset * 60000;
  }
  return e.wallTime! < prev.wallTime!;
}
