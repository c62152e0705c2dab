/** Command-line parsing for postmortem-lint (hand-written: a dozen flags, exact error messages). */

/** Output formats. */
export const FORMATS = ['text', 'json', 'sarif'] as const;

/** An output format. */
export type Format = (typeof FORMATS)[number];

/** Parsed command-line options. */
export interface CliOptions {
  format: Format;
  fix: boolean;
  /** Lint every Markdown file found in a directory, not only the ones that are postmortems. */
  all: boolean;
  config: string | undefined;
  quiet: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings: number | undefined;
  /** true / false when forced by a flag, undefined to decide by the terminal. */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  /** Language of the messages, when forced by --locale (else from LC_ALL / LC_MESSAGES / LANG). */
  locale: 'en' | 'ko' | undefined;
  /** Longest time one file's lint (all --fix passes included) may take, in ms. */
  timeBudgetMs: number;
  /** Files, directories and globs, in the order given. */
  inputs: string[];
}

/** The default of --time-budget: a 5 MB document (the largest read) lints well within it. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

/** A command line that cannot be run; the message is one line for stderr. */
export class UsageError extends Error {}

/** The `--help` text. */
export const HELP = `Usage: postmortem-lint [options] <files|dirs|globs>...
       postmortem-lint metrics [--format text|json|csv] <files|dirs|globs>...  (see metrics --help)

Lints incident postmortems written in Markdown (English and Korean).
Files named on the command line are always linted. Directories are searched for *.md and *.markdown
(node_modules and .git are skipped), and of those only postmortems are linted, as the editor extension
decides: a file under a postmortems/ or incidents/ folder, with "postmortem" in its name, with front
matter type: postmortem, or whose first heading says Postmortem / Incident report / 포스트모템 / 장애 보고서.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --fix                       apply the preferred fix of each finding, then report what is left
      --all                       in directories, lint every Markdown file, not only postmortems
  -c, --config <file>             use this config file instead of the nearest .postmortemrc.{yaml,yml,json}
  -q, --quiet                     report errors only
      --max-warnings <n>          exit 1 when there are more than <n> warnings
      --color, --no-color         force colors on or off (default: on when writing to a terminal)
      --locale <en|ko>            language of the messages (default: from LC_ALL / LC_MESSAGES / LANG)
      --time-budget <ms>          longest time one file may take to lint (default: 60000); a file that
                                  takes longer is reported as too complex to lint in time (exit 2)
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or file problems.
`;

/** Parses argv (without `node` and the script path). Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'text', fix: false, all: false, config: undefined, quiet: false, maxWarnings: undefined, color: undefined, help: false, version: false, locale: undefined, timeBudgetMs: DEFAULT_TIME_BUDGET_MS, inputs: [] };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith('-')) {
      o.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    const flag = () => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
    };
    switch (name) {
      case '-f':
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}" (use ${FORMATS.join(', ')})`);
        o.format = v as Format;
        break;
      }
      case '--all':
        flag();
        o.all = true;
        break;
      case '-c':
      case '--config':
        o.config = value();
        if (o.config === '') throw new UsageError('--config needs a file name');
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--max-warnings needs a whole number >= 0, not "${v}"`);
        o.maxWarnings = Number(v);
        break;
      }
      case '--fix':
        flag();
        o.fix = true;
        break;
      case '-q':
      case '--quiet':
        flag();
        o.quiet = true;
        break;
      case '--color':
        flag();
        o.color = true;
        break;
      case '--no-color':
        flag();
        o.color = false;
        break;
      case '--locale': {
        const v = value().toLowerCase();
        if (v !== 'en' && v !== 'ko') throw new UsageError(`unknown locale "${v}" (use en or ko)`);
        o.locale = v;
        break;
      }
      case '--time-budget': {
        const v = value();
        if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new UsageError(`--time-budget needs a whole number of milliseconds >= 1, not "${v}"`);
        o.timeBudgetMs = Number(v);
        break;
      }
      case '-h':
      case '--help':
        flag();
        o.help = true;
        break;
      case '-v':
      case '--version':
        flag();
        o.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name} (see --help)`);
    }
  }
  return o;
}
