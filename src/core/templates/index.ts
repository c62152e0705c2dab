/**
 * Postmortem templates, file names, severities and snippets: the pure part of the New Incident
 * command (no `vscode`, no file system — callers read and write files).
 */
export {
  BUILTIN_TEMPLATES,
  isBuiltinTemplate,
  renderTemplate,
  requiredSectionsFor,
  type BuiltinTemplateId,
  type TemplateInfo,
  type TemplateVars,
} from './builtin';
export { CUSTOM_PLACEHOLDERS, parseCustomTemplate, renderCustomTemplate, type CustomTemplate } from './custom';
export { summaryCursor, summaryPlaceholder, type OffsetRange } from './cursor';
export { SEVERITIES, isValidSeverity, type SeverityLevel, type SeverityOptions } from './severity';
export { SLUG_MAX, incidentFileName, slugify, type IncidentFileNameOptions } from './slug';
export { normalizeTimeZone } from './time';
export { buildSnippets, snippetFileText, snippetSpecs, snippetTable, type CodeSnippet, type SnippetSpec } from './snippets';
