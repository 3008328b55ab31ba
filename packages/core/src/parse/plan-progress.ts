import type { MirpsContext } from '../context/mirps-context.js';
import type { ActionPlan } from '../model/action-plan.js';
import { planProgressSchema, type PlanProgress } from '../model/progress.js';
import { planTerm as termOf, progressRules, type ProgressRulesContext } from '../rules/progress-rules.js';
import { actionPlanKind } from './action-plan.js';
import { resolveContext } from './context.js';
import type { MirpsParseResult } from './parse-result.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

const planProgressKind: DocumentKind<PlanProgress, ProgressRulesContext> = {
  name: 'PlanProgress',
  schema: planProgressSchema,
  rules: progressRules,
};

/** Progress checked against its plan and a complete context; the context and the plan are validated first. */
export function safeParsePlanProgress(input: unknown, plan: ActionPlan, context: MirpsContext): MirpsParseResult<PlanProgress> {
  const resolved = resolveContext(context);
  if (!resolved.success) return resolved;
  const checkedPlan = validateDocument(actionPlanKind, plan, resolved.data);
  if (!checkedPlan.success) return checkedPlan;
  return validateDocument(planProgressKind, input, { ...resolved.data, plan: checkedPlan.data });
}

/** The days a plan's term covers, against a complete context; the plan and the context are validated. */
export function planTerm(plan: ActionPlan, context: MirpsContext): { from: string; to: string } {
  const resolved = unwrap(resolveContext(context));
  return termOf(unwrap(validateDocument(actionPlanKind, plan, resolved)), resolved.ledger);
}
