import type { Rule } from '../types';
import { sameZone } from '../model/time';

/** `timeline-timezone`: A timeline whose times have no time zone stated anywhere, or that mixes zones. */
export const timelineTimezone: Rule = {
  meta: {
    id: 'timeline-timezone',
    description: "A timeline whose times have no time zone stated anywhere, or that mixes zones.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "Times without a zone are ambiguous for distributed teams and for durations across daylight-saving changes. State the zone once (front matter `timezone: UTC` or `timezone: Asia/Seoul`, a note such as *All times UTC* / *모든 시각은 KST* anywhere in the document, or a heading *Timeline (UTC)* / a table header *Time (KST)*) or on each entry, after or before the time (`14:05 UTC`, `_14:05 UTC_`, `UTC 14:05`, `[KST 14:05]`, `KST 오후 3시`), and use one zone throughout; a zone written before the time is the entry's own, as one after it, for the mixed-zone check too. A time written with its zone anywhere else also says which zone the team reads its clocks in, the zone after the time or right before it (*started at 14:02 UTC*, *beginning from UTC 05:13*, *KST 10:05부터*); zone names include the IANA ones, legacy links too (`Asia/Seoul`, `US/Pacific`), and zones written out (*Central European Time*, *미국 태평양 시간*, every CLDR name such as *Gulf Standard Time* / *걸프만 표준시*, a city of an IANA zone with *time*: *Berlin time*; in a note about times a US region alone: *All times are Pacific*). Beyond the common abbreviations, the wider list PostgreSQL keeps (`GST`, `SAST`, `ICT`, `PHT`, `BRT`, `ACST` …) counts where the letters can only be a zone: right after a time and before a separator (`16:42 GST:`), right before a time, alone in brackets in a heading or a time column's header (*Time (SAST)*), in a note about times (*All times in ICT*, *ICT 기준*) or in the front matter. A timeline told in several sections with no zone anywhere gets one finding, on the first of them. Mixing zones is reported on the first entry whose zone differs from the stated one (or, when none is stated, from the first zone an entry names); equivalent spellings (KST, +09:00, Asia/Seoul) and a daylight-saving pair (PST/PDT) count as one zone.",
    examples: [
    { bad: "## Timeline\n- 14:51 Alert fired", good: "## Timeline (all times UTC)\n- 14:51 Alert fired" },
    { bad: "## 타임라인\n- 14:51 UTC 알림 발생\n- 23:55 KST 롤백", good: "## 타임라인\n모든 시각은 KST 기준.\n- 23:51 알림 발생\n- 23:55 롤백" },
    ],
  },
  check({ doc, report, t }) {
    // A zone stated nowhere is one fact about the document (one note anywhere states it for every timeline section):
    // reported once, on the first timeline section without one.
    let saidNoZone = false;
    for (const group of doc.timeline.groups) {
      const timed = group.entries.filter((e) => e.minutes !== undefined);
      if (!timed.length) continue;
      // The clock reads a zone written right before a time ("UTC 14:05", "[KST 14:05]") or inside underscore
      // emphasis ("_14:05 UTC_") as the entry's own, like one after it.
      if (!timed.some((e) => e.zoneInfo)) {
        if (saidNoZone) continue;
        saidNoZone = true;
        const h = group.section;
        report({
          start: h.start,
          end: h.contentStart,
          message: t({
            en: 'Timeline times have no time zone: state it once ("All times UTC", "Timeline (KST)", front matter `timezone: UTC`) or on each entry',
            ko: '타임라인 시각에 시간대가 없습니다. "모든 시각은 KST 기준", "타임라인 (UTC)", front matter `timezone: Asia/Seoul`처럼 한 번 밝히거나 항목마다 적으세요',
          }),
        });
        continue;
      }
      // The stated zone is the reference; without one, the first zone an entry names.
      const explicit = timed.filter((e) => e.zoneSource === 'entry' || e.zoneSource === 'table' || e.zoneSource === 'heading');
      const declared = group.zoneSource !== 'inferred' && group.zoneSource !== 'mentioned' ? group.zone : undefined;
      const ref = declared ?? explicit[0]?.zoneInfo;
      if (!ref) continue;
      for (const e of explicit) {
        const z = e.zoneInfo!;
        if (sameZone(z, ref, e.instant)) continue;
        report({
          start: e.zoneStart ?? e.timeStart!,
          end: e.zoneEnd ?? e.timeEnd!,
          message: t({
            en: `This entry is in ${z.label} but the timeline uses ${ref.label}: write every time in one zone`,
            ko: `이 항목은 ${z.label} 기준인데 타임라인은 ${ref.label} 기준입니다. 한 시간대로 통일하세요`,
          }),
          data: { actual: z.label, expected: [ref.label] },
        });
        break;
      }
    }
  },
};
