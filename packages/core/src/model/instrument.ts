import { z } from 'zod';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * The kinds of instrument the plan's background cites.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_KINDS } from '@mirps/core';
 * INSTRUMENT_KINDS.includes('declaration'); // true
 * ```
 */
export const INSTRUMENT_KINDS = deepFreeze(['declaration', 'declaration-and-plan-of-action', 'action-statement', 'compact', 'ministerial-meeting'] as const);

/**
 * A regional or global instrument that frames MIRPS: "treaties, agreements, and
 * declarations, amongst others", such as the Cartagena Declaration on Refugees
 * or the Global Compact on Refugees.
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
export const instrumentSchema = z
  .strictObject({
    id: idSchema,
    name: localizedLineSchema,
    kind: z.enum(INSTRUMENT_KINDS),
    /** The year it was adopted; `null` where the sources give no year. */
    year: z.int().min(1900).max(2999).nullable(),
    /** What the source says the instrument does. */
    summary: localizedTextSchema.optional(),
    note: localizedTextSchema.optional(),
    sources: sourcesField,
  })
  .meta({ title: 'Instrument', description: 'A regional or global instrument that frames MIRPS.' });

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
