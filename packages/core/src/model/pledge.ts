import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { reporterSchema } from './progress.js';
import { sourcesField } from './source.js';

/**
 * How far a pledge reaches. The MIRPS Regional Pledges of the II Global
 * Refugee Forum (December 2023) are `regional`: made by MIRPS for the region.
 * A member state's own pledge is `national`; a pledge of a cooperating state
 * or organization in support of MIRPS is `support`.
 *
 * @example
 * ```ts
 * import { PLEDGE_SCOPES } from '@mirps/core';
 * PLEDGE_SCOPES; // ['regional', 'national', 'support']
 * ```
 */
export const PLEDGE_SCOPES = deepFreeze(['regional', 'national', 'support'] as const);

/**
 * The kinds of Global Refugee Forum pledge: financial, material or technical
 * support, resettlement places, and policy commitments (globalcompactrefugees.org,
 * pledge follow-up).
 *
 * @example
 * ```ts
 * import { PLEDGE_TYPES } from '@mirps/core';
 * PLEDGE_TYPES.includes('policy'); // true
 * ```
 */
export const PLEDGE_TYPES = deepFreeze(['financial', 'material', 'technical', 'resettlement', 'policy'] as const);

/**
 * Where a pledge stands, as Global Refugee Forum pledges are reported:
 * "planning stage", "in progress" or "fulfilled".
 *
 * @example
 * ```ts
 * import { PLEDGE_STATUSES } from '@mirps/core';
 * PLEDGE_STATUSES; // ['planning', 'in-progress', 'fulfilled']
 * ```
 */
export const PLEDGE_STATUSES = deepFreeze(['planning', 'in-progress', 'fulfilled'] as const);

/**
 * A pledge made at a forum, such as the four MIRPS Regional Pledges of the II
 * Global Refugee Forum (December 2023): Asylum, Integration, Local Governance
 * and Statistical Inclusion, each carried out through the working group of its
 * theme where the sources name one (`workingGroup`, `null` where they name
 * none). A pledge may also name the Regional Action Plan's actions
 * (`actions`) and the national commitments (`commitments`) it carries out. `type`, `status`, `submittedBy` and `joint` describe Global Refugee
 * Forum pledges in general; leave them out where the sources do not give them.
 *
 * @example
 * ```ts
 * import { pledgeSchema } from '@mirps/core';
 * pledgeSchema.parse({
 *   id: 'pledge-grf-2023-mirps-local-governance',
 *   name: { en: 'Local Governance' },
 *   forum: 'global-refugee-forum-2023',
 *   scope: 'regional',
 *   workingGroup: 'wg-local-governance',
 * });
 * ```
 */
export const pledgeSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** Its name as the sources write it; the MIRPS Regional Pledges are named by their theme ("Asylum", "Integration", …). */
      name: localizedLineSchema,
      /** The forum it was made at, as an id, e.g. `global-refugee-forum-2023` (the II Global Refugee Forum). */
      forum: idSchema,
      scope: z.enum(PLEDGE_SCOPES),
      /** The id of the working group that carries it out; `null` where the sources name none. */
      workingGroup: idSchema.nullable(),
      /** What kind of pledge it is; absent where the sources do not say. */
      type: z.enum(PLEDGE_TYPES).optional(),
      /** Where it stands, as last reported; absent where the sources do not say. */
      status: z.enum(PLEDGE_STATUSES).optional(),
      /** The member state or body (a working group or partner of the reference data) that submitted it; absent where the sources do not say. */
      submittedBy: reporterSchema.optional(),
      /** `true` for a joint pledge (its submitting entity reports for all), `false` for a single one; absent where the sources do not say. */
      joint: z.boolean().optional(),
      /** The ids of the Regional Action Plan's actions it carries out. */
      actions: z.array(idSchema).optional(),
      /** The ids of the national commitments it carries out. */
      commitments: z.array(idSchema).optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'Pledge',
      description: 'A pledge made at a forum, such as a MIRPS Regional Pledge of the II Global Refugee Forum.',
    }),
);

/**
 * A pledge made at a forum.
 *
 * @example
 * ```ts
 * import type { Pledge } from '@mirps/core';
 * const pledge: Pledge = {
 *   id: 'pledge-grf-2023-mirps-statistical-inclusion', name: { en: 'Statistical Inclusion' },
 *   forum: 'global-refugee-forum-2023', scope: 'regional', workingGroup: null,
 * };
 * ```
 */
export type Pledge = z.infer<typeof pledgeSchema>;
