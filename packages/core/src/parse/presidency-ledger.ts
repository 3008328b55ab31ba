import { referenceData as embeddedReferenceData } from '../data/reference-data.js';
import { presidencyLedgerSchema, type PresidencyLedger } from '../model/presidency-ledger.js';
import type { ReferenceData } from '../model/reference-data.js';
import { presidencyLedgerRules } from '../rules/presidency-ledger-rules.js';
import type { MirpsParseResult } from './parse-result.js';
import { safeParseReferenceData } from './reference-data.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

/**
 * What a presidency ledger is checked against.
 *
 * @example
 * ```ts
 * import type { PresidencyLedgerContext } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * const context: PresidencyLedgerContext = { reference: referenceData };
 * ```
 */
export interface PresidencyLedgerContext {
  /** The member states and Annual Meetings to check against; the embedded MIRPS data by default. It is validated too. */
  readonly reference?: ReferenceData;
}

const presidencyLedgerKind: DocumentKind<PresidencyLedger, ReferenceData> = {
  name: 'PresidencyLedger',
  schema: presidencyLedgerSchema,
  rules: presidencyLedgerRules,
};

/** Resolves a caller's reference data: the embedded data as it is, anything else validated first. */
export function resolveReference(reference: ReferenceData | undefined): MirpsParseResult<ReferenceData> {
  return reference === undefined ? { success: true, data: embeddedReferenceData } : safeParseReferenceData(reference);
}

/**
 * Validates a presidency ledger and returns a result instead of throwing.
 *
 * Checks the shape, then: ids unique, holders are member states that were
 * members when their term began, handover meetings exist, terms oldest first,
 * no two terms with the same label, no term beginning before the one before it.
 * When `context.reference` is given and invalid, the result's error is about
 * that document (`error.document === 'ReferenceData'`).
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - What to check against; the embedded MIRPS reference data by default.
 * @example
 * ```ts
 * import { safeParsePresidencyLedger } from '@mirps/core';
 * const result = safeParsePresidencyLedger({ terms: [{ id: 'presidency-2016', label: '2016', holder: 'PA', assignment: 'rotation', handover: { date: '2016' }, achievements: [] }] });
 * result.success; // false: Panama was not yet a member in 2016
 * ```
 */
export function safeParsePresidencyLedger(input: unknown, context: PresidencyLedgerContext = {}): MirpsParseResult<PresidencyLedger> {
  const reference = resolveReference(context.reference);
  if (!reference.success) return reference;
  return validateDocument(presidencyLedgerKind, input, reference.data);
}

/**
 * Validates a presidency ledger and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - What to check against; the embedded MIRPS reference data by default.
 * @throws {@link MirpsValidationError} when the input (or the given reference data) is not valid.
 * @example
 * ```ts
 * import { parsePresidencyLedger } from '@mirps/core';
 * import { presidencyLedger } from '@mirps/core/data';
 * parsePresidencyLedger(presidencyLedger).terms.map((term) => term.holder); // ['MX', 'SV', 'GT', 'HN', 'PA']
 * ```
 */
export function parsePresidencyLedger(input: unknown, context?: PresidencyLedgerContext): PresidencyLedger {
  return unwrap(safeParsePresidencyLedger(input, context));
}
