/** Wall-clock timing: one run, the median of several, and contenders timed in turn. */

/** How long one call takes, in milliseconds, with its result (kept, so the work cannot be skipped). */
export function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timing {
  medianMs: number;
  /** What the last timed run returned, for checking that the contenders agree. */
  result: unknown;
}

/**
 * Runs every contender `warmups` times (JIT, caches), then `runs` times round-robin, so slow drift
 * (GC pressure, CPU clocks) spreads over all of them instead of hitting whichever runs last.
 */
export function race<K extends string>(
  contenders: Record<K, () => unknown>,
  { warmups, runs }: { warmups: number; runs: number },
): Record<K, Timing> {
  const names = Object.keys(contenders) as K[];
  for (let i = 0; i < warmups; i++) for (const name of names) contenders[name]();
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  const results = new Map<K, unknown>();
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const { ms, result } = time(contenders[name]);
      samples.get(name)!.push(ms);
      results.set(name, result);
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, { medianMs: median(samples.get(name)!), result: results.get(name) }]),
  ) as Record<K, Timing>;
}
