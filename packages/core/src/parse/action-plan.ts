import type { MirpsContext } from '../context/mirps-context.js';
import type { Language } from '../i18n/language.js';
import { type ActionPlan, actionPlanSchema } from '../model/action-plan.js';
import { actionPlanRules } from '../rules/action-plan-rules.js';
import { resolveContext } from './context.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, validateDocument } from './validate-document.js';

export const actionPlanKind: DocumentKind<ActionPlan, MirpsContext> = {
  name: 'ActionPlan',
  schema: actionPlanSchema,
  rules: actionPlanRules,
  vouchedAgainst: ({ reference, ledger }) => [reference, ledger],
};

/** A plan checked against a complete context, which is validated first (unless vouched for). */
export function safeParseActionPlan(
  input: unknown,
  context: MirpsContext,
  language: Language = 'en',
): MirpsParseResult<ActionPlan> {
  const resolved = resolveContext(context, language);
  if (!resolved.success) return resolved;
  return validateDocument(actionPlanKind, input, resolved.data, language);
}
