import { MirpsCalendarError } from '@mirps/core';
import { buildCalendar } from './build-calendar.js';
import type { Calendar } from './calendar-types.js';

/**
 * A calendar given to an export or a view, checked and rebuilt from its
 * activities and window, so that what is written always follows from validated
 * data, never from occurrences edited by hand.
 */
export function readCalendar(value: unknown, path: string[] = ['calendar']): Calendar {
  if (typeof value !== 'object' || value === null || !('activities' in value) || !('window' in value)) {
    throw new MirpsCalendarError([{ code: 'calendar.invalid-calendar', path, message: 'Expected a calendar made by buildCalendar (with activities and a window)' }]);
  }
  const { activities, window } = value as Calendar;
  return buildCalendar(activities, { ...window, maxDays: Number.MAX_SAFE_INTEGER });
}
