import { planProgressSchema, type PlanProgress } from '../model/progress.js';
import type { ActionPlan } from '../model/action-plan.js';
import { planTerm as termOf, progressRules, type ProgressRulesContext } from '../rules/progress-rules.js';
import { actionPlanKind, resolveContext, type ActionPlanContext } from './action-plan.js';
import type { MirpsParseResult } from './parse-result.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

const planProgressKind: DocumentKind<PlanProgress, ProgressRulesContext> = {
  name: 'PlanProgress',
  schema: planProgressSchema,
  rules: progressRules,
};

/**
 * Validates the progress of a plan and returns a result instead of throwing.
 *
 * Checks the shape, then: ids unique; the progress is about this plan; every
 * record points at an action of the plan and every indicator at one of its
 * expected results; records and measured periods fall inside the plan's term
 * (its handover, where recorded, to the end of its year); no two statuses for
 * the same action on the same day; reporters are member states or bodies of
 * the reference data; for counts and amounts, each breakdown adds up to its
 * total. The plan is validated too.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The plan the progress is about.
 * @param context - Reference data and ledger, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { safeParsePlanProgress } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const result = safeParsePlanProgress(
 *   { plan: 'regional-action-plan-2023', records: [{ id: 'p1', action: 'action-9.9.9', date: '2023-05-01', status: 'completed', reportedBy: { memberState: 'PA' } }], indicators: [] },
 *   actionPlan2023,
 * );
 * result.success; // false: there is no action 9.9.9
 * ```
 */
export function safeParsePlanProgress(input: unknown, plan: ActionPlan, context: ActionPlanContext = {}): MirpsParseResult<PlanProgress> {
  const resolved = resolveContext(context);
  if (!resolved.success) return resolved;
  const checkedPlan = validateDocument(actionPlanKind, plan, resolved.data);
  if (!checkedPlan.success) return checkedPlan;
  return validateDocument(planProgressKind, input, { ...resolved.data, plan: checkedPlan.data });
}

/**
 * Validates the progress of a plan and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The plan the progress is about.
 * @param context - Reference data and ledger, as for {@link parseActionPlan}.
 * @throws {@link MirpsValidationError} when the progress (or the plan, or a context document) is not valid.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parsePlanProgress } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const progress = parsePlanProgress(JSON.parse(readFileSync('progress.json', 'utf8')), actionPlan2023);
 * ```
 */
export function parsePlanProgress(input: unknown, plan: ActionPlan, context?: ActionPlanContext): PlanProgress {
  return unwrap(safeParsePlanProgress(input, plan, context));
}

/**
 * The days a plan's term covers, as `YYYY-MM-DD`: from its handover (where the
 * ledger records it) or the first day of its year, to the last day of its year.
 *
 * @param plan - A plan (validated).
 * @param context - Reference data and ledger; the embedded MIRPS data by default.
 * @throws {@link MirpsValidationError} when the plan (or a context document) is not valid.
 * @example
 * ```ts
 * import { planTerm } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * planTerm(actionPlan2023); // { from: '2022-12-13', to: '2023-12-31' }
 * ```
 */
export function planTerm(plan: ActionPlan, context: ActionPlanContext = {}): { from: string; to: string } {
  const resolved = resolveContext(context);
  if (!resolved.success) throw resolved.error;
  return termOf(unwrap(validateDocument(actionPlanKind, plan, resolved.data)), resolved.data.ledger);
}
