/**
 * Zone abbreviations read only in TIME CONTEXT: the wider list of abbreviations people write for their local zone
 * ("16:42 GST", "Time (SAST)", "All times in ICT", "PHT 기준") that the main table (zones.ts `ABBREVIATIONS`, read
 * anywhere a zone may be written) lacks.
 *
 * Source: PostgreSQL's curated time-zone abbreviation sets (`share/timezonesets`: the "Default" set, plus "GST" as
 * Gulf Standard Time and the Indonesian WIB / WITA of Asia.txt), offsets as listed there (the current offset where the
 * set gives a zone name). Where the sets list one abbreviation for several zones, the reading the Default set (or, for
 * GST, Asia.txt) picks is taken: AST is Atlantic, GST is Gulf. Left out: abbreviations that are English words or common
 * technical acronyms written in capitals (ACT, AFT, ART, BOT, CAST, CAT, COT, EAST, EAT, GET, GILT, IOT, LINT, MART,
 * MET, MUST, MUT, NUT, PET, RET, SCT, SST, TFT, TOT, VET, VOLT, WAST, WAT, WIT, CCT), so that an HTTP verb or a word in
 * capitals after a time is never read as a zone, and the obscure ones nobody writes in an incident report.
 *
 * Because the same letters are acronyms elsewhere (SAST is also static analysis, ICT information technology, BRT a bus
 * line), these are zones only (1) right after a time and followed by a separator (": ", " - ", ")", the end of a line or
 * cell, a Korean particle of time such as "기준" / "부터"), (2) right before a time, (3) alone in brackets in a heading
 * or a time column's header ("Timeline (ACST)", "시각 (PHT)"), (4) in a note about times ("All times are in ICT.",
 * "모든 시각은 ICT 기준"), (5) as a front matter value.
 */
import type { ZoneInfo, ZoneMatch } from './types';

const H = 60;

