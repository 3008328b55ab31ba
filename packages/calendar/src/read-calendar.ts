import { deepFreeze, isLanguage, type Language, MirpsCalendarError } from '@mirps/core';
import type { Calendar } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import { readLanguage } from './i18n/read-language.js';

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
export function readCalendar(
  value: unknown,
  path: readonly string[] = ['calendar'],
  language: Language = 'en',
): Calendar {
  if (typeof value !== 'object' || value === null || !made.has(value)) {
    throw new MirpsCalendarError([
      { code: 'calendar.invalid-calendar', path: [...path], message: messagesIn(language).invalidCalendar },
    ]);
  }
  return value as Calendar;
}

/**
 * A view's calendar and the language it writes in: the `language` option when
 * given, else the calendar's own. The calendar is read first (refused in the
 * option's language, when that is a valid one), then the option.
 */
export function readCalendarIn(value: unknown, language: unknown): { calendar: Calendar; language: Language } {
  const calendar = readCalendar(value, ['calendar'], isLanguage(language) ? language : 'en');
  return { calendar, language: readLanguage(language, calendar.language) };
}
