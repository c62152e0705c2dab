/**
 * Setting defaults, free of `vscode` so that the manifest test can compare them with package.json.
 */

import { DEFAULT_POSTMORTEM_GLOBS } from '../core/detect';
import { RULE_LEVEL_SETTINGS, Settings } from './ids';

/** The extension's settings, read with defaults and clamped to sane values. */
export interface PostmortemSettings {
  files: string[];
  detectByContent: boolean;
  folder: string;
  rules: Record<string, unknown>;
  lintOnType: boolean;
  debounceMs: number;
  maxDocumentSize: number;
  /** How long one lint may run before it is stopped (ms). */
  timeBudgetMs: number;
  defaultLanguage: 'auto' | 'en' | 'ko';
}

/** Defaults; package.json declares the same values (the manifest test compares them). */
export const DEFAULT_SETTINGS: PostmortemSettings = {
  files: [...DEFAULT_POSTMORTEM_GLOBS],
  detectByContent: true,
  folder: 'postmortems',
  rules: {},
  lintOnType: true,
  debounceMs: 300,
  maxDocumentSize: 1_000_000,
  timeBudgetMs: 10_000,
  defaultLanguage: 'auto',
};


/** Each setting key (without `postmortem.`) with its default: what package.json must declare. */
/** The value of a per-rule level setting that defers to `postmortem.rules` and the rule's default. */
export const RULE_LEVEL_DEFAULT = 'default';

export const DEFAULTS_BY_KEY: Record<(typeof Settings)[keyof typeof Settings], unknown> = {
  ...Object.fromEntries(Object.values(RULE_LEVEL_SETTINGS).map((key) => [key, RULE_LEVEL_DEFAULT])),
  [Settings.files]: DEFAULT_SETTINGS.files,
  [Settings.detectByContent]: DEFAULT_SETTINGS.detectByContent,
  [Settings.folder]: DEFAULT_SETTINGS.folder,
  [Settings.rules]: DEFAULT_SETTINGS.rules,
  [Settings.lintOnType]: DEFAULT_SETTINGS.lintOnType,
  [Settings.lintDebounceMs]: DEFAULT_SETTINGS.debounceMs,
  [Settings.maxDocumentSize]: DEFAULT_SETTINGS.maxDocumentSize,
  [Settings.lintTimeBudgetMs]: DEFAULT_SETTINGS.timeBudgetMs,
  [Settings.defaultLanguage]: DEFAULT_SETTINGS.defaultLanguage,
};
