import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { dateRangeSchema } from './date-range.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { nonBlankLine } from './non-blank-string.js';
import { sourcesField } from './source.js';

/**
 * A commitment of a national action plan: what the state commits to, in a
 * focus area, the institutions responsible, its period (the plan's, where
 * absent), and the working groups and pledges it contributes to.
 *
 * @example
 * ```ts
 * import { commitmentSchema } from '@mirps/core';
 * commitmentSchema.parse({
 *   id: 'xx-c01',
 *   text: { en: 'Open two more reception offices for asylum seekers.' },
 *   focusArea: 'protection',
 *   responsibleInstitutions: ['Refugee commission'],
 * });
 * ```
 */
export const commitmentSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** Unique across the plans it is reported with: prefix it with the state, e.g. `gt-c01`. */
      id: idSchema,
      /** The commitment as the plan words it. */
      text: localizedTextSchema,
      /** One of the five standard focus areas, or an area the plan declares. */
      focusArea: idSchema,
      /** The institutions responsible for it, named as the plan names them. */
      responsibleInstitutions: z.array(nonBlankLine).min(1),
      /** The days it runs; the plan's period where absent. */
      period: dateRangeSchema.optional(),
      /** The ids of the working groups (of the reference data) it contributes to. */
      workingGroups: z.array(idSchema).optional(),
      /** The ids of the pledges (of the reference data) it carries out. */
      pledges: z.array(idSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Commitment', description: 'A commitment of a national action plan.' }),
);

/**
 * A commitment of a national action plan.
 *
 * @example
 * ```ts
 * import type { Commitment } from '@mirps/core';
 * const commitment: Commitment = {
 *   id: 'xx-c02', text: { es: 'Ampliar el acceso a la educación.' }, focusArea: 'education',
 *   responsibleInstitutions: ['Ministerio de Educación'],
 * };
 * ```
 */
export type Commitment = z.infer<typeof commitmentSchema>;
