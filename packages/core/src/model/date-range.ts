import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { partialDateSchema } from './partial-date.js';

/**
 * A span of days from `start` to `end`, both included, each of any precision.
 * The end must not fall before the start (checked by the document rules).
 *
 * @example
 * ```ts
 * import { dateRangeSchema } from '@mirps/core';
 * dateRangeSchema.parse({ start: '2023-12-13', end: '2023-12-15' });
 * ```
 */
export const dateRangeSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** First day of the span (included). */
      start: partialDateSchema,
      /** Last day of the span (included). */
      end: partialDateSchema,
    })
    .meta({ title: 'DateRange', description: 'A span of days, both ends included.' }),
);

/**
 * A span of days, both ends included.
 *
 * @example
 * ```ts
 * import type { DateRange } from '@mirps/core';
 * const forum: DateRange = { start: '2023-12-13', end: '2023-12-15' };
 * ```
 */
export type DateRange = z.infer<typeof dateRangeSchema>;
