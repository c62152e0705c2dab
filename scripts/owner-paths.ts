// action-item-owner findings by the PATH that found the action item (ActionItem.path: a table or a list of an
// action-items section, a sub-heading, a label over a list, an inline label, …), judged against the dev expectations.
//
//   npx tsx scripts/owner-paths.ts                 today's engine on the dev split: right / wrong / missed per path
//   npx tsx scripts/owner-paths.ts --first-run     the recorded first runs (test/realworld/first-run-owners.jsonl: each
//                                                   draw's findings by the engine AT the draw commit) judged against
//                                                   today's dev yamls; each finding's path is the one today's code gives
//                                                   the item at that line ("not found" when today's code finds no item)
//   npx tsx scripts/owner-paths.ts --record DRAW --engine DIR
//                                                   prints the JSON lines for one draw: the documents that commit DRAW
//                                                   moved from holdout to dev, linted by the engine checked out in DIR
//                                                   (a detached worktree at DRAW; the document texts are today's dev
//                                                   copies, unchanged since their draw)
//   --file PATH                                     judge another recording instead (e.g. a draw's documents linted by
//                                                   the engine at the previous draw: did a session's tuning carry over?)
//   --json                                          machine-readable output
// Dev documents only: never holdout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDocuments, loadExpected } from '../test/realworld/score';
import { lint } from '../src/core/lint';
import type { ActionItem } from '../src/core/model/actionItems';
import { classifyHeading } from '../src/core/model/sections';
import { namesThing, statesFact } from '../src/core/model/ownerWording';

/**
 * Shapes measured across paths (the gates of session 11): each finding's text (today's item at the line, else the line
 * without its list, checkbox or heading marks) is tested. A shape is gated when its pooled first-run precision is below
 * 60 % with at least 4 first-run findings from at least 2 documents (the rule, fixed before looking at what it removes).
 */
export const SHAPES: Record<string, (text: string) => boolean> = {
  'statement of fact (ownerWording.statesFact)': statesFact,
  // Measured, not gated: a bare noun phrase naming a thing (a metric, a key, a part), used today only for sub-items.
  'names a thing (ownerWording.namesThing)': namesThing,
  // Measured in session 12, not gated (AUDITS.md "Session 12"): an option offered, not committed.
  'offers an option (offersOption)': offersOption,
};

/**
 * An option offered rather than work committed to (session 12, measured only): the item's verb is under "could", "might"
 * or "may", or it opens with "for example", "e.g.", "maybe", "perhaps"; Korean "… 수도 있다", "… 볼 수 있다", "예를 들어",
 * "… 것도 방법". No obligation, plan or need anywhere in the item.
 */
export function offersOption(text: string): boolean {
  const t = text.slice(0, 600).replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (/[\uac00-\ud7a3]/u.test(t)) return /수도[ \t]?있|볼[ \t]?수[ \t]?있|예를[ \t]?들어|예컨대|것도[ \t]?(?:방법|좋)|[을ㄹ]지도[ \t]?모/u.test(t) && !/해야|필요|예정|계획|하겠/u.test(t);
  return (/\b(?:could|might|may)\b/iu.test(t) || /^(?:for[ \t]example|for[ \t]instance|e\.g\.|maybe|perhaps|possibly|optionally)\b/iu.test(t))
    && !/\b(?:should|must|will|shall|need|needs|have[ \t]to|has[ \t]to|going[ \t]to|plan|plans)\b/iu.test(t);
}

