import { z } from 'zod';
import { localizedTextSchema } from './localized-text.js';
import { partialDateSchema } from './partial-date.js';

/**
 * When an activity happens: on one or more dates (`dates`), over a span of days
 * (`range`), or `unscheduled`: the source gives no date, and the SDK says so
 * rather than guess. Dates may be of year, month or day precision.
 *
 * @example
 * ```ts
 * import { scheduleSchema } from '@mirps/core';
 * scheduleSchema.parse({ kind: 'dates', dates: ['2023-01-24', '2023-04-20'] });
 * scheduleSchema.parse({ kind: 'range', start: '2023-12-13', end: '2023-12-15' });
 * scheduleSchema.parse({ kind: 'unscheduled' });
 * ```
 */
export const scheduleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('dates'),
      dates: z.array(partialDateSchema).min(1, 'Give at least one date'),
    }),
    z.strictObject({
      kind: z.literal('range'),
      start: partialDateSchema,
      end: partialDateSchema,
    }),
    z.strictObject({
      kind: z.literal('unscheduled'),
      /** What the sources do say, if anything. */
      note: localizedTextSchema.optional(),
    }),
  ])
  .meta({ title: 'Schedule', description: 'When an activity happens, or that the source does not schedule it.' });

/**
 * When an activity happens.
 *
 * @example
 * ```ts
 * import type { Schedule } from '@mirps/core';
 * const notGiven: Schedule = { kind: 'unscheduled' };
 * ```
 */
export type Schedule = z.infer<typeof scheduleSchema>;
