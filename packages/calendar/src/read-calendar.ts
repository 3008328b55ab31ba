import { MirpsCalendarError, deepFreeze } from '@mirps/core';
import type { Calendar } from './calendar-types.js';

// Calendars made by buildCalendar, frozen: a view can trust what it reads from one.
const made = new WeakSet<object>();

/** Freezes a calendar just built, all through, and remembers it as one of ours. */
export function sealCalendar(calendar: Calendar): Calendar {
  made.add(calendar);
  return deepFreeze(calendar);
}

/**
 * A calendar given to an export or a view: one that {@link buildCalendar}
 * made, taken as it is (its occurrences follow from validated data and its
 * window was checked); anything else is refused with a typed error.
 */
export function readCalendar(value: unknown, path: readonly string[] = ['calendar']): Calendar {
  if (typeof value !== 'object' || value === null || !made.has(value)) {
    throw new MirpsCalendarError([
      { code: 'calendar.invalid-calendar', path: [...path], message: 'Expected a calendar made by buildCalendar or presidencyTermCalendar (a copy or a hand-made object is not one)' },
    ]);
  }
  return value as Calendar;
}
