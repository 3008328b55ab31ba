import { isVouchedReference } from '../_lib/vouched.js';
import { referenceDataSchema, type ReferenceData } from '../model/reference-data.js';
import { referenceDataRules } from '../rules/reference-data-rules.js';
import type { MirpsParseResult } from './parse-result.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

const referenceDataKind: DocumentKind<ReferenceData, undefined> = {
  name: 'ReferenceData',
  schema: referenceDataSchema,
  rules: (data) => referenceDataRules(data),
};

/**
 * Validates reference data (member states, working groups, partners,
 * instruments, Annual Meetings, pledges) and returns a result instead of
 * throwing.
 *
 * Checks the shape (unknown keys rejected), then: ids and ISO codes unique,
 * working-group leads and meeting hosts are member states, membership periods
 * in order without overlap, suspensions inside their period, spans that end
 * after they start, and a pledge's working group and submitter exist.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue.
 * @example
 * ```ts
 * import { safeParseReferenceData } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * safeParseReferenceData(referenceData).success; // true
 * ```
 */
export function safeParseReferenceData(input: unknown): MirpsParseResult<ReferenceData> {
  return validateDocument(referenceDataKind, input, undefined);
}

/**
 * Validates reference data and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns The validated reference data (a fresh copy).
 * @throws {@link MirpsValidationError} when the input is not valid reference data.
 * @example
 * ```ts
 * import { parseReferenceData } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * const data = parseReferenceData(JSON.parse(JSON.stringify(referenceData)));
 * data.memberStates.length; // 7
 * ```
 */
export function parseReferenceData(input: unknown): ReferenceData {
  return unwrap(safeParseReferenceData(input));
}

/** Reference data, validated unless already vouched for (the embedded data, or a context checked before). */
export function checkReference(reference: ReferenceData): MirpsParseResult<ReferenceData> {
  return isVouchedReference(reference) ? { success: true, data: reference } : safeParseReferenceData(reference);
}
