import { defaultConfig, ruleOptions, ruleSeverity, type ResolvedConfig } from './config';
import { parseDocument, type ParseOptions, type PostmortemDocument } from './model/document';
import { guardedRegions, PARSE_LIMITS } from './model/markdown';
import { allRules } from './rules';
import type { Finding, Lang, RawFinding, Rule, Severity } from './types';

/** Options for a lint run. */
export interface LintOptions {
  config?: ResolvedConfig;
  /** The rules to run (all built-in rules by default). */
  rules?: readonly Rule[];
  /** Language of the messages (default English). */
  locale?: Lang;
}

/** What a lint run returns: the parsed document (reusable by other features) and the findings. */
export interface LintResult {
  doc: PostmortemDocument;
  findings: Finding[];
}

/**
 * The rule id of findings the engine itself reports (a part of the document it could not read
 * as written). Not a rule: it cannot be configured, and its findings cannot be suppressed.
 */
export const ENGINE_ID = 'postmortem-engine';

/**
 * `data.internalError` is set on findings that report an exception inside a rule or the parser:
 * a bug, never a verdict on the document. The CLI exits 2 on them; the extension says so once.
 */
export function isInternalError(finding: Finding): boolean {
  return finding.data?.internalError === true;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Path of a rule's documentation page inside the repository. */
export function docsPathOf(ruleId: string): string {
  return ruleId === ENGINE_ID ? 'docs/rules/README.md' : `docs/rules/${ruleId}.md`;
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  return text.split(/\r\n|\r|\n/)[0].slice(0, 200);
}

/** Lints a text. Never throws: a rule that fails becomes a finding saying so. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintWith(text, options, parseDocument);
}

/**
 * {@link lint} with the document parsed by `parse` (a lint session's, which reuses its previous
 * parse; `src/core/incremental.ts`). `parse` must give what {@link parseDocument} gives.
 */
export function lintWith(text: string, options: LintOptions, parse: (text: string, options: ParseOptions) => PostmortemDocument): LintResult {
  const config = options.config ?? defaultConfig();
  let doc: PostmortemDocument;
  try {
    doc = parse(text, { sectionAliases: config.sectionAliases });
  } catch (err) {
    // The parse is bounded (markdown.ts); should it fail anyway, lint nothing rather than throw.
    doc = parseDocument(text.replace(/[^\r\n]/g, ' '));
    const locale: Lang = options.locale ?? 'en';
    const why = errorText(err);
    const message = { en: `Internal error: the document could not be parsed, so nothing was checked (${why})`, ko: `내부 오류: 문서를 해석하지 못해 아무것도 검사하지 않았습니다 (${why})` }[locale];
    return { doc, findings: [engineFinding(doc, { start: 0, end: 0, message, data: { internalError: true } }, 'error')] };
  }
  return { doc, findings: lintDocument(doc, { ...options, config }) };
}

function engineFinding(doc: PostmortemDocument, raw: RawFinding, severity: Finding['severity'], ruleId = ENGINE_ID): Finding {
  const s = doc.lines.position(raw.start);
  const e = doc.lines.position(raw.end);
  return { ...raw, ruleId, severity, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, suggestions: [], docsPath: docsPathOf(ruleId) };
}

/** Lints an already parsed document. */
export function lintDocument(doc: PostmortemDocument, options: LintOptions = {}): Finding[] {
  const config = options.config ?? defaultConfig();
  const rules = options.rules ?? allRules;
  const knownRuleIds = allRules.map((r) => r.meta.id);
  const locale: Lang = options.locale ?? 'en';
  const t = (m: { en: string; ko: string }) => m[locale];
  const findings: Finding[] = [];
  const clamp = (n: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : 0, doc.text.length));
  for (const rule of rules) {
    const severity = ruleSeverity(config, rule.meta.id, rule.meta.defaultSeverity);
    if (!severity) continue;
    const add = (raw: RawFinding) => {
      const start = clamp(raw.start);
      const end = Math.max(start, clamp(raw.end));
      const s = doc.lines.position(start);
      if (rule.meta.id !== 'suppression-comment' && doc.suppressions.isSuppressed(rule.meta.id, s.line)) return;
      const e = doc.lines.position(end);
      findings.push({
        ...raw,
        start,
        end,
        ruleId: rule.meta.id,
        severity: raw.severity && RANK[raw.severity] < RANK[severity] ? raw.severity : severity,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        suggestions: raw.suggestions ?? [],
        docsPath: docsPathOf(rule.meta.id),
      });
    };
    // A crash is a bug in the rule, never a verdict on the text: error level, not suppressible.
    const crashed = (where: { start: number; end: number }, err: unknown, unit: boolean) => {
      const why = errorText(err);
      const start = clamp(where.start);
      const end = Math.max(start, clamp(where.end));
      const message = unit
        ? t({ en: `Internal error: rule ${rule.meta.id} could not check this part (${why}); its other findings are shown`, ko: `내부 오류: ${rule.meta.id} 규칙이 이 부분을 검사하지 못했습니다 (${why}). 다른 부분의 결과는 표시됩니다` })
        : t({ en: `Internal error: rule ${rule.meta.id} could not check this document (${why})`, ko: `내부 오류: ${rule.meta.id} 규칙이 이 문서를 검사하지 못했습니다 (${why})` });
      findings.push(engineFinding(doc, { start, end, message, data: { internalError: true } }, 'error', rule.meta.id));
    };
    const contain = <T>(where: { start: number; end: number }, fn: () => T): T | undefined => {
      try {
        return fn();
      } catch (err) {
        crashed(where, err, true);
        return undefined;
      }
    };
    try {
      rule.check({ doc, config, knownRuleIds, locale, t, options: ruleOptions(config, rule.meta.id), report: add, contain });
    } catch (err) {
      crashed({ start: 0, end: 0 }, err, false);
    }
  }
  for (const r of guardedRegions(doc.root)) {
    const message =
      r.reason === 'depth'
        ? t({
            en: `Not checked: this block is nested ${r.count} levels deep (more than ${PARSE_LIMITS.maxLineContainers} lists or quotes, or ${PARSE_LIMITS.maxIndent} columns of indentation), so it is treated as opaque`,
            ko: `검사하지 않음: 이 블록은 ${r.count}단계로 중첩되어 있어(목록·인용 ${PARSE_LIMITS.maxLineContainers}단계 또는 들여쓰기 ${PARSE_LIMITS.maxIndent}칸 초과) 내용을 해석하지 않았습니다`,
          })
        : t({
            en: `Emphasis not read: this block has ${r.count} emphasis marks (*, _, ~; more than ${PARSE_LIMITS.maxInlineMarks}), so they are read as plain characters`,
            ko: `강조 표시 무시: 이 블록에 강조 기호(*, _, ~)가 ${r.count}개 있어(${PARSE_LIMITS.maxInlineMarks}개 초과) 일반 문자로 읽었습니다`,
          });
    findings.push(engineFinding(doc, { start: r.start, end: r.end, message, data: { guarded: r.reason } }, 'info'));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}
