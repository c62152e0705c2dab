// Packages the extension into a .vsix with @vscode/vsce, the way `npm run package` does, for the UI
// tests and the launcher. vsce runs `vscode:prepublish` (the production bundle) itself.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the tests' package goes: gitignored, and not the repo root where `npm run package` writes. */
export const DEFAULT_VSIX = path.join(repoRoot, '.vscode-test', 'postmortem-writer.vsix');

/**
 * Runs `vsce package --no-dependencies` (the bundle has no runtime dependencies) and returns the
 * .vsix path. Flags that would otherwise make vsce ask y/N on a missing repository or licence are
 * passed, because CI has no TTY and a prompt there is a hang.
 */
export function packageVsix({ out = DEFAULT_VSIX, timeoutMs = 180_000 } = {}) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  if (!fs.existsSync(path.join(repoRoot, 'LICENSE')) && !fs.existsSync(path.join(repoRoot, 'LICENSE.md'))) args.push('--skip-license');
  const started = Date.now();
  console.log(`[vsix] node ${args.map((a) => path.relative(repoRoot, a) || a).join(' ')}`);
  const r = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, CI: 'true' },
  });
  if (r.status !== 0 || !fs.existsSync(out)) {
    throw new Error(`vsce package failed (${r.error?.message ?? `exit ${r.status}`}); see its output above`);
  }
  console.log(`[vsix] ${path.relative(repoRoot, out)} (${Math.round(fs.statSync(out).size / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return out;
}
