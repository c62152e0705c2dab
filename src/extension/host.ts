import type * as vscode from 'vscode';
import type { WorkerFactory } from './lint/bounded';
import type { LintTrace } from './lint/trace';

/**
 * What differs between the two extension hosts. Everything else (the core, diagnostics, quick
 * fixes, commands, the 5-whys view) is the same code in both bundles: `src/extension/desktop.ts`
 * (`main`, Node) and `src/extension/web.ts` (`browser`, a web worker) each fill this in and then
 * call the shared `activate` in `./extension`.
 */
export interface HostServices {
  /** `node` in the desktop / remote (Node) host, `web` in a web worker (vscode.dev, github.dev). */
  readonly kind: 'node' | 'web';
  /** The person's name from their tools (`git config user.name`), if the host can read it. */
  userName(folder: vscode.Uri | undefined): Promise<string | undefined>;
  /** Starts lint workers (off the host's thread); absent: lints run in the host's thread. */
  lintWorkers?(extensionUri: vscode.Uri): WorkerFactory;
  /** Test hook: where each lint run's trace goes once it has ended (lint/traceFile.ts); absent: nowhere. */
  lintTraceSink?(): ((trace: LintTrace) => void) | undefined;
}

/** A host that can read nothing outside the workspace: the web worker's. */
export const WEB_HOST: HostServices = { kind: 'web', userName: () => Promise.resolve(undefined) };

let current: HostServices = WEB_HOST;

/** Set once by the entry file, before `activate`. */
export function setHostServices(services: HostServices): void {
  current = services;
}

/** The services of the host this bundle runs in. */
export function hostServices(): HostServices {
  return current;
}
