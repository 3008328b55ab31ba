import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { quotationSchema } from './quotation.js';
import { sourcesField } from './source.js';

/**
 * The kinds of instrument: those the plan's background cites, and `charter`,
 * such as the MIRPS Statutory Charter (Carta Estatutaria).
 *
 * @example
 * ```ts
 * import { INSTRUMENT_KINDS } from '@mirps/core';
 * INSTRUMENT_KINDS.includes('declaration'); // true
 * ```
 */
export const INSTRUMENT_KINDS = deepFreeze([
  'declaration',
  'declaration-and-plan-of-action',
  'action-statement',
  'compact',
  'ministerial-meeting',
  'charter',
] as const);

/**
 * A regional or global instrument that frames MIRPS: "treaties, agreements, and
 * declarations, amongst others", such as the Cartagena Declaration on Refugees
 * or the Global Compact on Refugees, and MIRPS's own Statutory Charter. Where
 * an instrument's text was not found, `quotations` holds what sources quote of
 * it, word for word.
 *
 * @example
 * ```ts
 * import { instrumentSchema } from '@mirps/core';
 * instrumentSchema.parse({
 *   id: 'cartagena-declaration',
 *   name: { en: 'Cartagena Declaration on Refugees' },
 *   kind: 'declaration',
 *   year: 1984,
 * });
 * ```
 */
export const instrumentSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      name: localizedLineSchema,
      kind: z.enum(INSTRUMENT_KINDS),
      /** The year it was adopted; `null` where the sources give no year. */
      year: z.int().min(1900).max(2999).nullable(),
      /** What the source says the instrument does. */
      summary: localizedTextSchema.optional(),
      /** Passages of its text as sources quote them, word for word and untranslated. */
      quotations: z.array(quotationSchema).optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Instrument', description: 'A regional or global instrument that frames MIRPS.' }),
);

/**
 * A regional or global instrument.
 *
 * @example
 * ```ts
 * import type { Instrument } from '@mirps/core';
 * const gcr: Instrument = { id: 'global-compact-on-refugees', name: { en: 'Global Compact on Refugees' }, kind: 'compact', year: null };
 * ```
 */
export type Instrument = z.infer<typeof instrumentSchema>;
