import { allRules } from '../core/rules';

/**
 * Every id the extension shares with package.json, in one place. `test/unit/manifest.test.ts`
 * checks that these and the manifest agree both ways, so a rename cannot break one side silently.
 */

/** Command ids (contributes.commands). */
export const Commands = {
  newIncident: 'postmortem.newIncident',
  insertTimelineEntry: 'postmortem.insertTimelineEntry',
  addActionItem: 'postmortem.addActionItem',
  lintWorkspace: 'postmortem.lintWorkspace',
  insertIncidentMetrics: 'postmortem.insertIncidentMetrics',
  /** Quick-fix targets: declared (for titles) but hidden from the command palette. */
  assignOwner: 'postmortem.assignOwner',
  disableForLine: 'postmortem.disableForLine',
  openRuleDocs: 'postmortem.openRuleDocs',
  /** Selects the next template placeholder (also the quick fix of `template-placeholder`). */
  selectNextPlaceholder: 'postmortem.selectNextPlaceholder',
  /** The guided 5-whys flow (the "5 Whys" view's commands; each also works on the answer under the cursor). */
  fiveWhysStart: 'postmortem.fiveWhys.start',
  fiveWhysAskWhy: 'postmortem.fiveWhys.askWhy',
  fiveWhysAddFactor: 'postmortem.fiveWhys.addFactor',
  fiveWhysMarkRootCause: 'postmortem.fiveWhys.markRootCause',
  fiveWhysUnmarkRootCause: 'postmortem.fiveWhys.unmarkRootCause',
  fiveWhysAttachEvidence: 'postmortem.fiveWhys.attachEvidence',
  fiveWhysDelete: 'postmortem.fiveWhys.delete',
  fiveWhysCreateActionItem: 'postmortem.fiveWhys.createActionItem',
  /** What clicking a node runs: reveals and selects its answer in the editor. */
  fiveWhysReveal: 'postmortem.fiveWhys.reveal',
} as const;

/** Commands that only make sense with arguments (from a quick fix or a link): hidden in the palette. */
export const INTERNAL_COMMANDS: readonly string[] = [Commands.assignOwner, Commands.disableForLine, Commands.openRuleDocs, Commands.fiveWhysReveal];

/** View ids (contributes.views). */
export const Views = {
  fiveWhys: 'postmortem.fiveWhys',
} as const;

/** View container ids (contributes.viewsContainers) and the views each holds. */
export const ViewContainers = {
  postmortem: 'postmortem',
} as const;

/** The per-rule level setting (`postmortem.rule.<id>`), an enum the Settings UI renders as a dropdown. */
export function ruleLevelSetting(ruleId: string): string {
  return `rule.${ruleId}`;
}

/** One level setting per built-in rule, keyed by rule id. */
export const RULE_LEVEL_SETTINGS: Readonly<Record<string, string>> = Object.fromEntries(allRules.map((r) => [r.meta.id, ruleLevelSetting(r.meta.id)]));

/** Setting keys (contributes.configuration), without the `postmortem.` section. */
export const Settings = {
  files: 'files',
  detectByContent: 'detectByContent',
  folder: 'folder',
  rules: 'rules',
  lintOnType: 'lint.onType',
  lintDebounceMs: 'lint.debounceMs',
  maxDocumentSize: 'lint.maxDocumentSize',
  lintTimeBudgetMs: 'lint.timeBudgetMs',
  defaultLanguage: 'newIncident.language',
  ...RULE_LEVEL_SETTINGS,
} as const;

/** The configuration section every setting lives under. */
export const SETTINGS_SECTION = 'postmortem';

/** Context keys the extension sets (for `when` clauses in menus and keybindings). */
export const ContextKeys = {
  isPostmortem: 'postmortem.isPostmortem',
  /** What the 5 Whys view shows: `noDocument`, `noAnalysis` (welcome with "Start 5 Whys") or `analysis`. */
  fiveWhysState: 'postmortem.fiveWhysState',
} as const;

/** `diagnostic.source` of every finding, and the name of the diagnostic collection. */
export const DIAGNOSTIC_SOURCE = 'postmortem';

/** The code action kind of "fix all" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.postmortem';
