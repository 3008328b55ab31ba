import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_RULES as CORE_RULES, mirpsRotationSetup, partialDateSchema } from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import {
  DOCUMENT_NAMES,
  DOCUMENT_RULES,
  type DocumentName,
  draft07Schemas,
  SCHEMA_FILES,
  SCHEMA_NAMES,
  schemas,
} from '@mirps/schemas';
import { describe, expect, it } from 'vitest';
import { strictAjv07, strictAjv2020 } from './validators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromFile = (folder: string, name: (typeof SCHEMA_NAMES)[number]): object =>
  JSON.parse(readFileSync(join(root, folder, SCHEMA_FILES[name]), 'utf8'));

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

  it("ships core's rules beyond the shape as rules.json and DOCUMENT_RULES, named by each document's $comment", () => {
    const rules = JSON.parse(readFileSync(join(root, 'json/rules.json'), 'utf8'));
    expect(rules).toEqual(JSON.parse(JSON.stringify(CORE_RULES)));
    expect(DOCUMENT_RULES).toEqual(rules);
    // Each rule in English (text.en, the same as rule) and in Spanish (text.es); core's tests check the translation.
    for (const name of DOCUMENT_NAMES) {
      for (const [i, entry] of (rules[name] as Array<Record<string, unknown>>).entries()) {
        const at = `${name}[${i}]`;
        expect(Object.keys(entry), at).toEqual(['code', 'rule', 'text']);
        const { rule, text } = entry as { rule: string; text: { en: string; es: string } };
        expect(text, at).toStrictEqual({ en: rule, es: expect.stringMatching(/\S/) });
        expect(text.es, at).not.toBe(text.en);
      }
    }
    for (const name of SCHEMA_NAMES) {
      const comment = DOCUMENT_NAMES.includes(name as DocumentName)
        ? 'The rules beyond this shape (references that resolve, numbering, dates), which the parsers of @mirps/core ' +
          `check, are listed under "${name}" in @mirps/schemas/json/rules.json.`
        : undefined;
      expect(schemas[name].$comment, name).toBe(comment);
      expect(draft07Schemas[name].$comment, name).toBe(comment);
    }
  });

  it('takes every rule of rules.json in English and Spanish, in both dialects of rules.schema.json', () => {
    const rules = JSON.parse(readFileSync(join(root, 'json/rules.json'), 'utf8'));
    const changed = (change: (rule: Record<string, any>) => void): unknown => {
      const copy = structuredClone(rules);
      change(copy.ActionPlan[0]);
      return copy;
    };
    for (const [folder, ajv] of [
      ['json', strictAjv2020()],
      ['json/draft-07', strictAjv07()],
    ] as const) {
      const validate = ajv.compile(JSON.parse(readFileSync(join(root, folder, 'rules.schema.json'), 'utf8')));
      expect(validate(rules), folder).toBe(true);
      // A new field, optional as the versioning policy asks: a rules file written before it stays valid.
      expect(validate(changed((rule) => delete rule.text)), folder).toBe(true);
      expect(validate(changed((rule) => delete rule.text.es)), folder).toBe(false);
      expect(validate(changed((rule) => (rule.text.es = ''))), folder).toBe(false);
      expect(validate(changed((rule) => (rule.text.fr = 'Les identifiants sont uniques.'))), folder).toBe(false);
    }
  });

  it('validates the embedded 2023 plan, reference data, ledger, MIRPS rotation setup and the example documents', () => {
    const ajv = strictAjv2020();
    const readNational = (file: string): unknown =>
      JSON.parse(readFileSync(join(root, '../../examples/national', file), 'utf8'));
    const progress = JSON.parse(readFileSync(join(root, '../../examples/progress/progress-2023.example.json'), 'utf8'));
    const documents = {
      ActionPlan: actionPlan2023,
      ReferenceData: referenceData,
      PresidencyLedger: presidencyLedger,
      RotationSetup: mirpsRotationSetup(),
      PlanProgress: progress,
      NationalActionPlan: readNational('national-plan.example.json'),
      NationalPlanProgress: readNational('national-progress.example.json'),
      RegionalSupport: readNational('regional-support.example.json'),
    };
    for (const [name, document] of Object.entries(documents)) {
      const validate = ajv.compile(schemas[name as keyof typeof documents]);
      expect(validate(JSON.parse(JSON.stringify(document))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what zod rejects for dates, an impossible day or a thirteenth month, and accepts what it accepts', () => {
    const validate = strictAjv2020().compile(schemas.PartialDate);
    const rejected = ['2023-02-29', '2023-13', '2024-04-31', '23-01-01', '2023-00', '2023-01-32'];
    const accepted = ['2024-02-29', '2023', '2023-12', '2023-12-31'];
    for (const value of [...rejected, ...accepted]) {
      expect(partialDateSchema.safeParse(value).success, `zod on ${value}`).toBe(accepted.includes(value));
      expect(validate(value), `Ajv on ${value}`).toBe(accepted.includes(value));
    }
  });
});
