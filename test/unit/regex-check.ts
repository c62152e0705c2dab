/**
 * The ReDoS check of the unit tests (regex-safety, phrase-pattern safety): recheck's automaton
 * checker, the fuzzer as its fallback, and a cache of "safe" verdicts across runs.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type AttackPattern, type Diagnostics } from 'recheck';
import recheckPackage from 'recheck/package.json';

const ROOT = join(__dirname, '..', '..');

/** A pattern and where it comes from. */
export interface Pattern {
  source: string;
  flags: string;
  where: string;
}

// Flags recheck does not model; none of them changes how much a match backtracks.
const IGNORED_FLAGS = /[dgy]/g;

const AUTOMATON = { checker: 'automaton', timeout: 3000 } as const;
// The fuzzer is seeded (recheck's randomSeed, 0 by default) and bounded by its iteration counts, so
// its verdict depends on the pattern alone, unless a time limit cuts it short. Besides the overall
// `timeout` (which ends in "unknown", retried below), recheck's fuzzer has inner time limits of its
// own: `incubationTimeout` (250 ms by default) and `attackTimeout` (1 s) stop one run of its matcher,
// and a run stopped by them counts as an ATTACK, so a busy machine turns a linear pattern
// "vulnerable" (session 14: ko/vague.ts:67, a bounded word run, was called "3rd degree polynomial"
// under load and is safe when quiet; with both limits at 0 ms, what an overloaded machine amounts
// to, even /\b(?:human|operator) error\b/i is called exponential). Here both are off, so only
// recheck's step counts (`incubationLimit`, `attackLimit`) decide: the same verdict on any machine.
// A minute bounds the whole check; every pattern of the core that reaches it finishes in well under that.
export const FUZZ = { checker: 'fuzz', timeout: 60000, incubationTimeout: null, attackTimeout: null, seedingTimeout: null } as const;

/**
 * "Safe" verdicts are cached across runs, keyed by recheck's version, the parameters and the
 * pattern: recheck is deterministic for those, and most patterns do not change between runs.
 * Anything else is checked again every time, so a fixed pattern or a timeout on a busy machine
 * never sticks.
 */
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'regex-safety');
const CACHE_FILE = join(CACHE_DIR, 'safe.json');
const CACHE_VERSION = JSON.stringify([recheckPackage.version, AUTOMATON, FUZZ]);

function loadCache(): Set<string> {
  try {
    const raw = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { version: string; safe: string[] };
    if (raw.version === CACHE_VERSION && Array.isArray(raw.safe)) return new Set(raw.safe);
  } catch {
    // No cache yet, or a broken one: start over.
  }
  return new Set();
}

/** Writes the cache of safe verdicts (call once, after the checks). */
export function saveCache(safe: Set<string> = cache): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, safe: [...safe].sort() }));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // A read-only tree only costs time on the next run.
  }
}


const cache = loadCache();

/**
 * The automaton checker gives a proof, and is fast for almost every pattern; the fuzzer is the
 * fallback for what it cannot model (look-behind, back-references) or cannot finish in time.
 */
export function check(p: Pattern): Diagnostics | 'safe' {
  const flags = p.flags.replace(IGNORED_FLAGS, '');
  const key = `/${p.source}/${flags}`;
  if (cache.has(key)) return 'safe';
  let d = checkSync(p.source, flags, AUTOMATON);
  const automatonTimedOut = d.status === 'unknown' && d.error.kind === 'timeout';
  if (d.status === 'unknown') d = checkSync(p.source, flags, FUZZ);
  // A very busy machine can still run the fuzzer out of time before it decides: once more, with
  // longer.
  if (d.status === 'unknown' && d.error.kind === 'timeout') d = checkSync(p.source, flags, { ...FUZZ, timeout: 3 * FUZZ.timeout });
  // The fuzzer's "vulnerable" is a measurement, and a loaded machine sends it patterns the automaton
  // proves safe in seconds when it is quiet: where the automaton only ran out of time, its proof (given
  // long enough) decides. A pattern the automaton cannot model keeps the fuzzer's verdict.
  let proved = false;
  if (d.status === 'vulnerable' && automatonTimedOut) {
    const proof = checkSync(p.source, flags, { ...AUTOMATON, timeout: 120000 });
    if (proof.status !== 'unknown') {
      d = proof;
      proved = true;
    }
  }
  // What the automaton cannot model (look-around), only the fuzzer judges, and its "2nd degree
  // polynomial" is a step count in recheck's own matcher, which can differ from V8's: a bounded class
  // run inside a look-ahead counts as work per start there. Where the automaton could not model the
  // pattern and the fuzzer found a quadratic attack, the attack is run in V8 itself at two sizes: a
  // pattern whose time grows about linearly with the attack (under 8x for 4x the input; quadratic
  // grows 16x) is linear where it runs. Cubic and exponential verdicts are never re-measured. The same
  // holds where the automaton ran out of time even with two minutes (a long case-insensitive
  // alternation, e.g. /\balerts?(?: [a-z-]+){0,3} (?:fires?|…)\b/i): the fuzzer found 'ALERT '
  // repeated quadratic under one random seed in 40, and V8 runs it in linear time.
  if (d.status === 'vulnerable' && !proved && d.complexity.type === 'polynomial' && d.complexity.degree === 2 && d.attack && linearInV8(p.source, flags, d.attack)) {
    d = { ...d, status: 'safe', complexity: { type: 'linear', summary: 'linear (measured in V8)', isFuzz: true } } as unknown as Diagnostics;
  }
  if (d.status === 'safe') cache.add(key);
  return d;
}

/** CPU milliseconds this process has used (not wall time: waiting for a CPU on a busy machine is not counted). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU milliseconds per run of `re` over `s` (every match), in a batch of at least 30 ms. */
function timePerRun(re: RegExp, s: string): number {
  const t0 = cpuMs();
  let runs = 0;
  do {
    re.lastIndex = 0;
    for (const _ of s.matchAll(re));
    runs++;
  } while (cpuMs() - t0 < 30);
  return (cpuMs() - t0) / runs;
}

/**
 * Whether the fuzzer's attack, pumped to about 4,000 and 16,000 characters, takes about linear time in V8: the two
 * sizes are timed in turn, three rounds, in CPU time, and the best of each compared (4x the input: about 4x the time
 * when linear, 16x when quadratic; the line is drawn at 8x).
 */
export function linearInV8(source: string, flags: string, attack: AttackPattern): boolean {
  const pumpLength = attack.pumps.reduce((n, p) => n + p.pump.length, 0);
  if (pumpLength === 0) return false;
  const build = (chars: number) => {
    const k = Math.max(1, Math.ceil(chars / pumpLength));
    return attack.pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + attack.suffix;
  };
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const smallText = build(4_000);
  const largeText = build(16_000);
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < 3; round++) {
    small = Math.min(small, timePerRun(re, smallText));
    large = Math.min(large, timePerRun(re, largeText));
  }
  return large < 8 * small;
}

export function describeResult(p: Pattern, d: Diagnostics): string {
  const detail =
    d.status === 'vulnerable'
      ? `${d.complexity.summary}${d.attack ? `, attack ${JSON.stringify(d.attack.pattern)}` : ''}${d.hotspot?.length ? `, hot spot ${d.hotspot.map((h) => JSON.stringify(p.source.slice(h.start, h.end))).join(' ')}` : ''}`
      : d.status === 'unknown'
        ? `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`
        : 'safe';
  return `${p.where}  /${p.source}/${p.flags}  → ${detail}`;
}

