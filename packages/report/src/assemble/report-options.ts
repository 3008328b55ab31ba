import { describeValue, isLanguage, type Language, MirpsReportError } from '@mirps/core';
import { isArray } from '../_lib/is-array.js';

/**
 * An assembler's options (or context), checked and read once: an object, or
 * nothing where they may be left out. Only the keys the assembler knows are
 * read, each once, into a plain object, so a getter cannot change them later
 * and one that throws is a typed error.
 */
export function readOptions<K extends string>(
  value: unknown,
  keys: readonly K[],
  parameter: string,
  example: string,
): Partial<Record<K, unknown>> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || isArray(value)) {
    throw new MirpsReportError([
      {
        code: 'report.invalid-option',
        path: [],
        message: `${parameter} is an object such as ${example}; got ${describeValue(value)}`,
      },
    ]);
  }
  const read: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    let field: unknown;
    try {
      field = (value as Record<string, unknown>)[key];
    } catch {
      throw new MirpsReportError([
        {
          code: 'report.invalid-option',
          path: [key],
          message: `The option ${key} could not be read: its getter threw`,
        },
      ]);
    }
    if (field !== undefined) read[key] = field;
  }
  return read;
}

/** The `language` option: `'en'` (the default) or `'es'`; anything else is refused, never silently defaulted. */
export function readLanguage(value: unknown): Language {
  if (value === undefined) return 'en';
  if (isLanguage(value)) return value;
  throw new MirpsReportError([
    {
      code: 'report.invalid-option',
      path: ['language'],
      message: `language is "en" or "es"; got ${describeValue(value)}`,
    },
  ]);
}
