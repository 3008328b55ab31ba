import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { nonBlankLine } from './non-blank-string.js';
import { partialDateSchema } from './partial-date.js';
import { sourcesField } from './source.js';

/**
 * What kind of body a partner is.
 *
 * @example
 * ```ts
 * import { PARTNER_KINDS } from '@mirps/core';
 * PARTNER_KINDS.includes('development-bank'); // true
 * ```
 */
export const PARTNER_KINDS = deepFreeze([
  'state',
  'regional-union',
  'un-agency',
  'un-system',
  'regional-organization',
  'regional-process',
  'development-bank',
  'platform',
  'civil-society',
  'private-sector',
  'national-mechanism',
  'initiative',
] as const);

/**
 * The roles a partner can hold towards MIRPS.
 *
 * @example
 * ```ts
 * import { PARTNER_ROLES } from '@mirps/core';
 * PARTNER_ROLES[0]; // 'support-platform-member'
 * ```
 */
export const PARTNER_ROLES = deepFreeze([
  'support-platform-member',
  'support-platform-chair',
  'technical-secretariat',
] as const);

/**
 * A role a partner holds, with its period where the sources give one. Where
 * the end (`to`) is not stated by a source but inferred by the SDK, such as
 * the day the next chair took over, `toInferred` is `true` and the note says
 * from what.
 *
 * @example
 * ```ts
 * import { partnerRoleSchema } from '@mirps/core';
 * partnerRoleSchema.parse({ role: 'support-platform-chair', from: '2020-06-29', to: '2021-07', toInferred: true });
 * ```
 */
export const partnerRoleSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      role: z.enum(PARTNER_ROLES),
      from: partialDateSchema.optional(),
      /** When the role ended; absent where the sources give no end. */
      to: partialDateSchema.optional(),
      /** `true` where `to` is the SDK's inference (e.g. from the successor's start), not a source's statement. */
      toInferred: z.boolean().optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'PartnerRole', description: 'A role a partner holds towards MIRPS.' }),
);

/**
 * A role a partner holds.
 *
 * @example
 * ```ts
 * import type { PartnerRole } from '@mirps/core';
 * const role: PartnerRole = { role: 'technical-secretariat' };
 * ```
 */
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

/**
 * A partner or body MIRPS works with: members of the MIRPS Support Platform,
 * UN agencies, the OAS, SICA, the Regional Conference on Migration, the Quito
 * Process, the civil society mechanism, the private sector, development banks
 * and the National Coordination Groups.
 *
 * @example
 * ```ts
 * import { partnerSchema } from '@mirps/core';
 * partnerSchema.parse({
 *   id: 'oas',
 *   name: { en: 'Organization of American States', es: 'Organización de los Estados Americanos' },
 *   abbreviation: 'OAS',
 *   kind: 'regional-organization',
 *   roles: [{ role: 'technical-secretariat' }],
 * });
 * ```
 */
export const partnerSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      name: localizedLineSchema,
      abbreviation: nonBlankLine.optional(),
      kind: z.enum(PARTNER_KINDS),
      roles: z.array(partnerRoleSchema).optional(),
      /** What the plan says of this partner. */
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Partner', description: 'A partner or body MIRPS works with.' }),
);

/**
 * A partner or body MIRPS works with.
 *
 * @example
 * ```ts
 * import type { Partner } from '@mirps/core';
 * const sica: Partner = { id: 'sica', name: { en: 'Central American Integration System' }, abbreviation: 'SICA', kind: 'regional-organization' };
 * ```
 */
export type Partner = z.infer<typeof partnerSchema>;
