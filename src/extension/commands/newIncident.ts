import * as vscode from 'vscode';
import { firstFreeFileName, formatIncidentStart, parseAuthors, parseIncidentStart, titleProblem, type StartError } from '../../core/edits/incident';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateInfo, type TemplateVars } from '../../core/templates/builtin';
import { summaryCursor, summaryPlaceholder } from '../../core/templates/cursor';
import { parseCustomTemplate, renderCustomTemplate, type CustomTemplate } from '../../core/templates/custom';
import { SEVERITIES } from '../../core/templates/severity';
import { incidentFileName } from '../../core/templates/slug';
import type { Lang } from '../../core/types';
import type { ConfigService } from '../config';
import { toPosition } from '../convert';
import { suggestedAuthor } from '../authors';
import { readSettings, uiLanguage } from '../settings';

/**
 * Answers for the New Incident command. Every field given skips its prompt, so tests (and other
 * extensions) can create a document without UI; with all fields, nothing is asked and an existing
 * file name silently gets the next free number.
 */
export interface NewIncidentArgs {
  /** Template id: a built-in one, or a custom template's id. */
  template?: string;
  lang?: Lang;
  title?: string;
  severity?: string;
  /** Anything the start prompt accepts: `now`, `YYYY-MM-DD HH:mm`, ISO, `-2h`. */
  start?: string;
  authors?: string | string[];
  /** The workspace folder to write into (its URI or name); the first folder by default. */
  folder?: string;
  /** Open an untitled document instead of writing a file. */
  untitled?: boolean;
}

/** Where custom templates live in each workspace folder. */
export const CUSTOM_TEMPLATE_DIR = ['.postmortem', 'templates'] as const;
/** Custom templates larger than this are not templates anyone wrote by hand. */
const MAX_TEMPLATE_BYTES = 512 * 1024;

type AnyTemplate = TemplateInfo | CustomTemplate;

/** The custom templates of every workspace folder (unreadable files are skipped). */
export async function customTemplates(): Promise<CustomTemplate[]> {
  const out: CustomTemplate[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dir = vscode.Uri.joinPath(folder.uri, ...CUSTOM_TEMPLATE_DIR);
    let entries: [string, vscode.FileType][];
    try {
      // Most workspaces have no custom templates: a stat first, because a failed readDirectory is
      // logged with a stack trace by the extension host on every New Incident run.
      if (!((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.Directory)) continue;
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
      if (!(type & vscode.FileType.File) || !/\.(?:md|markdown)$/i.test(name)) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_TEMPLATE_BYTES) continue;
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        const t = parseCustomTemplate(name, text);
        out.push({ ...t, path: uri.scheme === 'file' ? uri.fsPath : uri.toString() });
      } catch {
        // An unreadable template is skipped; the others still work.
      }
    }
  }
  return out;
}

function label(t: AnyTemplate, ui: Lang): string {
  return ui === 'ko' && t.labelKo ? t.labelKo : t.label;
}

function description(t: AnyTemplate, ui: Lang): string {
  return ui === 'ko' && t.descriptionKo ? t.descriptionKo : t.description;
}

function startMessage(error: StartError): string {
  switch (error) {
    case 'empty':
      return vscode.l10n.t('Enter when the incident started, e.g. 2024-05-01 14:30, now or -2h.');
    case 'future':
      return vscode.l10n.t('The start lies in the future.');
    case 'invalid-date':
      return vscode.l10n.t('There is no such date or time.');
    default:
      return vscode.l10n.t('Use YYYY-MM-DD HH:mm, an ISO date-time, HH:mm, now, or a relative time such as -2h or -1h30m.');
  }
}

