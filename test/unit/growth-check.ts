/**
 * Load-independent speed checks for unit tests (DEVELOPERS: "Performance targets live in a benchmark, not in timed
 * tests"). A wall-clock bound ("< 200 ms") fails when the machine is busy; what such a test guards is a growth class
 * (no quadratic or exponential path, or no scan of the whole input), and a ratio of two timings taken in the same test,
 * interleaved and best-of-N, keeps that guard while the machine's load cancels out. The timings are the process's CPU
 * time (process.cpuUsage), not wall time: on a loaded machine a batch longer than a scheduler slice is preempted and a
 * shorter one is not, which skews a wall-clock ratio (measured: 4× the input "took" 30–80× the wall time at load 28);
 * CPU time is what the code costs whoever else runs. Figures live in bench/.
 */

export interface Growth {
  /** Best CPU time of one batch on the small input, ms. */
  small: number;
  /** Best CPU time of one batch on the large input, ms. */
  large: number;
  ratio: number;
  /** Calls per batch (calibrated so that a small batch takes at least `minBatchMs`). */
  batch: number;
}

export interface GrowthOptions {
  /** How many times larger the large input is than the small one (only for the message). */
  scale: number;
  /** The largest allowed large/small ratio. */
  maxRatio: number;
  /** Interleaved measurements per attempt, the best of each side kept (default 5). */
  reps?: number;
  /** Whole attempts; the check passes if any attempt does (default 3): a busy machine slows both sides alike. */
  attempts?: number;
  /** A small batch is repeated until it takes at least this long (timer resolution, default 5 ms). */
  minBatchMs?: number;
}

/** CPU time (user + system) of `batch` calls of f, ms. */
function timeBatch(f: () => void, batch: number): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < batch; i++) f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** Times `small` and `large` interleaved (best of `reps` each) and returns the ratio. */
export function growth(small: () => void, large: () => void, reps = 5, minBatchMs = 5): Growth {
  // Warm up both (JIT, lazy tables), then calibrate the batch on the small input.
  small();
  large();
  // The batch grows until its best of three runs takes at least minBatchMs (one slow run does not end the calibration).
  let batch = 1;
  const best3 = (b: number) => Math.min(timeBatch(small, b), timeBatch(small, b), timeBatch(small, b));
  while (batch < 1 << 16 && best3(batch) < minBatchMs) batch *= 2;
  let bs = Infinity;
  let bl = Infinity;
  for (let i = 0; i < reps; i++) {
    bs = Math.min(bs, timeBatch(small, batch));
    bl = Math.min(bl, timeBatch(large, batch));
  }
  return { small: bs, large: bl, ratio: bl / Math.max(bs, 1e-3), batch };
}

/**
 * Asserts that the large input costs at most `maxRatio` times the small one. With `scale` 4, linear work gives ~4 and
 * quadratic ~16, so `maxRatio` 10 separates them; with `scale` 100 and `maxRatio` 10, only work that does not grow with the
 * input (a bounded prefix scan) passes.
 */
export function assertGrowth(what: string, small: () => void, large: () => void, o: GrowthOptions): Growth {
  const attempts = o.attempts ?? 3;
  let last: Growth | undefined;
  for (let a = 0; a < attempts; a++) {
    last = growth(small, large, o.reps ?? 5, o.minBatchMs ?? 5);
    if (process.env.GROWTH_LOG) console.log(`      growth ${what}: ×${o.scale} input → ×${last.ratio.toFixed(1)} CPU time (max ×${o.maxRatio})`);
    if (last.ratio <= o.maxRatio) return last;
  }
  const g = last as Growth;
  throw new Error(
    `${what}: ${o.scale}× the input took ${g.ratio.toFixed(1)}× the time (at most ${o.maxRatio}× allowed; ` +
      `best batch of ${g.batch}: ${g.small.toFixed(2)} ms small, ${g.large.toFixed(2)} ms large, ${attempts} attempts)`,
  );
}
