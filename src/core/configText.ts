/**
 * Reading the text of a `.postmortemrc.yaml` / `.yml` / `.json` into a validated configuration.
 * Pure (no file system): the CLI reads files with Node (src/node/config-file.ts), the extension
 * with `vscode.workspace.fs`, and both hand the text here.
 */
import { parseDocument as parseYaml } from 'yaml';
import { yamlTooDeep } from './yamlSafety';
import { defaultConfig, forWorkspaceTrust, resolveConfig, type ResolvedConfig } from './config';
import { LineIndex } from './model/lines';
import { validatePhraseConfig } from './phrases';
import { allRules } from './rules';

/** Config file names, in the order they win when a folder holds more than one. */
export const CONFIG_FILE_NAMES = ['.postmortemrc.yaml', '.postmortemrc.yml', '.postmortemrc.json'] as const;

/** A loaded configuration and what was wrong with its file. */
export interface LoadedConfig {
  /** The effective configuration (defaults plus the valid parts of the file). */
  config: ResolvedConfig;
  /** Absolute path of the file, when one was found. */
  path: string | undefined;
  /**
   * Problems, each a one-line message starting with the file path (`path:line:col: …` for syntax
   * errors). A syntax error leaves `config` at the defaults; validation problems keep the valid parts.
   */
  problems: string[];
  /** True when the file could not be used at all (unreadable or not parseable). */
  fatal: boolean;
  /** What an untrusted workspace's file may not use and was left out (see `forWorkspaceTrust`). */
  ignored?: string[];
}

/** Options for loading a config file. */
export interface LoadConfigOptions {
  /** Rule ids the configuration may name (all built-in rules by default). */
  knownRules?: readonly string[];
  /** How to show the file's path in messages (default: absolute). */
  displayPath?: (absPath: string) => string;
  /**
   * The file comes from a workspace the user has not trusted (VS Code's Restricted Mode): its
   * phrase lists are left out, never compiled (listed in `ignored`).
   */
  untrusted?: boolean;
}

/**
 * Parses config text (YAML or JSON; the `yaml` package reads both) and validates it. `path` is
 * only used in messages.
 */
export function parseConfigText(text: string, path: string, options: LoadConfigOptions = {}): LoadedConfig {
  const shown = options.displayPath ? options.displayPath(path) : path;
  const knownRules = [...(options.knownRules ?? allRules.map((r) => r.meta.id))];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const failed = (problems: string[]): LoadedConfig => ({ config: { ...defaultConfig(), source: path }, path, problems, fatal: true });
  let value: unknown;
  // Nesting no real config has would make the YAML parser run out of stack (src/core/yamlSafety.ts): not parsed.
  const deep = yamlTooDeep(body);
  if (deep) {
    const { line, column } = new LineIndex(body).position(deep.offset);
    return failed([`${shown}:${line}:${column}: syntax error: the file ${deep.message}; it is not read`]);
  }
  try {
    const doc = parseYaml(body, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const lines = new LineIndex(body);
      const shownErrors = doc.errors.slice(0, 20).map((e) => {
        const { line, column } = lines.position(e.pos?.[0] ?? 0);
        return `${shown}:${line}:${column}: syntax error: ${e.message.split('\n')[0]}`;
      });
      if (doc.errors.length > 20) shownErrors.push(`${shown}: and ${doc.errors.length - 20} more syntax errors`);
      return failed(shownErrors);
    }
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return failed([`${shown}: cannot parse: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`]);
  }
  const resolved = resolveConfig(value, path, knownRules);
  const { config, ignored } = forWorkspaceTrust(resolved.config, !options.untrusted);
  const all = resolved.problems.map((p) => `${shown}: ${p}`);
  // resolveConfig only checks that phrase lists are lists; the entries' shape is the phrase engine's to judge.
  all.push(...validatePhraseConfig(config.phrases, shown).problems);
  return { config, path, problems: all, fatal: false, ...(options.untrusted ? { ignored } : {}) };
}
