import { z } from 'zod';
import { nonBlankString } from './non-blank-string.js';


/**
 * Text in English and Spanish, the two working languages of MIRPS. At least one
 * is present; the English text of the 2023 plan is the source's translation.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from '@mirps/core';
 * localizedTextSchema.parse({ en: 'Panama', es: 'Panamá' });
 * ```
 */
export const localizedTextSchema = z
  .strictObject({
    /** English text. */
    en: nonBlankString.optional(),
    /** Spanish text. */
    es: nonBlankString.optional(),
  })
  .refine((value) => value.en !== undefined || value.es !== undefined, {
    message: 'Give the text in English (en), Spanish (es) or both',
    params: { mirpsCode: 'shape.missing-text' },
  })
  .meta({ title: 'LocalizedText', description: 'Text in English (en) and/or Spanish (es); at least one is present.' });

/**
 * Text in English and/or Spanish.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@mirps/core';
 * const name: LocalizedText = { en: 'Mexico', es: 'México' };
 * ```
 */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The text of a {@link LocalizedText} in a language, falling back to the
 * other language where it is missing; `undefined` for no text at all. The one
 * place every package picks a language from the data.
 *
 * @param text - Text in English and/or Spanish, or nothing.
 * @param language - The language wanted; English by default.
 * @example
 * ```ts
 * import { textIn } from '@mirps/core';
 * textIn({ en: 'Panama', es: 'Panamá' }, 'es'); // 'Panamá'
 * textIn({ es: 'Belice' }); // 'Belice' (no English text: the Spanish is shown as it is)
 * ```
 */
export function textIn(text: LocalizedText | undefined, language: 'en' | 'es' = 'en'): string | undefined {
  if (text === undefined) return undefined;
  return text[language] ?? text.en ?? text.es;
}
