import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Code in the guides marked `<!-- run: … -->` runs against the built packages and must print what the guide says.
const root = resolve(import.meta.dirname, '..');
const guides = readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md'));
const blocks = guides.flatMap((file) =>
  [
    ...readFileSync(join(root, 'docs', file), 'utf8').matchAll(
      /<!-- run: [^>]*-->\s*```js\n([\s\S]*?)```\s*prints\s*```text\n([\s\S]*?)```/g,
    ),
  ].map((match, i) => ({
    name: `${file} #${i + 1}`,
    code: match[1]!,
    output: match[2]!,
  })),
);

describe("the guides' code", () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const guide of [
      'getting-started.md',
      'domain-model.md',
      'own-data.md',
      'limits-and-errors.md',
      'rotation.md',
      'data-exchange.md',
      'calendar.md',
      'reports.md',
      'cli.md',
      'guia-rapida.md',
      'national-teams.md',
    ])
      expect(
        blocks.some((b) => b.name.startsWith(guide)),
        guide,
      ).toBe(true);
  });

  it.each(blocks)('$name prints what the guide says', ({ code, output }) => {
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    expect(
      execFileSync(process.execPath, ['--input-type=module', '--eval', code], { cwd: root, env, encoding: 'utf8' }),
    ).toBe(output);
  });
});
