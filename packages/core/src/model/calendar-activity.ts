import { z } from 'zod';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
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
export const CALENDAR_CATEGORIES = ['technical-meeting', 'high-level-event', 'other-activity'] as const;

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
export const calendarActivitySchema = z
  .strictObject({
    id: idSchema,
    category: z.enum(CALENDAR_CATEGORIES),
    title: localizedTextSchema,
    schedule: scheduleSchema,
    location: locationSchema.optional(),
    /** The working group whose activity this is. */
    workingGroup: idSchema.optional(),
    /** Set when the activity's dates may fall outside the plan's year. */
    outsidePlanYear: z.boolean().optional(),
    note: localizedTextSchema.optional(),
    sources: sourcesField,
  })
  .meta({ title: 'CalendarActivity', description: "A row of a plan's calendar." });

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
