import { defaultConfig, ruleOptions, ruleSeverity, type ResolvedConfig } from './config';
import { parseDocument, type PostmortemDocument } from './model/document';
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

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Path of a rule's documentation page inside the repository. */
export function docsPathOf(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** Lints a text. Never throws: a rule that fails becomes a finding saying so. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const doc = parseDocument(text, { sectionAliases: config.sectionAliases });
  return { doc, findings: lintDocument(doc, { ...options, config }) };
}

/** Lints an already parsed document. */
export function lintDocument(doc: PostmortemDocument, options: LintOptions = {}): Finding[] {
  const config = options.config ?? defaultConfig();
  const rules = options.rules ?? allRules;
  const knownRuleIds = allRules.map((r) => r.meta.id);
  const locale: Lang = options.locale ?? 'en';
  const t = (m: { en: string; ko: string }) => m[locale];
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = ruleSeverity(config, rule.meta.id, rule.meta.defaultSeverity);
    if (!severity) continue;
    const add = (raw: RawFinding) => {
      const start = Math.max(0, Math.min(raw.start, doc.text.length));
      const end = Math.max(start, Math.min(raw.end, doc.text.length));
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
    try {
      rule.check({ doc, config, knownRuleIds, locale, t, options: ruleOptions(config, rule.meta.id), report: add });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      add({ start: 0, end: 0, message: t({ en: `Rule ${rule.meta.id} could not check this document: ${why}`, ko: `${rule.meta.id} 규칙이 이 문서를 검사하지 못했습니다: ${why}` }) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}
