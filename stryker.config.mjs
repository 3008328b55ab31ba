// Mutation testing of the rules that decide what a document may say and of the rotation engine:
// `npm run test:mutation` (not part of `npm test`: it runs core's tests once per mutant, for many minutes).
// The score and the surviving mutants that are explained, not killed, are in CONTRIBUTING.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'stryker.vitest.config.ts' },
  mutate: ['packages/core/src/rules/**/*.ts', 'packages/core/src/rotation/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Core's tests run from source: builds, outputs and other packages' files stay out of the sandbox.
  ignorePatterns: ['**/dist', 'out', 'docs', 'reports', 'bench', '.vitest-artifacts'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 20,
};
