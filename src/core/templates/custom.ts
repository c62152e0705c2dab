/**
 * Team templates: Markdown files in `.postmortem/templates/*.md` with `{{placeholder}}` holes.
 * One syntax only, `{{name}}` (spaces inside the braces allowed, case-insensitive), because `${…}`
 * is VS Code snippet syntax and would be ambiguous next to our snippets. Unknown placeholders stay
 * as written. See README.md in this folder.
 */
import type { Lang } from '../types';
import { findFrontMatter } from '../model/frontmatter';
import { fillForDocument, oneLine, renderValues, yamlString, type RenderValues, type TemplateInfo, type TemplateVars } from './builtin';
import { slugify } from './slug';

/** The placeholders a custom template can use. */
export const CUSTOM_PLACEHOLDERS = ['title', 'date', 'start', 'time', 'severity', 'authors', 'timezone', 'lang'] as const;

/** A parsed custom template. */
export interface CustomTemplate extends TemplateInfo {
  source: 'custom';
  /** The template file's text (BOM removed). */
  text: string;
  /** Known placeholder names the template uses, in order of first use. */
  placeholders: string[];
  /** Things worth telling the user (invalid template metadata…); the template still renders. */
  problems: string[];
}

// A name is a short identifier; bounded repetition keeps the scan linear on any input.
const PLACEHOLDER = /\{\{[ \t]{0,8}([A-Za-z_][\w.-]{0,40})[ \t]{0,8}\}\}/g;
const WHOLE_VALUE = /^([ \t]{0,40}[^\s:#][^:\n]{0,200}?:[ \t]{0,8})(["']?)\{\{[ \t]{0,8}([A-Za-z_][\w.-]{0,40})[ \t]{0,8}\}\}\2[ \t]{0,40}$/;

// Template metadata is a handful of lines; a huge block is not worth a slow YAML parse.
const MAX_FRONT_MATTER = 32 * 1024;

// A loop, not /[\s:—]+$/: a run anchored at the end backtracks quadratically on long runs.
function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t:：-–—'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function isKnown(name: string): boolean {
  return (CUSTOM_PLACEHOLDERS as readonly string[]).includes(name.toLowerCase());
}

function baseName(fileName: string): string {
  const name = String(fileName ?? '').split(/[\\/]/).pop() ?? '';
  return name.replace(/\.(?:md|markdown)$/i, '');
}

function asLangs(value: unknown): Lang[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  const langs = new Set<Lang>();
  for (const v of list) {
    const s = String(v).toLowerCase();
    if (s.startsWith('ko')) langs.add('ko');
    else if (s.startsWith('en')) langs.add('en');
  }
  return [...langs];
}

/**
 * Reads a team template. Its metadata may sit in the front matter under `template:`, either an
 * id (`template: security`) or a mapping (`id`, `label`/`name`, `description`, `lang`/`languages`);
 * otherwise the id comes from the file name, the label from the first heading, and the language
 * from `lang:` or the text itself. Never throws: problems are listed on the result.
 */
export function parseCustomTemplate(fileName: string, text: string): CustomTemplate {
  const src = String(text ?? '').replace(/^\uFEFF/, '');
  const problems: string[] = [];
  const placeholders: string[] = [];
  for (const m of src.matchAll(PLACEHOLDER)) {
    const name = m[1].toLowerCase();
    if (isKnown(name) && !placeholders.includes(name)) placeholders.push(name);
  }
  // Placeholders are not YAML (`title: {{title}}` reads as a flow mapping), so the metadata is
  // read from a copy where each one is a plain word.
  const located = locateFrontMatter(src);
  let meta: Record<string, unknown> = {};
  if (located && located.end > MAX_FRONT_MATTER) {
    problems.push(`front matter: longer than ${MAX_FRONT_MATTER / 1024} KB, template metadata not read`);
  } else if (located) {
    const probe = src.slice(0, located.end).replace(PLACEHOLDER, (_m, name: string) => `PLACEHOLDER_${name}`);
    const fm = findFrontMatter(probe, 0);
    if (fm && fm.errors.length) problems.push(`front matter: ${fm.errors[0].message}`);
    if (fm?.data) meta = fm.data;
  }

  const base = baseName(fileName);
  let id = slugify(base);
  let label = '';
  let description = '';
  let languages: Lang[] = [];
  const t = meta.template;
  if (typeof t === 'string' && t.trim() && !t.startsWith('PLACEHOLDER_')) id = slugify(t);
  else if (t && typeof t === 'object' && !Array.isArray(t)) {
    const m = t as Record<string, unknown>;
    if (typeof m.id === 'string' && m.id.trim()) id = slugify(m.id);
    label = oneLine(m.label ?? m.name ?? '', 100);
    description = oneLine(m.description ?? '', 300);
    languages = asLangs(m.languages ?? m.lang ?? m.language);
  } else if (t !== undefined && t !== null && typeof t !== 'string') {
    problems.push('front matter: "template" should be an id or a mapping with id, label, description and languages');
  }
  if (languages.length === 0) {
    const lang = meta.lang ?? meta.language;
    if (typeof lang === 'string' && lang.startsWith('PLACEHOLDER_')) languages = ['en', 'ko'];
    else languages = asLangs(lang);
  }
  const body = located ? src.slice(located.end) : src;
  if (languages.length === 0) languages = /[\uAC00-\uD7A3]/.test(body) ? ['ko'] : ['en'];
  if (!label) {
    const h = /^#{1,2}[ \t]+(.{1,200})$/m.exec(body);
    label = h ? oneLine(trimTrailingPunctuation(h[1].replace(PLACEHOLDER, '')), 100) : '';
  }
  if (!label) label = base || id;
  if (!description) description = `Custom template (${base || id}.md)`;
  return { id, label, description, languages, source: 'custom', path: fileName, text: src, placeholders, problems };
}

function fillText(name: string, v: RenderValues): string | undefined {
  switch (name.toLowerCase()) {
    case 'title':
    case 'date':
    case 'start':
    case 'time':
    case 'severity':
    case 'authors':
    case 'timezone':
      return fillForDocument({ field: name.toLowerCase() as 'title', ctx: 'text' }, v);
    case 'lang':
      return v.lang;
    default:
      return undefined;
  }
}

function fillYaml(name: string, v: RenderValues): string | undefined {
  switch (name.toLowerCase()) {
    case 'title':
    case 'severity':
    case 'authors':
    case 'date':
    case 'start':
    case 'timezone':
      return fillForDocument({ field: name.toLowerCase() as 'title', ctx: 'yaml' }, v);
    case 'time':
      return yamlString(v.time);
    case 'lang':
      return v.lang;
    default:
      return undefined;
  }
}

function substitute(text: string, v: RenderValues): string {
  return text.replace(PLACEHOLDER, (m, name: string) => fillText(name, v) ?? m);
}

function standardFrontMatter(id: string, v: RenderValues): string {
  const y = (field: 'title' | 'date' | 'start' | 'severity' | 'authors' | 'timezone') => fillForDocument({ field, ctx: 'yaml' }, v);
  return [
    '---',
    `title: ${y('title')}`,
    `date: ${y('date')}`,
    `start: ${y('start')}`,
    `severity: ${y('severity')}`,
    'status: draft',
    `authors: ${y('authors')}`,
    `template: ${id}`,
    'type: postmortem',
    `timezone: ${y('timezone')}`,
    `lang: ${v.lang}`,
    '---',
    '',
    '',
  ].join('\n');
}

/** Rewrites the template's front matter: whole-value placeholders become YAML values, `template:` the id. */
function renderFrontMatter(yamlText: string, eol: string, id: string, v: RenderValues): string {
  const lines = yamlText.split(/\r\n|\n|\r/);
  const out: string[] = [];
  let hasTemplate = false;
  let hasType = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^template[ \t]*:/.test(line)) {
      hasTemplate = true;
      out.push(`template: ${id}`);
      // Skip its metadata mapping: the indented lines that follow (blank lines inside it too).
      let last = i;
      for (let j = i + 1; j < lines.length && (/^[ \t]+\S/.test(lines[j]) || lines[j].trim() === ''); j++) {
        if (lines[j].trim() !== '') last = j;
      }
      i = last;
      continue;
    }
    if (/^type[ \t]*:/.test(line)) hasType = true;
    const whole = WHOLE_VALUE.exec(line);
    if (whole) {
      const value = fillYaml(whole[3], v);
      if (value !== undefined) {
        out.push(`${whole[1]}${value}`);
        continue;
      }
      // An unknown placeholder stays, quoted: bare `{{x}}` would be a YAML flow mapping.
      if (!whole[2]) {
        out.push(`${whole[1]}${yamlString(line.slice(whole[1].length).trim())}`);
        continue;
      }
    }
    out.push(substitute(line, v));
  }
  if (!hasTemplate) out.push(`template: ${id}`);
  if (!hasType) out.push('type: postmortem');
  return out.join(eol);
}

