import { freezeParsed } from '../_lib/freeze-parsed.js';
import { unreadableIssue } from '../_lib/unreadable.js';
import { isVouchedPair, vouchPair } from '../_lib/vouched.js';
import type { MirpsContext } from '../context/mirps-context.js';
import { isMirpsError } from '../errors/invalid-argument.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { MirpsParseResult } from './parse-result.js';
import { safeParseLedgerAgainst } from './presidency-ledger.js';
import { checkReference } from './reference-data.js';

const notAContext = (context: unknown, language: Language): MirpsParseResult<never> => ({
  success: false,
  error: new MirpsValidationError(
    'Context',
    [
      {
        code: 'shape.invalid-type',
        path: ['context'],
        message: VALIDATION_MESSAGES[language].contextNotObject(describeValue(context, language)),
      },
    ],
    language,
  ),
});

/**
 * The language a caller's context asks for (`'en'` when it names none); a
 * `MirpsValidationError` of the `Context` for any other value.
 */
export function languageOf(context: unknown): Language {
  if (typeof context !== 'object' || context === null) return 'en';
  const language: unknown = (context as { language?: unknown }).language;
  if (language === undefined) return 'en';
  if (isLanguage(language)) return language;
  throw new MirpsValidationError('Context', [
    {
      code: 'shape.invalid-value',
      path: ['context', 'language'],
      message: VALIDATION_MESSAGES.en.invalidLanguage(describeValue(language)),
    },
  ]);
}

/**
 * Runs work that reads a caller's context so that it cannot throw: a
 * validation error becomes the result, and where reading the context throws (a
 * getter, a Proxy), the result is a `shape.unreadable` issue of the `Context`
 * at the place that could not be read.
 */
export function guardContext<T>(context: unknown, run: () => MirpsParseResult<T>): MirpsParseResult<T> {
  try {
    return run();
  } catch (error) {
    if (isMirpsError(error, MirpsValidationError)) return { success: false, error };
    if (isMirpsError(error)) throw error;
    const language = readableLanguageOf(context);
    return {
      success: false,
      error: new MirpsValidationError(
        'Context',
        [unreadableIssue(context, ['context'], 'context', language)],
        language,
      ),
    };
  }
}

/** The language a context asks for, where it can be read and is one the SDK writes in; English otherwise. */
function readableLanguageOf(context: unknown): Language {
  try {
    return languageOf(context);
  } catch {
    return 'en';
  }
}

/**
 * A complete context, validated: the reference data on its own, the ledger
 * against it, the messages of their issues in `language`. A pair checked before (or the embedded data) is taken as it is;
 * otherwise the result is a frozen validated copy, vouched for, so the rest of
 * the call chain does not check it again.
 */
export function resolveContext(context: MirpsContext, language: Language = 'en'): MirpsParseResult<MirpsContext> {
  if (typeof context !== 'object' || context === null) return notAContext(context, language);
  return guardContext(context, () => {
    const { reference, ledger } = context;
    // Vouched documents are frozen already: only the pair itself may need freezing.
    if (isVouchedPair(reference, ledger))
      return { success: true, data: Object.isFrozen(context) ? context : Object.freeze({ reference, ledger }) };
    const checkedReference = checkReference(reference, language);
    if (!checkedReference.success) return checkedReference;
    const checkedLedger = safeParseLedgerAgainst(ledger, checkedReference.data, language);
    if (!checkedLedger.success) return checkedLedger;
    return {
      success: true,
      data: vouchPair({ reference: freezeParsed(checkedReference.data), ledger: freezeParsed(checkedLedger.data) }),
    };
  });
}
