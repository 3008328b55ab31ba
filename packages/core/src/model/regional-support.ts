import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { fundProjectSchema } from './fund-project.js';
import { idSchema } from './ids.js';
import { moneySchema } from './money.js';
import { partialDateSchema } from './partial-date.js';
import { pledgeSchema } from './pledge.js';
import { sourcesField } from './source.js';
import { supportContributionSchema } from './support-contribution.js';

/**
 * The MIRPS Fund at the OAS in a year: what partners gave it, its total where
 * it is stated, and its projects. The contributions add up to the total in
 * its currency, and the projects' budgets do not exceed it.
 *
 * @example
 * ```ts
 * import { mirpsFundSchema } from '@mirps/core';
 * mirpsFundSchema.parse({
 *   contributions: [{ contributor: 'spain', amount: { amount: 1000000, currency: 'EUR' } }],
 *   total: { amount: 1000000, currency: 'EUR' },
 *   projects: [],
 * });
 * ```
 */
export const mirpsFundSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      contributions: z.array(
        z.strictObject({
          /** The id of the partner (of the reference data) that gave it. */
          contributor: idSchema,
          amount: moneySchema,
          date: partialDateSchema.optional(),
        }),
      ),
      /** The Fund's total, where it is stated: the contributions add up to it. */
      total: moneySchema.optional(),
      projects: z.array(fundProjectSchema),
    })
    .meta({ title: 'MirpsFund', description: 'The MIRPS Fund: its contributions, its total and its projects.' }),
);

/**
 * The support of other countries, as the MIRPS Annual Report follows it up:
 * pledges (Global Refugee Forum pledges and the MIRPS Regional Pledges, with
 * what they are linked to), the contributions of the Support Platform, and
 * the MIRPS Fund. Validate it with `parseRegionalSupport`, against the
 * national action plans and the Regional Action Plan its links name.
 *
 * @example
 * ```ts
 * import { regionalSupportSchema } from '@mirps/core';
 * regionalSupportSchema.parse({ id: 'support-2024', year: 2024, pledges: [], contributions: [] });
 * ```
 */
export const regionalSupportSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The year reported. */
      year: z.int().min(2017).max(2999),
      pledges: z.array(pledgeSchema),
      contributions: z.array(supportContributionSchema),
      fund: mirpsFundSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'RegionalSupport',
      description: 'Pledges, Support Platform contributions and the MIRPS Fund in a year.',
    }),
);

/**
 * The MIRPS Fund in a year.
 *
 * @example
 * ```ts
 * import type { MirpsFund } from '@mirps/core';
 * const fund: MirpsFund = { contributions: [], projects: [] };
 * ```
 */
export type MirpsFund = z.infer<typeof mirpsFundSchema>;
/**
 * The support of other countries in a year.
 *
 * @example
 * ```ts
 * import type { RegionalSupport } from '@mirps/core';
 * const support: RegionalSupport = { id: 'support-2024', year: 2024, pledges: [], contributions: [] };
 * ```
 */
export type RegionalSupport = z.infer<typeof regionalSupportSchema>;
