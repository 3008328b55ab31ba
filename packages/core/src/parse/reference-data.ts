import { isVouchedReference } from '../_lib/vouched.js';
import type { Language } from '../i18n/language.js';
import { type ReferenceData, referenceDataSchema } from '../model/reference-data.js';
import { referenceDataRules } from '../rules/reference-data-rules.js';
import { type ParseOptions, withLanguageOption } from './language-option.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, unwrap, validateDocument } from './validate-document.js';

const referenceDataKind: DocumentKind<ReferenceData, undefined> = {
  name: 'ReferenceData',
  schema: referenceDataSchema,
  rules: (data, _context, language) => referenceDataRules(data, language),
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
 * @param options - `language`: the language of the issues' messages, `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue.
 * @example
 * ```ts
 * import { safeParseReferenceData } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * safeParseReferenceData(referenceData).success; // true
 * const broken = { ...referenceData, workingGroups: [{ ...referenceData.workingGroups[0], lead: 'XX' }] };
 * const result = safeParseReferenceData(broken, { language: 'es' });
 * if (!result.success) result.error.issues[0].message; // 'Estado miembro desconocido "XX" al frente del Grupo de Trabajo; conocidos: …'
 * ```
 */
export function safeParseReferenceData(input: unknown, options?: ParseOptions): MirpsParseResult<ReferenceData> {
  return withLanguageOption('safeParseReferenceData', options, (language) => safeParseReferenceDataIn(input, language));
}

/** Reference data validated, the messages in `language` (already checked). */
function safeParseReferenceDataIn(input: unknown, language: Language): MirpsParseResult<ReferenceData> {
  return validateDocument(referenceDataKind, input, undefined, language);
}

/**
 * Validates reference data and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - `language`: the language of the issues' messages, `'en'` (default) or `'es'`.
 * @returns The validated reference data (a fresh copy).
 * @throws {@link MirpsValidationError} when the input is not valid reference data, or the options are not valid.
 * @example
 * ```ts
 * import { parseReferenceData } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * const data = parseReferenceData(JSON.parse(JSON.stringify(referenceData)));
 * data.memberStates.length; // 7
 * ```
 */
export function parseReferenceData(input: unknown, options?: ParseOptions): ReferenceData {
  return unwrap(
    withLanguageOption('parseReferenceData', options, (language) => safeParseReferenceDataIn(input, language)),
  );
}

/** Reference data, validated (the messages in `language`) unless already vouched for (the embedded data, or a context checked before). */
export function checkReference(reference: ReferenceData, language: Language = 'en'): MirpsParseResult<ReferenceData> {
  return isVouchedReference(reference)
    ? { success: true, data: reference }
    : safeParseReferenceDataIn(reference, language);
}