function lineText(text: string, line: number): string {
  // The line and its continuation lines (up to a blank line, a heading or the next list item), without the marks.
  const lines = text.split(/\r?\n/);
  const parts = [lines[line - 1] ?? ''];
  for (let l = line; l < lines.length && l < line + 6; l++) {
    const next = lines[l];
    if (!next.trim() || /^[ \t]{0,12}(?:[-*+]|\d{1,3}[.)]|#{1,6})[ \t]/u.test(next)) break;
    parts.push(next.trim());
  }
  return parts.join(' ').replace(/^[ \t]{0,12}(?:[-*+]|\d{1,3}[.)]|#{1,6})[ \t]+/u, '').replace(/^\|/u, '').trim();
}

const ROOT = join(__dirname, '..');
const DEV = join(ROOT, 'test/realworld/dev');
const FIRST_RUN = join(ROOT, 'test/realworld/first-run-owners.jsonl');
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** A recorded first-run finding. */
export interface FirstRunFinding { draw: string; id: string; line: number; message: string }

/** The documents a draw commit moved from holdout to dev. */
export function drawnIds(draw: string): string[] {
  const out = execFileSync('git', ['show', '--name-status', '--format=', '-M', draw], { cwd: ROOT, encoding: 'utf8' });
  const ids: string[] = [];
  for (const line of out.split('\n')) {
    const f = line.split('\t');
    if (!/^R/.test(f[0] ?? '') || !/test\/realworld\/dev\/[^/]+\.md$/.test(f[2] ?? '')) continue;
    ids.push(f[2].replace(/^.*\//, '').replace(/\.md$/, ''));
  }
  return ids.sort();
}

/** The finer shape of a path: for an action-items section, whether its heading is a whole wording or only a keyword match. */
export function pathOf(item: ActionItem | undefined): string {
  if (!item) return 'not found';
  const path = item.path ?? 'untagged';
  if (!path.startsWith('section-')) return path;
  return `${path} (${classifyHeading(item.section.title, undefined, { keywords: false }) === 'action-items' ? 'wording' : 'keyword'})`;
}

/** Today's action item at a finding's line: the one that starts there, or whose description, owner cell or placeholder does (an item
 * that only contains the line, e.g. a measure's heading over its how-to list, is another item: the line's is "not found"). */
export function itemAtLine(text: string, items: readonly ActionItem[], line: number): ActionItem | undefined {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return items.find((i) => lineOf(i.start) === line || [i.description, i.ownerCell, i.ownerPlaceholder].some((s) => s && lineOf(s.start) === line));
}

interface Tally { right: number; wrong: number; missed: number }
type Table = Map<string, Map<string, Tally>>; // path → column → tally

function bump(t: Table, path: string, column: string, key: keyof Tally): void {
  let row = t.get(path);
  if (!row) t.set(path, (row = new Map()));
  let c = row.get(column);
  if (!c) row.set(column, (c = { right: 0, wrong: 0, missed: 0 }));
  c[key]++;
}

/** Judges owner findings (lines) of one document against its expectations; attributes each to today's path. */
export function judge(id: string, lines: readonly number[]): { path: string; line: number; verdict: keyof Tally; shapes: string[] }[] {
  const text = readFileSync(join(DEV, `${id}.md`), 'utf8');
  const expected = loadExpected(join(DEV, `${id}.expected.yaml`)).filter((e) => e.rule === 'action-item-owner').map((e) => e.line!);
  const { doc } = lint(text);
  const items = doc.actionItems;
  const open = [...expected];
  const out: { path: string; line: number; verdict: keyof Tally; shapes: string[] }[] = [];
  const shapesAt = (line: number) => {
    const item = itemAtLine(text, items, line);
    const t = item ? item.description.text : lineText(text, line);
    return Object.keys(SHAPES).filter((k) => SHAPES[k](t));
  };
  for (const line of lines) {
    const at = open.indexOf(line);
    if (at >= 0) open.splice(at, 1);
    out.push({ path: pathOf(itemAtLine(text, items, line)), line, verdict: at >= 0 ? 'right' : 'wrong', shapes: shapesAt(line) });
  }
  for (const line of open) out.push({ path: pathOf(itemAtLine(text, items, line)), line, verdict: 'missed', shapes: shapesAt(line) });
  return out;
}

function print(title: string, t: Table, columns: string[]): void {
  const pct = (r: number, w: number) => (r + w ? `${((100 * r) / (r + w)).toFixed(0)} %` : '–');
  console.log(`\n${title}`);
  console.log(`| path | ${columns.map((c) => `${c} right / wrong / missed`).join(' | ')} | pooled right / wrong / missed | precision |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} | ---: | ---: |`);
  const rows = [...t.keys()].sort();
  const total: Tally = { right: 0, wrong: 0, missed: 0 };
  for (const path of rows) {
    const row = t.get(path)!;
    const pooled: Tally = { right: 0, wrong: 0, missed: 0 };
    const cells = columns.map((c) => {
      const x = row.get(c) ?? { right: 0, wrong: 0, missed: 0 };
      pooled.right += x.right;
      pooled.wrong += x.wrong;
      pooled.missed += x.missed;
      return `${x.right} / ${x.wrong} / ${x.missed}`;
    });
    total.right += pooled.right;
    total.wrong += pooled.wrong;
    total.missed += pooled.missed;
    console.log(`| ${path} | ${cells.join(' | ')} | ${pooled.right} / ${pooled.wrong} / ${pooled.missed} | ${pct(pooled.right, pooled.wrong)} |`);
  }
  console.log(`| all | ${columns.map(() => '').join(' | ')} | ${total.right} / ${total.wrong} / ${total.missed} | ${pct(total.right, total.wrong)} |`);
}

function main(): void {
  const json = args.includes('--json');
  const record = arg('--record');
  if (record) {
    const engine = arg('--engine');
    if (!engine) throw new Error('--record needs --engine DIR (a checkout of the draw commit)');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const old = require(join(engine, 'src/core/lint')) as typeof import('../src/core/lint');
    for (const id of drawnIds(record)) {
      const text = readFileSync(join(DEV, `${id}.md`), 'utf8');
      for (const f of old.lint(text).findings) if (f.ruleId === 'action-item-owner') console.log(JSON.stringify({ draw: record, id, line: f.line, message: f.message }));
    }
    return;
  }
  const table: Table = new Map();
  const shapes: Table = new Map();
  const details: { column: string; id: string; line: number; path: string; verdict: string }[] = [];
  let columns: string[];
  if (args.includes('--first-run')) {
    const recorded = readFileSync(arg('--file') ?? FIRST_RUN, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FirstRunFinding);
    columns = [...new Set(recorded.map((r) => r.draw))];
    const draws = (arg('--draws') ?? columns.join(',')).split(',');
    columns = columns.filter((c) => draws.includes(c));
    for (const draw of columns) {
      for (const id of drawnIds(draw)) {
        const lines = recorded.filter((r) => r.draw === draw && r.id === id).map((r) => r.line);
        for (const j of judge(id, lines)) {
          bump(table, j.path, draw, j.verdict);
          for (const sh of j.shapes) bump(shapes, `${sh} [${id}]`, draw, j.verdict);
          details.push({ column: draw, id, line: j.line, path: j.path + (j.shapes.length ? ` {${j.shapes.join(', ')}}` : ''), verdict: j.verdict });
        }
      }
    }
  } else {
    columns = ['dev'];
    for (const { id, split } of corpusDocuments(['dev'])) {
      if (split !== 'dev') continue;
      const text = readFileSync(join(DEV, `${id}.md`), 'utf8');
      const lines = lint(text).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
      for (const j of judge(id, lines)) {
        bump(table, j.path, 'dev', j.verdict);
        for (const sh of j.shapes) bump(shapes, `${sh} [${id}]`, 'dev', j.verdict);
        if (j.verdict !== 'right') details.push({ column: 'dev', id, line: j.line, path: j.path, verdict: j.verdict });
      }
    }
  }
  if (json) {
    const obj: Record<string, Record<string, Tally>> = {};
    for (const [p, row] of table) obj[p] = Object.fromEntries(row);
    process.stdout.write(`${JSON.stringify({ table: obj, details }, null, 2)}\n`);
    return;
  }
  print(args.includes('--first-run') ? 'First runs (engine at each draw commit), judged against today\'s dev yamls; path as today\'s code finds the item' : 'Dev split, today\'s engine', table, columns);
  print('Shapes (per document)', shapes, columns);
  if (args.includes('--details')) for (const d of details) console.log(`${d.column}  ${d.verdict.padEnd(6)}  ${d.id}:${d.line}  ${d.path}`);
}

if (require.main === module) main();
