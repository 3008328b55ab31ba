// `npm run bench`: runs every benchmark in this folder against the built packages and rewrites docs/performance.md:
// first the goals of issue 13, each measured side by side with its peer, then each benchmark's detail.
//
// Each `*.bench.mjs` exports `title` and `run()`, which returns (or resolves to) `{ goals, notes?, detail }`:
// `goals`, the rows of the goals table it measures, each `{ row, measure, peer, kind, ratio, goal, before }` (`row`, the
// row of the table; `kind`, 'throughput', 'time' or 'size'; `ratio`, `{ value, low, high }` from the harness;
// `goal`, `{ atLeast }` or `{ atMost }`; `before`, the record as text); `notes`, sentences to print under the
// table; `detail`, the Markdown of its own section.
// `node bench/run.mjs validation report` runs only the files whose names contain one of the words, and prints
// what it measured without writing the page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { times } from './harness.mjs';

/** The commit the "before" ratios of the goals were measured on (issue 13's "now" column). */
const BEFORE_COMMIT = '978306c';
/** The peers the benchmarks measure against, and the bundler, whose installed versions the page names. */
const PEERS = ['ajv', 'ical-generator', 'zod', 'esbuild'];

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs') && (only.length === 0 || only.some((word) => file.includes(word))))
  .sort();

/** The version of an installed package, from the package.json above the file its import resolves to. */
function versionOf(name) {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json here: keep climbing
    }
    if (dir === dirname(dir)) throw new Error(`no package.json found for ${name}`);
    dir = dirname(dir);
  }
}

const benches = [];
for (const file of files) {
  const bench = await import(pathToFileURL(join(here, file)).href);
  const start = performance.now();
  console.error(`Running ${bench.title} (${file})…`);
  benches.push({ title: bench.title, ...(await bench.run()) });
  console.error(`  ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

const firstRow = (bench) => Math.min(...bench.goals.map((goal) => goal.row), Infinity);
benches.sort((a, b) => firstRow(a) - firstRow(b));
const goals = benches.flatMap((bench) => bench.goals).sort((a, b) => a.row - b.row);

const ratioText = (goal, value) => (goal.kind === 'size' ? String(Number(value.toPrecision(3))) : times(value));
const nowText = (goal) => {
  const { value, low, high } = goal.ratio;
  return low === high
    ? ratioText(goal, value)
    : `${ratioText(goal, value)} (${ratioText(goal, low)}–${ratioText(goal, high)})`;
};
const goalText = (goal) =>
  'atLeast' in goal.goal ? `≥ ${ratioText(goal, goal.goal.atLeast)}` : `≤ ${ratioText(goal, goal.goal.atMost)}`;
const met = (goal) =>
  'atLeast' in goal.goal ? goal.ratio.value >= goal.goal.atLeast : goal.ratio.value <= goal.goal.atMost;

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
const peers = PEERS.map((name) => `${name} ${versionOf(name)}`).join(', ');
const page = [
  '# Performance',
  '',
  'Written by `npm run bench` (`bench/run.mjs`), which runs every `bench/*.bench.mjs` against the built packages. Each measure runs side by side with its peer in one process, the two taking turns (A, B, A, B…) for several rounds after warm-up; each side’s figure is its median, and a ratio is the ratio of the medians. Absolute timings vary between machines and runs (this machine is shared), so tests never assert them.',
  '',
  `Machine: ${machine}. Peers: ${peers}.`,
  '',
  '## Goals',
  '',
  `The goals of issue 13. A throughput ratio is the peer’s time over ours (higher is better); a time ratio is ours over the peer’s, and a size ratio ours over the peer’s size (lower is better). “now” is the ratio of the medians; in brackets, the middle half of the per-round ratios (each round’s sample over its peer’s in the same round), a measure of the noise: a wide bracket, or one away from the ratio, means the machine’s load changed during the run; “before” is the same measure on commit ${BEFORE_COMMIT}, as recorded in the issue.`,
  '',
  '| # | measure | peer | ratio of | now | goal | met | before |',
  '|---:|---|---|---|---:|---:|:---:|---:|',
  ...goals.map(
    (goal) =>
      `| ${goal.row} | ${goal.measure} | ${goal.peer} | ${goal.kind} | ${nowText(goal)} | ${goalText(goal)} | ${met(goal) ? 'yes' : '**no**'} | ${goal.before} |`,
  ),
  '',
  ...benches.flatMap((bench) => bench.notes ?? []).flatMap((note) => [note, '']),
  ...benches.map((bench) => `## ${bench.title}\n\n${bench.detail}\n`),
].join('\n');
if (only.length === 0) writeFileSync(join(here, '..', 'docs', 'performance.md'), page);
console.log(page);