/** Abbreviation → offset east of UTC in minutes and the zone family (for standard/daylight pairs). */
export const CONTEXT_ABBREVIATIONS: Readonly<Record<string, { offset: number; family: string }>> = {
  // Europe and Africa
  WET: { offset: 0, family: 'Europe/Lisbon' },
  WEST: { offset: 1 * H, family: 'Europe/Lisbon' },
  MEZ: { offset: 1 * H, family: 'Europe/Paris' },
  MESZ: { offset: 2 * H, family: 'Europe/Paris' },
  MSD: { offset: 4 * H, family: 'Europe/Moscow' },
  SAST: { offset: 2 * H, family: 'Africa/Johannesburg' },
  UCT: { offset: 0, family: 'UTC' },
  // Middle East and Asia
  GST: { offset: 4 * H, family: 'Asia/Dubai' },
  IDT: { offset: 3 * H, family: 'Asia/Jerusalem' },
  IRT: { offset: 3 * H + 30, family: 'Asia/Tehran' },
  AZT: { offset: 4 * H, family: 'Asia/Baku' },
  PKT: { offset: 5 * H, family: 'Asia/Karachi' },
  PKST: { offset: 6 * H, family: 'Asia/Karachi' },
  UZT: { offset: 5 * H, family: 'Asia/Tashkent' },
  TJT: { offset: 5 * H, family: 'Asia/Dushanbe' },
  TMT: { offset: 5 * H, family: 'Asia/Ashgabat' },
  MVT: { offset: 5 * H, family: 'Indian/Maldives' },
  LKT: { offset: 5 * H + 30, family: 'Asia/Colombo' },
  NPT: { offset: 5 * H + 45, family: 'Asia/Kathmandu' },
  BDT: { offset: 6 * H, family: 'Asia/Dhaka' },
  KGT: { offset: 6 * H, family: 'Asia/Bishkek' },
  MMT: { offset: 6 * H + 30, family: 'Asia/Yangon' },
  ICT: { offset: 7 * H, family: 'Asia/Bangkok' },
  WIB: { offset: 7 * H, family: 'Asia/Jakarta' },
  WITA: { offset: 8 * H, family: 'Asia/Makassar' },
  PHT: { offset: 8 * H, family: 'Asia/Manila' },
  MYT: { offset: 8 * H, family: 'Asia/Kuala_Lumpur' },
  ULAT: { offset: 8 * H, family: 'Asia/Ulaanbaatar' },
  YEKT: { offset: 5 * H, family: 'Asia/Yekaterinburg' },
  OMST: { offset: 6 * H, family: 'Asia/Omsk' },
  NOVT: { offset: 7 * H, family: 'Asia/Novosibirsk' },
  KRAT: { offset: 7 * H, family: 'Asia/Krasnoyarsk' },
  IRKT: { offset: 8 * H, family: 'Asia/Irkutsk' },
  YAKT: { offset: 9 * H, family: 'Asia/Yakutsk' },
  VLAT: { offset: 10 * H, family: 'Asia/Vladivostok' },
  MAGT: { offset: 11 * H, family: 'Asia/Magadan' },
  PETT: { offset: 12 * H, family: 'Asia/Kamchatka' },
  // Australia and the Pacific
  ACST: { offset: 9 * H + 30, family: 'Australia/Adelaide' },
  ACDT: { offset: 10 * H + 30, family: 'Australia/Adelaide' },
  ACWST: { offset: 8 * H + 45, family: 'Australia/Eucla' },
  LHST: { offset: 10 * H + 30, family: 'Australia/Lord_Howe' },
  LHDT: { offset: 11 * H, family: 'Australia/Lord_Howe' },
  NZT: { offset: 12 * H, family: 'Pacific/Auckland' },
  CHAST: { offset: 12 * H + 45, family: 'Pacific/Chatham' },
  CHADT: { offset: 13 * H + 45, family: 'Pacific/Chatham' },
  FJT: { offset: 12 * H, family: 'Pacific/Fiji' },
  FJST: { offset: 13 * H, family: 'Pacific/Fiji' },
  GALT: { offset: -6 * H, family: 'Pacific/Galapagos' },
  // The Americas and the Atlantic
  AST: { offset: -4 * H, family: 'America/Halifax' },
  ADT: { offset: -3 * H, family: 'America/Halifax' },
  NST: { offset: -3 * H - 30, family: 'America/St_Johns' },
  NDT: { offset: -2 * H - 30, family: 'America/St_Johns' },
  BRT: { offset: -3 * H, family: 'America/Sao_Paulo' },
  BRST: { offset: -2 * H, family: 'America/Sao_Paulo' },
  CLT: { offset: -4 * H, family: 'America/Santiago' },
  CLST: { offset: -3 * H, family: 'America/Santiago' },
  UYT: { offset: -3 * H, family: 'America/Montevideo' },
  UYST: { offset: -2 * H, family: 'America/Montevideo' },
  PYT: { offset: -4 * H, family: 'America/Asuncion' },
  PYST: { offset: -3 * H, family: 'America/Asuncion' },
  GFT: { offset: -3 * H, family: 'America/Cayenne' },
  FNT: { offset: -2 * H, family: 'America/Noronha' },
  WGT: { offset: -3 * H, family: 'America/Nuuk' },
  WGST: { offset: -2 * H, family: 'America/Nuuk' },
  EGT: { offset: -1 * H, family: 'America/Scoresbysund' },
  EGST: { offset: 0, family: 'America/Scoresbysund' },
  AZOT: { offset: -1 * H, family: 'Atlantic/Azores' },
  AZOST: { offset: 0, family: 'Atlantic/Azores' },
  CVT: { offset: -1 * H, family: 'Atlantic/Cape_Verde' },
};

/** A capitalised word of three to five letters starting at a position. */
const TOKEN_AT = /[A-Z]{3,5}(?![A-Za-z0-9_])/y;
/**
 * What may follow a zone written after a time: punctuation or markup, the end of the line or cell, a Korean particle
 * of time, or a word that goes on with the time ("16:42 GST on Monday", "until 09:00 PKT and"), never a noun phrase
 * ("14:05 SAST scan finished").
 */
