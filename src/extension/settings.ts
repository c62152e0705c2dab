import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type PostmortemSettings } from './defaults';
import { RULE_LEVEL_SETTINGS, Settings, SETTINGS_SECTION } from './ids';

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** Reads the settings that apply to a resource (workspace-folder settings win for its files). */
export function readSettings(scope?: vscode.ConfigurationScope): PostmortemSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const files = c.get<unknown>(Settings.files);
  const rules = c.get<unknown>(Settings.rules);
  const lang = c.get<unknown>(Settings.defaultLanguage);
  return {
    files: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : DEFAULT_SETTINGS.files,
    detectByContent: c.get<boolean>(Settings.detectByContent, DEFAULT_SETTINGS.detectByContent) !== false,
    folder: String(c.get<string>(Settings.folder, DEFAULT_SETTINGS.folder) || DEFAULT_SETTINGS.folder),
    rules: withRuleLevels(c, rules && typeof rules === 'object' && !Array.isArray(rules) ? (rules as Record<string, unknown>) : {}),
    lintOnType: c.get<boolean>(Settings.lintOnType, DEFAULT_SETTINGS.lintOnType) !== false,
    debounceMs: clamp(c.get(Settings.lintDebounceMs), 0, 10_000, DEFAULT_SETTINGS.debounceMs),
    maxDocumentSize: clamp(c.get(Settings.maxDocumentSize), 1_000, 50_000_000, DEFAULT_SETTINGS.maxDocumentSize),
    timeBudgetMs: clamp(c.get(Settings.lintTimeBudgetMs), 1, 600_000, DEFAULT_SETTINGS.timeBudgetMs),
    defaultLanguage: lang === 'en' || lang === 'ko' ? lang : 'auto',
  };
}

const LEVELS = new Set(['error', 'warning', 'info', 'off']);

/**
 * `postmortem.rules` with the per-rule level settings (`postmortem.rule.<id>`, the Settings UI's
 * dropdowns) applied over it: a level set there wins over the object's, and keeps its options.
 * "default" leaves the rule to `postmortem.rules` and its built-in level. A `.postmortemrc.*` file
 * still wins over both (config.ts).
 */
function withRuleLevels(c: vscode.WorkspaceConfiguration, rules: Record<string, unknown>): Record<string, unknown> {
  let out = rules;
  for (const [id, key] of Object.entries(RULE_LEVEL_SETTINGS)) {
    const level = c.get<unknown>(key);
    if (typeof level !== 'string' || !LEVELS.has(level)) continue;
    if (out === rules) out = { ...rules };
    const prev = out[id];
    out[id] = prev && typeof prev === 'object' && !Array.isArray(prev) ? { ...(prev as Record<string, unknown>), level } : level;
  }
  return out;
}

/** Whether a configuration change touches the rule levels (the object or one of the per-rule settings). */
export function affectsRuleLevels(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsPostmortem(e, Settings.rules) || Object.values(RULE_LEVEL_SETTINGS).some((key) => affectsPostmortem(e, key));
}

/** Whether a configuration change event touches the extension's settings. */
export function affectsPostmortem(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
  return e.affectsConfiguration(key ? `${SETTINGS_SECTION}.${key}` : SETTINGS_SECTION);
}

/** The language of the VS Code UI as a product language: Korean for `ko*`, English otherwise. */
export function uiLanguage(): 'en' | 'ko' {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
