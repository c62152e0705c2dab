/**
 * `postmortem-lint metrics [--format text|json|csv] <files|dirs|globs>`: one row per postmortem
 * (file, title, date, severity, time to detect / respond / mitigate / resolve, impact, error
 * budget burned), for quarterly reviews. Numbers come from the timeline's milestones (see
 * src/core/metrics); an inferred milestone's durations are marked `*` in text output.
 */
import { resolve } from 'node:path';
import { parseDocument, type PostmortemDocument } from '../core/model/document';
import { incidentMetrics, formatBurned, formatDuration, type Duration, type IncidentMetrics } from '../core/metrics';
import { ConfigLoader } from '../node/config-file';
import { allRules } from '../core/rules';
import { displayPath, readTextFile, resolveInputs } from './files';
import { escapeControl } from './format';
import { TOOL_NAME } from './meta';
import type { RunContext } from './run';

/** Output formats of `metrics`. */
export const METRICS_FORMATS = ['text', 'json', 'csv'] as const;

export const METRICS_HELP = `Usage: postmortem-lint metrics [options] <files|dirs|globs>...

Prints one row per postmortem: title, date, severity, time to detect / respond / mitigate /
resolve (from impact start), impact duration and error budget burned, read from the timeline's
milestones. Durations marked * use a milestone inferred from the entry's words; mark entries
[start] [detected] [responded] [mitigated] [resolved] (or [시작] [감지] [대응] [완화] [해결]) to be exact.

Options:
  -f, --format <text|json|csv>  output format (default: text)
  -c, --config <file>           use this config file (for its slos:) instead of the nearest one
  -h, --help                    show this help
`;

/** One row of the report. */
export interface MetricsRow {
  file: string;
  title: string;
  date: string;
  severity: string;
  timeToDetect?: Duration;
  timeToRespond?: Duration;
  timeToMitigate?: Duration;
  timeToResolve?: Duration;
  impact?: Duration;
  /** Share of the budget burned (1.09 = 109 %). */
  budgetBurned?: number;
  /** Why no budget could be computed, when one was declared. */
  budgetProblems: string[];
}

const COLUMNS = ['timeToDetect', 'timeToRespond', 'timeToMitigate', 'timeToResolve', 'impact'] as const;

function titleOf(doc: PostmortemDocument): string {
  const t = doc.meta.title;
  if (typeof t === 'string' && t.trim()) return t.trim();
  const h1 = doc.sections.find((s) => s.depth === 1);
  return h1?.title ?? '';
}

function dateOf(doc: PostmortemDocument): string {
  const d = doc.meta.date;
  if (d instanceof Date && Number.isFinite(d.getTime())) return d.toISOString().slice(0, 10);
  if (typeof d === 'string' || typeof d === 'number') return String(d);
  return doc.timeline.entries.find((e) => e.date)?.date ?? '';
}

/** The row of one document. */
export function metricsRow(file: string, doc: PostmortemDocument, m: IncidentMetrics): MetricsRow {
  const row: MetricsRow = { file, title: titleOf(doc), date: dateOf(doc), severity: doc.meta.severity === undefined || doc.meta.severity === null ? '' : String(doc.meta.severity), budgetProblems: m.budget.problems.map((p) => p.en) };
  for (const c of COLUMNS) if (m.durations[c]) row[c] = m.durations[c];
  if (m.budget.burned !== undefined) row.budgetBurned = m.budget.burned;
  return row;
}

function cell(d: Duration | undefined): string {
  return d ? `${formatDuration(d.minutes, 'en', 'compact')}${d.inferred ? '*' : ''}` : '—';
}

