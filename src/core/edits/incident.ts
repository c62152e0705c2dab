/** Why an incident start was not accepted. */
export type StartError = 'empty' | 'format' | 'invalid-date' | 'future';

/** The result of reading an incident start typed by a person. */
export type StartResult = { ok: true; date: Date } | { ok: false; error: StartError };

/** Options for `parseIncidentStart`. */
export interface ParseStartOptions {
  /** The current time (tests pass a fixed one). */
  now: Date;
}

/** Zone abbreviations people write after a time, as minutes east of UTC. */
const ZONES: Record<string, number> = { z: 0, utc: 0, gmt: 0, kst: 540, jst: 540 };

// Each pattern is anchored, with bounded counts and no nested quantifiers: linear on any input.
const DATE_TIME =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]{1,3}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?[ ]{0,3}(z|utc|gmt|kst|jst|[+-]\d{2}:?\d{2})?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})$/;
const RELATIVE =
  /^(-)?[ ]{0,3}(?:(\d{1,3})[ ]{0,3}(?:d|days?|일)[ ]{0,3})?(?:(\d{1,4})[ ]{0,3}(?:h|hrs?|hours?|시간)[ ]{0,3})?(?:(\d{1,5})[ ]{0,3}(?:m|mins?|minutes?|분)[ ]{0,3})?(ago|전)?$/i;

/** A minute of slack so that "now" typed a moment ago is not "in the future". */
const FUTURE_SLACK_MS = 60_000;

/**
 * Reads an incident start: `now` / `지금`, `YYYY-MM-DD HH:mm` (local time), ISO 8601 with an
 * optional zone (`Z`, `+09:00`, `UTC`, `KST`), `HH:mm` (today), or a relative time such as `-2h`,
 * `-1h30m`, `45m ago`, `2시간 전`. A start in the future is refused: an incident that has not
 * happened has no postmortem. Never throws.
 */
export function parseIncidentStart(input: string, options: ParseStartOptions): StartResult {
  const now = options.now;
  const s = String(input ?? '').trim().slice(0, 100);
  if (!s) return { ok: false, error: 'empty' };
  const check = (date: Date): StartResult => {
    if (Number.isNaN(date.getTime())) return { ok: false, error: 'invalid-date' };
    if (date.getTime() > now.getTime() + FUTURE_SLACK_MS) return { ok: false, error: 'future' };
    return { ok: true, date };
  };
  if (/^(?:now|지금|현재)$/i.test(s)) return { ok: true, date: new Date(now.getTime()) };

  const dt = DATE_TIME.exec(s);
  if (dt) {
    const [Y, M, D, H, Mi, S] = dt.slice(1, 7).map((v) => Number(v ?? 0));
    if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || Mi > 59 || S > 59) return { ok: false, error: 'invalid-date' };
    const zone = dt[7];
    let date: Date;
    if (zone) {
      const offset = zoneOffset(zone);
      if (offset === undefined) return { ok: false, error: 'format' };
      date = new Date(Date.UTC(Y, M - 1, D, H, Mi, S) - offset * 60_000);
      const back = new Date(date.getTime() + offset * 60_000);
      if (back.getUTCDate() !== D || back.getUTCMonth() !== M - 1) return { ok: false, error: 'invalid-date' };
    } else {
      date = new Date(Y, M - 1, D, H, Mi, S);
      // Date rolls 2024-02-31 over to March; a typo must not silently become another day.
      if (date.getDate() !== D || date.getMonth() !== M - 1) return { ok: false, error: 'invalid-date' };
    }
    return check(date);
  }

  const t = TIME_ONLY.exec(s);
  if (t) {
    const H = Number(t[1]);
    const Mi = Number(t[2]);
    if (H > 23 || Mi > 59) return { ok: false, error: 'invalid-date' };
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate(), H, Mi, 0);
    return check(date);
  }

  const r = RELATIVE.exec(s);
  if (r && (r[2] || r[3] || r[4])) {
    // "2h" alone means two hours ago: a start lies in the past.
    const minutes = Number(r[2] ?? 0) * 1440 + Number(r[3] ?? 0) * 60 + Number(r[4] ?? 0);
    return check(new Date(now.getTime() - minutes * 60_000));
  }
  return { ok: false, error: 'format' };
}

function zoneOffset(zone: string): number | undefined {
  const z = zone.toLowerCase();
  if (z in ZONES) return ZONES[z];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date as `YYYY-MM-DD HH:mm` in local time: what the start prompt shows and accepts. */
export function formatIncidentStart(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The n-th alternative of a file name: `2024-05-01-db-outage.md` → `2024-05-01-db-outage-2.md`
 * for n = 2 (n = 1 is the name itself). Used to find a name that does not overwrite a file.
 */
export function numberedFileName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  return `${stem}-${n}${ext}`;
}

/** The first name from `numberedFileName` for which `exists` says no (at most `limit` tries). */
export async function firstFreeFileName(fileName: string, exists: (name: string) => Promise<boolean>, limit = 100): Promise<string | undefined> {
  for (let n = 1; n <= limit; n++) {
    const name = numberedFileName(fileName, n);
    if (!(await exists(name))) return name;
  }
  return undefined;
}

/** Authors typed as "Alice, Bob" / "김민수, 이영희" / "a; b" → a list of names. */
export function parseAuthors(input: string): string[] {
  return String(input ?? '')
    .split(/[,;，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a string is usable as a document title (not blank, one line, not absurdly long). */
export function titleProblem(title: string): 'empty' | 'too-long' | undefined {
  const t = String(title ?? '').trim();
  if (!t) return 'empty';
  if (t.length > 200) return 'too-long';
  return undefined;
}
