// The timing harness of the benchmarks: the sides of a comparison run in turn (A, B, A, B…), so that
// whatever else the machine is doing weighs on both alike, and each side's figure is its median.
import { performance } from 'node:perf_hooks';

/** The median of some numbers (the mean of the middle two for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Takes samples from each side in turn: `warmup` rounds left out, then `rounds` rounds in which each
 * side gives one sample, in the order given. A side is a function returning its sample (a number).
 * Returns, per side, its samples and their median; `ratio(a, b)` is the median of a over that of b,
 * with the middle half of the per-round ratios (`low` and `high`, their first and third quartiles) to show the noise.
 */
export function alternateSamples(sides, { warmup = 2, rounds = 7 } = {}) {
  const names = Object.keys(sides);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of names) {
      // No collection is forced between samples: with a full collection (`gc()`) before each one, the parsers' samples
      // took 1.6× as long and JSON.parse's no longer (V8 discards some of its work on JavaScript code at a full
      // collection, none on native code), so it would weigh on one side only. Taking turns spreads each side's garbage.
      const sample = sides[name]();
      if (round >= warmup) samples[name].push(sample);
    }
  }
  const result = Object.fromEntries(
    names.map((name) => [name, { samples: samples[name], median: median(samples[name]) }]),
  );
  const ratio = (a, b) => {
    const perRound = samples[a].map((value, i) => value / samples[b][i]).sort((x, y) => x - y);
    const quartile = (q) => perRound[Math.round(q * (perRound.length - 1))];
    return { value: result[a].median / result[b].median, low: quartile(0.25), high: quartile(0.75) };
  };
  return { ...result, ratio };
}

/** Like {@link alternateSamples}, each side being a function to time: its samples are milliseconds. */
export function alternate(sides, options) {
  const timed = Object.fromEntries(
    Object.entries(sides).map(([name, fn]) => [
      name,
      () => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      },
    ]),
  );
  return alternateSamples(timed, options);
}

/** Formats milliseconds with sensible precision. */
export function ms(value) {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Formats a ratio to three significant digits, enough to tell it from a goal it is close to: `0.437×`, `1.52×`, `17.4×`. */
export const times = (value) => `${Number(value.toPrecision(3))}×`;