/** The local IANA zone: the file name's date and the front matter's times are the user's wall clock. */
function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function pickFolder(args: NewIncidentArgs): vscode.WorkspaceFolder | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (args.folder) return folders.find((f) => f.uri.toString() === args.folder || f.name === args.folder);
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || folders[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Steps of the interactive flow; each returns undefined when the person cancels. */
class Prompts {
  constructor(private readonly ui: Lang) {}

  async template(templates: AnyTemplate[]): Promise<AnyTemplate | undefined> {
    const items = templates.map((t) => ({
      label: label(t, this.ui),
      description: t.source === 'custom' ? vscode.l10n.t('custom') : undefined,
      detail: description(t, this.ui),
      template: t,
    }));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Incident Document: template'), placeHolder: vscode.l10n.t('Pick a template'), ignoreFocusOut: true });
    return pick?.template;
  }

  async language(preferred: Lang): Promise<Lang | undefined> {
    const items: (vscode.QuickPickItem & { lang: Lang })[] = [
      { label: 'English', lang: 'en' },
      { label: '한국어', description: 'Korean', lang: 'ko' },
    ];
    items.sort((a, b) => (a.lang === preferred ? -1 : b.lang === preferred ? 1 : 0));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Incident Document: language'), ignoreFocusOut: true });
    return pick?.lang;
  }

  title(): Thenable<string | undefined> {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('New Incident Document: title'),
      prompt: vscode.l10n.t('What happened, in a few words (it also names the file)'),
      placeHolder: vscode.l10n.t('e.g. Checkout API errors after config rollout'),
      ignoreFocusOut: true,
      validateInput: (v) => (titleProblem(v) === 'empty' ? vscode.l10n.t('A title is required.') : titleProblem(v) ? vscode.l10n.t('Keep the title under 200 characters.') : undefined),
    });
  }

  async severity(allowed: string[] | undefined): Promise<string | undefined> {
    const items: (vscode.QuickPickItem & { id: string })[] = allowed?.length
      ? allowed.map((id) => ({ label: id, id }))
      : SEVERITIES.map((s) => ({ label: this.ui === 'ko' ? s.labelKo : s.label, detail: this.ui === 'ko' ? s.descriptionKo : s.description, id: s.id }));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Incident Document: severity'), ignoreFocusOut: true });
    return pick?.id;
  }

  start(now: Date): Thenable<string | undefined> {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('New Incident Document: incident start'),
      prompt: vscode.l10n.t('When the incident started (local time): YYYY-MM-DD HH:mm, ISO, now, or -2h'),
      value: formatIncidentStart(now),
      ignoreFocusOut: true,
      validateInput: (v) => {
        const r = parseIncidentStart(v, { now: new Date() });
        return r.ok ? undefined : startMessage(r.error);
      },
    });
  }

  authors(value: string): Thenable<string | undefined> {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('New Incident Document: authors'),
      prompt: vscode.l10n.t('Who writes this postmortem (comma-separated)'),
      value,
      ignoreFocusOut: true,
    });
  }

  fileName(dir: vscode.Uri, taken: string, proposed: string): Thenable<string | undefined> {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('New Incident Document: file name'),
      prompt: vscode.l10n.t('{0} already exists. Save the new document as:', taken),
      value: proposed,
      ignoreFocusOut: true,
      validateInput: async (v) => {
        const name = v.trim();
        if (!/^[^\\/:*?"<>|]+\.md$/i.test(name)) return vscode.l10n.t('Enter a file name ending in .md, without folders.');
        return (await exists(vscode.Uri.joinPath(dir, name))) ? vscode.l10n.t('{0} already exists.', name) : undefined;
      },
    });
  }
}

/**
 * The New Incident Document command: template, language, title, severity, start and authors
 * (prompted unless given), then `<postmortem.folder>/<YYYY-MM-DD>-<slug>.md` in the workspace
 * folder, or in the folder clicked in the explorer (never overwriting a file), or an untitled
 * document without a folder. Opens the document with the summary's placeholder selected. Returns
 * the new document's URI, or undefined when cancelled.
 */
