// `npm run demo`: lint the bundled example postmortems (English and Korean) and show the findings.
// One example is a deliberately flawed draft, so findings (and exit code 1 from the CLI) are the
// expected outcome; the demo exits 0 then, and fails only when the CLI itself cannot run (exit 2).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

console.log('postmortem-lint on examples/ — three clean postmortems (EN Google-SRE style, EN lightweight, KO 장애 보고서)');
console.log('and one draft with deliberate problems (examples/draft-with-problems.md).\n');

const result = spawnSync(process.execPath, [cli, '--format', 'text', 'examples'], { cwd: root, stdio: 'inherit' });
if (result.error) {
  console.error(`could not run the CLI: ${result.error.message}`);
  process.exit(2);
}
const code = result.status ?? 2;
console.log(`\n(postmortem-lint exited with ${code}: ${code === 0 ? 'no errors' : code === 1 ? 'errors found, as intended in the flawed draft' : 'the CLI could not run'})`);
process.exit(code === 2 ? 2 : 0);
