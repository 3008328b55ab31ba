import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs module shared with the benchmarks
import { BUNDLE_CASES, bundleSize } from '../bench/bundle-cases.mjs';

const root = resolve(import.meta.dirname, '..');
type Case = { name: string; contents: string; budget: number };
const sizes = new Map<string, number>();

describe('browser fitness and size budgets (built packages, esbuild for the browser)', () => {
  it.each(BUNDLE_CASES as Case[])(
    '$name bundles for the browser within its budget',
    async ({ name, contents, budget }) => {
      const { gzipped } = (await bundleSize(contents, root)) as { gzipped: number };
      sizes.set(name, gzipped);
      expect(gzipped, `${name}: ${gzipped} bytes gzipped, budget ${budget}`).toBeLessThanOrEqual(budget);
    },
  );

  it('tree-shakes: createRotation alone is far smaller than the whole of core', () => {
    const alone = sizes.get('@mirps/core: createRotation only')!;
    const whole = sizes.get('@mirps/core: whole package')!;
    // Bundlers get one file per module (dist/modules), so the parsers, the plan rules and their messages, and the
    // embedded data stay out; what remains is the rotation, its argument guards and its messages in two languages.
    // Bundled per entry point, as Node's build is, this ratio was 0.70.
    expect(alone / whole).toBeLessThan(0.5);
  });
});
