#!/usr/bin/env node
// Lints every workspace package as it would be published: publint (strict) and attw. Quiet when they pass.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Workspaces may be plain paths or `dir/*` globs; expand the glob form only.
const packageDirs = workspaces.flatMap((entry) => {
  if (!entry.endsWith('/*')) return [join(root, entry)];
  const parent = join(root, entry.slice(0, -2));
  return readdirSync(parent, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(parent, d.name, 'package.json')))
    .map((d) => join(parent, d.name));
});

// node16 profile: the packages have subpath exports, which node10 resolution cannot see.
const checks = (dir) => [
  ['publint', [bin('publint'), 'run', dir, '--strict']],
  ['attw', [bin('attw'), '--pack', dir, '--profile', 'node16', '--no-emoji']],
];

const failures = [];
for (const dir of packageDirs) {
  for (const [name, [command, ...args]] of checks(dir)) {
    const label = `${name} ${dir.slice(root.length + 1)}`;
    // Offline: both tools pack the local folder; nothing needs the registry. Their reports only when they fail.
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, npm_config_offline: 'true' },
    });
    if (result.status !== 0) {
      console.log(`\n=== ${label}\n${result.stdout}${result.stderr}${result.error ?? ''}`);
      failures.push(label);
    }
  }
}

if (packageDirs.length === 0) failures.push('no workspace packages found in package.json "workspaces"');
if (failures.length > 0) {
  console.error(`\nlint:packages failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`lint:packages: ${packageDirs.length} package(s) clean`);
