import { type ActionPlanContext, calendarDaySchema, type Language, MirpsCalendarError } from '@mirps/core';
import { daysBetween } from './_lib/days.js';
import type { CalendarWindow } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import type { CalendarLimits } from './limits.js';

/**
 * The widest window a calendar may have unless told otherwise: ten years of days.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_WINDOW_DAYS } from '@mirps/calendar';
 * DEFAULT_MAX_WINDOW_DAYS; // 3653
 * ```
 */
export const DEFAULT_MAX_WINDOW_DAYS = 3653;

/**
 * Options of {@link buildCalendar}: the window, the widest window allowed, the
 * other limits of the build (see {@link CalendarLimits}), the language of the
 * calendar's views, and the context the
 * plan is read against (reference data and ledger; the embedded MIRPS data by
 * default, see `ActionPlanContext` in `@mirps/core`). The window needs both
 * ends; for a plan, leaving out both means the plan's year.
 *
 * @example
 * ```ts
 * import type { CalendarOptions } from '@mirps/calendar';
 * const options: CalendarOptions = { from: '2023-01-01', to: '2023-12-31', maxDays: 400, maxOccurrences: 20_000, language: 'es' };
 * const ownData: CalendarOptions = { reference: myReference, ledger: myLedger }; // a plan's own year
 * ```
 */
export interface CalendarOptions extends ActionPlanContext, CalendarLimits {
  /** The first day of the window, `YYYY-MM-DD`. */
  readonly from?: string;
  /** The last day of the window, `YYYY-MM-DD`. */
  readonly to?: string;
  /** The widest window allowed, in days; {@link DEFAULT_MAX_WINDOW_DAYS} by default. */
  readonly maxDays?: number;
  /** The language the calendar's views (`monthGrid`, `findConflicts`, `toICS`) write in when they are not told: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

const refuse = (
  code:
    | 'calendar.invalid-window'
    | 'calendar.window-unbounded'
    | 'calendar.window-too-wide'
    | 'calendar.invalid-option',
  path: string[],
  message: string,
): never => {
  throw new MirpsCalendarError([{ code, path, message }]);
};

/** Checks a window: both ends real days, the end not before the start, not wider than the limit. Refusals are in `language`. */
export function checkWindow(options: unknown, language: Language = 'en'): CalendarWindow {
  const say = messagesIn(language);
  if (typeof options !== 'object' || options === null)
    return refuse('calendar.window-unbounded', ['window'], say.windowMissing);
  const { from, to, maxDays = DEFAULT_MAX_WINDOW_DAYS } = options as Partial<CalendarOptions>;
  // Each end of the window: given, and a real day.
  const readEnd = (key: 'from' | 'to', value: unknown): string => {
    if (value === undefined)
      return refuse('calendar.window-unbounded', ['window', key], key === 'from' ? say.windowNoStart : say.windowNoEnd);
    const read = calendarDaySchema.safeParse(value);
    if (!read.success)
      return refuse('calendar.invalid-window', ['window', key], say.windowDay(key, JSON.stringify(value)));
    return read.data;
  };
  const first = readEnd('from', from);
  const last = readEnd('to', to);
  if (!Number.isInteger(maxDays) || maxDays < 1)
    refuse('calendar.invalid-option', ['window', 'maxDays'], say.invalidMaxDays(JSON.stringify(maxDays)));
  const days = daysBetween(first, last) + 1;
  if (days < 1) refuse('calendar.invalid-window', ['window', 'to'], say.windowReversed(first, last));
  if (days > maxDays) refuse('calendar.window-too-wide', ['window'], say.windowTooWide(days, maxDays));
  return { from: first, to: last };
}
