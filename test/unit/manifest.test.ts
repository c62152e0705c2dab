import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core/rules';
import { DEFAULTS_BY_KEY } from '../../src/extension/defaults';
import { Commands, ContextKeys, FIX_ALL_KIND, INTERNAL_COMMANDS, Settings, SETTINGS_SECTION, ViewContainers, Views } from '../../src/extension/ids';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

interface Manifest {
  activationEvents?: string[];
  capabilities?: Record<string, { supported: boolean | string; description?: string }>;
  l10n?: string;
  contributes: {
    commands?: { command: string; title: string; category?: string }[];
    configuration?: { title: string; properties: Record<string, { default?: unknown; properties?: Record<string, unknown>; markdownDescription?: string; description?: string }> };
    menus?: Record<string, { command: string; when?: string }[]>;
    keybindings?: { command: string; key: string; when?: string }[];
    views?: Record<string, { id: string; icon?: string }[]>;
    viewsContainers?: Record<string, { id: string; icon?: string }[]>;
    viewsWelcome?: { view: string; contents: string; when?: string }[];
    jsonValidation?: { fileMatch: string | string[]; url: string }[];
  };
}

const pkg = read('package.json') as Manifest;
const nlsEn = read('package.nls.json') as Record<string, string>;
const nlsKo = read('package.nls.ko.json') as Record<string, string>;
const HANGUL = /[\uac00-\ud7a3]/;

