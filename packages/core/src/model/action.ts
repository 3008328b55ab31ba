import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { emphasisGroupSchema, emphasisSourceSchema, populationGroupSchema } from './population-group.js';
import { sourcesField } from './source.js';

/**
 * A regional action of a Regional Action Plan, numbered under its objective
 * (`1.2.3`). `workingGroup` is the working group that coordinates it ("The
 * regional actions of this objective will be coordinated with the Working Group
 * on Strengthening Asylum Systems"), or `null` where the plan names none.
 * `theme` carries the plan's grouping of an objective's actions, such as
 * "related to internal displacement".
 *
 * @example
 * ```ts
 * import { actionSchema } from '@mirps/core';
 * actionSchema.parse({
 *   id: 'action-1.2.1',
 *   number: '1.2.1',
 *   objective: 'objective-1.2',
 *   text: { en: 'Promote prevention and community protection programmes.' },
 *   workingGroup: 'wg-internal-displacement',
 * });
 * ```
 */
export const actionSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** `P.N.A`: the objective's number, then the action's. */
      number: z.string().regex(/^\d+\.\d+\.\d+$/, 'An action is numbered "P.N.A", e.g. "1.2.3"'),
      /** The id of the objective it serves. */
      objective: idSchema,
      /** The action, word for word. */
      text: localizedTextSchema,
      /** The coordinating working group's id; `null` where the plan names none. */
      workingGroup: idSchema.nullable(),
      /** The plan's grouping of an objective's actions, e.g. "related to internal displacement": one line. */
      theme: localizedLineSchema.optional(),
      emphasisGroups: z.array(emphasisGroupSchema).optional(),
      /** Who names the emphasis groups: `sdk-reading` where the SDK reads them into other words of the plan; the plan's own words where absent. */
      emphasisSource: emphasisSourceSchema.optional(),
      populationGroups: z.array(populationGroupSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Action', description: 'A regional action of a Regional Action Plan.' }),
);

/**
 * A regional action of a Regional Action Plan.
 *
 * @example
 * ```ts
 * import type { Action } from '@mirps/core';
 * const a: Action = { id: 'action-2.1.1', number: '2.1.1', objective: 'objective-2.1', text: { en: 'Promote the creation of the MIRPS Charter.' }, workingGroup: null };
 * ```
 */
export type Action = z.infer<typeof actionSchema>;
