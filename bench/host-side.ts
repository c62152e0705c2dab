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
 * Two ways side by side: the whole text posted per keystroke (up to session 17), and the change
 * posted instead, applied by the worker to its copy (session 18; the whole text only on open).
 *
 * Usage: `npx tsx bench/host-side.ts [bytes=450000] [keystrokes=15]`.
 */
import { serialize, deserialize } from 'node:v8';
import { createLintServer, type LintReply, type TextChange } from '../src/extension/lint/protocol';
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
const configJson = JSON.stringify(defaultConfig());
const BINARY_PROBE = 8192;

/** The change from one text to the next (one typed character here), as VS Code's change event gives it. */
function changeOf(before: string, after: string): TextChange {
  let a = 0;
  while (a < before.length && before.charCodeAt(a) === after.charCodeAt(a)) a++;
  let b = 0;
  while (b < before.length - a && before.charCodeAt(before.length - 1 - b) === after.charCodeAt(after.length - 1 - b)) b++;
  return { offset: a, length: before.length - a - b, text: after.slice(a, after.length - b) };
}

/**
 * One way of sending a keystroke to the worker: `text`, the whole text each time (the extension up to
 * session 17), or `edits`, the change since the worker's version (session 18: lint/bounded.ts and
 * lint/editLog.ts; the whole text only on open).
 */
function measure(input: 'text' | 'edits'): { steps: Map<string, number[]>; replyBytes: number; requestBytes: number; findings: number } {
  const serve = createLintServer();
  const steps = new Map<string, number[]>();
  const time = <T>(name: string, fn: () => T, keep: boolean): T => {
    const c0 = cpu();
    const out = fn();
    if (keep) (steps.get(name) ?? steps.set(name, []).get(name)!).push(cpu() - c0);
    return out;
  };
  let previous: PublishedMark[] | undefined;
  let replyBytes = 0;
  let requestBytes = 0;
  let findings = 0;
  const document = `file:///bench/host-side-${input}.md`;
  for (const [i, version] of texts.entries()) {
    const keep = i > 1; // the open (a full lint) and the first keystroke warm up
    // The editor keeps the document as lines; getText() joins them.
    const lines = version.split('\n');
    let request: Buffer;
    if (input === 'text' || i === 0) {
      const text = time('host: document.getText()', () => lines.join('\n'), keep);
      request = time('host: post the request (clone)', () => serialize({ type: 'lint', id: i, text, configJson, locale: 'en', document, version: i }), keep);
    } else {
      // The change event's changes, kept until the lint (what recordChange does with contentChanges).
      const event = [changeOf(texts[i - 1], version)];
      const change = time('host: record the change event', () => event.map((c) => ({ offset: c.offset, length: c.length, text: c.text })), keep);
      // The binary probe reads the first 8 KB (getText of a range: the lines it spans, joined).
      time(
        'host: read the first 8 KB (binary probe)',
        () => {
          let n = 0;
          let k = 0;
          while (k < lines.length && n < BINARY_PROBE) n += lines[k++].length + 1;
          return lines.slice(0, k).join('\n').slice(0, BINARY_PROBE).includes('\u0000');
        },
        keep,
      );
      request = time('host: post the request (clone)', () => serialize({ type: 'lint', id: i, version: i, base: i - 1, edits: change, length: version.length, configJson, locale: 'en', document }), keep);
    }
    requestBytes = request.length;
    const received = time('worker: receive the request', () => deserialize(request), keep);
    const reply = time('worker: apply the edits, re-lint and reply', () => serve(received), keep) as Extract<LintReply, { type: 'result' }>;
    if (reply.type !== 'result') throw new Error(`no result: ${JSON.stringify(reply)}`);
    const replyClone = time('worker: post the reply (clone)', () => serialize(reply), keep);
    const got = time('host: receive the reply', () => deserialize(replyClone), keep) as typeof reply;
    replyBytes = replyClone.length;
    findings = got.findings.length;
    // The editor keeps its line starts up to date with each edit: not timed.
    const index = new LineIndex(version);
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
          samePublished(previous, marks, [{ offset: version.length >> 1, length: 0, inserted: 1 }], (o) => {
            const p = index.position(o);
            return `${p.line - 1}:${p.column - 1}`;
          });
        previous = marks;
        return [flags, same];
      },
      keep,
    );
  }
  return { steps, replyBytes, requestBytes, findings };
}

const runs = { text: measure('text'), edits: measure('edits') };
const names = [...new Set([...runs.text.steps.keys(), ...runs.edits.steps.keys()])];
console.log(`\nOne keystroke at ~${Math.round(size / 1000)} KB (${texts.length - 2} keystrokes, ${runs.edits.findings} findings, reply ${Math.round(runs.edits.replyBytes / 1024)} KB cloned; request ${Math.round(runs.text.requestBytes / 1024)} KB whole, ${runs.edits.requestBytes} B as edits); CPU ms per step, medians:\n`);
console.log('| step | whole text (to session 17) | edits (session 18) |\n| --- | ---: | ---: |');
const cell = (v: number[] | undefined) => (v ? median(v).toFixed(1) : '–');
for (const k of names) console.log(`| ${k} | ${cell(runs.text.steps.get(k))} | ${cell(runs.edits.steps.get(k))} |`);
const hostSum = (r: (typeof runs)['text']) => [...r.steps].filter(([k]) => k.startsWith('host')).reduce((n, [, v]) => n + median(v), 0);
console.log(`| **host thread, ours (sum of medians)** | ${hostSum(runs.text).toFixed(1)} | ${hostSum(runs.edits).toFixed(1)} |`);
