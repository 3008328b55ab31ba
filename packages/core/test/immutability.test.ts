import { readFileSync } from 'node:fs';
import * as core from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Shared data cannot be changed by anyone: the exported lists and tables are frozen, all the way down. Parsing
// never changes its input and returns a fresh copy that shares no object with it: frozen where the parser vouches
// for it (a plan, progress, calendar activities), the caller's to change otherwise.

/** Exports of the rotation, whose constants its own module owns. */
const ROTATION_EXPORTS = new Set(['DEPARTURE_KINDS', 'TERM_LENGTHS', 'MIRPS_ROTATION_FROM', 'MAX_PROJECTED_TERMS']);

/** Every object reachable from a value, itself included. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || into.has(node)) continue;
    into.add(node);
    for (const child of Object.values(node)) stack.push(child);
  }
  return into;
}

describe('exported constants are frozen, all the way down', () => {
  const constants = Object.entries(core).filter(
    ([name, value]) =>
      typeof value === 'object' && value !== null && !(value instanceof z.ZodType) && !ROTATION_EXPORTS.has(name),
  );

  it('covers the lists and tables of the core', () => {
    expect(constants.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ACTION_STATUSES',
        'CALENDAR_CATEGORIES',
        'DISAGGREGATION_DIMENSIONS',
        'DOCUMENT_RULES',
        'EMPHASIS_GROUPS',
        'INDICATOR_UNITS',
        'INSTRUMENT_KINDS',
        'MIRPS_ISSUE_CODES',
        'PARTNER_KINDS',
        'PARTNER_ROLES',
        'POPULATION_GROUPS',
        'PRESIDENCY_ASSIGNMENTS',
      ]),
    );
  });

  it.each(constants)('%s', (_, value) => {
    for (const object of objectsIn(value)) expect(Object.isFrozen(object)).toBe(true);
  });

  it('a change is refused, not ignored', () => {
    expect(() => (core.MIRPS_ISSUE_CODES as unknown as string[]).push('shape.anything')).toThrow(TypeError);
    expect(() => ((core.DOCUMENT_RULES.ActionPlan[0] as { rule: string }).rule = 'changed')).toThrow(TypeError);
    expect(() => ((core.DOCUMENT_RULES.ActionPlan[0]!.text as { es: string }).es = 'changed')).toThrow(TypeError);
    expect(() => ((core.POPULATION_GROUPS as unknown as string[])[0] = 'changed')).toThrow(TypeError);
  });
});

describe('parsing never changes its input and shares nothing with it', () => {
  const progress: unknown = JSON.parse(
    readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8'),
  );
  // The plan is parsed before each test, not while the tests are collected: what a test runs is what it covers
  // (StrykerJS counts on it).
  let plan: core.ActionPlan;
  beforeEach(() => {
    plan = core.parseActionPlan(actionPlan2023);
  });
  // A plan, its progress and calendar activities come back frozen: the parser vouches for them, so that the rest of a
  // call chain accepts them without checking them again. Reference data and a ledger come back as the caller's copy.
  const vouching: Array<[string, unknown, (input: unknown) => unknown]> = [
    ['parseActionPlan', actionPlan2023, (input) => core.parseActionPlan(input)],
    ['parseCalendarActivities', actionPlan2023.calendar, core.parseCalendarActivities],
    ['parsePlanProgress', progress, (input) => core.parsePlanProgress(input, plan)],
  ];
  const copying: Array<[string, unknown, (input: unknown) => unknown]> = [
    ['parseReferenceData', referenceData, core.parseReferenceData],
    ['parsePresidencyLedger', presidencyLedger, (input) => core.parsePresidencyLedger(input)],
  ];

  it.each([...vouching, ...copying])('%s', (_, document, parse) => {
    const input = structuredClone(document);
    const before = structuredClone(input);
    const result = parse(input);
    expect(input).toStrictEqual(before);
    expect(result).toStrictEqual(before);
    const shared = objectsIn(input);
    for (const object of objectsIn(result)) expect(shared.has(object)).toBe(false);
  });

  it.each(vouching)(
    '%s returns a document frozen all the way down, and accepts it back as it is',
    (_, document, parse) => {
      const result = parse(structuredClone(document));
      for (const object of objectsIn(result)) expect(Object.isFrozen(object)).toBe(true);
      expect(() => {
        (result as Record<string, unknown>).changed = true;
      }).toThrow(TypeError);
      expect(parse(result)).toBe(result);
    },
  );

  it.each(copying)('%s of frozen input returns a copy that can be changed', (_, document, parse) => {
    expect(Object.isFrozen(document)).toBe(true);
    const result = parse(document);
    for (const object of objectsIn(result)) expect(Object.isFrozen(object)).toBe(false);
    // The result is the caller's: it can be changed, and shares nothing with the frozen input (a change would throw).
    for (const object of objectsIn(result)) {
      if (Array.isArray(object)) object.push('changed');
      else (object as Record<string, unknown>).changed = true;
    }
  });

  it('an invalid input is left as it was too', () => {
    const input = structuredClone(actionPlan2023) as unknown as Record<string, unknown>;
    input.title = { en: 'Line\r\nbreak' };
    const before = structuredClone(input);
    expect(core.safeParseActionPlan(input).success).toBe(false);
    expect(input).toStrictEqual(before);
  });
});
