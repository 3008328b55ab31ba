import { unreadableIssue } from '../_lib/unreadable.js';
import type { Language } from '../i18n/language.js';
import { argumentError, MirpsError } from './mirps-error.js';

/**
 * True for an error the SDK threw on purpose (of class `kind`, {@link MirpsError}
 * by default); false for anything else, even a thrown value whose prototype
 * cannot be read.
 */
export function isMirpsError<E extends MirpsError = MirpsError>(
  error: unknown,
  kind: abstract new (...args: never[]) => E = MirpsError as never,
): error is E {
  try {
    return error instanceof kind;
  } catch {
    return false;
  }
}

/**
 * Runs a public function's work on its arguments so that nothing but a
 * {@link MirpsError} escapes it: a getter or a Proxy among the arguments that
 * throws becomes a `shape.unreadable` issue of `arguments of <fn>`, at the
 * path where reading failed (from the parameter's name, as in `args`), its
 * message in `language` (English by default: where the language is known).
 */
export function guardArguments<T>(
  fn: string,
  args: Readonly<Record<string, unknown>>,
  run: () => T,
  language: Language = 'en',
): T {
  try {
    return run();
  } catch (error) {
    if (isMirpsError(error)) throw error;
    throw argumentError(fn, [unreadableIssue(args, [], 'arguments', language)], language);
  }
}
