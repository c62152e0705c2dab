import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

/** Git answers in milliseconds; a hung credential helper or network drive must not hold up a prompt. */
const GIT_TIMEOUT_MS = 2000;

/**
 * `git config user.name`, for the authors prompt; undefined when git is missing, slow or unset.
 * In an untrusted workspace git runs outside it (global config only): repository config is
 * the workspace's content, and Restricted Mode promises not to act on it.
 */
export function gitUserName(folder: vscode.Uri | undefined): Promise<string | undefined> {
  const cwd = folder?.scheme === 'file' && vscode.workspace.isTrusted ? folder.fsPath : undefined;
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', '--get', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true, encoding: 'utf8' }, (err, stdout) => {
        const name = err ? '' : String(stdout).trim();
        resolve(name ? name.slice(0, 100) : undefined);
      });
    } catch {
      resolve(undefined);
    }
  });
}
