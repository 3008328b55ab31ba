import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { localizedLineSchema } from './localized-text.js';

/**
 * Where something takes place: online, or in a city of a country (ISO 3166-1
 * alpha-2, any country, not only member states).
 *
 * @example
 * ```ts
 * import { locationSchema } from '@mirps/core';
 * locationSchema.parse({ kind: 'in-person', city: { en: 'Tegucigalpa' }, country: 'HN' });
 * locationSchema.parse({ kind: 'virtual' });
 * ```
 */
export const locationSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('virtual') }),
      z.strictObject({
        kind: z.literal('in-person'),
        city: localizedLineSchema,
        country: z.string().regex(/^[A-Z]{2}$/, 'A country is its ISO 3166-1 alpha-2 code in capitals (e.g. "CH")'),
      }),
    ])
    .meta({ title: 'Location', description: 'Online, or a city in a country.' }),
);

/**
 * Online, or a city in a country.
 *
 * @example
 * ```ts
 * import type { Location } from '@mirps/core';
 * const geneva: Location = { kind: 'in-person', city: { en: 'Geneva', es: 'Ginebra' }, country: 'CH' };
 * ```
 */
export type Location = z.infer<typeof locationSchema>;
