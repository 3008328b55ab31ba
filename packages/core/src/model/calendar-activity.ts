import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { locationSchema } from './location.js';
import { scheduleSchema } from './schedule.js';
import { sourcesField } from './source.js';

/**
 * The three sections of the plan's calendar table.
 *
 * @example
 * ```ts
 * import { CALENDAR_CATEGORIES } from '@mirps/core';
 * CALENDAR_CATEGORIES; // ['technical-meeting', 'high-level-event', 'other-activity']
 * ```
 */
export const CALENDAR_CATEGORIES = deepFreeze(['technical-meeting', 'high-level-event', 'other-activity'] as const);

/**
 * The time of day of an activity's occurrences, in an IANA time zone (e.g.
 * `America/Panama`). Without it an activity is all-day.
 *
 * @example
 * ```ts
 * import { timeOfDaySchema } from '@mirps/core';
 * timeOfDaySchema.parse({ start: '10:00', end: '12:00', zone: 'America/Panama' });
 * ```
 */
export const timeOfDaySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** Local start time, `HH:MM` (24-hour). */
      start: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Write a time as HH:MM, 00:00 to 23:59'),
      /** Local end time, `HH:MM`, later than the start on the same day; absent when unknown. */
      end: z
        .string()
        .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Write a time as HH:MM, 00:00 to 23:59')
        .optional(),
      /** The IANA time zone the times are in, e.g. `Europe/Zurich`, or `UTC`. */
      zone: z
        .string()
        .regex(
          /^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/,
          'An IANA time zone such as "America/Panama" or "UTC"',
        ),
    })
    .meta({ title: 'TimeOfDay', description: 'The local time of day of an activity, in an IANA time zone.' }),
);

/**
 * The local time of day of an activity.
 *
 * @example
 * ```ts
 * import type { TimeOfDay } from '@mirps/core';
 * const time: TimeOfDay = { start: '15:00', zone: 'Europe/Zurich' };
 * ```
 */
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

/**
 * A row of a plan's calendar ("the schedule of activities may change during the
 * year"). Its dates fall in the plan's year unless `outsidePlanYear` is true.
 *
 * @example
 * ```ts
 * import { calendarActivitySchema } from '@mirps/core';
 * calendarActivitySchema.parse({
 *   id: 'activity-virtual-plenary-meetings',
 *   category: 'technical-meeting',
 *   title: { en: 'Virtual Plenary Meetings' },
 *   schedule: { kind: 'dates', dates: ['2023-01-24', '2023-04-20', '2023-07-20', '2023-10-19'] },
 *   location: { kind: 'virtual' },
 * });
 * ```
 */
export const calendarActivitySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      category: z.enum(CALENDAR_CATEGORIES),
      title: localizedLineSchema,
      schedule: scheduleSchema,
      /** The time of day of every occurrence; all-day when absent. */
      time: timeOfDaySchema.optional(),
      location: locationSchema.optional(),
      /** The working group whose activity this is. */
      workingGroup: idSchema.optional(),
      /** The ids of the objectives the activity serves. */
      objectives: z.array(idSchema).optional(),
      /** The label of the presidency term the activity belongs to, e.g. `'2023'`. */
      presidencyTerm: z
        .string()
        .regex(/^\d{4}$/, 'A term label is the four-digit year the term is named after')
        .optional(),
      /** Who takes part, e.g. `member-states`, `support-platform`; two activities for the same audience should not overlap. */
      audiences: z.array(idSchema).optional(),
      /** Set when the activity's dates may fall outside the plan's year. */
      outsidePlanYear: z.boolean().optional(),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'CalendarActivity', description: "A row of a plan's calendar." }),
);

/**
 * A row of a plan's calendar.
 *
 * @example
 * ```ts
 * import type { CalendarActivity } from '@mirps/core';
 * const row: CalendarActivity = {
 *   id: 'activity-committee-on-migration-issues', category: 'high-level-event',
 *   title: { en: 'Committee on Migration Issues (OAS)' }, schedule: { kind: 'unscheduled' },
 * };
 * ```
 */
export type CalendarActivity = z.infer<typeof calendarActivitySchema>;
