import type { PostmortemDocument } from '../model/document';

/*
 * Durations a postmortem states for the incident ("For 47 minutes the API returned 503s",
 * "47분간 결제 실패", "영향 시간: 19:04 ~ 19:41 (37분)", "a 2-hour outage", "Duration: ~2h").
 *
 * Precision first: only a duration that clearly gives the incident's or the impact's length
 * counts. In the summary and impact sections, a duration counts when
 * - it is introduced as one: "lasted", "outage of", "N-minute outage", "Duration:", "downtime:",
 *   "장애 시간:", "영향 시간:", "(37분)" right after a time range; or
 * - it is a span ("for 45 minutes", "47분간", "1시간 12분 동안") in a sentence about the outage
 *   (outage, down, errors, failed, 장애, 중단, 실패, …);
 * and never when the sentence measures something else: detection or response ("before the alert
 * fired", "within", "after", "감지까지", "만에", "후"), a part of the incident ("also", "partial",
 * "일부"), or several durations at once.
 */

/** A duration written in the text. */
export interface StatedDuration {
  /** Offsets of the number and unit(s) (what a fix replaces). */
  start: number;
  end: number;
  minutes: number;
  /** "about", "~", "약", "over": the writer rounded. */
  approximate: boolean;
  /** The smallest unit written, in minutes (60 for "2 hours"): the writer's precision. */
  unitMinutes: number;
  /** How it is written, for a fix alike. */
  style: 'en-long' | 'en-short' | 'en-compact' | 'en-adjective' | 'ko';
  text: string;
}

const EN_PART = /(\d{1,4}(?:\.\d{1,2})?|an?|one)(?:\s|-)?(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])/gi;
const KO_PART = /(\d{1,4}(?:\.\d{1,2})?)\s?(일|시간|분)/g;
const APPROX_BEFORE_EN = /(?:~|≈|about|around|approximately|approx\.?|roughly|nearly|almost|over|more than|less than|under|just over|just under|some)\s?$/i;
const APPROX_BEFORE_KO = /(?:약|대략|~|거의|이상|가량)\s?$/;
const APPROX_AFTER_KO = /^\s?(?:가량|정도|여|이상|넘게|남짓)/;

