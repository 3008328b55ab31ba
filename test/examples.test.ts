import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every example runs against the built packages, as a user's project would.
const root = resolve(import.meta.dirname, '..');
const examples = join(root, 'examples');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, env, encoding: 'utf8' });

const expectedNodeOutput = [
  'Next Pro-Tempore Presidency: 2027, GT',
  'Virtual Plenary Meetings: 2023-01-24, 2023-04-20, 2023-07-20, 2023-10-19',
  '- objectives[0].priority: Unknown priority "priority-9"; known: priority-1, priority-2 (ref.unknown-priority)',
  '# Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama',
  '',
].join('\n');

describe('examples', () => {
  it('node-esm', () => {
    const result = run(process.execPath, ['index.mjs'], join(examples, 'node-esm'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expectedNodeOutput);
  });

  it('node-cjs', () => {
    const result = run(process.execPath, ['index.cjs'], join(examples, 'node-cjs'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expectedNodeOutput);
  });

  it('typescript: compiles under node16 resolution and runs', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const folder = join(examples, 'typescript');
    rmSync(join(folder, 'dist-node16'), { recursive: true, force: true });
    const compiled = run(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], folder);
    expect(compiled.status, compiled.stdout).toBe(0);
    const result = run(process.execPath, ['dist-node16/index.js'], folder);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('shape.invalid-type at year\n2027 GT; 8 dated occurrences in 2023\n');
    rmSync(join(folder, 'dist-node16'), { recursive: true, force: true });
  });

  it('typescript: compiles under bundler resolution', () => {
    const result = run(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.bundler.json'],
      join(examples, 'typescript'),
    );
    expect(result.status, result.stdout).toBe(0);
  });
});
