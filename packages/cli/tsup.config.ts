import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// The executable, dist/bin.js, is Node's alone: bin/mirps.js (committed, with the shebang) loads it.
export default defineConfig(packageBuild({ index: 'src/index.ts' }, { entry: { bin: 'src/bin.ts' } }));
