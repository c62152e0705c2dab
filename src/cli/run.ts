/**
 * postmortem-lint as a function: arguments and streams in, exit code out. `main.ts` only wires
 * `process`; tests call this in-process.
 */
import { relative, resolve, sep } from 'node:path';
import { isPostmortemText, matchesDefaultPostmortemPath } from '../core/detect';
import { isInternalError } from '../core/lint';
import { allRules } from '../core/rules';
import type { Finding, Rule } from '../core/types';
import { ConfigLoader, type LoadedConfig } from '../node/config-file';
import { HELP, parseArgs, UsageError, type CliOptions } from './args';
import { displayPath, readTextFile, resolveInputs } from './files';
import { FileLinter, type FileJob } from './budget';
import { FixWriteError, writeFixedFile } from './fix';
import { countFindings, escapeControl, formatJson, formatText, makeStyle, withVisibleColumns, type FileReport } from './format';
import { TOOL_NAME, TOOL_VERSION } from './meta';
import { toSarif, type SarifNotification } from './sarif';

/** Somewhere to write output (a stream, or a test's buffer). */
export interface Output {
  write(chunk: string): unknown;
  /** Set by Node on terminal streams; decides colors when no flag does. */
  isTTY?: boolean;
}

/** What `run` needs from its surroundings. */
export interface RunContext {
  /** Inputs and config paths are relative to this folder, and reported paths too. */
  cwd: string;
  stdout: Output;
  stderr: Output;
  /** Environment (for NO_COLOR / FORCE_COLOR); none by default. */
  env?: Record<string, string | undefined>;
  /** The rules to run (all built-in rules by default; tests pass their own). */
  rules?: readonly Rule[];
  /** Size above which files are skipped (default 5 MB). */
  maxFileBytes?: number;
  /**
   * A script that serves lint jobs in a worker thread (the CLI bundle, see main.ts): each file is
   * then linted there under --time-budget, and a hang is stopped. Without it, files are linted in
   * this thread and one over the budget is reported after it finishes.
   */
  workerScript?: string;
}

/** Exit codes: no errors / errors (or too many warnings) / usage, config or I/O problem. */
export const EXIT_OK = 0;
/** At least one error-severity finding, or more warnings than `--max-warnings`. */
export const EXIT_FINDINGS = 1;
/** Bad usage, a bad config file, or an input that could not be read. */
export const EXIT_TROUBLE = 2;

function useColor(options: CliOptions, ctx: RunContext): boolean {
  if (options.color !== undefined) return options.color;
  const env = ctx.env ?? {};
  // https://no-color.org and the FORCE_COLOR convention; a flag above beats both.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return ctx.stdout.isTTY === true && env.TERM !== 'dumb';
}

