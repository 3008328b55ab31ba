import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false,
    sourcemap: true,
    target: 'es2022',
    external: ['zod', /^@mirps\//],
  },
  {
    // The executable: ESM, with its shebang.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    external: ['zod', /^@mirps\//],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
