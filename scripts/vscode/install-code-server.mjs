#!/usr/bin/env node
// Installs code-server (a real VS Code that the npm registry ships) into a cache folder, offline.
// `@vscode/test-electron` downloads VS Code from the internet, which this machine and CI do not
// have; code-server 4.100.3 (VS Code 1.100.3) installs from npm alone once a few native modules are
// rebuilt by hand, because npm 11 no longer runs dependencies' install scripts and code-server's own
// postinstall would download ripgrep from GitHub.
//
// Idempotent: a finished install leaves a stamp file; the next run only checks it (well under a
// second). An interrupted install leaves a `.partial` folder that the next run throws away.
//
// Usage: node scripts/vscode/install-code-server.mjs [--force] [--dir DIR]
// Env:   POSTMORTEM_CODE_SERVER_DIR overrides the install folder (e.g. a cache shared by clones).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The code-server release we test against: VS Code 1.100.3, matching engines.vscode ^1.100.0. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Bump when the install steps change, so old installs are redone. */
export const RECIPE = 1;

/** VS Code's native modules that the server loads on Linux (deviceid has a JS fallback, but is cheap). */
const NATIVE_VSCODE_MODULES = ['kerberos', 'native-watchdog', 'node-pty', '@vscode/spdlog', '@vscode/deviceid'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Default install folder: gitignored, inside the clone, so nothing leaks outside the project. */
export function defaultInstallDir() {
  return process.env.POSTMORTEM_CODE_SERVER_DIR
    ? path.resolve(process.env.POSTMORTEM_CODE_SERVER_DIR)
    : path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
}

/** Paths inside an install folder that the launcher needs. */
export function codeServerPaths(dir = defaultInstallDir()) {
  const pkg = path.join(dir, 'node_modules', 'code-server');
  return {
    dir,
    pkg,
    entry: path.join(pkg, 'out', 'node', 'entry.js'),
    vscode: path.join(pkg, 'lib', 'vscode'),
    stamp: path.join(dir, '.postmortem-install.json'),
  };
}

/** Where Chromium is expected: Debian's package, or CHROMIUM_PATH. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** True when the stamp says this folder holds a complete install for this Node ABI. */
export function isInstalled(dir = defaultInstallDir()) {
  const p = codeServerPaths(dir);
  try {
    const stamp = JSON.parse(fs.readFileSync(p.stamp, 'utf8'));
    return (
      stamp.version === CODE_SERVER_VERSION &&
      stamp.recipe === RECIPE &&
      stamp.modules === process.versions.modules &&
      fs.existsSync(p.entry)
    );
  } catch {
    return false;
  }
}

function log(msg) {
  console.log(`[setup:vscode] ${msg}`);
}

function which(cmd) {
  for (const d of (process.env.PATH || '').split(path.delimiter)) {
    const f = path.join(d, cmd);
    try {
      fs.accessSync(f, fs.constants.X_OK);
      return f;
    } catch {
      /* keep looking */
    }
  }
  return undefined;
}

/** Runs a command with inherited output; throws with the command line when it fails or hangs. */
function run(cmd, args, { cwd, env, timeoutMs = 10 * 60_000, allowFail = false } = {}) {
  const started = Date.now();
  log(`$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${path.relative(repoRoot, cwd) || '.'})` : ''}`);
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit code ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
    if (allowFail) {
      log(`  (failed after ${secs}s: ${why}; ignored)`);
      return false;
    }
    throw new Error(`command failed after ${secs}s (${why}): ${[cmd, ...args].join(' ')}`);
  }
  log(`  done in ${secs}s`);
  return true;
}

/**
 * Debian packages the tests need (and, with `forBuild`, the ones the native builds need), each with
 * a file that proves it is present.
 */
function missingAptPackages({ forBuild = false } = {}) {
  const need = [
    { pkg: 'ripgrep', ok: () => fs.existsSync('/usr/bin/rg') || !!which('rg') },
    // kerberos (a VS Code native module) compiles against the krb5/gssapi headers.
    { pkg: 'libkrb5-dev', ok: () => fs.existsSync('/usr/include/gssapi/gssapi.h') || !!which('krb5-config') },
    { pkg: 'chromium', ok: () => fs.existsSync(chromiumPath()) },
    // Without a Korean font, Chromium draws Hangul as empty boxes in the UI tests' screenshots.
    { pkg: 'fonts-nanum', ok: () => fs.existsSync('/usr/share/fonts/truetype/nanum') },
  ];
  const build = [
    { pkg: 'g++', ok: () => !!which('g++') },
    { pkg: 'make', ok: () => !!which('make') },
    { pkg: 'python3', ok: () => !!which('python3') },
  ];
  return [...need, ...(forBuild ? build : [])].filter((n) => !n.ok()).map((n) => n.pkg);
}

function ensureAptPackages({ forBuild }) {
  const missing = missingAptPackages({ forBuild });
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}. Install them first, e.g.\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing missing Debian packages: ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine may have no package lists yet, so update before installing.
  run('apt-get', ['update', '-qq'], { env, timeoutMs: 5 * 60_000 });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, timeoutMs: 10 * 60_000 });
  const still = missingAptPackages({ forBuild });
  if (still.length) throw new Error(`apt-get ran but these are still missing: ${still.join(' ')}`);
}

/** Environment for npm: no interactive prompts, local Node headers (node-gyp must not download them). */
function npmEnv(extra = {}) {
  const env = { npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...extra };
  // Debian ships Node's headers in /usr/include/node; without nodedir node-gyp would fetch them.
  if (!process.env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  // Both cores for make; node-gyp reads JOBS.
  if (!process.env.JOBS) env.JOBS = 'max';
  return env;
}

function symlink(target, linkPath) {
  fs.rmSync(linkPath, { recursive: true, force: true });
  fs.symlinkSync(target, linkPath);
}

/** The recipe from the extension issue ("Tests in a real VS Code, on this machine"), step by step. */
function installInto(dir) {
  const npm = 'npm';
  fs.mkdirSync(dir, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's package.json.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));
  run(npm, ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--prefix', dir], {
    cwd: dir,
    env: npmEnv(),
  });
  const p = codeServerPaths(dir);
  run(npm, ['install', '--omit=dev', '--ignore-scripts'], { cwd: p.vscode, env: npmEnv() });

  // @vscode/ripgrep's postinstall downloads rg from GitHub; Debian's rg does the same job.
  const rgDir = path.join(p.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync(which('rg') ?? '/usr/bin/rg', path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  log(`copied ${which('rg') ?? '/usr/bin/rg'} to ${path.relative(dir, path.join(rgDir, 'rg'))}`);

  // npm 11 skipped the native builds above (--ignore-scripts); rebuild runs them. Only the modules
  // used on Linux: the Windows-only ones compile to nothing here, and @vscode/ripgrep's and
  // @parcel/watcher's scripts would only download (ripgrep, copied above) or are no-ops (watcher
  // ships prebuilt binaries as optional packages). spdlog is most of the time (about a minute).
  run(npm, ['rebuild', ...NATIVE_VSCODE_MODULES], { cwd: p.vscode, env: npmEnv() });

  // What code-server's postinstall.sh would do next.
  symlink('node_modules', path.join(p.vscode, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(p.vscode, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(p.vscode, 'bin', 'helpers', 'browser.sh'));
  run(npm, ['install', '--omit=dev'], { cwd: path.join(p.vscode, 'extensions'), env: npmEnv() });

  // argon2 (password hashing; needed at start-up even with --auth none): build it here instead of
  // downloading a prebuilt. Only argon2, because code-server's own postinstall would fail under root.
  run(npm, ['rebuild', 'argon2'], { cwd: dir, env: npmEnv({ npm_config_build_from_source: 'true' }) });

  verify(dir);
}

/** Loads the native modules once, so a broken build fails here and not in the middle of a test run. */
function verify(dir) {
  const p = codeServerPaths(dir);
  const checks = [
    { cwd: dir, mod: 'argon2' },
    { cwd: p.vscode, mod: 'node-pty' },
    { cwd: p.vscode, mod: '@vscode/spdlog' },
    { cwd: p.vscode, mod: 'native-watchdog' },
    { cwd: p.vscode, mod: 'kerberos' },
    { cwd: p.vscode, mod: '@parcel/watcher' },
  ];
  for (const c of checks) {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(c.mod)})`], {
      cwd: c.cwd,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`native module ${c.mod} does not load:\n${r.stderr}`);
  }
  const rg = path.join(p.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rg)) throw new Error(`ripgrep missing at ${rg}`);
  log('native modules load: argon2, node-pty, spdlog, native-watchdog, kerberos, @parcel/watcher');
}

