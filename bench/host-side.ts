/**
 * What a keystroke costs the extension host's THREAD on our side, outside the editor (issue 9): the
 * integration test's keystrokes (bench/worker-latency.ts's `testEdits`, ~450 KB by default), each
 * answered as src/extension/diagnostics.ts answers it, with the VS Code calls replaced by what they
 * do: the text of the version (`document.getText()`: VS Code's extension host joins its array of lines,
 * `MirrorTextModel.getText`), the request posted to the worker (the structured clone `postMessage`
 * makes: `v8.serialize`), the reply received (`v8.deserialize`), then `publish()`'s own work (which
 * findings to show, the range of each by line starts, the marks that tell an unchanged result, and
 * the comparison with the previous marks), without `DiagnosticCollection.set`. The worker's side is
 * timed too (the request's deserialisation, the session's re-lint with its reply, the reply's
 * serialisation), to set the host's share beside it. CPU time of this process per step, medians.
 *
 * Usage: `npx tsx bench/host-side.ts [bytes=450000] [keystrokes=15]`.
 */
import { serialize, deserialize } from 'node:v8';
import { createLintServer, type LintReply } from '../src/extension/lint/protocol';
import { defaultConfig } from '../src/core/config';
import { LineIndex } from '../src/core/model/lines';
import { pickShown, samePublished, type PublishedMark } from '../src/extension/findingsMap';
import type { Finding } from '../src/core/types';
import { testEdits } from './worker-latency';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const size = Number(process.argv[2]) || 450000;
const keystrokes = Number(process.argv[3]) || 15;
const texts = testEdits(size, keystrokes);
const serve = createLintServer();
const configJson = JSON.stringify(defaultConfig());
const steps = new Map<string, number[]>();
const time = <T>(name: string, fn: () => T, keep: boolean): T => {
  const c0 = cpu();
  const out = fn();
  if (keep) (steps.get(name) ?? steps.set(name, []).get(name)!).push(cpu() - c0);
  return out;
};
let previous: PublishedMark[] | undefined;
let replyBytes = 0;
let findings = 0;
for (const [i, version] of texts.entries()) {
  const keep = i > 1; // the open (a full lint) and the first keystroke warm up
  // The editor keeps the document as lines; getText() joins them.
  const lines = version.split('\n');
  const text = time('host: document.getText()', () => lines.join('\n'), keep);
  const request = time('host: post the request (clone)', () => serialize({ type: 'lint', id: i, text, configJson, locale: 'en', document: 'file:///bench/host-side.md' }), keep);
  const received = time('worker: receive the request', () => deserialize(request), keep);
  const reply = time('worker: re-lint and reply', () => serve(received), keep) as Extract<LintReply, { type: 'result' }>;
  const replyClone = time('worker: post the reply (clone)', () => serialize(reply), keep);
  const got = time('host: receive the reply', () => deserialize(replyClone), keep) as typeof reply;
  replyBytes = replyClone.length;
  findings = got.findings.length;
  // The editor keeps its line starts up to date with each edit: not timed.
  const index = new LineIndex(text);
  time(
    'host: publish() without set()',
    () => {
      const flags = new Map(got.findings.map((f: Finding, j: number) => [f, got.flags[j] ?? 0]));
      const shown = pickShown(got.findings, [{ start: 0, end: 60 }]);
      const marks = shown.map((f): PublishedMark => {
        const s = index.position(f.start);
        const e = index.position(f.end);
        const at = `${s.line - 1}:${s.column - 1}:${e.line - 1}:${e.column - 1}`;
        return { start: f.start, end: f.end, at, key: `${at}\u0001${f.severity}\u0001${f.ruleId}\u0001${f.message}` };
      });
      const same =
        previous !== undefined &&
        samePublished(previous, marks, [{ offset: text.length >> 1, length: 0, inserted: 1 }], (o) => {
          const p = index.position(o);
          return `${p.line - 1}:${p.column - 1}`;
        });
      previous = marks;
      return [flags, same];
    },
    keep,
  );
}
console.log(`\nOne keystroke at ~${Math.round(size / 1000)} KB (${texts.length - 2} keystrokes, ${findings} findings, reply ${Math.round(replyBytes / 1024)} KB cloned); CPU ms per step, medians:\n`);
console.log('| step | CPU ms |\n| --- | ---: |');
let host = 0;
for (const [k, v] of steps) {
  console.log(`| ${k} | ${median(v).toFixed(1)} |`);
  if (k.startsWith('host')) host += median(v);
}
console.log(`| **host thread, ours (sum of medians)** | ${host.toFixed(1)} |`);
