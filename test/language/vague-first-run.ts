// Session 14 (vague): the vague-action-item first run, per finding and per case, from the JSON files test/language/first-run.ts
// writes with --docs --cases (one per draw, each linted with the engine of its draw commit). Lists each document finding
// (RIGHT / WRONG, judged by today's dev yamls), each expected vague item the first run MISSED, and each drawn action case
// (flagged right, flagged wrong, missed), so that they can be sorted by kind by hand (AUDITS.md "Session 14: vague actions,
// first run"). Only dev material is read.
//
//   npx tsx test/language/first-run.ts --engine <checkout at the draw commit> --session N --docs --cases > fr-N.json
//   npx tsx test/language/vague-first-run.ts fr-8.json fr-9.json … fr-14.json
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExpected, matchDocument } from '../realworld/score';
import { caseFile, LANGUAGE_DIR, loadCases } from './harness';
import { DRAWN_DOCUMENTS } from './first-run';

interface DocFinding { doc: string; rule: string; line: number; id: string; right: boolean }
interface RunCase { id: string; set: string; positive: boolean; ids: string[] }

function main(files: string[]): void {
  const root = join(LANGUAGE_DIR, '..', 'realworld', 'dev');
  const cases = new Map<string, { text: string; kind: string }>();
  for (const lang of ['en', 'ko'] as const) for (const c of loadCases(caseFile(LANGUAGE_DIR, 'dev', 'actions', lang), 'actions')) cases.set(c.id, { text: c.text, kind: c.kind });
  const total = { docRight: 0, docWrong: 0, docMissed: 0, caseRight: 0, caseWrong: 0, caseMissed: 0 };
  for (const file of files) {
    const run = JSON.parse(readFileSync(file, 'utf8')) as { session: number; engine: string; documents?: { findings: DocFinding[] }; perCase?: RunCase[] };
    console.log(`\n=== draw s${run.session} (${run.engine})`);
    for (const doc of DRAWN_DOCUMENTS[run.session] ?? []) {
      const text = readFileSync(join(root, `${doc}.md`), 'utf8');
      const lines = text.split(/\r?\n/u);
      const expected = loadExpected(join(root, `${doc}.expected.yaml`)).filter((e) => e.rule === 'vague-action-item');
      const found = (run.documents?.findings ?? []).filter((f) => f.doc === doc && f.rule === 'vague-action-item');
      const m = matchDocument(expected, found.map((f) => ({ rule: f.rule, line: f.line })), text);
      for (const f of found) {
        console.log(`  doc ${f.right ? 'RIGHT' : 'WRONG'} ${doc}:${f.line} [${f.id}] ${lines[f.line - 1].trim().slice(0, 140)}`);
        if (f.right) total.docRight++;
        else total.docWrong++;
      }
      for (const e of m.missing) {
        console.log(`  doc MISSED ${doc}:${e.line} ${lines[(e.line ?? 1) - 1].trim().slice(0, 120)}`);
        total.docMissed++;
      }
    }
    for (const c of (run.perCase ?? []).filter((x) => x.set === 'actions')) {
      const k = cases.get(c.id);
      const flagged = c.ids.length > 0;
      if (!c.positive && !flagged) continue;
      const tag = c.positive ? (flagged ? 'RIGHT' : 'MISSED') : 'WRONG';
      console.log(`  case ${tag} ${c.id} [${k?.kind}] ${c.ids.join(',')} :: ${k?.text.slice(0, 130)}`);
      if (tag === 'RIGHT') total.caseRight++;
      else if (tag === 'WRONG') total.caseWrong++;
      else total.caseMissed++;
    }
  }
  console.log(`\n${JSON.stringify(total)}`);
}

if (require.main === module) main(process.argv.slice(2));
