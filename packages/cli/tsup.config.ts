import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// Two builds write into dist/ side by side, so neither may clean it.
export default defineConfig([
  packageBuild({ index: 'src/index.ts' }, { clean: false }),
  // The executable: ESM only, with its shebang.
  packageBuild({ bin: 'src/bin.ts' }, { format: ['esm'], dts: false, clean: false, banner: { js: '#!/usr/bin/env node' } }),
]);
