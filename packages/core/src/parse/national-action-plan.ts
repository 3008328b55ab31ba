import type { MirpsContext } from '../context/mirps-context.js';
import type { Language } from '../i18n/language.js';
import { type NationalActionPlan, nationalActionPlanSchema } from '../model/national-action-plan.js';
import { nationalPlanRules } from '../rules/national-plan-rules.js';
import { resolveContext } from './context.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, validateDocument } from './validate-document.js';

/** A national action plan: its shape, then its rules against the reference data. */
export const nationalActionPlanKind: DocumentKind<NationalActionPlan, MirpsContext> = {
  name: 'NationalActionPlan',
  schema: nationalActionPlanSchema,
  rules: nationalPlanRules,
  vouchedAgainst: ({ reference }) => [reference],
};

/** A national action plan checked against a complete context; the context is validated first. */
export function safeParseNationalActionPlan(
  input: unknown,
  context: MirpsContext,
  language: Language = 'en',
): MirpsParseResult<NationalActionPlan> {
  const resolved = resolveContext(context, language);
  if (!resolved.success) return resolved;
  return validateDocument(nationalActionPlanKind, input, resolved.data, language);
}