/**
 * Renders a team template: `{{title}}`, `{{date}}` (YYYY-MM-DD of the start in the zone),
 * `{{start}}` (ISO date-time with offset), `{{time}}` (HH:MM), `{{severity}}`, `{{authors}}`
 * (comma-separated; a YAML list when it is a whole front matter value), `{{timezone}}` and
 * `{{lang}}`. Unknown placeholders stay as written. A template without front matter gets the
 * same front matter as the built-in ones; one with front matter gets `template:` and `type:` added
 * when missing, so the linter knows which sections to expect.
 */
export function renderCustomTemplate(t: CustomTemplate, vars: TemplateVars): string {
  const v = renderValues(vars);
  const text = String(t?.text ?? '');
  const id = t?.id || 'custom';
  const real = locateFrontMatter(text);
  if (!real) return standardFrontMatter(id, v) + substitute(text, v);
  const eol = /\r\n/.test(text.slice(0, real.contentEnd)) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const yaml = renderFrontMatter(text.slice(real.contentStart, real.contentEnd).replace(/(?:\r\n|\n|\r)$/, ''), eol, id, v);
  return text.slice(0, real.contentStart) + yaml + eol + text.slice(real.contentEnd, real.end) + substitute(text.slice(real.end), v);
}

/** Offsets of a front matter block without parsing its YAML (placeholders make it invalid YAML). */
function locateFrontMatter(text: string): { contentStart: number; contentEnd: number; end: number } | undefined {
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/m;
  const rest = text.slice(contentStart);
  const m = close.exec(rest);
  if (!m) return undefined;
  return { contentStart, contentEnd: contentStart + m.index, end: contentStart + m.index + m[0].length };
}
