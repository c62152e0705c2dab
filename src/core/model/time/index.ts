/**
 * Dates, times of day and time zones as people write them in incident timelines, English and
 * Korean: `14:51`, `2:51 PM`, `오후 2시 51분`, `2015-10-21T14:51:00Z`, `Oct 21`, `10월 21일 (수)`,
 * `UTC`, `KST`, `+09:00`, `Asia/Seoul`. Only `Intl` is used for zone rules (the core also runs in a
 * browser). Every scanner works on short texts (an entry, a cell, a heading), uses sticky or
 * bounded patterns, and never throws.
 */

export type { CalendarDate, TimeOfDay, TimeStyle, ZoneInfo, ZoneMatch } from './types';
export { ZONE_ABBREVIATIONS, findZone, formatOffset, isKnownIanaZone, parseZone, sameZone, zoneAt, zoneOffsetAt, zoneOffsetForWallTime } from './zones';
export { addDays, dateAt, dayNumber, findDate, formatDate } from './dates';
export { columnMilitaryTime, dateOnly, dottedClockTime, dateWithPartOfDay, findTimeOfDay, leadingDate, leadingDateEnd, parseDateValue, parseTimeOfDay, placeholderDate, placeholderTime, relativeTime, wordTime } from './clock';
export { formatTimelineTime } from './format';
