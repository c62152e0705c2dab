import type { PostmortemDocument } from '../model/document';
import { parseDateValue, dayNumber, zoneOffsetForWallTime, type CalendarDate } from '../model/time';
import type { TimelineEntry } from '../model/timeline';
import { TextMemo } from '../model/memo';

/*
 * Milestones of an incident, read from the timeline (the decisions, in one place):
 *
 * - Five milestones: impact start, detection, response start, mitigation (users no longer hurt)
 *   and resolution.
 * - An explicit marker always wins: front matter (`impact_start`, `detected`, `responded`,
 *   `mitigated`, `resolved`) over a marker in an entry (`[start]`, `[detected]`, `[감지]`, …).
 * - Otherwise a milestone is inferred from the entries' words. Each kind has *strong* wordings
 *   (an event: "alert fired", "paged", "감지", "알람 발생") and, for mitigation, a second tier
 *   (an action that usually ends the impact: "rolled back", "우회"). The milestone is the earliest
 *   entry with a wording of the best tier present; a negated wording ("no alert fired", "알람이
 *   발생하지 않았다") does not count, and a bare mention ("alert", "알람") never does. Precision
 *   first: no wording, no milestone (durations from it are then unknown, not guessed).
 * - Only entries with a time of day (not a placeholder) can be milestones.
 */

/** The milestones, in the order an incident goes through them. */
export const MILESTONE_KINDS = ['start', 'detected', 'responded', 'mitigated', 'resolved'] as const;

/** A milestone kind. */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Where a milestone comes from. */
export type MilestoneSource = 'frontMatter' | 'marker' | 'inferred';

/** A point in time: an instant when the zone is known, else a wall-clock time read as if UTC. */
export interface MilestoneTime {
  instant?: number;
  wallTime?: number;
  /** Whether the time is approximate (`~14:00`, `14:05경`). */
  approximate?: boolean;
}

/** One milestone of the incident. */
export interface Milestone extends MilestoneTime {
  kind: MilestoneKind;
  source: MilestoneSource;
  /** The timeline entry (none for a front-matter time that matches no entry). */
  entry?: TimelineEntry;
  /** Offsets of the marker or of the wording that made it (for hovers); the front-matter value for front matter. */
  start: number;
  end: number;
  /** The words that made it ("alert fires", "[detected]", "front matter detected"). */
  evidence: string;
}

/** The milestones found (each kind at most once). */
export type Milestones = Partial<Record<MilestoneKind, Milestone>>;

/** Front-matter keys per kind. */
export const FRONT_MATTER_KEYS: Record<MilestoneKind, string[]> = {
  start: ['impact_start', 'impact_started', 'impactStart'],
  detected: ['detected', 'detected_at', 'detection'],
  responded: ['responded', 'response_start', 'acknowledged'],
  mitigated: ['mitigated', 'mitigated_at', 'impact_end', 'impact_ended'],
  resolved: ['resolved', 'resolved_at'],
};

/** Marker words per kind (`[start]`, `[감지]`); lowercase, single spaces. */
const MARKERS: Record<MilestoneKind, string[]> = {
  start: ['start', 'impact start', 'started', 'begin', '시작', '영향 시작', '장애 시작', '발생'],
  detected: ['detected', 'detect', 'detection', '감지', '탐지', '인지'],
  responded: ['responded', 'response', 'ack', 'acknowledged', '대응', '대응 시작'],
  mitigated: ['mitigated', 'mitigation', 'impact end', 'impact ended', '완화', '영향 종료'],
  resolved: ['resolved', 'resolution', '해결', '복구', '복구 완료', '종료'],
};

