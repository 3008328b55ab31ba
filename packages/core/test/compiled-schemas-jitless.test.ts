import { actionSchema, safeParseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Where code generation is refused (here `jitless`, as under a Content-Security-Policy without 'unsafe-eval'), the
// schemas are never compiled: they keep zod's ordinary parser, which answers the same.
z.config({ jitless: true });
afterAll(() => {
  z.config({ jitless: false });
});

describe('without code generation', () => {
  it("the schemas keep zod's ordinary parser", () => {
    const run = actionSchema._zod.run;
    let runs = 0;
    actionSchema._zod.run = (payload, context) => {
      runs++;
      return run(payload, context);
    };
    const action = structuredClone(actionPlan2023.actions[0]!);
    expect(actionSchema.parse(action)).toEqual(action);
    expect(actionSchema.safeParse({ ...action, number: '1.2' }).success).toBe(false);
    expect(runs).toBe(2);
    actionSchema._zod.run = run;
  });

  it('the parsers check documents as they do with it', () => {
    expect(safeParseActionPlan(structuredClone(actionPlan2023)).success).toBe(true);
    const result = safeParseActionPlan({ ...structuredClone(actionPlan2023), year: 'next' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['shape.invalid-type', ['year']],
    ]);
  });
});
