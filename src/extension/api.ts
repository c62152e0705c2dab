import type * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { WorkspaceLintSummary } from './commands/lintWorkspace';
import type { LintHooks, LintOutcome } from './diagnostics';
import type { FiveWhysState, WhyItemData } from './fiveWhys/view';
import type { LintTrace } from './lint/trace';

/**
 * What `activate` returns (`vscode.extensions.getExtension(id).exports`): enough for the
 * integration tests to wait for linting instead of sleeping, and to drive the version check.
 * Not a stable API for other extensions.
 */
export interface PostmortemApi {
  /** Lints a document now (no debounce); `hooks.beforePublish` runs between computing and publishing. */
  lint(document: vscode.TextDocument, hooks?: LintHooks): Promise<LintOutcome>;
  /** The last published findings of a document. */
  findings(uri: vscode.Uri): readonly Finding[] | undefined;
  /** Whether the extension treats a document as a postmortem. */
  isPostmortem(document: vscode.TextDocument): boolean;
  /** Resolves when no lint is pending or running. */
  idle(): Promise<void>;
  /** Where lints run: in a worker (and how many were started: one, plus one after each timeout) or in the host's thread. */
  lintEngine(): { usesWorker: boolean; workersStarted: number };
  /** Test hook: each lint first busy-waits this long in the worker (0: off), like a document that hangs the engine. */
  setTestLintDelay(ms: number): void;
  /** Where the time of the last lint runs went, oldest first (keystroke → published diagnostics; lint/trace.ts). */
  lintTraces(): LintTrace[];
  /** How many times the metrics CodeLens asked VS Code to get the lenses again (a published lint whose lens differs from the previous one's). */
  lensRefreshes(): number;
  /** The status bar item's text. */
  statusBarText(): string;
  /** How many times the status bar item was sent to the window (shown, hidden or changed). */
  statusBarPushes(): number;
  /** Lint All Postmortems in Workspace, without opening the Problems view. */
  lintWorkspace(): Promise<WorkspaceLintSummary>;
  /** The 5 Whys view. */
  fiveWhys: {
    /** The view's items for the current text, once pending refreshes are done. */
    items(): Promise<WhyItemData[]>;
    /** The document the view follows. */
    document(): vscode.TextDocument | undefined;
    /** What the view shows (welcome content or the tree). */
    state(): FiveWhysState;
    /** Resolves when no refresh is pending or running. */
    idle(): Promise<void>;
    /** How many reveals the tree view rejected (0: no "No tree item with id … found"). */
    revealFailures(): number;
    /** How many times the tree was rebuilt (each one parses on the extension host's thread), and whether the view is on screen. */
    rebuilds(): { count: number; visible: boolean };
  };
}
