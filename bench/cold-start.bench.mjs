// Cold start: a fresh Node process importing one package, against the same importing zod alone.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { alternateSamples, median, ms, times } from './harness.mjs';

export const title = 'Cold start: importing a package in a fresh process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP = 2;
const ROUNDS = 15;

/**
 * A side that starts `node` from the repository's root to import `specifier` (nothing when undefined) and
 * returns the process's wall time; the import's own time, as the process measured it, goes to `inside`.
 */
function freshImport(specifier, inside) {
  const code =
    specifier === undefined
      ? ''
      : `const start = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - start));`;
  return () => {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    const wall = performance.now() - start;
    if (child.status !== 0) throw new Error(`cold-start bench: importing ${specifier} failed:\n${child.stderr}`);
    inside?.push(Number(child.stdout));
    return wall;
  };
}

export function run() {
  const inside = { zod: [], calendar: [], report: [] };
  const runs = alternateSamples(
    {
      zod: freshImport('zod', inside.zod),
      calendar: freshImport('@mirps/calendar', inside.calendar),
      report: freshImport('@mirps/report', inside.report),
      node: freshImport(undefined),
    },
    { warmup: WARMUP, rounds: ROUNDS },
  );
  // The import's own time, over the timed rounds only.
  const importMs = (name) => median(inside[name].slice(WARMUP));
  const goal = (name) => ({
    row: 7,
    measure: `cold import of \`@mirps/${name}\` (a fresh \`node\` process importing it)`,
    peer: 'the same importing `zod` alone',
    kind: 'time',
    ratio: runs.ratio(name, 'zod'),
    goal: { atMost: 1.5 },
    before: '2.1–2.6×',
  });
  const goals = [goal('calendar'), goal('report')];
  const detail = [
    `Each process is \`node --input-type=module -e "await import('…')"\`, started from the repository's root; the four kinds take turns, ${ROUNDS} rounds after ${WARMUP} of warm-up. The wall time includes Node's own start-up, the same for all; the import alone is timed inside the process.`,
    '',
    '| process | median wall time (ms) | × zod | the import alone (ms) | × zod |',
    '|---|---:|---:|---:|---:|',
    `| \`node\`, importing nothing | ${ms(runs.node.median)} | | | |`,
    `| importing \`zod\` | ${ms(runs.zod.median)} | 1 | ${ms(importMs('zod'))} | 1 |`,
    ...['calendar', 'report'].map(
      (name) =>
        `| importing \`@mirps/${name}\` | ${ms(runs[name].median)} | ${times(runs.ratio(name, 'zod').value)} | ${ms(importMs(name))} | ${times(importMs(name) / importMs('zod'))} |`,
    ),
  ].join('\n');
  return { goals, detail };
}
