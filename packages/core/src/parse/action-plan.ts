import { presidencyLedger as embeddedLedger } from '../data/presidency-terms.js';
import { actionPlanSchema, type ActionPlan } from '../model/action-plan.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { ReferenceData } from '../model/reference-data.js';
import { actionPlanRules, type ActionPlanRulesContext } from '../rules/action-plan-rules.js';
import type { MirpsParseResult } from './parse-result.js';
import { resolveReference, safeParsePresidencyLedger } from './presidency-ledger.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

/**
 * What an action plan is checked against.
 *
 * @example
 * ```ts
 * import type { ActionPlanContext } from '@mirps/core';
 * import { referenceData, presidencyLedger } from '@mirps/core/data';
 * const context: ActionPlanContext = { reference: referenceData, ledger: presidencyLedger };
 * ```
 */
export interface ActionPlanContext {
  /** Member states, working groups and instruments; the embedded MIRPS data by default. It is validated too. */
  readonly reference?: ReferenceData;
  /**
   * Recorded presidency terms. By default the embedded MIRPS ledger, or no terms
   * when `reference` is given (the embedded ledger speaks of the embedded
   * members). It is validated too.
   */
  readonly ledger?: PresidencyLedger;
}

export const actionPlanKind: DocumentKind<ActionPlan, ActionPlanRulesContext> = {
  name: 'ActionPlan',
  schema: actionPlanSchema,
  rules: actionPlanRules,
};

/**
 * Validates a Regional Action Plan and returns a result instead of throwing.
 *
 * Checks the shape (unknown keys are rejected: a misspelt field does not vanish
 * silently), then the rules: ids unique across the plan; every objective under
 * an existing priority and numbered under it (objective `1.x` under priority
 * 1); every action and result under an existing objective and numbered under
 * it; working groups and instruments exist in the reference data; the holder
 * was a member when the term began and matches the ledger; calendar ranges end
 * after they start and fall in the plan's year unless marked `outsidePlanYear`.
 * Rules run once the shape is right. When a given context document is invalid,
 * the error is about that document (`error.document`).
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger to check against; the embedded MIRPS data by default.
 * @example
 * ```ts
 * import { safeParseActionPlan, formatIssues } from '@mirps/core';
 * const result = safeParseActionPlan(JSON.parse('{"id": "plan"}'));
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * ```
 */
export function safeParseActionPlan(input: unknown, context: ActionPlanContext = {}): MirpsParseResult<ActionPlan> {
  const resolved = resolveContext(context);
  if (!resolved.success) return resolved;
  return validateDocument(actionPlanKind, input, resolved.data);
}

/** The reference data and ledger a plan (or its progress) is checked against, validated unless embedded. */
export function resolveContext(context: ActionPlanContext): MirpsParseResult<ActionPlanRulesContext> {
  const reference = resolveReference(context.reference);
  if (!reference.success) return reference;
  // The embedded ledger speaks of the embedded members; with other reference data, no ledger unless given.
  const given = context.ledger ?? (context.reference === undefined ? undefined : { terms: [] });
  const ledger: MirpsParseResult<PresidencyLedger> =
    given === undefined ? { success: true, data: embeddedLedger } : safeParsePresidencyLedger(given, { reference: reference.data });
  if (!ledger.success) return ledger;
  return { success: true, data: { reference: reference.data, ledger: ledger.data } };
}

/**
 * Validates a Regional Action Plan and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue found.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger to check against; the embedded MIRPS data by default.
 * @returns The validated plan (a fresh copy).
 * @throws {@link MirpsValidationError} when the input (or a given context document) is not valid.
 * @example
 * ```ts
 * import { parseActionPlan } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const plan = parseActionPlan(JSON.parse(JSON.stringify(actionPlan2023)));
 * plan.actions.length; // 27
 * ```
 */
export function parseActionPlan(input: unknown, context?: ActionPlanContext): ActionPlan {
  return unwrap(safeParseActionPlan(input, context));
}
