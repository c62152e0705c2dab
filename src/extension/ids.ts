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
  /** Quick-fix targets: declared (for titles) but hidden from the command palette. */
  assignOwner: 'postmortem.assignOwner',
  disableForLine: 'postmortem.disableForLine',
  openRuleDocs: 'postmortem.openRuleDocs',
} as const;

/** Commands that only make sense with arguments (from a quick fix or a link): hidden in the palette. */
export const INTERNAL_COMMANDS: readonly string[] = [Commands.assignOwner, Commands.disableForLine, Commands.openRuleDocs];

/** View and view container ids (contributes.views); the 5-whys view will add its own here. */
export const Views = {} as const;

/** Setting keys (contributes.configuration), without the `postmortem.` section. */
export const Settings = {
  files: 'files',
  detectByContent: 'detectByContent',
  folder: 'folder',
  rules: 'rules',
  lintOnType: 'lint.onType',
  lintDebounceMs: 'lint.debounceMs',
  maxDocumentSize: 'lint.maxDocumentSize',
  defaultLanguage: 'newIncident.language',
} as const;

/** The configuration section every setting lives under. */
export const SETTINGS_SECTION = 'postmortem';

/** Context keys the extension sets (for `when` clauses in menus and keybindings). */
export const ContextKeys = {
  isPostmortem: 'postmortem.isPostmortem',
} as const;

/** `diagnostic.source` of every finding, and the name of the diagnostic collection. */
export const DIAGNOSTIC_SOURCE = 'postmortem';

/** The code action kind of "fix all" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.postmortem';
