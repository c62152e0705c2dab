/**
 * SARIF 2.1.0 output, shaped for GitHub code scanning: rules with descriptions and help links,
 * results pointing at `%SRCROOT%`-relative files, stable partial fingerprints, and fixes.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { docsPathOf } from '../core/lint';
import { LineIndex } from '../core/model/lines';
import type { Finding, Rule, Severity, Suggestion } from '../core/types';
import { visibleColumn, type FileReport } from './format';
import { docsUrl, TOOL_HOMEPAGE, TOOL_NAME, TOOL_VERSION } from './meta';

/** The schema URI GitHub and SARIF viewers recognise. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of our fingerprint in `partialFingerprints` (versioned: changing the recipe must not collide). */
export const FINGERPRINT_KEY = 'postmortemLint/v1';

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF's name for a severity. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** A SARIF region (1-based; columns in UTF-16 code units, end column exclusive). */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A note about a file that was not linted (becomes a tool execution notification). */
export interface SarifNotification {
  message: string;
  /** The file concerned: as shown in reports, and absolute. */
  file?: { file: string; path: string };
  level: SarifLevel;
}

/** Options for {@link toSarif}. */
export interface ToSarifOptions {
  reports: readonly FileReport[];
  /** The rules that ran (`ruleIndex` points into this list). */
  rules: readonly Rule[];
  /** The working directory: file URIs are relative to it, and it is `%SRCROOT%`. */
  cwd: string;
  notifications?: readonly SarifNotification[];
}

/** Percent-encodes a `/`-separated relative path for a URI reference, segment by segment. */
export function relativeUri(file: string): string {
  return file.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

/** Where a file is, for SARIF: `%SRCROOT%`-relative, or absolute when it lies outside the working directory. */
function artifactLocation(where: { file: string; path: string }): { uri: string; uriBaseId?: string } {
  if (where.file.startsWith('../') || /^(?:[a-zA-Z]:)?[\\/]/.test(where.file)) return { uri: pathToFileURL(where.path).href };
  return { uri: relativeUri(where.file), uriBaseId: '%SRCROOT%' };
}

function regionOf(lines: LineIndex, start: number, end: number): SarifRegion {
  const s = lines.position(start);
  const e = lines.position(end);
  const col = (p: { line: number; column: number }) => visibleColumn(lines.text, p.line, p.column);
  return { startLine: s.line, startColumn: col(s), endLine: e.line, endColumn: col(e) };
}

function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * Fingerprints that survive edits elsewhere in the file: rule, file, the flagged text and its
 * line's content (whitespace-folded), plus an occurrence counter for identical repeats — not
 * the line number, which moves whenever someone adds a timeline entry above.
 */
function fingerprints(report: FileReport, lines: LineIndex): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((f: Finding) => {
    const lineText = report.text.slice(lines.offset(f.line), lines.lineEnd(f.line)).replace(/\s+/g, ' ').trim();
    const flagged = report.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    const base = [f.ruleId, report.file, lineText, flagged].join('\u0000');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return fingerprint([base, String(n)]);
  });
}

function sarifFix(report: FileReport, lines: LineIndex, s: Suggestion) {
  return {
    description: { text: s.title },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(report),
        replacements: s.edits.map((e) => ({ deletedRegion: regionOf(lines, e.start, e.end), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

/** Builds the SARIF log (an object; `JSON.stringify` it). */
export function toSarif(options: ToSarifOptions): Record<string, unknown> {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const rules = options.rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id,
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.rationale || r.meta.description },
    helpUri: docsUrl(docsPathOf(r.meta.id)),
    help: { text: `${r.meta.description}\n\n${r.meta.rationale}`.trim(), markdown: `**${r.meta.description}**\n\n${r.meta.rationale}\n\n[Documentation](${docsUrl(docsPathOf(r.meta.id))})`.trim() },
    defaultConfiguration: { level: sarifLevel(r.meta.defaultSeverity) },
    properties: { tags: [...r.meta.tags], fixable: r.meta.fixable },
  }));
  const results: Record<string, unknown>[] = [];
  for (const report of options.reports) {
    if (report.findings.length === 0) continue;
    const lines = new LineIndex(report.text);
    const prints = fingerprints(report, lines);
    report.findings.forEach((f, i) => {
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(report),
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      };
      // A finding from a rule not in the list (an engine notice) has no index; SARIF says omit it then.
      const idx = ruleIndex.get(f.ruleId);
      if (idx !== undefined) result.ruleIndex = idx;
      if (f.suggestions.length > 0) result.fixes = f.suggestions.map((s) => sarifFix(report, lines, s));
      results.push(result);
    });
  }
  const notifications = (options.notifications ?? []).map((n) => ({
    level: n.level,
    message: { text: n.file ? `${n.file.file}: ${n.message}` : n.message },
    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file) } }] } : {}),
  }));
  const srcRoot = pathToFileURL(options.cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_HOMEPAGE,
            rules,
          },
        },
        // SARIF requires a base URI to end with "/".
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot.endsWith('/') ? srcRoot : `${srcRoot}/` } },
        invocations: [{ executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
