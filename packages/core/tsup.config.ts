import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

export default defineConfig(packageBuild({ index: 'src/index.ts', 'data/index': 'src/data/index.ts' }));
