// Tiny timing harness for the benchmarks: warm up, then the median of several timed runs.
import { performance } from 'node:perf_hooks';

/** Runs `fn` `warmup` times, then `runs` times, and returns the median time in milliseconds. */
export function medianMs(fn, { warmup = 2, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Formats milliseconds with sensible precision. */
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
