// The house rules that `npm run lint` enforces (biome.jsonc), each shown failing on code that breaks it: a rule that
// the configuration lost would let such code into the repository unnoticed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
// A scratch project with the repository's own configuration, so that nothing is written into the repository.
const scratch = mkdtempSync(join(tmpdir(), 'mirps-lint-'));
copyFileSync(join(root, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `biome check` (what `npm run lint` runs) on `code` as the file at `path`; with `write`, returns the fixed file. */
function check(code: string, path = 'packages/core/src/example.ts', write = false) {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  const args = ['check', '--vcs-enabled=false', '--colors=off', ...(write ? ['--write'] : []), path];
  const result = spawnSync(biome, args, { cwd: scratch, encoding: 'utf8' });
  return { passes: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const clean = "import { z } from 'zod';\n\nexport const name = z.string();\n";

describe('npm run lint', () => {
  it('passes code that keeps the house rules', () => {
    expect(check(clean)).toMatchObject({ passes: true });
  });

  it('refuses a nested ternary', () => {
    const code = "export const size = (n: number): string => (n > 9 ? 'large' : n > 0 ? 'small' : 'none');\n";
    const result = check(code);
    expect(result.passes).toBe(false);
    expect(result.output).toContain('lint/style/noNestedTernary');
  });

  it('refuses a non-null assertion in library code, and lets tests read what they just proved present', () => {
    const code = 'export const first = (list: string[]): string => list[0]!;\n';
    const result = check(code);
    expect(result.passes).toBe(false);
    expect(result.output).toContain('lint/style/noNonNullAssertion');
    expect(check(code, 'packages/core/test/example.test.ts')).toMatchObject({ passes: true });
  });

  it('refuses a line longer than 120 characters', () => {
    const code = `export const text = [${Array.from({ length: 18 }, (_, i) => `'w${i}'`).join(', ')}];\n`;
    expect(code.length).toBeGreaterThan(120);
    expect(check(code).passes).toBe(false);
  });

  it('refuses two imports of one module, and merges them when fixing', () => {
    const code = "import { a } from './a.js';\nimport { b } from './a.js';\n\nexport const c = [a, b];\n";
    expect(check(code).passes).toBe(false);
    check(code, undefined, true);
    expect(readFileSync(join(scratch, 'packages/core/src/example.ts'), 'utf8')).toContain(
      "import { a, b } from './a.js';",
    );
  });
});
