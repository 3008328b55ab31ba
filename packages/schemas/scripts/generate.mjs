#!/usr/bin/env node
// `npm run generate -w @mirps/schemas` writes the generated files; `--check` fails if they are not up to date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFiles } from './schema-generator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const files = await generateFiles();
const stale = [];
for (const [path, content] of Object.entries(files)) {
  const target = join(root, path);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
if (check && stale.length > 0) {
  console.error(
    `Generated files are out of date (run npm run generate -w @mirps/schemas):\n${stale.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  check
    ? `All ${Object.keys(files).length} generated files are up to date.`
    : `Wrote ${stale.length} of ${Object.keys(files).length} generated files.`,
);