/** `[word]` not followed by `(` or `[` (a link). */
const MARKER = /\[([^\]\n]{1,20})\](?![([])/g;

/** The marker kind of a bracketed word, if it is one. */
export function markerKind(word: string): MilestoneKind | undefined {
  const w = word.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  for (const k of MILESTONE_KINDS) if (MARKERS[k].includes(w)) return k;
  return undefined;
}

/** The marker text written by the editor for a kind. */
export function markerText(kind: MilestoneKind, lang: 'en' | 'ko'): string {
  const ko: Record<MilestoneKind, string> = { start: '시작', detected: '감지', responded: '대응', mitigated: '완화', resolved: '해결' };
  return `[${lang === 'ko' ? ko[kind] : kind}]`;
}

interface Wording {
  re: RegExp;
  /** 1 is best. */
  tier: number;
}

/*
 * Wordings per kind. Each is an event, not a topic: "alert fires", not "alert". Korean wordings
 * are written without \b (Hangul is not a word character).
 */
const WORDINGS: Record<MilestoneKind, Wording[]> = {
  start: [
    { re: /\bimpact (?:starts?|started|begins?|began)\b/i, tier: 1 },
    { re: /\b(?:outage|incident|degradation|disruption|impact|errors?|failures?|timeouts?|5xx|503s?|500s?|latency)(?: [a-z]+){0,2} (?:starts?|started|begins?|began|beginning|spikes?|spiked|rises?|rose|jumps?|jumped|increases?|increased|climbs?|climbed)\b/i, tier: 1 },
    { re: /\b(?:goes|went|go) (?:down|offline|dark)\b/i, tier: 1 },
    { re: /\bbecomes? unavailable\b/i, tier: 1 },
    { re: /\bbecame unavailable\b/i, tier: 1 },
    { re: /\b(?:starts?|started|began|begins) (?:failing|returning|erroring|timing out|to fail|to return|to time out)\b/i, tier: 1 },
    { re: /\berror rate (?:reaches|reached|rises|rose|spikes|spiked)\b/i, tier: 1 },
    { re: /\bfirst (?:errors?|failures?|failed requests?)\b/i, tier: 1 },
    { re: /(?:장애|영향|에러|오류|실패|지연|중단|장애 영향)\s?(?:발생|시작)(?!\s?(?:인지|감지|확인|보고|알림|신고|제보|문의|여부))/, tier: 1 },
    { re: /(?:실패율|에러율|오류율|응답 ?시간|지연)\S{0,3}\s?(?:증가|급증|상승)\s?시작/, tier: 1 },
    { re: /서비스\s?(?:중단|불가)/, tier: 1 },
    { re: /접속\s?(?:불가|장애)\s?(?:발생|시작)/, tier: 1 },
  ],
  detected: [
    { re: /\balerts?(?: [a-z-]+){0,3} (?:fires?|fired|firing|triggers?|triggered|went off|goes off|raised|received)\b/i, tier: 1 },
    { re: /\b(?:fires?|fired|triggers?|triggered) (?:an? |the )?(?:[a-z-]+ ){0,2}alerts?\b/i, tier: 1 },
    { re: /\bpaged\b/i, tier: 1 },
    { re: /\bpages (?:the |an? )?(?:on-?call|primary|secondary|sre|engineer|team)/i, tier: 1 },
    { re: /\b(?:customers?|users?|support|clients?)(?: [a-z]+){0,2} (?:reports?|reported|complains?|complained|notices?|noticed)\b/i, tier: 1 },
    { re: /\breported by (?:a |an |the )?(?:customers?|users?|support)\b/i, tier: 1 },
    { re: /\b(?:customer|user) reports?\b/i, tier: 1 },
    { re: /(?<!\bto )\b(?:detected|noticed|notices|spotted|discovered)\b/i, tier: 1 },
    { re: /\balerted (?:by|us|the (?:team|on-?call))\b/i, tier: 1 },
    { re: /\b(?:on-?call|oncall)(?: \w+){0,2} (?:pinged|paged|notified|called)\b/i, tier: 1 },
    { re: /\breports? (?:on |in )?(?:[\w#-]+ )?that (?:something|[\w-]+) (?:is|was|are|were|seems?|looks?) (?:wrong|broken|down|failing|unresponsive|slow)\b/i, tier: 1 },
    { re: /\b(?:receive|received|receives) (?:a |an |the )?(?:[\w-]+ )?(?:message|report|e-?mail|ticket|complaint)s?\b/i, tier: 1 },
    { re: /\bnotified (?:by|us)\b|\b(?:were|was|got|are|is) notified\b/i, tier: 1 },
    { re: /\bnotified (?:[\w/-]+ ){1,2}(?:of|about|that)\b/i, tier: 1 },
    { re: /\bfirst (?:report|alert|page|(?:support |customer )?tickets?|complaints?)\b/i, tier: 1 },
    { re: /\b(?:support|customer) tickets? (?:opened|filed|received|arrives?|arrived|comes in|came in)\b/i, tier: 1 },
    { re: /\bincident detected\b/i, tier: 1 },
    { re: /감지/, tier: 1 },
    { re: /탐지/, tier: 1 },
    { re: /인지(?!도)/, tier: 1 },
    { re: /알람\s?(?:발생|수신|발송|울림)/, tier: 1 },
    { re: /알림\s?(?:발생|수신|발송)/, tier: 1 },
    { re: /경보\s?(?:발생|수신)/, tier: 1 },
    { re: /(?:당직자|담당자|온콜)\S{0,2}\s?호출/, tier: 1 },
    { re: /(?:고객|사용자|이용자)\S{0,2}\s?(?:제보|신고|문의|민원|불만)/, tier: 1 },
    { re: /(?:제보|신고|문의)\s?(?:접수|들어옴|수신)/, tier: 1 },
    { re: /최초\s?(?:보고|발견)/, tier: 1 },
    { re: /발견/, tier: 1 },
  ],
  responded: [
    { re: /\b(?:acknowledged|acknowledges|acks) (?:the |an? |our |receipt )?(?:page|alert|incident|report|receipt|issue|problem)|\b(?:ack'd|acked)\b|\b(?:page|alert|incident) (?:was |is )?acknowledged\b/i, tier: 1 },
    { re: /\bincident (?:is |was )?declared\b/i, tier: 1 },
    { re: /\bdeclares? (?:an? |the )?(?:incident|sev|outage)/i, tier: 1 },
    { re: /\bdeclared (?:an? |the )?(?:incident|sev|outage)/i, tier: 1 },
    { re: /\bincident (?:channel|room|bridge|call) (?:opened|created|started|set up)/i, tier: 1 },
    { re: /\b(?:opens?|opened|creates?|created|starts?|started) (?:an? |the )?(?:incident|war room|bridge)\b/i, tier: 1 },
    { re: /\bincident commander (?:assigned|appointed|takes|took)/i, tier: 1 },
    { re: /\b(?:appoints?|appointed|assigns?|assigned|names?|named) (?:[@\w-]+ )?(?:as )?(?:the )?incident commander\b/i, tier: 1 },
    { re: /\b(?:starts?|started|begins?|began) (?:investigating|to investigate|(?:the |an )?investigation|triage|triaging|looking)\b/i, tier: 1 },
    { re: /\b(?:starts?|started|begins?|began|follows?|followed|opens?|opened) (?:the |a )?(?:[\w-]+ ){0,3}runbook\b/i, tier: 1 },
    { re: /\binvestigation (?:starts|started|begins|began)\b/i, tier: 1 },
    { re: /\bresponse (?:starts|started|begins|began)\b/i, tier: 1 },
    { re: /대응\s?(?:시작|착수|개시)/, tier: 1 },
    { re: /장애\s?(?:선언|대응\s?채널|대응\s?방)/, tier: 1 },
    { re: /(?:대응|상황|장애)\s?(?:채널|방|상황실|회의)\S{0,2}\s?(?:개설|생성|소집)/, tier: 1 },
    { re: /상황실\s?(?:개설|소집|운영)/, tier: 1 },
    { re: /원인\s?(?:분석|파악|조사)\s?(?:시작|착수)/, tier: 1 },
    { re: /(?:조사|분석|확인)\s?(?:시작|착수)/, tier: 1 },
  ],
  mitigated: [
    { re: /\bimpact (?:ends?|ended|stops?|stopped|is over|mitigated)\b/i, tier: 1 },
    { re: /\b(?:outage|incident|disruption|degradation) (?:ends?|ended|is over|mitigated)\b/i, tier: 1 },
    { re: /\bmitigated\b/i, tier: 1 },
    { re: /\bmitigation (?:complete|completed|applied|in place|effective)\b/i, tier: 1 },
    { re: /\b(?:back|returns?|returned|recovers?|recovered) to (?:normal|baseline|pre-incident)/i, tier: 1 },
    { re: /\bback at baseline\b/i, tier: 1 },
    { re: /\bback (?:up|online)\b/i, tier: 1 },
    { re: /\b(?:service|site|api|traffic|error rate|latency|logins?|requests?|checkouts?|payments?|systems?|cluster|servers?)(?: [a-z]+){0,2} (?:recovers?|recovered|restored|normal(?:ized|ised)?|stabili[sz]ed)\b/i, tier: 1 },
    { re: /\b(?:recovery|restoration) confirmed\b/i, tier: 1 },
    { re: /\bfully (?:recovered|restored)\b/i, tier: 1 },
    { re: /\b(?:confirmed|verified) (?:to be )?(?:[\w-]+ ){0,2}(?:is |are )?(?:healthy|functional)\b|\b(?:is|are) (?:healthy|functional) again\b/i, tier: 1 },
    { re: /완화(?!\s?(?:조치\s?(?:검토|논의|시작)|방안|을|를|하기|하려))/, tier: 1 },
    { re: /정상화/, tier: 1 },
    { re: /정상\s?(?:범위\s?)?(?:회복|복귀|동작|처리|응답)/, tier: 1 },
    { re: /(?:응답|서비스|트래픽|결제|접속|에러율|오류율|실패율|지연)\S{0,3}\s?(?:회복|정상화|복귀)/, tier: 1 },
    { re: /영향\s?(?:종료|해소)/, tier: 1 },
    { re: /\brolled (?:[\w-]+ ){1,2}back\b/i, tier: 2 },
    { re: /\b(?:rolled back|rollback (?:complete|completed|done|finished|applied)|reverted|revert (?:complete|completed|deployed|applied)|failed over|failover (?:complete|completed|done)|workaround (?:applied|deployed|in place)|traffic (?:drained|shifted|moved|rerouted))\b/i, tier: 2 },
    { re: /롤백\s?(?:완료|적용|진행|함|했)/, tier: 2 },
    { re: /원복\s?(?:완료|적용|함|했)?/, tier: 2 },
    { re: /우회(?!\s?(?:방안\s?(?:검토|논의)|방법\s?(?:검토|논의)))/, tier: 2 },
    { re: /페일오버\s?(?:완료|적용)?/, tier: 2 },
    { re: /트래픽\s?(?:전환|차단)/, tier: 2 },
  ],
  resolved: [
    { re: /(?<!un)\bresolved\b(?! to\b)/i, tier: 1 },
    { re: /\ball[- ]clear\b/i, tier: 1 },
    { re: /\b(?:verified|confirmed|fully) operational\b/i, tier: 1 },
    { re: /\bresolution (?:is )?(?:confirmed|complete)\b/i, tier: 1 },
    { re: /\b(?:closes|closed) (?:the |this )?(?:issue|incident|ticket)\b/i, tier: 1 },
    { re: /\bincident (?:closed|over|ended)\b/i, tier: 1 },
    { re: /\bclosed (?:the |an? )?incident\b/i, tier: 1 },
    { re: /\bstatus page (?:set |updated |moved |changed )?(?:to |as )?["'“]?(?:operational|resolved)/i, tier: 1 },
    { re: /\bfully resolved\b/i, tier: 1 },
    { re: /복구\s?완료/, tier: 1 },
    { re: /해결(?:됨|되었|되어|완료|했|함|\s?확인|\s?선언)/, tier: 1 },
    { re: /(?:장애|상황|대응|이슈|인시던트|사고)\s?종료/, tier: 1 },
    { re: /종료\s?선언/, tier: 1 },
    { re: /완전\s?(?:복구|정상화)/, tier: 1 },
    { re: /정상화\s?완료/, tier: 1 },
  ],
};

/** A negation next to a wording: "no alert fired", "did not page", "알람이 발생하지 않았다". */
const NEGATORS = new Set(['no', 'not', 'never', 'without', "didn't", "wasn't", "weren't", "hasn't", "hadn't", 'nobody', 'failed', 'neither', 'nor']);
const NEGATION_AFTER = /^\S{0,6}\s?(?:않|못|없|안\s)|^\s?(?:\w+\s)?(?:not|never)\b/i;

function negated(text: string, start: number, end: number): boolean {
  // A negator among the three words before the wording ("no alert fired", "did not page").
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase().split(/\s+/).filter(Boolean).slice(-3);
  return before.some((w) => NEGATORS.has(w.replace(/[^a-z']/g, ''))) || NEGATION_AFTER.test(text.slice(end, end + 12));
}

/** The best wording of a kind in a text: tier and the match's offsets (in `text`). */
export function wordingOf(kind: MilestoneKind, text: string): { tier: number; start: number; end: number } | undefined {
  const sample = text.slice(0, 500);
  // A pure function of the sample, asked for every timed entry of every lint: kept by text, so a
  // lint session's re-lint reads only the entries an edit changed.
  let byKind = wordings.get(sample);
  if (!byKind) wordings.set(sample, (byKind = {}));
  let known = byKind[kind];
  if (known === undefined) byKind[kind] = known = bestWording(kind, sample) ?? null;
  return known ? { ...known } : undefined;
}

/** {@link wordingOf}'s answers by sample and kind (null: none). */
const wordings = new TextMemo<Partial<Record<MilestoneKind, { tier: number; start: number; end: number } | null>>>();

function bestWording(kind: MilestoneKind, sample: string): { tier: number; start: number; end: number } | undefined {
  let best: { tier: number; start: number; end: number } | undefined;
  for (const w of WORDINGS[kind]) {
    if (best && best.tier <= w.tier) continue;
    const m = w.re.exec(sample);
    if (m && !negated(sample, m.index, m.index + m[0].length)) best = { tier: w.tier, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

function timed(e: TimelineEntry): boolean {
  return e.wallTime !== undefined && !e.placeholder;
}

function timeOf(e: TimelineEntry): MilestoneTime {
  const t: MilestoneTime = {};
  if (e.instant !== undefined) t.instant = e.instant;
  if (e.wallTime !== undefined) t.wallTime = e.wallTime;
  if (e.approximate) t.approximate = true;
  return t;
}

/** Offset in the document of `needle` within an entry's first line (falls back to the line). */
function locate(doc: PostmortemDocument, e: TimelineEntry, needle: string): { start: number; end: number } {
  const head = doc.text.slice(e.headStart, e.headEnd);
  const i = head.indexOf(needle);
  return i >= 0 ? { start: e.headStart + i, end: e.headStart + i + needle.length } : { start: e.headStart, end: e.headEnd };
}

/** The marker kinds written in an entry, with their offsets. */
export function entryMarkers(doc: PostmortemDocument, e: TimelineEntry): { kind: MilestoneKind; start: number; end: number; text: string }[] {
  const out: { kind: MilestoneKind; start: number; end: number; text: string }[] = [];
  const head = doc.text.slice(e.headStart, Math.min(e.headEnd, e.headStart + 2000));
  // Most entries have no bracket at all: no regex run for them (asked for every timed entry per lint).
  if (!head.includes('[')) return out;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(head); m; m = MARKER.exec(head)) {
    const k = markerKind(m[1]);
    if (k) out.push({ kind: k, start: e.headStart + m.index, end: e.headStart + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Reads a front-matter milestone value into a time, using the timeline's date and zone when the value lacks them. */
function frontMatterTime(doc: PostmortemDocument, value: unknown, entries: readonly TimelineEntry[]): MilestoneTime | undefined {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined;
  if (text === undefined) return undefined;
  const parsed = parseDateValue(text);
  const firstDated = entries.find((e) => e.calendarDate && timed(e));
  let date: CalendarDate | undefined = parsed?.date;
  let time = parsed?.time;
  if (!parsed) {
    time = parseDateValue(`2000-01-01 ${text}`)?.time;
    if (!time) return undefined;
    date = firstDated?.calendarDate;
  }
  if (!time || !date) return undefined;
  const minutes = time.hours * 60 + time.minutes;
  const wall = (firstDated || date.year !== undefined ? dayNumber(date) : 0) * 86400000 + minutes * 60000 + (time.seconds ?? 0) * 1000;
  const out: MilestoneTime = { wallTime: wall };
  const zone = time.zone?.zone ?? doc.timeline.zone;
  if (zone && date.year !== undefined) {
    const off = zoneOffsetForWallTime(zone, wall);
    if (off !== undefined) out.instant = wall - off * 60000;
  }
  if (!parsed && !firstDated) delete out.instant;
  return out;
}

/** The timed entry whose time is that of a front-matter milestone, if one is. */
function entryAt(t: MilestoneTime, entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  return entries.find((e) => timed(e) && ((t.instant !== undefined && e.instant === t.instant) || (t.instant === undefined && e.wallTime === t.wallTime)));
}

/** Finds the milestones of a document. Never throws. */
export function findMilestones(doc: PostmortemDocument): Milestones {
  // Asked by the metrics, the duration rule and the timeline fixes of one lint: read once per document.
  let known = perDocument.get(doc);
  if (!known) perDocument.set(doc, (known = readMilestones(doc)));
  return { ...known };
}

const perDocument = new WeakMap<PostmortemDocument, Milestones>();

function readMilestones(doc: PostmortemDocument): Milestones {
  const out: Milestones = {};
  const entries = doc.timeline.entries.filter(timed);
  // Each entry's markers once (not once per milestone kind).
  const markers = entries.map((e) => entryMarkers(doc, e));
  const meta = doc.meta;
  const fields = doc.frontMatter?.fields;
  for (const kind of MILESTONE_KINDS) {
    for (const key of FRONT_MATTER_KEYS[kind]) {
      if (meta[key] === undefined || meta[key] === null) continue;
      const t = frontMatterTime(doc, meta[key], entries);
      if (!t) continue;
      const f = fields?.get(key);
      const entry = entryAt(t, entries);
      out[kind] = { kind, source: 'frontMatter', ...t, ...(entry ? { entry } : {}), start: f?.valueStart ?? 0, end: f?.valueEnd ?? 0, evidence: `${key}: ${String(meta[key] instanceof Date ? (meta[key] as Date).toISOString() : meta[key])}` };
      break;
    }
  }
  for (const [i, e] of entries.entries()) {
    for (const m of markers[i]) {
      if (out[m.kind]) continue;
      out[m.kind] = { kind: m.kind, source: 'marker', ...timeOf(e), entry: e, start: m.start, end: m.end, evidence: m.text };
    }
  }
  for (const kind of MILESTONE_KINDS) {
    if (out[kind]) continue;
    let best: { tier: number; e: TimelineEntry; start: number; end: number } | undefined;
    for (const [i, e] of entries.entries()) {
      // An entry marked as another milestone is that milestone, not this one.
      if (markers[i].length) continue;
      const w = wordingOf(kind, e.text);
      if (!w || (best && best.tier <= w.tier)) continue;
      best = { tier: w.tier, e, start: w.start, end: w.end };
      if (w.tier === 1) break;
    }
    if (best) {
      const words = best.e.text.slice(best.start, best.end);
      const at = locate(doc, best.e, words);
      out[kind] = { kind, source: 'inferred', ...timeOf(best.e), entry: best.e, start: at.start, end: at.end, evidence: words };
    }
  }
  return out;
}
