// `npm run bench:realworld`: precision and recall of each judged rule on the real-world corpus
// (test/realworld), per split. Lists the wrong and missing findings of the dev split; the holdout
// split's are shown only with --show-holdout, so whoever tunes the engine does not see them.
// Options: --json (machine-readable), --split dev|holdout, --show-holdout,
// --only ID,PREFIX,... (also print a table for the documents whose id equals or starts with one of them,
// from the same run; the wrong and missing findings listed are then those documents' only).
// Each table ends with the rewrite coverage of the language rules (right findings that offer a quick-fix rewrite / right
// findings; figures only, any split), and the dev split's right language findings with no rewrite are listed by detection id.
import { JUDGED_RULES, parseOnly, rewriteCoverage, rightWithoutRewrite, ruleScores, scoreCorpus, type DocScore, type Split } from '../test/realworld/score';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showHoldout = args.includes('--show-holdout');
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const splits: Split[] = splitArg === 'dev' || splitArg === 'holdout' ? [splitArg] : ['dev', 'holdout'];
const only = parseOnly(args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);

const docs = scoreCorpus(splits);
const selected = only ? docs.filter((d) => only(d.id)) : docs;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

if (json) {
  const out: Record<string, unknown> = {};
  for (const split of splits) out[split] = ruleScores(docs.filter((d) => d.split === split));
  out.all = ruleScores(docs);
  if (only) out.only = ruleScores(selected);
  const rewrites: Record<string, unknown> = {};
  for (const split of splits) rewrites[split] = rewriteCoverage(docs.filter((d) => d.split === split));
  rewrites.all = rewriteCoverage(docs);
  out.rewrites = rewrites;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exit(0);
}

function table(title: string, set: DocScore[]): void {
  const scores = ruleScores(set);
  const en = set.filter((d) => d.lang === 'en').length;
  console.log(`\n${title}: ${set.length} documents (${en} English, ${set.length - en} Korean)`);
  console.log('| rule | precision | recall | right | wrong | missed |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const rule of [...JUDGED_RULES, 'structural', 'language', 'all']) {
    const s = scores[rule];
    if (!s) continue;
    console.log(`| ${rule} | ${s.tp + s.fp ? pct(s.precision) : '–'} | ${s.tp + s.fn ? pct(s.recall) : '–'} | ${s.tp} | ${s.fp} | ${s.fn} |`);
  }
  // Right findings of each language rule that offer a quick-fix rewrite (figures only, any split).
  const cover = rewriteCoverage(set);
  console.log(`rewrites (right findings with a quick-fix rewrite / right): ${Object.entries(cover).map(([rule, c]) => `${rule} ${c.withRewrite}/${c.right}${c.right ? ` (${pct(c.withRewrite / c.right)})` : ''}`).join(', ')}`);
}

/** The right language findings that offer no rewrite, by detection id (dev documents only). */
function withoutRewrite(set: DocScore[]): void {
  const rows = rightWithoutRewrite(set);
  if (!rows.length) return;
  console.log('\nright language findings with no rewrite, by detection id (dev):');
  for (const r of rows) console.log(`  ${String(r.places.length).padStart(3)}  ${r.rule} ${r.detection}: ${r.places.slice(0, 6).join(', ')}${r.places.length > 6 ? ', …' : ''}`);
}

function details(set: DocScore[]): void {
  for (const d of set) {
    if (!d.wrong.length && !d.missing.length) continue;
    console.log(`\n${d.split}/${d.id}.md`);
    for (const w of d.wrong) console.log(`  wrong   ${String(w.line ?? '').padStart(4)}  ${w.rule}: ${w.message ?? ''}`);
    for (const m of d.missing) console.log(`  missing ${String(m.line ?? '').padStart(4)}  ${m.rule}: ${m.why ?? ''}`);
  }
}

for (const split of splits) table(split, docs.filter((d) => d.split === split));
if (splits.length > 1) table('all', docs);
if (only) table('only (--only)', selected);
details(selected.filter((d) => d.split === 'dev' || showHoldout));
withoutRewrite(selected.filter((d) => d.split === 'dev'));
if (!showHoldout && splits.includes('holdout')) console.log('\n(holdout findings are not listed; --show-holdout lists them)');
