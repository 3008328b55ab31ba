// Bundle sizes for the browser: each case against its budget (the same budgets npm test enforces).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_CASES, bundleSize } from './bundle-cases.mjs';

export const title = 'Browser bundle sizes';

export async function run() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const rows = [];
  for (const item of BUNDLE_CASES) {
    const size = await bundleSize(item.contents, root);
    rows.push(`| ${item.name} | ${(size.minified / 1024).toFixed(1)} KiB | ${(size.gzipped / 1024).toFixed(1)} KiB | ${(item.budget / 1024).toFixed(1)} KiB |`);
  }
  return [
    'esbuild, platform browser, minified; zod (a peer dependency the app already has) left out. `npm test` fails when a bundle exceeds its budget or imports anything from Node.',
    '',
    '| import | minified | gzipped | budget (gzipped) |',
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
