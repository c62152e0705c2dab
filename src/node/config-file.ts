/**
 * Finding and reading `.postmortemrc.yaml` / `.yml` / `.json` on disk (Node only; the core
 * stays free of `fs` so it can run in a browser). Never throws for a bad file: every problem
 * comes back as a message that names the file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig } from '../core/config';
import { CONFIG_FILE_NAMES, parseConfigText, type LoadConfigOptions, type LoadedConfig } from '../core/configText';

export { CONFIG_FILE_NAMES, parseConfigText, type LoadConfigOptions, type LoadedConfig };

/** A config file that a person will not write by hand; larger ones are refused rather than parsed. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Options for the upward search. */
export interface FindConfigOptions {
  /** Stop after this folder (inclusive); by default the search goes up to the filesystem root. */
  stopAt?: string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file in `startDir` or one of its parents, or undefined. */
export function findConfigFile(startDir: string, options: FindConfigOptions = {}): string | undefined {
  const stop = options.stopAt === undefined ? undefined : resolve(options.stopAt);
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === stop) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file. */
export function loadConfigFile(path: string, options: LoadConfigOptions = {}): LoadedConfig {
  const abs = resolve(path);
  const shown = options.displayPath ? options.displayPath(abs) : abs;
  const failed = (message: string): LoadedConfig => ({ config: { ...defaultConfig(), source: abs }, path: abs, problems: [`${shown}: ${message}`], fatal: true });
  let size: number;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return failed('is a directory, not a config file');
    size = st.size;
  } catch (err) {
    return failed(existsSync(abs) ? `cannot read config file (${errorCode(err)})` : 'config file not found');
  }
  if (size > MAX_CONFIG_BYTES) return failed(`config file too large (${size} bytes)`);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    return failed(`cannot read config file (${errorCode(err)})`);
  }
  return parseConfigText(text, abs, options);
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

/** Options for {@link ConfigLoader}. */
export interface ConfigLoaderOptions extends LoadConfigOptions {
  /** Use this file for every document instead of searching upward (the CLI's `--config`). */
  configPath?: string;
}

/**
 * Resolves the configuration of many files, reading each config file once: a CLI run over a
 * tree of postmortems would otherwise re-read the same `.postmortemrc.yaml` for every file.
 */
export class ConfigLoader {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();

  constructor(private readonly options: ConfigLoaderOptions = {}) {}

  /** The configuration that applies to a document at `filePath`. */
  forFile(filePath: string): LoadedConfig {
    const configPath = this.options.configPath !== undefined ? resolve(this.options.configPath) : this.nearest(dirname(resolve(filePath)));
    if (configPath === undefined) return { config: defaultConfig(), path: undefined, problems: [], fatal: false };
    let loaded = this.byFile.get(configPath);
    if (!loaded) {
      loaded = loadConfigFile(configPath, this.options);
      this.byFile.set(configPath, loaded);
    }
    return loaded;
  }

  private nearest(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: string | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
    }
    const parent = dirname(dir);
    if (found === undefined && parent !== dir) found = this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }
}
