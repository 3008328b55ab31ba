import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * How many commitments a member state's national action plan holds, by focus
 * area, as a source publishes them. A count whose area the source does not
 * name has `area: null`; a state whose counts were not found has
 * `total: null` and no areas.
 *
 * @example
 * ```ts
 * import { commitmentCountSchema } from '@mirps/core';
 * commitmentCountSchema.parse({
 *   memberState: 'BZ', total: 8,
 *   byArea: [{ area: 'protection', count: 6 }, { area: 'jobs-and-livelihoods', count: 1 }, { area: 'education', count: 1 }],
 * });
 * ```
 */
export const commitmentCountSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      memberState: memberStateIdSchema,
      /** All the plan's commitments; `null` where the count was not found. */
      total: z.int().min(0).nullable(),
      /** The count of each focus area; `area` is `null` where the source does not name it. */
      byArea: z.array(z.strictObject({ area: idSchema.nullable(), count: z.int().min(0) })),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'CommitmentCount',
      description: "How many commitments a member state's national action plan holds, by focus area.",
    }),
);

/**
 * The published count of a state's commitments.
 *
 * @example
 * ```ts
 * import type { CommitmentCount } from '@mirps/core';
 * const count: CommitmentCount = { memberState: 'MX', total: null, byArea: [] };
 * ```
 */
export type CommitmentCount = z.infer<typeof commitmentCountSchema>;