/** Every `%key%` placeholder anywhere in the manifest. */
function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The literal messages passed to `vscode.l10n.t('…')` in the extension's sources. */
function l10nMessages(): Set<string> {
  const out = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src', 'extension'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/l10n\.t\(\s*'((?:[^'\\\n]|\\.){1,400})'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
    // A template literal or variable would escape this check: forbid them.
    assert.doesNotMatch(code, /l10n\.t\(\s*[`a-zA-Z]/, `${file}: pass vscode.l10n.t a plain string literal`);
  }
  return out;
}

describe('manifest: package.json agrees with the extension', () => {
  it('declares every command id of ids.ts, and no other', () => {
    const declared = (pkg.contributes.commands ?? []).map((c) => c.command).sort();
    assert.deepEqual(declared, Object.values(Commands).sort());
  });

  it('gives every command a category and a title in English and Korean', () => {
    for (const c of pkg.contributes.commands ?? []) {
      assert.equal(c.category, '%category%', c.command);
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key, `${c.command}: the title must come from package.nls`);
      assert.ok(nlsEn[key]?.trim(), `${c.command}: English title ${key}`);
      assert.ok(HANGUL.test(nlsKo[key] ?? ''), `${c.command}: Korean title ${key}`);
    }
    assert.equal(nlsEn.category, 'Postmortem');
    assert.ok(HANGUL.test(nlsKo.category));
  });

  it('has every %key% of the manifest in both nls files, and the same keys in both', () => {
    for (const key of nlsKeys(pkg)) {
      assert.ok(key in nlsEn, `package.nls.json lacks ${key}`);
      assert.ok(key in nlsKo, `package.nls.ko.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsKo).sort(), Object.keys(nlsEn).sort());
    for (const [k, v] of Object.entries(nlsKo)) assert.ok(v.trim(), `empty Korean text for ${k}`);
  });

  it('hides the quick-fix commands from the command palette and references only declared commands in menus and keybindings', () => {
    const palette = pkg.contributes.menus?.commandPalette ?? [];
    for (const id of INTERNAL_COMMANDS) assert.ok(palette.some((m) => m.command === id && m.when === 'false'), `${id} must be hidden`);
    const ids = new Set<string>(Object.values(Commands));
    for (const [menu, items] of Object.entries(pkg.contributes.menus ?? {})) for (const m of items) assert.ok(ids.has(m.command), `${menu}: ${m.command}`);
    for (const k of pkg.contributes.keybindings ?? []) {
      assert.ok(ids.has(k.command), k.command);
      assert.ok(k.when?.includes(ContextKeys.isPostmortem), `${k.command}: keybindings only where a postmortem is open`);
    }
  });

  it('declares the view ids of ids.ts, and no other', () => {
    const declared = Object.values(pkg.contributes.views ?? {}).flatMap((v) => v.map((x) => x.id)).sort();
    assert.deepEqual(declared, Object.values(Views).sort());
  });

  it('puts the views in the declared containers, with icons, welcome content and menus that name real views and commands', () => {
    const containers = Object.values(pkg.contributes.viewsContainers ?? {}).flat();
    assert.deepEqual(containers.map((c) => c.id).sort(), Object.values(ViewContainers).sort());
    for (const c of containers) assert.ok(c.icon && existsSync(join(ROOT, c.icon)), `${c.id}: icon ${c.icon}`);
    for (const key of Object.keys(pkg.contributes.views ?? {})) assert.ok(containers.some((c) => c.id === key) || key === 'explorer', `views.${key}`);
    const views = new Set<string>(Object.values(Views));
    const commands = new Set<string>(Object.values(Commands));
    for (const w of pkg.contributes.viewsWelcome ?? []) {
      assert.ok(views.has(w.view), `viewsWelcome: ${w.view}`);
      for (const lang of [nlsEn, nlsKo]) {
        const text = lang[/^%(.+)%$/.exec(w.contents)?.[1] ?? ''] ?? w.contents;
        for (const m of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(m[1]), `viewsWelcome links to ${m[1]}`);
      }
    }
    for (const items of Object.values(pkg.contributes.menus ?? {})) {
      for (const m of items) for (const v of (m.when ?? '').matchAll(/\bview == ([\w.]+)/g)) assert.ok(views.has(v[1]), `${m.command}: ${v[1]}`);
    }
  });

  it('declares every setting with the defaults the code uses, and no other', () => {
    const props = pkg.contributes.configuration?.properties ?? {};
    const declared = Object.keys(props).sort();
    assert.deepEqual(declared, Object.values(Settings).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    for (const [key, value] of Object.entries(DEFAULTS_BY_KEY)) assert.deepEqual(props[`${SETTINGS_SECTION}.${key}`].default, value, key);
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription ?? p.description, `${key} has a description`);
  });

  it('lists every rule under postmortem.rules (for completion in settings.json)', () => {
    const rules = pkg.contributes.configuration?.properties[`${SETTINGS_SECTION}.${Settings.rules}`].properties ?? {};
    assert.deepEqual(Object.keys(rules).sort(), allRules.map((r) => r.meta.id).sort());
  });

  it('ships the files the manifest points to (schema, rule docs, l10n bundle)', () => {
    for (const v of pkg.contributes.jsonValidation ?? []) assert.ok(existsSync(join(ROOT, v.url)), v.url);
    assert.ok((pkg.contributes.jsonValidation ?? []).some((v) => [v.fileMatch].flat().includes('.postmortemrc.json')));
    for (const r of allRules) assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${r.meta.id}.md`)), `docs/rules/${r.meta.id}.md (opened from diagnostics)`);
    assert.equal(pkg.l10n, './l10n');
    assert.ok(existsSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json')));
  });

  it('translates every runtime message into Korean, and keeps no stale translation', () => {
    const bundle = read('l10n/bundle.l10n.ko.json') as Record<string, string>;
    const used = l10nMessages();
    assert.ok(used.size > 20, 'the extension speaks through vscode.l10n.t');
    for (const m of used) assert.ok(HANGUL.test(bundle[m] ?? ''), `no Korean for: ${m}`);
    for (const k of Object.keys(bundle)) assert.ok(used.has(k), `unused translation: ${k}`);
    // Placeholders survive translation.
    for (const [en, ko] of Object.entries(bundle)) assert.deepEqual((ko.match(/\{\d\}/g) ?? []).sort(), (en.match(/\{\d\}/g) ?? []).sort(), en);
  });

  it('declares activation, workspace trust and virtual workspace support honestly', () => {
    assert.ok(pkg.activationEvents?.includes('onLanguage:markdown'));
    for (const cap of ['untrustedWorkspaces', 'virtualWorkspaces']) {
      const c = pkg.capabilities?.[cap];
      assert.ok(c, cap);
      if (c.supported === 'limited') assert.ok(c.description, `${cap}: limited support must say what is limited`);
    }
    assert.equal(FIX_ALL_KIND, 'source.fixAll.postmortem');
  });
});
