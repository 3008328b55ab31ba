import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { guardArguments } from '../errors/invalid-argument.js';
import { argumentError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import { nonBlankLine, nonBlankString } from './non-blank-string.js';

const AT_LEAST_ONE_LANGUAGE = {
  message: 'Give the text in English (en), Spanish (es) or both',
  params: { mirpsCode: 'shape.missing-text' },
} as const;

/**
 * Text in English and Spanish, the two working languages of MIRPS. At least one
 * is present; the English text of the 2023 plan is the source's translation.
 * It may hold paragraphs, broken by `\n` only: no other control character
 * (no CR, no TAB, no U+2028). Titles and names take a one-line form of it.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from '@mirps/core';
 * localizedTextSchema.parse({ en: 'Panama', es: 'Panamá' });
 * ```
 */
export const localizedTextSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** English text. */
      en: nonBlankString.optional(),
      /** Spanish text. */
      es: nonBlankString.optional(),
    })
    .refine((value) => value.en !== undefined || value.es !== undefined, AT_LEAST_ONE_LANGUAGE)
    .meta({
      title: 'LocalizedText',
      description: 'Text in English (en) and/or Spanish (es); at least one is present.',
    }),
);

/**
 * One line of text in English and/or Spanish: a title, a name or a label, such
 * as a working group's name or an activity's title. Like
 * {@link localizedTextSchema}, but no line break or other control character
 * (text with paragraphs allows `\n`). Its JSON Schema is written out where it
 * is used; its type is {@link LocalizedText}.
 */
export const localizedLineSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      en: nonBlankLine.optional().meta({ description: 'English text, on one line.' }),
      es: nonBlankLine.optional().meta({ description: 'Spanish text, on one line.' }),
    })
    .refine((value) => value.en !== undefined || value.es !== undefined, AT_LEAST_ONE_LANGUAGE)
    // "At least one of en and es", in JSON Schema: they are the only properties allowed.
    .meta({ minProperties: 1 }),
);

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
 * @throws {@link MirpsValidationError} (`arguments of textIn`) for a language other than `en` or `es`, or text that is not `{ en?, es? }` of strings.
 * @example
 * ```ts
 * import { textIn } from '@mirps/core';
 * textIn({ en: 'Panama', es: 'Panamá' }, 'es'); // 'Panamá'
 * textIn({ es: 'Belice' }); // 'Belice' (no English text: the Spanish is shown as it is)
 * ```
 */
export function textIn(text: LocalizedText | undefined, language: 'en' | 'es' = 'en'): string | undefined {
  return guardArguments('textIn', { text, language }, () => {
    if (language !== 'en' && language !== 'es') {
      throw argumentError('textIn', [
        {
          code: 'shape.invalid-value',
          path: ['language'],
          message: `Expected "en" or "es", got ${describeValue(language)}`,
        },
      ]);
    }
    if (text === undefined) return undefined;
    if (typeof text !== 'object' || text === null || Array.isArray(text)) {
      throw argumentError('textIn', [
        {
          code: 'shape.invalid-type',
          path: ['text'],
          message: `Expected text { en?, es? } or undefined, got ${describeValue(text)}`,
        },
      ]);
    }
    for (const key of language === 'en' ? (['en', 'es'] as const) : (['es', 'en'] as const)) {
      const value: unknown = text[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        throw argumentError('textIn', [
          {
            code: 'shape.invalid-type',
            path: ['text', key],
            message: `Expected a string, got ${describeValue(value)}`,
          },
        ]);
      }
      return value;
    }
    return undefined;
  });
}
