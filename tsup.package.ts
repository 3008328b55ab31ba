import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';

/** Source modules that are not part of the per-module build: tests, and the modules only Node's build uses. */
const NOT_PER_MODULE = ['!src/**/*.test.ts', '!src/**/*.node.ts'];

/** What a package may add to its Node build. */
export interface NodeBuild {
  /** More entry points, for Node only (the command line's executable). */
  readonly entry?: Record<string, string>;
}

/**
 * Node's twin of a module: where `x.node.ts` sits beside `x.ts`, Node's ESM build takes it in place of `x.ts` (to use
 * what only Node has, such as `require`); bundlers and CommonJS take `x.ts`. Both export the same.
 */
const nodeTwins: Plugin = {
  name: 'node-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, ({ path, resolveDir }) => {
      const twin = resolve(resolveDir, path).replace(/\.js$/, '.node.ts');
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

/**
 * The build every @mirps package shares: three tsup configurations writing into one `dist/`, each for whoever loads
 * it, as the `exports` map of each package says:
 *
 * - **Node, ESM** (`node` condition; `dist/index.js`): one file per entry point with shared chunks. Node loads each
 *   module file on its own, so fewer, larger files start faster.
 * - **Bundlers, ESM** (`default` condition and `module`; `dist/modules/`): one output file per source module, so with
 *   `"sideEffects": false` a browser bundle keeps only the modules an app reaches (importing `createRotation` alone
 *   leaves out the parsers, the rules and the embedded data).
 * - **CommonJS** (`require`; `dist/index.cjs`): one file per entry point with shared chunks, so every entry point of
 *   a package hands out the same objects.
 *
 * The declarations (`.d.ts`, `.d.cts`) cover the public entry points. tsup leaves the package's dependencies and
 * peer dependencies (zod, the sibling packages) external. `dist/` is emptied once here, before the builds start,
 * since they run side by side.
 */
export function packageBuild(entry: Record<string, string>, node: NodeBuild = {}): Options[] {
  rmSync('dist', { recursive: true, force: true });
  const shared: Options = {
    // TypeScript 6 deprecates the baseUrl that tsup's declaration step sets.
    dts: { entry, compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false,
    sourcemap: true,
    target: 'es2022',
    // Errors only: a passing build has nothing to say (`npm test` and the demo stay readable).
    silent: true,
  };
  const bundled: Options = { ...shared, treeshake: true, splitting: true };
  return [
    { ...bundled, entry: { ...entry, ...node.entry }, format: ['esm'], esbuildPlugins: [nodeTwins] },
    { ...bundled, entry, format: ['cjs'] },
    {
      ...shared,
      entry: ['src/**/*.ts', ...NOT_PER_MODULE],
      outDir: 'dist/modules',
      format: ['esm'],
      bundle: false,
      dts: false,
    },
  ];
}
