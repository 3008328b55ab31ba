import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
// @ts-expect-error the generator is a plain .mjs script without types
import { generateFiles } from '../scripts/schema-generator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

it('the committed JSON Schemas, JS map and types are what regenerating from @mirps/core gives', async () => {
  const files = (await generateFiles()) as Record<string, string>;
  const stale = Object.entries(files)
    .filter(([path, content]) => readFileSync(join(root, path), 'utf8') !== content)
    .map(([path]) => path);
  expect(stale, 'run npm run generate -w @mirps/schemas and commit the result').toEqual([]);
  expect(
    Object.keys(files).filter((path) => path.startsWith('json/') && !path.includes('draft-07')).length,
  ).toBeGreaterThanOrEqual(40);
});
