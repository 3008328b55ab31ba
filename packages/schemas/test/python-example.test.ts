import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionPlan2023 } from '@mirps/core/data';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON, PREREQUISITES, runsWith } from '../../../test/prerequisites.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const script = join(repo, 'examples/python-validate/validate.py');
const schema = join(repo, 'packages/schemas/json/action-plan.schema.json');
const folder = mkdtempSync(join(tmpdir(), 'mirps-python-example-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (document: unknown): { status: number | null; stdout: string } => {
  const file = join(folder, 'document.json');
  writeFileSync(file, JSON.stringify(document));
  const result = spawnSync(DEBIAN_PYTHON, [script, schema, file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
};

// Skipped only on a developer machine without Debian's python3-jsonschema, as the run says; CI installs it.
describe.skipIf(!runsWith(PREREQUISITES.pythonJsonschema))('examples/python-validate', () => {
  it('says the embedded 2023 plan is valid', () => {
    expect(run(actionPlan2023)).toEqual({ status: 0, stdout: 'valid\n' });
  });

  it('names the paths of the problems in a broken plan and exits 1', () => {
    const broken = structuredClone(actionPlan2023) as unknown as {
      year: unknown;
      actions: Array<Record<string, unknown>>;
    };
    broken.year = '2023';
    broken.actions[0]!.workinGroup = 'wg-asylum-systems';
    const { status, stdout } = run(broken);
    expect(status).toBe(1);
    expect(stdout).toContain("actions[0]: Additional properties are not allowed ('workinGroup' was unexpected)");
    expect(stdout).toContain("year: '2023' is not of type 'integer'");
  });
});
