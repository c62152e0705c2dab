import type { RuleLevel, Severity } from './types';
import { SECTION_KINDS, type SectionAliases, type SectionKind } from './model/sections';
import { parseSlo } from './metrics/budget';

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
  /** The team's SLOs by name (`checkout: { objective: 99.9%, window: 30d }`), for front matter `slo: checkout`. */
  slos?: Record<string, unknown>;
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
  /** SLOs by name (front matter `slo: <name>` refers to one); checked when used. */
  slos?: Record<string, unknown>;
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
  // Only scalars: a list or a mapping where a level is expected is a mistake, not "error" by String().
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const v = String(value).toLowerCase();
  if ((LEVELS as string[]).includes(v)) return v as RuleLevel;
  return Object.hasOwn(SEVERITY_ALIASES, v) ? SEVERITY_ALIASES[v] : undefined;
}

/** Keys that would reach or replace an object's prototype: refused in every mapping of a configuration. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Options each built-in rule understands (beyond `level` / `severity`). Add a rule's new option here. */
export const RULE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'blameful-language': ['ignore'],
  'counterfactual-language': ['ignore'],
  'vague-action-item': ['ignore'],
  // Placeholder owners that do not count as an owner ("TBD", "미정"), as the config tests and schema examples use.
  'action-item-owner': ['placeholders'],
};

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/** Every key of `value` (and of the mappings and lists inside it) that is a forbidden key, as paths. */
function forbiddenPaths(value: unknown, path: string): string[] {
  const out: string[] = [];
  const stack: { v: unknown; p: string }[] = [{ v: value, p: path }];
  let budget = 100_000;
  while (stack.length > 0 && budget-- > 0) {
    const { v, p } = stack.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, p: `${p}[${i}]` }));
    else if (isMapping(v)) {
      for (const k of Object.keys(v)) {
        const kp = p ? `${p}.${k}` : k;
        if (FORBIDDEN_KEYS.has(k)) out.push(kp);
        else stack.push({ v: v[k], p: kp });
      }
    }
  }
  return out;
}

/**
 * Validates a parsed config file and fills defaults. Problems are returned as messages (never
 * thrown) so that callers can show them; the valid parts still apply. Every value of the wrong
 * type is a problem naming its path; nothing is coerced silently.
 */
