import { ParseCache } from './editing';
import * as vscode from 'vscode';
import { resolveConfig, type ResolvedConfig } from '../core/config';
import { allRules } from '../core/rules';
import { CONFIG_FILE_NAMES, parseConfigText } from '../core/configText';
import { affectsRuleLevels, readSettings } from './settings';
import { Settings } from './ids';

/** A config file as read through `vscode.workspace.fs`, or its absence. */
interface FileConfig {
  uri: vscode.Uri | undefined;
  config: ResolvedConfig | undefined;
  problems: string[];
  /** What Restricted Mode left out of the file (its phrase lists). */
  ignored?: string[];
}

/** How far up a file outside any workspace folder looks for a config file. */
const MAX_PARENT_DIRS = 32;
/** Config files are small; a bigger one is refused rather than parsed on every keystroke. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** The glob that watches every config file name. */
export const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

/**
 * The configuration of each document: the nearest `.postmortemrc.*` (searched from the
 * document's folder up to its workspace folder) over the `postmortem.rules` setting. Files are
 * read with `vscode.workspace.fs`, so this works in virtual workspaces too. A change to a config
 * file or to the settings fires `onDidChange` (the diagnostics re-lint open documents).
 *
 * The file wins over the setting, as in vscode-markdownlint: the file is the team's shared
 * agreement, which CI applies too; the setting is for people without one.
 */
export class ConfigService implements vscode.Disposable {
  private readonly files = new Map<string, Promise<FileConfig>>();
  private readonly nearest = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly reported = new Set<string>();
  /** Whether the Restricted Mode notice was shown (once per window, until trust is granted). */
  private restrictedNoticeShown = false;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a config file or a setting that shapes linting changes. */
  readonly onDidChange = this.changed.event;
  /**
   * Counts resets: a lint that read the configuration before a reset must not publish after it
   * (the re-lint the reset scheduled would be overwritten with findings of the old settings).
   */
  generation = 0;
  /** Parses shared by linting, the 5-whys view and the commands. */
  readonly parses = new ParseCache();

