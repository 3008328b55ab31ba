import type { MirpsContext } from '../context/mirps-context.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { ActionPlan } from '../model/action-plan.js';
import type { NationalActionPlan } from '../model/national-action-plan.js';
import { type RegionalSupport, regionalSupportSchema } from '../model/regional-support.js';
import { type RegionalSupportRulesContext, regionalSupportRules } from '../rules/regional-support-rules.js';
import { actionPlanKind } from './action-plan.js';
import { resolveContext } from './context.js';
import { nationalActionPlanKind } from './national-action-plan.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, validateDocument } from './validate-document.js';

/**
 * The plans the links of a {@link RegionalSupport} document name: the national
 * action plans whose commitments pledges and Fund projects carry out, and the
 * Regional Action Plan whose actions pledges carry out.
 */
export interface SupportLinks {
  /** The national action plans; their commitments are the ones a pledge or a Fund project may name. */
  readonly nationalPlans: readonly NationalActionPlan[];
  /** The Regional Action Plan; its actions are the ones a pledge may name. Without it, a pledge names no action. */
  readonly regionalPlan?: ActionPlan;
}

const supportKind: DocumentKind<RegionalSupport, RegionalSupportRulesContext> = {
  name: 'RegionalSupport',
  schema: regionalSupportSchema,
  rules: regionalSupportRules,
};

/** A refusal of the plans given as links, with the issues of one of them under its place in `links`. */
function refusedLinks(
  at: ReadonlyArray<string | number>,
  error: MirpsValidationError,
  language: Language,
): MirpsParseResult<never> {
  const issues = error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
  return { success: false, error: new MirpsValidationError('SupportLinks', issues, language) };
}

/**
 * The support of other countries checked against the plans its links name and
 * a complete context; the context and every plan are validated first (a plan's
 * issues come under its place in `links`, e.g. `nationalPlans[2].commitments[0].focusArea`).
 */
export function safeParseRegionalSupport(
  input: unknown,
  links: SupportLinks,
  context: MirpsContext,
  language: Language = 'en',
): MirpsParseResult<RegionalSupport> {
  const resolved = resolveContext(context, language);
  if (!resolved.success) return resolved;
  const says = VALIDATION_MESSAGES[language];
  const given: unknown = typeof links === 'object' && links !== null ? links.nationalPlans : links;
  if (!Array.isArray(given)) {
    const issue = {
      code: 'shape.invalid-type' as const,
      path: typeof links === 'object' && links !== null ? ['links', 'nationalPlans'] : ['links'],
      message: says.invalidType(
        typeof links === 'object' && links !== null ? 'array' : 'object',
        describeValue(given, language),
      ),
    };
    return { success: false, error: new MirpsValidationError('SupportLinks', [issue], language) };
  }
  const nationalPlans: NationalActionPlan[] = [];
  for (const [k, plan] of given.entries()) {
    const checked = validateDocument(nationalActionPlanKind, plan, resolved.data, language);
    if (!checked.success) return refusedLinks(['links', 'nationalPlans', k], checked.error, language);
    nationalPlans.push(checked.data);
  }
  let regionalPlan: ActionPlan | undefined;
  if (links.regionalPlan !== undefined) {
    const checked = validateDocument(actionPlanKind, links.regionalPlan, resolved.data, language);
    if (!checked.success) return refusedLinks(['links', 'regionalPlan'], checked.error, language);
    regionalPlan = checked.data;
  }
  const against = regionalPlan === undefined ? { nationalPlans } : { nationalPlans, regionalPlan };
  return validateDocument(supportKind, input, { ...resolved.data, ...against }, language);
}
