import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The BUILT `mirps` loads only the command it runs, with the packages that command uses: `presidency next`
// starts without the calendar, the reports or the schemas. A resolve hook records the @mirps packages imported.
const cli = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const logs = mkdtempSync(join(tmpdir(), 'mirps-packages-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

/** Runs the built bin and returns its exit code and the @mirps packages it imported. */
function packagesLoadedBy(args: readonly string[]): { code: number | null; stderr: string; packages: string[] } {
  const log = join(logs, `${args.join('_')}.log`);
  writeFileSync(log, '');
  const run = spawnSync(
    process.execPath,
    ['--import', join(cli, 'test/record-packages.mjs'), join(cli, 'bin/mirps.js'), ...args],
    { cwd: cli, env: { ...env, MIRPS_PACKAGES_LOG: log }, encoding: 'utf8' },
  );
  return {
    code: run.status,
    stderr: run.stderr,
    packages: [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].sort(),
  };
}

describe('the built mirps loads a package only for the command that needs it', () => {
  it.each([
    { command: 'presidency next', loads: '@mirps/core', skips: ['@mirps/calendar', '@mirps/report', '@mirps/schemas'] },
    {
      command: '--lang es presidency next',
      loads: '@mirps/core',
      skips: ['@mirps/calendar', '@mirps/report', '@mirps/schemas'],
    },
    { command: '--help', loads: '@mirps/core', skips: ['@mirps/calendar', '@mirps/report', '@mirps/schemas'] },
    { command: 'schema', loads: '@mirps/schemas', skips: ['@mirps/calendar', '@mirps/report'] },
    { command: 'calendar --help', loads: '@mirps/calendar', skips: ['@mirps/report', '@mirps/schemas'] },
    { command: 'report --help', loads: '@mirps/report', skips: ['@mirps/schemas'] },
    { command: 'export --help', loads: '@mirps/report', skips: ['@mirps/schemas'] },
  ])('mirps $command loads $loads, not $skips', ({ command, loads, skips }) => {
    const { code, stderr, packages } = packagesLoadedBy(command.split(' '));
    expect(code, stderr).toBe(0);
    expect(packages).toContain(loads);
    for (const name of skips) expect(packages).not.toContain(name);
  });
});
