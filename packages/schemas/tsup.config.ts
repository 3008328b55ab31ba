import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', types: 'src/types.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
});
