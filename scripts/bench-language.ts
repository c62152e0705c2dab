// `npm run bench:language`: recall and false alarms of the language rules on the labelled
// evaluation set (test/language/), per language, split and kind, with the real engine.
//
//   npm run bench:language                  figures for dev and holdout; dev misses listed
//   npm run bench:language -- --json        the same as JSON
//   npm run bench:language -- --dev         dev only
//   npm run bench:language -- --no-kinds    without the per-kind table
//   npm run bench:language -- --show-holdout   also list holdout cases (NOT for whoever tunes the engine)
//   npm run bench:language -- --by-id [--dev] [--part fresh-s10-drawn …]
//                                           per detection id (phrase-entry or kind id) and part of the set:
//                                           flagged-right / flagged-wrong and pooled precision (figures only)
//
// Holdout is reported as the seeded holdout ("holdout", the series reported since the set began)
// and, on their own lines, each fresh blind part ("fresh-s7": holdout cases collected in session 7
// by someone who never tunes, source ending in "[fresh-s7]"); figures only, like all of holdout.
import { caseFile, formatReport, judgeCase, LANGS, LANGUAGE_DIR, loadCases, scaffoldFindings, scoreAll, SETS, toJson, type EvalLang, type SetName, type Split } from '../test/language/harness';
import { formatIdRows, idRows, judgedFromResult, partOf, selectParts, type JudgedCase } from '../test/language/byId';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const argv = process.argv.slice(2);
const args = new Set<string>();
/** `--part NAME` (repeatable, or `--part=A,B`): with --by-id, only these parts ("fresh-s10-drawn", "dev-only", "dev" …). */
const parts: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--part' || a.startsWith('--part=')) {
    const value = a === '--part' ? argv[++i] : a.slice('--part='.length);
    if (!value) {
      console.error('--part needs a name (e.g. fresh-s10-drawn)');
      process.exit(2);
    }
    parts.push(...value.split(',').map((p) => p.trim()).filter(Boolean));
    continue;
  }
  args.add(a);
}
const known = ['--json', '--dev', '--show-holdout', '--no-kinds', '--by-id', '--help'];
for (const a of args) {
  if (!known.includes(a)) {
    console.error(`unknown option ${a}; known: ${known.join(' ')} --part NAME`);
    process.exit(2);
  }
}
if (args.has('--help')) {
  console.log('usage: npm run bench:language -- [--json] [--dev] [--no-kinds] [--show-holdout] [--by-id [--part NAME …]]');
  process.exit(0);
}
if (parts.length && !args.has('--by-id')) {
  console.error('--part only applies with --by-id');
  process.exit(2);
}
const scaffold = scaffoldFindings();
if (scaffold.length) {
  console.error(`The evaluation scaffold itself has language findings; figures would be wrong:\n${scaffold.join('\n')}`);
  process.exit(1);
}
const splits: Split[] = args.has('--dev') ? ['dev'] : ['dev', 'holdout'];
if (args.has('--by-id')) {
  // Per detection id and part: flagged-right / flagged-wrong. Figures only (no case is listed, holdout or dev).
  const groups: { lang: EvalLang; set: SetName; part: string; cases: JudgedCase[] }[] = [];
  const seen = new Set<string>();
  for (const lang of LANGS) {
    for (const split of splits) {
      for (const set of SETS) {
        const cases = selectParts(loadCases(caseFile(LANGUAGE_DIR, split, set, lang), set), split, parts);
        const byPart = new Map<string, JudgedCase[]>();
        for (const c of cases) {
          const part = partOf(c.source, split);
          seen.add(part);
          byPart.set(part, [...(byPart.get(part) ?? []), judgedFromResult(judgeCase(lang, set, c))]);
        }
        for (const [part, judged] of byPart) groups.push({ lang, set, part, cases: judged });
      }
    }
  }
  const order = (p: string) => (p === 'dev' ? 0 : p === 'dev-only' ? 1 : p.endsWith('-drawn') ? 2 : p === 'holdout' ? 3 : 4);
  const shown = [...seen].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en', { numeric: true }));
  const rows = idRows(groups);
  if (args.has('--json')) console.log(JSON.stringify({ parts: shown, rows }, null, 2));
  else console.log(formatIdRows(rows, shown));
  process.exit(0);
}
const figures = scoreAll(undefined, splits);
const options = { showHoldout: args.has('--show-holdout'), kinds: !args.has('--no-kinds') };
if (args.has('--json')) console.log(JSON.stringify(toJson(figures, options), null, 2));
else console.log(formatReport(figures, options));
