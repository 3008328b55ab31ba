/**
 * `@mirps/calendar`: calendars from MIRPS Regional Action Plans — the
 * occurrences in a window (recurrences expanded within it, dates of reduced
 * precision kept as they are), the plan's month grid, a presidency term's
 * calendar with its handover duties, conflicts, and iCalendar export that
 * calendar clients accept.
 *
 * @packageDocumentation
 */
import type { ActionPlan, CalendarActivity } from '@mirps/core';
import { withEmbeddedData } from '@mirps/core/data';
import { guardCall, readOptions } from './_lib/arguments.js';
import * as building from './build-calendar.js';
import type { Calendar } from './calendar-types.js';
import { readLanguage } from './i18n/read-language.js';
import * as termCalendar from './presidency-term-calendar.js';
import type { CalendarOptions } from './window.js';

export { daysBetween } from './_lib/days.js';
export type { Calendar, CalendarOccurrence, CalendarWindow, UnscheduledActivity } from './calendar-types.js';
export {
  type CalendarConflict,
  type CalendarConflicts,
  type ConflictOptions,
  DEFAULT_MAX_CONFLICTS,
  findConflicts,
} from './conflicts.js';
export { DEFAULT_MAX_ICS_BYTES, type IcsOptions, toICS } from './ics.js';
export {
  type CalendarLimits,
  DEFAULT_MAX_EXPANSION_STEPS,
  DEFAULT_MAX_FREQUENCY,
  DEFAULT_MAX_OCCURRENCES,
  DEFAULT_MAX_OCCURRENCES_PER_RULE,
  RULE_FREQUENCIES,
  type RuleFrequency,
} from './limits.js';
export {
  type MonthCell,
  type MonthGrid,
  type MonthGridOptions,
  type MonthGridRow,
  monthGrid,
  monthGridMarkdown,
  monthGridText,
} from './month-grid.js';
export { MONTH_ABBREVIATIONS, monthAbbreviations } from './month-names.js';
export type { PresidencyTermCalendarOptions } from './presidency-term-calendar.js';
export { type CalendarOptions, DEFAULT_MAX_WINDOW_DAYS } from './window.js';

// Entry points: the embedded MIRPS data is the default here, and passed on explicitly from here.

/**
 * The calendar of a plan (or of a list of activities) in a window: every
 * occurrence, sorted, each with its precision; entries known only to the month
 * or year apart; and the activities the sources do not schedule, listed apart
 * and never given a date. Recurrences are expanded only within the window.
 *
 * The build stays within limits, each an option with a default (see
 * {@link CalendarLimits}): the window's width (`maxDays`), the occurrences of
 * the calendar (`maxOccurrences`) and of each rule (`maxOccurrencesPerRule`),
 * how often a rule may recur (`maxFrequency`, daily by default) and the work
 * of expanding the rules (`maxExpansionSteps`). A request over a limit is
 * refused, never cut short.
 *
 * @param input - An action plan (validated with `parseActionPlan`) or a list of calendar activities.
 * @param options - The window, `{ from, to }` as `YYYY-MM-DD`, both required (for a plan, its year by default); the limits; the `language` its views write in when they are not told (`'en'` by default, or `'es'`); and the context: reference data and ledger, the embedded MIRPS data by default. The calendar keeps the context and the language for its views.
 * @throws `MirpsValidationError` for an invalid plan, activity or context document; `MirpsCalendarError` for a window without an end, reversed, or wider than `maxDays` (`calendar.window-*`), a rule that cannot be expanded (`calendar.invalid-rrule`) or recurs more often than `maxFrequency` (`calendar.rule-too-frequent`), more occurrences than allowed (`calendar.too-many-occurrences`), an expansion longer than `maxExpansionSteps` (`calendar.expansion-too-long`), or an option of the wrong type (`calendar.invalid-option`).
 * @example
 * ```ts
 * import { buildCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const calendar = buildCalendar(actionPlan2023, { from: '2023-01-01', to: '2023-12-31' });
 * calendar.occurrences.filter((o) => o.activityId === 'activity-virtual-plenary-meetings').map((o) => o.start);
 * // ['2023-01-24', '2023-04-20', '2023-07-20', '2023-10-19']
 * buildCalendar(actionPlan2023, { language: 'es' }).language; // 'es': monthGrid, findConflicts and toICS write Spanish unless told otherwise
 * ```
 */
export function buildCalendar(input: ActionPlan | readonly CalendarActivity[], options?: CalendarOptions): Calendar {
  return guardCall('buildCalendar', 'calendar.invalid-option', (heard) => {
    const given = readOptions<CalendarOptions>(options);
    // The language first: what cannot be read after it is refused in it.
    heard(readLanguage(given?.language));
    return building.buildCalendar(input, withEmbeddedData(given));
  });
}

/**
 * A presidency term's calendar: the plan's activities plus the duties at the
 * handover to the incoming presidency, one activity for each of the plan's
 * handover commitments and one for the handover itself at the Annual Meeting.
 * They fall on the handover day when it is known, and are listed as not
 * scheduled otherwise. The SDK writes the duties' titles and notes in English
 * and Spanish (`{ en, es }`), naming the incoming member state in each; a
 * handover commitment's own text stays as the plan gives it. `language` is
 * the calendar's, for its views.
 *
 * @param plan - The outgoing presidency's action plan (validated).
 * @param options - The incoming presidency, the window and the context (the embedded MIRPS data by default); see {@link PresidencyTermCalendarOptions}.
 * @throws `MirpsValidationError` for an invalid plan; `MirpsCalendarError` for an invalid window, incoming term or option, or a calendar over its limits, as {@link buildCalendar}.
 * @example
 * ```ts
 * import { presidencyTermCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const calendar = presidencyTermCalendar(actionPlan2023);
 * calendar.unscheduled.some((a) => a.activityId === 'term-2023-handover'); // true: the VI Annual Meeting has no date yet
 * const term = presidencyTermCalendar(actionPlan2023, { language: 'es' });
 * term.occurrences.find((o) => o.activityId === 'term-2023-handover')?.title.es;
 * // 'Traspaso de la Presidencia Pro Tempore a Belice (período 2024), en la Reunión Anual del MIRPS'
 * ```
 */
export function presidencyTermCalendar(
  plan: ActionPlan,
  options?: termCalendar.PresidencyTermCalendarOptions,
): Calendar {
  return guardCall('presidencyTermCalendar', 'calendar.invalid-option', (heard) => {
    const given = readOptions<termCalendar.PresidencyTermCalendarOptions>(options);
    heard(readLanguage(given?.language));
    return termCalendar.presidencyTermCalendar(plan, withEmbeddedData(given));
  });
}
