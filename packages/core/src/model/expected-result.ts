import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { emphasisGroupSchema, emphasisSourceSchema, populationGroupSchema } from './population-group.js';
import { sourcesField } from './source.js';

/**
 * An expected result of an objective, numbered under it (`1.1.2`), e.g.
 * "Improved access to health services for displaced persons."
 *
 * @example
 * ```ts
 * import { expectedResultSchema } from '@mirps/core';
 * expectedResultSchema.parse({
 *   id: 'result-2.1.3',
 *   number: '2.1.3',
 *   objective: 'objective-2.1',
 *   text: { en: 'Approval of the MIRPS Charter by the Member States.' },
 * });
 * ```
 */
export const expectedResultSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** `P.N.R`: the objective's number, then the result's. */
      number: z.string().regex(/^\d+\.\d+\.\d+$/, 'A result is numbered "P.N.R", e.g. "1.1.2"'),
      /** The id of the objective it belongs to. */
      objective: idSchema,
      /** The result, word for word. */
      text: localizedTextSchema,
      emphasisGroups: z.array(emphasisGroupSchema).optional(),
      /** Who names the emphasis groups: `sdk-reading` where the SDK reads them into other words of the plan; the plan's own words where absent. */
      emphasisSource: emphasisSourceSchema.optional(),
      populationGroups: z.array(populationGroupSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'ExpectedResult', description: 'An expected result of an objective.' }),
);

/**
 * An expected result of an objective.
 *
 * @example
 * ```ts
 * import type { ExpectedResult } from '@mirps/core';
 * const r: ExpectedResult = { id: 'result-1.2.3', number: '1.2.3', objective: 'objective-1.2', text: { en: 'Improved access to health services for displaced persons.' } };
 * ```
 */
export type ExpectedResult = z.infer<typeof expectedResultSchema>;
