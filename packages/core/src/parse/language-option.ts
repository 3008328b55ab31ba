import { guardArguments, isMirpsError } from '../errors/invalid-argument.js';
import { argumentError, MirpsValidationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { MirpsParseResult } from './parse-result.js';

/**
 * The options of a parse function that reads no context: the language of the
 * issues' messages.
 *
 * @example
 * ```ts
 * import { safeParseReferenceData, type ParseOptions } from '@mirps/core';
 * const options: ParseOptions = { language: 'es' };
 * safeParseReferenceData({}, options);
 * ```
 */
export interface ParseOptions {
  /** The language of the issues' messages: `'en'` (default) or `'es'`. */
  readonly language?: Language;
}

/**
 * The language `options` asks for (`'en'` when it is left out or names none);
 * an argument error of `fn` for options that are not an object, or a language
 * the SDK does not write in: an invalid language is refused, never defaulted.
 */
export function readLanguageOption(fn: string, options: unknown): Language {
  return guardArguments(fn, { options }, () => {
    if (options === undefined) return 'en';
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw argumentError(fn, [
        {
          code: 'shape.invalid-type',
          path: ['options'],
          message: `Expected options { language? } or nothing, got ${describeValue(options)}`,
        },
      ]);
    }
    const language: unknown = (options as { language?: unknown }).language;
    if (language === undefined) return 'en';
    if (isLanguage(language)) return language;
    throw argumentError(fn, [
      {
        code: 'shape.invalid-value',
        path: ['options', 'language'],
        message: VALIDATION_MESSAGES.en.invalidLanguage(describeValue(language)),
      },
    ]);
  });
}

/** Runs a parse in the language `options` asks for; refused options are the result's error (a safeParse never throws them). */
export function withLanguageOption<T>(
  fn: string,
  options: unknown,
  run: (language: Language) => MirpsParseResult<T>,
): MirpsParseResult<T> {
  let language: Language;
  try {
    language = readLanguageOption(fn, options);
  } catch (error) {
    if (isMirpsError(error, MirpsValidationError)) return { success: false, error };
    throw error;
  }
  return run(language);
}
