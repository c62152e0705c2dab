import type { RuleLevel, Severity } from './types';
import { SECTION_KINDS, type SectionAliases, type SectionKind } from './model/sections';

/** A rule's setting in a config file: a level, or an object with a level and options. */
export type RuleSetting = RuleLevel | ({ level?: RuleLevel } & Record<string, unknown>);

/** The shape of `.postmortemrc.yaml` / `.postmortemrc.json` (see schemas/postmortemrc.schema.json). */
export interface PostmortemConfigFile {
  /** Rule id → level (`error`, `warning`, `info`, `off`) or `{ level, ...options }`. */
  rules?: Record<string, RuleSetting>;
  /** Extra phrase-list entries, by list (`blameful`, `counterfactual`, `vague`). */
  phrases?: Record<string, unknown[]>;
  sections?: {
    /** Extra heading wordings per section kind. */
    aliases?: SectionAliases;
    /** Required section kinds: one list for all, or per template id (`default` as fallback). */
    required?: string[] | Record<string, string[]>;
  };
  /** Allowed front matter severities (replaces the default list). */
  severities?: string[];
}

/** A rule's effective setting. */
export interface RuleConfig {
  level: RuleLevel;
  options: Record<string, unknown>;
}

/** Configuration after validation and defaults. */
export interface ResolvedConfig {
  rules: Record<string, RuleConfig | undefined>;
  phrases: Record<string, unknown[]>;
  sectionAliases: SectionAliases;
  requiredSections: Record<string, string[]> | undefined;
  severities: string[] | undefined;
  /** Where the configuration came from, for messages. */
  source?: string;
}

const LEVELS: RuleLevel[] = ['error', 'warning', 'info', 'off'];
const SEVERITY_ALIASES: Record<string, RuleLevel> = { warn: 'warning', information: 'info', hint: 'info', none: 'off', false: 'off', true: 'warning', '0': 'off', '1': 'warning', '2': 'error' };

/** The configuration when there is no config file. */
export function defaultConfig(): ResolvedConfig {
  return { rules: {}, phrases: {}, sectionAliases: {}, requiredSections: undefined, severities: undefined };
}

function level(value: unknown): RuleLevel | undefined {
  const v = String(value).toLowerCase();
  if ((LEVELS as string[]).includes(v)) return v as RuleLevel;
  return SEVERITY_ALIASES[v];
}

/**
 * Validates a parsed config file and fills defaults. Problems are returned as messages (never
 * thrown) so that callers can show them; the valid parts still apply.
 */
export function resolveConfig(input: unknown, source?: string, knownRules?: string[]): { config: ResolvedConfig; problems: string[] } {
  const config = { ...defaultConfig(), source };
  const problems: string[] = [];
  if (input === null || input === undefined) return { config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push('the configuration must be a mapping (rules, phrases, sections, severities)');
    return { config, problems };
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['rules', 'phrases', 'sections', 'severities', '$schema'].includes(key)) problems.push(`unknown key "${key}"`);
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) problems.push('"rules" must map rule ids to levels');
    else {
      for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (knownRules && !knownRules.includes(id)) problems.push(`unknown rule "${id}"`);
        if (setting !== null && typeof setting === 'object' && !Array.isArray(setting)) {
          const { level: l, severity, ...options } = setting as Record<string, unknown>;
          const lv = l ?? severity;
          const parsed = lv === undefined ? 'warning' : level(lv);
          if (!parsed) problems.push(`rule "${id}": unknown level "${String(lv)}" (use error, warning, info or off)`);
          config.rules[id] = { level: parsed ?? 'warning', options };
        } else {
          const parsed = level(setting);
          if (!parsed) problems.push(`rule "${id}": unknown level "${String(setting)}" (use error, warning, info or off)`);
          else config.rules[id] = { level: parsed, options: {} };
        }
      }
    }
  }
  if (raw.phrases !== undefined) {
    if (typeof raw.phrases !== 'object' || raw.phrases === null || Array.isArray(raw.phrases)) problems.push('"phrases" must map list names to entries');
    else
      for (const [list, entries] of Object.entries(raw.phrases as Record<string, unknown>)) {
        if (!Array.isArray(entries)) problems.push(`phrases.${list} must be a list`);
        else config.phrases[list] = entries;
      }
  }
  if (raw.sections !== undefined) {
    const s = raw.sections as Record<string, unknown>;
    if (typeof s !== 'object' || s === null) problems.push('"sections" must be a mapping');
    else {
      if (s.aliases !== undefined) {
        if (typeof s.aliases !== 'object' || s.aliases === null) problems.push('sections.aliases must map section kinds to lists of headings');
        else
          for (const [kind, words] of Object.entries(s.aliases as Record<string, unknown>)) {
            if (!(SECTION_KINDS as readonly string[]).includes(kind)) problems.push(`sections.aliases: unknown section kind "${kind}" (known: ${SECTION_KINDS.join(', ')})`);
            else if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) problems.push(`sections.aliases.${kind} must be a list of headings`);
            else config.sectionAliases[kind as SectionKind] = words as string[];
          }
      }
      if (s.required !== undefined) {
        const req = Array.isArray(s.required) ? { default: s.required } : s.required;
        if (typeof req !== 'object' || req === null) problems.push('sections.required must be a list of section kinds, or a mapping of template ids to lists');
        else {
          config.requiredSections = {};
          for (const [template, kinds] of Object.entries(req as Record<string, unknown>)) {
            if (!Array.isArray(kinds)) {
              problems.push(`sections.required.${template} must be a list`);
              continue;
            }
            const bad = kinds.filter((k) => !(SECTION_KINDS as readonly string[]).includes(String(k)));
            if (bad.length) problems.push(`sections.required: unknown section kind ${bad.map((b) => `"${String(b)}"`).join(', ')}`);
            config.requiredSections[template] = kinds.map(String).filter((k) => !bad.includes(k));
          }
        }
      }
    }
  }
  if (raw.severities !== undefined) {
    if (!Array.isArray(raw.severities)) problems.push('"severities" must be a list');
    else config.severities = raw.severities.map(String);
  }
  return { config, problems };
}

/** The effective severity of a rule (undefined when off). */
export function ruleSeverity(config: ResolvedConfig, id: string, fallback: Severity): Severity | undefined {
  const l = config.rules[id]?.level ?? fallback;
  return l === 'off' ? undefined : l;
}

/** A rule's options from the config. */
export function ruleOptions(config: ResolvedConfig, id: string): Record<string, unknown> {
  return config.rules[id]?.options ?? {};
}