export function resolveConfig(input: unknown, source?: string, knownRules?: string[]): { config: ResolvedConfig; problems: string[] } {
  const config = { ...defaultConfig(), source };
  const problems: string[] = [];
  if (input === null || input === undefined) return { config, problems };
  if (!isMapping(input)) {
    problems.push('the configuration must be a mapping (rules, phrases, sections, severities)');
    return { config, problems };
  }
  for (const p of forbiddenPaths(input, '')) problems.push(`${p}: the key "${p.split('.').pop()}" is not allowed`);
  const raw = input;
  const safeKeys = (m: Record<string, unknown>) => Object.keys(m).filter((k) => !FORBIDDEN_KEYS.has(k));
  for (const key of safeKeys(raw)) {
    if (!['rules', 'phrases', 'sections', 'severities', 'slos', '$schema'].includes(key)) problems.push(`unknown key "${key}"`);
  }
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') problems.push(`$schema must be a string, not ${describe(raw.$schema)}`);
  if (raw.rules !== undefined) {
    if (!isMapping(raw.rules)) problems.push('"rules" must map rule ids to levels');
    else {
      const rules = raw.rules;
      for (const id of safeKeys(rules)) {
        const setting = rules[id];
        if (knownRules && !knownRules.includes(id)) problems.push(`unknown rule "${id}"`);
        if (isMapping(setting)) {
          const options: Record<string, unknown> = {};
          let lv: unknown;
          for (const k of safeKeys(setting)) {
            if (k === 'level' || k === 'severity') {
              if (lv !== undefined) problems.push(`rules.${id}: give "level" or "severity", not both`);
              lv = setting[k];
            } else options[k] = setting[k];
          }
          const parsed = lv === undefined ? 'warning' : level(lv);
          if (!parsed) problems.push(`rule "${id}": unknown level ${typeof lv === 'string' ? `"${lv}"` : describe(lv)} (use error, warning, info or off)`);
          const allowed = RULE_OPTIONS[id];
          if (allowed !== undefined || (knownRules?.includes(id) && Object.hasOwn(BUILTIN_WITHOUT_OPTIONS, id))) {
            for (const k of Object.keys(options)) if (!(allowed ?? []).includes(k)) problems.push(`rules.${id}.${k}: unknown option${allowed?.length ? ` (known: ${allowed.join(', ')})` : ''}`);
          }
          for (const [k, what] of [['ignore', 'phrase ids'], ['placeholders', 'words']] as const) {
            if (options[k] !== undefined && (!Array.isArray(options[k]) || !options[k].every((x) => typeof x === 'string'))) {
              problems.push(`rules.${id}.${k} must be a list of ${what}, not ${describe(options[k])}`);
              delete options[k];
            }
          }
          config.rules[id] = { level: parsed ?? 'warning', options };
        } else {
          const parsed = level(setting);
          if (!parsed) problems.push(`rule "${id}": unknown level ${typeof setting === 'string' ? `"${setting}"` : describe(setting)} (use error, warning, info or off)`);
          else config.rules[id] = { level: parsed, options: {} };
        }
      }
    }
  }
  if (raw.phrases !== undefined) {
    if (!isMapping(raw.phrases)) problems.push('"phrases" must map list names to entries');
    else
      for (const list of safeKeys(raw.phrases)) {
        const entries = raw.phrases[list];
        if (!Array.isArray(entries)) problems.push(`phrases.${list} must be a list`);
        else config.phrases[list] = entries;
      }
  }
  if (raw.sections !== undefined) {
    const s = raw.sections;
    if (!isMapping(s)) problems.push('"sections" must be a mapping');
    else {
      for (const k of safeKeys(s)) if (k !== 'aliases' && k !== 'required') problems.push(`sections: unknown key "${k}" (known: aliases, required)`);
      if (s.aliases !== undefined) {
        if (!isMapping(s.aliases)) problems.push('sections.aliases must map section kinds to lists of headings');
        else
          for (const kind of safeKeys(s.aliases)) {
            const words = s.aliases[kind];
            if (!(SECTION_KINDS as readonly string[]).includes(kind)) problems.push(`sections.aliases: unknown section kind "${kind}" (known: ${SECTION_KINDS.join(', ')})`);
            else if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) problems.push(`sections.aliases.${kind} must be a list of headings`);
            else config.sectionAliases[kind as SectionKind] = words as string[];
          }
      }
      if (s.required !== undefined) {
        const req = Array.isArray(s.required) ? { default: s.required } : s.required;
        if (!isMapping(req)) problems.push('sections.required must be a list of section kinds, or a mapping of template ids to lists');
        else {
          config.requiredSections = {};
          for (const template of safeKeys(req)) {
            const kinds = req[template];
            if (!Array.isArray(kinds)) {
              problems.push(`sections.required.${template} must be a list`);
              continue;
            }
            const bad = kinds.filter((k) => typeof k !== 'string' || !(SECTION_KINDS as readonly string[]).includes(k));
            if (bad.length) problems.push(`sections.required: unknown section kind ${bad.map((b) => (typeof b === 'string' ? `"${b}"` : describe(b))).join(', ')}`);
            config.requiredSections[template] = kinds.filter((k): k is string => typeof k === 'string' && !bad.includes(k));
          }
        }
      }
    }
  }
  if (raw.severities !== undefined) {
    if (!Array.isArray(raw.severities)) problems.push('"severities" must be a list');
    else {
      raw.severities.forEach((v, i) => {
        if (typeof v !== 'string' && typeof v !== 'number') problems.push(`severities[${i}] must be a name such as "SEV1", not ${describe(v)}`);
      });
      config.severities = raw.severities.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    }
  }
  if (raw.slos !== undefined) {
    if (!isMapping(raw.slos)) problems.push('"slos" must map SLO names to { objective, window }');
    else {
      const slos = raw.slos;
      config.slos = Object.fromEntries(safeKeys(slos).map((k) => [k, slos[k]]));
      // Checked here too, not only when a postmortem names the SLO: a wrong one is never silent.
      for (const name of safeKeys(slos)) {
        const slo = slos[name];
        if (!isMapping(slo)) {
          problems.push(`slos.${name} must be a mapping with objective and window, not ${describe(slo)}`);
          continue;
        }
        for (const k of safeKeys(slo)) if (!SLO_KEYS.includes(k)) problems.push(`slos.${name}: unknown key "${k}" (known: objective, window, description)`);
        const typed = safeKeys(slo).filter((k) => k !== 'description' && typeof slo[k] === 'object' && slo[k] !== null);
        for (const k of typed) problems.push(`slos.${name}.${k} must be ${/^(?:objective|target)$/.test(k) ? 'a percentage such as 99.9%' : 'a duration such as 30d'}, not ${describe(slo[k])}`);
        if (!typed.length) for (const p of parseSlo(slo, name).problems) problems.push(`slos.${name}: ${p.en.replace(`SLO "${name}": `, '')}`);
      }
    }
  }
  return { config, problems };
}

/** The keys of one SLO (`target` and `period` are read as aliases). */
const SLO_KEYS = ['objective', 'target', 'window', 'period', 'description'];

/** Built-in rules that take no options: any option given to them is a mistake. */
const BUILTIN_WITHOUT_OPTIONS: Readonly<Record<string, true>> = {
  'timeline-timestamp': true,
  'timeline-order': true,
  'timeline-timezone': true,
  'incident-duration': true,
  'required-sections': true,
  'front-matter': true,
  'five-whys-root-cause': true,
  'suppression-comment': true,
};

/** The effective severity of a rule (undefined when off). */
export function ruleSeverity(config: ResolvedConfig, id: string, fallback: Severity): Severity | undefined {
  const l = (Object.hasOwn(config.rules, id) ? config.rules[id]?.level : undefined) ?? fallback;
  return l === 'off' ? undefined : l;
}

/** A rule's options from the config. */
export function ruleOptions(config: ResolvedConfig, id: string): Record<string, unknown> {
  return (Object.hasOwn(config.rules, id) ? config.rules[id]?.options : undefined) ?? {};
}

/**
 * The configuration a workspace the user has not trusted (VS Code's Restricted Mode) may apply:
 * without the parts that are compiled to patterns (the phrase lists), which are code in all but
 * name. `ignored` names what was left out ("phrases.blameful (2 entries)"), for a message; a
 * trusted workspace keeps everything. Section aliases, required sections, severities and SLOs
 * are compared as data and stay.
 */
export function forWorkspaceTrust(config: ResolvedConfig, trusted: boolean): { config: ResolvedConfig; ignored: string[] } {
  if (trusted) return { config, ignored: [] };
  const ignored = Object.entries(config.phrases)
    .filter(([, entries]) => Array.isArray(entries) && entries.length > 0)
    .map(([list, entries]) => `phrases.${list} (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'})`);
  if (!ignored.length && !Object.keys(config.phrases).length) return { config, ignored };
  return { config: { ...config, phrases: {} }, ignored };
}
