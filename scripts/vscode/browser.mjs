// Starts Debian's Chromium through playwright-core for the integration runner and the UI tests.
// playwright-core ships no browser (and could not download one here); it drives the system one.
import * as fs from 'node:fs';
import { chromiumPath } from './install-code-server.mjs';

/** Flags from the extension issue: headless-friendly, no network chatter, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium; throws a clear message (with the fix) when it is not installed. */
export async function launchChromium({ headless = true, timeoutMs = 60_000 } = {}) {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's package (\`apt-get install chromium\`, ` +
        'or `npm run setup:vscode`, which does it as root), or set CHROMIUM_PATH.',
    );
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS, timeout: timeoutMs });
}
