// postmortem-lint entry point: wires the process to `run` (all logic lives in run.ts, which tests call directly).
import { serveFileJobs } from './budget';
import { escapeControl } from './format';
import { runMetrics } from './metrics';
import { run } from './run';

// In a worker thread (started by run's per-file time budget), this bundle only serves lint jobs.
if (!serveFileJobs()) main();

function main(): void {
  // `postmortem-lint … | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  const argv = process.argv.slice(2);
  // The bundle itself is the worker script of the per-file time budget (see budget.ts).
  const ctx = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env, workerScript: __filename };
  // `postmortem-lint metrics …` is a subcommand (a file named metrics: `./metrics`).
  (argv[0] === 'metrics' ? runMetrics(argv.slice(1), ctx) : run(argv, ctx)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // The message may quote a file name or document text: escaped, on one line.
      process.stderr.write(`postmortem-lint: internal error: ${escapeControl(err instanceof Error ? err.message : String(err))}\n`);
      process.exitCode = 2;
    },
  );
}
