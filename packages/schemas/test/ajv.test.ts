import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES, actionPlanSchema, mirpsRotationSetup } from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { DOCUMENT_NAMES, MIRPS_RULES_KEYWORD, SCHEMA_FILES, SCHEMA_NAMES, draft07Schemas, schemas } from '@mirps/schemas';
import { strictAjv07, strictAjv2020 } from './validators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromFile = (folder: string, name: (typeof SCHEMA_NAMES)[number]): object => JSON.parse(readFileSync(join(root, folder, SCHEMA_FILES[name]), 'utf8'));

describe('Ajv in strict mode', () => {
  it('compiles every shipped 2020-12 schema with no warning and no network', () => {
    const warnings: string[] = [];
    for (const name of SCHEMA_NAMES) {
      const ajv = strictAjv2020(warnings);
      expect(() => ajv.compile(fromFile('json', name)), name).not.toThrow();
    }
    expect(warnings).toEqual([]);
  });

  it('compiles every shipped draft-07 schema with no warning', () => {
    const warnings: string[] = [];
    for (const name of SCHEMA_NAMES) {
      const ajv = strictAjv07(warnings);
      expect(() => ajv.compile(fromFile('json/draft-07', name)), name).not.toThrow();
    }
    expect(warnings).toEqual([]);
  });

  it('ships the same schemas as files and in the JS map', () => {
    for (const name of SCHEMA_NAMES) {
      expect(schemas[name]).toEqual(fromFile('json', name));
      expect(draft07Schemas[name]).toEqual(fromFile('json/draft-07', name));
    }
  });

  it('gives each schema its TypeScript name as title, a description, and a versioned URN as $id', () => {
    for (const name of SCHEMA_NAMES) {
      expect(schemas[name].title).toBe(name);
      expect(schemas[name].description.length).toBeGreaterThan(20);
      expect(schemas[name].$id).toMatch(/^urn:mirps:schemas:v2:[a-z-]+$/);
    }
    expect(schemas.ActionPlan.$id).toBe('urn:mirps:schemas:v2:action-plan');
  });

  it('lists the rules beyond the shape on each document schema', () => {
    for (const name of DOCUMENT_NAMES) expect(schemas[name][MIRPS_RULES_KEYWORD]).toEqual(DOCUMENT_RULES[name]);
  });

  it('validates the embedded 2023 plan, reference data, ledger, MIRPS rotation setup and the example progress', () => {
    const ajv = strictAjv2020();
    const progress = JSON.parse(readFileSync(join(root, '../../examples/progress/progress-2023.example.json'), 'utf8'));
    const documents = { ActionPlan: actionPlan2023, ReferenceData: referenceData, PresidencyLedger: presidencyLedger, RotationSetup: mirpsRotationSetup(), PlanProgress: progress };
    for (const [name, document] of Object.entries(documents)) {
      const validate = ajv.compile(schemas[name as keyof typeof documents]);
      expect(validate(JSON.parse(JSON.stringify(document))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what zod rejects for dates: an impossible day, a thirteenth month', () => {
    const validate = strictAjv2020().compile(schemas.PartialDate);
    for (const value of ['2023-02-29', '2023-13', '2024-04-31', '23-01-01']) {
      expect(validate(value), value).toBe(false);
      expect(actionPlanSchema.shape.year.safeParse(2023).success).toBe(true);
    }
    expect(validate('2024-02-29')).toBe(true);
  });
});
