import type { Rule } from '../types';
import type { PostmortemDocument } from '../model/document';
import { findDate } from '../model/time';
import { timelineStyle, type TimelineEntry, type TimelineGroup } from '../model/timeline';
import { exampleTimeIn, previousTimeFix } from '../edits/entryTime';
import { entriesAwayFromTimedDays } from '../model/timeline/dayGrain';
import { entriesInsideSpan } from '../model/timeline/spanNotes';
import { leadUpEntries } from '../model/timeline/leadUp';

/** `timeline-timestamp`: A timeline entry with no time of day. */
export const timelineTimestamp: Rule = {
  meta: {
    id: 'timeline-timestamp',
    description: "A timeline entry with no time of day.",
    tags: ["timeline"],
    defaultSeverity: 'warning',
    fixable: 'manual',
    rationale: "Every timeline entry needs a time of day, so that readers can see how long detection, mitigation and recovery took. An entry is a list item or table row of the timeline section (sub-sections included), a paragraph line that opens with a time, or a heading that opens with one (`### 16:20`, with what is under it as its details); items nested under an entry are its details and are not checked, and an untimed item whose nested items have times is read as a group label. Accepted forms include `14:51`, `14:51:07`, `14:51:` (a colon after the time), `2:51 PM`, `~14:00`, `14:00–14:30`, `14:2x`, `2015-10-21 0915`, `10-21 14:51`, `오후 2시 51분`, `14시 51분`, `14:51경`, a time in words or with an \"h\" (`noon`, `midnight`, `정오`, `자정`, `09h12`), a time with a dot and a zone (`14.05 UTC`), a time with a dot in a timeline that writes its entries so (at least three open with one: `10.14 Email to staff`; a bare `10.00` elsewhere may be a number) and ISO date-times, bold, italic or in code; a time later in the text counts too (\"Rolled back at 14:51\", \"14:51에 롤백\"), but not a number such as \"version 1:2\". A placeholder such as `1X:XX`, `22:XX`, `HH:MM` or `--:--` is not a time, and the message says so (a lone dash in a time column is not one: it marks a row that is no event at a time). Entries that deliberately give something coarser are not flagged: an offset (`T+5m`, `배포 직후 + 5분`, `10 minutes later`, `약 10분 후`), a date with a part of the day (`9월 26일 밤`, `Oct 21 morning`), words in a time column (`Pre-existing`), a step still to come, said in the date column of a table without a time column or by a label opening the entry (`TBD`, `Planned:`, `예정`, `(미정)`). Not entries: link lists, summary figures (`MTTD: 5m`, `대응 시간: 3분`), notes (`Note: …`, `Background: …`, `Context: …`, `참고: …`, `배경: …`, items after a timeline table), a list without any time or date told between timed entries (a list of hosts; but a list right under a sub-heading or a date line that is only a date, such as `### 2021-04-15` or `2025-02-26 (all times UTC)`, tells that day's events and its items are entries), a list inside one sub-section of a timeline told as prose under its sub-headings with no time or date anywhere (the causes of one incident), a list between two paragraphs that carry a time inside the sentence in a timeline told as paragraphs (\"At 15:44 UTC we concluded that\" and the conclusions listed). A timeline section that tells no time or date at all while another timeline section of the document has timed entries (a *Leadup* of context bullets before the *Timeline*) is context, not entries. A timeline that counts days needs no time of day: no entry has a time of day and most entries are dated (a disclosure over weeks), or most entries are dated by their own date or a date line over at least three days and at most one in five has a time (the hour of one release in a disclosure). An item placed by a year or a month only (`In 2021, we changed …`, `2022년 3월에 …`) is background at that grain. A timeline may be introduced by a sentence instead of a heading (`Here is the timeline of what happened, all times UTC:` over a list of timed items) when the document has no other. Around an incident told by the hour, an entry dated by its own date on a day more than one day away from every day with a timed entry (a vendor's notice weeks before, a site visit a week after) is told at the grain of its day and needs no time; one on a timed day or the day next to one still does. Untimed items between a timed entry that opens a span and the next timed entry that closes the same span (`Start of the maintenance window` … `End of the maintenance window`, `정기 점검 시작` … `정기 점검 종료`) tell what held during it and are not asked for a time. The message's example is written the way the timeline writes its times (`14:51`, `2:51 PM`, `오후 2시 51분`). Quick fixes in the editor: *Insert the previous entry's time* copies the time of the timed entry above as that entry writes it (bold, zone, separator, table cell, heading), and *Insert the current time* writes the current time in the timeline's zone and style; each is offered only where the time keeps the timeline in order on the same date. Both write a fact only the author can confirm, so `--fix` and *Fix all* never apply them.",
    examples: [
    { bad: "- Rolled back the release", good: "- 15:02 Rolled back the release" },
    { bad: "- 롤백 완료", good: "- 15:02 롤백 완료" },
    ],
  },
  check({ doc, report, t, locale }) {
    let example: string | undefined;
    const groups = doc.timeline.groups;
    for (const group of groups) {
      if (group.dayGranular) continue;
      // A timeline section that tells no time or date at all while another one of the document has timed entries
      // (a "Leadup" of context bullets before the "Timeline"): context told as a list, not entries missing their times.
      if (groups.length > 1 && untold(group) && groups.some((g) => g !== group && g.entries.some((e) => e.minutes !== undefined))) continue;
      const datedOnly = mostlyDatedOnly(group);
      // Lead-up and aftermath dated days away from the days told by the hour: their day is their grain.
      const away = entriesAwayFromTimedDays(group);
      // Notes between "Start of X" and "End of X" (timed): what held during the span.
      const inside = entriesInsideSpan(group);
      // Lead-up entries placed by a label ahead of the timed ones ("**Before the incident**:", "사고 전날 저녁:").
      const leadUp = leadUpEntries(group);
      for (const e of group.entries) {
        // "9월 26일 밤", "Oct 21 morning": a part of the day, coarse but deliberate.
        if (e.minutes !== undefined || e.coarse) continue;
        // Where most dated entries carry no time, a date is the grain of the timeline.
        if (e.ownDate && datedOnly) continue;
        if (away.has(e) || inside.has(e) || leadUp.has(e)) continue;
        example ??= exampleTime(doc);
        const dated = e.ownDate || (findDate(e.text.slice(0, 60))?.start ?? 99) <= 2;
        report({
          start: e.headStart,
          end: e.headEnd,
          message: e.placeholder
            ? t({
                en: `Timeline entry has a placeholder instead of a time: write the time, such as ${example}`,
                ko: `타임라인 항목의 시각이 자리표시자입니다. ${example}처럼 실제 시각을 적으세요`,
              })
            : dated
              ? t({
                  en: `Timeline entry has a date but no time of day: add the time, such as ${example}`,
                  ko: `타임라인 항목에 날짜만 있고 시각이 없습니다. ${example}처럼 시각을 적으세요`,
                })
              : t({
                  en: `Timeline entry has no time of day: start it with a time such as ${example}`,
                  ko: `타임라인 항목에 시각이 없습니다. ${example}처럼 시각으로 시작하세요`,
                }),
          data: { actual: e.text.slice(0, 80) },
          suggestions: fixFor(doc, e, group, locale),
        });
      }
    }
  },
};

