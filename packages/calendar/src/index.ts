/**
 * `@mirps/calendar`: calendars from MIRPS Regional Action Plans — the
 * occurrences in a window (recurrences expanded within it, dates of reduced
 * precision kept as they are), the plan's month grid, a presidency term's
 * calendar with its handover duties, conflicts, and iCalendar export that
 * calendar clients accept.
 *
 * @packageDocumentation
 */
export { buildCalendar } from './build-calendar.js';
export { DEFAULT_MAX_WINDOW_DAYS, type CalendarOptions } from './window.js';
export type { Calendar, CalendarOccurrence, CalendarWindow, UnscheduledActivity } from './calendar-types.js';
export { monthGrid, monthGridText, monthGridMarkdown, type MonthGrid, type MonthGridRow, type MonthCell } from './month-grid.js';
export { presidencyTermCalendar, type PresidencyTermCalendarOptions } from './presidency-term-calendar.js';
export { findConflicts, type CalendarConflict } from './conflicts.js';
export { toICS, type IcsOptions } from './ics.js';
