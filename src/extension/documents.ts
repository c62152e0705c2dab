import * as vscode from 'vscode';
import { isPostmortemText } from '../core/detect';
import { readSettings } from './settings';

/** Languages whose documents can be postmortems. */
const MARKDOWN_LANGUAGES = new Set(['markdown']);
/** Schemes of copies of a document (diff views, SCM, output): linting them would double every problem. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'chat-editing-text-model', 'vscode-chat-code-block']);

/**
 * Decides which documents are postmortems: Markdown matched by the `postmortem.files` globs, or
 * (with `postmortem.detectByContent`) Markdown whose front matter or first heading says so.
 * Stateless apart from a per-version memo, so a change of settings applies on the next call.
 */
export class PostmortemDocuments {
  private readonly memo = new WeakMap<vscode.TextDocument, { version: number; settingsEpoch: number; value: boolean }>();
  private settingsEpoch = 0;

  /** Forgets every decision (settings changed). */
  invalidate(): void {
    this.settingsEpoch++;
  }

  /** Whether a document is a postmortem the extension should work on. */
  isPostmortem(document: vscode.TextDocument): boolean {
    if (!MARKDOWN_LANGUAGES.has(document.languageId) || IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    const hit = this.memo.get(document);
    if (hit && hit.version === document.version && hit.settingsEpoch === this.settingsEpoch) return hit.value;
    const value = this.decide(document);
    this.memo.set(document, { version: document.version, settingsEpoch: this.settingsEpoch, value });
    return value;
  }

  private decide(document: vscode.TextDocument): boolean {
    const settings = readSettings(document.uri);
    if (this.matchesGlobs(document, settings.files)) return true;
    if (!settings.detectByContent) return false;
    // Only the top of the document matters; reading a bounded range keeps huge files cheap.
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0));
    return isPostmortemText(head);
  }

  /** Whether the document's path matches one of the globs (any URI scheme; never untitled). */
  matchesGlobs(document: vscode.TextDocument, globs: readonly string[]): boolean {
    if (document.isUntitled) return false;
    return globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }
}
