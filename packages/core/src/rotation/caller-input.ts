import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import { argumentError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';

// What a caller passes to a rotation function is read here, once, field by field, before any work: an options or
// request object that is not an object is refused with a typed issue, and the fields read are kept in a fresh plain
// object, so a getter cannot answer differently on a second read. (Reading itself runs inside `guardArguments`,
// which turns a getter or a Proxy that throws into a `shape.unreadable` issue.)

/**
 * The named fields of a caller's options (or request) object, read once each;
 * `{}` for `undefined`. Anything but an object (`null` too) is refused: leave
 * the argument out for the defaults.
 */
export function readFields<K extends string>(
  fn: string,
  value: unknown,
  path: MirpsPath,
  keys: readonly K[],
  language: Language = 'en',
): Partial<Record<K, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = ROTATION_MESSAGES[language].setup.objectOrNothing(describeValue(value, language));
    throw argumentError(fn, [{ code: 'shape.invalid-type', path, message }], language);
  }
  const fields: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const field: unknown = (value as Record<string, unknown>)[key];
    if (field !== undefined) fields[key] = field;
  }
  return fields;
}

/** The issue for a field that must be a whole number in a range, in a language. */
export function wholeNumberIssue(
  value: unknown,
  path: MirpsPath,
  least: number,
  what: string,
  language: Language,
): MirpsIssue | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= least) return undefined;
  return {
    code: 'shape.out-of-range',
    path,
    message: ROTATION_MESSAGES[language].setup.wholeNumber(what, String(least), describeValue(value, language)),
  };
}
