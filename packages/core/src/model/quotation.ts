import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * A passage of a text as a source quotes it: word for word, in the language
 * the source gives it (`es` for a Spanish quotation), never translated, with
 * the source that quotes it. Used where the text itself was not found.
 *
 * @example
 * ```ts
 * import { quotationSchema } from '@mirps/core';
 * quotationSchema.parse({
 *   text: { es: 'El período de presidencia de cada país miembro es de un año' },
 *   sources: [{ document: 'Diario El Mundo (El Salvador), 2025' }],
 * });
 * ```
 */
export const quotationSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The quoted words, exactly as the source gives them, in its language. */
      text: localizedTextSchema,
      /** What the quotation covers, e.g. where it ends. */
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'Quotation',
      description: 'A passage of a text as a source quotes it, word for word and untranslated.',
    }),
);

/**
 * A passage of a text as a source quotes it.
 *
 * @example
 * ```ts
 * import type { Quotation } from '@mirps/core';
 * const quoted: Quotation = { text: { es: 'El período de presidencia de cada país miembro es de un año' } };
 * ```
 */
export type Quotation = z.infer<typeof quotationSchema>;
