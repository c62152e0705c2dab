// A test hook of the desktop / remote (Node) extension host: when the environment variable
// POSTMORTEM_LINT_TRACE_FILE names a file, each lint run's trace (lint/trace.ts: the keystroke's
// change event, the debounce, the worker's steps, the conversion and `set` of the diagnostics) is
// appended to it as one JSON line, so a browser test can put the host's steps next to what the page
// saw (test/ui/latency.test.mjs). Unset (always, outside the UI tests): nothing is written.
import { appendFileSync } from 'node:fs';
import { epochNow, type LintTrace } from './trace';

/** Where traces go, or undefined when the environment does not ask for them. */
export function traceFileSink(env: NodeJS.ProcessEnv = process.env): ((trace: LintTrace) => void) | undefined {
  const file = env.POSTMORTEM_LINT_TRACE_FILE;
  if (!file) return undefined;
  return (trace) => {
    // `clock`: this thread's epochNow() minus Date.now(), to check the clock against another process's.
    appendFileSync(file, `${JSON.stringify({ ...trace, clock: epochNow() - Date.now() })}\n`);
  };
}
