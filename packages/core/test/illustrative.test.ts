import { readFileSync } from 'node:fs';
import { isIllustrative, parseActionPlan, parsePlanProgress, parseReferenceData, sourceSchema } from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8'));

describe('isIllustrative', () => {
  it('marks the example progress file and the own-data examples as illustrative, and they still validate', () => {
    const progress = parsePlanProgress(read('progress/progress-2023.example.json'), actionPlan2023);
    expect(isIllustrative(progress)).toBe(true);
    const reference = parseReferenceData(read('own-data/reference-2024.example.json'));
    expect(isIllustrative(reference)).toBe(true);
    const plan = parseActionPlan(read('own-data/plan-2024.example.json'), {
      reference,
      ledger: read('own-data/ledger-2024.example.json') as never,
    });
    expect(isIllustrative(plan)).toBe(true);
  });

  it('does not mark the embedded data, which comes from real sources', () => {
    expect(isIllustrative(actionPlan2023)).toBe(false);
    expect(isIllustrative(referenceData)).toBe(false);
    expect(isIllustrative(presidencyLedger)).toBe(false);
    expect(isIllustrative(read('own-data/ledger-2024.example.json'))).toBe(false);
  });

  it('finds a mark deep in a document, and only `illustrative: true` counts', () => {
    expect(
      isIllustrative({ a: [{ b: { sources: [{ document: 'x' }, { document: 'y', illustrative: true }] } }] }),
    ).toBe(true);
    expect(isIllustrative({ sources: [{ document: 'x', illustrative: 'yes' }] })).toBe(false);
    expect(isIllustrative({ illustrative: true })).toBe(false);
  });

  it('never throws: cycles, deep nesting, getters that throw and non-objects', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isIllustrative(cyclic)).toBe(false);
    let deep: unknown = { sources: [{ document: 'x', illustrative: true }] };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(isIllustrative(deep)).toBe(true);
    const hostile = Object.defineProperty({}, 'sources', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(isIllustrative(hostile)).toBe(false);
    expect(
      isIllustrative(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('no');
            },
          },
        ),
      ),
    ).toBe(false);
    for (const value of [null, undefined, 1, 'sources', Symbol('x')]) expect(isIllustrative(value)).toBe(false);
  });

  it('accepts `illustrative: true` on a source and refuses any other value', () => {
    expect(sourceSchema.safeParse({ document: 'x', illustrative: true }).success).toBe(true);
    expect(sourceSchema.safeParse({ document: 'x', illustrative: false }).success).toBe(false);
  });
});
