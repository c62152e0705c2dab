/** Text and JSON output of postmortem-lint. */
import type { Finding, Severity, Suggestion } from '../core/types';

/** The findings of one linted file. */
export interface FileReport {
  /** Absolute path. */
  path: string;
  /** Path as shown in reports: relative to the working directory, `/`-separated. */
  file: string;
  /** The text the findings refer to (after `--fix`, the fixed text). */
  text: string;
  findings: Finding[];
}

/**
 * Columns as editors show them. Engine offsets count a BOM (so fixes land right), but no editor
 * shows it as a column: on line 1 of a file with a BOM, every column moves left by one.
 */
export function visibleColumn(text: string, line: number, column: number): number {
  return line === 1 && text.charCodeAt(0) === 0xfeff ? Math.max(1, column - 1) : column;
}

/** The findings of a text with {@link visibleColumn} applied (suggestion offsets are left as they are). */
export function withVisibleColumns(text: string, findings: readonly Finding[]): Finding[] {
  if (text.charCodeAt(0) !== 0xfeff) return [...findings];
  return findings.map((f) => ({ ...f, column: visibleColumn(text, f.line, f.column), endColumn: visibleColumn(text, f.endLine, f.endColumn) }));
}

/** One finding in `--format json` (1-based lines and columns; columns count UTF-16 code units). */
export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets in the edits are UTF-16 offsets into the file as read (BOM included). */
  suggestions: Suggestion[];
}

/** Counts of findings by severity. */
export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Counts the findings of some reports by severity. */
export function countFindings(reports: readonly FileReport[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const f of r.findings) c[f.severity]++;
  return c;
}

/** `--format json`: every finding of every file, in file and position order. */
export function formatJson(reports: readonly FileReport[]): string {
  const out: JsonFinding[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      out.push({
        file: r.file,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        suggestions: f.suggestions.map((s) => ({ title: s.title, edits: s.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })), ...(s.manual ? { manual: true } : {}) })),
      });
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * C0 and C1 control characters, DEL, line and paragraph separators and bidirectional
 * overrides: what can move a terminal's cursor, run an escape sequence, split a report line or
 * reorder what is shown. Document text and file names reach text output through this.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes control characters as visible `\n`, `\x1B`, `\u202E`… (text output only; JSON and SARIF stay exact). */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** ANSI styling, or none. */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  ok(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** Styling for a terminal (`color` true) or plain text. */
export function makeStyle(color: boolean): Style {
  if (!color) {
    const id = (s: string) => s;
    return { error: id, warning: id, info: id, dim: id, bold: id, ok: id };
  }
  return { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39), dim: ansi(2, 22), bold: ansi(1, 22), ok: ansi(32, 39) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Options for {@link formatText}. */
export interface TextFormatOptions {
  style: Style;
  /** Number of files linted (for "No problems in N files"). */
  filesChecked: number;
  /** When `--fix` ran: fixes applied and files written. */
  fixed?: { applied: number; files: number };
}

/**
 * `--format text`: `file:line:col  severity  message  [rule-id]` per finding, then one summary
 * line. Messages are kept to one line so that each finding stays one grep-able line.
 */
export function formatText(reports: readonly FileReport[], options: TextFormatOptions): string {
  const { style } = options;
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const sev = style[f.severity](f.severity);
      const message = escapeControl(f.message.split(/\r\n|\r|\n/).map((part) => part.trim()).filter(Boolean).join(' '));
      lines.push(`${escapeControl(r.file)}:${f.line}:${f.column}  ${sev}  ${message}  ${style.dim(`[${escapeControl(f.ruleId)}]`)}`);
    }
  }
  if (options.fixed && options.fixed.applied > 0) lines.push(`Fixed ${plural(options.fixed.applied, 'problem')} in ${plural(options.fixed.files, 'file')}.`);
  const c = countFindings(reports);
  const total = c.error + c.warning + c.info;
  if (total === 0) {
    lines.push(style.ok(`No problems in ${plural(options.filesChecked, 'file')}`));
  } else {
    const withFindings = reports.filter((r) => r.findings.length > 0).length;
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info > 0) parts.push(`${c.info} info`);
    const where = withFindings === options.filesChecked ? plural(withFindings, 'file') : `${withFindings} of ${plural(options.filesChecked, 'file')}`;
    const summary = `${parts.join(', ')} in ${where}`;
    lines.push(style.bold(c.error > 0 ? style.error(summary) : style.warning(summary)));
  }
  return lines.join('\n') + '\n';
}
