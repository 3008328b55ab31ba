import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['zod', '@mirps/core', '@mirps/calendar'],
  // One shared chunk in CJS too, so `@mirps/core` and `@mirps/core/data` hand out the same objects.
  splitting: true,
});
