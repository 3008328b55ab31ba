import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The `mirps` bin is a committed file (npm links it at install, before any build), which loads the built CLI:
// what `npx @mirps/cli …` runs in a fresh clone after `npm ci && npm run build`.
const root = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const bin = join(root, 'packages/cli/bin/mirps.js');
const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { version: string };
const folder = mkdtempSync(join(tmpdir(), 'mirps-bin-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built `mirps` in a scratch folder, `input` on its standard input. */
const mirps = (args: readonly string[], input = '') =>
  spawnSync(process.execPath, [bin, ...args], { cwd: folder, env, input, encoding: 'utf8' });

describe('the mirps bin', () => {
  it('is the committed launcher, and runs the built command line', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.bin).toEqual({ mirps: './bin/mirps.js' });
    expect(manifest.files).toContain('bin');
    const run = spawnSync(
      process.execPath,
      [join(root, 'packages/cli', manifest.bin.mirps!), 'presidency', 'next', '--json'],
      { cwd: root, env, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ label: '2027', holder: 'GT', projected: true });
  });

  it('prints the version of the package with --version and -V, as runCli does in each build', () => {
    for (const flag of ['--version', '-V'])
      expect(mirps([flag])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    const run =
      "const lines = []; runCli(['-V'], { cwd: '.', stdout: (t) => lines.push(t), stderr: (t) => lines.push(t) }); console.log(lines.join(''));";
    const inNode = (type: string, load: string): string =>
      execFileSync(process.execPath, [`--input-type=${type}`, '--eval', `${load}; ${run}`], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
    // Node's ESM build, the CommonJS build, and the bundlers' build (one file per module, which imports package.json).
    expect([
      inNode('module', "import { runCli } from '@mirps/cli'"),
      inNode('commonjs', "const { runCli } = require('@mirps/cli')"),
      inNode('module', "import { runCli } from './packages/cli/dist/modules/index.js'"),
    ]).toEqual([`${version}\n\n`, `${version}\n\n`, `${version}\n\n`]);
  });

  it('writes the format -o names, validates several files and standard input, takes a day for --stamp', () => {
    expect(mirps(['report', 'plan', '-o', 'plan.html'])).toMatchObject({ status: 0, stderr: 'Wrote plan.html\n' });
    expect(readFileSync(join(folder, 'plan.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(mirps(['report', 'plan', '-o', 'plan.pdf']).status).toBe(2);
    const printPlan = "import { actionPlan2023 } from '@mirps/core/data'; console.log(JSON.stringify(actionPlan2023));";
    const plan = execFileSync(process.execPath, ['--input-type=module', '--eval', printPlan], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    writeFileSync(join(folder, 'plan.json'), plan);
    const validated = mirps(['validate', 'plan.json', '-', '--json'], plan);
    expect(validated.status, validated.stderr).toBe(0);
    expect(
      JSON.parse(validated.stdout).map((report: { file: string; valid: boolean }) => [report.file, report.valid]),
    ).toEqual([
      ['plan.json', true],
      ['-', true],
    ]);
    expect(mirps(['calendar', '--ics', '-', '--stamp', '2024-02-29']).stdout).toContain(
      '\r\nDTSTAMP:20240229T000000Z\r\n',
    );
  });
});