/** Columns a text takes in a terminal: Hangul and other wide characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) ? 2 : 1;
  }
  return w;
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The report in a format. */
export function formatMetrics(rows: readonly MetricsRow[], format: (typeof METRICS_FORMATS)[number]): string {
  if (format === 'json') {
    const out = rows.map((r) => ({
      file: r.file,
      title: r.title,
      date: r.date,
      severity: r.severity,
      ...Object.fromEntries(COLUMNS.map((c) => [`${c}Minutes`, r[c]?.minutes ?? null])),
      inferred: COLUMNS.filter((c) => r[c]?.inferred),
      budgetBurned: r.budgetBurned === undefined ? null : Math.round(r.budgetBurned * 10000) / 10000,
      budgetProblems: r.budgetProblems,
    }));
    return JSON.stringify(out, null, 2) + '\n';
  }
  const head = ['file', 'title', 'date', 'severity', 'detect', 'respond', 'mitigate', 'resolve', 'impact', 'budget'];
  if (format === 'csv') {
    const lines = [['file', 'title', 'date', 'severity', 'time_to_detect_min', 'time_to_respond_min', 'time_to_mitigate_min', 'time_to_resolve_min', 'impact_min', 'budget_burned_pct', 'inferred'].join(',')];
    for (const r of rows) {
      const nums = COLUMNS.map((c) => (r[c] ? String(r[c]!.minutes) : ''));
      const budget = r.budgetBurned === undefined ? '' : String(Math.round(r.budgetBurned * 1000) / 10);
      lines.push([r.file, r.title, r.date, r.severity, ...nums, budget, COLUMNS.filter((c) => r[c]?.inferred).join(' ')].map(csvField).join(','));
    }
    return lines.join('\n') + '\n';
  }
  // Text reaches a terminal: control characters of file names and documents are shown escaped (JSON and CSV stay exact).
  const table = rows.map((r) => [
    escapeControl(r.file),
    escapeControl(r.title.length > 40 ? `${r.title.slice(0, 39)}…` : r.title),
    escapeControl(r.date),
    escapeControl(r.severity),
    ...COLUMNS.map((c) => cell(r[c])),
    r.budgetBurned !== undefined ? formatBurned(r.budgetBurned) : r.budgetProblems.length ? '?' : '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => width(t[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
  const out = [line(head), ...table.map(line)];
  if (rows.some((r) => COLUMNS.some((c) => r[c]?.inferred))) out.push('', '* from a milestone inferred from the entry\'s words; mark entries [start] [detected] [mitigated] [resolved] to be exact');
  const problems = rows.filter((r) => r.budgetProblems.length);
  for (const r of problems) out.push(escapeControl(`? ${r.file}: ${r.budgetProblems.join('; ')}`));
  return out.join('\n') + '\n';
}

/** Runs `postmortem-lint metrics` with its arguments (after `metrics`). Returns the exit code. */
export async function runMetrics(argv: readonly string[], ctx: RunContext): Promise<number> {
  const fail = (message: string) => ctx.stderr.write(`${TOOL_NAME} metrics: ${escapeControl(message)}\n`);
  let format: (typeof METRICS_FORMATS)[number] = 'text';
  let config: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (name === '-h' || name === '--help') {
      ctx.stdout.write(METRICS_HELP);
      return 0;
    } else if (name === '-f' || name === '--format') {
      const v = value();
      if (!v || !(METRICS_FORMATS as readonly string[]).includes(v)) {
        fail(`unknown format "${v ?? ''}" (use ${METRICS_FORMATS.join(', ')})`);
        return 2;
      }
      format = v as (typeof METRICS_FORMATS)[number];
    } else if (name === '-c' || name === '--config') {
      config = value();
      if (!config) {
        fail('--config needs a file name');
        return 2;
      }
    } else if (a.startsWith('-') && a !== '-') {
      fail(`unknown option ${name} (see metrics --help)`);
      return 2;
    } else inputs.push(a);
  }
  if (!inputs.length) {
    fail('no files given (usage: postmortem-lint metrics [--format text|json|csv] <files|dirs|globs>)');
    return 2;
  }
  const show = (abs: string) => displayPath(abs, ctx.cwd);
  const loader = new ConfigLoader({ configPath: config === undefined ? undefined : resolve(ctx.cwd, config), knownRules: allRules.map((r) => r.meta.id), displayPath: show });
  const { files, errors } = await resolveInputs(inputs, { cwd: ctx.cwd });
  let trouble = errors.length > 0;
  for (const e of errors) fail(e);
  const rows: MetricsRow[] = [];
  for (const input of files) {
    const read = readTextFile(input.path, { maxBytes: ctx.maxFileBytes });
    if (!read.ok) {
      fail(`${show(input.path)}: skipped: ${read.reason}`);
      if (input.explicit) trouble = true;
      continue;
    }
    const loaded = loader.forFile(input.path);
    const doc = parseDocument(read.text, { sectionAliases: loaded.config.sectionAliases });
    rows.push(metricsRow(show(input.path), doc, incidentMetrics(doc, loaded.config)));
  }
  ctx.stdout.write(formatMetrics(rows, format));
  return trouble ? 2 : 0;
}
