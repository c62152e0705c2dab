import * as vscode from 'vscode';
import { PostmortemCodeActions } from './codeActions';
import { SnippetCompletions } from './completion';
import { addActionItem } from './commands/addActionItem';
import { assignOwner } from './commands/assignOwner';
import { disableForLine } from './commands/disableLine';
import { insertTimelineEntry } from './commands/insertTimelineEntry';
import { lintWorkspace } from './commands/lintWorkspace';
import { newIncident } from './commands/newIncident';
import { selectNextPlaceholder } from './commands/selectPlaceholder';
import { ConfigService } from './config';
import { DiagnosticsController } from './diagnostics';
import { hostServices } from './host';
import { BoundedLinter } from './lint/bounded';
import { createLintServer } from './lint/protocol';
import { PostmortemDocuments } from './documents';
import { registerFiveWhysCommands } from './fiveWhys/commands';
import { FiveWhysView } from './fiveWhys/view';
import { Commands } from './ids';
import { openRuleDocs } from './ruleDocs';
import { FindingsStatusBar } from './statusBar';
import { insertIncidentMetrics, MetricsCodeLenses, MilestoneHovers } from './metrics';
import type { PostmortemApi } from './api';

/** Wires the features together; each lives in its own module with its own disposables. */
export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const output = vscode.window.createOutputChannel('Postmortem');
  const documents = new PostmortemDocuments();
  const config = new ConfigService(output);
  const host = hostServices();
  const factory = host.lintWorkers?.(context.extensionUri);
  const linter = new BoundedLinter(factory, createLintServer(), (message) => output.appendLine(message));
  const diagnostics = new DiagnosticsController(documents, config, linter, host.lintTraceSink?.());
  const statusBar = new FindingsStatusBar(documents, diagnostics);
  const fiveWhys = new FiveWhysView(documents, config);
  const lenses = new MetricsCodeLenses(documents, diagnostics);
  context.subscriptions.push(output, config, diagnostics, statusBar, fiveWhys, lenses);

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PostmortemCodeActions(diagnostics, config), PostmortemCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new SnippetCompletions(documents), ...SnippetCompletions.triggerCharacters),
    vscode.commands.registerCommand(Commands.newIncident, (args?: unknown) => newIncident(config, args)),
    vscode.commands.registerCommand(Commands.insertTimelineEntry, (args?: unknown) => insertTimelineEntry(config, args)),
    vscode.commands.registerCommand(Commands.addActionItem, (args?: unknown) => addActionItem(config, args)),
    vscode.commands.registerCommand(Commands.lintWorkspace, () => lintWorkspace(diagnostics)),
    vscode.commands.registerCommand(Commands.assignOwner, (uri: unknown, offset: unknown, owner?: unknown) => assignOwner(config, uri, offset, owner)),
    vscode.commands.registerCommand(Commands.disableForLine, (uri: unknown, line: unknown, ruleId: unknown, reason?: unknown) => disableForLine(config, uri, line, ruleId, reason)),
    vscode.commands.registerCommand(Commands.openRuleDocs, (ruleId: unknown) => openRuleDocs(context.extensionUri, ruleId)),
    vscode.commands.registerCommand(Commands.selectNextPlaceholder, (uri?: unknown) => selectNextPlaceholder(config, uri)),
    ...registerFiveWhysCommands({ view: fiveWhys, config }),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, lenses),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new MilestoneHovers(documents, diagnostics)),
    vscode.commands.registerCommand(Commands.insertIncidentMetrics, (args?: unknown) => insertIncidentMetrics(config, args)),
  );

  diagnostics.relintAll();
  return {
    lint: (document, hooks) => diagnostics.lint(document, hooks),
    findings: (uri) => diagnostics.findings(uri),
    isPostmortem: (document) => documents.isPostmortem(document),
    idle: () => diagnostics.idle(),
    lintEngine: () => ({ usesWorker: linter.usesWorker, workersStarted: linter.workersStarted }),
    setTestLintDelay: (ms) => {
      diagnostics.testLintDelayMs = ms;
    },
    lintTraces: () => diagnostics.traces.all(),
    statusBarText: () => statusBar.text,
    statusBarPushes: () => statusBar.pushes,
    lensRefreshes: () => lenses.refreshes,
    lintWorkspace: () => lintWorkspace(diagnostics, { showProblems: false }),
    fiveWhys: {
      items: async () => {
        await fiveWhys.idle();
        return fiveWhys.items();
      },
      document: () => fiveWhys.currentDocument,
      state: () => fiveWhys.currentState,
      idle: () => fiveWhys.idle(),
      revealFailures: () => fiveWhys.revealFailures,
      rebuilds: () => ({ count: fiveWhys.rebuilds, visible: fiveWhys.visible }),
    },
  };
}

/** Nothing to clean up beyond context.subscriptions. */
export function deactivate(): void {}
