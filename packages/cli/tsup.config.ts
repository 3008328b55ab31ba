import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// The executable, dist/bin.js, is Node's alone: bin/mirps.js (committed, with the shebang) loads it.
// The per-module build keeps the import of the package's own package.json (src/version.ts), attribute included:
// Node 22 and bundlers read `with { type: 'json' }`, which esbuild would drop for the ES2022 target.
export default defineConfig(
  packageBuild({ index: 'src/index.ts' }, { entry: { bin: 'src/bin.ts' } }).map((options) => ({
    ...options,
    esbuildOptions(esbuild, context) {
      options.esbuildOptions?.(esbuild, context);
      esbuild.supported = { ...esbuild.supported, 'import-attributes': true };
    },
  })),
);
