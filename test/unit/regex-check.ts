/**
 * The ReDoS check of the unit tests (regex-safety, phrase-pattern safety): recheck's automaton
 * checker, the fuzzer as its fallback, and a cache of "safe" verdicts across runs.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
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
// its verdict depends on the pattern alone, unless the time limit cuts it short; every pattern in
// the core that reaches it finishes in under 8 s on a loaded 2-core machine, so a minute leaves the
// verdict to the pattern, not to how busy the machine is.
const FUZZ = { checker: 'fuzz', timeout: 60000 } as const;

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
  if (d.status === 'vulnerable' && automatonTimedOut) {
    const proof = checkSync(p.source, flags, { ...AUTOMATON, timeout: 120000 });
    if (proof.status !== 'unknown') d = proof;
  }
  if (d.status === 'safe') cache.add(key);
  return d;
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

