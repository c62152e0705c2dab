// `npm run bench:language`: recall and false alarms of the language rules on the labelled
// evaluation set (test/language/), per language, split and kind, with the real engine.
//
//   npm run bench:language                  figures for dev and holdout; dev misses listed
//   npm run bench:language -- --json        the same as JSON
//   npm run bench:language -- --dev         dev only
//   npm run bench:language -- --no-kinds    without the per-kind table
//   npm run bench:language -- --show-holdout   also list holdout cases (NOT for whoever tunes the engine)
//
// Holdout is reported as the seeded holdout ("holdout", the series reported since the set began)
// and, on their own lines, each fresh blind part ("fresh-s7": holdout cases collected in session 7
// by someone who never tunes, source ending in "[fresh-s7]"); figures only, like all of holdout.
import { formatReport, scaffoldFindings, scoreAll, toJson, type Split } from '../test/language/harness';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = new Set(process.argv.slice(2));
const known = ['--json', '--dev', '--show-holdout', '--no-kinds', '--help'];
for (const a of args) {
  if (!known.includes(a)) {
    console.error(`unknown option ${a}; known: ${known.join(' ')}`);
    process.exit(2);
  }
}
if (args.has('--help')) {
  console.log('usage: npm run bench:language -- [--json] [--dev] [--no-kinds] [--show-holdout]');
  process.exit(0);
}
const scaffold = scaffoldFindings();
if (scaffold.length) {
  console.error(`The evaluation scaffold itself has language findings; figures would be wrong:\n${scaffold.join('\n')}`);
  process.exit(1);
}
const splits: Split[] = args.has('--dev') ? ['dev'] : ['dev', 'holdout'];
const figures = scoreAll(undefined, splits);
const options = { showHoldout: args.has('--show-holdout'), kinds: !args.has('--no-kinds') };
if (args.has('--json')) console.log(JSON.stringify(toJson(figures, options), null, 2));
else console.log(formatReport(figures, options));