/** *Insert the previous entry's time*, where it is sound (a quick fix for a person to pick). */
function fixFor(doc: PostmortemDocument, e: TimelineEntry, group: TimelineGroup, locale: 'en' | 'ko') {
  const fix = previousTimeFix(doc, e, group, locale);
  return fix ? [fix] : undefined;
}

/** Whether no entry of the group has a time, a placeholder, a part of the day or a date of its own or from a dated heading. */
function untold(group: TimelineGroup): boolean {
  return group.entries.every((e) => e.minutes === undefined && !e.placeholder && !e.coarse && !e.ownDate && e.dateSource !== 'heading');
}

/** Whether the group's dated entries are mostly without a time of day. */
function mostlyDatedOnly(group: TimelineGroup): boolean {
  let timed = 0;
  let untimed = 0;
  for (const e of group.entries as TimelineEntry[]) {
    if (!e.ownDate) continue;
    if (e.minutes !== undefined || e.coarse) timed++;
    else untimed++;
  }
  return untimed > 0 && untimed >= timed;
}

/** 14:51 written the way the document writes its times (`14:51`, `2:51 PM`, `오후 2시 51분`, `**14:51**`). */
function exampleTime(doc: PostmortemDocument): string {
  return exampleTimeIn(timelineStyle(doc));
}
