import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type PostmortemSettings } from './defaults';
import { Settings, SETTINGS_SECTION } from './ids';

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
    rules: rules && typeof rules === 'object' && !Array.isArray(rules) ? (rules as Record<string, unknown>) : {},
    lintOnType: c.get<boolean>(Settings.lintOnType, DEFAULT_SETTINGS.lintOnType) !== false,
    debounceMs: clamp(c.get(Settings.lintDebounceMs), 0, 10_000, DEFAULT_SETTINGS.debounceMs),
    maxDocumentSize: clamp(c.get(Settings.maxDocumentSize), 1_000, 50_000_000, DEFAULT_SETTINGS.maxDocumentSize),
    defaultLanguage: lang === 'en' || lang === 'ko' ? lang : 'auto',
  };
}

/** Whether a configuration change event touches the extension's settings. */
export function affectsPostmortem(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
  return e.affectsConfiguration(key ? `${SETTINGS_SECTION}.${key}` : SETTINGS_SECTION);
}

/** The language of the VS Code UI as a product language: Korean for `ko*`, English otherwise. */
export function uiLanguage(): 'en' | 'ko' {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
