import { actionPlan2023 } from '@mirps/core/data';
import * as exported from '@mirps/schemas';
import { DOCUMENT_NAMES, DOCUMENT_RULES, draft07Schemas, SCHEMA_FILES, SCHEMA_NAMES, schemas } from '@mirps/schemas';
import { describe, expect, it } from 'vitest';
import { strictAjv07, strictAjv2020 } from './validators.js';

/** Every object and array reachable from a value that is not frozen, by its path. */
function unfrozen(value: unknown, path: string, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found;
  if (!Object.isFrozen(value)) found.push(path);
  for (const [key, child] of Object.entries(value)) unfrozen(child, `${path}.${key}`, found);
  return found;
}

describe('the exported schemas are shared, so frozen', () => {
  it('freezes every exported object and array, all the way down', () => {
    const objects = Object.entries(exported).filter(([, value]) => typeof value === 'object' && value !== null);
    expect(objects.map(([name]) => name).sort()).toEqual([
      'DOCUMENT_NAMES',
      'DOCUMENT_RULES',
      'SCHEMA_FILES',
      'SCHEMA_NAMES',
      'draft07Schemas',
      'schemas',
    ]);
    for (const [name, value] of objects) expect(unfrozen(value, name), name).toEqual([]);
  });

  it('refuses a write, so no importer changes the schemas of another', () => {
    const before = JSON.stringify(schemas.ActionPlan);
    expect(() => {
      (schemas.ActionPlan as unknown as { properties: unknown }).properties = {};
    }).toThrow(TypeError);
    expect(() => {
      (schemas.ActionPlan.properties as Record<string, { minItems?: number }>).priorities!.minItems = 0;
    }).toThrow(TypeError);
    expect(() => (SCHEMA_NAMES as unknown as string[]).push('Extra')).toThrow(TypeError);
    expect(() => (DOCUMENT_NAMES as unknown as string[]).pop()).toThrow(TypeError);
    expect(() => {
      (SCHEMA_FILES as Record<string, string>).ActionPlan = 'other.json';
    }).toThrow(TypeError);
    expect(() => {
      (draft07Schemas as Record<string, unknown>).ActionPlan = {};
    }).toThrow(TypeError);
    expect(() => (DOCUMENT_RULES.ActionPlan as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(JSON.stringify(schemas.ActionPlan)).toBe(before);
    expect(SCHEMA_FILES.ActionPlan).toBe('action-plan.schema.json');
  });

  it('is compiled by Ajv in strict mode as it is, frozen, in both dialects, with no warning', () => {
    const warnings: string[] = [];
    for (const name of SCHEMA_NAMES) {
      expect(() => strictAjv2020(warnings).compile(schemas[name]), name).not.toThrow();
      expect(() => strictAjv07(warnings).compile(draft07Schemas[name]), name).not.toThrow();
    }
    expect(warnings).toEqual([]);
    const plan = JSON.parse(JSON.stringify(actionPlan2023));
    expect(strictAjv2020().compile(schemas.ActionPlan)(plan)).toBe(true);
    expect(strictAjv07().compile(draft07Schemas.ActionPlan)(plan)).toBe(true);
    expect(unfrozen(schemas, 'schemas')).toEqual([]);
  });
});
