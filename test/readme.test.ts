import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

it('the README usage example runs against the built packages and prints what the README says', () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const match = /<!-- readme-example[^>]*-->\s*```js\n([\s\S]*?)```\s*prints\s*```text\n([\s\S]*?)```/.exec(readme);
  expect(match, 'README has a marked example followed by its output').not.toBeNull();
  const [, code, expected] = match!;
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', code!], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(output).toBe(expected);
});
