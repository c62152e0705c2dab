import * as vscode from 'vscode';
import { AUTHORS_HEAD_CHARS, authorsInText, rankAuthors } from '../core/authors';
import { hostServices } from './host';
import { readSettings } from './settings';

/** Folders nobody writes postmortems in. */
const EXCLUDE = '**/{node_modules,.git,dist,out,build,.vscode-test}/**';
/** Files read for names: the newest few are enough, and on a remote file system each is a request. */
const MAX_FILES = 40;
/** The prompt never waits longer than this for the workspace's names. */
const BUDGET_MS = 1500;

/**
 * The name the New Incident authors prompt starts with: the person's own (`git config user.name`)
 * where the host can read it, otherwise the author most used in the workspace's postmortems
 * (open documents and files matched by `postmortem.files`, newest file names first). Empty when
 * neither gives one; never throws, never holds up the prompt for long.
 */
export async function suggestedAuthor(folder: vscode.WorkspaceFolder | undefined): Promise<string> {
  const own = await hostServices()
    .userName(folder?.uri)
    .catch(() => undefined);
  if (own) return own;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), BUDGET_MS);
  });
  const names = await Promise.race([workspaceAuthors(folder).catch(() => []), timeout]);
  clearTimeout(timer);
  return names[0] ?? '';
}

/** Authors named in the workspace's postmortems, most used first. */
export async function workspaceAuthors(folder: vscode.WorkspaceFolder | undefined): Promise<string[]> {
  const texts = new Map<string, string>();
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.languageId === 'markdown' && (!folder || vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.toString() === folder.uri.toString())) texts.set(doc.uri.toString(), doc.getText(new vscode.Range(0, 0, 200, 0)));
  }
  const folders = folder ? [folder] : (vscode.workspace.workspaceFolders ?? []);
  const uris = new Map<string, vscode.Uri>();
  for (const f of folders) {
    for (const glob of readSettings(f.uri).files) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(f, glob), EXCLUDE, 500)) uris.set(uri.toString(), uri);
    }
  }
  // Postmortem files are named by date (YYYY-MM-DD-…): newest first.
  const newest = [...uris.values()].filter((u) => !texts.has(u.toString())).sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0)).slice(0, MAX_FILES);
  const decoder = new TextDecoder('utf-8');
  const read = await Promise.all(
    newest.map(async (uri) => {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        return decoder.decode(bytes.subarray(0, AUTHORS_HEAD_CHARS * 3));
      } catch {
        return '';
      }
    }),
  );
  return rankAuthors([...texts.values(), ...read].map(authorsInText));
}