  constructor(private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const reset = () => this.reset();
    // Saves and explorer operations are reported at once, even where file watching is slow or
    // unavailable (some remote and virtual file systems); the watcher catches changes from outside.
    const touchesConfig = (uris: readonly vscode.Uri[]) => uris.some((u) => isConfigName(u.path));
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reset),
      watcher.onDidChange(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidSaveTextDocument((d) => touchesConfig([d.uri]) && reset()),
      vscode.workspace.onDidCreateFiles((e) => touchesConfig(e.files) && reset()),
      vscode.workspace.onDidDeleteFiles((e) => touchesConfig(e.files) && reset()),
      vscode.workspace.onDidRenameFiles((e) => touchesConfig(e.files.flatMap((f) => [f.oldUri, f.newUri])) && reset()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsRuleLevels(e)) this.reset();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reset),
      // Granting trust brings the custom phrases back: read every file again.
      vscode.workspace.onDidGrantWorkspaceTrust(reset),
      vscode.workspace.onDidCloseTextDocument((d) => this.parses.forget(d.uri)),
      this.changed,
    );
  }

  /** Drops every cached file and tells listeners. */
  reset(): void {
    this.generation++;
    this.files.clear();
    this.nearest.clear();
    this.reported.clear();
    this.changed.fire();
  }

  /** The effective configuration for a document. Never rejects: a broken file means defaults plus a logged problem. */
  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const settings = readSettings(uri);
    const fromSettings = resolveConfig({ rules: settings.rules }, 'settings: postmortem.rules', allRules.map((r) => r.meta.id));
    this.report(fromSettings.problems.map((p) => `postmortem.rules: ${p}`));
    let file: FileConfig = { uri: undefined, config: undefined, problems: [] };
    try {
      const found = await this.findConfig(uri);
      if (found) file = await this.load(found);
    } catch (err) {
      this.report([`cannot read the configuration: ${err instanceof Error ? err.message : String(err)}`]);
    }
    this.report(file.problems);
    if (file.ignored?.length) this.restrictedNotice(file.uri, file.ignored);
    if (!file.config) return fromSettings.config;
    return { ...file.config, rules: { ...fromSettings.config.rules, ...file.config.rules } };
  }

  /** Says once that a workspace's custom phrases are ignored until it is trusted. */
  private restrictedNotice(uri: vscode.Uri | undefined, ignored: readonly string[]): void {
    if (this.restrictedNoticeShown) return;
    this.restrictedNoticeShown = true;
    const label = uri ? vscode.workspace.asRelativePath(uri) : '.postmortemrc';
    this.output.appendLine(`Restricted Mode: ${label}: ${ignored.join(', ')} ignored until the workspace is trusted`);
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Postmortem: Restricted Mode: the custom phrases in {0} are not used until you trust this workspace.', label), manage)
      .then((choice) => {
        if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
      });
  }

  /** The config file that applies to a document, if any (for tests and messages). */
  async configFileFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    return this.findConfig(uri);
  }

  private findConfig(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const start = uri.scheme === 'untitled' ? folder?.uri : vscode.Uri.joinPath(uri, '..');
    if (!start) return Promise.resolve(undefined);
    return this.searchUp(start, folder?.uri, 0);
  }

  private searchUp(dir: vscode.Uri, stop: vscode.Uri | undefined, depth: number): Promise<vscode.Uri | undefined> {
    const key = dir.toString();
    let pending = this.nearest.get(key);
    if (!pending) {
      pending = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = vscode.Uri.joinPath(dir, name);
          if (await isFile(candidate)) return candidate;
        }
        const parent = vscode.Uri.joinPath(dir, '..');
        const atTop = parent.path === dir.path || (stop !== undefined && dir.toString() === stop.toString()) || depth >= MAX_PARENT_DIRS;
        // Outside a workspace folder only local files search further up (as the CLI does).
        if (atTop || (stop === undefined && dir.scheme !== 'file')) return undefined;
        return this.searchUp(parent, stop, depth + 1);
      })();
      this.nearest.set(key, pending);
    }
    return pending;
  }

  private load(uri: vscode.Uri): Promise<FileConfig> {
    const key = uri.toString();
    let pending = this.files.get(key);
    if (!pending) {
      pending = (async (): Promise<FileConfig> => {
        const label = uri.scheme === 'file' ? uri.fsPath : uri.toString();
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_CONFIG_BYTES) return { uri, config: undefined, problems: [`${label}: config file too large (${stat.size} bytes)`] };
          const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          // Restricted Mode: the repository's phrase patterns are not compiled until it is trusted.
          const loaded = parseConfigText(text, label, { untrusted: !vscode.workspace.isTrusted });
          return { uri, config: loaded.config, problems: loaded.problems, ignored: loaded.ignored };
        } catch (err) {
          // Deleted between finding and reading it: no config, and no alarm (the watcher resets us).
          if ((err instanceof vscode.FileSystemError && err.code === 'FileNotFound') || /ENOENT/.test(String(err))) return { uri: undefined, config: undefined, problems: [] };
          return { uri, config: undefined, problems: [`${label}: cannot read config file (${err instanceof Error ? err.message : String(err)})`] };
        }
      })();
      this.files.set(key, pending);
    }
    return pending;
  }

  /** Logs configuration problems once each (until the next change), and says so once in a message. */
  private report(problems: readonly string[]): void {
    const fresh = problems.filter((p) => !this.reported.has(p));
    if (fresh.length === 0) return;
    for (const p of fresh) {
      this.reported.add(p);
      this.output.appendLine(p);
    }
    const show = vscode.l10n.t('Show Output');
    void vscode.window.showWarningMessage(vscode.l10n.t('Postmortem: the lint configuration has problems: {0}', fresh[0]), show).then((choice) => {
      if (choice === show) this.output.show(true);
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether a path names a config file (any folder). */
function isConfigName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
