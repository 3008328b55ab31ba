import { actionPlanSchema, actionSchema, calendarActivitySchema, parseCalendarActivities } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The exported schemas are compiled (`z.compile`) on their first use, in place: the same objects, with their
// metadata and JSON Schema, answering as zod's ordinary parser does, issue for issue.

/** Counts the calls of zod's ordinary parser on a schema: a compiled schema answers a valid input without it. */
function countRuntimeRuns(schema: z.ZodType): { readonly count: number } {
  const counter = { count: 0 };
  const run = schema._zod.run;
  schema._zod.run = (payload, context) => {
    counter.count++;
    return run(payload, context);
  };
  return counter;
}

describe('the exported schemas are compiled on first use', () => {
  it('keep their identity, metadata and JSON Schema', () => {
    const before = JSON.stringify(z.toJSONSchema(actionPlanSchema));
    expect(actionPlanSchema.safeParse(structuredClone(actionPlan2023)).success).toBe(true);
    expect(JSON.stringify(z.toJSONSchema(actionPlanSchema))).toBe(before);
    expect(actionSchema.meta()?.title).toBe('Action');
    expect(z.globalRegistry.get(actionPlanSchema)?.title).toBe('ActionPlan');
  });

  it("answer as zod's ordinary parser does, issue for issue", () => {
    const action = structuredClone(actionPlan2023.actions[0]!);
    const ordinary = actionSchema.clone();
    const wrong = [{ ...action, number: '1.2' }, { ...action, extra: true }, { ...action, text: {} }, null, 'action'];
    for (const input of [action, ...wrong]) expect(actionSchema.safeParse(input)).toEqual(ordinary.safeParse(input));
    expect(actionSchema.parse(action)).toEqual(ordinary.parse(action));
    expect(() => actionSchema.parse(wrong[0])).toThrow(z.ZodError);
  });

  it("answer a valid input with the compiled parser, and an invalid one with zod's ordinary parser", () => {
    const runs = countRuntimeRuns(calendarActivitySchema);
    const activity = structuredClone(actionPlan2023.calendar[0]!);
    expect(calendarActivitySchema.safeParse(activity).success).toBe(true);
    expect(calendarActivitySchema.parse(activity)).toEqual(activity);
    expect(runs.count).toBe(0);
    expect(calendarActivitySchema.safeParse({ ...activity, id: 'Not An Id' }).success).toBe(false);
    expect(runs.count).toBe(1);
  });

  it('return a fresh copy that shares nothing with the input', () => {
    const action = structuredClone(actionPlan2023.actions[0]!);
    const parsed = actionSchema.parse(action);
    expect(parsed).toEqual(action);
    expect(parsed).not.toBe(action);
    expect(parsed.text).not.toBe(action.text);
    expect(parseCalendarActivities(structuredClone(actionPlan2023.calendar))).toEqual(actionPlan2023.calendar);
  });
});
