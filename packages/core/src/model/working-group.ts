import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * A MIRPS working group. The 2023 plan coordinates its regional actions with
 * four: Strengthening Asylum Systems, Internal Displacement, Jobs and
 * Livelihoods, and Local Governance; "the leading countries of the Working
 * Groups" report on thematic progress at the virtual plenary meetings.
 *
 * @example
 * ```ts
 * import { workingGroupSchema } from '@mirps/core';
 * workingGroupSchema.parse({
 *   id: 'wg-local-governance',
 *   name: { en: 'Working Group on Local Governance' },
 *   theme: { en: 'Local governance' },
 *   lead: 'PA',
 * });
 * ```
 */
export const workingGroupSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The group's name. */
      name: localizedLineSchema,
      /** What the group works on. */
      theme: localizedLineSchema,
      /** The leading member state; `null` where the sources name none. */
      lead: memberStateIdSchema.nullable(),
      /** What the sources say about the lead. */
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'WorkingGroup', description: 'A MIRPS working group and its leading member state.' }),
);

/**
 * A MIRPS working group.
 *
 * @example
 * ```ts
 * import type { WorkingGroup } from '@mirps/core';
 * const group: WorkingGroup = {
 *   id: 'wg-jobs-livelihoods', name: { en: 'Working Group on Jobs and Livelihoods' },
 *   theme: { en: 'Jobs and livelihoods' }, lead: 'CR',
 * };
 * ```
 */
export type WorkingGroup = z.infer<typeof workingGroupSchema>;
