import type { Rule } from '../types';
import { findDate } from '../model/time';

/** `timeline-timestamp`: A timeline entry with no time of day. */
export const timelineTimestamp: Rule = {
  meta: {
    id: 'timeline-timestamp',
    description: "A timeline entry with no time of day.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "Every timeline entry needs a time of day, so that readers can see how long detection, mitigation and recovery took. An entry is a list item or table row of the timeline section (sub-sections included), or a paragraph line that opens with a time; items nested under an entry are its details and are not checked, and an untimed item whose nested items have times is read as a group label. Accepted forms include `14:51`, `14:51:07`, `2:51 PM`, `오후 2시 51분`, `14시 51분` and ISO date-times, bold, italic or in code; a time later in the text counts too (\"Rolled back at 14:51\", \"14:51에 롤백\"), but not a number such as \"version 1:2\".",
    examples: [
    { bad: "- Rolled back the release", good: "- 15:02 Rolled back the release" },
    { bad: "- 롤백 완료", good: "- 15:02 롤백 완료" },
    ],
  },
  check({ doc, report, t }) {
    for (const e of doc.timeline.entries) {
      if (e.minutes !== undefined) continue;
      // A multi-day timeline often dates its entries without times: say what is missing.
      const dated = (findDate(e.text.slice(0, 60))?.start ?? 99) <= 2;
      report({
        start: e.headStart,
        end: e.headEnd,
        message: dated
          ? t({
              en: 'Timeline entry has a date but no time of day: add the time, such as 14:51',
              ko: '타임라인 항목에 날짜만 있고 시각이 없습니다. 14:51처럼 시각을 적으세요',
            })
          : t({
              en: 'Timeline entry has no time of day: start it with a time such as 14:51',
              ko: '타임라인 항목에 시각이 없습니다. 14:51처럼 시각으로 시작하세요',
            }),
        data: { actual: e.text.slice(0, 80) },
      });
    }
  },
};
