import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Each package ships three builds (tsup.package.ts): Node's ESM, one file per entry point; the bundlers' ESM, one
// file per source module; CommonJS. What each kind of user gets, on the built packages.
const root = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const PACKAGES = ['core', 'core/data', 'schemas', 'calendar', 'report', 'cli'];

/** Runs an ESM script with plain `node` from the repository's root and returns what it printed, as JSON. */
const inNode = (code: string): unknown =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '--eval', code], { cwd: root, env, encoding: 'utf8' }),
  );

describe('the builds', () => {
  it.each(['node16', 'node16-cjs', 'bundler'])(
    'TypeScript compiles a consumer under %s resolution against the built types',
    (fixture) => {
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'test/resolution', fixture)], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      expect(run.status, run.stdout).toBe(0);
    },
  );

  it('Node imports one file per entry point, and requires the CommonJS build', () => {
    const resolved = inNode(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const packages = ${JSON.stringify(PACKAGES)};
      console.log(JSON.stringify(packages.map((name) => [import.meta.resolve('@mirps/' + name), require.resolve('@mirps/' + name)].map((url) => url.replace(/^.*\\/packages\\//, '')))));
    `);
    expect(resolved).toEqual([
      ['core/dist/index.js', 'core/dist/index.cjs'],
      ['core/dist/data/index.js', 'core/dist/data/index.cjs'],
      ['schemas/dist/index.js', 'schemas/dist/index.cjs'],
      ['calendar/dist/index.js', 'calendar/dist/index.cjs'],
      ['report/dist/index.js', 'report/dist/index.cjs'],
      ['cli/dist/index.js', 'cli/dist/index.cjs'],
    ]);
  });

  it('a bundler takes one file per source module, and keeps only those an app reaches', async () => {
    const { metafile } = await build({
      stdin: { contents: "export { createRotation } from '@mirps/core';", resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      external: ['zod'],
      logLevel: 'silent',
    });
    // The modules whose code is in the bundle (esbuild reads more, then drops what nothing uses).
    const kept = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([file]) => file),
    );
    const modules = kept.filter((file) => file.includes('packages/core/'));
    expect(modules.every((file) => file.startsWith('packages/core/dist/modules/'))).toBe(true);
    expect(modules).toContain('packages/core/dist/modules/rotation/create-rotation.js');
    // Neither the plan's parser, nor the rules of documents and their messages, nor the embedded data.
    expect(
      modules.filter((file) => /\/data\/|\/rules\/[a-z-]+-rules\.js|\/parse\/action-plan|rule-messages/.test(file)),
    ).toEqual([]);
  });

  it('every copy of @mirps/core recognises the errors of every other, with is() and instanceof', () => {
    // Node's ESM, CommonJS and the bundlers' build in one process: three copies of each error class.
    const seen = inNode(`
      import { createRequire } from 'node:module';
      const copies = [
        await import('@mirps/core'),
        createRequire(import.meta.url)('@mirps/core'),
        await import('./packages/core/dist/modules/index.js'),
      ];
      const thrown = (act) => {
        try {
          act();
        } catch (error) {
          return error;
        }
      };
      const classes = ['MirpsError', 'MirpsValidationError', 'MirpsRotationError', 'MirpsCalendarError'];
      const seen = new Set();
      for (const from of copies) {
        const errors = [thrown(() => from.parseActionPlan({})), thrown(() => from.projectPresidencies({ count: 0 }))];
        for (const to of copies) {
          for (const error of errors) {
            const recognised = classes.map((name) => [to[name].is(error), error instanceof to[name]]);
            seen.add(JSON.stringify([error.name, to.MirpsError === from.MirpsError, recognised]));
          }
        }
      }
      console.log(JSON.stringify([...seen].map((line) => JSON.parse(line))));
    `);
    const validation = [
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ];
    const rotation = [
      [true, true],
      [false, false],
      [true, true],
      [false, false],
    ];
    expect(seen).toEqual([
      ['MirpsValidationError', true, validation],
      ['MirpsRotationError', true, rotation],
      ['MirpsValidationError', false, validation],
      ['MirpsRotationError', false, rotation],
    ]);
  });

  it("a class of the caller's that extends an SDK error keeps the ordinary instanceof", () => {
    const seen = inNode(`
      import { createRequire } from 'node:module';
      const esm = await import('@mirps/core');
      const cjs = createRequire(import.meta.url)('@mirps/core');
      class PlanRejected extends esm.MirpsValidationError {}
      const issues = [{ code: 'shape.missing', path: ['id'], message: 'Give the plan an id' }];
      const own = new PlanRejected('ActionPlan', issues);
      const other = new cjs.MirpsValidationError('ActionPlan', issues);
      const errors = [1, 'x', null, other].filter(esm.MirpsError.is).length;
      const seen = [own instanceof PlanRejected, other instanceof PlanRejected, cjs.MirpsValidationError.is(own), errors];
      console.log(JSON.stringify(seen));
    `);
    expect(seen).toEqual([true, false, true, 1]);
  });

  it('under Node, @mirps/calendar loads rrule only when a calendar has a recurrence rule', () => {
    const loaded = inNode(`
      import { createRequire } from 'node:module';
      const { cache } = createRequire(import.meta.url);
      const rruleLoaded = () => Object.keys(cache).some((file) => file.includes('/node_modules/rrule/'));
      const { buildCalendar } = await import('@mirps/calendar');
      const activity = { id: 'meeting', category: 'technical-meeting', title: { en: 'Meeting' } };
      const steps = [rruleLoaded()];
      buildCalendar([{ ...activity, schedule: { kind: 'dates', dates: ['2023-03-01'] } }], { from: '2023-01-01', to: '2023-12-31' });
      steps.push(rruleLoaded());
      const { occurrences } = buildCalendar([{ ...activity, schedule: { kind: 'recurrence', start: '2023-01-24', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4' } }], { from: '2023-01-01', to: '2023-12-31' });
      steps.push(rruleLoaded(), occurrences.map((o) => o.start));
      console.log(JSON.stringify(steps));
    `);
    expect(loaded).toEqual([false, false, true, ['2023-01-24', '2023-04-24', '2023-07-24', '2023-10-24']]);
  });

  it('the CommonJS build of @mirps/calendar expands a recurrence rule with rrule', () => {
    const starts = inNode(`
      import { createRequire } from 'node:module';
      const { buildCalendar } = createRequire(import.meta.url)('@mirps/calendar');
      const schedule = { kind: 'recurrence', start: '2023-01-24', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4' };
      const activity = { id: 'meeting', category: 'technical-meeting', title: { en: 'Meeting' }, schedule };
      const { occurrences } = buildCalendar([activity], { from: '2023-01-01', to: '2023-12-31' });
      console.log(JSON.stringify(occurrences.map((o) => o.start)));
    `);
    expect(starts).toEqual(['2023-01-24', '2023-04-24', '2023-07-24', '2023-10-24']);
  });
});
