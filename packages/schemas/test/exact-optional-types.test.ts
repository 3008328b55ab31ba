import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Type-level, on the built declaration files: exact-optional-types/ is compiled by tsc with exactOptionalPropertyTypes.
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
const project = fileURLToPath(new URL('exact-optional-types/tsconfig.json', import.meta.url));

it("core's document types and the generated ones are assignable both ways under exactOptionalPropertyTypes", () => {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, [tsc, '-p', project], { env, encoding: 'utf8' });
  expect(result.stdout).toBe('');
  expect(result.status).toBe(0);
});
