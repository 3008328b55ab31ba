import {
  describeValue,
  formatPath,
  isLanguage,
  type Language,
  type MirpsIssueCode,
  type MirpsPath,
  MirpsReportError,
} from '@mirps/core';
import { isArray } from '../_lib/is-array.js';
import { messages } from '../i18n/messages.js';

// Reading what a caller gives (the input and the options of an entry point) so that nothing but a typed error
// escapes: each field is read once, into a plain object, so a getter cannot change it later and one that throws is
// refused where it stands. The refusals are written in the language the options ask for, once it has been read.

/**
 * A refusal of the report package: one issue, `report.invalid-option` unless
 * another code is given, at `path`.
 */
export const refusal = (
  path: MirpsPath,
  message: string,
  code: MirpsIssueCode = 'report.invalid-option',
): MirpsReportError => new MirpsReportError([{ code, path: [...path], message }]);

/** Where a value stands, for a refusal: its place in the input (`national[1]`), or the parameter's name at the root. */
const placeOf = (path: MirpsPath, root: string, language: Language): string =>
  path.length === 0 ? root : formatPath(path, { language });

/** Where the fields are read: the path to them, the name of the parameter when that path is empty (`input` by default), and the shape expected. */
export interface FieldsAt {
  readonly path: MirpsPath;
  readonly root?: string;
  readonly shape: string;
}

/**
 * The fields `keys` of an object given at `at.path` (the parameter `at.root`
 * when that path is empty), each read once; anything but an object is refused,
 * `at.shape` showing what is expected (e.g. `{ plan, progress }`). Once a
 * `language` field is read and is one the SDK writes in, the refusals that
 * follow are in it.
 */
export function readFields<K extends string>(
  value: unknown,
  keys: readonly K[],
  at: FieldsAt,
  language: Language,
): Partial<Record<K, unknown>> {
  let says = language;
  if (typeof value !== 'object' || value === null || isArray(value)) {
    const where = placeOf(at.path, at.root ?? 'input', says);
    throw refusal(at.path, messages(says).notAnObject(where, at.shape, describeValue(value, says)));
  }
  const read: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    let field: unknown;
    try {
      field = (value as Record<string, unknown>)[key];
    } catch {
      const path = [...at.path, key];
      throw refusal(path, messages(says).unreadableField(placeOf(path, key, says)));
    }
    if (key === 'language' && isLanguage(field)) says = field;
    if (field !== undefined) read[key] = field;
  }
  return read;
}

/**
 * An entry point's options (or context), checked and read once: an object, or
 * nothing where they may be left out. Only the keys the entry point knows are
 * read, `language` first, so that a refusal of any other option is written in
 * the language asked for.
 */
export function readOptions<K extends string>(
  value: unknown,
  keys: readonly K[],
  parameter: string,
  example: string,
): Partial<Record<K, unknown>> | undefined {
  if (value === undefined) return undefined;
  const languageFirst = [...keys].sort((a, b) => Number(b === 'language') - Number(a === 'language'));
  return readFields(value, languageFirst, { path: [], root: parameter, shape: example }, 'en');
}

/** The `language` option: `'en'` (the default) or `'es'`; anything else is refused (in English), never silently defaulted. */
export function readLanguage(value: unknown): Language {
  if (value === undefined) return 'en';
  if (isLanguage(value)) return value;
  throw refusal(['language'], messages('en').invalidLanguage(describeValue(value)));
}

/** A `YYYY-MM-DD` check's refusal of the option `name`, in `language`. */
export const invalidDay = (name: string, example: string, value: unknown, language: Language): MirpsReportError =>
  refusal([name], messages(language).invalidDay(name, example, describeValue(value, language)));
