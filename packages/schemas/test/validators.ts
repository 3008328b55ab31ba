import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonSchemaDocument } from '@mirps/schemas';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DEBIAN_PYTHON } from '../../../test/prerequisites.js';

/** An Ajv for draft 2020-12 in strict mode, with no way to fetch anything, that records every warning. */
export function strictAjv2020(warnings: string[] = []): Ajv2020 {
  const logger = {
    log: (m: unknown) => warnings.push(String(m)),
    warn: (m: unknown) => warnings.push(String(m)),
    error: (m: unknown) => warnings.push(String(m)),
  };
  return new Ajv2020({ strict: true, allErrors: true, logger });
}

/** The same for draft-07. */
export function strictAjv07(warnings: string[] = []): Ajv {
  const logger = {
    log: (m: unknown) => warnings.push(String(m)),
    warn: (m: unknown) => warnings.push(String(m)),
    error: (m: unknown) => warnings.push(String(m)),
  };
  return new Ajv({ strict: true, allErrors: true, logger });
}

const PYTHON_VALIDATOR = `
import json, sys
from jsonschema import Draft202012Validator, Draft7Validator
payload = json.load(open(sys.argv[1], encoding="utf-8"))
validators = {}
for name, schema in payload["schemas"].items():
    cls = Draft7Validator if "draft-07" in schema["$schema"] else Draft202012Validator
    cls.check_schema(schema)
    validators[name] = cls(schema)
print(json.dumps([validators[case["schema"]].is_valid(case["document"]) for case in payload["cases"]]))
`;

/** Python jsonschema's verdict on each case, in one process. */
export function pythonVerdicts(
  schemas: Record<string, JsonSchemaDocument>,
  cases: ReadonlyArray<{ schema: string; document: unknown }>,
): boolean[] {
  const folder = mkdtempSync(join(tmpdir(), 'mirps-python-'));
  try {
    const input = join(folder, 'cases.json');
    writeFileSync(input, JSON.stringify({ schemas, cases }));
    const result = spawnSync(DEBIAN_PYTHON, ['-c', PYTHON_VALIDATOR, input], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`python jsonschema failed:\n${result.stderr}`);
    return JSON.parse(result.stdout) as boolean[];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