/** Sentence words about the outage itself. */
const OUTAGE_EN = /\b(?:outage|down(?:time)?|unavailable|unreachable|fail(?:ed|ing|ures?)?|errors?|5xx|50[0-4]s?|impact(?:ed)?|degraded|degradation|disrupt(?:ed|ion)|could ?n[o']t|unable|broken|time[ds]? ?out|timeouts|incident|offline|stalled|lost)\b/i;
const OUTAGE_KO = /장애|중단|실패|오류|에러|지연|불가|영향|다운|먹통|접속|끊|멈|응답\s?없|서비스\s?안/;
/** The sentence measures something other than the whole incident. */
const OTHER_EN = /\b(?:before|until|unnoticed|undetected|to detect|to notice|to respond|to acknowledge|to page|within|after|later|earlier|ago|also|partial(?:ly)?|some (?:users|customers|regions)|each|every|per|response time|detection|maintenance|window|delay(?:ed)?|ttl|timeout of|retention|cache)\b/i;
const OTHER_KO = /까지|만에|이내|후에|후\s|뒤|전에|앞서|동안\s?아무도|감지|인지|탐지|알람|알림|대응\s?시간|일부|또한|마다|점검|유지보수|캐시|타임아웃|보관/;
/** A duration introduced as the incident's length. */
const INTRO_EN = /(?:\blasted|\blasting|\blasts|\b(?:outage|incident|downtime|disruption|impact|degradation) (?:of|lasting)|\b(?:total |impact |incident |outage )?(?:duration|downtime|time to (?:resolve|recover|mitigate)|ttr|mttr)\s?[:：=]|\bimpact window\s?[:：])\s?(?:(?:~|about|around|approximately|roughly|nearly|almost|over)\s?)?$/i;
const INTRO_KO = /(?:(?:장애|영향|중단|서비스\s?중단|다운타임|총\s?장애|장애\s?지속|영향\s?받은)\s?(?:시간|기간)\s?(?:[:：은는이]|은\s|는\s)?|지속\s?시간\s?[:：]?)\s?(?:약\s?)?$/;
/** An outage noun right after the duration: "a 47-minute outage", "2-hour disruption". */
const NOUN_AFTER_EN = /^[- ]?(?:long )?(?:outage|incident|disruption|downtime|degradation)\b/i;
/** A time range right before "(37분)" / "(37 minutes)". */
const RANGE_BEFORE = /\d{1,2}:\d{2}(?:\s?[A-Za-z]{2,4})?\s?(?:~|-|–|—|to|부터)\s?\d{1,2}:\d{2}(?:\s?[A-Za-z+:0-9]{2,9})?\s?\(\s?(?:약\s?|~\s?|about\s)?$/i;

function unitMinutes(unit: string): number {
  const u = unit.toLowerCase();
  if (u === '일' || u.startsWith('d')) return 1440;
  if (u === '시간' || u.startsWith('h')) return 60;
  return 1;
}

function numberOf(n: string): number {
  const l = n.toLowerCase();
  return l === 'a' || l === 'an' || l === 'one' ? 1 : Number(n);
}

interface Raw {
  start: number;
  end: number;
  minutes: number;
  unit: number;
  style: StatedDuration['style'];
}

/** Duration expressions in a line (compound ones joined: "1 hour 12 minutes", "1시간 12분"). */
function durationsIn(line: string): Raw[] {
  const parts: { start: number; end: number; minutes: number; unit: number; ko: boolean; short: boolean; compact: boolean; adjective?: boolean }[] = [];
  EN_PART.lastIndex = 0;
  for (let m = EN_PART.exec(line); m; m = EN_PART.exec(line)) {
    if (m.index > 0 && /[\w.]/.test(line[m.index - 1])) continue;
    const u = unitMinutes(m[2]);
    const word = /^[a-z]/i.test(m[1]);
    // "a d", "an m": only "an hour", "a day", "a minute".
    if (word && m[2].length < 3) continue;
    parts.push({ start: m.index, end: m.index + m[0].length, minutes: numberOf(m[1]) * u, unit: u, ko: false, short: m[2].length <= 4, compact: m[2].length === 1, adjective: m[0].includes('-') });
  }
  KO_PART.lastIndex = 0;
  for (let m = KO_PART.exec(line); m; m = KO_PART.exec(line)) {
    if (m.index > 0 && /[\w.:]/.test(line[m.index - 1])) continue;
    // "1일" as a date ("7월 1일") is not a duration.
    if (m[2] === '일' && /월\s?$/.test(line.slice(0, m.index))) continue;
    const u = unitMinutes(m[2]);
    parts.push({ start: m.index, end: m.index + m[0].length, minutes: Number(m[1]) * u, unit: u, ko: true, short: false, compact: false });
  }
  parts.sort((a, b) => a.start - b.start);
  const out: Raw[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    const gap = last ? line.slice(last.end, p.start) : '';
    if (last && last.unit > p.unit && /^(?:\s?|,\s|\s(?:and|&)\s)$/.test(gap) && (last.style === 'ko') === p.ko) {
      last.end = p.end;
      last.minutes += p.minutes;
      last.unit = p.unit;
      continue;
    }
    out.push({ start: p.start, end: p.end, minutes: p.minutes, unit: p.unit, style: p.ko ? 'ko' : p.adjective ? 'en-adjective' : p.compact ? 'en-compact' : p.short ? 'en-short' : 'en-long' });
  }
  return out;
}

/** The sentence around [start, end) in a line. */
function sentenceOf(line: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?。]\s$/.test(line.slice(Math.max(0, a - 2), a)) && line[a - 1] !== ';') a--;
  let b = end;
  while (b < line.length && !/^[.!?。;]\s/.test(line.slice(b, b + 2)) && !(b === line.length - 1 && /[.!?。]/.test(line[b]))) b++;
  return line.slice(a, b);
}

/** The incident durations the summary and impact sections state. */
export function statedDurations(doc: PostmortemDocument): StatedDuration[] {
  const out: StatedDuration[] = [];
  const sections = [...doc.sectionsOf('summary'), ...doc.sectionsOf('impact')];
  for (const s of sections) {
    const body = doc.text.slice(s.contentStart, Math.min(s.end, s.contentStart + 20000));
    let offset = s.contentStart;
    let inFence = false;
    for (const line of body.split('\n')) {
      const base = offset;
      offset += line.length + 1;
      if (/^\s{0,3}(?:```|~~~)/.test(line)) inFence = !inFence;
      if (inFence || /^\s{0,3}#/.test(line) || line.length > 2000) continue;
      const found = durationsIn(line);
      for (const d of found) {
        const sentence = sentenceOf(line, d.start, d.end);
        const before = line.slice(Math.max(0, d.start - 60), d.start);
        const after = line.slice(d.end, d.end + 30);
        const ko = d.style === 'ko';
        // Other durations in the same sentence: the sentence compares or splits times, not one length.
        const others = found.filter((o) => o !== d && sentence.includes(line.slice(o.start, o.end)));
        const introduced = (ko ? INTRO_KO : INTRO_EN).test(before) || (!ko && NOUN_AFTER_EN.test(after)) || RANGE_BEFORE.test(before);
        const span = ko ? /^\s?(?:간|동안)/.test(after) : /\bfor\s(?:(?:~|about|around|approximately|roughly|nearly|almost|over|more than|just over|just under)\s?)?$/i.test(before);
        const about = ko ? OUTAGE_KO.test(sentence) : OUTAGE_EN.test(sentence);
        const other = ko ? OTHER_KO.test(sentence.replace(/\d{1,2}:\d{2}\s?(?:~|-|–|—)\s?\d{1,2}:\d{2}/g, '')) : OTHER_EN.test(sentence);
        if (!(introduced || (span && about && !other))) continue;
        if (!introduced && others.length) continue;
        if (!introduced && (ko ? /^\s?(?:간|동안)?\s?(?:만에|후|뒤|이내|전)/.test(after) : false)) continue;
        const approximate = (ko ? APPROX_BEFORE_KO.test(before) || APPROX_AFTER_KO.test(after.replace(/^\s?(?:간|동안)/, '')) : APPROX_BEFORE_EN.test(before)) || /(?:~|약|about|around)\s?$/i.test(before);
        out.push({ start: base + d.start, end: base + d.end, minutes: d.minutes, approximate, unitMinutes: d.unit, style: d.style, text: line.slice(d.start, d.end) });
      }
    }
  }
  return out;
}

/** How far a stated duration may be from the timeline's: rounding people do, not errors. */
export function toleranceMinutes(stated: StatedDuration, computed: number): number {
  let tol = Math.max(5, 0.15 * computed);
  if (stated.approximate) tol = Math.max(10, 0.25 * computed);
  // "2 hours" written without minutes is rounded to the hour, "3 days" to the day.
  if (stated.unitMinutes >= 60) tol = Math.max(tol, stated.unitMinutes / 2);
  return tol;
}
