import {
  deepFreeze,
  formatIssues,
  safeParseActionPlan,
  safeParseCalendarActivities,
  safeParsePresidencyLedger,
  safeParseReferenceData,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { ledgerCopy, planCopy, referenceCopy } from './helpers.js';

// Documents far larger than any real one must give a result, never "Maximum call stack size exceeded": no list of
// unknown length is spread into the arguments of a call. The documents are built cheaply, by repeating one entry.
// The timeouts only guard against a hang; speed is not what these tests check.

const LARGE = 130_000;
const DUPLICATES = 30_000;
const HANG_GUARD = { timeout: 60_000 };

describe('large documents give a result, not a stack overflow', () => {
  it(`${DUPLICATES} copies of one ledger term: every duplicate id is reported`, HANG_GUARD, () => {
    const ledger = ledgerCopy();
    ledger.terms = Array.from({ length: DUPLICATES }, () => ledger.terms[0]!);
    const result = safeParsePresidencyLedger(ledger);
    expect(result.success).toBe(false);
    if (!result.success) {
      // Each copy repeats the term's id and the ids of its achievements.
      const duplicates = result.error.issues.filter((issue) => issue.code === 'ref.duplicate-id');
      expect(duplicates).toHaveLength((DUPLICATES - 1) * (1 + ledger.terms[0]!.achievements.length));
      expect(duplicates.filter((issue) => issue.path.length === 3).at(-1)).toMatchObject({
        path: ['terms', DUPLICATES - 1, 'id'],
      });
      expect(formatIssues(result.error.issues).split('\n')).toHaveLength(result.error.issues.length);
    }
  });

  it(`a plan with ${LARGE} valid actions is valid`, HANG_GUARD, () => {
    const plan = planCopy();
    const action = plan.actions[0]!;
    plan.actions = Array.from({ length: LARGE }, (_, i) => ({
      ...action,
      id: `action-many-${i}`,
      number: `1.1.${i + 1}`,
    }));
    const result = safeParseActionPlan(plan);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.actions).toHaveLength(LARGE);
  });

  it(`a plan with ${LARGE} copies of one action reports each repeated id and number`, HANG_GUARD, () => {
    const plan = planCopy();
    plan.actions = Array.from({ length: LARGE }, () => plan.actions[0]!);
    const result = safeParseActionPlan(plan);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.filter((issue) => issue.code === 'ref.duplicate-id')).toHaveLength(LARGE - 1);
      expect(result.error.issues.filter((issue) => issue.code === 'numbering.duplicate')).toHaveLength(LARGE - 1);
    }
  });

  it(`${LARGE} partners with one id in the reference data`, HANG_GUARD, () => {
    const reference = referenceCopy();
    reference.partners = Array.from({ length: LARGE }, () => reference.partners[0]!);
    const result = safeParseReferenceData(reference);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.filter((issue) => issue.code === 'ref.duplicate-id')).toHaveLength(LARGE - 1);
  });

  it(`a ${LARGE}-entry array of values that are not activities: one issue each`, HANG_GUARD, () => {
    const result = safeParseCalendarActivities(Array.from({ length: LARGE }, () => 5));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(LARGE);
      expect(result.error.issues.at(-1)).toMatchObject({ code: 'shape.invalid-type', path: [LARGE - 1] });
    }
  });

  it(`${LARGE} unknown keys: one issue each`, HANG_GUARD, () => {
    const plan = planCopy() as unknown as Record<string, unknown>;
    for (let i = 0; i < LARGE; i++) plan[`extra${i}`] = i;
    const result = safeParseActionPlan(plan);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.filter((issue) => issue.code === 'shape.unknown-key')).toHaveLength(LARGE);
  });

  it(
    `one list of ${LARGE} invalid dates, more issues than zod can gather at once: its first entries are checked, and the issue says so`,
    HANG_GUARD,
    () => {
      const plan = planCopy();
      plan.calendar[0]!.schedule = { kind: 'dates', dates: Array.from({ length: LARGE }, () => '2023-13') };
      const result = safeParseActionPlan(plan);
      expect(result.success).toBe(false);
      if (!result.success) {
        const issues = result.error.issues;
        expect(issues.filter((issue) => issue.code === 'shape.invalid-date')).toHaveLength(1000);
        expect(issues.at(-1)).toMatchObject({
          code: 'shape.too-many-issues',
          path: ['calendar', 0, 'schedule', 'dates'],
        });
        expect(issues.at(-1)?.message).toContain(`${LARGE} entries`);
      }
    },
  );

  it('deepFreeze takes any breadth and any depth', HANG_GUARD, () => {
    const wide = deepFreeze(Array.from({ length: LARGE }, () => ({ id: 'x' })));
    expect(Object.isFrozen(wide[LARGE - 1])).toBe(true);
    let deep: { next?: unknown } = {};
    for (let i = 0; i < 200_000; i++) deep = { next: deep };
    expect(Object.isFrozen(deepFreeze(deep).next)).toBe(true);
  });
});
