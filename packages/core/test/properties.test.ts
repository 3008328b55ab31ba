import {
  MirpsValidationError,
  parseActionPlan,
  safeParseActionPlan,
  safeParsePresidencyLedger,
  safeParseReferenceData,
} from '@mirps/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsOf, setAt, validPlan } from './arbitraries.js';
import { planCopy } from './helpers.js';

const parsers = [safeParseActionPlan, safeParseReferenceData, safeParsePresidencyLedger];

describe('properties', () => {
  it('a generated valid plan survives serialise-then-parse unchanged', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const wire = JSON.stringify(plan);
        const result = safeParseActionPlan(JSON.parse(wire));
        if (!result.success) throw new Error(result.error.message);
        expect(result.data).toStrictEqual(JSON.parse(wire));
      }),
    );
  });

  it('arbitrary JSON never makes a parser throw, and parse throws only MirpsValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        for (const safeParse of parsers) {
          const result = safeParse(input);
          expect(result.success).toBe(false);
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
        }
        expect(() => parseActionPlan(input)).toThrow(MirpsValidationError);
      }),
    );
  });

  it('a valid plan with any one value replaced by arbitrary JSON gives a result, never a crash', () => {
    const base = planCopy();
    const paths = pathsOf(base);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
        const input = setAt(structuredClone(base), path, replacement);
        const result = safeParseActionPlan(input);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
