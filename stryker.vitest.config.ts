// The vitest setup StrykerJS runs core's tests with. Stryker mutates a copy of the repository, but the workspace
// links in node_modules still point at the original packages: these aliases make `@mirps/core` the mutated copy.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  ...base,
  resolve: {
    alias: [
      { find: /^@mirps\/core\/data$/, replacement: source('./packages/core/src/data/index.ts') },
      { find: /^@mirps\/core$/, replacement: source('./packages/core/src/index.ts') },
    ],
  },
  test: {
    ...base.test,
    include: ['packages/core/test/**/*.test.ts'],
    // How many issues zod gathers before the stack runs out depends on the stack each frame takes, which Stryker's
    // instrumentation changes: these tests of the parsers' limits fail in its runs and guard no rule or rotation code.
    exclude: ['packages/core/test/large-documents.test.ts'],
  },
});
