/** The tool's name, version and home, for `--version` and SARIF's `tool.driver`. */
import pkg from '../../package.json';

/** The command's name. */
export const TOOL_NAME = 'postmortem-lint';

/** The package version (bundled in at build time, so the CLI needs no package.json beside it). */
export const TOOL_VERSION: string = (pkg as { version?: string }).version ?? '0.0.0';

// SARIF wants absolute URIs; package.json has no repository field yet, so a fallback is named here.
const declaredHome = (pkg as { homepage?: unknown; repository?: unknown }).homepage ?? (pkg as { repository?: { url?: unknown } }).repository?.url;

function trimHome(url: string): string {
  // npm writes repository URLs as "git+https://…/x.git".
  let u = url.startsWith('git+') ? url.slice(4) : url;
  if (u.endsWith('.git')) u = u.slice(0, -4);
  while (u.endsWith('/')) u = u.slice(0, -1);
  return u;
}

/** The project's home page (SARIF `informationUri`). */
export const TOOL_HOMEPAGE: string = typeof declaredHome === 'string' && /^(?:git\+)?https?:\/\//.test(declaredHome) ? trimHome(declaredHome) : 'https://github.com/postmortem-writer/postmortem-writer';

/** Absolute URL of a rule's docs page (`docsPath` is relative to the repository root). */
export function docsUrl(docsPath: string): string {
  return `${TOOL_HOMEPAGE}/blob/main/${docsPath}`;
}