export async function newIncident(config: ConfigService, rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  const args: NewIncidentArgs = rawArgs && typeof rawArgs === 'object' && !(rawArgs instanceof vscode.Uri) ? (rawArgs as NewIncidentArgs) : {};
  const ui = uiLanguage();
  const prompts = new Prompts(ui);
  // From the explorer's context menu the command gets the folder that was right-clicked: write there.
  const clicked = rawArgs instanceof vscode.Uri ? rawArgs : undefined;
  const folder = args.untitled ? undefined : clicked ? vscode.workspace.getWorkspaceFolder(clicked) : pickFolder(args);
  const settings = readSettings(folder?.uri);
  const now = new Date();

  const templates: AnyTemplate[] = [...BUILTIN_TEMPLATES, ...(await customTemplates())];
  const template = args.template !== undefined ? templates.find((t) => t.id === args.template) : await prompts.template(templates);
  if (!template) {
    if (args.template !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem: there is no template "{0}".', args.template));
    return undefined;
  }

  const preferred: Lang = settings.defaultLanguage === 'auto' ? ui : settings.defaultLanguage;
  const langs = template.languages.length ? template.languages : (['en', 'ko'] as Lang[]);
  const lang = args.lang ?? (langs.length === 1 ? langs[0] : await prompts.language(langs.includes(preferred) ? preferred : langs[0]));
  if (!lang) return undefined;

  const title = args.title ?? (await prompts.title());
  if (title === undefined || titleProblem(title)) return undefined;

  const folderConfig = folder ? await config.configFor(folder.uri) : undefined;
  const severity = args.severity ?? (await prompts.severity(folderConfig?.severities));
  if (!severity) return undefined;

  const startText = args.start ?? (await prompts.start(now));
  if (startText === undefined) return undefined;
  const start = parseIncidentStart(startText, { now: new Date() });
  if (!start.ok) {
    void vscode.window.showErrorMessage(startMessage(start.error));
    return undefined;
  }

  let authors: string[];
  if (args.authors !== undefined) authors = Array.isArray(args.authors) ? args.authors.map(String) : parseAuthors(args.authors);
  else {
    const typed = await prompts.authors(await suggestedAuthor(folder));
    if (typed === undefined) return undefined;
    authors = parseAuthors(typed);
  }

  const timezone = localZone();
  const vars: TemplateVars = { title: title.trim(), severity, start: start.date, timezone, authors, lang };
  const text = template.source === 'custom' ? renderCustomTemplate(template as CustomTemplate, vars) : renderTemplate(template.id, vars);

  if (!folder) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await showWithCursor(document, text);
    return document.uri;
  }

  // `..` segments are dropped: a workspace setting must not make the command write outside the folder.
  const dir = clicked ?? vscode.Uri.joinPath(folder.uri, ...settings.folder.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..'));
  const wanted = incidentFileName(start.date, vars.title, { timezone });
  const interactive = rawArgs === undefined || rawArgs instanceof vscode.Uri;
  let uri = await freeUri(dir, wanted);
  if (!uri) return undefined;
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if (name !== wanted && interactive) {
    const chosen = await prompts.fileName(dir, wanted, name);
    if (!chosen) return undefined;
    uri = vscode.Uri.joinPath(dir, chosen.trim());
  }
  // Checked again right before writing: another window may have created the file meanwhile.
  if (await exists(uri)) uri = await freeUri(dir, uri.path.slice(uri.path.lastIndexOf('/') + 1));
  if (!uri) return undefined;
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await showWithCursor(document, text);
  return uri;
}

async function freeUri(dir: vscode.Uri, fileName: string): Promise<vscode.Uri | undefined> {
  const free = await firstFreeFileName(fileName, (n) => exists(vscode.Uri.joinPath(dir, n)));
  return free ? vscode.Uri.joinPath(dir, free) : undefined;
}

/** Shows the document with the summary's placeholder selected (typing replaces it). */
async function showWithCursor(document: vscode.TextDocument, text: string): Promise<void> {
  // Pinned, not a preview tab: the next click in the Explorer must not replace the new document.
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const placeholder = summaryPlaceholder(text);
  const start = toPosition(document, placeholder?.start ?? summaryCursor(text));
  const end = placeholder ? toPosition(document, placeholder.end) : start;
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
