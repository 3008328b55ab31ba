import { MirpsValidationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { type PresidencyLedger, presidencyLedgerSchema } from '../model/presidency-ledger.js';
import type { ReferenceData } from '../model/reference-data.js';
import { presidencyLedgerRules } from '../rules/presidency-ledger-rules.js';
import type { MirpsParseResult } from './parse-result.js';
import { checkReference } from './reference-data.js';
import { type DocumentKind, validateDocument } from './validate-document.js';

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
  /** The language of the issues' messages, for the ledger and for the reference data given: `'en'` (default) or `'es'`. */
  readonly language?: Language;
}

const presidencyLedgerKind: DocumentKind<PresidencyLedger, ReferenceData> = {
  name: 'PresidencyLedger',
  schema: presidencyLedgerSchema,
  rules: presidencyLedgerRules,
};

/** A ledger checked against reference data that is already valid, the messages in `language`. */
export function safeParseLedgerAgainst(
  input: unknown,
  reference: ReferenceData,
  language: Language = 'en',
): MirpsParseResult<PresidencyLedger> {
  return validateDocument(presidencyLedgerKind, input, reference, language);
}

/** A ledger checked against the given reference data, which is validated first (unless vouched for); the messages in `language`. */
export function safeParsePresidencyLedger(
  input: unknown,
  context: { readonly reference: ReferenceData },
  language: Language = 'en',
): MirpsParseResult<PresidencyLedger> {
  if (typeof context !== 'object' || context === null) {
    const message = VALIDATION_MESSAGES[language].referenceContextNotObject(describeValue(context, language));
    return {
      success: false,
      error: new MirpsValidationError(
        'Context',
        [{ code: 'shape.invalid-type', path: ['context'], message }],
        language,
      ),
    };
  }
  const reference = checkReference(context.reference, language);
  if (!reference.success) return reference;
  return safeParseLedgerAgainst(input, reference.data, language);
}
