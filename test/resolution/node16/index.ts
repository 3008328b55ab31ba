// Compiled as ESM: resolves the "import" condition, i.e. dist/*.d.ts.
import { MirpsValidationError, nextPresidency, createRotation, mirpsRotationSetup, parseActionPlan, type ActionPlan, type Presidency } from '@mirps/core';
import { actionPlan2023, memberStates } from '@mirps/core/data';

const plan: ActionPlan = parseActionPlan(actionPlan2023);
export const actionCount: number = plan.actions.length;
export const memberStateCount: number = memberStates.length;
export const issueCodes = (error: unknown): string[] =>
  error instanceof MirpsValidationError ? error.issues.map((issue) => issue.code) : [];

// The types are real, not `any`:
// @ts-expect-error plan.year is a number
export const year: string = plan.year;
// @ts-expect-error memberStates is a list, not a number
export const notAList: number = memberStates;

// The rotation engine's types.
const next: Presidency = nextPresidency();
export const nextHolder: string = next.holder;
export const cycle: number | null = createRotation(mirpsRotationSetup()).nextPresidency().cycle;
// @ts-expect-error a projection request needs a count or a label
createRotation(mirpsRotationSetup()).projectPresidencies({});
