import { readdirSync, readFileSync } from 'node:fs';
import { type Schema, type SchemaDraft, Validator } from '@cfworker/json-schema';
import { actionPlan2023 } from '@mirps/core/data';
import { DOCUMENT_NAMES, SCHEMA_NAMES } from '@mirps/schemas';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREREQUISITES, runsWith } from '../../../test/prerequisites.js';
import { pythonVerdicts } from './validators.js';

// The shipped schema files, as a user's validator gets them: each must compile with the validator's defaults, in Ajv
// (strict mode on, as by default; ajv-formats added, as every Ajv user does), Python's jsonschema and
// @cfworker/json-schema, and tell the embedded 2023 plan from a broken one.

const folder = new URL('../json/', import.meta.url);
const read = (path: string): Schema => JSON.parse(readFileSync(new URL(path, folder), 'utf8')) as Schema;
const shipped = (dialect: '' | 'draft-07/'): Record<string, Schema> =>
  Object.fromEntries(
    readdirSync(new URL(dialect || '.', folder))
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => [`${dialect}${file}`, read(`${dialect}${file}`)]),
  );
const dialects = { '2020-12': shipped(''), '7': shipped('draft-07/') } satisfies Partial<Record<SchemaDraft, unknown>>;
const actionPlanFile = { '2020-12': 'action-plan.schema.json', '7': 'draft-07/action-plan.schema.json' } as const;
const rulesFile = { '2020-12': 'rules.schema.json', '7': 'draft-07/rules.schema.json' } as const;

const plan = JSON.parse(JSON.stringify(actionPlan2023)) as Record<string, unknown>;
const broken = { ...plan, year: '2023' };
const rules = read('rules.json');

/** Every warning a validator writes to the console while compiling with its defaults. */
const logged = (): string[] =>
  (['log', 'warn', 'error'] as const).flatMap((method) => vi.mocked(console[method]).mock.calls.map(String));
afterEach(() => {
  vi.restoreAllMocks();
});
const silence = (): void => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
};

// ajv-formats is CommonJS whose types say `export default`: Node's default import is the plugin itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
const ajvWithDefaults = { '2020-12': () => addFormats(new Ajv2020()), '7': () => addFormats(new Ajv()) };

describe('every shipped schema compiles as it is, with no configuration', () => {
  it('ships every schema in both dialects, and the rules', () => {
    expect(Object.keys(dialects['2020-12'])).toHaveLength(SCHEMA_NAMES.length + 1);
    expect(Object.keys(dialects['7'])).toHaveLength(SCHEMA_NAMES.length + 1);
    expect(Object.keys(rules)).toEqual([...DOCUMENT_NAMES]);
  });

  for (const draft of ['2020-12', '7'] as const) {
    it(`in Ajv's defaults with ajv-formats (${draft === '7' ? 'new Ajv()' : 'new Ajv2020()'}), with no warning`, () => {
      silence();
      for (const [file, schema] of Object.entries(dialects[draft])) {
        expect(() => ajvWithDefaults[draft]().compile(schema), file).not.toThrow();
      }
      const validate = ajvWithDefaults[draft]().compile(dialects[draft][actionPlanFile[draft]]!);
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.map((error) => error.instancePath)).toEqual(['/year']);
      expect(ajvWithDefaults[draft]().validate(dialects[draft][rulesFile[draft]]!, rules)).toBe(true);
      expect(logged()).toEqual([]);
    });

    it(`in @cfworker/json-schema (draft ${draft})`, () => {
      for (const [file, schema] of Object.entries(dialects[draft])) {
        expect(() => new Validator(schema, draft), file).not.toThrow();
      }
      const validator = new Validator(dialects[draft][actionPlanFile[draft]]!, draft, false);
      expect(validator.validate(plan).errors).toEqual([]);
      const { valid, errors } = validator.validate(broken);
      expect(valid).toBe(false);
      expect(errors.map((error) => error.instanceLocation)).toContain('#/year');
      expect(new Validator(dialects[draft][rulesFile[draft]]!, draft).validate(rules).valid).toBe(true);
    });
  }

  // Skipped only on a developer machine without Debian's python3-jsonschema, as the run says; CI installs it.
  it.skipIf(!runsWith(PREREQUISITES.pythonJsonschema))('in Python jsonschema (check_schema, then validate)', () => {
    const all = { ...dialects['2020-12'], ...dialects['7'] } as Parameters<typeof pythonVerdicts>[0];
    const cases = Object.values(actionPlanFile).flatMap((schema) => [
      { schema, document: plan },
      { schema, document: broken },
    ]);
    const rulesCases = Object.values(rulesFile).map((schema) => ({ schema, document: rules }));
    expect(pythonVerdicts(all, [...cases, ...rulesCases])).toEqual([true, false, true, false, true, true]);
  });
});