/** Runs postmortem-lint with `argv` (arguments only) and returns the exit code. Never throws. */
export async function run(argv: readonly string[], ctx: RunContext): Promise<number> {
  // Messages carry file names and document text: control characters are escaped so that
  // nothing from a file reaches the terminal as a command, and every message stays one line.
  const fail = (message: string) => {
    ctx.stderr.write(`${TOOL_NAME}: ${escapeControl(message)}\n`);
  };
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    fail(err.message);
    return EXIT_TROUBLE;
  }
  if (options.help) {
    ctx.stdout.write(HELP);
    return EXIT_OK;
  }
  if (options.version) {
    ctx.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (options.inputs.length === 0) {
    fail('no files given (usage: postmortem-lint [options] <files|dirs|globs>; see --help)');
    return EXIT_TROUBLE;
  }
  const linter = new FileLinter(ctx.workerScript, ctx.rules);
  try {
    return await lintInputs(options, ctx, fail, linter);
  } catch (err) {
    // A bug, not a finding: say so in one line rather than dumping a stack into CI logs.
    fail(`internal error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_TROUBLE;
  } finally {
    await linter.close();
  }
}

async function lintInputs(options: CliOptions, ctx: RunContext, fail: (message: string) => void, linter: FileLinter): Promise<number> {
  const env = ctx.env ?? {};
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const locale = options.locale ?? (fromEnv.toLowerCase().startsWith('ko') ? 'ko' : 'en');
  const rules = ctx.rules ?? allRules;
  const show = (abs: string) => displayPath(abs, ctx.cwd);
  const knownRules = [...new Set([...allRules, ...rules].map((r) => r.meta.id))];
  const loader = new ConfigLoader({ configPath: options.config === undefined ? undefined : resolve(ctx.cwd, options.config), knownRules, displayPath: show });
  let trouble = false;
  const notifications: SarifNotification[] = [];

  // An explicit --config that is broken stops the run before any file is read: nothing would be linted as asked.
  if (options.config !== undefined) {
    const loaded = loader.forFile(resolve(ctx.cwd, options.config));
    if (loaded.problems.length > 0) {
      for (const p of loaded.problems) fail(`bad config: ${p}`);
      return EXIT_TROUBLE;
    }
  }

  const { files, errors, unreadable } = await resolveInputs(options.inputs, { cwd: ctx.cwd });
  for (const e of errors) {
    fail(e);
    notifications.push({ level: 'error', message: e });
    trouble = true;
  }
  for (const u of unreadable) {
    fail(`note: ${u}`);
    notifications.push({ level: 'warning', message: u });
  }
  let skipped = 0;

  let notPostmortems = 0;
  const reported = new Set<LoadedConfig>();
  const reports: FileReport[] = [];
  let fixedProblems = 0;
  let fixedFiles = 0;
  for (const input of files) {
    const where = { file: show(input.path), path: input.path };
    const read = readTextFile(input.path, { maxBytes: ctx.maxFileBytes });
    if (!read.ok) {
      const message = `skipped: ${read.reason}`;
      skipped++;
      if (input.explicit) {
        fail(`${where.file}: ${message}`);
        trouble = true;
      } else fail(`note: ${where.file}: ${message}`);
      notifications.push({ level: input.explicit ? 'error' : 'note', message, file: where });
      continue;
    }
    if (input.walkedFrom && !options.all && !isWalkedPostmortem(input.walkedFrom, input.path, read.text)) {
      notPostmortems++;
      continue;
    }
    const loaded = loader.forFile(input.path);
    if (loaded.problems.length > 0) {
      // A config with mistakes would lint with settings nobody intended; refuse the files under it.
      if (!reported.has(loaded)) {
        reported.add(loaded);
        for (const p of loaded.problems) {
          fail(`bad config: ${p}`);
          notifications.push({ level: 'error', message: `bad config: ${p}` });
        }
      }
      trouble = true;
      continue;
    }
    const testDelayMs = Number(env.POSTMORTEM_TEST_LINT_DELAY_MS) || undefined;
    const job = (text: string, fix: boolean): FileJob => ({ text, config: loaded.config, locale, fix, testDelayMs });
    const tooSlow = () => {
      // One line, and the file counts as not checked: exit 2 (a hang must never pass as clean).
      fail(`${where.file}: too complex to lint in time (over ${options.timeBudgetMs} ms; --time-budget); not checked`);
      notifications.push({ level: 'error', message: `too complex to lint in time (over ${options.timeBudgetMs} ms)`, file: where });
      trouble = true;
    };
    let text = read.text;
    const outcome = await linter.run(job(text, options.fix), options.timeBudgetMs);
    if (outcome.kind === 'timeout') {
      tooSlow();
      continue;
    }
    let findings: Finding[] = outcome.result.findings;
    if (options.fix && outcome.result.text !== text) {
      try {
        writeFixedFile(input.path, outcome.result.text, read);
        text = outcome.result.text;
        fixedProblems += outcome.result.applied;
        fixedFiles++;
      } catch (err) {
        fail(`${where.file}: ${err instanceof FixWriteError ? err.message : `cannot write fixes (${err instanceof Error ? err.message : String(err)})`}`);
        trouble = true;
        // The file is unchanged (or changed by someone else), so report what was read.
        const again = await linter.run(job(text, false), options.timeBudgetMs);
        if (again.kind === 'timeout') {
          tooSlow();
          continue;
        }
        findings = again.result.findings;
      }
    }
    const internal = findings.filter(isInternalError);
    if (internal.length > 0) {
      // A rule that crashed checked less than asked: that is never a pass.
      fail(`${where.file}: internal error: ${internal[0].message}${internal.length > 1 ? ` (and ${internal.length - 1} more)` : ''}`);
      trouble = true;
    }
    if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
    reports.push({ path: input.path, file: where.file, text, findings: withVisibleColumns(text, findings) });
  }

  if (reports.length === 0 && skipped > 0 && !trouble) {
    // Nothing was linted: a run that checked no file must not pass.
    fail(`no file was linted (${skipped === 1 ? 'the only file was' : `all ${skipped} files were`} skipped)`);
    trouble = true;
  }
  if (notPostmortems > 0) {
    const what = `${notPostmortems} Markdown file${notPostmortems === 1 ? '' : 's'} found in directories ${notPostmortems === 1 ? 'is' : 'are'} not a postmortem`;
    if (reports.length === 0 && !trouble) {
      fail(`no postmortems to lint: ${what} (--all lints every Markdown file)`);
      trouble = true;
    } else ctx.stderr.write(`${TOOL_NAME}: note: ${what} and ${notPostmortems === 1 ? 'was' : 'were'} not linted (--all lints every Markdown file)\n`);
  }

  if (options.format === 'json') ctx.stdout.write(formatJson(reports));
  else if (options.format === 'sarif') ctx.stdout.write(JSON.stringify(toSarif({ reports, rules, cwd: ctx.cwd, notifications }), null, 2) + '\n');
  else if (reports.length > 0 || !trouble) {
    ctx.stdout.write(formatText(reports, { style: makeStyle(useColor(options, ctx)), filesChecked: reports.length, fixed: options.fix ? { applied: fixedProblems, files: fixedFiles } : undefined }));
  }

  if (trouble) return EXIT_TROUBLE;
  const counts = countFindings(reports);
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    fail(`too many warnings (${counts.warning}; --max-warnings is ${options.maxWarnings})`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** A file found by a directory walk is linted when the extension would lint it: by path or by content. */
function isWalkedPostmortem(root: string, path: string, text: string): boolean {
  return matchesDefaultPostmortemPath(relative(root, path).split(sep).join('/')) || isPostmortemText(text);
}
