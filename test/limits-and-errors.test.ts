import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as calendar from '@mirps/calendar';
import * as cli from '@mirps/cli';
import * as core from '@mirps/core';
import * as report from '@mirps/report';
import { describe, expect, it } from 'vitest';

// docs/limits-and-errors.md is the one list of every limit and every issue code: it must stay complete.
const page = readFileSync(join(resolve(import.meta.dirname, '..'), 'docs', 'limits-and-errors.md'), 'utf8');
// A limit as the page shows it: a whole number of MiB as such, any other number with thousands separators.
const numberShown = (value: number): string =>
  value >= 1_048_576 && value % 1_048_576 === 0 ? `${value / 1_048_576} MiB` : value.toLocaleString('en');

describe('the "Limits and errors" page', () => {
  it('explains every issue code, once, in a table row', () => {
    for (const code of core.MIRPS_ISSUE_CODES)
      expect(page.match(new RegExp(`^\\| \`${code.replace('.', '\\.')}\` \\|`, 'gm')), code).toHaveLength(1);
    const documented = [...page.matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(documented.filter((code) => !(core.MIRPS_ISSUE_CODES as readonly string[]).includes(code!))).toEqual([]);
  });

  it('lists every exported limit with its default', () => {
    const limits = Object.entries({ ...core, ...calendar, ...report, ...cli }).filter(([name]) =>
      /^(DEFAULT_MAX_|MAX_)/.test(name),
    );
    expect(limits.length).toBeGreaterThanOrEqual(14);
    for (const [name, value] of limits) {
      const shown = typeof value === 'number' ? numberShown(value) : `\`'${String(value)}'\``;
      expect(page, name).toContain(`\`${name}\` = ${shown}`);
    }
  });
});
