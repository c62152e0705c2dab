/**
 * Shared types of the postmortem core. Nothing here imports `vscode`: the same types serve the
 * extension, the CLI and the tests. All offsets are UTF-16 code-unit offsets into the original
 * document text (BOM included), which is what VS Code uses; lines and columns are 1-based.
 */

/** How loud a finding is. `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's configured level: a severity or `off`. */
export type RuleLevel = Severity | 'off';

/** One replacement of the range [start, end) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** One way to fix a finding: a title for a menu and the edits that do it. */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
  /**
   * Offered to a person only (a quick fix they pick): `--fix`, Fix all and fix-on-save never apply
   * it, because it writes something the author has to confirm (a time copied from the entry above).
   */
  manual?: boolean;
}

/** Extra, machine-readable facts of a finding (what a quick fix or a docs link needs). */
export interface FindingData {
  /** Stable id of the phrase-list entry that matched, for language rules. */
  phraseId?: string;
  /** The text that was flagged. */
  actual?: string;
  /** Neutral alternatives, when there are mechanical ones. */
  expected?: string[];
  /** Why this is flagged and how to reframe it. */
  note?: string;
  /** Anything else a rule wants to hand to adapters (e.g. the action item index). */
  [key: string]: unknown;
}

/** What a rule reports: a range, a message and, optionally, fixes. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  /** The first suggestion is the preferred one (what `--fix` and fix-all apply, unless it is `manual`). */
  suggestions?: Suggestion[];
  data?: FindingData;
  /** Caps the configured level for this finding (e.g. `info` while a document is a draft); never raises it. */
  severity?: Severity;
}

/** A finding as the engine returns it: a raw finding plus rule, severity and positions. */
export interface Finding extends RawFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
  /** The rule's documentation page (relative path inside the repository's docs). */
  docsPath: string;
}

/** Metadata every rule declares; docs and the README table are generated from it. */
export interface RuleMeta {
  /** kebab-case id; a public contract (config, suppression comments, CI). */
  id: string;
  /** One line: what the rule flags. */
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /**
   * True when findings of this rule can carry suggestions; `'manual'` when they are all `manual`
   * (quick fixes a person picks, never applied by `--fix` or Fix all).
   */
  fixable: boolean | 'manual';
  /** Longer docs: why the rule exists and how to satisfy it (Markdown). */
  rationale: string;
  /** Examples for the docs page. */
  examples?: { bad: string; good: string }[];
}

/** What a rule's `check` receives. */
export interface RuleContext {
  doc: import('./model/document').PostmortemDocument;
  config: import('./config').ResolvedConfig;
  /** Ids of every registered rule (for rules that check references to rules). */
  knownRuleIds: readonly string[];
  /** The language findings' messages are written in (the user's UI language, not the document's). */
  locale: Lang;
  /** Picks the message for `locale`. */
  t(messages: { en: string; ko: string }): string;
  /** This rule's options from the configuration. */
  options: Record<string, unknown>;
  report(finding: RawFinding): void;
  /**
   * Runs one unit of the check (a block, an item, a section) so that an exception inside it is
   * reported at `where` as an internal error of the rule, and the rule goes on with the next
   * unit instead of losing the rest of its findings. Returns `fn`'s value, or undefined on failure.
   */
  contain<T>(where: { start: number; end: number }, fn: () => T): T | undefined;
}

/** A rule: metadata plus a check over the parsed document. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** The languages the product speaks. */
export type Lang = 'en' | 'ko';
