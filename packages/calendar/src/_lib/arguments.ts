import { describeValue, type Language, MirpsCalendarError, MirpsError, type MirpsIssueCode } from '@mirps/core';
import { messagesIn } from '../i18n/messages.js';

/**
 * An options argument: a plain object, or `undefined` for none. Anything else
 * (null, a string, an array…) is refused with `calendar.invalid-option` at
 * `[name]`.
 */
export function readOptions<T extends object>(value: unknown, name = 'options'): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MirpsCalendarError([
      {
        code: 'calendar.invalid-option',
        path: [name],
        message: `${name} is an object (or left out); got ${describeValue(value)}`,
      },
    ]);
  }
  return value as T;
}

/**
 * Runs a public function so that nothing but a MIRPS error escapes it: an
 * error thrown while reading its arguments (a getter or a Proxy that throws)
 * becomes a `MirpsCalendarError` with the given code, naming the function.
 * The refusal is in English, or in the language `run` says it has understood
 * (by calling `heard`) before the error.
 */
export function guardCall<T>(fn: string, code: MirpsIssueCode, run: (heard: (language: Language) => void) => T): T {
  let language: Language = 'en';
  try {
    return run((understood) => {
      language = understood;
    });
  } catch (error) {
    if (isMirpsError(error)) throw error;
    throw new MirpsCalendarError([
      { code, path: [], message: messagesIn(language).unreadableArguments(fn, errorText(error, language)) },
    ]);
  }
}

function isMirpsError(error: unknown): boolean {
  try {
    return error instanceof MirpsError;
  } catch {
    return false;
  }
}

function errorText(error: unknown, language: Language): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : describeValue(error, language);
  } catch {
    return messagesIn(language).unreadableError;
  }
}
