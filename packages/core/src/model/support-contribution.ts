import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { dateRangeSchema } from './date-range.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { moneySchema } from './money.js';
import { PLEDGE_TYPES } from './pledge.js';
import { sourcesField } from './source.js';

/**
 * What a member of the Support Platform (a cooperating state or organization,
 * a partner of the reference data) gives in support of MIRPS: to a member
 * state, a focus area or a pledge, of a kind (financial, material, technical…),
 * with its value where it is counted.
 *
 * @example
 * ```ts
 * import { supportContributionSchema } from '@mirps/core';
 * supportContributionSchema.parse({
 *   id: 'support-1', contributor: 'spain', supports: { memberState: 'GT', focusArea: 'protection' },
 *   type: 'technical', description: { en: 'Training of asylum officers' },
 * });
 * ```
 */
export const supportContributionSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The id of the partner (of the reference data) that contributes. */
      contributor: idSchema,
      /** What it supports: a member state, a focus area (of that state's plan, or a standard one), a pledge; at least one. */
      supports: z.strictObject({
        memberState: memberStateIdSchema.optional(),
        focusArea: idSchema.optional(),
        pledge: idSchema.optional(),
      }),
      /** The kind of support, in the kinds of Global Refugee Forum pledges. */
      type: z.enum(PLEDGE_TYPES),
      description: localizedTextSchema,
      /** Its value in money, where it is counted. */
      value: moneySchema.optional(),
      period: dateRangeSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'SupportContribution',
      description: 'What a member of the Support Platform gives to a member state, a focus area or a pledge.',
    }),
);

/**
 * A contribution of the Support Platform.
 *
 * @example
 * ```ts
 * import type { SupportContribution } from '@mirps/core';
 * const contribution: SupportContribution = {
 *   id: 's1', contributor: 'canada', supports: { pledge: 'pledge-grf-2023-mirps-asylum' }, type: 'financial',
 *   description: { en: 'Funding for the asylum pledge' },
 * };
 * ```
 */
export type SupportContribution = z.infer<typeof supportContributionSchema>;