function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** A lock folder so two test runs starting together do not install into the same place twice. */
function withLock(dir, fn) {
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* owner may not have written its pid yet */
      }
      if (Number.isFinite(owner) && owner > 0 && !pidAlive(owner)) {
        log(`removing stale lock of dead process ${owner}`);
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${lock}`);
      sleepMs(1000);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure code-server is installed (and the Debian packages the tests need); quick when it is.
 * Returns the paths of the install.
 */
export function ensureCodeServer({ dir = defaultInstallDir(), force = false } = {}) {
  if (!force && isInstalled(dir) && missingAptPackages().length === 0) return codeServerPaths(dir);
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  }
  ensureAptPackages({ forBuild: force || !isInstalled(dir) });
  return withLock(dir, () => {
    if (!force && isInstalled(dir)) return codeServerPaths(dir);
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${dir}`);
    const partial = `${dir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    installInto(partial);
    fs.rmSync(dir, { recursive: true, force: true });
    // Built in a side folder and renamed, so a killed install never looks finished. Native modules
    // keep no absolute paths to their build folder, so the rename is safe.
    fs.renameSync(partial, dir);
    const stamp = {
      version: CODE_SERVER_VERSION,
      recipe: RECIPE,
      modules: process.versions.modules,
      node: process.versions.node,
      installedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    fs.writeFileSync(codeServerPaths(dir).stamp, JSON.stringify(stamp, null, 2) + '\n');
    log(`code-server ${CODE_SERVER_VERSION} installed in ${stamp.seconds}s`);
    return codeServerPaths(dir);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const force = argv.includes('--force');
  const di = argv.indexOf('--dir');
  const dir = di >= 0 && argv[di + 1] ? path.resolve(argv[di + 1]) : defaultInstallDir();
  const t0 = Date.now();
  try {
    const already = !force && isInstalled(dir) && missingAptPackages().length === 0;
    const p = ensureCodeServer({ dir, force });
    log(
      already
        ? `code-server ${CODE_SERVER_VERSION} already installed in ${p.dir} (checked in ${Date.now() - t0} ms)`
        : `ready: ${p.entry}`,
    );
  } catch (e) {
    console.error(`[setup:vscode] ERROR: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
