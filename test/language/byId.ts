// Precision of the language rules per DETECTION ID (issues 7/8, session 11): every language finding carries
// the id of the phrase-list entry or module kind that fired (`data.phraseId`, e.g. "en.who.attribution").
// This module counts, per id and per part of the evaluation set, the cases it flagged that are labelled
// positive (blame / hindsight / vague: flagged-right) and those labelled negative (neutral / concrete:
// flagged-wrong). A case flagged by two ids counts once for each; the same id twice on one case counts once.
//
// Used by `npm run bench:language -- --by-id` (figures only, never per-case output for holdout) and by
// test/language/first-run.ts (the same counting on the drawn halves with the engine AT EACH DRAW COMMIT).
import type { CaseResult, EvalCase, EvalLang, SetName } from './harness';

/** Flagged-right and flagged-wrong of one detection id in one part. */
export interface IdTally {
  right: number;
  wrong: number;
}

/** What the counting needs of one judged case. */
export interface JudgedCase {
  positive: boolean;
  /** Detection ids of the counted findings (undefined when a finding carries none). */
  ids: readonly (string | undefined)[];
}

/** The id a finding without a detection id is counted under. */
export const NO_ID = '(no id)';

/**
 * The part of the set a case belongs to, from the tag that ends its source: "fresh-s10-drawn" for
 * "[fresh-s10, drawn for dev in session 11]", "fresh-s10" for "[fresh-s10]", "dev-only" for "[dev-only]"
 * (and the older "written (dev only: …)"), else the split it sits in ("dev" / "holdout": the seeded set).
 */
export function partOf(source: string, split: 'dev' | 'holdout'): string {
  const drawn = /\[(fresh-s\d+), drawn for dev in session \d+\]$/.exec(source);
  if (drawn) return `${drawn[1]}-drawn`;
  const fresh = /\[(fresh-s\d+)\]$/.exec(source);
  if (fresh) return fresh[1];
  if (/\[dev-only\]$/.test(source) || /^written \(dev only/.test(source)) return 'dev-only';
  return split;
}

/** The session whose draw moved a drawn part into dev ("fresh-s10-drawn" → 11), from a case's source. */
export function drawSession(source: string): number | undefined {
  const m = /\[fresh-s\d+, drawn for dev in session (\d+)\]$/.exec(source);
  return m ? Number(m[1]) : undefined;
}

/** Per id: flagged-right and flagged-wrong over the cases. */
export function countById(cases: readonly JudgedCase[]): Map<string, IdTally> {
  const out = new Map<string, IdTally>();
  for (const c of cases) {
    for (const id of new Set(c.ids.map((x) => x ?? NO_ID))) {
      const t = out.get(id) ?? { right: 0, wrong: 0 };
      if (c.positive) t.right++;
      else t.wrong++;
      out.set(id, t);
    }
  }
  return out;
}

/** A judged case from the harness's result. */
export function judgedFromResult(r: CaseResult): JudgedCase {
  return { positive: r.positive, ids: r.findings.map((f) => f.id) };
}

/** One row of the by-id table: an id, its tallies per part, and the pooled tally. */
export interface IdRow {
  lang: EvalLang;
  set: SetName;
  id: string;
  byPart: Record<string, IdTally>;
  total: IdTally;
}

/** Rows per (lang, set, id) from cases grouped by part. Sorted by language, set, then most findings first. */
export function idRows(groups: readonly { lang: EvalLang; set: SetName; part: string; cases: readonly JudgedCase[] }[]): IdRow[] {
  const rows = new Map<string, IdRow>();
  for (const g of groups) {
    for (const [id, t] of countById(g.cases)) {
      const key = `${g.lang}\u0000${g.set}\u0000${id}`;
      const row = rows.get(key) ?? { lang: g.lang, set: g.set, id, byPart: {}, total: { right: 0, wrong: 0 } };
      const p = (row.byPart[g.part] ??= { right: 0, wrong: 0 });
      p.right += t.right;
      p.wrong += t.wrong;
      row.total.right += t.right;
      row.total.wrong += t.wrong;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.lang.localeCompare(b.lang) || a.set.localeCompare(b.set) || b.total.right + b.total.wrong - (a.total.right + a.total.wrong) || a.id.localeCompare(b.id));
}

/** Precision of a tally as "67% (4/6)", or "-" when it flagged nothing. */
export function precision(t: IdTally): string {
  const n = t.right + t.wrong;
  return n ? `${Math.round((t.right / n) * 100)}% (${t.right}/${n})` : '-';
}

/** A plain-text table: one line per id, right/wrong per part, pooled precision. Figures only. */
export function formatIdRows(rows: readonly IdRow[], parts: readonly string[]): string {
  const out: string[] = [];
  const head = `${'lang set       id'.padEnd(52)} ${parts.map((p) => p.padStart(16)).join(' ')}  ${'pooled precision'.padStart(16)}`;
  let last = '';
  for (const r of rows) {
    const group = `${r.lang} ${r.set}`;
    if (group !== last) {
      out.push('', head);
      last = group;
    }
    const cells = parts.map((p) => {
      const t = r.byPart[p];
      return (t ? `${t.right} / ${t.wrong}` : '').padStart(16);
    });
    out.push(`${`${r.lang.padEnd(4)} ${r.set.padEnd(9)} ${r.id}`.padEnd(52)} ${cells.join(' ')}  ${precision(r.total).padStart(16)}`);
  }
  out.push('', 'Each cell: flagged-right / flagged-wrong (cases labelled blame, hindsight or vague / labelled neutral or concrete) that the id flagged.');
  return out.join('\n');
}

/** Cases of a file selected by part (all when `parts` is empty). */
export function selectParts(cases: readonly EvalCase[], split: 'dev' | 'holdout', parts: readonly string[]): EvalCase[] {
  return parts.length ? cases.filter((c) => parts.includes(partOf(c.source, split))) : [...cases];
}
