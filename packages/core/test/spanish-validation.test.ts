import { describe, expect, it } from 'vitest';
import { safeParseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { englishValidationFragments, VALIDATION_MESSAGES } from '../src/i18n/validation-messages.js';

const fragments = englishValidationFragments();
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(actionPlan2023)) as Record<string, unknown>;

describe('validation messages in Spanish', () => {
  it('gives shape issues in Spanish: zod\'s locale and the SDK\'s own words, with the same codes and paths', () => {
    const bad = copy();
    bad.year = 'dos mil';
    bad.extra = 1;
    (bad.actions as Array<Record<string, unknown>>)[0]!.number = '1-2';
    const en = safeParseActionPlan(bad);
    const es = safeParseActionPlan(bad, { language: 'es' });
    expect(en.success || es.success).toBe(false);
    if (en.success || es.success) return;
    expect(es.error.issues.map(({ code, path }) => ({ code, path }))).toEqual(en.error.issues.map(({ code, path }) => ({ code, path })));
    const messages = es.error.issues.map((issue) => issue.message);
    expect(messages).toContain('Campo desconocido "extra": revise cómo está escrito (los campos desconocidos se rechazan, no se ignoran)');
    expect(messages).toContain('Una acción se numera "P.N.A", p. ej., "1.2.3"');
    for (const message of messages) expect(fragments.filter((fragment) => message.includes(fragment)), message).toEqual([]);
  });

  it('has a Spanish twin for every message the schemas set themselves', () => {
    const english = Object.keys(VALIDATION_MESSAGES.en.schemaMessages);
    expect(Object.keys(VALIDATION_MESSAGES.es.schemaMessages)).toEqual(english);
    for (const message of english) expect(VALIDATION_MESSAGES.es.schemaMessages[message]).not.toBe(message);
  });

  it('refuses a language it does not write in', () => {
    const result = safeParseActionPlan(copy(), { language: 'fr' } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.code).toBe('shape.invalid-value');
  });
});
