import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { emphasisGroupSchema, emphasisSourceSchema, populationGroupSchema } from './population-group.js';
import { sourcesField } from './source.js';

/**
 * An objective of a Regional Action Plan, numbered under its priority
 * (`1.3` is the third objective of priority 1), e.g. "Objective 1.1 - Strengthen
 * processes aimed at comprehensive protection and care services for all
 * displaced persons in need of protection."
 *
 * @example
 * ```ts
 * import { objectiveSchema } from '@mirps/core';
 * objectiveSchema.parse({ id: 'objective-1.1', number: '1.1', priority: 'priority-1', text: { en: 'Strengthen processes…' } });
 * ```
 */
export const objectiveSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** `P.N`: the priority's number, then the objective's. */
      number: z.string().regex(/^\d+\.\d+$/, 'An objective is numbered "P.N", e.g. "1.2"'),
      /** The id of the priority it serves. */
      priority: idSchema,
      text: localizedTextSchema,
      emphasisGroups: z.array(emphasisGroupSchema).optional(),
      /** Who names the emphasis groups: `sdk-reading` where the SDK reads them into other words of the plan; the plan's own words where absent. */
      emphasisSource: emphasisSourceSchema.optional(),
      populationGroups: z.array(populationGroupSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Objective', description: 'An objective of a Regional Action Plan, numbered under its priority.' }),
);

/**
 * An objective of a Regional Action Plan.
 *
 * @example
 * ```ts
 * import type { Objective } from '@mirps/core';
 * const o: Objective = { id: 'objective-2.1', number: '2.1', priority: 'priority-2', text: { en: 'Strengthen the commitments…' } };
 * ```
 */
export type Objective = z.infer<typeof objectiveSchema>;
