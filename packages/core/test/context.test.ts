import {
  MirpsValidationError,
  nextPresidency,
  parseActionPlan,
  parseContext,
  parsePlanProgress,
  safeParseActionPlan,
  safeParsePlanProgress,
} from '@mirps/core';
import { actionPlan2023, embeddedContext, presidencyLedger, referenceData, withEmbeddedData } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';

// A reference with one more working group, as a team would keep its own.
function ownReference() {
  const reference = structuredClone(referenceData);
  reference.workingGroups.push({
    id: 'wg-own',
    name: { en: 'Own Working Group' },
    theme: { en: 'Own theme' },
    lead: 'BZ',
  });
  return reference;
}

describe('the context: reference data and ledger, one for every function', () => {
  it('completes a context with the embedded data only where a field is missing', () => {
    expect(withEmbeddedData()).toBe(embeddedContext);
    const reference = ownReference();
    expect(withEmbeddedData({ reference })).toMatchObject({ reference, ledger: { terms: [] } });
    expect(withEmbeddedData({ ledger: presidencyLedger }).reference).toBe(referenceData);
    expect(withEmbeddedData({ reference, from: '2024-01-01' } as never)).toMatchObject({ from: '2024-01-01' });
  });

  it('parses a context once: validated, frozen, and taken as it is when passed on', () => {
    const reference = ownReference();
    const context = parseContext({ reference, ledger: structuredClone(presidencyLedger) });
    expect(Object.isFrozen(context) && Object.isFrozen(context.reference.workingGroups[4])).toBe(true);
    expect(context.reference).not.toBe(reference);
    expect(Object.isFrozen(reference)).toBe(false);
    expect(parseContext(context)).toBe(context);
    expect(parseContext()).toBe(embeddedContext);
  });

  it("reads a plan against the caller's reference data, never the embedded data behind it", () => {
    const plan = structuredClone(actionPlan2023);
    plan.actions[0]!.workingGroup = 'wg-own';
    expect(safeParseActionPlan(plan).success).toBe(false);
    const context = parseContext({ reference: ownReference(), ledger: structuredClone(presidencyLedger) });
    expect(parseActionPlan(plan, context).actions[0]?.workingGroup).toBe('wg-own');
    expect(safeParsePlanProgress({ plan: plan.id, records: [], indicators: [] }, plan, context).success).toBe(true);
  });

  it('accepts a plan it returned as it is for the same context, and checks it again against another', () => {
    const context = parseContext({ reference: ownReference(), ledger: structuredClone(presidencyLedger) });
    const input = structuredClone(actionPlan2023);
    input.actions[0]!.workingGroup = 'wg-own';
    const plan = parseActionPlan(input, context);
    expect(parseActionPlan(plan, context)).toBe(plan);
    const progress = parsePlanProgress({ plan: plan.id, records: [], indicators: [] }, plan, context);
    expect(parsePlanProgress(progress, plan, context)).toBe(progress);
    const elsewhere = safeParseActionPlan(plan);
    expect(elsewhere.success ? [] : elsewhere.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['ref.unknown-working-group', ['actions', 0, 'workingGroup']],
    ]);
    expect(safeParsePlanProgress(progress, plan).success).toBe(false);
  });

  it('refuses an invalid context document, naming it, and a context that is not an object', () => {
    const reference = ownReference();
    reference.workingGroups.push({ id: 'wg-own', name: { en: 'Twice' }, theme: { en: 'Own theme' }, lead: 'BZ' });
    let error: unknown;
    try {
      parseContext({ reference });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MirpsValidationError);
    expect((error as MirpsValidationError).document).toBe('ReferenceData');
    const result = safeParseActionPlan(actionPlan2023, null as never);
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['shape.invalid-type', ['context']],
    ]);
  });

  it('gives the rotation the embedded ledger when only reference data is given, checked against it', () => {
    expect(nextPresidency({ reference: ownReference() })).toMatchObject({ label: '2027', holder: 'GT' });
  });
});

describe("a null context document is the caller's, never replaced by the embedded data", () => {
  it("refuses reference: null and ledger: null with the document's own issue", () => {
    const byReference = safeParseActionPlan(actionPlan2023, { reference: null as never });
    expect(byReference.success ? '' : byReference.error.document).toBe('ReferenceData');
    const byLedger = safeParseActionPlan(actionPlan2023, { ledger: null as never });
    expect(byLedger.success ? '' : byLedger.error.document).toBe('PresidencyLedger');
    expect(() => nextPresidency({ ledger: null as never })).toThrow(MirpsValidationError);
  });
});
