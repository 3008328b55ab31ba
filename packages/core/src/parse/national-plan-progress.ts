import type { MirpsContext } from '../context/mirps-context.js';
import type { Language } from '../i18n/language.js';
import type { NationalActionPlan } from '../model/national-action-plan.js';
import { type NationalPlanProgress, nationalPlanProgressSchema } from '../model/national-progress.js';
import { type NationalProgressRulesContext, nationalProgressRules } from '../rules/national-progress-rules.js';
import { resolveContext } from './context.js';
import { nationalActionPlanKind } from './national-action-plan.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, validateDocument } from './validate-document.js';

const nationalPlanProgressKind: DocumentKind<NationalPlanProgress, NationalProgressRulesContext> = {
  name: 'NationalPlanProgress',
  schema: nationalPlanProgressSchema,
  rules: nationalProgressRules,
  vouchedAgainst: ({ plan, reference }) => [plan, reference],
};

/** The progress of a national action plan checked against the plan and a complete context; both are validated first. */
export function safeParseNationalPlanProgress(
  input: unknown,
  plan: NationalActionPlan,
  context: MirpsContext,
  language: Language = 'en',
): MirpsParseResult<NationalPlanProgress> {
  const resolved = resolveContext(context, language);
  if (!resolved.success) return resolved;
  const checkedPlan = validateDocument(nationalActionPlanKind, plan, resolved.data, language);
  if (!checkedPlan.success) return checkedPlan;
  return validateDocument(nationalPlanProgressKind, input, { ...resolved.data, plan: checkedPlan.data }, language);
}
