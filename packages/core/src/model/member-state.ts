import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { nonBlankLine } from './non-blank-string.js';
import { partialDateSchema } from './partial-date.js';
import { sourcesField } from './source.js';

/**
 * A time during a membership when a member's rights were suspended. An open
 * suspension has no `end`.
 *
 * @example
 * ```ts
 * import { suspensionSchema } from '@mirps/core';
 * suspensionSchema.parse({ start: '2016-12', end: '2024-01' });
 * ```
 */
export const suspensionSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      start: partialDateSchema,
      end: partialDateSchema.optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Suspension', description: 'A time within a membership when the member was suspended.' }),
);

/**
 * A suspension within a membership.
 *
 * @example
 * ```ts
 * import type { Suspension } from '@mirps/core';
 * const suspension: Suspension = { start: '2016-12' };
 * ```
 */
export type Suspension = z.infer<typeof suspensionSchema>;

/**
 * One continuous period of membership: from `joined` until `left` (open when
 * absent), with any suspensions inside it.
 *
 * @example
 * ```ts
 * import { membershipPeriodSchema } from '@mirps/core';
 * membershipPeriodSchema.parse({ joined: '2017-10-26' });
 * ```
 */
export const membershipPeriodSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** When the state joined MIRPS. */
      joined: partialDateSchema,
      /** When it left; absent while it is a member. */
      left: partialDateSchema.optional(),
      suspensions: z.array(suspensionSchema).optional(),
      /** What the sources say about this period, e.g. where they differ. */
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'MembershipPeriod', description: 'A continuous period of membership.' }),
);

/**
 * A continuous period of membership.
 *
 * @example
 * ```ts
 * import type { MembershipPeriod } from '@mirps/core';
 * const period: MembershipPeriod = { joined: '2019-06' };
 * ```
 */
export type MembershipPeriod = z.infer<typeof membershipPeriodSchema>;

/**
 * A member state of MIRPS. In the plan's words, Belize, Costa Rica, Guatemala,
 * Honduras, Mexico and Panama "adopted the San Pedro Sula Declaration in 2017";
 * "In June 2019, El Salvador joined this initiative".
 *
 * @example
 * ```ts
 * import { memberStateSchema } from '@mirps/core';
 * memberStateSchema.parse({
 *   id: 'PA',
 *   iso3: 'PAN',
 *   name: { en: 'Panama', es: 'Panamá' },
 *   memberships: [{ joined: '2017-10-26' }],
 * });
 * ```
 */
export const memberStateSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** ISO 3166-1 alpha-2 code. */
      id: memberStateIdSchema,
      /** ISO 3166-1 alpha-3 code. */
      iso3: z.string().regex(/^[A-Z]{3}$/, 'An ISO 3166-1 alpha-3 code is three capital letters'),
      /** Name in English and Spanish. */
      name: localizedLineSchema,
      /**
       * What the Pro-Tempore Presidency's alphabetical rotation sorts by: the
       * Spanish name. Kept apart from `name` so that renaming a state does not
       * reorder the rotation silently.
       */
      sortKey: nonBlankLine.optional(),
      /** Periods of membership, oldest first. */
      memberships: z.array(membershipPeriodSchema).min(1, 'A member state has at least one membership period'),
      sources: sourcesField,
    })
    .meta({ title: 'MemberState', description: 'A member state of MIRPS and its periods of membership.' }),
);

/**
 * A member state of MIRPS.
 *
 * @example
 * ```ts
 * import type { MemberState } from '@mirps/core';
 * const belize: MemberState = {
 *   id: 'BZ', iso3: 'BLZ', name: { en: 'Belize', es: 'Belice' }, memberships: [{ joined: '2017-10-26' }],
 * };
 * ```
 */
export type MemberState = z.infer<typeof memberStateSchema>;
