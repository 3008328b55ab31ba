import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The languages the SDK writes its own texts in: English and Spanish, the
 * working languages of MIRPS (most member states work in Spanish).
 *
 * @example
 * ```ts
 * import { LANGUAGES } from '@mirps/core';
 * LANGUAGES; // ['en', 'es']
 * ```
 */
export const LANGUAGES = deepFreeze(['en', 'es'] as const);

/**
 * A language the SDK writes in: `'en'` (the default everywhere) or `'es'`.
 *
 * @example
 * ```ts
 * import type { Language } from '@mirps/core';
 * const language: Language = 'es';
 * ```
 */
export type Language = (typeof LANGUAGES)[number];

/**
 * Whether a value is one of the {@link LANGUAGES}.
 *
 * @param value - Anything.
 * @example
 * ```ts
 * import { isLanguage } from '@mirps/core';
 * isLanguage('es'); // true
 * isLanguage('fr'); // false
 * ```
 */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'es';
}
