// Splits the evaluation set into dev and holdout, ~30 % holdout at random PER KIND, reproducibly.
//
// Method: cases are grouped by (file, label, kind); each group is sorted by id and shuffled with a
// Fisher-Yates shuffle driven by mulberry32 seeded with SEED xor a 32-bit FNV-1a hash of the group
// key; the first round(0.3 × n) cases of the shuffled group go to holdout, the rest to dev.
// The assignment depends only on the ids, labels and kinds, so re-running it on the union of dev
// and holdout gives the same split (a unit test checks that). Cases taken from the real-world
// corpus follow their document's split instead (see pinnedSplit).
//
//   npx tsx test/language/split.ts <pool-dir>   pool-dir holds {sentences,actions}.{en,ko}.jsonl;
//                                               writes test/language/{dev,holdout}/ (overwrites)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, LANGUAGE_DIR, SETS, freshPart, loadCases, type EvalCase, type Split } from './harness';
import { mulberry32 } from '../../bench/generate';

export const SEED = 20261126;
export const HOLDOUT_SHARE = 0.3;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}


/**
 * A case taken from a document of the real-world corpus (issue 7) follows that document's split,
 * named in its source ("… (test/realworld/dev/<id>.md)"): tuners read the corpus's dev documents,
 * so their sentences must not sit in this set's holdout, and the corpus's holdout sentences must
 * not reach this set's dev. Cases whose source ends in "[dev-only]" or says "(dev only: …)" were
 * written by whoever tunes the engine, while tuning: they have been read, so they are dev too.
 * Cases whose source ends in "[fresh-sN]" were collected blind, in session N, by someone who never
 * tunes: a fresh part of holdout (scored on its own, see harness.ts `freshPart`), never shuffled.
 * Cases whose source ends in "[fresh-sN, drawn for dev in session M]" were such cases, drawn for dev
 * after they had been scored (test/language/README.md, "Draw, session 8"): dev.
 */
export function pinnedSplit(source: string): Split | undefined {
  if (freshPart(source)) return 'holdout';
  // A fresh blind case drawn for dev after it was scored (session 8 drew half of fresh-s7, seeded per
  // file and label): tuners may read it now.
  if (/\[fresh-s\d+, drawn for dev in session \d+\]$/.test(source)) return 'dev';
  if (source.includes('test/realworld/dev/')) return 'dev';
  // Written or collected by whoever tunes the engine, while tuning: they have read it, so it is dev
  // (never shuffled into holdout, which would also move existing holdout cases into view).
  if (source.endsWith('[dev-only]') || source.includes('(dev only')) return 'dev';
  if (source.includes('test/realworld/holdout/')) return 'holdout';
  return undefined;
}

/** Which split each case id belongs to, for the cases of one file (e.g. "sentences.en"). */
export function assignSplit(fileKey: string, cases: readonly EvalCase[]): Map<string, Split> {
  const groups = new Map<string, EvalCase[]>();
  const out = new Map<string, Split>();
  for (const c of cases) {
    const pinned = pinnedSplit(c.source);
    if (pinned) {
      out.set(c.id, pinned);
      continue;
    }
    const key = `${fileKey}\u0000${c.label}\u0000${c.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of groups) {
    const ids = group.map((c) => c.id).sort();
    const rnd = mulberry32(SEED ^ fnv1a(key));
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    const holdout = Math.round(HOLDOUT_SHARE * ids.length);
    ids.forEach((id, i) => out.set(id, i < holdout ? 'holdout' : 'dev'));
  }
  return out;
}

function write(file: string, cases: readonly EvalCase[]): void {
  const lines = [...cases].sort((a, b) => a.id.localeCompare(b.id)).map((c) => JSON.stringify({ id: c.id, text: c.text, label: c.label, kind: c.kind, source: c.source }));
  writeFileSync(file, lines.join('\n') + '\n');
}

function main(poolDir: string): void {
  for (const split of ['dev', 'holdout'] as const) mkdirSync(join(LANGUAGE_DIR, split), { recursive: true });
  for (const set of SETS) {
    for (const lang of LANGS) {
      const cases = loadCases(join(poolDir, `${set}.${lang}.jsonl`), set);
      const ids = new Set(cases.map((c) => c.id));
      if (ids.size !== cases.length) throw new Error(`${set}.${lang}: duplicate ids`);
      const split = assignSplit(`${set}.${lang}`, cases);
      for (const s of ['dev', 'holdout'] as const) write(join(LANGUAGE_DIR, s, `${set}.${lang}.jsonl`), cases.filter((c) => split.get(c.id) === s));
      console.log(`${set}.${lang}: ${cases.length} cases, ${cases.filter((c) => split.get(c.id) === 'holdout').length} holdout`);
    }
  }
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx test/language/split.ts <pool-dir>');
    process.exit(2);
  }
  main(dir);
}
