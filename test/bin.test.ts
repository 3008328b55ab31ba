import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The `mirps` bin is a committed file (npm links it at install, before any build), which loads the built CLI:
// what `npx @mirps/cli …` runs in a fresh clone after `npm ci && npm run build`.
const root = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;

describe('the mirps bin', () => {
  it('is the committed launcher, and runs the built command line', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(manifest.bin).toEqual({ mirps: './bin/mirps.js' });
    expect(manifest.files).toContain('bin');
    const run = spawnSync(process.execPath, [join(root, 'packages/cli', manifest.bin['mirps']!), 'presidency', 'next', '--json'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ label: '2027', holder: 'GT', projected: true });
  });
});
