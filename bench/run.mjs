// `npm run bench`: runs every benchmark in this folder against the built packages and rewrites docs/performance.md.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((file) => file.endsWith('.bench.mjs')).sort();
const sections = [];
for (const file of files) {
  const bench = await import(pathToFileURL(join(here, file)).href);
  console.log(`Running ${bench.title} (${file})…`);
  sections.push(`## ${bench.title}\n\n${await bench.run()}\n`);
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
const page = [
  '# Performance',
  '',
  'Written by `npm run bench` (`bench/run.mjs`), which runs every `bench/*.bench.mjs` against the built packages. Timings are medians of several runs after warm-up; they vary between machines and runs, so tests never assert them.',
  '',
  `Machine: ${machine}.`,
  '',
  ...sections,
].join('\n');
writeFileSync(join(here, '..', 'docs', 'performance.md'), page);
console.log(page);
