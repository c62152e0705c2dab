import * as vscode from 'vscode';
import { isPostmortemText } from '../../core/detect';
import { findingRange } from '../convert';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { DiagnosticsController } from '../diagnostics';
import { ruleDocsTarget } from '../ruleDocs';
import { readSettings } from '../settings';
import type { Finding, Severity } from '../../core/types';

/** What "Lint All Postmortems in Workspace" found. */
export interface WorkspaceLintSummary {
  files: number;
  findings: number;
  cancelled: boolean;
}

/** Folders nobody writes postmortems in; searching them only costs time. */
const EXCLUDE = '**/{node_modules,.git,dist,out,build,.vscode-test}/**';
/** An upper bound per search, so a monorepo with a million Markdown files stays responsive. */
const MAX_FILES = 5000;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function closedFileDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(findingRange(f), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleDocsTarget(f.ruleId) };
  return d;
}

/** Every Markdown file of the workspace that may be a postmortem, and whether a glob matched it. */
async function candidates(token: vscode.CancellationToken): Promise<Map<string, { uri: vscode.Uri; byGlob: boolean }>> {
  const found = new Map<string, { uri: vscode.Uri; byGlob: boolean }>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const settings = readSettings(folder.uri);
    for (const glob of settings.files) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, MAX_FILES, token)) {
        found.set(uri.toString(), { uri, byGlob: true });
      }
    }
    if (settings.detectByContent) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), EXCLUDE, MAX_FILES, token)) {
        if (!found.has(uri.toString())) found.set(uri.toString(), { uri, byGlob: false });
      }
    }
  }
  return found;
}

/**
 * Lints every postmortem of the workspace (files matched by `postmortem.files`, or Markdown whose
 * content says it is one) into the Problems view, with a cancellable progress notification.
 * Open documents go through the live diagnostics; closed files are read with `workspace.fs`.
 */
export async function lintWorkspace(diagnostics: DiagnosticsController, options: { showProblems?: boolean } = {}): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { files: 0, findings: 0, cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Linting postmortems'), cancellable: true },
    async (progress, token) => {
      const files = [...(await candidates(token)).values()];
      const step = files.length ? 100 / files.length : 100;
      for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        const { uri, byGlob } = files[i];
        progress.report({ increment: step, message: `${i + 1}/${files.length}` });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          if ((await diagnostics.lint(open)) === 'published') {
            summary.files++;
            summary.findings += diagnostics.findings(uri)?.length ?? 0;
          }
          continue;
        }
        const linted = await lintClosedFile(uri, byGlob, diagnostics);
        if (!linted) continue;
        summary.files++;
        summary.findings += linted.length;
        diagnostics.setForClosedFile(uri, linted.map(closedFileDiagnostic));
      }
    },
  );
  if (options.showProblems !== false) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}

async function lintClosedFile(uri: vscode.Uri, byGlob: boolean, diagnostics: DiagnosticsController): Promise<Finding[] | undefined> {
  const settings = readSettings(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // UTF-8 spends at most three bytes per UTF-16 unit: a file of more than three bytes per
    // allowed unit is too long without reading it.
    if (stat.size > settings.maxDocumentSize * 3) return undefined;
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    if (text.length > settings.maxDocumentSize || text.slice(0, 8192).includes('\u0000')) return undefined;
    if (!byGlob && !isPostmortemText(text)) return undefined;
    // In the lint worker, under the time budget, like open documents.
    return await diagnostics.lintClosed(uri, text);
  } catch {
    return undefined;
  }
}