const FOLLOW_AT = /(?:[ \t]{0,3}(?:[:\-–—,.;!?)\]|*_`~]|\r|\n|$)|[ \t]?(?:기준|부터|까지|경|에|께)|[ \t](?:on|to|until|till|through|and|or|when|while|after|before|at)(?![A-Za-z]))/y;

/** The zone of a wider-list abbreviation (no check of its place). */
function contextZone(abbr: string): ZoneInfo | undefined {
  const k = Object.prototype.hasOwnProperty.call(CONTEXT_ABBREVIATIONS, abbr) ? CONTEXT_ABBREVIATIONS[abbr] : undefined;
  return k ? { label: abbr, offset: k.offset, family: k.family } : undefined;
}

/** A wider-list abbreviation starting exactly at `pos` (a word of its own: no letter, digit, `_`, `-` or `/` before it). */
export function contextAbbreviationAt(text: string, pos: number): ZoneMatch | undefined {
  if (pos > 0 && /[A-Za-z0-9_/-]/.test(text[pos - 1])) return undefined;
  TOKEN_AT.lastIndex = pos;
  const m = TOKEN_AT.exec(text);
  if (!m) return undefined;
  const zone = contextZone(m[0]);
  return zone ? { zone, start: pos, end: pos + m[0].length } : undefined;
}

/** A wider-list abbreviation right after a time (at `pos`, after its space or bracket), followed by a separator. */
export function contextZoneAfterTime(text: string, pos: number): ZoneMatch | undefined {
  const z = contextAbbreviationAt(text, pos);
  if (!z) return undefined;
  FOLLOW_AT.lastIndex = z.end;
  return FOLLOW_AT.test(text) ? z : undefined;
}

/** A heading or a column header that names a wider-list zone alone in brackets: "Timeline (ACST)", "시각 [PHT]". */
const BRACKETED = /[([][ \t]?([A-Z]{3,5})[ \t]?[)\]]/g;

export function contextHeadingZone(title: string): ZoneInfo | undefined {
  if (title.length > 200) return undefined;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(title); m; m = BRACKETED.exec(title)) {
    const z = contextZone(m[1]);
    if (z) return z;
  }
  return contextNoteZone(title);
}

/** Words of a note about times, in the clause before the zone: "All times are in ICT", "Timestamps: PKT", "모든 시각은 ICT". */
const NOTE_BEFORE = /(?:\btimes?\b|\btimestamps?\b|\btime\s?zone\b|\bclocks?\b|시각|시간)[^.;\n]{0,30}$/i;
/** After the zone in a note: "기준" (the reference), or "time" ("in ICT time"). */
const NOTE_AFTER = /^(?:[ \t]?기준|[ \t]time\b|[ \t]?시간)/i;
const TIME_WORD = /\btimes?\b|\btimestamps?\b|\btime\s?zone\b|시각|시간/i;
const CAPITAL_WORD = /(?<![A-Za-z0-9_/-])[A-Z]{3,5}(?![A-Za-z0-9_])/g;

/** A note about times that names a wider-list zone ("All times are in ICT.", "모든 시각은 PHT 기준입니다."). */
export function contextNoteZone(text: string): ZoneInfo | undefined {
  const limit = Math.min(text.length, 4000);
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m && m.index < limit; m = CAPITAL_WORD.exec(text)) {
    const z = contextZone(m[0]);
    if (!z) continue;
    const end = m.index + m[0].length;
    // "ICT 기준" alone, or in a text that speaks of times ("모든 시각은 ICT 기준"); "SAST 기준으로 분류" is a criterion.
    if (NOTE_AFTER.test(text.slice(end, end + 8)) && (text.length <= 16 || TIME_WORD.test(text))) return z;
    if (!NOTE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    FOLLOW_AT.lastIndex = end;
    if (FOLLOW_AT.test(text)) return z;
  }
  return undefined;
}

/** Reads a whole value as a wider-list abbreviation (front matter `timezone: GST`). */
export function parseContextZone(value: string): ZoneInfo | undefined {
  return contextZone(value.trim().toUpperCase());
}
