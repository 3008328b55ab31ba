import type { Options } from 'tsup';

/**
 * The build every @mirps package shares: ESM and CJS, each with its declarations. tsup leaves the
 * package's dependencies and peer dependencies (zod, the sibling packages) external by default.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    // TypeScript 6 deprecates the baseUrl that tsup's declaration step sets.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    // Shared chunks in CJS too, so every entry point of a package hands out the same objects.
    splitting: true,
    ...overrides,
  };
}
