import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { locationSchema } from './location.js';
import { partialDateSchema } from './partial-date.js';
import { sourcesField } from './source.js';

/**
 * A MIRPS Annual Meeting, where the Pro-Tempore Presidency is handed over.
 * `date`, `location` and `host` are `null` where the sources do not give them.
 * `declarations` names the declarations the meeting adopted, as the sources
 * write them; other outcomes are told in the `note`.
 *
 * @example
 * ```ts
 * import { annualMeetingSchema } from '@mirps/core';
 * annualMeetingSchema.parse({
 *   id: 'annual-meeting-5',
 *   ordinal: 5,
 *   name: { en: 'V MIRPS Annual Meeting' },
 *   date: '2022-12-13',
 *   location: { kind: 'in-person', city: { en: 'Tegucigalpa' }, country: 'HN' },
 *   host: null,
 * });
 * ```
 */
export const annualMeetingSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** Its number in the series (the V Annual Meeting is 5). */
      ordinal: z.int().min(1).max(999),
      name: localizedLineSchema,
      /** When it was held; `null` where the sources give no date. */
      date: partialDateSchema.nullable(),
      /** Where it was held; `null` where the sources do not say. */
      location: locationSchema.nullable(),
      /** The member state that hosted it; `null` where the sources do not say. */
      host: memberStateIdSchema.nullable(),
      /** The declarations it adopted, named as the sources write them, in their language (not translated). */
      declarations: z.array(localizedTextSchema).optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'AnnualMeeting', description: 'A MIRPS Annual Meeting, where the presidency is handed over.' }),
);

/**
 * A MIRPS Annual Meeting.
 *
 * @example
 * ```ts
 * import type { AnnualMeeting } from '@mirps/core';
 * const meeting: AnnualMeeting = {
 *   id: 'annual-meeting-3', ordinal: 3, name: { en: 'III MIRPS Annual Meeting' },
 *   date: '2020-12-08', location: { kind: 'virtual' }, host: 'SV',
 * };
 * ```
 */
export type AnnualMeeting = z.infer<typeof annualMeetingSchema>;
