import { z } from 'zod';
import { calendarActivitySchema, type CalendarActivity } from '../model/calendar-activity.js';
import { checkCalendarActivities } from '../rules/action-plan-rules.js';
import { collectIds, findDuplicates } from '../rules/duplicate-ids.js';
import type { MirpsParseResult } from './parse-result.js';
import { unwrap, validateDocument, type DocumentKind } from './validate-document.js';

const calendarActivitiesKind: DocumentKind<CalendarActivity[], undefined> = {
  name: 'CalendarActivities',
  schema: z.array(calendarActivitySchema),
  rules: (activities) => {
    const issues = findDuplicates(collectIds(activities, []), 'ref.duplicate-id', 'id');
    checkCalendarActivities(activities, undefined, issues, []);
    return issues;
  },
};

/**
 * Validates a list of calendar activities on their own, outside a plan, and
 * returns a result instead of throwing: the shape of each, unique ids, spans
 * and times that end after they start, known time zones.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @example
 * ```ts
 * import { safeParseCalendarActivities } from '@mirps/core';
 * safeParseCalendarActivities([{ id: 'meeting', category: 'technical-meeting', title: { en: 'Meeting' }, schedule: { kind: 'dates', dates: ['2024-03-05'] } }]).success; // true
 * ```
 */
export function safeParseCalendarActivities(input: unknown): MirpsParseResult<CalendarActivity[]> {
  return validateDocument(calendarActivitiesKind, input, undefined);
}

/**
 * Validates a list of calendar activities on their own and returns them typed,
 * or throws a {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @throws {@link MirpsValidationError} when the input is not a valid list of activities.
 * @example
 * ```ts
 * import { parseCalendarActivities } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * parseCalendarActivities(actionPlan2023.calendar).length; // 16
 * ```
 */
export function parseCalendarActivities(input: unknown): CalendarActivity[] {
  return unwrap(safeParseCalendarActivities(input));
}
