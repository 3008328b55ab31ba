// Bundle sizes for the browser: each case against its budget (the same budgets npm test enforces), and what
// importing createRotation alone costs against the whole of core.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_CASES, bundleSize } from './bundle-cases.mjs';

export const title = 'Browser bundle sizes';

const ROTATION_ONLY = '@mirps/core: createRotation only';
const WHOLE_CORE = '@mirps/core: whole package';

export async function run() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const sizes = new Map();
  for (const item of BUNDLE_CASES) sizes.set(item.name, await bundleSize(item.contents, root));
  for (const name of [ROTATION_ONLY, WHOLE_CORE])
    if (!sizes.has(name)) throw new Error(`bundle bench: no case named ${JSON.stringify(name)} in bundle-cases.mjs`);
  // Sizes are exact, not timed: the ratio has no spread.
  const share = sizes.get(ROTATION_ONLY).gzipped / sizes.get(WHOLE_CORE).gzipped;
  const goals = [
    {
      row: 6,
      measure: '`createRotation`-only browser bundle, gzipped',
      peer: 'the whole of `@mirps/core`, gzipped',
      kind: 'size',
      ratio: { value: share, low: share, high: share },
      goal: { atMost: 0.35 },
      before: '0.49',
    },
  ];
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const detail = [
    'esbuild, platform browser, minified; zod (a peer dependency the app already has) left out. `npm test` fails when a bundle exceeds its budget or imports anything from Node.',
    '',
    '| import | minified | gzipped | budget (gzipped) |',
    '|---|---:|---:|---:|',
    ...BUNDLE_CASES.map(
      (item) =>
        `| ${item.name} | ${kib(sizes.get(item.name).minified)} | ${kib(sizes.get(item.name).gzipped)} | ${kib(item.budget)} |`,
    ),
  ].join('\n');
  return { goals, detail };
}
