import type { MirpsContext } from '../context/mirps-context.js';
import type { Language } from '../i18n/language.js';
import type { ActionPlan } from '../model/action-plan.js';
import { type PlanProgress, planProgressSchema } from '../model/progress.js';
import { type ProgressRulesContext, progressRules, planTerm as termOf } from '../rules/progress-rules.js';
import { actionPlanKind } from './action-plan.js';
import { resolveContext } from './context.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, unwrap, validateDocument } from './validate-document.js';

const planProgressKind: DocumentKind<PlanProgress, ProgressRulesContext> = {
  name: 'PlanProgress',
  schema: planProgressSchema,
  rules: progressRules,
  vouchedAgainst: ({ plan, reference, ledger }) => [plan, reference, ledger],
};

/** Progress checked against its plan and a complete context; the context and the plan are validated first. */
export function safeParsePlanProgress(
  input: unknown,
  plan: ActionPlan,
  context: MirpsContext,
  language: Language = 'en',
): MirpsParseResult<PlanProgress> {
  const resolved = resolveContext(context, language);
  if (!resolved.success) return resolved;
  const checkedPlan = validateDocument(actionPlanKind, plan, resolved.data, language);
  if (!checkedPlan.success) return checkedPlan;
  return validateDocument(planProgressKind, input, { ...resolved.data, plan: checkedPlan.data }, language);
}

/** The days a plan's term covers, against a complete context; the plan and the context are validated, their issues in `language`. */
export function planTerm(
  plan: ActionPlan,
  context: MirpsContext,
  language: Language = 'en',
): { from: string; to: string } {
  const resolved = unwrap(resolveContext(context, language));
  return termOf(unwrap(validateDocument(actionPlanKind, plan, resolved, language)), resolved.ledger);
}
